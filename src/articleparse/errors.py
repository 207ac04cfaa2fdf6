"""The errors articleparse raises: one small hierarchy, each message saying what to do.

"Nothing found" is never an error: extractors return empty values.  These are for
misuse (a wrong argument type, an unknown language) and for limits the caller chose.
"""

from __future__ import annotations

import warnings

__all__ = [
    "ArticleparseError",
    "InputTypeError",
    "InputTooLargeError",
    "UnknownLanguageError",
    "UnknownFieldError",
    "LanguageDataError",
    "ArticleparseWarning",
    "UnsupportedLanguageWarning",
    "quiet_language_warnings",
]


class ArticleparseError(Exception):
    """Base class of every error articleparse raises on purpose."""


class InputTypeError(ArticleparseError, TypeError):
    """The input is not a ``str``."""

    def __init__(self, value: object) -> None:
        kind = type(value).__name__
        hint = (
            "decode it first, or call articleparse.parse_bytes(data) to detect the encoding"
            if isinstance(value, (bytes, bytearray, memoryview))
            else "pass the article's text as a str"
        )
        super().__init__(f"articleparse.parse() takes a str, got {kind}: {hint}")


class InputTooLargeError(ArticleparseError, ValueError):
    """The input is longer than ``max_chars`` and the caller asked for an error."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"the input has {length:,} characters, more than the limit of {limit:,}; "
            "pass on_oversize='truncate' to parse its head, or raise max_chars"
        )


class UnknownLanguageError(ArticleparseError, ValueError):
    """A ``lang=`` code names no language data file."""

    def __init__(self, code: str, known: list[str]) -> None:
        super().__init__(
            f"no language data for {code!r}; choose one of {', '.join(known)} "
            "or add src/articleparse/languages/<code>/ (see docs/languages.md)"
        )


class UnknownFieldError(ArticleparseError, ValueError):
    """A ``fields=`` name is not a field of the record that can be asked for."""

    def __init__(self, names: list[str], known: tuple[str, ...]) -> None:
        super().__init__(
            f"unknown field{'s' if len(names) > 1 else ''} {', '.join(map(repr, names))}; "
            f"choose from {', '.join(known)}"
        )


class LanguageDataError(ArticleparseError, ValueError):
    """A language or gazetteer data file is malformed."""


class ArticleparseWarning(UserWarning):
    """Base class of the warnings articleparse gives.

    Python's default warning filter shows each warning once per process, not once per
    record; ``warnings.simplefilter("ignore", ArticleparseWarning)`` silences them.
    """


class UnsupportedLanguageWarning(ArticleparseWarning):
    """A text in none of the supported languages: its language-bound fields stay empty."""


def quiet_language_warnings() -> None:
    """Silence :class:`UnsupportedLanguageWarning` in this process.

    For runs over many records (``articleparse batch``, ``articleparse evaluate`` and
    their worker processes): each such record carries the ``unsupported_language``
    flag, and a warning from every worker would only break into the progress bar.
    """
    warnings.filterwarnings("ignore", category=UnsupportedLanguageWarning)
