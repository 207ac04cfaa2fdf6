"""The documentation: its examples run, its walk-throughs work, the site builds strictly.

- every docs page's ``>>>`` examples run as doctests;
- ``getting-started.md`` runs top to bottom in a fresh folder: its Python examples as
  doctests and the ``$`` lines of its console blocks through the shell (install, parse
  the example, batch a folder, evaluate against your own gold file);
- ``add-a-language.md``: its TOML files are written into a copy of the package and the
  language tests and the page's example run against that copy;
- ``rules.md`` is what ``docs/gen_rules.py`` writes;
- ``mkdocs build --strict`` passes and the nav lists every page.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import articleparse

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p.name for p in DOCS.glob("*.md"))
FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
#: ``$`` lines the walk-through test does not run: installing (the tests run on the
#: installed package) and the test suite itself (it is running).
NOT_RUN = ("pip install", "python -m pytest")


def fences(page: str) -> list[tuple[str, str]]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return [(m.group("info").strip(), m.group("body")) for m in FENCE.finditer(text)]


def run_doctest(source: str, name: str, globs: dict[str, object]) -> None:
    test = doctest.DocTestParser().get_doctest(source, globs, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    output: list[str] = []
    runner.run(test, out=output.append, clear_globs=False)
    globs.update(test.globs)  # the next block of the page sees this one's names
    assert runner.failures == 0, "".join(output)


# ---- examples --------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [p for p in PAGES if p not in ("getting-started.md", "add-a-language.md")])
def test_page_doctests(page, monkeypatch):
    monkeypatch.chdir(ROOT)
    run_doctest((DOCS / page).read_text(encoding="utf-8"), page, {})


def test_getting_started_runs_top_to_bottom(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    monkeypatch.chdir(tmp_path)
    env = {**os.environ, "NO_COLOR": "1"}
    globs: dict[str, object] = {}
    ran: list[str] = []
    for info, body in fences("getting-started.md"):
        if info == "python":
            run_doctest(body, "getting-started.md", globs)
        elif info == "console":
            for line in body.splitlines():
                if not line.startswith("$ ") or line[2:].startswith(NOT_RUN):
                    continue
                done = subprocess.run(["bash", "-c", line[2:]], cwd=tmp_path, env=env,
                                      capture_output=True, text=True, timeout=120)
                assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
                ran.append(line[2:].split()[1] if line.startswith("$ articleparse") else line[2:])
    assert {"parse", "batch", "evaluate"} <= set(ran)


def test_console_script_is_installed():
    """Step 1's ``pip install .``: the package and its command are installed."""
    assert shutil.which("articleparse"), "pip install . puts `articleparse` on PATH"
    from importlib.metadata import version

    assert version("articleparse") == articleparse.__version__


def test_index_and_readme_give_the_same_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    commands = re.search(r"```console\n(.*?)```", readme, re.DOTALL).group(1).splitlines()
    for command in commands:
        assert f"$ {command}" in index, command


# ---- adding a language -----------------------------------------------------------------------


def test_add_a_language_walkthrough(tmp_path):
    files = {}
    for info, body in fences("add-a-language.md"):
        found = re.fullmatch(r'toml title="nl/([\w]+\.toml)"', info)
        if found:
            files[found.group(1)] = body
    assert set(files) == {"language.toml", "dates.toml", "credits.toml", "debris.toml"}
    package = tmp_path / "articleparse"
    # The pure-Python modules only: a compiled build's extension modules need their
    # shared library, which lives beside the package, not in it.
    shutil.copytree(Path(articleparse.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    folder = package / "languages" / "nl"
    folder.mkdir()  # step 1
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    where = subprocess.run([sys.executable, "-c", "import articleparse, articleparse.languages as l;"
                            "print(articleparse.__file__); print(l.available())"],
                           env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert where.stdout.startswith(str(package)), where.stdout + where.stderr
    assert "'nl'" in where.stdout
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_languages.py", "docs/add-a-language.md", "--doctest-glob=add-a-language.md"],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "[nl]" in subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--co", "-p", "no:cacheprovider",
         "tests/test_languages.py"], env=env, capture_output=True, text=True, timeout=120,
        cwd=ROOT).stdout


# ---- the rules catalogue ------------------------------------------------------------------------


def test_rules_page_is_generated_from_the_data():
    spec = importlib.util.spec_from_file_location("gen_rules", DOCS / "gen_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.render()
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == expected, (
        "docs/rules.md is out of date: run python docs/gen_rules.py"
    )
    from articleparse.gazetteer import entries
    from articleparse.languages import available

    assert all(f"{{#language-{code}}}" in expected for code in available())
    assert f"{len(entries())} outlets" in expected


# ---- the site ----------------------------------------------------------------------------------


def test_nav_lists_every_page():
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with mkdocs: pip install -e '.[docs]'")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [p for item in node for p in pages(item)]
        if isinstance(node, dict):
            return [p for value in node.values() for p in pages(value)]
        return []

    listed = pages(config["nav"])
    assert sorted(listed) == PAGES


def test_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'")
    pytest.importorskip("mkdocstrings", reason="the docs extra is not installed: pip install -e '.[docs]'")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "WARNING" not in done.stderr, done.stderr
    assert (tmp_path / "site" / "api" / "index.html").exists()
