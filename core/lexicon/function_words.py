"""English function words: the closed classes a swap of which is grammar, not content.

Determiners, prepositions, conjunctions, pronouns, wh-words, modals, particles and the
auxiliaries, archaic ones included ("thou", "unto"), as listed in ``resources/
function_words.txt`` (built by ``tools/build_function_words.py`` from TextBlob's part-of-
speech lexicon and wordfreq's frequencies; neither is needed at run time). A contraction is a
function word when its parts are: "didn't" (did not), "it's" (it is).
"""

from __future__ import annotations

import functools

from core.lexicon.word_forms import expand_contractions, fold
from core.resources import RESOURCES

FUNCTION_WORDS = RESOURCES / "function_words.txt"
FORMAT = "palimpsest-function-words 1"


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every listed function word, lower case; read once."""
    lines = FUNCTION_WORDS.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != f"# {FORMAT}":
        raise ValueError(f"{FUNCTION_WORDS} is not a list in the {FORMAT!r} format")
    return frozenset(line.split("\t", 1)[0] for line in lines if not line.startswith("#"))


@functools.lru_cache(maxsize=1 << 14)
def is_function_word(word: str) -> bool:
    """True when ``word`` (any case, curly apostrophes too) is a function word, or a
    contraction of function words."""
    folded = fold(word)
    listed = function_words()
    if folded in listed:
        return True
    if "'" not in folded:
        return False
    parts = expand_contractions(folded).split()
    return len(parts) > 1 and all(part in listed for part in parts)


@functools.lru_cache(maxsize=1 << 14)
def only_function_words(phrase: str) -> bool:
    """True when every word of ``phrase`` is a function word (False for no words at all);
    punctuation around or between the words is no word ("“And", "¶ And")."""
    words = [word.strip(_EDGES) for word in phrase.split()]
    words = [word for word in words if any(ch.isalnum() for ch in word)]
    return bool(words) and all(is_function_word(word) for word in words)


# Punctuation that may cling to a word in a pattern's text ("“outside", "her,").
_EDGES = "\"'“”‘’.,;:!?()[]—–-"
