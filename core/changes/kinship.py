"""How much two folded phrases themselves say they are a swap: the atomic-swap scorer's
kinship.

`core.changes.swaps` cuts a run of substituted words into the swaps that made it, scoring
each candidate with the document's evidence and with this: a known kind of swap (a
dictionary synonym, a form of the same word, a number or contraction written another way)
or a near spelling. It also tells the cutter which phrases are known expressions (a
multi-word lemma of the thesaurus: "point out", "more than"), which it never cuts lightly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.align.levenshtein import ratio
from core.lexicon.function_words import is_function_word
from core.lexicon.thesaurus import default_thesaurus
from core.lexicon.word_forms import NUMBER_WORDS
from core.model import Category
from core.patterns.categories import ContentCategories, formal_category

# Closed-class words shorter than this are all spelt alike: no near spelling between two.
SHORT_WORD = 5
# A folded phrase can only be a number or contraction swap if it holds one of these.
_FORMAL_HINT = re.compile(r"[\d']|cannot|\b(?:" + "|".join(NUMBER_WORDS) + r")\b")


class WordKinship:
    """What two folded phrases themselves say about being a swap, for `core.changes.swaps`: a known
    kind of swap (thesaurus, word forms) or a near spelling. Remembers its answers, as
    words recur."""

    MOST = 2.0

    def __init__(self, categories: ContentCategories,
                 lemmas: Callable[[str], frozenset[str]] | None = None) -> None:
        """``lemmas`` gives the dictionary lemmas a phrase is a form of (by default the
        shipped thesaurus's `base_forms`)."""
        self._categories = categories
        self._lemmas = lemmas or default_thesaurus().base_forms
        self._known: dict[tuple[str, str], float] = {}
        self._phrases: dict[str, bool] = {}

    def known_phrase(self, phrase: str) -> bool:
        """True when the folded ``phrase`` of two words or more is a dictionary lemma, or a
        form of one ("pointed out")."""
        known = self._phrases.get(phrase)
        if known is None:
            known = self._phrases[phrase] = " " in phrase and bool(self._lemmas(phrase))
        return known

    def __call__(self, old: str, new: str) -> float:
        known = self._known.get((old, new))
        if known is None:
            known = self._known[(old, new)] = self._kinship(old, new)
        return known

    def _kinship(self, old: str, new: str) -> float:
        """What the words themselves say: a known kind of swap, or a near spelling."""
        spaces = (old.count(" "), new.count(" "))
        if (spaces[0] != spaces[1] or sum(spaces) >= 2) and not (
                self.known_phrase(old) or self.known_phrase(new)):
            # one word for two or three ("against" → "in opposition to"), two for two:
            # unless a side is a dictionary phrase ("keep" → "hold on"), only a number or
            # contraction swap is plausible (a thesaurus knows no phrase it lacks, forms of
            # a word have as many words); dictionary and spelling checks are spared
            if not _FORMAL_HINT.search(old + " " + new):
                return 0.0
            return 2.0 if formal_category(old, new, folded=True) is not None else 0.0
        category = self._categories(old, new)
        if category is not Category.REWORDING:
            return 2.0 if category is not Category.SPELLING else 1.0
        if " " not in old and " " not in new and ratio(old, new) >= 0.75 and (
                min(len(old), len(new)) >= SHORT_WORD or not (
                    is_function_word(old) and is_function_word(new))):
            # (two short closed-class words spelt alike say nothing: they → the, an → and;
            # whosoever → whoever is a respelling)
            return 1.0
        return 0.0
