"""The comparison as CSV: one row per change, for spreadsheets and scripts.

Columns: ``id, kind, category, old_text, new_text, old_start, old_end, new_start, new_end,
move, counted_as, old_paragraph, new_paragraph, context_before, context_after``; a header
row names them (columns are only ever added at the end). Positions are the same character ranges as in the
JSON; ``move`` is empty unless the change belongs to a moved passage. ``counted_as`` is the
heading of `core.model.Counts` the change is counted under (``substitution``, ``omission``,
``addition``, ``move`` or ``formatting``): counting the rows by it, a move's two rows once,
gives the counts every other view shows (``ignored`` for a change the ignore rules set
aside, counted nowhere). ``old_paragraph`` and ``new_paragraph`` number the paragraph the
change stands in on each side (from 1); ``context_before`` and ``context_after`` are the
five words around it, in NEW (in OLD for an omission: `core.report.context`). The text is UTF-8 without a byte-order mark, with
RFC 4180 quoting (fields holding commas, quotes or newlines are quoted) and CRLF row ends;
texts are written as they are, unaltered.
"""

from __future__ import annotations

import csv
import io

from core.model import Comparison, Side, counted_as
from core.report.context import Places

COLUMNS = ("id", "kind", "category", "old_text", "new_text",
           "old_start", "old_end", "new_start", "new_end", "move", "counted_as",
           "old_paragraph", "new_paragraph", "context_before", "context_after")


def to_csv(comparison: Comparison) -> str:
    """Return the changes of ``comparison`` as CSV text, header row first."""
    output = io.StringIO(newline="")
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    places = Places(comparison)
    for change in comparison.changes:
        writer.writerow((
            change.id, change.kind.value, change.category.value,
            change.old_text, change.new_text,
            change.old_start, change.old_end, change.new_start, change.new_end,
            "" if change.move is None else change.move, counted_as(change).value,
            places.paragraph(Side.OLD, change.old_start),
            places.paragraph(Side.NEW, change.new_start), *places.context(change),
        ))
    return output.getvalue()
