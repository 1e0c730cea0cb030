"""Walking an edit script: what it leaves alone, and NEW rebuilt from OLD.

Every comparison keeps one invariant: its changes, in order, are a complete edit script, so
the text between two consecutive changes is the same in both versions. `equal_regions`
walks the stretches it leaves alone (the side-by-side report pairs paragraphs by them);
`rebuild` states the invariant as code (tests and tools check the JSON's ``changes`` by it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from core.model import Change


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


def equal_regions(changes: Sequence[Change], old_length: int) -> Iterator[tuple[int, int, int]]:
    """Yield ``(old_start, old_end, new_start)`` for each stretch the edit script leaves alone.

    Between two consecutive changes the text is identical in both versions, so each stretch
    maps OLD offsets to NEW offsets by one constant shift.
    """
    old_at = new_at = 0
    for change in changes:
        if change.old_start > old_at:
            yield old_at, change.old_start, new_at
        old_at, new_at = change.old_end, change.new_end
    if old_length > old_at:
        yield old_at, old_length, new_at
