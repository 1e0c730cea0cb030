"""The comparison as JSON: the public format others script against (schema 1).

The layout is specified in the README ("The JSON format") and must only ever be extended,
never broken: ``schema``, ``old``, ``new``, ``similarity``, ``counts`` (`core.model.Counts`),
``ignored`` (only when ignore rules were given, the last addition, with an ``"ignored":
true`` on each change they set aside), ``changes``, ``moves``, ``patterns``,
``sentence_pairs``, ``profile``. Output is deterministic: the same comparison always gives
the same bytes; without ignore rules it is what it was before they existed.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

try:  # writes the same bytes as the standard library's encoder, some 20 times faster
    import orjson
except ImportError:  # pragma: no cover - a checkout without its dependencies installed
    orjson = None  # type: ignore[assignment]

from core.model import Change, Comparison, Document, Move, Pattern
from core.report.files import escape_undecodable

SCHEMA = 1


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """Return the comparison as plain JSON-ready data. (A change is written through its
    mapping, `_change`: straight from its dataclass it would carry ``"ignored": false``,
    which the contract leaves out.)"""
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "old": _document(comparison.old, comparison.old_words),
        "new": _document(comparison.new, comparison.new_words),
        "similarity": round(comparison.similarity, 4),
        "counts": asdict(comparison.counts),
        **_ignored(comparison),
        "changes": [_change(change) for change in comparison.changes],
        "moves": [_move(move) for move in comparison.moves],
        "patterns": [_pattern(pattern) for pattern in comparison.patterns],
        "sentence_pairs": [
            {"old_start": pair.old_start, "old_end": pair.old_end,
             "new_start": pair.new_start, "new_end": pair.new_end,
             "similarity": round(pair.similarity, 4)}
            for pair in comparison.sentence_pairs
        ],
    }
    if comparison.profile is not None:
        profile = comparison.profile
        data["profile"] = {
            "substituted_share": round(profile.substituted_share, 4),
            "synonym_share": round(profile.synonym_share, 4),
            "consistency": round(profile.consistency, 4),
            "reading": profile.reading,
        }
    return data


def to_json(comparison: Comparison) -> str:
    """Return the comparison as a JSON text (UTF-8 safe, two-space indent, final newline)."""
    fast = _fast(comparison)
    return fast.decode("utf-8") if fast is not None else _standard(to_dict(comparison))


def to_json_bytes(comparison: Comparison) -> bytes:
    """`to_json` as UTF-8 bytes, what is written to a file or a pipe: a book's JSON is
    tens of megabytes, not to be decoded only to be encoded again. (Text that no UTF-8 can
    hold, a lone surrogate, is written as a ``\\udcff`` escape.)"""
    fast = _fast(comparison)
    if fast is not None:
        return fast
    return _standard(to_dict(comparison)).encode("utf-8", "backslashreplace")


def encode(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2) + "\\n"``, written by orjson.

    The two agree byte for byte on the report's values: its floats are finite and rounded to
    4 places (orjson writes 1e-05 as 0.00001, and NaN as null). What orjson refuses, a lone
    surrogate or an integer past 64 bits, is left to the standard library.
    """
    if orjson is not None:
        try:
            return orjson.dumps(data, option=_ORJSON_OPTIONS).decode("utf-8")
        except orjson.JSONEncodeError:
            pass
    return _standard(data)


def _fast(comparison: Comparison) -> bytes | None:
    """The report's bytes from orjson; None when orjson is missing or refuses a value."""
    if orjson is None:
        return None
    try:
        return orjson.dumps(to_dict(comparison), option=_ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        return None


def _standard(data: Any) -> str:
    # the standard library's encoder, imported only when orjson cannot write the data
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_ORJSON_OPTIONS = 0 if orjson is None else orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE


def _document(document: Document, words: int) -> dict[str, Any]:
    return {
        # A file name's undecodable bytes are written "\\xff": JSON text is valid UTF-8.
        "path": escape_undecodable(document.path),
        "title": document.title,
        "words": words,
        "chars": len(document.text),
        "format": document.source_format,
        "encoding": document.encoding,
    }


def _ignored(comparison: Comparison) -> dict[str, Any]:
    """``"ignored"``: the rules given and how many changes they set aside; nothing without
    rules, so that the output stays what it was before rules existed."""
    rules = comparison.ignore
    if not rules:
        return {}
    return {"ignored": {
        "categories": rules.names(),
        "lines": list(rules.lines),
        "changes": sum(1 for change in comparison.changes if change.ignored),
    }}


def _change(change: Change) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": change.id,
        "kind": change.kind.value,
        "category": change.category.value,
        "old_start": change.old_start,
        "old_end": change.old_end,
        "new_start": change.new_start,
        "new_end": change.new_end,
        "old_text": change.old_text,
        "new_text": change.new_text,
        "move": change.move,
    }
    if change.ignored:
        data["ignored"] = True
    return data


def _move(move: Move) -> dict[str, Any]:
    return {
        "id": move.id,
        "old_start": move.old_start,
        "old_end": move.old_end,
        "new_start": move.new_start,
        "new_end": move.new_end,
        "similarity": round(move.similarity, 4),
        "substitutions": [
            {
                "old_text": edit.old_text, "new_text": edit.new_text,
                "old_start": edit.old_start, "old_end": edit.old_end,
                "new_start": edit.new_start, "new_end": edit.new_end,
                "category": edit.category.value,
            }
            for edit in move.substitutions
        ],
    }


def _pattern(pattern: Pattern) -> dict[str, Any]:
    return {
        "old": pattern.old,
        "new": pattern.new,
        "count": pattern.count,
        "category": pattern.category.value,
        "formatting": pattern.category.is_formatting,
        "group": pattern.group.value,
        "changes": list(pattern.changes),
    }
