"""articleparse: the raw scraped plain text of a news article in, a typed Article out.

>>> import articleparse
>>> article = articleparse.parse(
...     "Harga beras naik lagi\\n"
...     "JAKARTA, KOMPAS.com - Harga beras di pasar naik sejak Senin (11/9). "
...     "\\"Kami belum tahu sebabnya,\\" kata Budi Santoso, seorang pedagang.\\n"
...     "Penulis: Rina Wati | Editor: Adi Nugroho")
>>> article.headline.text
'Harga beras naik lagi'
>>> article.dateline.place, article.dateline.agency
('JAKARTA', 'KOMPAS.com')
>>> [a.name for a in article.authors], [e.name for e in article.editors]
(['Rina Wati'], ['Adi Nugroho'])
>>> article.quotes[0].speaker.name
'Budi Santoso'
"""

from __future__ import annotations

import datetime as _dt
import sys as _sys
import warnings as _warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from articleparse import languages as _languages
from articleparse import pipeline as _pipeline
from articleparse.errors import (
    ArticleparseError,
    ArticleparseWarning,
    InputTooLargeError,
    InputTypeError,
    LanguageDataError,
    UnknownFieldError,
    UnknownLanguageError,
    UnsupportedLanguageWarning,
)
from articleparse.model import Article

if TYPE_CHECKING:
    from articleparse.batch import parse_many
    from articleparse.explanation import Explanation, explain

__all__ = [
    "parse",
    "parse_bytes",
    "parse_many",
    "explain",
    "Explanation",
    "Article",
    "ArticleparseError",
    "ArticleparseWarning",
    "UnsupportedLanguageWarning",
    "InputTooLargeError",
    "InputTypeError",
    "LanguageDataError",
    "UnknownLanguageError",
    "UnknownFieldError",
    "FIELDS",
    "MAX_CHARS",
]

__version__ = "0.1.0"

#: Inputs longer than this are parsed on their head and flagged ``truncated`` (or
#: rejected, with ``on_oversize="error"``): no news article is this long, and a
#: megabyte of junk must not stall a batch.
MAX_CHARS = 1_000_000

#: The fields ``fields=`` may name: every field of :class:`Article` but ``repairs``
#: and ``flags``, which always come.
FIELDS: tuple[str, ...] = _pipeline.FIELDS


def parse(
    text: str,
    *,
    lang: str | None = None,
    reference_date: _dt.date | None = None,
    max_chars: int = MAX_CHARS,
    on_oversize: Literal["truncate", "error"] = "truncate",
    time_budget: float = _pipeline.TIME_BUDGET,
    fields: Iterable[str] | None = None,
) -> Article:
    """Parse the plain text of one news article into an :class:`Article`.

    ``lang`` (``"en"``, ``"id"``, ``"ms"``, ...) skips language detection.
    ``reference_date`` is "today" for judging dates (no publication date lies after
    it); it defaults to the real today.  Spans in the record are offsets into
    ``text``.  An empty or blank ``text`` gives an empty record.

    ``fields`` (names from :data:`FIELDS`) runs only the steps those fields need and
    leaves every other field empty: a batch that wants dates and languages alone
    skips quotes, credits and the body, and runs several times faster.

    >>> text = ("Harga beras naik lagi\\nJakarta, Senin 11 September 2023 - Harga beras di "
    ...         "pasar naik sejak pekan lalu, kata para pedagang.")
    >>> article = parse(text, fields=["published", "language"])
    >>> str(article.published.date), article.language, article.headline
    ('2023-09-11', 'id', None)
    >>> parse("   ") == Article()
    True
    >>> parse(b"bytes")
    Traceback (most recent call last):
    ...
    articleparse.errors.InputTypeError: articleparse.parse() takes a str, got bytes: decode it first, or call articleparse.parse_bytes(data) to detect the encoding
    """
    if not isinstance(text, str):
        raise InputTypeError(text)
    if lang is not None and lang not in _languages.available():
        raise UnknownLanguageError(lang, list(_languages.available()))
    if on_oversize not in ("truncate", "error"):
        raise ValueError(f"on_oversize must be 'truncate' or 'error', not {on_oversize!r}")
    wanted = wanted_fields(fields)
    if not text.strip():
        return Article()
    truncated = False
    if len(text) > max_chars:
        if on_oversize == "error":
            raise InputTooLargeError(len(text), max_chars)
        text = text[:max_chars]
        truncated = True
    article = _pipeline.run(text, lang, reference_date, time_budget, wanted)
    if truncated:
        article = _with_flag(article, "truncated")
    if "unsupported_language" in article.flags:
        _warn_unsupported_language()
    return article


def _warn_unsupported_language() -> None:
    """Warn that an article is in no supported language, at the line of the first
    caller outside articleparse (a user's ``parse`` or ``parse_bytes`` call).  The
    record's ``unsupported_language`` flag says it too: batch and evaluation runs read
    that and silence this warning."""
    _warnings.warn(
        "an article is in none of the supported languages "
        f"({', '.join(_languages.available())}): its quotes are left empty and its dates "
        "are read with a neutral grammar (numbers day first); "
        "pass lang= if the detection is wrong, or add a language folder "
        "(docs/add-a-language.md)",
        UnsupportedLanguageWarning,
        stacklevel=_outside_stacklevel(),
    )


def _outside_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside this package, as counted by a
    ``warnings.warn`` in the function that calls this one."""
    frame = _sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_globals.get("__name__", "").split(".")[0] == __name__:
        frame = frame.f_back
        level += 1
    return level


def wanted_fields(fields: Iterable[str] | None) -> frozenset[str] | None:
    """``fields`` checked, as a set (None: all); one name may be given as a str.

    >>> sorted(wanted_fields("published"))
    ['published']
    >>> wanted_fields(["headline", "byline"])
    Traceback (most recent call last):
    ...
    articleparse.errors.UnknownFieldError: unknown field 'byline'; choose from headline, published, dateline, authors, editors, photo_credits, quotes, outlets, language, reading_time, body
    """
    if fields is None:
        return None
    names = frozenset([fields] if isinstance(fields, str) else fields)
    unknown = sorted(n for n in names if n not in _pipeline.FIELD_SOURCES)
    if unknown:
        raise UnknownFieldError(unknown, FIELDS)
    return names


def parse_bytes(
    data: bytes,
    encoding: str | None = None,
    **options: object,
) -> Article:
    """Parse raw bytes: decoded with ``encoding``, else detected.

    The record's ``repairs`` name the encoding used (``encoding:utf-8``); invalid
    byte sequences become U+FFFD and flag the record ``invalid_bytes:N``.  Spans are
    offsets into the decoded text.
    """
    from articleparse.decoding import decode_bytes

    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputTypeError(data)
    decoded = decode_bytes(bytes(data), encoding)
    article = parse(decoded.text, **options)  # type: ignore[arg-type]
    import attrs

    article = attrs.evolve(article, repairs=(f"encoding:{decoded.encoding}", *article.repairs))
    if decoded.replaced:
        article = _with_flag(article, f"invalid_bytes:{decoded.replaced}")
    return article


#: Imported on first use, so that ``articleparse parse`` does not load the batch
#: machinery (process pools, readers) or the explanation tables it never calls.
_LAZY = {
    "parse_many": "articleparse.batch",
    "explain": "articleparse.explanation",
    "Explanation": "articleparse.explanation",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'articleparse' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def _with_flag(article: Article, flag: str) -> Article:
    import attrs

    return attrs.evolve(article, flags=(*article.flags, flag))
