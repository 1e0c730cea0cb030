"""`core.changes.edit_script`: NEW rebuilt from OLD by the changes, and the stretches they
leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from core.changes.edit_script import equal_regions, rebuild
from core.model import Category, Change, ChangeKind

OLD = "The mayor said the bridge would open."


def _change(number: int, old_start: int, old_end: int, new_start: int, new_end: int,
            new_text: str) -> Change:
    kind = (ChangeKind.ADDITION if old_start == old_end else ChangeKind.OMISSION
            if not new_text else ChangeKind.SUBSTITUTION)
    return Change(number, kind, Category.CONTENT, old_start, old_end, new_start, new_end,
                  OLD[old_start:old_end], new_text)


# "said" (10-14) → "stated" (10-16); "the " (15-19) dropped; "soon " added before "open" (32)
_SAID = _change(0, 10, 14, 10, 16, "stated")
_THE = _change(1, 15, 19, 17, 17, "")
_SOON = _change(2, 32, 32, 30, 35, "soon ")


@pytest.mark.parametrize(
    ("changes", "new"),
    [
        pytest.param([], OLD, id="no changes: OLD itself"),
        pytest.param([_SAID], "The mayor stated the bridge would open.", id="a substitution"),
        pytest.param([_THE], "The mayor said bridge would open.", id="an omission"),
        pytest.param([_SOON], "The mayor said the bridge would soon open.", id="an addition"),
        pytest.param([_SAID, _THE, _SOON], "The mayor stated bridge would soon open.",
                     id="all three in order"),
        pytest.param([_change(0, 0, len(OLD), 0, 3, "New")], "New", id="everything replaced"),
    ],
)
def test_rebuild(changes: list[Change], new: str) -> None:
    assert rebuild(OLD, [_as_json(change) for change in changes]) == new


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param([_THE, _SAID], id="out of order"),
        pytest.param([_SAID, _change(1, 12, 20, 16, 16, "")], id="overlapping"),
        pytest.param([_change(0, 14, 10, 10, 10, "")], id="a range that ends before it starts"),
    ],
)
def test_rebuild_refuses_a_script_that_is_no_script(changes: list[Change]) -> None:
    with pytest.raises(ValueError, match="overlaps or goes backwards"):
        rebuild(OLD, [_as_json(change) for change in changes])


@pytest.mark.parametrize(
    ("changes", "regions"),
    [
        pytest.param([], [(0, len(OLD), 0)], id="no changes: all of OLD, unshifted"),
        pytest.param([_SAID, _THE, _SOON], [(0, 10, 0), (14, 15, 16), (19, 32, 17),
                                             (32, len(OLD), 35)],
                     id="the stretches between changes, each with where it starts in NEW"),
        pytest.param([_change(0, 0, 4, 0, 0, "")], [(4, len(OLD), 0)],
                     id="a change at the start leaves no empty stretch before it"),
        pytest.param([_change(0, 4, len(OLD), 4, 8, "city")], [(0, 4, 0)],
                     id="a change at the end leaves no empty stretch after it"),
    ],
)
def test_equal_regions(changes: list[Change], regions: list[tuple[int, int, int]]) -> None:
    assert list(equal_regions(changes, len(OLD))) == regions
    new = rebuild(OLD, [_as_json(change) for change in changes])
    for old_start, old_end, new_start in regions:  # each stretch is the same text in NEW
        assert new[new_start:new_start + old_end - old_start] == OLD[old_start:old_end]


def _as_json(change: Change) -> dict[str, Any]:
    """A change as the JSON writes it (what scripts and tools pass to `rebuild`)."""
    return {"id": change.id, "old_start": change.old_start, "old_end": change.old_end,
            "new_text": change.new_text}
