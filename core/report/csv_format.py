"""The comparison as CSV: one row per change, for spreadsheets and scripts.

Columns: ``id, kind, category, old_text, new_text, old_start, old_end, new_start, new_end,
move, counted_as``; a header row names them. Positions are the same character ranges as in the
JSON; ``move`` is empty unless the change belongs to a moved passage. ``counted_as`` is the
heading of `core.model.Counts` the change is counted under (``substitution``, ``omission``,
``addition``, ``move`` or ``formatting``): counting the rows by it, a move's two rows once,
gives the counts every other view shows. The text is UTF-8 without a byte-order mark, with
RFC 4180 quoting (fields holding commas, quotes or newlines are quoted) and CRLF row ends;
texts are written as they are, unaltered.
"""

from __future__ import annotations

import csv
import io

from core.model import Comparison, counted_as

COLUMNS = ("id", "kind", "category", "old_text", "new_text",
           "old_start", "old_end", "new_start", "new_end", "move", "counted_as")


def to_csv(comparison: Comparison) -> str:
    """Return the changes of ``comparison`` as CSV text, header row first."""
    output = io.StringIO(newline="")
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for change in comparison.changes:
        writer.writerow((
            change.id, change.kind.value, change.category.value,
            change.old_text, change.new_text,
            change.old_start, change.old_end, change.new_start, change.new_end,
            "" if change.move is None else change.move, counted_as(change).value,
        ))
    return output.getvalue()
