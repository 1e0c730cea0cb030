"""Moved passages: text dropped at one place and added at another, perhaps edited on the way.

Omitted and added text is cut into sentences; each omitted sentence is compared with the
added sentences that share its rarer words (an inverted index keeps this linear), and is
linked to the most similar one when they are similar enough (a third of the words may have
changed). Runs of linked sentences that follow each other on both sides form one passage;
a passage of at least ``CompareOptions.min_move_words`` words is a move. Its omission and
addition are cut out of the surrounding changes and carry the move's id.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from core.align import levenshtein
from core.align.sentences import sentence_similarity
from core.align.wording import SideWording, Wording
from core.model import ChangeKind, Range
from core.spans import Piece
from core.text.sentences import overlapping
from core.text.tokens import TokenPair

# Two sentences at least this similar are one sentence, moved (a third of words edited).
MOVE_SIMILARITY = 0.55
# A word in more added sentences than this is too common to find candidates by.
COMMON_WORD_SENTENCES = 40
# How many candidate sentences are measured for each omitted sentence.
CANDIDATES = 4


@dataclass(frozen=True)
class Fragment:
    """A sentence (or the part of one) inside an omission or addition piece."""

    piece: int  # index of the piece in the list
    start: int  # token range
    end: int
    words: list[str]
    spelled: str | None  # the words in the pair's alphabet (None: it ran out), see `Wording`


@dataclass(frozen=True)
class MovedPassage:
    """A move found in token ranges: ``old[a0:a1]`` stands at ``new[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int
    similarity: float
    old_piece: int  # the omission and the addition it is cut from
    new_piece: int


def find_moves(pair: TokenPair, pieces: list[Piece], old_sentences: list[Range],
               new_sentences: list[Range], min_words: int, wording: Wording | None = None
               ) -> tuple[list[Piece], list[MovedPassage]]:
    """Return the pieces with moved passages cut out and marked, and the passages found.

    ``wording`` is the pair's words as compared by content (made here when not given)."""
    wording = wording or Wording.of(pair)
    omitted = _fragments(wording.old, pieces, old_sentences, ChangeKind.OMISSION)
    added = _fragments(wording.new, pieces, new_sentences, ChangeKind.ADDITION)
    new_words = pair.new.words

    def far_enough(added_piece: int, omitted_piece: int) -> bool:
        # a move jumps over text: at least min_words words of NEW between where the passage
        # left (the omission's place in NEW) and where it arrived
        here, there = pieces[omitted_piece].b0, pieces[added_piece].b0
        lo, hi = min(here, there), max(here, there)
        between = new_words.count_in(lo, hi)
        if there < here:  # arrived earlier: the span counted holds the passage itself
            between -= new_words.count_in(pieces[added_piece].b0, pieces[added_piece].b1)
        return between >= min_words

    links = _links(omitted, added, far_enough)
    passages = [p for p in _passages(links, omitted, added) if _word_count(p) >= min_words]
    if not passages:
        return pieces, []
    moved = [
        MovedPassage(o[0].start, o[-1].end, a[0].start, a[-1].end, _fragment_similarity(o, a),
                     o[0].piece, a[0].piece)
        for o, a in passages
    ]
    return _cut(pieces, moved), moved


def _fragments(wording: SideWording, pieces: list[Piece], sentences: list[Range],
               kind: ChangeKind) -> list[Fragment]:
    fragments = []
    starts = [start for start, _ in sentences]
    for index, piece in enumerate(pieces):
        if piece.kind is not kind:
            continue
        lo, hi = (piece.a0, piece.a1) if kind is ChangeKind.OMISSION else (piece.b0, piece.b1)
        for k in overlapping(sentences, starts, lo, hi):
            start, end = max(lo, sentences[k][0]), min(hi, sentences[k][1])
            words = wording.words_in(start, end)
            if words:
                fragments.append(Fragment(index, start, end, words,
                                          wording.spelled_in(start, end)))
    return fragments


def _links(omitted: list[Fragment], added: list[Fragment], far_enough: Callable[[int, int], bool]
           ) -> dict[int, tuple[int, float]]:
    """For each omitted fragment, the added fragment it most resembles, if close enough in
    wording and far enough in place (``far_enough(added piece, omitted piece)``)."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for number, fragment in enumerate(added):
        for word in dict.fromkeys(fragment.words):
            index[word].append(number)
    links: dict[int, tuple[int, float]] = {}
    for number, fragment in enumerate(omitted):
        votes = _votes(fragment, index)
        for candidate in list(votes):
            if not far_enough(added[candidate].piece, fragment.piece):
                del votes[candidate]  # reworded in place, or crossed a word or two: no move
        best = _most_similar(fragment, added, votes)
        if best is not None:
            links[number] = best
    return links


def _votes(fragment: Fragment, index: dict[str, list[int]]) -> Counter[int]:
    """The added fragments that share the omitted ``fragment``'s rarer words, with how many."""
    votes: Counter[int] = Counter()
    # each word once, in reading order: a set's order changes from run to run (hash
    # seeds), and the order of the votes settles ties among the candidates
    for word in dict.fromkeys(fragment.words):
        holders = index.get(word, [])
        if len(holders) <= COMMON_WORD_SENTENCES:
            votes.update(holders)
    return votes


def _most_similar(fragment: Fragment, added: list[Fragment], votes: Counter[int]
                  ) -> tuple[int, float] | None:
    """The best-voted candidate most similar to ``fragment``, if similar enough for a move."""
    best: tuple[int, float] | None = None
    for candidate, _ in votes.most_common(CANDIDATES):
        score = _fragment_similarity([fragment], [added[candidate]])
        if score >= MOVE_SIMILARITY and (best is None or score > best[1]):
            best = (candidate, score)
    return best


def _passages(links: dict[int, tuple[int, float]], omitted: list[Fragment],
              added: list[Fragment]) -> list[tuple[list[Fragment], list[Fragment]]]:
    """Group links whose fragments follow each other in one piece on both sides."""
    passages: list[tuple[list[Fragment], list[Fragment]]] = []
    used: set[int] = set()
    previous: tuple[int, int] | None = None
    for o_number in sorted(links):
        a_number, _ = links[o_number]
        if a_number in used:
            continue
        used.add(a_number)
        follows = previous is not None and previous == (o_number - 1, a_number - 1) and (
            omitted[o_number].piece == omitted[o_number - 1].piece
            and added[a_number].piece == added[a_number - 1].piece)
        if follows:
            passages[-1][0].append(omitted[o_number])
            passages[-1][1].append(added[a_number])
        else:
            passages.append(([omitted[o_number]], [added[a_number]]))
        previous = (o_number, a_number)
    return passages


def _fragment_similarity(old: list[Fragment], new: list[Fragment]) -> float:
    """`sentence_similarity` of the words of ``old`` and of ``new``, each side joined (from
    their spellings, which a shared alphabet lets be compared as they are)."""
    old_spelled = [fragment.spelled for fragment in old if fragment.spelled is not None]
    new_spelled = [fragment.spelled for fragment in new if fragment.spelled is not None]
    if len(old_spelled) < len(old) or len(new_spelled) < len(new):  # the alphabet ran out
        return sentence_similarity(_joined(old), _joined(new))
    return levenshtein.ratio("".join(old_spelled), "".join(new_spelled))


def _joined(fragments: list[Fragment]) -> list[str]:
    return [word for fragment in fragments for word in fragment.words]


def _word_count(passage: tuple[list[Fragment], list[Fragment]]) -> int:
    return min(sum(len(fragment.words) for fragment in side) for side in passage)


def _cut(pieces: list[Piece], moved: list[MovedPassage]) -> list[Piece]:
    """Split omissions and additions around each moved passage and mark the moved parts."""
    cuts: defaultdict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for number, move in enumerate(moved):
        cuts[move.old_piece].append((move.a0, move.a1, number))
        cuts[move.new_piece].append((move.b0, move.b1, number))
    result = []
    for index, piece in enumerate(pieces):
        result.extend(_split(piece, sorted(cuts[index])) if index in cuts else [piece])
    return result


def _split(piece: Piece, cuts: list[tuple[int, int, int]]) -> list[Piece]:
    """The piece in parts: each moved stretch marked, the text around it left unmarked."""
    lo, hi = (piece.a0, piece.a1) if piece.kind is ChangeKind.OMISSION else (piece.b0, piece.b1)
    parts = []
    at = lo
    for start, end, move in cuts:
        if at < start:
            parts.append(_part(piece, at, start, None))
        parts.append(_part(piece, start, end, move))
        at = end
    if at < hi:
        parts.append(_part(piece, at, hi, None))
    return parts


def _part(piece: Piece, lo: int, hi: int, move: int | None) -> Piece:
    if piece.kind is ChangeKind.OMISSION:
        return piece._replace(a0=lo, a1=hi, b0=piece.b0, b1=piece.b0, move=move)
    return piece._replace(a0=piece.a0, a1=piece.a0, b0=lo, b1=hi, move=move)
