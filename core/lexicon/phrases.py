"""Where a run of words may be cut: the shape of a phrase, for the atomic-swap cutter.

A spinner puts a phrase in the place of a phrase, and a piece an editor would accept is a
phrase on its own. Three rules of English say where a run of words may be cut between two
pieces, each asked of one side of the run (`cuts`):

* a piece of two words or more seldom ends, with more of the run after it, on a word that
  opens a phrase: a conjunction, a determiner or possessive, a preposition ("essential
  buying and | selling", "again in | opposition to");
* a piece seldom begins on a word that leans on the word before it: a complement marker, a
  particle, the negator ("regardless | of", "opposition | to", "more | than", "point | out",
  "did | not");
* a multi-word expression the thesaurus knows ("point out", "more than", "go to", "at once")
  is not cut.

A cut that breaks a rule costs the cutter something; evidence or kinship may still pay for
it. The word classes come from the function-word list (`core.lexicon.function_words`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.lexicon.function_words import function_tag

# Words that lean on the word before them: complement markers ("regardless of", "prior to",
# "earlier than", "along with"), the particles of phrasal verbs ("point out", "give up",
# "cut off"), the adverbs of place that complete a verb and are no prepositions ("got here",
# "went away", "came back", "set aside") and the negator ("did not").
LEANING = frozenset(("of", "to", "than", "with", "not", "out", "up", "off", "here",
                     "away", "back", "aside", "apart", "ahead", "forth"))
# What a piece pays for beginning on a leaning word, after a cut.
LEANING_COST = 1.2
# What a multi-word piece pays for ending on a word that opens a phrase, before a cut: much
# for a conjunction or determiner (never the end of a phrase), less for a preposition
# (a phrasal verb may end on one: "keep away from").
DANGLING_COSTS = {"CC": 1.0, "DT": 1.0, "PDT": 1.0, "PRP$": 1.0, "WP$": 1.0, "IN": 0.6,
                  "TO": 0.6}
# What a cut inside a known multi-word expression costs.
KNOWN_PHRASE_COST = 1.0
# The longest known expression looked for, in words.
LONGEST_KNOWN = 4

# Tells whether a folded phrase of two words or more is a known expression.
KnownPhrase = Callable[[str], bool]


@dataclass(frozen=True)
class Cuts:
    """What cutting one side of a run of ``n`` words costs, by word boundary ``k`` (0 to n).

    ``starts[k]``: a piece beginning at word ``k`` (nothing at 0, the run's start);
    ``ends[k]``: a piece of two words or more ending before word ``k`` (nothing at n), unless
    it is one of the ``known`` expressions, by word range ("go to" may end on "to").
    """

    starts: list[float]
    ends: list[float]
    known: frozenset[tuple[int, int]]

    def cost(self, start: int, end: int) -> float:
        """What a piece of words ``[start, end)`` costs by where it cuts (nothing if empty)."""
        if start == end:
            return 0.0
        if end - start == 1 or (start, end) in self.known:
            return self.starts[start]
        return self.starts[start] + self.ends[end]


def cuts(words: Sequence[str], known: KnownPhrase) -> Cuts:
    """The cost of each cut of ``words`` (folded, in order) by the rules above."""
    n = len(words)
    starts = [0.0] * (n + 1)
    ends = [0.0] * (n + 1)
    for k in range(1, n):
        if words[k] in LEANING:
            starts[k] += LEANING_COST
        ends[k] += DANGLING_COSTS.get(function_tag(words[k - 1]) or "", 0.0)
    found = _known(words, known)
    for k in {k for start, end in found for k in range(start + 1, end)}:
        starts[k] += KNOWN_PHRASE_COST
    return Cuts(starts, ends, found)


def _known(words: Sequence[str], known: KnownPhrase) -> frozenset[tuple[int, int]]:
    """The word ranges of ``words`` that are known expressions."""
    return frozenset(
        (start, start + size) for start in range(len(words) - 1)
        for size in range(2, min(LONGEST_KNOWN, len(words) - start) + 1)
        if known(" ".join(words[start:start + size])))
