"""`core.changes.moves`: passages dropped at one place and added at another.

First through `compare` (with the sentence alignment moves rely on, on hand-made, spun and
real texts), then `find_moves` itself: each row gives two texts, the pieces it is given are
what refining gives (`tests.pieces.refined`), and what it returns is written as
``(kind, old text, new text, move)`` and each passage as ``(old text, new text, similarity)``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.changes.edit_script import rebuild
from core.changes.moves import MOVE_SIMILARITY, find_moves
from core.compare import compare
from core.load.loader import load
from core.model import ChangeKind, CompareOptions, Comparison, Document
from core.spans import Piece
from core.text.sentences import split_sentences
from core.text.tokens import TokenPair, split
from tests.conftest import BENCH
from tests.pieces import ADD, OMIT, refined, triple, written

P1 = "The council met on Monday to discuss the new bridge over the river.\n\n"
P2 = ("The mayor said the project would cost four million dollars and take two years, "
      "with work starting in the spring.\n\n")
P3 = "Residents have waited since the old bridge closed after the floods of last winter.\n\n"
P4 = "Shop owners on both banks say their sales have fallen by a third since then.\n"


def _compare(old: str, new: str, options: CompareOptions | None = None) -> Comparison:
    return compare(Document("old.txt", "", old), Document("new.txt", "", new), options)


def _rebuilds(comparison: Comparison) -> bool:
    changes = [dataclasses.asdict(change) for change in comparison.changes]
    return rebuild(comparison.old.text, changes) == comparison.new.text


def test_moved_and_edited_paragraph_is_one_move() -> None:
    edited = P2.replace("said", "stated").replace("\n\n", "\n")
    comparison = _compare(P1 + P2 + P3 + P4, P1 + P3 + P4.replace("\n", "\n\n") + edited)
    assert len(comparison.moves) == 1
    move = comparison.moves[0]
    assert comparison.old.text[move.old_start:move.old_end].startswith("The mayor said")
    assert comparison.new.text[move.new_start:move.new_end].startswith("The mayor stated")
    assert [(e.old_text, e.new_text) for e in move.substitutions] == [("said", "stated")]
    linked = [c for c in comparison.changes if c.move == move.id]
    assert {c.kind for c in linked} == {ChangeKind.OMISSION, ChangeKind.ADDITION}
    pattern = next(p for p in comparison.patterns if p.old == "said")
    addition = next(c for c in linked if c.kind is ChangeKind.ADDITION)
    assert pattern.new == "stated" and pattern.changes == (addition.id,)
    assert _rebuilds(comparison)


def test_moves_can_be_turned_off() -> None:
    comparison = _compare(P1 + P2 + P3 + P4, P1 + P3 + P4 + P2,
                          CompareOptions(detect_moves=False))
    assert comparison.moves == ()
    assert all(change.move is None for change in comparison.changes)


_LONG = ("The committee published its long awaited report on the state of the national "
         "railways on Tuesday morning after two years of work. ")
_SHORT = "Critics said the findings came far too late for the passengers. "
_LAST = "The minister promised a reply before the summer recess of parliament. "


@pytest.mark.parametrize(("old", "new"), [
    (_LONG + _SHORT + _LAST, _SHORT + _LAST + _LONG),  # a long sentence, moved to the end
    (_SHORT + _LAST + _LONG, _LONG + _SHORT + _LAST),  # and to the start
], ids=["forward", "backward"])
def test_a_sentence_moved_past_more_words_than_it_holds_is_a_move(old: str, new: str) -> None:
    """The words jumped over are those between the two places, not counting the passage."""
    comparison = _compare(old, new)
    assert len(comparison.moves) == 1
    moved = comparison.moves[0]
    assert comparison.old.text[moved.old_start:moved.old_end].strip() == _LONG.strip()


def test_a_reworded_sentence_in_place_is_no_move() -> None:
    comparison = _compare(P1 + P2 + P3, P1 + P2.replace("said", "stated") + P3)
    assert comparison.moves == ()


def test_unrelated_sentence_is_whole_not_shredded() -> None:
    old = P1 + "The mayor was asked about the cost of the work and the time it would take.\n\n" + P4
    new = P1 + "A spokesman for the river authority declined to comment on the plans.\n\n" + P4
    content = [c for c in _compare(old, new).changes if not c.category.is_formatting]
    assert [c.kind for c in content] == [ChangeKind.OMISSION, ChangeKind.ADDITION]
    assert content[0].old_text.startswith("The mayor was asked")
    assert content[1].new_text.startswith("A spokesman")


def test_reworded_sentence_keeps_its_word_diff_and_pair() -> None:
    old = P1 + "The mayor said the bridge would reopen in the spring of next year.\n"
    new = P1 + "The mayor stated that the bridge would reopen next spring.\n"
    comparison = _compare(old, new)
    pair = next(p for p in comparison.sentence_pairs if p.old_start > 0)
    assert 0.45 <= pair.similarity < 1.0
    assert any(c.kind is ChangeKind.SUBSTITUTION for c in comparison.changes)


def _covered(text: str, target: str, spans: list[tuple[int, int]]) -> float:
    start = text.find(target.strip())
    assert start >= 0
    end = start + len(target.strip())
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans) / (end - start)


def test_spun_bench_moves_omissions_additions() -> None:
    spun = BENCH / "spun"
    if not spun.is_dir():
        pytest.skip("../shared/bench is not present")
    for gold_path in sorted(spun.glob("case*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        case = str(gold_path).removesuffix(".gold.json")
        comparison = compare(load(case + ".orig.txt"), load(case + ".spun.txt"))
        old, new = comparison.old.text, comparison.new.text
        kept = [c for c in comparison.changes if c.move is None]
        omitted = [(c.old_start, c.old_end) for c in kept if c.kind is ChangeKind.OMISSION]
        added = [(c.new_start, c.new_end) for c in kept if c.kind is ChangeKind.ADDITION]
        moved = [(m.old_start, m.old_end) for m in comparison.moves]
        name = Path(case).name
        for sentence in gold["omitted"]:
            assert _covered(old, sentence, omitted) >= 0.8, name
        for sentence in gold["added"]:
            assert _covered(new, sentence, added) >= 0.8, name
        for paragraph in gold["moved"]:
            assert _covered(old, paragraph, moved) >= 0.8, name
        assert len(comparison.moves) == len(gold["moved"]), name
        assert _rebuilds(comparison), name


def test_rewritten_report_aligns_the_shared_quote(seeds: list[Path]) -> None:
    comparison = compare(load(seeds[0]), load(seeds[3]))
    swaps = {(c.old_text, c.new_text) for c in comparison.changes
             if c.kind is ChangeKind.SUBSTITUTION}
    assert ("dictatorships", "dictatorship") in swaps
    assert ("widely used", "applied") in swaps
    assert any("unquestioningly submitting to the will of Washington" in c.new_text
               for c in comparison.changes)
    words = comparison.old_words + comparison.new_words
    content = [c for c in comparison.changes if not c.category.is_formatting]
    assert 100 * len(content) / words < 3.0, "unrelated paragraphs are whole, not shredded"


# A sentence moved to the end, among added sentences that each share one of its words: more
# candidates than are measured, all with one vote, so the order of the votes decides whether
# the moved copy is measured at all.
_TIED_OLD = (
    "Intro one two three four five six seven. xa xa xa xa xa xa xa xa xa yb. Filler sentence "
    "about the harbour and ships and boats today. Another filler sentence about the river and "
    "its many bridges here. A third filler sentence about the mountains far away from town. A "
    "fourth one tells of the long winter and the snow that fell on the valley for weeks. End."
)
_TIED_NEW = (
    "Intro one two three four five six seven. Filler sentence about the harbour and ships and "
    "boats today. Another filler sentence about the river and its many bridges here. A third "
    "filler sentence about the mountains far away from town. A fourth one tells of the long "
    "winter and the snow that fell on the valley for weeks. End. Qa xa qb qc. Qd yb qe. Qf yb "
    "qg. Qh yb qi. Qj yb qk. xa xa xa xa xa xa xa xa xa zc."
)


def test_moves_do_not_depend_on_the_hash_seed() -> None:
    """Each process hashes strings differently (PYTHONHASHSEED): a set's order must not
    decide which candidates are measured. Before the fix, some seeds missed this move."""
    script = (
        "import sys; from core.compare import compare; from core.model import Document; "
        "print(len(compare(Document('a', '', sys.argv[1]), Document('b', '', sys.argv[2]))"
        ".moves))"
    )
    root = Path(__file__).resolve().parents[3]
    found = set()
    for seed in range(6):
        environment = {**os.environ, "PYTHONHASHSEED": str(seed)}
        result = subprocess.run([sys.executable, "-c", script, _TIED_OLD, _TIED_NEW],
                                cwd=root, env=environment, capture_output=True, text=True,
                                check=True)
        found.add(result.stdout.strip())
    assert found == {"1"}


# --- find_moves, given the refined pieces -----------------------------------------------------

_A = "The council met on Monday to discuss the budget."
_B = "The mayor said the old bridge over the river would be repaired next spring."
_B_REWORDED = "The mayor stated the old bridge across the river would be repaired next spring."
_B_REWRITTEN = "The mayor stated the new bridge across the stream might be rebuilt some spring."
_C = "Residents asked why the work had taken so long to begin."
_D = "Officials promised to publish a timetable before the end of the month."
_SHORT = "It was cold."


def _paragraphs(*texts: str) -> str:
    return "\n\n".join(texts)


Found = tuple[str, str, str, int | None]
Passage = tuple[str, str, float]


@pytest.mark.parametrize(
    ("old", "new", "min_words", "expected", "passages"),
    [
        pytest.param(_paragraphs(_A, _B, _C, _D), _paragraphs(_A, _C, _D, _B), 8,
                     [(OMIT, f"{_B}\n\n", "", 0), (ADD, "", ".\n\n", None),
                      (ADD, "", _B[:-1], 0)],
                     [(f"{_B}\n\n", _B[:-1], 1.0)],
                     id="a sentence moved forward, unchanged: its two ends carry move 0"),
        pytest.param(_paragraphs(_A, _B, _C, _D), _paragraphs(_A, _D, _B, _C), 8,
                     [(ADD, "", f"{_D}\n\n", 0), (OMIT, ".\n\n", "", None),
                      (OMIT, _D[:-1], "", 0)],
                     [(_D[:-1], f"{_D}\n\n", 1.0)],
                     id="a sentence moved back: NEW's end comes first"),
        pytest.param(_paragraphs(_A, _B, _C, _D), _paragraphs(_C, _D, _A, _B), 8,
                     [(OMIT, f"{_A}\n\n{_B}\n\n", "", 0), (ADD, "", ".\n\n", None),
                      (ADD, "", f"{_A}\n\n{_B[:-1]}", 0)],
                     [(f"{_A}\n\n{_B}\n\n", f"{_A}\n\n{_B[:-1]}", 1.0)],
                     id="two sentences moved together are one passage"),
        pytest.param(_paragraphs(_A, _B, _C, _D), _paragraphs(_A, _C, _D, _B_REWORDED), 8,
                     [(OMIT, f"{_B}\n\n", "", 0), (ADD, "", ".\n\n", None),
                      (ADD, "", _B_REWORDED[:-1], 0)],
                     [(f"{_B}\n\n", _B_REWORDED[:-1], 0.86)],
                     id="a sentence moved and reworded (2 of 14 words) is still a move"),
        pytest.param(_paragraphs(_A, _B, _C, _D), _paragraphs(_A, _C, _D, _B_REWRITTEN), 8,
                     [(OMIT, f"{_B}\n\n", "", None), (ADD, "", f".\n\n{_B_REWRITTEN[:-1]}", None)],
                     [], id="rewritten beyond recognition: a dropped and an added sentence"),
        pytest.param(_paragraphs(_A, _SHORT, _C, _D), _paragraphs(_A, _C, _D, _SHORT), 8,
                     [(OMIT, f"{_SHORT}\n\n", "", None), (ADD, "", f".\n\n{_SHORT[:-1]}", None)],
                     [], id="three words are too few to be a move of eight"),
        pytest.param(_paragraphs(_A, _SHORT, _C, _D), _paragraphs(_A, _C, _D, _SHORT), 2,
                     [(OMIT, f"{_SHORT}\n\n", "", 0), (ADD, "", ".\n\n", None),
                      (ADD, "", _SHORT[:-1], 0)],
                     [(f"{_SHORT}\n\n", _SHORT[:-1], 1.0)],
                     id="but enough for a move of two"),
        pytest.param(_paragraphs(_A, _B, _C, _D), _paragraphs(_B, _A, _C, _D), 8,
                     [(OMIT, f"{_A}\n\n", "", 0), (ADD, "", ".\n\n", None),
                      (ADD, "", _A[:-1], 0)],
                     [(f"{_A}\n\n", _A[:-1], 1.0)],
                     marks=pytest.mark.xfail(
                         strict=True, raises=AssertionError,
                         reason="today's engine: the word alignment slides the omission onto the "
                                "next sentence's 'The ', and find_moves keeps the pieces' edges, "
                                "so the passage loses its first word in OLD (similarity 0.94)"),
                     id="a sentence moved to the front keeps its first word"),
    ],
)
def test_find_moves(old: str, new: str, min_words: int, expected: list[Found],
                    passages: list[Passage]) -> None:
    pair = TokenPair.of(old, new)
    pieces = refined(pair)
    found, moved = find_moves(pair, pieces, split_sentences(pair.old.tokens),
                              split_sentences(pair.new.tokens), min_words)
    assert [(*triple(pair, piece), piece.move) for piece in found] == expected
    assert [(written(pair.old, m.a0, m.a1), written(pair.new, m.b0, m.b1), round(m.similarity, 2))
            for m in moved] == passages
    for passage in moved:  # each passage is cut from the omission and the addition it names
        old_piece, new_piece = pieces[passage.old_piece], pieces[passage.new_piece]
        assert old_piece.kind is ChangeKind.OMISSION and new_piece.kind is ChangeKind.ADDITION
        assert old_piece.a0 <= passage.a0 < passage.a1 <= old_piece.a1
        assert new_piece.b0 <= passage.b0 < passage.b1 <= new_piece.b1
        assert passage.similarity >= MOVE_SIMILARITY


@pytest.mark.parametrize(
    ("min_words", "moves"),
    [
        pytest.param(8, 0, id="it crossed two words, fewer than the eight a move needs"),
        pytest.param(2, 1, id="a move needs two: it is one"),
    ],
)
def test_a_passage_must_cross_as_many_words_as_a_move_holds(min_words: int, moves: int) -> None:
    """A sentence dropped before "Yes indeed." and added after it, by a hand-made edit script
    (the word alignment would rather move the two words): it moved past two words of NEW."""
    crossed = "Yes indeed. "
    pair = TokenPair.of(f"{_B} {crossed}{_C}", f"{crossed}{_B} {_C}")
    moved_tokens, crossed_tokens = len(split(f"{_B} ")), len(split(crossed))
    pieces = [Piece(ChangeKind.OMISSION, 0, moved_tokens, 0, 0),
              Piece(ChangeKind.ADDITION, moved_tokens + crossed_tokens,
                    moved_tokens + crossed_tokens, crossed_tokens, crossed_tokens + moved_tokens)]
    assert [triple(pair, piece) for piece in pieces] == [(OMIT, f"{_B} ", ""),
                                                         (ADD, "", f"{_B} ")]
    found, moved = find_moves(pair, pieces, split_sentences(pair.old.tokens),
                              split_sentences(pair.new.tokens), min_words)
    assert len(moved) == moves
    assert [piece.move for piece in found] == [0 if moves else None] * 2
