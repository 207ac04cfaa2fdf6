"""Build script.

A plain ``pip install .`` builds the pure-Python package. With
``ARTICLEPARSE_COMPILE=1`` in the environment, the modules that parse an article are
also compiled to C extensions with mypyc (the compiler shipped with mypy), which runs
the same typed source about a third faster; the pure-Python modules stay in the wheel
as the reference and the fallback. See docs/performance.md, "The compiled build".
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import setup

#: The modules every parse runs through. Left out: the command line, batch and
#: evaluation drivers (they wait on input and processes, not on the CPU), the data
#: loading (it runs once and is cached), and ``model`` and ``text`` (their attrs
#: validators and defaults are class-body calls and decorators that compiled class
#: bodies would type-check or drop; neither module is hot).
COMPILED = [
    "src/articleparse/char_repairs.py",
    "src/articleparse/date_starts.py",
    "src/articleparse/dates.py",
    "src/articleparse/gazetteer.py",
    "src/articleparse/gazetteer_scan.py",
    "src/articleparse/lines.py",
    "src/articleparse/mojibake.py",
    "src/articleparse/offsets.py",
    "src/articleparse/patterns.py",
    "src/articleparse/pipeline.py",
    "src/articleparse/extractors/body.py",
    "src/articleparse/extractors/boilerplate.py",
    "src/articleparse/extractors/core.py",
    "src/articleparse/extractors/credits.py",
    "src/articleparse/extractors/dateline.py",
    "src/articleparse/extractors/debris.py",
    "src/articleparse/extractors/language.py",
    "src/articleparse/extractors/names.py",
    "src/articleparse/extractors/outlets.py",
    "src/articleparse/extractors/photo.py",
    "src/articleparse/extractors/published.py",
    "src/articleparse/extractors/reading_time.py",
    "src/articleparse/extractors/headline/byline.py",
    "src/articleparse/extractors/headline/common.py",
    "src/articleparse/extractors/headline/dated.py",
    "src/articleparse/extractors/headline/extract.py",
    "src/articleparse/extractors/headline/page.py",
    "src/articleparse/extractors/headline/title.py",
    "src/articleparse/extractors/quotes/__init__.py",
    "src/articleparse/extractors/quotes/attribution.py",
    "src/articleparse/extractors/quotes/data.py",
    "src/articleparse/extractors/quotes/marks.py",
    "src/articleparse/extractors/quotes/phrases.py",
    "src/articleparse/extractors/quotes/referents.py",
    "src/articleparse/extractors/quotes/sentences.py",
    "src/articleparse/extractors/quotes/tokens.py",
]


def compiling() -> bool:
    """Whether this build compiles the parsing modules (``ARTICLEPARSE_COMPILE=1``)."""
    return os.environ.get("ARTICLEPARSE_COMPILE", "").strip().lower() in {"1", "true", "yes"}


def ext_modules() -> list[Any]:
    """The extension modules of this build: none, unless it compiles."""
    if not compiling():
        return []
    from mypyc.build import mypycify

    # One shared library for all modules: calls between them stay native C calls.
    return mypycify(COMPILED, opt_level="3", group_name="articleparse")


if __name__ == "__main__":
    setup(ext_modules=ext_modules())
