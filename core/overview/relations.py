"""What one version is to another: the kind of the pair, a one-line reading and its reasons,
and which of the two is the likely source.

The kinds, in the order they are tried:

- ``copy``: no content change at all, formatting only;
- ``spun`` or ``machine-translated``: reworded throughout (8% of the words or more
  substituted). A machine translation round trip shows at least two of its signs (quote
  marks straightened or lost, paragraphs merged, few dictionary synonyms among the swaps,
  swaps made inconsistently); a spinner swaps dictionary synonyms consistently and leaves
  the rest alone;
- ``trimmed``: paragraphs dropped or moved, little else changed;
- ``edited``: a few words, sentences or figures changed;
- ``same-story``: too little shared wording for a copy, but shared names or quotes;
- ``unrelated``: none of that.

Direction (which side is the source) weighs clues, each a vote from -1 to 1: content-farm
markers ("[ad_1]") on one side; for a spun pair the commoner wording (a spinner turns common
words into rarer ones); for a machine translation the side that kept its typographic quotes
and paragraphs; for a trimmed pair the side holding the other's paragraphs and more; for an
edited one the side that the other adds to.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import RelationKind
from core.overview.evidence import PairEvidence

# Below this similarity (and without much shared wording) a pair is not a copy.
COPY_SIMILARITY = 0.35
# At least this share of OLD's words substituted: reworded throughout.
REWORDED_SHARE = 0.08
# Below this, the swaps are few enough for an edit.
EDIT_SHARE = 0.04
SPUN_SYNONYM_SHARE = 0.3
SPUN_CONSISTENCY = 0.75
# A trimmed copy drops or moves at least this share of the longer version's words.
TRIMMED_SHARE = 0.08
# Fewer words than this added (or dropped) on one side more than on the other say nothing
# of direction.
MIN_ADDED = 5
# Shared names (over the smaller version's) that make two reports of one story.
SAME_STORY_NAMES = 0.3


@dataclass(frozen=True)
class Shared:
    """What a pair shares beyond its wording: names and quotations."""

    names: float
    quotes: int


@dataclass(frozen=True)
class Verdict:
    """The kind of a pair, its reasons, and its direction (> 0: OLD is the source)."""

    kind: RelationKind
    reasons: tuple[str, ...]
    direction: float
    direction_reasons: tuple[str, ...]


def judge(evidence: PairEvidence | None, shared: Shared) -> Verdict:
    """The verdict on a pair; ``evidence`` is None when it was not compared in full."""
    if evidence is None or not _is_copy(evidence):
        kind, reasons = _unrelated_or_same(evidence, shared)
        return Verdict(kind, reasons, 0.0, ())
    kind, reasons = _derivation(evidence)
    direction, why = _direction(evidence, kind)
    return Verdict(kind, reasons, direction, why)


def _is_copy(evidence: PairEvidence) -> bool:
    return evidence.similarity >= COPY_SIMILARITY or max(evidence.old.kept,
                                                         evidence.new.kept) >= 0.8


def _unrelated_or_same(evidence: PairEvidence | None, shared: Shared
                       ) -> tuple[RelationKind, tuple[str, ...]]:
    wording = (f"{evidence.similarity:.0%} of the words unchanged" if evidence is not None
               else "little shared wording")
    if shared.quotes or shared.names >= SAME_STORY_NAMES:
        reasons = [wording, f"{shared.names:.0%} of the names shared"]
        if shared.quotes:
            reasons.append(_plural(shared.quotes, "quotation") + " shared")
        return RelationKind.SAME_STORY, tuple(reasons)
    return RelationKind.UNRELATED, (wording, f"only {shared.names:.0%} of the names shared")


def _derivation(evidence: PairEvidence) -> tuple[RelationKind, tuple[str, ...]]:
    if evidence.content_changes == 0:
        return RelationKind.COPY, ("no content change: formatting only",)
    if evidence.substituted_share >= REWORDED_SHARE:
        signs = _translation_signs(evidence)
        swaps = f"{evidence.substituted_share:.0%} of the words swapped"
        if len(signs) >= 2:
            return RelationKind.MACHINE_TRANSLATED, (swaps, *signs)
        return RelationKind.SPUN, (
            swaps, f"{evidence.synonym_share:.0%} of the swaps dictionary synonyms",
            f"{evidence.consistency:.0%} of repeated swaps made the same way",
            "sentence order kept" if evidence.moves == 0 else _plural(evidence.moves, "move"))
    dropped = _dropped_share(evidence)
    if dropped >= TRIMMED_SHARE and evidence.substituted_share < EDIT_SHARE and _one_way(
            evidence):
        return RelationKind.TRIMMED, (f"{dropped:.0%} of the longer version dropped or moved",
                                      f"{evidence.substituted_share:.0%} of the words swapped")
    return RelationKind.EDITED, (
        f"{evidence.similarity:.0%} of the words unchanged",
        _plural(evidence.content_changes, "content change"),
        f"{evidence.substituted_share:.0%} of the words swapped")


def _translation_signs(evidence: PairEvidence) -> list[str]:
    signs = []
    if evidence.quotes_straightened:
        signs.append("quote marks straightened")
    elif evidence.quotes_lost:
        signs.append("quote marks lost")
    if evidence.paragraphs_merged:
        signs.append("paragraphs merged")
    if evidence.synonym_share < SPUN_SYNONYM_SHARE:
        signs.append(f"only {evidence.synonym_share:.0%} of the swaps dictionary synonyms")
    if evidence.consistency < SPUN_CONSISTENCY:
        signs.append(f"swaps inconsistent ({evidence.consistency:.0%} made the same way)")
    return signs


def _dropped_share(evidence: PairEvidence) -> float:
    """The share of the longer side's words that the shorter lacks or has elsewhere."""
    longer = evidence.old if evidence.old.words >= evidence.new.words else evidence.new
    dropped = longer.changed_words
    return (dropped / longer.words if longer.words else 0.0) + (0.02 * evidence.moves)


def _one_way(evidence: PairEvidence) -> bool:
    """True when one side adds almost nothing to what it keeps of the other."""
    return min(evidence.old.changed_words, evidence.new.changed_words) <= max(
        3, 0.25 * max(evidence.old.changed_words, evidence.new.changed_words))


def _direction(evidence: PairEvidence, kind: RelationKind) -> tuple[float, tuple[str, ...]]:
    """Votes for OLD being the source (> 0) or NEW (< 0), with the reasons of each."""
    votes: list[tuple[float, str]] = []
    old, new = evidence.old, evidence.new
    if old.farm_markers != new.farm_markers:
        marked = "NEW" if new.farm_markers > old.farm_markers else "OLD"
        votes.append((0.6 if marked == "NEW" else -0.6,
                      f"content-farm markers such as [ad_1] in {marked}"))
    if kind is RelationKind.SPUN and evidence.wording:
        votes.append((evidence.wording, _commoner_reason(evidence.wording)))
    if kind is RelationKind.MACHINE_TRANSLATED:
        votes.extend(_translation_votes(evidence))
    if kind in (RelationKind.TRIMMED, RelationKind.EDITED):
        votes.extend(_length_votes(evidence, kind))
    total = max(-1.0, min(1.0, sum(vote for vote, _ in votes)))
    return total, tuple(reason for _, reason in votes)


def _commoner_reason(wording: float) -> str:
    side = "OLD" if wording > 0 else "NEW"
    return (f"{side} has the commoner wording ({abs(wording):.0%} more of the swaps "
            "go from common to rarer words)")


def _translation_votes(evidence: PairEvidence) -> list[tuple[float, str]]:
    votes = []
    old, new = evidence.old, evidence.new
    if old.curly_quotes != new.curly_quotes:
        side = "OLD" if old.curly_quotes > new.curly_quotes else "NEW"
        votes.append((0.4 if side == "OLD" else -0.4, f"{side} kept its typographic quotes"))
    if old.paragraphs != new.paragraphs:
        side = "OLD" if old.paragraphs > new.paragraphs else "NEW"
        votes.append((0.4 if side == "OLD" else -0.4,
                      f"{side} has its paragraphs, the other runs them together"))
    return votes


def _length_votes(evidence: PairEvidence, kind: RelationKind) -> list[tuple[float, str]]:
    """A trimmed copy lacks what its source has; an edited one adds to its source. Only
    a clear difference votes (a sentence cut and another added say nothing)."""
    old, new = evidence.old.changed_words, evidence.new.changed_words
    if abs(old - new) < max(MIN_ADDED, 0.5 * max(old, new)):
        return []
    if kind is RelationKind.TRIMMED:
        side = "OLD" if old > new else "NEW"
        return [(0.6 if side == "OLD" else -0.6,
                 f"{'NEW' if side == 'OLD' else 'OLD'} lacks paragraphs that {side} has")]
    side = "OLD" if new > old else "NEW"
    return [(0.3 if side == "OLD" else -0.3,
             f"{'NEW' if side == 'OLD' else 'OLD'} adds to what {side} says")]


def reading(kind: RelationKind, old: str, new: str, reasons: tuple[str, ...]) -> str:
    """One line an editor reads: "b.txt is a spun copy of a.txt: …"."""
    details = "; ".join(reasons)
    phrase = {
        RelationKind.COPY: "is a copy of",
        RelationKind.EDITED: "is an edited copy of",
        RelationKind.TRIMMED: "is a trimmed copy of",
        RelationKind.SPUN: "is a spun copy of",
        RelationKind.MACHINE_TRANSLATED: "is a machine-translated copy of",
        RelationKind.SAME_STORY: "is a separate report of the same story as",
        RelationKind.UNRELATED: "is unrelated to",
    }[kind]
    return f"{new} {phrase} {old}: {details}" if details else f"{new} {phrase} {old}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
