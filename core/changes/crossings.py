"""A swap moved across one unchanged word: "are now being" → "at the moment are being".

The diff sees "now" dropped after "are" and "at the moment" added before it; the changes
stage joins the two over "are" (`core.changes.expansions`), and the substitution "are now"
→ "at the moment are" is, as an editor names it, the swap now → at the moment, moved. So it
counts: its pattern and its category are those of the swap, not of the whole.

The two sides of such a substitution split into the word kept and, on either side of it,
the words dropped and added (`crossing`). That is a swap only when something says so,
since a word dropped and another added beside the same word are often unrelated ("Beijing
could" → "could possibly"): the two are kin (the thesaurus, word forms, a near spelling),
the document makes the same swap elsewhere ("shall they" → "they will", beside 72 "shall"
→ "will"), or both are adverbials, the parts of an English clause that move: an adverb
(WordNet's), or a phrase that opens on a preposition ("at the moment", "in the end").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from core.lexicon.function_words import function_tag, is_function_word
from core.lexicon.word_forms import fold

# The most words a side of a crossed swap may have.
MAX_CROSSED_WORDS = 4


def crossing(old: str, new: str) -> tuple[str, str, str] | None:
    """(kept word, dropped words, added words) when ``old`` ends with the word ``new``
    begins with, or begins with the word it ends with, and the three share no word; None
    otherwise ("1931 footbridge" → "footbridge of 1931" rewords the whole). Words only:
    no side with punctuation at a word's end."""
    old_words, new_words = old.split(), new.split()
    if not (2 <= len(old_words) <= MAX_CROSSED_WORDS + 1
            and 2 <= len(new_words) <= MAX_CROSSED_WORDS + 1):
        return None
    if fold(old_words[-1]) == fold(new_words[0]):
        kept, dropped, added = old_words[-1], old_words[:-1], new_words[1:]
    elif fold(old_words[0]) == fold(new_words[-1]):
        kept, dropped, added = old_words[0], old_words[1:], new_words[:-1]
    else:
        return None
    words = (kept, *dropped, *added)
    folded = [fold(word) for word in words]
    if len(set(folded)) < len(folded) or not all(
            word[:1].isalnum() and word[-1:].isalnum() for word in words):
        return None
    return kept, " ".join(dropped), " ".join(added)


class CrossedSwaps:
    """Tells the swap inside a substitution moved across one word, when something says
    it is one (see the module's doc). Remembers its answers."""

    def __init__(self, kinship: Callable[[str, str], float], seen: Mapping[tuple[str, str], int],
                 parts_of_speech: Callable[[str], str]) -> None:
        """``kinship`` of two folded phrases (0 for none), the swaps ``seen`` on their own
        (folded), and a folded phrase's WordNet ``parts_of_speech`` ("nr" for "now")."""
        self._kinship = kinship
        self._seen = seen
        self._parts_of_speech = parts_of_speech
        self._known: dict[tuple[str, str], tuple[str, str] | None] = {}

    def __call__(self, old: str, new: str) -> tuple[str, str] | None:
        """The swap (dropped, added) of a substitution ``old`` → ``new``, stripped, or None
        when it is no crossed swap."""
        key = (old, new)
        if key in self._known:
            return self._known[key]
        found = crossing(old.strip(), new.strip())
        swap = None
        if found is not None and self.accepts(found[1], found[2]):
            swap = (found[1], found[2])
        self._known[key] = swap
        return swap

    def accepts(self, dropped: str, added: str) -> bool:
        """True when the words ``dropped`` and ``added`` beside one kept word are a swap."""
        old, new = fold(dropped), fold(added)
        return (self._kinship(old, new) > 0 or self._seen.get((old, new), 0) > 0
                or (self._adverbial(old) and self._adverbial(new)))

    def _adverbial(self, phrase: str) -> bool:
        """True for an adverb, or a phrase opening on a preposition and closing on a
        content word ("at the moment"); not on "of", whose phrases belong to a noun ("of
        John")."""
        if "r" in self._parts_of_speech(phrase):
            return True
        words = phrase.split(" ")
        return (len(words) >= 2 and function_tag(words[0]) == "IN" and words[0] != "of"
                and not is_function_word(words[-1]))


def no_crossed_swaps(old: str, new: str) -> tuple[str, str] | None:
    """For callers with no lexicon: no substitution is read as a crossed swap."""
    return None


# Tells the crossed swap inside a substitution (see `CrossedSwaps`), or None.
CrossedSwap = Callable[[str, str], "tuple[str, str] | None"]
