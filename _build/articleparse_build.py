"""The build backend: setuptools' own, plus mypy in the build environment when the
build compiles the parsing modules (``ARTICLEPARSE_COMPILE=1``, see ``setup.py``).

A plain build needs nothing but setuptools, so nobody installs mypy to get the pure
package; a compiled build needs mypyc, which ships with mypy.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 (every hook setuptools provides)

#: mypyc of this release compiles every module setup.py lists.
COMPILER = "mypy>=1.8"


def _compiling() -> bool:
    return os.environ.get("ARTICLEPARSE_COMPILE", "").strip().lower() in {"1", "true", "yes"}


def _requires(hook: Any, config_settings: dict[str, Any] | None) -> list[str]:
    """setuptools' own list, plus mypy for a compiled build.

    setuptools runs ``setup.py`` to make its list, before mypy is installed: it is
    asked with the compile switch off, so that ``setup.py`` does not look for mypyc yet.
    """
    if not _compiling():
        return list(hook(config_settings))
    switch = os.environ.pop("ARTICLEPARSE_COMPILE")
    try:
        return [*hook(config_settings), COMPILER]
    finally:
        os.environ["ARTICLEPARSE_COMPILE"] = switch


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _requires(_setuptools.get_requires_for_build_wheel, config_settings)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _requires(_setuptools.get_requires_for_build_editable, config_settings)
