"""What one worker does to one record: decode it, parse it, and give back a result.

Everything here is pure and runs in the worker processes, so the parent only moves
bytes: a JSON Lines record travels as its raw line and comes back as its output line.

Every input item becomes exactly one :class:`Result`: the parsed :class:`Article`, or
a :class:`RecordError` whose ``type`` is one of :data:`ERROR_TYPES`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

import articleparse
from articleparse.errors import InputTooLargeError
from articleparse.model import Article

__all__ = [
    "ERROR_TYPES",
    "Options",
    "Item",
    "RawText",
    "TextFile",
    "RecordError",
    "Result",
    "dumps",
    "loads",
    "process",
    "process_chunk",
    "encode_chunk",
    "status",
]

#: Why a record gave no article.  The names are stable: they appear in output files.
ERROR_TYPES: dict[str, str] = {
    "invalid_json": "the line is not valid JSON",
    "invalid_encoding": "the bytes are not UTF-8 text (binary junk?)",
    "not_an_object": "the JSON value is not an object",
    "missing_field": "the record has no text field",
    "not_text": "the text field (or the item) is not a string",
    "too_large": "the text is longer than max_chars",
    "empty_line": "a blank line where a record was expected",
    "unreadable": "the input file could not be read",
    "parse_failed": "the parser raised an unexpected exception (a bug: please report it)",
}

try:  # orjson is 5-10x faster; the output is the same JSON either way
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised only without orjson
    _orjson = None  # type: ignore[assignment]


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON (``orjson`` when importable, else ``json``)."""
    if _orjson is not None:
        return _orjson.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes | str) -> Any:
    """Parse JSON (``orjson`` when importable, else ``json``)."""
    if _orjson is not None:
        return _orjson.loads(data)
    return json.loads(data)


def _limit(value: int | None) -> int:
    """``None`` is :data:`articleparse.MAX_CHARS`, read when an Options is made (not at
    import, so ``articleparse/__init__.py`` may import this package anywhere)."""
    return articleparse.MAX_CHARS if value is None else int(value)


@attrs.frozen
class Options:
    """How records are read and parsed; one immutable value shared by every worker.

    ``on_oversize="error"`` (the default) turns a text longer than ``max_chars`` into a
    ``too_large`` error; ``"truncate"`` parses its head and flags the article
    ``truncated``; ``max_chars=None`` is :data:`articleparse.MAX_CHARS`.
    ``keep_fields`` are copied from the input record to the result.  ``fields``
    (names from :data:`articleparse.FIELDS`; None: all) are the article fields parsed:
    the others stay empty (see :func:`articleparse.parse`).
    """

    text_field: str = "text"
    id_field: str = "id"
    keep_fields: tuple[str, ...] = ()
    lang: str | None = None
    max_chars: int = attrs.field(default=None, converter=_limit)
    on_oversize: Literal["truncate", "error"] = "error"
    fields: frozenset[str] | None = attrs.field(default=None, converter=articleparse.wanted_fields)


@attrs.frozen
class RecordError:
    """Why one record gave no article: a name from :data:`ERROR_TYPES` and a hint.

    ``line`` is the record's 1-based position in its input (its line in a JSON Lines
    file), ``source`` the input it came from.
    """

    type: str
    message: str
    line: int | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "message": self.message, "line": self.line}
        if self.source is not None:
            out["source"] = self.source
        return out


@attrs.frozen
class Result:
    """One input record's outcome: exactly one of ``article`` and ``error`` is set.

    >>> Result(id="a", article=Article()).ok
    True
    >>> Result(id=None, error=RecordError("empty_line", "blank", 3)).to_dict()
    {'id': None, 'error': {'type': 'empty_line', 'message': 'blank', 'line': 3}}
    """

    id: Any
    article: Article | None = None
    error: RecordError | None = None
    fields: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The output line's JSON shape: ``{"id", "article" | "error", kept fields...}``."""
        out: dict[str, Any] = {"id": self.id}
        out.update(self.fields)
        if self.article is not None:
            out["article"] = self.article.to_dict()
        elif self.error is not None:
            out["error"] = self.error.to_dict()
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Result:
        """Read back one line that ``articleparse batch`` wrote."""
        fields = {k: v for k, v in d.items() if k not in ("id", "article", "error")}
        if d.get("error") is not None:
            e = d["error"]
            error = RecordError(e["type"], e["message"], e.get("line"), e.get("source"))
            return cls(d.get("id"), error=error, fields=fields)
        return cls(d.get("id"), article=Article.from_dict(d["article"]), fields=fields)


@attrs.frozen
class RawText:
    """A text still in bytes (a WARC record, a head of a file), decoded by the worker."""

    id: Any
    data: bytes
    fields: Mapping[str, Any] = attrs.field(factory=dict)
    truncated: bool = False


@attrs.frozen
class TextFile:
    """A ``.txt`` file, read by the worker (so skipping it on resume costs no I/O)."""

    id: str
    path: str


#: One unit of work: ``(line, source, payload)``.  ``payload`` is the raw bytes of a
#: JSON Lines record, a record dict, a text, or a RecordError the reader already made.
Item = tuple[int, str | None, Any]


def _error(kind: str, message: str, line: int, source: str | None, rid: Any = None) -> Result:
    return Result(rid, error=RecordError(kind, message, line, source))


def _decode_line(raw: bytes, line: int, source: str | None) -> Any:
    """A JSON Lines record, or the Result that says why it is not one."""
    if not raw.strip():
        return _error("empty_line", "blank line: remove it, or put a JSON object on it",
                      line, source)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error("invalid_encoding",
                      f"line is not UTF-8 text ({exc.reason} at byte {exc.start}): "
                      "binary junk, or re-encode the file as UTF-8", line, source)
    try:
        return loads(raw)
    except ValueError as exc:
        return _error("invalid_json", f"line is not valid JSON: {exc}", line, source)


def process(item: Item, options: Options) -> Result:
    """Turn one input item into its result; never raises for bad input."""
    line, source, payload = item
    if isinstance(payload, Result):
        return payload
    if isinstance(payload, RecordError):
        return Result(None, error=payload)
    if isinstance(payload, TextFile):
        payload = _read_text_file(payload, options, line, source)
        if isinstance(payload, Result):
            return payload
    if isinstance(payload, RawText):
        return _parse_text(_decode_text(payload, line, source), payload.id,
                           dict(payload.fields), options, line, source)
    if isinstance(payload, (bytes, bytearray)):
        payload = _decode_line(bytes(payload), line, source)
        if isinstance(payload, Result):
            return payload
    rid: Any = None
    fields: dict[str, Any] = {}
    if isinstance(payload, Mapping):
        rid = payload.get(options.id_field)
        fields = {k: payload.get(k) for k in options.keep_fields}
        if options.text_field not in payload:
            keys = ", ".join(map(str, payload)) or "(none)"
            return Result(rid, error=RecordError(
                "missing_field",
                f"no {options.text_field!r} field; available keys: {keys}; "
                "choose one with --text-field (text_field=)", line, source), fields=fields)
        text = payload[options.text_field]
    elif isinstance(payload, (list, int, float, bool)) or payload is None:
        return _error("not_an_object",
                      f"the record is a JSON {type(payload).__name__}, not an object "
                      f"with a {options.text_field!r} field", line, source)
    else:
        text = payload
    return _parse_text(text, rid, fields, options, line, source)


def _parse_text(text: Any, rid: Any, fields: dict[str, Any], options: Options, line: int,
                source: str | None) -> Result:
    if isinstance(text, RecordError):
        return Result(rid, error=text, fields=fields)
    if not isinstance(text, str):
        return Result(rid, error=RecordError(
            "not_text", f"the text is {type(text).__name__}, not a string; "
            "decode bytes first, or point --text-field at the text", line, source),
            fields=fields)
    try:
        article = articleparse.parse(text, lang=options.lang, max_chars=options.max_chars,
                                     on_oversize=options.on_oversize, fields=options.fields)
    except InputTooLargeError as exc:
        return Result(rid, error=RecordError("too_large", str(exc), line, source),
                      fields=fields)
    except Exception as exc:  # noqa: BLE001 (a parser bug must cost one record, not the batch)
        return Result(rid, error=RecordError(
            "parse_failed", f"{type(exc).__name__}: {exc}", line, source), fields=fields)
    return Result(rid, article=article, fields=fields)


def max_bytes(options: Options) -> int:
    """The most bytes of one text read before it counts as too large.

    UTF-8 needs at most 4 bytes a character, so ``4 * max_chars + 4`` bytes always hold
    more than ``max_chars`` characters: the head is enough to truncate correctly.
    """
    return 4 * options.max_chars + 4


def _too_large(size: int, options: Options, line: int, source: str | None) -> RecordError:
    return RecordError("too_large",
                       f"the text has more than {size:,} bytes, over the limit of "
                       f"{options.max_chars:,} characters; pass --on-oversize truncate "
                       "to parse its head, or raise --max-chars", line, source)


def _read_text_file(ref: TextFile, options: Options, line: int,
                    source: str | None) -> RawText | Result:
    limit = max_bytes(options)
    try:
        with open(ref.path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        return Result(ref.id, error=RecordError(
            "unreadable", f"cannot read {ref.path}: {exc.strerror}", line, source))
    if len(data) > limit:
        if options.on_oversize == "error":
            return Result(ref.id, error=_too_large(limit, options, line, source))
        return RawText(ref.id, data[:limit], truncated=True)
    return RawText(ref.id, data)


def _decode_text(raw: RawText, line: int, source: str | None) -> str | RecordError:
    data = raw.data
    if b"\x00" in data:
        return RecordError("invalid_encoding",
                           "the text holds NUL bytes: a binary file, not text", line, source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if raw.truncated and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8")  # the cut split a character
        return RecordError("invalid_encoding",
                           f"the text is not UTF-8 ({exc.reason} at byte {exc.start}): "
                           "re-encode it as UTF-8 (iconv -f CP1252 -t UTF-8 ...)",
                           line, source)


def process_chunk(chunk: Sequence[Item], options: Options) -> list[Result]:
    """:func:`process` over a chunk, in order (what a pool worker runs)."""
    return [process(item, options) for item in chunk]


#: What a CLI worker returns per record: the output line and its status, which is
#: ``"parsed"``, ``"empty"`` (parsed, but the text was blank) or an error type.
Encoded = tuple[bytes, str, tuple[str, ...]]


def status(result: Result) -> str:
    """``"parsed"``, ``"empty"`` or the error type: what the summary counts."""
    if result.error is not None:
        return result.error.type
    assert result.article is not None
    return "empty" if not result.article.body.text and result.article == Article() else "parsed"


def flag_kind(flag: str) -> str:
    """A record's flag as the summary counts it: a count after a colon is dropped
    (``invalid_bytes:3`` -> ``invalid_bytes``), a step's name is kept (``timeout:quotes``)."""
    return flag.rstrip("0123456789").removesuffix(":")


def flag_kinds(result: Result) -> tuple[str, ...]:
    """:func:`flag_kind` of each of the record's flags (none for an error)."""
    return tuple(map(flag_kind, result.article.flags)) if result.article is not None else ()


def encode_chunk(chunk: Sequence[Item], options: Options) -> list[Encoded]:
    """:func:`process` and serialise in the worker, so the parent only writes bytes."""
    out: list[Encoded] = []
    for item in chunk:
        result = process(item, options)
        try:
            line = dumps(result.to_dict())
        except (TypeError, ValueError) as exc:  # a kept field that JSON cannot hold
            result = Result(result.id if _jsonable(result.id) else repr(result.id),
                            error=RecordError("not_text", f"cannot write the record as "
                                              f"JSON: {exc}", item[0], item[1]))
            line = dumps(result.to_dict())
        out.append((line + b"\n", status(result), flag_kinds(result)))
    return out


def _jsonable(value: Any) -> bool:
    try:
        dumps(value)
    except (TypeError, ValueError):
        return False
    return True
