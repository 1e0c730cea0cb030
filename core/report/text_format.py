"""The comparison as a word diff for a terminal: ``[-old-]{+new+}``.

A summary line opens it (similarity and the counts of `core.model.Counts`). Unchanged text
is printed as it is; omissions as ``[-…-]``, additions as ``{+…+}`` and a substitution as
both, side by side. With colour, omissions are red and additions green,
and the brackets stay so that the output reads the same without colour.
"""

from __future__ import annotations

from core.model import ChangeKind, Comparison

_RED = "\x1b[31m"
_GREEN = "\x1b[32m"
_RESET = "\x1b[0m"


def to_text(comparison: Comparison, colour: bool = False) -> str:
    """Return NEW as a word diff against OLD, with a one-line summary at the top."""
    old = comparison.old.text
    parts = [_summary(comparison), "\n\n"]
    position = 0
    for change in comparison.changes:
        parts.append(old[position:change.old_start])
        if change.kind is not ChangeKind.ADDITION:
            parts.append(_mark("[-", change.old_text, "-]", _RED if colour else ""))
        if change.kind is not ChangeKind.OMISSION:
            parts.append(_mark("{+", change.new_text, "+}", _GREEN if colour else ""))
        position = change.old_end
    parts.append(old[position:])
    text = "".join(parts)
    return text if text.endswith("\n") else text + "\n"


def _mark(opening: str, text: str, closing: str, colour: str) -> str:
    reset = _RESET if colour else ""
    return f"{colour}{opening}{text}{closing}{reset}"


def _summary(comparison: Comparison) -> str:
    """"a.txt → b.txt: similarity 94%, 6 substitutions, 1 omission, 1 addition, 1 move"
    (`core.model.Counts`: a moved passage is one move, not an omission and an addition)."""
    return (
        f"{comparison.old.name} → {comparison.new.name}: "
        f"similarity {comparison.similarity:.0%}, {', '.join(comparison.counts.phrases())}"
    )
