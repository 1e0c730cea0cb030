"""Which category a change falls in: formatting-only differences apart from content.

A change is formatting-only when its two sides hold the same words once white space,
quote style, letter case or punctuation are set aside; the first of these that explains the
difference names it. Two sides that are the same text in NFC differ only in their Unicode
form (a decomposed "é" against a composed one). Letter case knows Turkish: "İstanbul" and
"istanbul", "ILIK" and "ılık" differ in case only, but "i" and "ı" are different letters.
A quotation mark that comes or goes is no formatting: the words it opened or closed are no
longer, or now, a quotation (`Category.QUOTATION`); a quotation mark of another style ("“"
→ '"') still is. A sign that gives a number its unit ("%", "$") is no punctuation: "38" →
"38%" is content. Content substitutions are refined further by `content_category` and
`Classifier`, by the definitions in README.md: a figure is a changed value; number,
contraction and alias the same thing written another way; inflection another form of the
same word or stem; synonym a dictionary synonym; spelling another spelling of one word or
name (never two dictionary words); rewording the rest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from core.align.levenshtein import distance, ratio
from core.lexicon import word_forms
from core.lexicon.function_words import is_function_word
from core.lexicon.thesaurus import Thesaurus, default_thesaurus
from core.model import Category, ChangeKind
from core.text.tokens import has_emoji, is_unspaced, punctuation_to_spaces

# Tells whether two folded phrases are dictionary synonyms.
SynonymTest = Callable[[str, str], bool]

# Two single words this similar (and not forms of one word) are spellings of one name.
SPELLING_SIMILARITY = 0.7
# Two synonyms spelled alike are one word spelled two ways when they share at least this
# share of their synonyms ("grey" and "gray" 0.65, "centres" and "centers" 0.58; "million"
# and "jillion" 0.5, "cause" and "case" 0.07).
VARIANT_OVERLAP = 0.55

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
})
_SPACE = re.compile(r"\s+")
# A quotation mark, once quotes are straight: a double quote, or a single one that is not
# an apostrophe inside a word ("Lavrov's"). A single quote after a word's last letter may
# close a quotation or be a plural's apostrophe ("the students'"): counted, so that a
# quotation's end is never taken for formatting.
_QUOTATION_MARK = re.compile(r"\"|'(?!(?<=\w')\w)")
# Signs that belong to a number: a change of one is a change of the value's unit.
_SIGNS = frozenset("%$€£¥°")
# Quote marks and sentence punctuation that may cling to the ends of a swap's words.
_EDGES = "\"'“”‘’„«».,;:!?()[]{}—–-"
# Turkish writes i/İ and ı/I: two letters, each with its own capital.
_TURKISH_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})


def without_spaces(text: str) -> str:
    """Return ``text`` with every white-space character (no-break spaces too) removed."""
    return _SPACE.sub("", text)


def plain_quotes(text: str) -> str:
    """Return ``text`` with curly and typographic quotes made straight."""
    return text.translate(_QUOTES)


def without_punctuation(text: str) -> str:
    """Return ``text`` with punctuation removed and white space folded to single spaces."""
    return _SPACE.sub(" ", punctuation_to_spaces(text)).strip()


def is_formatting_text(text: str) -> bool:
    """True when ``text`` holds no word or number: only spaces and punctuation."""
    return not without_punctuation(text)


def formatting_category(old: str, new: str) -> Category | None:
    """The formatting category explaining the difference between ``old`` and ``new``.

    Returns None when the words themselves differ.
    """
    old_nfc, new_nfc = nfc(old), nfc(new)
    if old_nfc == new_nfc and old != new:
        return Category.UNICODE_FORM
    old, new = old_nfc, new_nfc
    if without_spaces(old) == without_spaces(new):
        return Category.WHITESPACE
    old_q, new_q = plain_quotes(without_spaces(old)), plain_quotes(without_spaces(new))
    if old_q == new_q:
        return Category.QUOTE_STYLE
    if same_ignoring_case(old_q, new_q):
        return Category.CASE
    if same_ignoring_case(_words(old), _words(new)):
        if _joins_letters(old, new):
            return None  # "U.S." → "US" is an abbreviation, not punctuation
        if sorted(c for c in old if c in _SIGNS) != sorted(c for c in new if c in _SIGNS):
            return None  # "38" → "38%": another value
        return Category.PUNCTUATION
    return None


def nfc(text: str) -> str:
    """Return ``text`` in Unicode's composed normal form (NFC)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def same_ignoring_case(old: str, new: str) -> bool:
    """True when ``old`` and ``new`` differ at most in letter case, Turkish case included.

    ``str.casefold`` lowers "İ" to "i" plus a combining dot and keeps "ı": so the Turkish
    pairs are compared again with İ → i and I → ı.
    """
    if old.casefold() == new.casefold():
        return True
    if not ("İ" in old or "ı" in old or "İ" in new or "ı" in new):
        return False  # without them, the Turkish reading folds both sides alike
    return old.translate(_TURKISH_CAPITALS).casefold() == new.translate(
        _TURKISH_CAPITALS).casefold()


def _words(text: str) -> str:
    """The words of ``text``: straight quotes, no apostrophes, no punctuation."""
    return without_punctuation(plain_quotes(text).replace("'", ""))


def _joins_letters(old: str, new: str) -> bool:
    """True when dropping dots inside one side joins single letters: U.S. → US."""
    return any(re.search(r"\b\w\.\w", side) for side in (old, new))


def category_of(kind: ChangeKind, old: str, new: str) -> Category:
    """The category of a change with texts ``old`` and ``new``."""
    if kind is ChangeKind.SUBSTITUTION:
        category = formatting_category(old, new)
        if category is Category.PUNCTUATION and quotation_marks(old) != quotation_marks(new):
            return Category.QUOTATION
        return category or Category.REWORDING
    text = old if kind is ChangeKind.OMISSION else new
    if not text.strip():
        return Category.WHITESPACE
    if is_formatting_text(text):
        return Category.QUOTATION if quotation_marks(text) else Category.PUNCTUATION
    return Category.CONTENT


def quotation_marks(text: str) -> int:
    """How many quotation marks ``text`` holds, of any style (apostrophes inside words
    are none)."""
    return len(_QUOTATION_MARK.findall(plain_quotes(text)))


def formal_category(old: str, new: str, folded: bool = False) -> Category | None:
    """Number, contraction or alias: the swaps that rules recognise without a dictionary.

    ``folded`` says both sides are already case-folded: no alias can be seen then.
    """
    old_number = word_forms.number_value(old)
    if old_number is not None and old_number == word_forms.number_value(new):
        return Category.NUMBER
    if word_forms.is_contraction_pair(old, new):
        return Category.CONTRACTION
    if not folded and word_forms.is_alias_pair(old, new):
        return Category.ALIAS
    return None


def content_category(old: str, new: str, synonyms: SynonymTest,
                     thesaurus: Thesaurus | None = None) -> Category:
    """The kind of a content swap: number, contraction, alias, inflection, spelling,
    synonym, or rewording for the rest (a changed value is a rewording here: see
    `Classifier`). Quote marks and punctuation at the ends of either side are set aside.
    ``thesaurus`` is the dictionary that says which words are words (by default, the one
    shipped)."""
    old, new = bare(nfc(old)), bare(nfc(new))
    formal = formal_category(old, new)
    if formal is not None:
        return formal
    if same_number(old, new):
        return Category.NUMBER
    dictionary = thesaurus or default_thesaurus()
    folded_old, folded_new = word_forms.fold(old), word_forms.fold(new)
    if folded_old == folded_new:
        return Category.SPELLING  # the same letters but for accents or ligatures: "Cæsarea"
    if (word_forms.is_inflection_pair(old, new) or word_forms.is_derivation_pair(old, new)
            or _same_lemma(folded_old, folded_new, dictionary.base_forms)):
        return Category.INFLECTION
    linked = synonyms(folded_old, folded_new)
    if _is_spelling(folded_old, folded_new, dictionary, linked):
        return Category.SPELLING
    return Category.SYNONYM if linked else Category.REWORDING


def _same_lemma(old: str, new: str, lemmas: Callable[[str], frozenset[str]]) -> bool:
    """True for two forms of one dictionary word that no suffix rule sees ("began" →
    "begin", "rose" → "rise", "cried" → "crying")."""
    if " " in old or " " in new:
        return False
    return not lemmas(old).isdisjoint(lemmas(new))


def bare(text: str) -> str:
    """``text`` without the quote marks and punctuation at its ends, unless that is all."""
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # most swaps: words from end to end
    stripped = text.strip().strip(_EDGES).strip()
    return stripped or text


def _is_spelling(old: str, new: str, dictionary: Thesaurus, synonyms: bool) -> bool:
    """Two spellings of one word or name ("Sergey" → "Sergei", "Kiev" → "Kyiv", "colour"
    → "color"): alike letter by letter, single words, not numbers, and not two different
    dictionary words — two words of the dictionary are two words ("expected" →
    "predicted", "officials" → "officers", "though" → "although"; a function word counts
    as a dictionary word) unless they are synonyms spelled a letter or two apart."""
    if not (" " not in old and " " not in new and len(old) >= 4
            and ratio(old, new) >= SPELLING_SIMILARITY
            and not any(ch.isdigit() for ch in old + new)  # a number is not spelled
            and not has_emoji(old + new)  # an emoji is drawn, not spelled
            and not is_unspaced(old + new)):  # a Thai token may be a clause, not a word
        return False
    if synonyms:
        return _variant(old, new, dictionary)
    known = [bool(dictionary.base_forms(word)) or is_function_word(word) for word in (old, new)]
    return not all(known)


def _variant(old: str, new: str, dictionary: Thesaurus) -> bool:
    """True for synonyms that are one word spelled two ways ("colour" → "color",
    "centres" → "centers"): a letter or two apart, neither the other with an affix
    ("guards" → "safeguards", "well" → "swell"), and sharing most of their synonyms — two
    words that meet in one sense only ("cause" → "case", "million" → "jillion") are two."""
    short, long = sorted((old, new), key=len)
    if not (len(long) - len(short) <= 1 and distance(old, new) <= 2
            and not long.startswith(short) and not long.endswith(short)):
        return False
    forms = dictionary.base_forms(old) | dictionary.base_forms(new) | {old, new}
    old_senses = _senses(old, dictionary) - forms
    new_senses = _senses(new, dictionary) - forms
    together = old_senses | new_senses
    return not together or len(old_senses & new_senses) >= VARIANT_OVERLAP * len(together)


def _senses(word: str, dictionary: Thesaurus) -> set[str]:
    """The synonyms of a word's base forms, and the base forms themselves."""
    found: set[str] = set()
    for base in dictionary.base_forms(word) or {word}:
        found.update(dictionary.synonyms(base), (base,))
    return found


def same_number(old: str, new: str) -> bool:
    """True when both sides are only a number, with the same value ("$2.9bn" → "$2.9
    billion"); `formal_category` knows the rest ("two" → "2", "26 percent" → "26%")."""
    values = word_forms.number_values(old)
    if not values or values != word_forms.number_values(new):
        return False  # most swaps hold no number
    return (word_forms.is_number_phrase(old) and word_forms.is_number_phrase(new)
            and word_forms.number_units(old) == word_forms.number_units(new))


def is_figure(old: str, new: str) -> bool:
    """True when both sides hold numbers and a value of one is not in the other: "30" →
    "40", "$2.9" → "$3.1", "26%" → "28%" (not "1931 footbridge" → "footbridge of 1931")."""
    old_values = word_forms.number_values(bare(old))
    new_values = word_forms.number_values(bare(new))
    return bool(old_values) and bool(new_values) and set(old_values) != set(new_values)


# What `content_category` finds before it looks for an alias, the one test that needs case.
_FOLDED_FIRST = (Category.NUMBER, Category.CONTRACTION)


def _worded(text: str) -> bool:
    """True when ``text`` begins and ends on a letter or digit, as most swaps do."""
    return text[:1].isalnum() and text[-1:].isalnum()


class ContentCategories:
    """`content_category` with its answers remembered through one comparison. `WordKinship`
    asks about folded phrases and the classifier about the changes' own texts; most words
    are written in lower case, so the two often ask the same question."""

    def __init__(self, synonyms: SynonymTest) -> None:
        self._synonyms = synonyms
        self._known: dict[tuple[str, str], Category] = {}

    def __call__(self, old: str, new: str) -> Category:
        category = self._known.get((old, new))
        if category is None:
            folded = (word_forms.fold(old), word_forms.fold(new))
            if folded == (old, new) or not _worded(old) or not _worded(new):
                # (punctuation at an end: `content_category` sets it aside before folding,
                # and folding may turn a mark into another: "¸" into nothing)
                category = content_category(old, new, self._synonyms)
            else:
                # every test but the alias one reads folded text: ask about the folded
                # pair, which `WordKinship` has often asked about already
                category = self(*folded)
                if category not in _FOLDED_FIRST and word_forms.is_alias_pair(bare(old), bare(new)):
                    category = Category.ALIAS
            self._known[(old, new)] = category
        return category


class Classifier:
    """Gives each change its category; a content substitution its finer kind (figure,
    synonym, number, …). Remembers its answers: a long text repeats its swaps."""

    def __init__(self, categories: ContentCategories | None,
                 crossed: Callable[[str, str], tuple[str, str] | None] | None = None) -> None:
        """``crossed`` tells the swap inside a substitution that moved it across a word
        (see `core.changes.crossings`): that swap is what is classified."""
        self._categories = categories  # None: formatting only, content left unrefined
        self._crossed = crossed
        self._known: dict[tuple[ChangeKind, str, str], Category] = {}

    def __call__(self, kind: ChangeKind, old: str, new: str) -> Category:
        key = (kind, old, new)
        category = self._known.get(key)
        if category is None:
            category = category_of(kind, old, new)
            if (kind is ChangeKind.SUBSTITUTION and category is Category.REWORDING
                    and self._categories is not None):
                swap = self._crossed(old, new) if self._crossed is not None else None
                if swap is not None:
                    old, new = swap
                category = self._categories(old, new)
                # a figure only here: to the swap cutter's kinship, two values are no kin
                if category is Category.REWORDING and is_figure(old, new):
                    category = Category.FIGURE
            self._known[key] = category
        return category
