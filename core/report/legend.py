"""How each kind of change is drawn, on screen and on paper: one legend for both.

Changes are never told apart by colour alone: omissions are struck through, additions
underlined, substitutions struck on the old side and underlined on the new, moved passages
carry a mark at both ends, and formatting-only changes are dimmed with a dotted underline.

`EMPHASIS` holds the window's own marks laid over those (the PDF has none of them): the
selected pattern's places, the matches of a search, and the frame of the current place. They
are chosen to stay apart from every change colour and from each other for readers with
protanopia, deuteranopia and tritanopia too (`core.report.colour_vision`; a test checks it),
and each has a mark besides its colour (an overline, a frame).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from core.model import Side


@dataclass(frozen=True)
class Style:
    """The look of one kind of change: colours as ``#rrggbb``, and its non-colour marks."""

    label: str
    description: str
    foreground: str
    background: str
    strike_old: bool
    underline_new: bool
    mark: str = ""


LEGEND = MappingProxyType({
    "omission": Style("Omission", "in OLD only: struck through, red",
                      "#a50e0e", "#fde2e1", strike_old=True, underline_new=False),
    "addition": Style("Addition", "in NEW only: underlined, green",
                      "#0b6b1f", "#ddf4dc", strike_old=False, underline_new=True),
    "substitution": Style("Substitution", "old words struck, new words underlined, amber",
                          "#7a4b00", "#ffeab0", strike_old=True, underline_new=True,
                          mark="→"),
    "move": Style("Moved passage", "marked ⇄ at both ends, blue",
                  "#0b3d91", "#dde8ff", strike_old=False, underline_new=False, mark="⇄"),
    "formatting": Style("Formatting only", "spaces, punctuation, quotes, case: dimmed grey",
                        "#6b6b6b", "#f0f0f0", strike_old=False, underline_new=False),
})


@dataclass(frozen=True)
class Emphasis:
    """A mark the window lays over the changes: its colour and its non-colour mark."""

    label: str
    description: str
    colour: str


EMPHASIS = MappingProxyType({
    "pattern": Emphasis("Selected pattern", "violet, with a line above the words", "#aa88ff"),
    "found": Emphasis("Found", "orange: the matches of a search", "#ee7711"),
    "current": Emphasis("Current place", "framed: the change, place or match shown", "#202124"),
})


# The marks every redline shares (the report's, the window's and the word diff's).
PILCROW = "¶"  # marks a paragraph break that formatting alone added or removed
ARROW = "→"  # between the old and new words of a substitution in the redline


def move_labels(move_id: int, side: Side) -> tuple[str, str]:
    """The labels at the start and the end of a moved passage on one ``side``, numbered
    from 1 for readers (the JSON's ids count from 0)."""
    where = "moved to here" if side is Side.NEW else "moved from here"
    return f"⇄{move_id + 1} {where}", f"⇄{move_id + 1}"
