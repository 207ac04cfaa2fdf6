"""articleparse: the raw scraped plain text of a news article in, a typed Article out."""

from articleparse.errors import (
    ArticleparseError,
    InputTooLargeError,
    InputTypeError,
    LanguageDataError,
    UnknownLanguageError,
)
from articleparse.model import Article

__all__ = [
    "Article",
    "ArticleparseError",
    "InputTooLargeError",
    "InputTypeError",
    "LanguageDataError",
    "UnknownLanguageError",
]
