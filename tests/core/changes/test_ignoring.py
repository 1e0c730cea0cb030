"""The ignore rules: ignored differences count nowhere, and the edit script still rebuilds NEW."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.changes.edit_script import rebuild
from core.changes.ignoring import BadRule, rules_of, same_when_ignoring
from core.compare import compare
from core.model import IGNORABLE, Category, ChangeKind, CompareOptions, Comparison, Document

CASE, PUNCTUATION = Category.CASE, Category.PUNCTUATION
QUOTES, SPACES = Category.QUOTE_STYLE, Category.WHITESPACE


def _compare(old: str, new: str, categories: tuple[str, ...] = (),
             lines: tuple[str, ...] = ()) -> Comparison:
    options = CompareOptions(ignore=rules_of(categories, lines))
    return compare(Document("old.txt", "", old), Document("new.txt", "", new), options)


def _rebuilds(comparison: Comparison) -> bool:
    changes = [dataclasses.asdict(change) for change in comparison.changes]
    return rebuild(comparison.old.text, changes) == comparison.new.text


def _counted(comparison: Comparison) -> list[tuple[ChangeKind, str, str]]:
    return [(c.kind, c.old_text, c.new_text) for c in comparison.changes if not c.ignored]


@pytest.mark.parametrize(
    ("old", "new", "categories", "same"),
    [
        pytest.param("The", "the", {CASE}, True, id="case alone"),
        pytest.param("The", "the", {PUNCTUATION}, False, id="case is not punctuation"),
        pytest.param("Hello,", "hello", {PUNCTUATION}, False,
                     id="punctuation ignored, but the case differs too"),
        pytest.param("Hello,", "hello", {PUNCTUATION, CASE}, True, id="both ignored"),
        pytest.param("a - b", "a b", {PUNCTUATION}, True,
                     id="a dash dropped with its space is punctuation"),
        pytest.param(", ", "", {PUNCTUATION}, True, id="a comma and its space"),
        pytest.param("a  b", "a b", {PUNCTUATION}, False, id="white space alone is not"),
        pytest.param("a  b", "a b", {SPACES}, True, id="white space"),
        pytest.param("a\u00a0b", "a b", {SPACES}, True, id="a no-break space"),
        pytest.param("end.\n\nThe", "end. The", {SPACES}, True, id="a paragraph break"),
        pytest.param("Lavrov’s", "Lavrov's", {QUOTES}, True, id="an apostrophe's style"),
        pytest.param("“", '"', {QUOTES}, True, id="a quotation mark's style"),
        pytest.param("“", '"', {PUNCTUATION}, False,
                     id="a quotation mark's style is not punctuation"),
        pytest.param("Russia’s", "Russias", {PUNCTUATION}, True,
                     id="an apostrophe inside a word is punctuation"),
        pytest.param("ILIK", "ılık", {CASE}, True, id="Turkish dotless i"),
        pytest.param("İstanbul", "istanbul", {CASE}, True, id="Turkish dotted capital"),
        pytest.param("visit", "go to", set(IGNORABLE), False, id="words are never ignored"),
    ],
)
def test_same_when_ignoring(old: str, new: str, categories: set[Category], same: bool) -> None:
    assert same_when_ignoring(old, new, frozenset(categories)) is same


@pytest.mark.parametrize(
    ("old", "new", "categories", "counted"),
    [
        pytest.param("The visit went well.", "the visit went well.", ("case",), [],
                     id="a case change is counted nowhere"),
        pytest.param("Mr. Lavrov’s visit", "Mr. Lavrov's visit", ("quote-style",), [],
                     id="a quote style change"),
        pytest.param("He said, well, no.", "He said well no.", ("punctuation",), [],
                     id="commas dropped"),
        pytest.param("One.\n\nTwo.", "One.\nTwo.", ("whitespace",), [],
                     id="a paragraph break"),
        pytest.param("NO CHANGE HERE. THE VISIT WENT WELL.",
                     "No change here. The visit went well. A sentence was added here.",
                     ("case",), [(ChangeKind.ADDITION, "", " A sentence was added here.")],
                     id="case folded before aligning: not one omission and one addition"),
        pytest.param("He said “no” today.", "He said no today.", tuple(v.value for v in IGNORABLE),
                     [(ChangeKind.OMISSION, "“", ""), (ChangeKind.OMISSION, "”", "")],
                     id="quotation marks that go are content, never ignored"),
        pytest.param("The visit went well.", "The trip went well.", ("case",),
                     [(ChangeKind.SUBSTITUTION, "visit", "trip")], id="content stays counted"),
    ],
)
def test_ignored_changes_count_nowhere(old: str, new: str, categories: tuple[str, ...],
                                       counted: list[tuple[ChangeKind, str, str]]) -> None:
    comparison = _compare(old, new, categories)
    assert _counted(comparison) == counted
    assert _rebuilds(comparison)
    formatting = sum(1 for change in comparison.changes if change.category.is_formatting
                     and not change.ignored)
    assert comparison.counts.formatting == formatting
    assert not any(comparison.changes[i].ignored for p in comparison.patterns for i in p.changes)


@pytest.mark.parametrize(
    ("old", "new", "lines", "counted"),
    [
        pytest.param("Story.\n", "[ad_1]\nStory.\n", (r"\[ad_\d+\]",), [],
                     id="an advertisement marker added"),
        pytest.param("Story.\nSource link\n", "Story.\n", ("Source link",), [],
                     id="a footer dropped"),
        pytest.param("Title\n\nStory.\n", "[ad_1]\n\nStory.\n", (r"\[ad_\d+\]",),
                     [(ChangeKind.OMISSION, "Title", "")],
                     id="a headline replaced by the marker: only the headline counts"),
        pytest.param("Story.\n", "Story.\n  Source link  \n", ("Source link",), [],
                     id="matched without the line's outer spaces"),
        pytest.param("A Source link here.\n", "A here.\n", ("Source link",),
                     [(ChangeKind.OMISSION, "Source link ", "")],
                     id="only whole lines are boilerplate"),
        pytest.param("One two.\n[ad_1]\nThree.\n", "One two.\n[ad_2]\nThree four.\n",
                     (r"\[ad_\d+\]",), [(ChangeKind.SUBSTITUTION, "Three", "Three four")],
                     id="two different markers: both set aside"),
    ],
)
def test_boilerplate_lines_are_left_out(old: str, new: str, lines: tuple[str, ...],
                                        counted: list[tuple[ChangeKind, str, str]]) -> None:
    comparison = _compare(old, new, lines=lines)
    assert _counted(comparison) == counted
    assert _rebuilds(comparison)


def test_boilerplate_words_are_not_counted() -> None:
    comparison = _compare("Story here.\n", "[ad_1]\nStory here.\nSource link\n",
                          lines=(r"\[ad_\d+\]", "Source link"))
    assert (comparison.old_words, comparison.new_words) == (2, 2)
    assert comparison.similarity == 1.0


@pytest.mark.parametrize(
    ("categories", "lines", "message"),
    [
        pytest.param(("colour",), (), "unknown category to ignore: 'colour'", id="a wrong name"),
        pytest.param((), ("[",), "not a regular expression: '['", id="a broken pattern"),
        pytest.param((), (".*",), "matches an empty line", id="a pattern matching nothing"),
    ],
)
def test_bad_rules_are_refused_in_one_line(categories: tuple[str, ...], lines: tuple[str, ...],
                                           message: str) -> None:
    with pytest.raises(BadRule, match="^" + message.replace("[", r"\[").replace("*", r"\*")
                       .replace(".", r"\.")) as raised:
        rules_of(categories, lines)
    assert "\n" not in str(raised.value)


PIECES = st.sampled_from([
    "the", "The", "THE", "visit", "Visit", "[ad_1]", "Source link", "’s", "'", "“", "”", '"',
    ",", ".", " - ", " ", "  ", "\n", "\n\n", "\u00a0", "26%", "Lavrov", "isn’t", "isn't",
    "İstanbul", "istanbul", "Café", "Cafe\u0301",
])
RULES = st.tuples(st.sets(st.sampled_from([c.value for c in IGNORABLE])),
                  st.sampled_from([(), (r"\[ad_\d\]",), ("Source link", r"\[ad_1\]")]))


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=80), st.data(), RULES)
def test_the_edit_script_rebuilds_new_whatever_is_ignored(
        pieces: list[str], data: st.DataObject, rules: tuple[set[str], tuple[str, ...]]) -> None:
    edited = list(pieces)
    for _ in range(data.draw(st.integers(0, 10))):
        at = data.draw(st.integers(0, len(edited)))
        removed = data.draw(st.integers(0, 5))
        edited[at:at + removed] = data.draw(st.lists(PIECES, max_size=5))
    comparison = _compare("".join(pieces), "".join(edited), tuple(sorted(rules[0])), rules[1])
    assert _rebuilds(comparison)
    for earlier, later in itertools.pairwise(comparison.changes):
        assert earlier.old_end <= later.old_start and earlier.new_end <= later.new_start
    # what is ignored hides no word: a formatting change, a change of its own, or a change
    # of boilerplate lines and white space alone ("[ad_1]" → " ", ignored whole by design)
    assert all(change.category.is_formatting or change.kind is not ChangeKind.SUBSTITUTION
               or _only_boilerplate(change.old_text + change.new_text, rules[1])
               for change in comparison.changes if change.ignored)


def _only_boilerplate(text: str, lines: tuple[str, ...]) -> bool:
    """True when ``text`` holds nothing but what the ``lines`` patterns match, and white
    space."""
    for pattern in lines:
        text = re.sub(pattern, "", text)
    return not text.strip()


@pytest.mark.parametrize(
    ("new", "ignored", "reason"),
    [
        (" ", [(ChangeKind.SUBSTITUTION, "[ad_1]", " ")],
         "a boilerplate line replaced by white space alone is ignored whole"),
        ("", [(ChangeKind.OMISSION, "[ad_1]", "")], "a boilerplate line dropped is ignored"),
        ("word", [(ChangeKind.OMISSION, "[ad_1]", "")],
         "a word in its place is a change of its own, counted"),
    ],
)
def test_a_boilerplate_line_in_place_of_another_text(
        new: str, ignored: list[tuple[ChangeKind, str, str]], reason: str) -> None:
    comparison = _compare("[ad_1]", new, (), (r"\[ad_\d\]",))
    assert [(c.kind, c.old_text, c.new_text) for c in comparison.changes if c.ignored] == ignored, \
        reason
    assert _rebuilds(comparison), reason
