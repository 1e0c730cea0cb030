"""Values of the versions overview: versions, relations, lineage, quotes and facts.

All frozen dataclasses and enums. A version is named by its index into
`Overview.versions`; positions are character ranges ``[start, end)`` into that version's
``Document.text``, as everywhere in Palimpsest.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from core.model import Document, RelationKind


class FactKind(enum.Enum):
    """The kinds of fact compared across versions."""

    NUMBER = "number"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    WEEKDAY = "weekday"
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    NAME = "name"  # a name whose kind the text does not tell


@dataclass(frozen=True)
class VersionInfo:
    """One version of the overview: its document and word count."""

    document: Document
    words: int


@dataclass(frozen=True)
class Relation:
    """What version ``new`` is to version ``old``; ``old`` is the likely source."""

    old: int
    new: int
    kind: RelationKind
    reading: str
    reasons: tuple[str, ...]
    similarity: float


@dataclass(frozen=True)
class LineageEdge:
    """Version ``child`` was made from version ``parent``; ``confidence`` from 0 to 1."""

    parent: int
    child: int
    kind: RelationKind
    confidence: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class WordChange:
    """A content change of a quote's words against the reference occurrence."""

    old_text: str
    new_text: str


@dataclass(frozen=True)
class QuoteOccurrence:
    """Where one version carries a quotation, and how it stands there.

    ``quoted`` is False where the words stand without quote marks; ``altered`` is True when
    its words differ from the reference occurrence's (quote style alone does not count).
    """

    version: int
    start: int
    end: int
    text: str
    quoted: bool
    altered: bool
    changes: tuple[WordChange, ...]
    speaker: str | None


@dataclass(frozen=True)
class QuoteGroup:
    """The same quotation across the versions; the first occurrence is the reference."""

    id: int
    speaker: str | None
    occurrences: tuple[QuoteOccurrence, ...]

    @property
    def altered_in_quotes(self) -> bool:
        """True when some version alters the words and still shows them as a quote."""
        return any(o.altered and o.quoted for o in self.occurrences)

    @property
    def finding(self) -> int:
        """How serious the group's finding is: 2 altered inside quote marks, 1 altered or
        unquoted somewhere, 0 the same everywhere."""
        if self.altered_in_quotes:
            return 2
        return 1 if any(o.altered or not o.quoted for o in self.occurrences) else 0


@dataclass(frozen=True)
class FactValue:
    """How one version states a fact."""

    version: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FactGroup:
    """One fact that the versions state differently (at least two values differ)."""

    id: int
    kind: FactKind
    values: tuple[FactValue, ...]


@dataclass(frozen=True)
class Overview:
    """Everything learnt from a set of versions; every view of the overview reads this.

    ``similarity[i][j]`` compares version ``i`` (OLD) with version ``j`` (NEW);
    ``relations`` holds each unordered pair once; ``original`` is the likely first version,
    None when nothing was derived from anything; ``unrelated`` the versions related to no
    other one.
    """

    versions: tuple[VersionInfo, ...]
    similarity: tuple[tuple[float, ...], ...]
    original: int | None
    relations: tuple[Relation, ...]
    lineage: tuple[LineageEdge, ...]
    unrelated: tuple[int, ...]
    quotes: tuple[QuoteGroup, ...]
    facts: tuple[FactGroup, ...]

    def relation(self, first: int, second: int) -> Relation | None:
        """The relation between two versions, whichever is OLD."""
        for relation in self.relations:
            if {relation.old, relation.new} == {first, second}:
                return relation
        return None
