"""Hand-built comparisons for the report tests, independent of the engine.

The report modules read only a `Comparison`; building one by hand keeps their tests (and
the golden files) stable while the engine's choices of changes, moves and patterns improve.
`build` lays out a comparison from its pieces in order: each piece is unchanged text, or a
change with its category, perhaps part of a moved passage. Its counts, patterns' places and
sentence threshold are made as the engine makes them (`Counts.of`, the changes' and moves'
ranges, `PAIR_SIMILARITY`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.align.sentences import PAIR_SIMILARITY
from core.model import (
    Category,
    Change,
    ChangeKind,
    Comparison,
    Counts,
    Document,
    Move,
    MoveEdit,
    Pattern,
    Place,
    Profile,
)

# A pattern to build: old, new, its category and the ids of the changes it is counted from.
PatternSpec = tuple[str, str, Category, tuple[int, ...]]


@dataclass(frozen=True)
class Piece:
    """``old`` became ``new``; equal texts with no category are unchanged text."""

    old: str
    new: str
    category: Category | None = None
    move: int | None = None


def same(text: str) -> Piece:
    return Piece(text, text)


def build(pieces: list[Piece], *, old_name: str = "old.txt", new_name: str = "new.txt",
          move_edits: dict[int, list[tuple[str, str]]] | None = None,
          patterns: Sequence[PatternSpec] = (), profile: Profile | None = None,
          similarity: float = 0.8) -> Comparison:
    """A comparison whose OLD and NEW are the pieces' texts joined, and changes the pieces."""
    old_parts: list[str] = []
    new_parts: list[str] = []
    changes: list[Change] = []
    for piece in pieces:
        old_at, new_at = sum(map(len, old_parts)), sum(map(len, new_parts))
        if piece.category is not None:
            kind = (ChangeKind.ADDITION if not piece.old else
                    ChangeKind.OMISSION if not piece.new else ChangeKind.SUBSTITUTION)
            changes.append(Change(
                id=len(changes), kind=kind, category=piece.category,
                old_start=old_at, old_end=old_at + len(piece.old),
                new_start=new_at, new_end=new_at + len(piece.new),
                old_text=piece.old, new_text=piece.new, move=piece.move,
            ))
        old_parts.append(piece.old)
        new_parts.append(piece.new)
    old_text, new_text = "".join(old_parts), "".join(new_parts)
    moves = _moves(changes, old_text, new_text, move_edits or {})
    return Comparison(
        old=_document(old_name, old_text),
        new=_document(new_name, new_text),
        changes=tuple(changes),
        moves=moves,
        patterns=tuple(_pattern(spec, changes, moves) for spec in patterns),
        similarity=similarity,
        old_words=len(old_text.split()),
        new_words=len(new_text.split()),
        profile=profile,
        counts=Counts.of(changes),
        same_sentence_similarity=PAIR_SIMILARITY,
    )


def _pattern(spec: PatternSpec, changes: list[Change], moves: tuple[Move, ...]) -> Pattern:
    """The pattern with its places: a substitution's range, or in a moved passage the edit's
    that makes the swap."""
    old, new, category, ids = spec
    places = []
    for change_id in ids:
        change = changes[change_id]
        where: Change | MoveEdit = change if change.move is None else next(
            edit for edit in moves[change.move].substitutions
            if (edit.old_text, edit.new_text) == (old, new))
        places.append(Place(where.old_start, where.old_end, where.new_start, where.new_end))
    return Pattern(old, new, len(ids), category, ids, tuple(places))


def _document(name: str, text: str) -> Document:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Document(path=f"/articles/{name}", title=title, text=text)


def _moves(changes: list[Change], old_text: str, new_text: str,
           move_edits: dict[int, list[tuple[str, str]]]) -> tuple[Move, ...]:
    moves = []
    for move_id in sorted({c.move for c in changes if c.move is not None}):
        gone = next(c for c in changes if c.move == move_id and c.kind is ChangeKind.OMISSION)
        come = next(c for c in changes if c.move == move_id and c.kind is ChangeKind.ADDITION)
        edits = []
        for old_word, new_word in move_edits.get(move_id, []):
            old_at = old_text.index(old_word, gone.old_start)
            new_at = new_text.index(new_word, come.new_start)
            edits.append(MoveEdit(old_word, new_word, old_at, old_at + len(old_word),
                                  new_at, new_at + len(new_word), Category.SYNONYM))
        moves.append(Move(move_id, gone.old_start, gone.old_end, come.new_start, come.new_end,
                          0.9, tuple(edits)))
    return tuple(moves)


SYN, NUM = Category.SYNONYM, Category.NUMBER
CONTENT, QUOTE, SPACE = Category.CONTENT, Category.QUOTE_STYLE, Category.WHITESPACE


def bridge_story() -> Comparison:
    """The start of the bundled sample ``01-original.txt`` against its spun copy ``02``.

    Holds every kind of mark: an omission, an addition, synonym and number substitutions,
    quote-style and white-space changes (two paragraphs joined) and a moved paragraph with
    an edit inside it; patterns of both kinds and a spin profile.
    """
    pieces = [
        Piece("Alder Falls approves $4.2 million plan to reopen Tanner Street bridge\n\n", "",
              CONTENT),
        Piece("", "[ad_1]\n\n", CONTENT),
        same("The "), Piece("city", "metropolis", SYN),
        same(" council voted 6–1 to repair the 1931 footbridge, "),
        Piece("closed", "shut", SYN), same(" since a flood last spring, with work "),
        Piece("expected", "anticipated", SYN), same(" to "), Piece("begin", "start", SYN),
        same(" in September.\n\nAlder Falls’ "), Piece("city", "metropolis", SYN),
        same(" council voted 6–1 on Tuesday to spend $4.2 million on the Tanner Street bridge,"
             " which has been closed since floodwater cracked "),
        Piece("two", "2", NUM), same(" of its stone piers on April 14 last year."),
        Piece("\n\n", " ", SPACE),
        Piece("“", '"', QUOTE), same("Every morning I watch "),
        Piece("children", "youngsters", SYN),
        same(" walk along the shoulder of Route 9, and it frightens me,"),
        Piece("”", '"', QUOTE), same(" "), Piece("said", "stated", SYN),
        same(" Marisol Abernathy, who runs the Corner Cup café.\n\n"),
        Piece("Of the total cost, $2.7 million will come from a federal grant.\n\n", "",
              CONTENT, move=0),
        same("Residents can see the plans at Alder Falls Public Library on August 21."),
        Piece("", "\n\nOf the total price, $2.7 million will come from a federal grant.",
              CONTENT, move=0),
        same("\n"),
    ]
    patterns = (
        ("city", "metropolis", SYN, (2, 6)),
        ("closed", "shut", SYN, (3,)),
        ("expected", "anticipated", SYN, (4,)),
        ("begin", "start", SYN, (5,)),
        ("two", "2", NUM, (7,)),
        ("children", "youngsters", SYN, (10,)),
        ("said", "stated", SYN, (12,)),
        ("cost", "price", SYN, (14,)),
        ("“", '"', QUOTE, (9,)),
        ("”", '"', QUOTE, (11,)),
        ("\n\n", " ", SPACE, (8,)),
    )
    profile = Profile(0.12, 0.78, 1.0,
                      "NEW looks like a spun copy of OLD: 9 word swaps, 78% of them synonyms")
    return build(pieces, old_name="01-original.txt", new_name="02-spun.txt",
                 move_edits={0: [("cost", "price")]}, patterns=patterns, profile=profile,
                 similarity=0.82)
