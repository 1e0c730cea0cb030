"""The versions overview as plain text for a terminal: what an editor reads first.

The versions with a letter each, the similarity matrix, the original and the lineage with
its reasons, the relation of every pair, the quotations (altered ones first: "!" marks one
altered inside quote marks, "~" one altered or unquoted somewhere) and the changed facts.
"""

from __future__ import annotations

from string import ascii_uppercase

from core.overview.model import Overview, QuoteGroup

_PREVIEW = 72


def to_text(overview: Overview) -> str:
    """Return the overview as text, ending in a newline."""
    names = [v.document.name for v in overview.versions]
    letters = [_letter(index) for index in range(len(names))]
    lines = [f"Overview of {len(names)} versions", ""]
    lines += [f"  {letters[i]}  {names[i]}  ({v.words:,} words) {_preview(v.document.title, 60)}"
              for i, v in enumerate(overview.versions)]
    lines += ["", "Similarity (row OLD, column NEW):", "      " + "".join(
        f"{letter:>6}" for letter in letters)]
    lines += [f"  {letters[i]:>4}" + "".join(f"{value:>6.0%}" for value in row)
              for i, row in enumerate(overview.similarity)]
    original = names[overview.original] if overview.original is not None else "none found"
    lines += ["", f"Original: {original}", "", "Lineage:"]
    lines += [f"  {names[e.parent]} → {names[e.child]}: {e.kind.value}, confidence "
              f"{e.confidence:.0%} ({'; '.join(e.reasons)})" for e in overview.lineage]
    if not overview.lineage:
        lines.append("  no version was made from another")
    if overview.unrelated:
        lines += ["", "Unrelated: " + ", ".join(names[i] for i in overview.unrelated)]
    lines += ["", "Relations:"] + [f"  {r.reading}" for r in overview.relations]
    lines += ["", "Quotations:"]
    for group in overview.quotes:
        lines += _quote(group, names)
    lines += ["", "Facts that differ:"]
    for fact in overview.facts:
        values = " | ".join(f"{names[v.version]}: {v.text}" for v in fact.values)
        lines.append(f"  {fact.kind.value}: {values}")
    if not overview.facts:
        lines.append("  none")
    return "\n".join(lines) + "\n"


def _letter(index: int) -> str:
    return ascii_uppercase[index] if index < 26 else f"V{index + 1}"


def _quote(group: QuoteGroup, names: list[str]) -> list[str]:
    mark = {2: "!", 1: "~", 0: " "}[group.finding]
    reference = group.occurrences[0]
    speaker = f" ({group.speaker})" if group.speaker else ""
    lines = [f"  {mark} #{group.id}{speaker} “{_preview(reference.text)}”"]
    for occurrence in group.occurrences:
        state = ("in quote marks" if occurrence.quoted else "quote marks lost")
        if occurrence.altered:
            changes = ", ".join(f"{c.old_text.strip() or '∅'} → {c.new_text.strip() or '∅'}"
                                for c in occurrence.changes)
            state += f", altered: {changes}"
        lines.append(f"      {names[occurrence.version]}: {state}")
    return lines


def _preview(text: str, length: int = _PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"
