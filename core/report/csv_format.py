"""The comparison as CSV: one row per change, for spreadsheets and scripts.

Columns: ``id, kind, category, old_text, new_text, old_start, old_end, new_start, new_end,
move``; a header row names them. Positions are the same character ranges as in the JSON;
``move`` is empty unless the change belongs to a moved passage. The text is UTF-8 without a
byte-order mark, with RFC 4180 quoting (fields holding commas, quotes or newlines are
quoted) and CRLF row ends; texts are written as they are, unaltered.
"""

from __future__ import annotations

import csv
import io

from core.model import Comparison

COLUMNS = ("id", "kind", "category", "old_text", "new_text",
           "old_start", "old_end", "new_start", "new_end", "move")


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
            "" if change.move is None else change.move,
        ))
    return output.getvalue()
