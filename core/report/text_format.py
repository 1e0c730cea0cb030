"""The comparison as a word diff for a terminal: ``[-old-]{+new+}``.

A summary line opens it (similarity and the counts of `core.model.Counts`, the figures the
window's status bar shows), then a line naming the ignore rules when there are any, then,
when asked, the patterns. Unchanged text is printed as it is; omissions as ``[-…-]``,
additions as ``{+…+}`` and a substitution as both, side by side. A moved passage is marked
at both ends with the report's labels: ``[-⇄1 moved from here … ⇄1-]`` where it stood,
``{+⇄1 moved to here … ⇄1+}`` where it now stands. The lines are NEW's: a marker never spans
a line break. Inside markers white space other than a plain space is shown: ``⏎`` a line
break (NEW's are also printed, after the marker), ``⇥`` a tab, ``⍽`` a no-break or other
space, and ``␣`` a marker of plain spaces only. Changes the ignore rules set aside, and
formatting-only changes when they are hidden, are printed as NEW has them, unmarked. With
colour, omissions are red, additions green and moves blue, and the brackets stay so that
the output reads the same without colour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.model import Change, ChangeKind, Comparison, Pattern, Side
from core.report.legend import move_labels

_RED = "\x1b[31m"
_GREEN = "\x1b[32m"
_BLUE = "\x1b[34m"
_RESET = "\x1b[0m"

_SHOWN = {"\n": "⏎", "\t": "⇥"}
_OTHER_SPACE = "⍽"
_LINE_BREAKS = re.compile(r"(\n+)")


def to_text(comparison: Comparison, colour: bool = False, patterns: bool = False,
            formatting: bool = True) -> str:
    """Return NEW as a word diff against OLD, with a one-line summary at the top.

    ``patterns`` adds the list of patterns after the summary; ``formatting`` off prints
    formatting-only changes unmarked (and leaves their patterns out).
    """
    old = comparison.old.text
    parts = [_summary(comparison), "\n", *_rules(comparison)]
    if patterns:
        parts.append(_patterns(comparison.patterns, formatting))
    parts.append("\n")
    position = 0
    for change in comparison.changes:
        parts.append(old[position:change.old_start])
        if change.ignored or (change.category.is_formatting and not formatting):
            parts.append(change.new_text)
        else:
            parts.append(_marked(change, colour))
        position = change.old_end
    parts.append(old[position:])
    text = "".join(parts)
    return text if text.endswith("\n") else text + "\n"


def _marked(change: Change, colour: bool) -> str:
    """One change as markers: OLD's text in ``[-…-]``, NEW's in ``{+…+}``."""
    if change.move is not None:
        side = Side.NEW if change.kind is ChangeKind.ADDITION else Side.OLD
        opening, closing = move_labels(change.move, side)
        text = change.text_on(side)
        core = text.strip()
        start = text.index(core[0]) if core else len(text)
        labelled = f"{text[:start]}{opening} {core} {closing}{text[start + len(core):]}"
        return (_old if side is Side.OLD else _new)(labelled, _BLUE if colour else "")
    marked = ""
    if change.kind is not ChangeKind.ADDITION:
        marked += _old(change.old_text, _RED if colour else "")
    if change.kind is not ChangeKind.OMISSION:
        marked += _new(change.new_text, _GREEN if colour else "")
    return marked


def _old(text: str, colour: str) -> str:
    """OLD's text in one marker, on one line: its line breaks shown, not made."""
    return _mark("[-", visible(text), "-]", colour)


def _new(text: str, colour: str) -> str:
    """NEW's text in markers cut at its line breaks, which are shown inside the marker and
    then made after it: the output's lines are NEW's."""
    parts: list[str] = []
    pending = ""
    for piece in _LINE_BREAKS.split(text):  # text and runs of line breaks, in turn
        if not piece:
            continue
        pending += visible(piece)
        if piece[0] == "\n":
            parts.append(_mark("{+", pending, "+}", colour) + piece)
            pending = ""
    if pending or not parts:
        parts.append(_mark("{+", pending, "+}", colour))
    return "".join(parts)


def visible(text: str) -> str:
    """``text`` with its white space other than plain spaces shown (``⏎``, ``⇥``, ``⍽``);
    plain spaces alone are shown as ``␣``."""
    if text and text.strip(" ") == "":
        return "␣" * len(text)
    if text.isprintable():
        return text
    return "".join(_SHOWN.get(char, _OTHER_SPACE) if char.isspace() and char != " " else char
                   for char in text)


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


def _rules(comparison: Comparison) -> list[str]:
    """"Ignoring case, punctuation; lines matching \\[ad_1\\]: 12 changes set aside"."""
    rules = comparison.ignore
    if not rules:
        return []
    named = ", ".join(rules.names())
    lines = "lines matching " + ", ".join(rules.lines) if rules.lines else ""
    ignored = sum(1 for change in comparison.changes if change.ignored)
    what = "; ".join(part for part in (named, lines) if part)
    return [f"Ignoring {what}: {ignored} change{'' if ignored == 1 else 's'} set aside\n"]


def _patterns(patterns: Sequence[Pattern], formatting: bool) -> str:
    """The patterns, numbered, content first: "  1. visit → go to ×4 (synonym)"."""
    lines = ["\nPatterns:"]
    shown = [p for p in patterns if formatting or not p.category.is_formatting]
    for number, pattern in enumerate(shown, start=1):
        lines.append(f"{number:4}. {_side(pattern.old)} → {_side(pattern.new)} "
                     f"×{pattern.count} ({pattern.category.value})")
    if not shown:
        lines.append("  none")
    return "\n".join(lines) + "\n"


def _side(text: str) -> str:
    return visible(text) if text else "∅"
