"""Anchored expansions: a word or two added or dropped beside an unchanged word.

"Chinese" → "Chinese language", "use" → "make use of", "with" → "together with": an editor
reads these as rewordings of the unchanged word, so they become substitutions that include
it (the anchor). Which neighbour is the anchor is decided by the document's own evidence:
an insertion that always follows the same word ("language" after "Chinese", five times)
belongs to that word; before that, a known expression the insertion makes with one
neighbour and not the other ("Willy " before "Brandt" makes "Willy Brandt"), and two words
between two anchors may go one to each ("cereal sales" → "cereal grass gross sales" is
cereal → cereal grass and sales → gross sales). Longer insertions, and any with sentence
punctuation, stay additions and omissions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.changes.crossings import MAX_CROSSED_WORDS
from core.lexicon.phrases import KnownPhrase
from core.lexicon.word_forms import fold
from core.model import ChangeKind
from core.spans import Piece
from core.text.tokens import TokenKind, is_word, kind_of

MAX_EXPANSION_WORDS = 2
SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION

# Tells whether (anchor, expanded phrase) is a known synonym pair, both folded.
SynonymTest = Callable[[str, str], bool]
# Tells whether words dropped and words added on either side of one word (both folded) are
# a swap moved across it (`core.changes.crossings.CrossedSwaps.accepts`).
CrossedTest = Callable[[str, str], bool]


def _nothing_known(phrase: str) -> bool:
    return False


@dataclass(frozen=True)
class Site:
    """An insertion (or deletion) and the unchanged words on either side of it.

    ``left``/``right`` are token indexes of the neighbouring words in the side that holds the
    inserted words (NEW for an addition, OLD for an omission), or -1 when there is none.
    """

    index: int  # position of the piece in the list
    phrase: str
    left: int
    right: int
    words: tuple[int, ...]  # the token indexes of the inserted (or dropped) words


def expand(old: Sequence[str], new: Sequence[str], pieces: list[Piece],
           synonyms: SynonymTest, known: KnownPhrase = _nothing_known,
           swapped: CrossedTest | None = None) -> list[Piece]:
    """Return ``pieces`` with short insertions and deletions joined to their anchor word;
    ``known`` tells the known expressions (none by default), ``swapped`` whether words
    dropped and added on either side of one word are a swap (see `_crossed`)."""
    sites = [site for index, piece in enumerate(pieces) if piece.kind is not SUB
             and (site := _site(old, new, pieces, index)) is not None]
    crossed, wide = _crossed(old, new, pieces, {site.index: site for site in sites}, swapped)
    if not sites and not wide:
        return pieces
    side_of = {id(pieces[s.index]): (old if pieces[s.index].kind is OMIT else new)
               for s in (*sites, *wide)}
    left_votes, right_votes = _votes(sites, side_of, pieces)
    flanked = _flanked_words(sites, pieces)
    result = [[piece] for piece in pieces]
    for site in (*sites, *wide):
        piece = pieces[site.index]
        side = side_of[id(piece)]
        halves = _halves(piece, site, side, known)
        if halves is not None:
            result[site.index] = [_joined(halves[0], site, True), _joined(halves[1], site, False)]
            continue
        anchor_left = crossed.get(site.index)
        if anchor_left is None:
            anchor_left = _known_anchor(site, side, known, left_votes, right_votes)
        if anchor_left is None:
            if (piece.kind, site.right) in flanked:
                anchor_left = False  # "make [use] of": the word between two insertions
            elif (piece.kind, site.left) in flanked:
                anchor_left = True
            else:
                anchor_left = _anchor_is_left(site, side, left_votes, right_votes, synonyms)
                if piece.kind is OMIT and not _rewords(site, side, anchor_left, left_votes,
                                                       right_votes, synonyms):
                    continue  # "also trying" → "trying": "also" dropped, nothing reworded
        result[site.index] = [_joined(piece, site, anchor_left)]
    return _merge_double_sided(old, new, [piece for group in result for piece in group])


def _crossed(old: Sequence[str], new: Sequence[str], pieces: list[Piece],
             sites: dict[int, Site], swapped: CrossedTest | None
             ) -> tuple[dict[int, bool], list[Site]]:
    """The anchor of a deletion and an insertion on either side of one unchanged word:
    that word, which they reword together ("1931 footbridge" → "footbridge of 1931"), by
    piece index: True for the word on its left. Longer ones, of up to MAX_CROSSED_WORDS a
    side, only when ``swapped`` tells the words dropped and added are a swap moved across
    the word ("are now" → "at the moment are"); their sites are returned too."""
    crossed: dict[int, bool] = {}
    wide: list[Site] = []
    for index in range(len(pieces) - 1):
        first, second = pieces[index], pieces[index + 1]
        if not (first.kind is OMIT and second.kind is ADD
                or first.kind is ADD and second.kind is OMIT):
            continue
        between = old[first.a1:second.a0]
        if between != new[first.b1:second.b0] or sum(map(is_word, between)) != 1 or any(
                not is_word(token) and (kind_of(token) is not TokenKind.SPACE or "\n" in token)
                for token in between):
            continue
        pair = [sites.get(index), sites.get(index + 1)]
        if None in pair:
            if swapped is None:
                continue
            pair = [site or _site(old, new, pieces, at, MAX_CROSSED_WORDS)
                    for at, site in zip((index, index + 1), pair, strict=True)]
            if pair[0] is None or pair[1] is None or not (
                    swapped(pair[0].phrase, pair[1].phrase) if first.kind is OMIT
                    else swapped(pair[1].phrase, pair[0].phrase)):
                continue
            wide.extend(site for at, site in zip((index, index + 1), pair, strict=True)
                        if at not in sites and site is not None)
        crossed[index], crossed[index + 1] = False, True
    return crossed, wide


def _rewords(site: Site, side: Sequence[str], anchor_left: bool,
             left_votes: Counter[tuple[str, str]], right_votes: Counter[tuple[str, str]],
             synonyms: SynonymTest) -> bool:
    """True when the words dropped beside the anchor reword it, as the document shows by
    dropping them beside the same word again, or the dictionary by knowing the longer
    phrase as a synonym of the word ("make use" → "use"); a word dropped once, beside a
    word it does not make a synonym of, is an omission."""
    anchor = fold(side[site.left if anchor_left else site.right])
    votes = (left_votes if anchor_left else right_votes)[(site.phrase, anchor)]
    longer = f"{anchor} {site.phrase}" if anchor_left else f"{site.phrase} {anchor}"
    return votes > 1 or synonyms(anchor, longer)


def _known_anchor(site: Site, side: Sequence[str], known: KnownPhrase,
                  left_votes: Counter[tuple[str, str]], right_votes: Counter[tuple[str, str]]
                  ) -> bool | None:
    """True (False) when the insertion makes a known expression with the word before
    (after) it and not with the other, and the document's votes do not say otherwise
    ("came [along] with", "along" before "with" three times: with → along with); None when
    that says nothing."""
    left = fold(side[site.left]) if site.left >= 0 else ""
    right = fold(side[site.right]) if site.right >= 0 else ""
    by_left = bool(left) and known(f"{left} {site.phrase}")
    by_right = bool(right) and known(f"{site.phrase} {right}")
    if by_left == by_right:
        return None
    votes = left_votes[(site.phrase, left)] - right_votes[(site.phrase, right)]
    if (votes < 0 and by_left) or (votes > 0 and by_right):
        return None
    return by_left


def _halves(piece: Piece, site: Site, side: Sequence[str], known: KnownPhrase
            ) -> tuple[Piece, Piece] | None:
    """Two words between two anchors, split one to each when each makes a known expression
    with its own neighbour ("cereal [grass gross] sales"); None otherwise."""
    if len(site.words) != 2 or site.left < 0 or site.right < 0:
        return None
    first, second = (fold(side[index]) for index in site.words)
    if not (known(f"{fold(side[site.left])} {first}")
            and known(f"{second} {fold(side[site.right])}")):
        return None
    start = piece.b0 if piece.kind is ADD else piece.a0
    # cut where each half keeps the piece's own form: "grass " + "gross ", " grass" + " gross"
    cut = site.words[1] - 1 if kind_of(side[start]) is TokenKind.SPACE else site.words[1]
    if piece.kind is ADD:
        return Piece(ADD, piece.a0, piece.a0, piece.b0, cut), Piece(ADD, piece.a0, piece.a0,
                                                                    cut, piece.b1)
    return Piece(OMIT, piece.a0, cut, piece.b0, piece.b0), Piece(OMIT, cut, piece.a1,
                                                                 piece.b0, piece.b0)


def _site(old: Sequence[str], new: Sequence[str], pieces: list[Piece], index: int,
          most_words: int = MAX_EXPANSION_WORDS) -> Site | None:
    piece = pieces[index]
    if piece.kind is SUB:
        return None
    side, start, end = (new, piece.b0, piece.b1) if piece.kind is ADD else (old, piece.a0, piece.a1)
    if end - start > 2 * most_words + 1:
        return None  # more tokens than two words and the spaces around them: a passage
    core = [i for i in range(start, end) if kind_of(side[i]) is not TokenKind.SPACE]
    if not core or len(core) > most_words or not all(is_word(side[i]) for i in core):
        return None
    left = _neighbour_word((old, new), core[0], -1, pieces, index)
    right = _neighbour_word((old, new), core[-1], +1, pieces, index)
    if left < 0 and right < 0:
        return None
    phrase = fold(" ".join(side[i] for i in core))
    return Site(index, phrase, left, right, tuple(core))


def _neighbour_word(sides: tuple[Sequence[str], Sequence[str]], at: int, step: int,
                    pieces: list[Piece], index: int) -> int:
    """The word next to ``at`` across at most one space, if it lies in unchanged text or
    only its case changed ("Corals" → "Red corals" is "Red " added beside "Corals" →
    "corals"); never across a line break (a dateline added above a paragraph is no part
    of its first word)."""
    kind = pieces[index].kind
    side = sides[1] if kind is ADD else sides[0]
    j = at + step
    if 0 <= j < len(side) and kind_of(side[j]) is TokenKind.SPACE:
        if "\n" in side[j]:
            return -1
        j += step
    if not (0 <= j < len(side)) or not is_word(side[j]):
        return -1
    piece = pieces[index]
    lo, hi = (piece.b0, piece.b1) if kind is ADD else (piece.a0, piece.a1)
    if lo <= j < hi:
        return -1
    neighbour = pieces[index + step] if 0 <= index + step < len(pieces) else None
    if neighbour is not None:
        n_lo, n_hi = (neighbour.b0, neighbour.b1) if kind is ADD else (neighbour.a0, neighbour.a1)
        if n_lo == j == n_hi - 1 and _case_only(sides, neighbour):
            return j
        if n_lo <= j < n_hi or (step > 0 and j >= n_lo) or (step < 0 and j < n_hi):
            return -1  # the neighbour word is itself changed
    return j


def _case_only(sides: tuple[Sequence[str], Sequence[str]], piece: Piece) -> bool:
    """True for a substitution of one word by the same word in another case."""
    old, new = sides
    return (piece.kind is SUB and piece.a1 - piece.a0 == 1 and piece.b1 - piece.b0 == 1
            and is_word(old[piece.a0]) and old[piece.a0] != new[piece.b0]
            and fold(old[piece.a0]) == fold(new[piece.b0]))


def _flanked_words(sites: list[Site], pieces: list[Piece]) -> set[tuple[ChangeKind, int]]:
    """Words with an insertion (or deletion) of the same kind right before and after."""
    before = {(pieces[s.index].kind, s.right) for s in sites if s.right >= 0}
    after = {(pieces[s.index].kind, s.left) for s in sites if s.left >= 0}
    return before & after


def _votes(sites: list[Site], side_of: dict[int, Sequence[str]], pieces: list[Piece]
           ) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    left: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for site in sites:
        side = side_of[id(pieces[site.index])]
        if site.left >= 0:
            left[(site.phrase, fold(side[site.left]))] += 1
        if site.right >= 0:
            right[(site.phrase, fold(side[site.right]))] += 1
    return left, right


def _anchor_is_left(site: Site, side: Sequence[str], left_votes: Counter[tuple[str, str]],
                    right_votes: Counter[tuple[str, str]], synonyms: SynonymTest) -> bool:
    if site.right < 0:
        return True
    if site.left < 0:
        return False
    left_word, right_word = fold(side[site.left]), fold(side[site.right])
    by_left = left_votes[(site.phrase, left_word)]
    by_right = right_votes[(site.phrase, right_word)]
    if by_left != by_right:
        return by_left > by_right  # the neighbour the insertion keeps returning to
    if synonyms(left_word, f"{left_word} {site.phrase}"):
        return True
    if synonyms(right_word, f"{site.phrase} {right_word}"):
        return False
    return site.phrase.endswith("ly")  # "could possibly": adverbs lean on the word before


def _joined(piece: Piece, site: Site, anchor_left: bool) -> Piece:
    """The insertion or deletion widened over its anchor word, as a substitution."""
    anchor = site.left if anchor_left else site.right
    if piece.kind is ADD:
        # NEW index ``anchor`` faces OLD index anchor - b0 + a0 (equal text around the piece)
        if anchor_left:
            return Piece(SUB, piece.a0 - (piece.b0 - anchor), piece.a0, anchor, piece.b1)
        return Piece(SUB, piece.a0, piece.a0 + (anchor - piece.b1) + 1, piece.b0, anchor + 1)
    if anchor_left:
        return Piece(SUB, anchor, piece.a1, piece.b0 - (piece.a0 - anchor), piece.b0)
    return Piece(SUB, piece.a0, anchor + 1, piece.b0, piece.b0 + (anchor - piece.a1) + 1)


def _merge_double_sided(old: Sequence[str], new: Sequence[str], pieces: list[Piece]
                        ) -> list[Piece]:
    """Two expansions sharing their anchor ("make use" + "use of") become one."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and piece.kind is SUB and merged[-1].kind is SUB and (
                piece.a0 < merged[-1].a1 or piece.b0 < merged[-1].b1):
            last = merged.pop()
            piece = last._replace(a1=max(last.a1, piece.a1), b1=max(last.b1, piece.b1))
        merged.append(piece)
    return [_trim(old, new, piece) if piece.kind is SUB and (
        old[piece.a0] == new[piece.b0] or old[piece.a1 - 1] == new[piece.b1 - 1]) else piece
        for piece in merged]


def _trim(old: Sequence[str], new: Sequence[str], piece: Piece) -> Piece:
    """Drop white space that stands at both ends of a piece alike."""
    a0, a1, b0, b1 = piece.a0, piece.a1, piece.b0, piece.b1
    while a0 < a1 and b0 < b1 and old[a0] == new[b0] and kind_of(old[a0]) is TokenKind.SPACE:
        a0, b0 = a0 + 1, b0 + 1
    while a0 < a1 and b0 < b1 and old[a1 - 1] == new[b1 - 1] and kind_of(
            old[a1 - 1]) is TokenKind.SPACE:
        a1, b1 = a1 - 1, b1 - 1
    return Piece(piece.kind, a0, a1, b0, b1)
