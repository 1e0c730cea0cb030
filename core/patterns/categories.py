"""Which category a change falls in: formatting-only differences apart from content.

A change is formatting-only when its two sides hold the same words once white space,
quote style, letter case or punctuation are set aside; the first of these that explains the
difference names it. Two sides that are the same text in NFC differ only in their Unicode
form (a decomposed "é" against a composed one). Letter case knows Turkish: "İstanbul" and
"istanbul", "ILIK" and "ılık" differ in case only, but "i" and "ı" are different letters.
A quotation mark that comes or goes is no formatting: the words it opened or closed are no
longer, or now, a quotation (`Category.QUOTATION`); a quotation mark of another style ("“"
→ '"') still is. Content substitutions are refined further by `core.patterns.counting`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from core.align.levenshtein import ratio
from core.lexicon import word_forms
from core.model import Category, ChangeKind
from core.text.tokens import has_emoji, is_unspaced, punctuation_to_spaces

# Tells whether two folded phrases are dictionary synonyms.
SynonymTest = Callable[[str, str], bool]

# Two single words this similar (and not forms of one word) are spellings of one name.
SPELLING_SIMILARITY = 0.7

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


def content_category(old: str, new: str, synonyms: SynonymTest) -> Category:
    """The kind of a content swap: number, contraction, alias, inflection, synonym,
    spelling, or rewording for the rest."""
    old, new = nfc(old), nfc(new)
    formal = formal_category(old, new)
    if formal is not None:
        return formal
    if word_forms.is_inflection_pair(old, new):
        return Category.INFLECTION
    folded_old, folded_new = word_forms.fold(old), word_forms.fold(new)
    if synonyms(folded_old, folded_new):
        return Category.SYNONYM
    if (" " not in folded_old and " " not in folded_new and len(folded_old) >= 4
            and ratio(folded_old, folded_new) >= SPELLING_SIMILARITY
            and not has_emoji(old + new)  # an emoji is drawn, not spelled
            and not is_unspaced(old + new)):  # a Thai token may be a clause, not a word
        return Category.SPELLING
    return Category.REWORDING


# What `content_category` finds before it looks for an alias, the one test that needs case.
_FOLDED_FIRST = (Category.NUMBER, Category.CONTRACTION)


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
            if folded == (old, new):
                category = content_category(old, new, self._synonyms)
            else:
                # every test but the alias one reads folded text: ask about the folded
                # pair, which `WordKinship` has often asked about already
                category = self(*folded)
                if category not in _FOLDED_FIRST and word_forms.is_alias_pair(old, new):
                    category = Category.ALIAS
            self._known[(old, new)] = category
        return category


class Classifier:
    """Gives each change its category; a content substitution its finer kind (synonym,
    number, …). Remembers its answers: a long text repeats its swaps."""

    def __init__(self, categories: ContentCategories | None) -> None:
        self._categories = categories  # None: formatting only, content left unrefined
        self._known: dict[tuple[ChangeKind, str, str], Category] = {}

    def __call__(self, kind: ChangeKind, old: str, new: str) -> Category:
        key = (kind, old, new)
        category = self._known.get(key)
        if category is None:
            category = category_of(kind, old, new)
            if (kind is ChangeKind.SUBSTITUTION and category is Category.REWORDING
                    and self._categories is not None):
                category = self._categories(old, new)
            self._known[key] = category
        return category
