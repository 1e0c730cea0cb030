"""The comparison pipeline: two documents in, one `Comparison` out.

Each step is one line in `compare`; the steps live in their own modules. The result is the
single value that the window, the command line and the reports all read.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from core import alignment, expansions, patterns, swaps, tokens
from core.categories import SynonymTest, category_of
from core.model import Change, CompareOptions, Comparison, Document, Progress
from core.refine import Piece, refine
from core.thesaurus import default_thesaurus


def compare(old: Document, new: Document, options: CompareOptions | None = None,
            progress: Progress | None = None) -> Comparison:
    """Compare ``old`` with ``new`` and return everything that changed between them.

    ``progress``, when given, is called now and then with the share done (0.0 to 1.0); it
    may raise `Cancelled` to stop the work, and the exception propagates to the caller.
    """
    options = options or CompareOptions()
    old_tokens = tokens.split(old.text)
    new_tokens = tokens.split(new.text)
    synonyms = default_thesaurus().are_related
    pieces = _pieces(old_tokens, new_tokens, progress)
    pieces = _atomic(old_tokens, new_tokens, pieces, synonyms)
    changes = _changes(pieces, old, new, old_tokens, new_tokens)
    changes = tuple(patterns.classify_changes(changes, synonyms))
    found = patterns.find_patterns(changes)
    old_words = sum(1 for token in old_tokens if tokens.is_word(token))
    new_words = sum(1 for token in new_tokens if tokens.is_word(token))
    if progress is not None:
        progress(1.0)
    return Comparison(
        old=old,
        new=new,
        changes=changes,
        moves=(),
        patterns=found,
        similarity=_similarity(changes, old_words, new_words),
        old_words=old_words,
        new_words=new_words,
        profile=patterns.profile(found, old_words, moved=0),
    )


def _pieces(old: Sequence[str], new: Sequence[str], progress: Progress | None) -> list[Piece]:
    """Align the token sequences and refine every changed block into pieces."""
    pieces: list[Piece] = []
    for tag, a0, a1, b0, b1 in alignment.align(old, new, progress):
        if tag != "equal":
            pieces.extend(refine(old, new, a0, a1, b0, b1))
    return pieces


def _atomic(old: Sequence[str], new: Sequence[str], pieces: list[Piece],
            synonyms: SynonymTest) -> list[Piece]:
    """Cut substituted runs into atomic swaps, then read short insertions as expansions."""
    both = swaps.Tokens(old, new)
    scorer = patterns.SwapScorer(swaps.evidence(both, pieces), synonyms)
    pieces = swaps.atomic_pieces(both, pieces, scorer)
    return expansions.expand(old, new, pieces, synonyms)


def _offsets(token_texts: Sequence[str]) -> list[int]:
    """Character offset of every token's start, plus the text's length at the end."""
    return [0, *accumulate(len(token) for token in token_texts)]


def _changes(pieces: list[Piece], old: Document, new: Document, old_tokens: Sequence[str],
             new_tokens: Sequence[str]) -> tuple[Change, ...]:
    old_at = _offsets(old_tokens)
    new_at = _offsets(new_tokens)
    changes: list[Change] = []
    for piece in pieces:
        old_start, old_end = old_at[piece.a0], old_at[piece.a1]
        new_start, new_end = new_at[piece.b0], new_at[piece.b1]
        old_text = old.text[old_start:old_end]
        new_text = new.text[new_start:new_end]
        changes.append(Change(
            id=len(changes),
            kind=piece.kind,
            category=category_of(piece.kind, old_text, new_text),
            old_start=old_start, old_end=old_end, new_start=new_start, new_end=new_end,
            old_text=old_text, new_text=new_text,
        ))
    return tuple(changes)


def _similarity(changes: Sequence[Change], old_words: int, new_words: int) -> float:
    """Share of words, over both versions, that no content change touches."""
    if old_words + new_words == 0:
        return 1.0
    changed = sum(
        tokens.count_words(change.old_text) + tokens.count_words(change.new_text)
        for change in changes
        if not change.category.is_formatting
    )
    return max(0.0, 1.0 - changed / (old_words + new_words))

