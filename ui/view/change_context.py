"""A change on one line with the words around it, for the change list (pure Python).

The words before and after come from NEW, where the change now stands (for an omission, the
place its text was taken from), up to `CONTEXT_WORDS` on each side and never across a
paragraph break, so the line reads as the sentence does. The change itself is written as a
word diff does: ``[old → new]`` for a substitution, ``[−old]`` for an omission, ``[+new]``
for an addition; a long change keeps its first and last words. Invisible characters are
shown as visible stand-ins (`shown`), so a changed space is not an empty pair of brackets.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Change, ChangeKind

CONTEXT_WORDS = 4
LONGEST = 60  # characters of a change's text kept on the line
_REACH = 160  # characters looked at for the context words on each side

# Characters that would be invisible in a list: shown as visible stand-ins.
_VISIBLE = str.maketrans({"\n": "¶", "\t": "⇥", "\u00a0": "⍽", "\u2009": "⍽", "\u202f": "⍽"})


def shown(text: str) -> str:
    """``text`` with invisible characters made visible, for one line of a list."""
    if not text:
        return "∅"
    if not text.strip(" "):
        return "·" * len(text)
    return text.translate(_VISIBLE)


@dataclass(frozen=True)
class InContext:
    """A change and the words around it."""

    before: str
    change: str  # "[old → new]", "[−old]" or "[+new]"
    after: str

    def line(self) -> str:
        """"…the words before [old → new] the words after…" on one line."""
        before = f"…{self.before} " if self.before else ""
        after = f" {self.after}…" if self.after else ""
        return f"{before}{self.change}{after}"


def in_context(change: Change, new_text: str, words: int = CONTEXT_WORDS) -> InContext:
    """``change`` between the ``words`` words before and after it in NEW's ``new_text``."""
    head = new_text[max(0, change.new_start - _REACH):change.new_start].rsplit("\n", 1)[-1]
    tail = new_text[change.new_end:change.new_end + _REACH].split("\n", 1)[0]
    before = " ".join(head.split()[-words:]) if head.strip() else ""
    after = " ".join(tail.split()[:words]) if tail.strip() else ""
    return InContext(before, _marked(change), after)


def _marked(change: Change) -> str:
    old, new = _short(change.old_text), _short(change.new_text)
    if change.kind is ChangeKind.OMISSION:
        return f"[−{old}]"
    if change.kind is ChangeKind.ADDITION:
        return f"[+{new}]"
    return f"[{old} → {new}]"


def _short(text: str) -> str:
    """A change's text for the line: visible, and its middle cut when it is long."""
    if len(text) > LONGEST:
        words = text.split()
        text = " ".join(words[:4]) + " … " + " ".join(words[-3:]) if len(words) > 8 else (
            text[:LONGEST // 2] + "…" + text[-LONGEST // 3:])
    return shown(text)
