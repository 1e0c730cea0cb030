"""Which paragraphs of OLD and NEW face each other in a side-by-side report.

Two paragraphs correspond when the edit script says some of their visible text is unchanged
between them. Rows follow both documents' order; a paragraph that shares nothing with the
other side (written anew, deleted, or part of a moved passage) gets a row of its own, facing
the other side's unmatched paragraphs of the same gap, if any.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import zip_longest

from core.changes.edit_script import equal_regions
from core.model import Comparison, Range
from core.text.paragraphs import paragraphs


@dataclass(frozen=True)
class Row:
    """Paragraphs of OLD and of NEW that face each other; either side may be empty."""

    old: tuple[Range, ...]
    new: tuple[Range, ...]


def rows(comparison: Comparison) -> list[Row]:
    """Return the rows of a side-by-side report: every paragraph of both sides, once, in order."""
    old_paragraphs = paragraphs(comparison.old.text)
    new_paragraphs = paragraphs(comparison.new.text)
    groups = _groups(_links(comparison, old_paragraphs, new_paragraphs))
    result: list[Row] = []
    old_next = new_next = 0
    for (old_first, old_last), (new_first, new_last) in groups:
        result.extend(_gap(old_paragraphs[old_next:old_first], new_paragraphs[new_next:new_first]))
        result.append(Row(tuple(old_paragraphs[old_first:old_last + 1]),
                          tuple(new_paragraphs[new_first:new_last + 1])))
        old_next, new_next = old_last + 1, new_last + 1
    result.extend(_gap(old_paragraphs[old_next:], new_paragraphs[new_next:]))
    return result


def _links(comparison: Comparison, old_paragraphs: list[Range],
           new_paragraphs: list[Range]) -> list[tuple[int, int]]:
    """Pairs (old paragraph index, new paragraph index) that share unchanged visible text."""
    old_starts = [start for start, _ in old_paragraphs]
    new_starts = [start for start, _ in new_paragraphs]
    old_text = comparison.old.text
    links: list[tuple[int, int]] = []
    for old_start, old_end, new_start in equal_regions(comparison.changes, len(old_text)):
        index = max(bisect_right(old_starts, old_start) - 1, 0)
        while index < len(old_paragraphs) and old_paragraphs[index][0] < old_end:
            start = max(old_paragraphs[index][0], old_start)
            end = min(old_paragraphs[index][1], old_end)
            if start < end and not old_text[start:end].isspace():
                # Unchanged text has no newline inside a paragraph, so it lands in one.
                other = bisect_right(new_starts, start - old_start + new_start) - 1
                if not links or links[-1] != (index, other):
                    links.append((index, other))
            index += 1
    return links


# The first and last index of a run of consecutive paragraphs.
Run = tuple[int, int]


def _groups(links: list[tuple[int, int]]) -> list[tuple[Run, Run]]:
    """Join links that share a paragraph into groups: ((old first, last), (new first, last)).

    The edit script keeps order, so links rise on both sides and each group is two runs of
    consecutive paragraphs.
    """
    groups: list[tuple[Run, Run]] = []
    for old_index, new_index in links:
        if groups and (old_index == groups[-1][0][1] or new_index == groups[-1][1][1]):
            (old_first, _), (new_first, _) = groups[-1]
            groups[-1] = ((old_first, old_index), (new_first, new_index))
        else:
            groups.append(((old_index, old_index), (new_index, new_index)))
    return groups


def _gap(old: list[Range], new: list[Range]) -> list[Row]:
    """Unmatched paragraphs between two groups: face each other one to one, in order."""
    return [
        Row((old_range,) if old_range else (), (new_range,) if new_range else ())
        for old_range, new_range in zip_longest(old, new)
    ]
