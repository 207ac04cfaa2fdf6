"""The build: the compiled-module list, the build backend, and which build is running.

A compiled build (``ARTICLEPARSE_COMPILE=1``, see ``setup.py``) runs the same tests;
the checks here make sure the two builds cannot be mixed up silently.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import articleparse

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(articleparse.__file__).resolve().parent


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def setup_script() -> ModuleType:
    # Loaded under another name than __main__, so that setup() does not run.
    return _load(ROOT / "setup.py", "articleparse_setup_script")


@pytest.fixture(scope="module")
def backend() -> ModuleType:
    return _load(ROOT / "_build" / "articleparse_build.py", "articleparse_build_backend")


def _module_name(path: str) -> str:
    relative = Path(path).relative_to("src").with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def test_every_compiled_path_is_a_module_of_the_package(setup_script):
    assert setup_script.COMPILED, "setup.py lists no module to compile"
    for path in setup_script.COMPILED:
        assert (ROOT / path).is_file(), f"setup.py lists {path}, which does not exist"
        assert path.startswith("src/articleparse/") and path.endswith(".py")
    assert len(set(setup_script.COMPILED)) == len(setup_script.COMPILED)


def test_compile_switch(setup_script, monkeypatch):
    for value, expected in [("1", True), ("yes", True), (" TRUE ", True), ("", False), ("0", False), ("no", False)]:
        monkeypatch.setenv("ARTICLEPARSE_COMPILE", value)
        assert setup_script.compiling() is expected, value
    monkeypatch.delenv("ARTICLEPARSE_COMPILE")
    assert setup_script.compiling() is False
    assert setup_script.ext_modules() == []  # a pure build never imports mypyc


@pytest.mark.parametrize("hook_name", ["get_requires_for_build_wheel", "get_requires_for_build_editable"])
def test_backend_asks_for_mypy_only_for_a_compiled_build(backend, monkeypatch, hook_name):
    seen: list[str | None] = []

    def setuptools_hook(config_settings):
        # setuptools runs setup.py here: the switch must be off, as mypyc is not installed yet
        seen.append(os.environ.get("ARTICLEPARSE_COMPILE"))
        return ["wheel"]

    monkeypatch.setattr(backend._setuptools, hook_name, setuptools_hook)
    hook = getattr(backend, hook_name)

    monkeypatch.delenv("ARTICLEPARSE_COMPILE", raising=False)
    assert hook() == ["wheel"]
    monkeypatch.setenv("ARTICLEPARSE_COMPILE", "1")
    assert hook() == ["wheel", backend.COMPILER]
    assert seen == [None, None]
    assert os.environ["ARTICLEPARSE_COMPILE"] == "1"  # put back for the build itself


def test_backend_passes_setuptools_hooks_through(backend):
    for name in ("build_wheel", "build_sdist", "build_editable", "prepare_metadata_for_build_wheel"):
        assert callable(getattr(backend, name)), name


def _compiled(name: str) -> bool:
    path = importlib.import_module(name).__file__ or ""
    return not path.endswith(".py")


def test_a_build_is_wholly_compiled_or_wholly_pure(setup_script):
    names = [_module_name(p) for p in setup_script.COMPILED]
    kinds = {name: _compiled(name) for name in names}
    assert len(set(kinds.values())) == 1, (
        "some parsing modules are compiled and others are not; rebuild "
        "(ARTICLEPARSE_COMPILE=1 python setup.py build_ext --inplace) or delete the "
        f"extension files: {kinds}"
    )


def test_no_compiled_module_is_older_than_its_source(setup_script):
    # An extension module built in place shadows its .py file: an edit to the source
    # would silently not run. This test turns that into a failure with the cure in it.
    stale = []
    for path in setup_script.COMPILED:
        name = _module_name(path)
        if not _compiled(name):
            continue
        extension = Path(importlib.import_module(name).__file__ or "")
        source = ROOT / path
        if extension.parent == source.parent and extension.stat().st_mtime < source.stat().st_mtime:
            stale.append(name)
    assert not stale, (
        f"compiled modules older than their source: {stale}; rebuild them "
        "(ARTICLEPARSE_COMPILE=1 python setup.py build_ext --inplace) or delete the .so files"
    )


def test_version_names_the_running_build():
    done = subprocess.run([sys.executable, "-m", "articleparse", "--version"],
                          capture_output=True, text=True, check=True)
    build = "compiled" if _compiled("articleparse.pipeline") else "pure Python"
    assert done.stdout.strip() == f"articleparse {articleparse.__version__} ({build})"
