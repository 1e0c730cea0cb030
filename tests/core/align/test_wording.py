"""`core.align.wording`: a pair's words folded and spelled once, then sliced."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.align import levenshtein
from core.align.sentences import sentence_similarity
from core.align.wording import Wording
from core.compare import compare
from core.load.loader import load
from core.report.json_format import to_json
from core.text.sentences import words_of
from core.text.tokens import TokenPair

TEXT = st.lists(st.sampled_from(["The", "king", "KING", "said", "’tis", "unto", "them", ".",
                                 " ", "\n", ",", "3"]), max_size=30).map("".join)


@given(old=TEXT, new=TEXT, cuts=st.lists(st.integers(0, 40), min_size=4, max_size=4))
def test_slices_are_the_words_and_measure_as_the_words(old: str, new: str,
                                                       cuts: list[int]) -> None:
    pair = TokenPair.of(old, new)
    wording = Wording.of(pair)
    a0, a1 = sorted(min(cut, len(pair.old.tokens)) for cut in cuts[:2])
    b0, b1 = sorted(min(cut, len(pair.new.tokens)) for cut in cuts[2:])
    old_words = words_of(pair.old.tokens, a0, a1)
    new_words = words_of(pair.new.tokens, b0, b1)
    assert wording.old.words_in(a0, a1) == old_words
    assert wording.new.words_in(b0, b1) == new_words
    old_spelled, new_spelled = wording.old.spelled_in(a0, a1), wording.new.spelled_in(b0, b1)
    assert old_spelled is not None and new_spelled is not None
    assert len(old_spelled) == len(old_words) and len(new_spelled) == len(new_words)
    if old_words or new_words:
        assert levenshtein.ratio(old_spelled, new_spelled) == sentence_similarity(old_words,
                                                                                  new_words)


def test_an_alphabet_that_runs_out_leaves_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the alphabet's last symbol nothing is spelled: the words are measured instead."""
    monkeypatch.setattr(levenshtein, "_SYMBOL_COUNT", 2)
    wording = Wording.of(TokenPair.of("the king said", "the king spake"))
    assert (wording.old.spelled, wording.new.spelled) == (None, None)
    assert wording.new.words_in(0, 5) == ["the", "king", "spake"]


@pytest.mark.parametrize("pair", [("01-original.txt", "02-spun.txt"),
                                  ("01-original.txt", "04-edited.txt")],
                         ids=["spun: sentences paired", "edited: a moved passage measured"])
def test_a_comparison_without_spellings_is_the_same(monkeypatch: pytest.MonkeyPatch,
                                                    samples: list[Path],
                                                    pair: tuple[str, str]) -> None:
    """Sentence alignment and moves fall back on the words themselves: the same result."""
    old, new = (load(next(path for path in samples if path.name == name)) for name in pair)
    expected = to_json(compare(old, new))
    monkeypatch.setattr(levenshtein, "_SYMBOL_COUNT", 5)
    assert to_json(compare(old, new)) == expected
