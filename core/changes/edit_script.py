"""Walking an edit script: rebuild NEW from OLD and a list of changes.

This is the invariant every comparison keeps (the JSON's ``changes`` is a complete edit
script), stated as code so tests and tools can check it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def rebuild(old_text: str, changes: Iterable[Mapping[str, Any]]) -> str:
    """Return NEW: ``old_text`` with every change's ``new_text`` put in place of its old range.

    ``changes`` are mappings (JSON objects or ``dataclasses.asdict`` of `Change`) in order.
    Raises ValueError when the changes overlap or go backwards.
    """
    parts = []
    position = 0
    for change in changes:
        start, end = int(change["old_start"]), int(change["old_end"])
        if start < position or end < start:
            raise ValueError(f"change {change.get('id')} overlaps or goes backwards")
        parts.append(old_text[position:start])
        parts.append(str(change["new_text"]))
        position = end
    parts.append(old_text[position:])
    return "".join(parts)
