"""Core values of Palimpsest: documents, changes, moves, patterns and the Comparison.

Everything the window, the command line and the exported reports show is read from one
`Comparison`. All values are frozen dataclasses; positions are character ranges
``[start, end)`` into ``Document.text`` (code points, newlines normalised to ``\\n``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from core.report.files import shown

# Called during long work with the share done (0.0 to 1.0); it may raise `Cancelled`.
Progress = Callable[[float], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop a comparison that is no longer wanted."""


class ChangeKind(enum.Enum):
    """What happened to a stretch of text between OLD and NEW."""

    SUBSTITUTION = "substitution"
    OMISSION = "omission"
    ADDITION = "addition"


class Category(enum.Enum):
    """Why a change or pattern matters to an editor.

    The first five are formatting-only: the words are the same once spaces, punctuation,
    quote style, letter case or the Unicode form (a decomposed "é" against a composed one)
    are set aside. The rest describe content; README.md defines each (``FIGURE`` is a
    changed value, "30" → "40"; ``NUMBER`` the same value written another way, "two" → "2").
    """

    WHITESPACE = "whitespace"
    PUNCTUATION = "punctuation"
    QUOTE_STYLE = "quote-style"
    CASE = "case"
    UNICODE_FORM = "unicode-form"
    CONTENT = "content"
    SYNONYM = "synonym"
    SPELLING = "spelling"
    INFLECTION = "inflection"
    NUMBER = "number"
    FIGURE = "figure"
    CONTRACTION = "contraction"
    ALIAS = "alias"
    REWORDING = "rewording"

    @property
    def is_formatting(self) -> bool:
        # by value: an Enum member hashes in Python code, a string in C (this is hot)
        return self._value_ in _FORMATTING


_FORMATTING = frozenset({"whitespace", "punctuation", "quote-style", "case", "unicode-form"})


@dataclass(frozen=True)
class Document:
    """One version of an article, decoded and normalised.

    ``source_format`` is the name of the file's original format ("text", "markdown", ...);
    ``encoding`` the character encoding used to decode it; ``mtime`` its modification time.
    ``notice`` carries a non-fatal remark for the user (for example, that the file is empty).
    """

    path: str
    title: str
    text: str
    encoding: str = "utf-8"
    source_format: str = "text"
    mtime: float | None = None
    notice: str = ""

    @property
    def name(self) -> str:
        """The file name without its folders, for labels (undecodable bytes escaped)."""
        return shown(self.path.replace("\\", "/").rsplit("/", 1)[-1])


@dataclass(frozen=True)
class Span:
    """A pair of character ranges: ``old[old_start:old_end]`` became ``new[new_start:new_end]``."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class Change:
    """One entry of the edit script from OLD to NEW.

    Changes are kept in document order and never overlap; the text between two consecutive
    changes is identical in both versions, so walking them rebuilds NEW from OLD. ``move`` is
    the id of the `Move` this omission or addition belongs to, if any.
    """

    id: int
    kind: ChangeKind
    category: Category
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str
    move: int | None = None


@dataclass(frozen=True)
class MoveEdit:
    """A word substitution inside a moved passage (positions in OLD and NEW)."""

    old_text: str
    new_text: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    category: Category = Category.REWORDING


@dataclass(frozen=True)
class Move:
    """A passage that stands at one place in OLD and at another in NEW, perhaps edited."""

    id: int
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    similarity: float
    substitutions: tuple[MoveEdit, ...] = ()


class PatternGroup(enum.Enum):
    """Where a pattern is listed, in this order: changed values first, then the content
    swaps (systematic ones first), the incidental function-word swaps, the formatting."""

    FIGURES = "figures"
    CONTENT = "content"
    MINOR = "minor"
    FORMATTING = "formatting"


@dataclass(frozen=True)
class Pattern:
    """A substitution seen one or more times: ``old`` → ``new`` × ``count``.

    ``changes`` lists the ids of the changes it was counted from (a substitution inside a
    moved passage counts under the id of the move's addition). ``group`` says where it is
    listed (`core.patterns.counting` tells content from minor); a formatting category is
    always in the formatting group and a figure in the figures group.
    """

    old: str
    new: str
    count: int
    category: Category
    changes: tuple[int, ...]
    group: PatternGroup = PatternGroup.CONTENT

    def __post_init__(self) -> None:
        if self.category.is_formatting:
            object.__setattr__(self, "group", PatternGroup.FORMATTING)
        elif self.category is Category.FIGURE:
            object.__setattr__(self, "group", PatternGroup.FIGURES)


@dataclass(frozen=True)
class SentencePair:
    """Two sentences aligned by content, with their similarity (0..1)."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    similarity: float


@dataclass(frozen=True)
class Profile:
    """How NEW relates to OLD as a whole: the spin profile and a one-line reading."""

    substituted_share: float
    synonym_share: float
    consistency: float
    reading: str


@dataclass(frozen=True)
class Comparison:
    """The complete result of comparing OLD with NEW; every view reads from this."""

    old: Document
    new: Document
    changes: tuple[Change, ...]
    moves: tuple[Move, ...]
    patterns: tuple[Pattern, ...]
    similarity: float
    old_words: int
    new_words: int
    profile: Profile | None = None
    sentence_pairs: tuple[SentencePair, ...] = field(default=())

    def count_by_kind(self) -> dict[ChangeKind, int]:
        """Content changes counted by kind (formatting-only changes left out)."""
        counts = {kind: 0 for kind in ChangeKind}
        for change in self.changes:
            if not change.category.is_formatting:
                counts[change.kind] += 1
        return counts


@dataclass(frozen=True)
class CompareOptions:
    """Options that change a comparison's result; part of the cache key in the window."""

    detect_moves: bool = True
    align_sentences: bool = True
    min_move_words: int = 8
    # False leaves substitutions as the diff found them, unclassified and uncounted: for
    # measuring what pattern mining costs, and for callers that only want the edit script.
    mine_patterns: bool = True
