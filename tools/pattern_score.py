"""Pattern precision, recall and F1 against a gold list, by the rules of the bench's scorer.

The same rules as ``../shared/bench/score_patterns.py`` (reimplemented here, so that the
benchmark and the tests run without ``../shared``): texts compared case-insensitively, curly
quotes as straight ones, white space folded and sentence punctuation at the ends ignored; an
equal-length multi-word pair counts as its word pairs ("Cold War → Chilly Struggle" is
"Cold → Chilly" and "War → Struggle"); patterns of a formatting category are left out, since
the gold lists content swaps only; a pattern's count is matched up to the gold's count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# The categories the bench's scorer leaves out ("formatting" is its catch-all name).
FORMATTING = frozenset({"whitespace", "punctuation", "case", "quote-style", "formatting"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\xa0": " "})

Atom = tuple[str, str]


@dataclass(frozen=True)
class Score:
    """How one predicted list of patterns matches one gold list."""

    gold: int
    predicted: int
    matched: int
    missed: tuple[tuple[Atom, int], ...] = ()
    extra: tuple[tuple[Atom, int], ...] = ()

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm(text: str) -> str:
    """A text as the scorer compares it."""
    text = re.sub(r"\s+", " ", text.translate(_QUOTES).casefold()).strip()
    return text.strip(" .,;:!?\"")


def atoms(old: str, new: str, count: int) -> list[tuple[Atom, int]]:
    """The pairs a swap counts as: an equal-length multi-word pair, word by word."""
    old, new = norm(old), norm(new)
    old_words, new_words = old.split(), new.split()
    if len(old_words) == len(new_words) > 1:
        return [((a, b), count) for a, b in zip(old_words, new_words, strict=True) if a != b]
    return [((old, new), count)]


def counted(pairs: Iterable[tuple[str, str, int]]) -> Counter[Atom]:
    """Every atom of ``pairs`` with its total count; empty and unchanged pairs dropped."""
    found: Counter[Atom] = Counter()
    for old, new, count in pairs:
        if not norm(old) or not norm(new) or norm(old) == norm(new):
            continue
        for atom, times in atoms(old, new, count):
            found[atom] += times
    return found


def content_patterns(patterns: Iterable[dict[str, object]]) -> list[tuple[str, str, int]]:
    """(old, new, count) of the JSON patterns the scorer reads: formatting ones left out."""
    return [(str(p["old"]), str(p["new"]), int(str(p.get("count", 1)))) for p in patterns
            if p.get("category") not in FORMATTING]


def score(gold: Iterable[tuple[str, str, int]], predicted: Iterable[tuple[str, str, int]]
          ) -> Score:
    """Score ``predicted`` swaps (old, new, count) against ``gold`` ones."""
    wanted, found = counted(gold), counted(predicted)
    matched = sum(min(n, found[atom]) for atom, n in wanted.items())
    missed = tuple((atom, n - found[atom]) for atom, n in wanted.items() if found[atom] < n)
    extra = tuple((atom, n - wanted[atom]) for atom, n in found.items() if wanted[atom] < n)
    return Score(sum(wanted.values()), sum(found.values()), matched, missed, extra)


def mean_f1(scores: Iterable[Score]) -> float:
    """The mean of the cases' F1 (each case weighs the same, as the bench reports it)."""
    values = [s.f1 for s in scores]
    return sum(values) / len(values) if values else 0.0
