"""Refining a replaced block of tokens into the changes an editor would name.

The diff reports "these tokens became those"; an editor says "top → high, leader → chief",
"the headline was dropped", "a clause was added". A block is first judged as a whole: when
its two sides share almost no words and one side is long, it is an omission and an
addition, never a substitution of eighty words by three. Otherwise the block is aligned
token by token (Levenshtein), unchanged tokens inside it split it into runs, and each run
becomes a substitution, an omission or an addition. A dropped or added passage covers
whole sentences: the words at its ends that belong to a sentence going on beyond it (a swap
right beside a dropped sentence) are refined on their own. Tokens are compared in NFC; two
that are equal so but written differently become a substitution of their own at the end.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence

from core.align import dmp, levenshtein
from core.model import ChangeKind
from core.patterns.categories import plain_quotes
from core.spans import Block, Piece, Tag
from core.text.sentences import split_sentences
from core.text.tokens import TokenPair, is_character_word, is_word, kind_of

# A side longer than this many words is a passage, not a rewording, unless similar.
LONG_RUN_WORDS = 6
# A long block whose sides differ this much in length and share fewer words than
# LOPSIDED_SIMILARITY is an omission plus an addition; so is any long block sharing fewer
# than MIN_SIMILARITY. Spun text swaps most words in place: similar lengths, low overlap.
LOPSIDED_LENGTH_RATIO = 0.5
LOPSIDED_SIMILARITY = 0.3
MIN_SIMILARITY = 0.12


# How a passage dropped and one added are reported: ``(old, new, block)`` to pieces.
Passage = Callable[[Sequence[str], Sequence[str], Block], list[Piece]]


def refine(old: Sequence[str], new: Sequence[str], block: Block) -> list[Piece]:
    """Return the changes that make ``old[a0:a1]`` into ``new[b0:b1]``, in order."""
    return _refine(old, new, block, _passage)


def _refine(old: Sequence[str], new: Sequence[str], block: Block, passage: Passage
            ) -> list[Piece]:
    a0, a1, b0, b1 = block
    if a0 == a1 or b0 == b1:
        return _one_sided(block)
    old_words = _words(old[a0:a1])
    new_words = _words(new[b0:b1])
    if _is_passage(old_words, new_words):
        return passage(old, new, block)
    pieces: list[Piece] = []
    for i0, i1, j0, j1 in _edit_runs(old[a0:a1], new[b0:b1]):
        pieces.extend(_run_pieces(old, new, Block(a0 + i0, a0 + i1, b0 + j0, b0 + j1),
                                  passage))
    return pieces


def whole(old: Sequence[str], new: Sequence[str], block: Block) -> list[Piece]:
    """A block of sentences unrelated to each other: the sentences wholly inside it are one
    omission and one addition, less what their two ends share; the words at either end that
    belong to a sentence going on beyond the block ("problem" of "delay the problem." before
    a dropped sentence) are refined on their own."""
    return _passage(old, new, block, _whole_sentences)


def _passage(old: Sequence[str], new: Sequence[str], block: Block,
             middle: Passage | None = None) -> list[Piece]:
    """A passage dropped and one added: its whole sentences reported by ``middle`` (by
    default one omission and one addition), the rest of a sentence at either end refined
    on its own."""
    middle = middle or _dropped_and_added
    a0, a1, b0, b1 = block
    old_head, old_tail = _partial_ends(old, a0, a1)
    new_head, new_tail = _partial_ends(new, b0, b1)
    if (old_head, old_tail, new_head, new_tail) == (a0, a1, b0, b1) or (
            (old_head, new_head) == (a1, b1)):
        return middle(old, new, block)  # no partial sentence, or no sentence boundary
    return [*_refine(old, new, Block(a0, old_head, b0, new_head), _dropped_and_added),
            *middle(old, new, Block(old_head, old_tail, new_head, new_tail)),
            *_refine(old, new, Block(old_tail, a1, new_tail, b1), _dropped_and_added)]


def _partial_ends(tokens: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Where the whole sentences of ``tokens[start:end]`` begin and end: after the rest of
    a sentence begun before ``start``, before the start of one going on after ``end``."""
    starts_whole, ends_whole = _at_boundary(tokens, start), _at_boundary(tokens, end)
    if starts_whole and ends_whole:
        return start, end  # most passages: whole sentences (no need to find the inner ones)
    inner = [s for s in _sentence_starts(tokens, start, end) if start < s < end]
    head = start if starts_whole else (inner[0] if inner else end)
    tail = end if ends_whole else max([head, *inner[-1:]])
    return head, tail


# Tokens enough to see a sentence end behind a position: a word, a point, a quote, a space.
_LOOK_AROUND = 4


def _sentence_starts(tokens: Sequence[str], start: int, end: int) -> list[int]:
    """Where sentences start in ``tokens[start:end]``, seen with a few tokens before it."""
    lo = max(0, start - _LOOK_AROUND)
    found = [lo + s for s, _ in split_sentences(tokens[lo:end])]
    return found if lo == 0 else found[1:]  # the window's own start is none


def _at_boundary(tokens: Sequence[str], index: int) -> bool:
    """True when a sentence ends and the next begins at ``index``, give or take white space
    and punctuation (the point that ends a dropped sentence may be matched to another's),
    or the text starts or ends there."""
    if index <= 0 or index >= len(tokens):
        return True
    end = min(len(tokens), index + _LOOK_AROUND)
    for found in [*_sentence_starts(tokens, index, end), *([end] if end == len(tokens) else [])]:
        low, high = sorted((found, index))
        if not any(is_word(token) for token in tokens[low:high]):
            return True
    return False


def _whole_sentences(old: Sequence[str], new: Sequence[str], block: Block) -> list[Piece]:
    """One omission and one addition, less what the block's two ends share."""
    a0, a1, b0, b1 = block
    while a0 < a1 and b0 < b1 and old[a0] == new[b0]:
        a0, b0 = a0 + 1, b0 + 1
    while a0 < a1 and b0 < b1 and old[a1 - 1] == new[b1 - 1]:
        a1, b1 = a1 - 1, b1 - 1
    pieces = []
    if a0 < a1:
        pieces.append(Piece(ChangeKind.OMISSION, a0, a1, b0, b0))
    if b0 < b1:
        pieces.append(Piece(ChangeKind.ADDITION, a1, a1, b0, b1))
    return pieces


def _dropped_and_added(old: Sequence[str], new: Sequence[str], block: Block) -> list[Piece]:
    """``old[a0:a1]`` as one omission and ``new[b0:b1]`` as one addition."""
    a0, a1, b0, b1 = block
    return [Piece(ChangeKind.OMISSION, a0, a1, b0, b0), Piece(ChangeKind.ADDITION, a1, a1, b0, b1)]


def _one_sided(block: Block) -> list[Piece]:
    a0, a1, b0, b1 = block
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


def _edit_runs(old: Sequence[str], new: Sequence[str]) -> list[Block]:
    """Maximal stretches of the block that differ, between tokens that align unchanged.

    Tokens that differ only in case or quote style ("Work" and "work", "’" and "'") pair
    as equal, so that "Work on" → "Do work on" is "Do " added before a case change; each
    such pair is a run of its own (a formatting change), never merged with a neighbour."""
    old_symbols, new_symbols = dmp.encode([pairing_key(t) for t in old],
                                          [pairing_key(t) for t in new])
    runs: list[Block] = []
    sealed = 0  # how many runs are closed to merging: up to those that pair alike tokens
    for tag, i1, i2, j1, j2 in levenshtein.align(old_symbols, new_symbols):
        if tag is Tag.EQUAL:
            runs.extend(Block(i1 + k, i1 + k + 1, j1 + k, j1 + k + 1)
                        for k in range(i2 - i1) if old[i1 + k] != new[j1 + k])
            sealed = len(runs)
            continue
        if len(runs) > sealed and runs[-1].a1 == i1 and runs[-1].b1 == j1:
            i0, _, j0, _ = runs.pop()
            i1, j1 = i0, j0
        runs.append(Block(i1, i2, j1, j2))
    return runs


@functools.lru_cache(maxsize=1 << 16)
def pairing_key(token: str) -> str:
    """What a token is aligned by: its letters folded to one case, its quote marks made
    straight; white space as it is (a paragraph break is no space)."""
    if token.isspace():
        return token
    return plain_quotes(token).casefold()


def _run_pieces(old: Sequence[str], new: Sequence[str], run: Block, passage: Passage
                ) -> list[Piece]:
    """One run: an omission, an addition, a substitution, or a passage swapped whole."""
    a0, a1, b0, b1 = run
    if a0 == a1 or b0 == b1:
        return _one_sided(run)
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
    if fewer == 0 and more > 2:
        return _dropped_and_added(old, new, run)
    if fewer > 2 and _is_passage(old_words, new_words):
        return passage(old, new, run)
    return [Piece(ChangeKind.SUBSTITUTION, a0, a1, b0, b1)]


def _pairs_token_by_token(old: Sequence[str], new: Sequence[str]) -> bool:
    """True when a run swaps tokens one for one, each for one of its kind ("While\n\n" →
    "while\n"): then each swap is a change of its own, with its own category. Not so for
    Chinese or Japanese characters: 星期二 → 礼拜三 is one change, not three."""
    return len(old) == len(new) > 1 and all(
        kind_of(a) is kind_of(b) and not is_character_word(a) for a, b in zip(old, new, strict=True)
    )


def with_written_forms(pieces: list[Piece], pair: TokenPair) -> list[Piece]:
    """``pieces`` (in document order, found on the tokens as compared, in NFC) and a
    substitution for each token they leave unchanged that is written differently in OLD and
    NEW: equal in NFC, so aligned, but not the same code points, which the edit script must
    rebuild. Tokens compared as written need nothing of this."""
    if pair.old.tokens is pair.old.written and pair.new.tokens is pair.new.written:
        return pieces
    old, new = pair.old.written, pair.new.written
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
