"""The comparison pipeline: two documents in, one `Comparison` out.

Each step is one line in `compare`; the steps live in their own modules. Align first, then
diff: words are aligned by anchors, sentences are paired by content, regions that pair with
nothing are reported whole, replaced blocks are refined into word changes and cut into
atomic swaps, moved passages are found among what was dropped and added, and the
substitutions are counted into patterns. The result is the single value that the window,
the command line and the reports all read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from core.align import words
from core.align.dmp import Opcode
from core.align.sentences import PAIR_SIMILARITY, SentenceAlignment, align_sentences, demote
from core.changes import expansions, moves, swaps
from core.changes.kinship import WordKinship
from core.changes.refine import Piece, refine, with_written_forms
from core.collector import collector_paused
from core.lexicon.thesaurus import default_thesaurus
from core.model import (
    Change,
    ChangeKind,
    CompareOptions,
    Comparison,
    Counts,
    Document,
    Move,
    MoveEdit,
    Progress,
    SentencePair,
)
from core.patterns import counting
from core.patterns.categories import Classifier, ContentCategories, SynonymTest
from core.patterns.profile import profile as pair_profile
from core.text import tokens
from core.text.sentences import split_sentences


@dataclass(frozen=True)
class _Sides:
    """Both versions' texts, tokens, token offsets and sentences, computed once. The tokens
    are compared in NFC (`tokens.comparable`); ``*_written`` are them as written."""

    old: Document
    new: Document
    old_tokens: list[str]
    new_tokens: list[str]
    old_at: list[int]
    new_at: list[int]
    old_words: tokens.WordIndex
    new_words: tokens.WordIndex
    old_written: list[str]
    new_written: list[str]


def compare(old: Document, new: Document, options: CompareOptions | None = None,
            progress: Progress | None = None) -> Comparison:
    """Compare ``old`` with ``new`` and return everything that changed between them.

    ``progress``, when given, is called now and then with the share done (0.0 to 1.0); it
    may raise `Cancelled` to stop the work, and the exception propagates to the caller.
    """
    with collector_paused():
        return _compare(old, new, options or CompareOptions(), progress)


def _compare(old: Document, new: Document, options: CompareOptions,
             progress: Progress | None) -> Comparison:
    sides = _sides(old, new)
    synonyms = default_thesaurus().are_related
    old_sentences = split_sentences(sides.old_tokens)
    new_sentences = split_sentences(sides.new_tokens)
    opcodes = words.align(sides.old_tokens, sides.new_tokens, progress)
    paired = align_sentences(sides.old_tokens, sides.new_tokens, old_sentences, new_sentences,
                             opcodes, (sides.old_words, sides.new_words))
    blocks = demote(opcodes, old_sentences, new_sentences, paired) if options.align_sentences \
        else [(op, False) for op in opcodes]
    categories = ContentCategories(synonyms)
    kinship = WordKinship(categories)
    pieces, seen = _atomic(sides, _pieces(sides, blocks), kinship, synonyms,
                           options.mine_patterns)
    moved: list[moves.MovedPassage] = []
    if options.detect_moves:
        pieces, moved = moves.find_moves(sides.old_tokens, sides.new_tokens, pieces,
                                         old_sentences, new_sentences, options.min_move_words,
                                         sides.new_words)
    pieces = with_written_forms(pieces, (sides.old_tokens, sides.new_tokens),
                                (sides.old_written, sides.new_written))
    classify = Classifier(categories if options.mine_patterns else None)
    changes = tuple(_changes(sides, pieces, classify))
    found_moves = tuple(_move(sides, number, passage, seen, kinship, categories, synonyms)
                        for number, passage in enumerate(moved))
    found = counting.find_patterns(changes, found_moves) if options.mine_patterns else ()
    old_words, new_words = sides.old_words.count, sides.new_words.count
    if progress is not None:
        progress(1.0)
    similarity = _similarity(changes, old_words, new_words)
    profile = pair_profile(found, old_words, len(found_moves), similarity, new_words) \
        if options.mine_patterns else None
    return Comparison(
        old=old, new=new, changes=changes, moves=found_moves, patterns=found,
        similarity=similarity, old_words=old_words, new_words=new_words, profile=profile,
        sentence_pairs=_sentence_pairs(sides, paired, old_sentences, new_sentences),
        counts=Counts.of(changes), same_sentence_similarity=PAIR_SIMILARITY,
    )


def _sides(old: Document, new: Document) -> _Sides:
    old_written, new_written = tokens.split(old.text), tokens.split(new.text)
    old_tokens = tokens.comparable(old.text, old_written)
    new_tokens = tokens.comparable(new.text, new_written)
    return _Sides(old, new, old_tokens, new_tokens, _offsets(old_written),
                  _offsets(new_written), tokens.WordIndex(old_tokens),
                  tokens.WordIndex(new_tokens), old_written, new_written)


def _tokens(sides: _Sides) -> swaps.Tokens:
    return swaps.Tokens(sides.old_tokens, sides.new_tokens, sides.old_words, sides.new_words)


def _offsets(token_texts: Sequence[str]) -> list[int]:
    """Character offset of every token's start, plus the text's length at the end."""
    return [0, *accumulate(len(token) for token in token_texts)]


def _pieces(sides: _Sides, blocks: list[tuple[Opcode, bool]]) -> list[Piece]:
    """Refine every changed block; a block of unrelated sentences is reported whole."""
    old, new = sides.old_tokens, sides.new_tokens
    pieces: list[Piece] = []
    for (tag, a0, a1, b0, b1), unrelated in blocks:
        if tag == "equal":
            continue
        pieces.extend(_whole(old, new, a0, a1, b0, b1) if unrelated
                      else refine(old, new, a0, a1, b0, b1))
    return pieces


def _whole(old: Sequence[str], new: Sequence[str], a0: int, a1: int, b0: int, b1: int
           ) -> list[Piece]:
    """A block as one omission and one addition, less what its two ends share."""
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


def _atomic(sides: _Sides, pieces: list[Piece], kinship: swaps.Kinship, synonyms: SynonymTest,
            mine: bool) -> tuple[list[Piece], swaps.Evidence]:
    """Cut substituted runs into atomic swaps, then read short insertions as expansions;
    with ``mine`` off, leave the pieces as they are. Returns them with the evidence used."""
    if not mine:
        return pieces, {}
    both = _tokens(sides)
    runs = swaps.group_runs(both, pieces)
    seen = swaps.evidence(both, runs)
    pieces = swaps.atomic_pieces(both, runs, seen, kinship)
    return expansions.expand(sides.old_tokens, sides.new_tokens, pieces, synonyms), seen


def _changes(sides: _Sides, pieces: list[Piece], classify: Classifier
             ) -> list[Change]:
    changes: list[Change] = []
    for piece in pieces:
        old_start, old_end = sides.old_at[piece.a0], sides.old_at[piece.a1]
        new_start, new_end = sides.new_at[piece.b0], sides.new_at[piece.b1]
        old_text = sides.old.text[old_start:old_end]
        new_text = sides.new.text[new_start:new_end]
        changes.append(Change(
            id=len(changes), kind=piece.kind,
            category=classify(piece.kind, old_text, new_text),
            old_start=old_start, old_end=old_end, new_start=new_start, new_end=new_end,
            old_text=old_text, new_text=new_text, move=piece.move,
        ))
    return changes


def _move(sides: _Sides, number: int, passage: moves.MovedPassage, seen: swaps.Evidence,
          kinship: swaps.Kinship, categories: ContentCategories,
          synonyms: SynonymTest) -> Move:
    """The move with the substitutions made inside it, in absolute positions."""
    old = sides.old_tokens[passage.a0:passage.a1]
    new = sides.new_tokens[passage.b0:passage.b1]
    both = swaps.Tokens.of(old, new)
    inner = swaps.atomic_pieces(both, swaps.group_runs(both, [
        piece for tag, a0, a1, b0, b1 in words.align(old, new) if tag != "equal"
        for piece in refine(old, new, a0, a1, b0, b1)
    ]), seen, kinship)
    inner = expansions.expand(old, new, inner, synonyms)
    classify = Classifier(categories)
    edits = []
    for piece in inner:
        if piece.kind is not ChangeKind.SUBSTITUTION:
            continue
        os_, oe = sides.old_at[passage.a0 + piece.a0], sides.old_at[passage.a0 + piece.a1]
        ns, ne = sides.new_at[passage.b0 + piece.b0], sides.new_at[passage.b0 + piece.b1]
        old_text, new_text = sides.old.text[os_:oe], sides.new.text[ns:ne]
        edits.append(MoveEdit(old_text, new_text, os_, oe, ns, ne,
                              classify(piece.kind, old_text, new_text)))
    return Move(
        id=number,
        old_start=sides.old_at[passage.a0], old_end=sides.old_at[passage.a1],
        new_start=sides.new_at[passage.b0], new_end=sides.new_at[passage.b1],
        similarity=passage.similarity, substitutions=tuple(edits),
    )


def _sentence_pairs(sides: _Sides, paired: SentenceAlignment, old_sentences: list[tuple[
        int, int]], new_sentences: list[tuple[int, int]]) -> tuple[SentencePair, ...]:
    pairs = []
    for match in paired.matches:
        a0, a1 = old_sentences[match.old_index]
        b0, b1 = new_sentences[match.new_index]
        pairs.append(SentencePair(sides.old_at[a0], sides.old_at[a1], sides.new_at[b0],
                                  sides.new_at[b1], match.similarity))
    return tuple(pairs)


def _similarity(changes: Sequence[Change], old_words: int, new_words: int) -> float:
    """Share of words, over both versions, that no content change touches (moved text
    counts as kept: its words are still there)."""
    if old_words + new_words == 0:
        return 1.0
    changed = sum(
        tokens.count_words(change.old_text) + tokens.count_words(change.new_text)
        for change in changes
        if not change.category.is_formatting and change.move is None
    )
    return max(0.0, 1.0 - changed / (old_words + new_words))
