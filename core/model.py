"""Core values of Palimpsest: documents, changes, moves, patterns, counts and the Comparison.

Everything the window, the command line and the exported reports show is read from one
`Comparison`, and every count they show from its one `Counts`. All values are frozen
dataclasses; positions are character ranges ``[start, end)`` into ``Document.text`` (code
points, newlines normalised to ``\\n``).
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from core.report.files import shown

# Called during long work with the share done (0.0 to 1.0); it may raise `Cancelled`.
Progress = Callable[[float], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop a comparison that is no longer wanted."""


class Range(NamedTuple):
    """A half-open range ``[start, end)`` of positions: characters in a `Document`'s text
    here, tokens inside the engine (`core.spans`)."""

    start: int
    end: int


class IdentityEnum(enum.Enum):
    """An enum hashed as it compares, by identity: `enum.Enum` hashes a member by its name
    in a method written in Python, which the engine would call hundreds of thousands of times
    on a book (changes keyed by kind, patterns grouped by group); this is the interpreter's
    own, in C. (A name's hash differs from one process to the next, so nothing relied on it.)"""

    __hash__ = object.__hash__


class Side(IdentityEnum):
    """Which of the two versions compared: OLD, the earlier or reference one, or NEW."""

    OLD = "old"
    NEW = "new"

    @property
    def other(self) -> Side:
        return Side.NEW if self is Side.OLD else Side.OLD


class ChangeKind(IdentityEnum):
    """What happened to a stretch of text between OLD and NEW."""

    SUBSTITUTION = "substitution"
    OMISSION = "omission"
    ADDITION = "addition"


class Category(IdentityEnum):
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
    # Content: a quotation mark that opens or closes a quotation came or went ("said “no”"
    # → "said no"): the words are the same, but they are no longer, or now, a quotation.
    QUOTATION = "quotation"

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
    # Set aside by the comparison's `IgnoreRules`: kept so that the edit script still
    # rebuilds NEW, but counted nowhere, in no pattern, and drawn as unchanged text.
    ignored: bool = False

    def range_on(self, side: Side) -> Range:
        """The characters this change covers in OLD or in NEW."""
        if side is Side.OLD:
            return Range(self.old_start, self.old_end)
        return Range(self.new_start, self.new_end)

    def text_on(self, side: Side) -> str:
        """What this change covers in OLD or in NEW."""
        return self.old_text if side is Side.OLD else self.new_text


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

    def range_on(self, side: Side) -> Range:
        """The characters this edit covers in OLD or in NEW."""
        if side is Side.OLD:
            return Range(self.old_start, self.old_end)
        return Range(self.new_start, self.new_end)


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

    def range_on(self, side: Side) -> Range:
        """The characters this covers in OLD or in NEW."""
        if side is Side.OLD:
            return Range(self.old_start, self.old_end)
        return Range(self.new_start, self.new_end)


class Place(NamedTuple):
    """Where a swap was made: ``old[old_start:old_end]`` became ``new[new_start:new_end]``.

    (A named tuple: a long text has one for each of its thousands of swaps.)
    """

    old_start: int
    old_end: int
    new_start: int
    new_end: int


class PatternGroup(IdentityEnum):
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
    moved passage counts under the id of the move's addition); ``places`` where each was
    made, in the same order: ``places[i]`` is the range of substitution ``changes[i]``, or,
    inside a moved passage, of the `MoveEdit` counted (moved text included). ``group`` says
    where it is listed (`core.patterns.counting` tells content from minor); a formatting
    category is always in the formatting group and a figure in the figures group.
    """

    old: str
    new: str
    count: int
    category: Category
    changes: tuple[int, ...]
    places: tuple[Place, ...]
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

    def range_on(self, side: Side) -> Range:
        """The characters this covers in OLD or in NEW."""
        if side is Side.OLD:
            return Range(self.old_start, self.old_end)
        return Range(self.new_start, self.new_end)


class RelationKind(IdentityEnum):
    """What one version is to another; the first five are derivations (a copy of a text)."""

    COPY = "copy"
    EDITED = "edited"
    TRIMMED = "trimmed"
    SPUN = "spun"
    MACHINE_TRANSLATED = "machine-translated"
    SAME_STORY = "same-story"
    UNRELATED = "unrelated"

    @property
    def is_derivation(self) -> bool:
        """True when one version was made from the other's text."""
        return self not in (RelationKind.SAME_STORY, RelationKind.UNRELATED)


@dataclass(frozen=True)
class Profile:
    """How NEW relates to OLD as a whole: the spin profile and a one-line reading.

    ``kind`` is the relation the reading names (a `RelationKind`
    value: "spun", "edited"...), "" for an empty version."""

    substituted_share: float
    synonym_share: float
    consistency: float
    reading: str
    kind: str = ""


class CountedAs(IdentityEnum):
    """The one heading of `Counts` a change is counted under (values: the legend's keys)."""

    SUBSTITUTION = "substitution"
    OMISSION = "omission"
    ADDITION = "addition"
    MOVE = "move"
    FORMATTING = "formatting"
    IGNORED = "ignored"  # under no heading: the ignore rules set it aside


def counted_as(change: Change) -> CountedAs:
    """The heading ``change`` is counted under: `Counts` says which and why."""
    if change.ignored:
        return CountedAs.IGNORED
    if change.move is not None:
        return CountedAs.MOVE
    if change.category.is_formatting:
        return CountedAs.FORMATTING
    return _IN_PLACE[change.kind._value_]


# The heading of a content change made in place, by its kind's value (a string hashes in C).
_IN_PLACE = {kind.value: CountedAs(kind.value) for kind in ChangeKind}


@dataclass(frozen=True)
class Counts:
    """How many changes of each kind: the figures every view and report shows.

    Every change is counted once, under exactly one heading (`counted_as`):

    - ``moves``: moved passages. A change that belongs to one (``Change.move`` set) counts
      only here, and each passage once, although the edit script holds it twice (an
      omission where it stood and an addition where it went). The substitutions made inside
      a passage (`Move.substitutions`) are not changes and are not counted here; they are
      counted in the patterns.
    - ``formatting``: formatting-only changes (white space, punctuation, quote style, case,
      Unicode form) outside moved passages.
    - ``substitutions``, ``omissions``, ``additions``: the content changes, by kind, outside
      moved passages. Only these three count content that was changed in place.

    A change the ignore rules set aside (``Change.ignored``) is counted under none of them.
    """

    substitutions: int = 0
    omissions: int = 0
    additions: int = 0
    moves: int = 0
    formatting: int = 0

    @classmethod
    def of(cls, changes: Sequence[Change]) -> Counts:
        """Count ``changes`` (an edit script, as in `Comparison.changes`), as `counted_as`
        says, in one pass (a long text has tens of thousands)."""
        moved: set[int] = set()
        formatting = 0
        in_place: list[str] = []  # the kinds' values
        for change in changes:
            if change.ignored:
                continue
            if change.move is not None:
                moved.add(change.move)
            elif change.category.is_formatting:
                formatting += 1
            else:
                in_place.append(change.kind._value_)
        kinds = Counter(in_place)
        return cls(kinds[ChangeKind.SUBSTITUTION.value], kinds[ChangeKind.OMISSION.value],
                   kinds[ChangeKind.ADDITION.value], len(moved), formatting)

    def phrases(self) -> list[str]:
        """The counts in words: "6 substitutions", "1 omission", "1 addition", "1 move" and,
        only when there are any, "3 formatting changes" (the status bar and the word diff)."""
        figures = [(self.substitutions, "substitution"), (self.omissions, "omission"),
                   (self.additions, "addition"), (self.moves, "move")]
        if self.formatting:
            figures.append((self.formatting, "formatting change"))
        return [f"{number} {noun}{'' if number == 1 else 's'}" for number, noun in figures]


# The formatting categories an editor may ignore, one by one, in the order menus list them.
IGNORABLE = (Category.CASE, Category.PUNCTUATION, Category.QUOTE_STYLE, Category.WHITESPACE)


@dataclass(frozen=True)
class IgnoreRules:
    """What a comparison sets aside (`core.changes.ignoring` applies it): a formatting-only
    change whose sides are the same once the differences of ``categories`` (among
    `IGNORABLE`) are set aside, and boilerplate lines ("[ad_1]", "Source link") that one of
    the regular expressions ``lines`` matches whole, white space at the ends aside."""

    categories: frozenset[Category] = frozenset()
    lines: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.categories or self.lines)

    def names(self) -> list[str]:
        """The values of the categories ignored, in `IGNORABLE`'s order ("case", ...)."""
        return [category.value for category in IGNORABLE if category in self.categories]


@dataclass(frozen=True)
class Comparison:
    """The complete result of comparing OLD with NEW; every view reads from this.

    ``same_sentence_similarity``: below it two paired sentences are different sentences,
    reported as an omission and an addition, not the same sentence reworded."""

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
    counts: Counts = field(kw_only=True)
    same_sentence_similarity: float = field(kw_only=True)
    ignore: IgnoreRules = field(default=IgnoreRules(), kw_only=True)


@dataclass(frozen=True)
class CompareOptions:
    """Options that change a comparison's result; part of the cache key in the window."""

    detect_moves: bool = True
    align_sentences: bool = True
    min_move_words: int = 8
    # False leaves substitutions as the diff found them, unclassified and uncounted: for
    # measuring what pattern mining costs, and for callers that only want the edit script.
    mine_patterns: bool = True
    ignore: IgnoreRules = IgnoreRules()
