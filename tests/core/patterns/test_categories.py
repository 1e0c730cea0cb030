"""Categories: formatting-only differences are told apart from content, content swaps are
classified by the definitions in README.md, and the remembered categories
(`ContentCategories`) answer as a fresh look does.

A quotation mark that comes or goes is content (`Category.QUOTATION`), never formatting
(issue 16: the translation in seed 001 dropped the quotation marks around Lavrov's words;
they were counted as punctuation, dimmed, and gone when formatting was hidden); a quotation
mark of another style ("“" → '"') is still formatting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.compare import compare
from core.lexicon.thesaurus import default_thesaurus
from core.lexicon.word_forms import fold
from core.load.loader import load
from core.model import Category, ChangeKind
from core.patterns.categories import (
    Classifier,
    ContentCategories,
    category_of,
    content_category,
    quotation_marks,
    same_ignoring_case,
)

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION


@pytest.mark.parametrize(
    ("kind", "old", "new", "expected", "reason"),
    [
        (SUB, "\n\n", "\n", Category.WHITESPACE, "paragraph break to line break"),
        (SUB, "\u00a0", " ", Category.WHITESPACE, "no-break space to space"),
        (SUB, "Russia’s", "Russia's", Category.QUOTE_STYLE, "curly to straight apostrophe"),
        (SUB, "“no limits”", '"no limits"', Category.QUOTE_STYLE, "double quotes"),
        (SUB, "While", "while", Category.CASE, "capital letter"),
        (SUB, "said,", "said;", Category.PUNCTUATION, "comma to semicolon"),
        (SUB, "U.S.", "US", Category.REWORDING, "dropping dots of an abbreviation is content"),
        (SUB, "visit", "go to", Category.REWORDING, "a real swap"),
        (OMIT, ", ", "", Category.PUNCTUATION, "a dropped comma"),
        (OMIT, "  ", "", Category.WHITESPACE, "dropped spaces"),
        (ADD, "", "together ", Category.CONTENT, "an added word"),
        (OMIT, "Xi Meets With Russia’s Foreign Minister", "", Category.CONTENT, "a headline"),
        (SUB, "Cafe\u0301", "Café", Category.UNICODE_FORM,
         "decomposed and composed é: the same text in NFC"),
        (SUB, "Cafe\u0301", "café", Category.CASE, "compared in NFC, then by case"),
        (SUB, "Cafe\u0301,", "Café;", Category.PUNCTUATION, "compared in NFC, then punctuation"),
        (SUB, "İstanbul", "istanbul", Category.CASE, "Turkish dotted capital İ is i's capital"),
        (SUB, "ILIK", "ılık", Category.CASE, "Turkish dotless I is ı's capital"),
        (SUB, "I said", "i said", Category.CASE, "ordinary English I and i"),
        (SUB, "İSTANBUL, dedi", "istanbul; dedi", Category.PUNCTUATION,
         "Turkish case inside a punctuation change"),
        (SUB, "ılık", "ilik", Category.REWORDING, "ı and i are two letters, not two cases"),
        (SUB, "vowel", "vowel\u0301", Category.REWORDING, "an added accent is not punctuation"),
        (SUB, "วันอังคาร", "วันพุธ", Category.REWORDING, "Thai with vowel signs: content"),
        (SUB, "กิน", "กิ่น", Category.REWORDING, "a Thai tone mark is not punctuation"),
        (SUB, "कम", "काम", Category.REWORDING, "a Devanagari vowel sign is not punctuation"),
        (SUB, "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👦", Category.REWORDING,
         "an emoji ZWJ sequence changed is content, not punctuation or spelling"),
        (SUB, "🇫🇷", "🇩🇪", Category.REWORDING, "a flag changed is content"),
        (SUB, "👍", "👍🏽", Category.REWORDING, "a skin tone added is content"),
        (ADD, "", " 🎉", Category.CONTENT, "an added emoji is content"),
        (ADD, "", "\u0e48", Category.CONTENT, "an added Thai tone mark is content"),
        (ADD, "", "、", Category.PUNCTUATION, "an ideographic comma is punctuation"),
    ],
)
def test_category(kind: ChangeKind, old: str, new: str, expected: Category, reason: str) -> None:
    assert category_of(kind, old, new) is expected, reason


def test_formatting_flag() -> None:
    assert Category.QUOTE_STYLE.is_formatting and not Category.SYNONYM.is_formatting
    assert Category.UNICODE_FORM.is_formatting and Category.UNICODE_FORM.value == "unicode-form"


@pytest.mark.parametrize(
    ("old", "new", "same", "reason"),
    [
        ("İstanbul", "istanbul", True, "İ is the capital of i"),
        ("Istanbul", "istanbul", True, "an English-keyboard capital I is read as i's too"),
        ("ILIK", "ılık", True, "I is the capital of ı"),
        ("İ", "I", False, "two Turkish capitals: two letters"),
        ("i", "ı", False, "two Turkish small letters: two letters"),
        ("ılık", "ilik", False, "lukewarm and marrow"),
        ("While", "while", True, "ordinary English"),
        ("STRASSE", "straße", True, "casefold's own rules still hold"),
        ("visit", "Visits", False, "not a case change"),
    ],
)
def test_same_ignoring_case(old: str, new: str, same: bool, reason: str) -> None:
    assert same_ignoring_case(old, new) is same, reason


@pytest.mark.parametrize(
    ("old", "new", "expected", "reason"),
    [
        ("Sergey", "Sergei", Category.SPELLING, "two spellings of one name"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👦", Category.REWORDING,
         "five code points alike, but an emoji is drawn, not spelled"),
        ("ประชุมวันอังคารที่กรุงเทพ", "ประชุมวันพุธที่กรุงเทพ", Category.REWORDING,
         "a Thai token may be a clause: no spelling of one word"),
        ("Cafe\u0301s", "Café", Category.INFLECTION,
         "a decomposed plural and its composed singular: read in NFC"),
    ],
)
def test_content_category(old: str, new: str, expected: Category, reason: str) -> None:
    assert content_category(old, new, lambda a, b: False) is expected, reason


# One row or more per category of README.md's definitions, through the classifier that
# gives the changes their categories (the real thesaurus).
@pytest.mark.parametrize(("old", "new", "expected"), [
    pytest.param("30", "40", Category.FIGURE, id="figure: a changed value"),
    pytest.param("$2.9", "$3.1", Category.FIGURE, id="figure: a changed amount"),
    pytest.param("26%", "28%", Category.FIGURE, id="figure: a changed share"),
    pytest.param("two", "2", Category.NUMBER, id="number: the same value in digits"),
    pytest.param("26 percent", "26%", Category.NUMBER, id="number: the same share, a sign"),
    pytest.param("$2.9bn", "$2.9 billion", Category.NUMBER, id="number: the same amount"),
    pytest.param("1931 footbridge", "footbridge of 1931", Category.REWORDING,
                 id="rewording: the same year, other words, no figure"),
    pytest.param("38", "38%", Category.REWORDING, id="rewording: a unit added is no punctuation"),
    pytest.param("did not", "didn't", Category.CONTRACTION, id="contraction"),
    pytest.param("is no", "isn’t a", Category.CONTRACTION,
                 id="contraction: the negation contracted takes 'no' along"),
    pytest.param("United States", "USA", Category.ALIAS, id="alias: initials"),
    pytest.param("dictatorships", "dictatorship", Category.INFLECTION, id="inflection: plural"),
    pytest.param("began", "begin", Category.INFLECTION, id="inflection: an irregular tense"),
    pytest.param("Russia’s", "Russian", Category.INFLECTION,
                 id="inflection: derived from the same stem, not a spelling"),
    pytest.param("“anti-Chinese”", "anti-China", Category.INFLECTION,
                 id="inflection: a derivation, quote marks at the ends set aside"),
    pytest.param("significant", "important", Category.SYNONYM, id="synonym: the thesaurus"),
    pytest.param("“outside", "external", Category.SYNONYM,
                 id="synonym: a glued quote mark does not hide it"),
    pytest.param("Sergey", "Sergei", Category.SPELLING, id="spelling: a name transliterated"),
    pytest.param("Kiev", "Kyiv", Category.SPELLING, id="spelling: a name, one side a word"),
    pytest.param("colour", "color", Category.SPELLING,
                 id="spelling: synonyms a letter apart, sharing their senses"),
    pytest.param("expected", "predicted", Category.REWORDING,
                 id="not spelling: two dictionary words alike in letters"),
    pytest.param("officials", "officers", Category.REWORDING,
                 id="not spelling: two words of one root, no derivation of each other"),
    pytest.param("though", "although", Category.REWORDING,
                 id="not spelling: two function words"),
    pytest.param("cause", "case", Category.SYNONYM,
                 id="not spelling: synonyms in one sense only"),
    pytest.param("visit", "go to", Category.REWORDING, id="rewording: nothing explains it"),
])
def test_category_definitions(old: str, new: str, expected: Category) -> None:
    classify = Classifier(ContentCategories(default_thesaurus().are_related))
    assert classify(SUB, old, new) is expected


_SWAP_WORDS = ["US", "U.S.", "United States", "USA", "two", "2", "Two", "did not", "didn't",
               "Didn’t", "visit", "Visit", "go to", "important", "Significant", "significant",
               "dictatorships", "dictatorship", "Sergey", "Sergei", "Judæa", "Judea", "EU",
               "European Union", "26 percent", "26%", "cannot", "can't", "Café", "cafe", ""]


@given(st.sampled_from(_SWAP_WORDS) | st.text(max_size=12),
       st.sampled_from(_SWAP_WORDS) | st.text(max_size=12))
@settings(max_examples=400, deadline=None)
def test_remembered_content_categories_agree_with_a_fresh_look(old: str, new: str) -> None:
    """The memo answers a pair from its folded form (see `ContentCategories`): whatever was
    asked before, and in whatever case, the answer is the one `content_category` gives."""
    synonyms = default_thesaurus().are_related
    remembered = ContentCategories(synonyms)
    remembered(fold(old), fold(new))  # WordKinship often asks first
    assert remembered(old, new) == content_category(old, new, synonyms)
    assert ContentCategories(synonyms)(old, new) == content_category(old, new, synonyms)


@pytest.mark.parametrize(
    ("kind", "old", "new", "expected"),
    [
        pytest.param(OMIT, "“", "", Category.QUOTATION, id="an opening mark dropped"),
        pytest.param(ADD, "", "”", Category.QUOTATION, id="a closing mark added"),
        pytest.param(OMIT, "‘", "", Category.QUOTATION, id="a nested quotation's mark"),
        pytest.param(ADD, "", ", «", Category.QUOTATION, id="a guillemet with a comma"),
        pytest.param(SUB, "”\u00a0", " ", Category.QUOTATION,
                     id="a closing mark dropped, a no-break space made plain"),
        pytest.param(SUB, "\n\n“", " ", Category.QUOTATION,
                     id="a paragraph joined and its opening mark dropped"),
        pytest.param(SUB, "“", '"', Category.QUOTE_STYLE, id="curly to straight: style"),
        pytest.param(SUB, "«", "“", Category.QUOTE_STYLE, id="guillemet to curly: style"),
        pytest.param(SUB, "Lavrov’s", "Lavrov's", Category.QUOTE_STYLE,
                     id="an apostrophe's style"),
        pytest.param(SUB, "Russia’s", "Russias", Category.PUNCTUATION,
                     id="an apostrophe inside a word is no quotation mark"),
        pytest.param(OMIT, ",", "", Category.PUNCTUATION, id="a comma is punctuation"),
        pytest.param(SUB, ";", ",", Category.PUNCTUATION, id="so is a comma for a semicolon"),
        pytest.param(SUB, "“anti-Chinese”", "anti-China", Category.REWORDING,
                     id="marks dropped with a word changed: content as before"),
        pytest.param(ADD, "", " ", Category.WHITESPACE, id="white space stays white space"),
    ],
)
def test_category_of_quotation_marks(kind: ChangeKind, old: str, new: str,
                                     expected: Category) -> None:
    assert category_of(kind, old, new) is expected
    assert not Category.QUOTATION.is_formatting


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("“no”", 2, id="both ends"),
        pytest.param("isn’t", 0, id="an apostrophe inside a word"),
        pytest.param("the students’", 1, id="after a word: may close a quotation, counted"),
        pytest.param("'", 1, id="a straight single quote alone"),
        pytest.param("— said", 0, id="no quotation mark"),
    ],
)
def test_quotation_marks(text: str, count: int) -> None:
    assert quotation_marks(text) == count


def test_the_quote_marks_dropped_in_seed_001_are_content(seeds: list) -> None:
    comparison = compare(load(seeds[0]), load(seeds[1]))
    dropped = [change for change in comparison.changes
               if change.kind is OMIT and change.old_text in ("“", "”", "‘")]
    assert dropped, "the translation dropped quotation marks"
    assert all(change.category is Category.QUOTATION for change in dropped)
    styled = [change for change in comparison.changes
              if change.kind is SUB and change.old_text == "Lavrov’s"]
    assert styled and all(change.category is Category.QUOTE_STYLE for change in styled)
