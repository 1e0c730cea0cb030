"""Refining a replaced block of tokens into the changes an editor would name.

The diff reports "these tokens became those"; an editor says "top → high, leader → chief",
"the headline was dropped", "a clause was added". A block is first judged as a whole: when
its two sides share almost no words and one side is long, it is an omission and an
addition, never a substitution of eighty words by three. Otherwise the block is aligned
token by token (Levenshtein), unchanged tokens inside it split it into runs, and each run
becomes a substitution, an omission or an addition. Tokens are compared in NFC; two that are
equal so but written differently become a substitution of their own at the end.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from core.align import dmp, levenshtein
from core.model import ChangeKind
from core.text.tokens import is_character_word, is_word, kind_of

# A side longer than this many words is a passage, not a rewording, unless similar.
LONG_RUN_WORDS = 6
# A long block whose sides differ this much in length and share fewer words than
# LOPSIDED_SIMILARITY is an omission plus an addition; so is any long block sharing fewer
# than MIN_SIMILARITY. Spun text swaps most words in place: similar lengths, low overlap.
LOPSIDED_LENGTH_RATIO = 0.5
LOPSIDED_SIMILARITY = 0.3
MIN_SIMILARITY = 0.12


class Piece(NamedTuple):
    """One refined change, as token ranges ``old[a0:a1]`` → ``new[b0:b1]``; ``move`` is the
    number of the moved passage an omission or addition belongs to. (A named tuple, not a
    dataclass: a long text makes tens of thousands, and a frozen dataclass is several
    times slower to build.)"""

    kind: ChangeKind
    a0: int
    a1: int
    b0: int
    b1: int
    move: int | None = None


def refine(old: Sequence[str], new: Sequence[str], a0: int, a1: int, b0: int,
           b1: int) -> list[Piece]:
    """Return the changes that make ``old[a0:a1]`` into ``new[b0:b1]``, in order."""
    if a0 == a1 or b0 == b1:
        return _one_sided(a0, a1, b0, b1)
    old_words = _words(old[a0:a1])
    new_words = _words(new[b0:b1])
    if _is_passage(old_words, new_words):
        return _dropped_and_added(a0, a1, b0, b1)
    pieces: list[Piece] = []
    for i0, i1, j0, j1 in _edit_runs(old[a0:a1], new[b0:b1]):
        pieces.extend(_run_pieces(old, new, a0 + i0, a0 + i1, b0 + j0, b0 + j1))
    return pieces


def _dropped_and_added(a0: int, a1: int, b0: int, b1: int) -> list[Piece]:
    """``old[a0:a1]`` as one omission and ``new[b0:b1]`` as one addition."""
    return [Piece(ChangeKind.OMISSION, a0, a1, b0, b0), Piece(ChangeKind.ADDITION, a1, a1, b0, b1)]


def _one_sided(a0: int, a1: int, b0: int, b1: int) -> list[Piece]:
    if a0 == a1 and b0 == b1:
        return []
    kind = ChangeKind.ADDITION if a0 == a1 else ChangeKind.OMISSION
    return [Piece(kind, a0, a1, b0, b1)]


def _words(tokens: Sequence[str]) -> list[str]:
    return [token.casefold() for token in tokens if is_word(token)]


def _is_passage(old_words: list[str], new_words: list[str]) -> bool:
    """True when one side is long and the two share too little to be a rewording."""
    if max(len(old_words), len(new_words)) <= LONG_RUN_WORDS:
        return False
    if not old_words or not new_words:
        return True
    old_symbols, new_symbols = dmp.encode(old_words, new_words)
    shared = levenshtein.ratio(old_symbols, new_symbols)
    lopsided = min(len(old_words), len(new_words)) < LOPSIDED_LENGTH_RATIO * max(
        len(old_words), len(new_words))
    return shared < MIN_SIMILARITY or (lopsided and shared < LOPSIDED_SIMILARITY)


def _edit_runs(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """Maximal stretches of the block that differ, between tokens that align unchanged."""
    old_symbols, new_symbols = dmp.encode(old, new)
    runs: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in levenshtein.align(old_symbols, new_symbols):
        if tag == "equal":
            continue
        if runs and runs[-1][1] == i1 and runs[-1][3] == j1:
            i0, _, j0, _ = runs.pop()
            i1, j1 = i0, j0
        runs.append((i1, i2, j1, j2))
    return runs


def _run_pieces(old: Sequence[str], new: Sequence[str], a0: int, a1: int, b0: int,
                b1: int) -> list[Piece]:
    """One run: an omission, an addition, a substitution, or a passage swapped whole."""
    if a0 == a1 or b0 == b1:
        return _one_sided(a0, a1, b0, b1)
    if _pairs_token_by_token(old[a0:a1], new[b0:b1]):
        return [
            Piece(ChangeKind.SUBSTITUTION, a0 + k, a0 + k + 1, b0 + k, b0 + k + 1)
            for k in range(a1 - a0)
            if old[a0 + k] != new[b0 + k]
        ]
    old_words = _words(old[a0:a1])
    new_words = _words(new[b0:b1])
    fewer, more = sorted((len(old_words), len(new_words)))
    # words on one side against mere punctuation on the other, or two unrelated passages:
    # two separate changes
    if (fewer == 0 and more > 2) or (fewer > 2 and _is_passage(old_words, new_words)):
        return _dropped_and_added(a0, a1, b0, b1)
    return [Piece(ChangeKind.SUBSTITUTION, a0, a1, b0, b1)]


def _pairs_token_by_token(old: Sequence[str], new: Sequence[str]) -> bool:
    """True when a run swaps tokens one for one, each for one of its kind ("While\n\n" →
    "while\n"): then each swap is a change of its own, with its own category. Not so for
    Chinese or Japanese characters: 星期二 → 礼拜三 is one change, not three."""
    return len(old) == len(new) > 1 and all(
        kind_of(a) is kind_of(b) and not is_character_word(a) for a, b in zip(old, new, strict=True)
    )


def with_written_forms(pieces: list[Piece], compared: tuple[Sequence[str], Sequence[str]],
                       written: tuple[Sequence[str], Sequence[str]]) -> list[Piece]:
    """``pieces`` (in document order, found on the tokens as ``compared``, in NFC) and a
    substitution for each token they leave unchanged that is ``written`` differently in
    OLD and NEW: equal in NFC, so aligned, but not the same code points, which the edit
    script must rebuild. Tokens compared as written need nothing of this."""
    if compared[0] is written[0] and compared[1] is written[1]:
        return pieces
    old, new = written
    result: list[Piece] = []
    at = 0
    for i, j in _aligned(pieces, len(old), len(new)):
        while at < len(pieces) and pieces[at].a0 <= i and pieces[at].b0 <= j:
            result.append(pieces[at])
            at += 1
        if old[i] != new[j]:
            result.append(Piece(ChangeKind.SUBSTITUTION, i, i + 1, j, j + 1))
    return result + pieces[at:]


def _aligned(pieces: list[Piece], old_length: int, new_length: int
             ) -> Iterator[tuple[int, int]]:
    """The pairs of tokens that ``pieces`` leave unchanged, in order."""
    a = b = 0
    for piece in [*pieces, Piece(ChangeKind.SUBSTITUTION, old_length, old_length,
                                  new_length, new_length)]:
        yield from zip(range(a, piece.a0), range(b, piece.b0), strict=True)
        a, b = piece.a1, piece.b1
