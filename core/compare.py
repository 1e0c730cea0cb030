"""The comparison pipeline: two documents in, one `Comparison` out.

Each step is a line or two in `_compare`; the steps live in their own stage packages. Align
first, then diff: words are aligned by anchors (`core.align.words`), sentences are paired
by content (`core.align.sentences`), regions that pair with nothing are reported whole,
replaced blocks are refined into word changes and cut into atomic swaps (`word_changes`,
the one stage function run on the whole document and again inside each moved passage),
moved passages are found among what was dropped and added (`core.changes.moves`), and the
substitutions are classified and counted into patterns (`core.patterns`). The ignore rules
(`core.changes.ignoring`) fold the tokens compared, set boilerplate lines apart and flag what
they ignore, which is then counted nowhere. The result is the single value that the window,
the command line and the reports all read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.align import words
from core.align.sentences import (
    PAIR_SIMILARITY,
    Demoted,
    SentenceAlignment,
    align_sentences,
    demote,
)
from core.align.wording import Wording
from core.changes import expansions, moves, swaps
from core.changes.crossings import CrossedSwaps, no_crossed_swaps
from core.changes.ignoring import Ignoring, counted
from core.changes.kinship import WordKinship
from core.changes.refine import refine, whole, with_written_forms
from core.changes.sentence_edges import SentenceStarts
from core.collector import collector_paused
from core.lexicon.thesaurus import default_thesaurus
from core.model import (
    Category,
    Change,
    ChangeKind,
    CompareOptions,
    Comparison,
    Counts,
    Document,
    Move,
    MoveEdit,
    Progress,
    Range,
    SentencePair,
)
from core.patterns import counting
from core.patterns.categories import Classifier, ContentCategories, SynonymTest
from core.patterns.profile import profile as pair_profile
from core.spans import Piece, Tag
from core.text import tokens
from core.text.sentences import split_sentences
from core.text.tokens import TokenPair


@dataclass(frozen=True)
class Lexicon:
    """What the change stages ask of words, remembered through one comparison: dictionary
    synonyms, the category of a pair of phrases, and their kinship as a swap."""

    synonyms: SynonymTest
    categories: ContentCategories
    kinship: WordKinship
    parts_of_speech: Callable[[str], str]

    @classmethod
    def default(cls) -> Lexicon:
        thesaurus = default_thesaurus()
        categories = ContentCategories(thesaurus.are_related)
        return cls(thesaurus.are_related, categories, WordKinship(categories),
                   thesaurus.parts_of_speech)

    def crossed_swaps(self, seen: swaps.Evidence) -> CrossedSwaps:
        """What tells a swap moved across a word, by these words and the swaps ``seen``."""
        return CrossedSwaps(self.kinship, seen, self.parts_of_speech)


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
    ignoring = Ignoring.of(old.text, new.text, options.ignore)
    pair = ignoring.pair
    lexicon = Lexicon.default() if options.mine_patterns else None
    old_sentences = split_sentences(ignoring.sentence_tokens(pair.old))
    new_sentences = split_sentences(ignoring.sentence_tokens(pair.new))
    opcodes = words.align(pair.old.tokens, pair.new.tokens, progress)
    wording = Wording.of(pair)
    paired = align_sentences(pair, old_sentences, new_sentences, opcodes, wording)
    blocks = demote(opcodes, old_sentences, new_sentences, paired) if options.align_sentences \
        else [Demoted(op, False) for op in opcodes]
    pieces, seen = word_changes(pair, blocks, lexicon, sentences=(old_sentences, new_sentences))
    moved: list[moves.MovedPassage] = []
    if options.detect_moves:
        pieces, moved = moves.find_moves(pair, pieces, old_sentences, new_sentences,
                                         options.min_move_words, wording)
    pieces = ignoring.set_apart(with_written_forms(pieces, pair))
    crossed = lexicon.crossed_swaps(seen) if lexicon is not None else None
    classify = Classifier(lexicon.categories if lexicon is not None else None, crossed)
    versions = (old, new)
    changes = ignoring.flagged(_changes(versions, pair, pieces, classify), pieces)
    found_moves = tuple(ignoring.kept_edits(_move(versions, pair, number, passage, seen,
                                                  lexicon, classify))
                        for number, passage in enumerate(moved))
    found = counting.find_patterns(_swaps(changes), found_moves, pair.old.tokens,
                                   crossed or no_crossed_swaps) if lexicon is not None else ()
    old_words, new_words = pair.old.words.count, pair.new.words.count
    if progress is not None:
        progress(1.0)
    similarity = _similarity(changes, old_words, new_words)
    profile = pair_profile(found, old_words, len(found_moves), similarity, new_words) \
        if lexicon is not None else None
    return Comparison(
        old=old, new=new, changes=changes, moves=found_moves, patterns=found,
        similarity=similarity, old_words=old_words, new_words=new_words, profile=profile,
        sentence_pairs=_sentence_pairs(pair, paired, old_sentences, new_sentences),
        counts=Counts.of(changes), same_sentence_similarity=PAIR_SIMILARITY,
        ignore=options.ignore,
    )


def word_changes(pair: TokenPair, blocks: Sequence[Demoted], lexicon: Lexicon | None,
                 seen: swaps.Evidence | None = None,
                 sentences: tuple[list[Range], list[Range]] | None = None
                 ) -> tuple[list[Piece], swaps.Evidence]:
    """The changes stage: every changed block refined into word changes (a block of
    unrelated sentences reported whole), substituted runs cut into atomic swaps by the
    document's evidence (``seen``, else gathered here) and the ``lexicon``, and short
    insertions read as expansions of their neighbour word. Without a lexicon the refined
    changes are left as they are. Given both sides' ``sentences``, whole sentences inside
    a substitution are cut off first. Returns the pieces and the evidence used."""
    old, new = pair.old.tokens, pair.new.tokens
    pieces = [piece for block in blocks if block.opcode.tag is not Tag.EQUAL
              for piece in (whole if block.unrelated else refine)(old, new, block.opcode.block)]
    if lexicon is None:
        return pieces, {}
    starts = SentenceStarts(*sentences, old, new) if sentences is not None else None
    if starts is not None:
        pieces = starts.apart(pieces)
    runs = swaps.group_runs(pair, pieces, starts.holds_sentence if starts else None)
    if seen is None:
        seen = swaps.evidence(pair, runs)
    swapped = lexicon.crossed_swaps(seen).accepts
    pieces = swaps.atomic_pieces(pair, runs, seen, lexicon.kinship, swapped)
    return expansions.expand(old, new, pieces, lexicon.synonyms, lexicon.kinship.known_phrase,
                             swapped), seen


Versions = tuple[Document, Document]


def _located(versions: Versions, pair: TokenPair, piece: Piece
             ) -> tuple[int, int, int, int, str, str]:
    """A piece's character ranges in OLD and NEW and the texts they hold."""
    old_start, old_end = pair.old.starts[piece.a0], pair.old.starts[piece.a1]
    new_start, new_end = pair.new.starts[piece.b0], pair.new.starts[piece.b1]
    return (old_start, old_end, new_start, new_end, versions[0].text[old_start:old_end],
            versions[1].text[new_start:new_end])


def _changes(versions: Versions, pair: TokenPair, pieces: list[Piece], classify: Classifier
             ) -> list[Change]:
    # (one pass over a book's hundreds of thousands of pieces: names bound once, and the
    # fields given in order, as `_located` would find them)
    old_starts, new_starts = pair.old.starts, pair.new.starts
    old_text, new_text = versions[0].text, versions[1].text
    changes: list[Change] = []
    for number, (kind, a0, a1, b0, b1, move) in enumerate(pieces):
        old_start, old_end, new_start, new_end = (old_starts[a0], old_starts[a1],
                                                  new_starts[b0], new_starts[b1])
        old_part, new_part = old_text[old_start:old_end], new_text[new_start:new_end]
        changes.append(Change(number, kind, classify(kind, old_part, new_part), old_start,
                              old_end, new_start, new_end, old_part, new_part, move))
    return changes


def _move(versions: Versions, pair: TokenPair, number: int, passage: moves.MovedPassage,
          seen: swaps.Evidence, lexicon: Lexicon | None, classify: Classifier) -> Move:
    """The move with the substitutions made inside it, found by the same changes stage as
    the whole document's (with the whole document's evidence)."""
    inside = pair.part(passage.a0, passage.a1, passage.b0, passage.b1)
    opcodes = words.align(inside.old.tokens, inside.new.tokens)
    pieces, _ = word_changes(inside, [Demoted(op, False) for op in opcodes], lexicon, seen)
    edits = []
    for piece in pieces:
        if piece.kind is ChangeKind.SUBSTITUTION:
            old_start, old_end, new_start, new_end, old_text, new_text = _located(
                versions, inside, piece)
            edits.append(MoveEdit(old_text, new_text, old_start, old_end, new_start, new_end,
                                  classify(piece.kind, old_text, new_text)))
    return Move(
        id=number,
        old_start=pair.old.starts[passage.a0], old_end=pair.old.starts[passage.a1],
        new_start=pair.new.starts[passage.b0], new_end=pair.new.starts[passage.b1],
        similarity=passage.similarity, substitutions=tuple(edits),
    )


def _sentence_pairs(pair: TokenPair, paired: SentenceAlignment, old_sentences: list[Range],
                    new_sentences: list[Range]) -> tuple[SentencePair, ...]:
    found = []
    for match in paired.matches:
        a0, a1 = old_sentences[match.old_index]
        b0, b1 = new_sentences[match.new_index]
        found.append(SentencePair(pair.old.starts[a0], pair.old.starts[a1],
                                  pair.new.starts[b0], pair.new.starts[b1], match.similarity))
    return tuple(found)


def _swaps(changes: Sequence[Change]) -> list[Change]:
    """The changes patterns are counted from: not those the rules ignore, nor a quotation
    mark that came or went (no words were swapped)."""
    return [change for change in counted(changes) if change.category is not Category.QUOTATION]


def _similarity(changes: Sequence[Change], old_words: int, new_words: int) -> float:
    """Share of words, over both versions, that no content change touches (moved text
    counts as kept: its words are still there, as are a quotation's that lost its marks)."""
    if old_words + new_words == 0:
        return 1.0
    texts: Counter[str] = Counter()  # each distinct text counted once: a book repeats its swaps
    for change in changes:
        if (not change.category.is_formatting and change.move is None and not change.ignored
                and change.category is not Category.QUOTATION):
            texts[change.old_text] += 1
            texts[change.new_text] += 1
    changed = sum(tokens.count_words(text) * times for text, times in texts.items())
    return max(0.0, 1.0 - changed / (old_words + new_words))
