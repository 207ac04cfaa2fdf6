"""mkdocs hook: docstring examples (``>>>`` blocks) render as Python console code.

The API reference is generated from docstrings whose examples are doctests, written as
plain ``>>>`` paragraphs.  Markdown would read their output (``[('a', 'b')]``) as link
references; this hook adds a small Markdown preprocessor that fences every run of
doctest lines, so they render as code and mkdocs builds without warnings.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority


class _DoctestFence(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_fence = False
        in_doctest = False
        indent = ""
        for line in lines:
            stripped = line.lstrip()
            if stripped.startswith(("```", "~~~")) and not in_doctest:
                in_fence = not in_fence
            if not in_fence and not in_doctest and stripped.startswith(">>>"):
                indent = line[: len(line) - len(stripped)]
                out.append(f"{indent}```pycon")
                in_doctest = True
            elif in_doctest and not stripped:
                out.append(f"{indent}```")
                in_doctest = False
            out.append(line)
        if in_doctest:
            out.append(f"{indent}```")
        return out


class DoctestFenceExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.register(_DoctestFence(md), "doctest_fence", 40)


@event_priority(100)  # before mkdocstrings reads the list of extensions
def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestFenceExtension())
    return config
