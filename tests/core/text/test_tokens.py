"""Tokens: every character in exactly one token; words, numbers, punctuation, spaces; the
word index counts in integers."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text import tokens as tokens_module
from core.text.tokens import (
    Tokenized,
    TokenKind,
    WordIndex,
    comparable,
    count_words,
    is_plain,
    kind_of,
    punctuation_to_spaces,
    split,
)

W, N, P, S = TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCTUATION, TokenKind.SPACE


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("isn’t", [("isn’t", TokenKind.WORD)], "curly inner apostrophe stays in the word"),
        ("don't", [("don't", TokenKind.WORD)], "straight inner apostrophe too"),
        ("anti-Chinese", [("anti-Chinese", TokenKind.WORD)], "inner hyphen joins a word"),
        ("28-year-old", [("28-year-old", TokenKind.WORD)], "hyphenated age is one word"),
        ("$1.13bn", [("$1.13bn", TokenKind.NUMBER)], "currency, decimals and unit"),
        ("26%", [("26%", TokenKind.NUMBER)], "percent sign belongs to the number"),
        ("2,022", [("2,022", TokenKind.NUMBER)], "thousands separator between digits"),
        ("end.Next", [("end", TokenKind.WORD), (".", TokenKind.PUNCTUATION),
                      ("Next", TokenKind.WORD)], "a point between letters splits"),
        ("a\u00a0b", [("a", TokenKind.WORD), ("\u00a0", TokenKind.SPACE),
                      ("b", TokenKind.WORD)], "no-break space is a space token"),
        ("“Hi,”", [("“", TokenKind.PUNCTUATION), ("Hi", TokenKind.WORD),
                   (",", TokenKind.PUNCTUATION), ("”", TokenKind.PUNCTUATION)],
         "quotes and commas are tokens of their own"),
        ("Москва Αθήνα", [("Москва", W), (" ", S), ("Αθήνα", W)],
         "Cyrillic and Greek words are words"),
        ("北京周二", [("北", W), ("京", W), ("周", W), ("二", W)],
         "Chinese has no spaces: each Han character is a word of its own"),
        ("東京でコーヒー。", [("東", W), ("京", W), ("で", W), ("コ", W), ("ー", W), ("ヒ", W),
                        ("ー", W), ("。", P)],
         "Japanese kana and the prolonged sound mark too; 。 is punctuation"),
        ("ｶﾞｷﾞ", [("ｶﾞ", W), ("ｷﾞ", W)], "a half-width voicing mark joins its kana"),
        ("A股2024年", [("A", W), ("股", W), ("2024", N), ("年", W)],
         "a Han character ends a Latin word or a number"),
        ("회의는 서울에서", [("회의는", W), (" ", S), ("서울에서", W)],
         "Korean writes spaces: Hangul keeps its words"),
        ("วันอังคาร ที่", [("วันอังคาร", W), (" ", S), ("ที่", W)],
         "Thai vowel and tone marks belong to their word"),
        ("नमस्ते दुनिया।", [("नमस्ते", W), (" ", S), ("दुनिया", W), ("।", P)],
         "Devanagari vowel signs and virama belong to their word"),
        ("می\u200cخواهم", [("می\u200cخواهم", W)], "a zero-width non-joiner inside a word"),
        ("Cafe\u0301!", [("Cafe\u0301", W), ("!", P)], "a decomposed accent stays in its word"),
        (" \u0301x", [(" ", S), ("\u0301", W), ("x", W)],
         "a mark with no letter before it is a word, never punctuation"),
        ("a 👨\u200d👩\u200d👧 b", [("a", W), (" ", S), ("👨\u200d👩\u200d👧", W), (" ", S),
                                  ("b", W)], "an emoji ZWJ sequence is one token"),
        ("🇫🇷🇩🇪", [("🇫🇷", W), ("🇩🇪", W)], "flags: regional indicators pair up"),
        ("👍🏽!", [("👍🏽", W), ("!", P)], "a skin tone stays with its emoji"),
        ("1️⃣ #️⃣", [("1️⃣", W), (" ", S), ("#️⃣", W)], "keycaps are one token each"),
        ("©️ © ™", [("©️", W), (" ", S), ("©", P), (" ", S), ("™", P)],
         "© asking to be an emoji is one; plain © and ™ stay symbols"),
    ],
)
def test_tokenize(text: str, expected: list[tuple[str, TokenKind]], reason: str) -> None:
    assert [(token, kind_of(token)) for token in split(text)] == expected, reason


def test_offsets_index_the_text() -> None:
    text = "China’s top leader, Xi Jinping,\n\nmet 2 people."
    tokenized = Tokenized.of(text)
    for token, start, end in zip(tokenized.written, tokenized.starts, tokenized.starts[1:],
                                 strict=False):
        assert text[start:end] == token
    assert tokenized.starts[-1] == len(text)


def test_count_words() -> None:
    assert count_words("The visit came 2 days later — in 2024.") == 8


@given(st.text())
def test_tokens_concatenate_to_the_text(text: str) -> None:
    assert "".join(split(text)) == text


# The characters `is_plain` lets through, all of them.
PLAIN = [chr(code) for code in range(0x2200) if is_plain(chr(code))]


def test_plain_characters_meet_no_script_rule() -> None:
    """Every character of the plain path, alone or beside others, gets the same tokens from
    the script rules: none of them is a mark, a joiner, a CJK letter or an emoji."""
    script, plain = tokens_module._scripts().token.findall, tokens_module._TOKEN.findall
    for char in PLAIN:
        for text in (char, char * 2, f"a{char}b", f"1{char}2", f" {char}."):
            assert script(text) == plain(text), unicodedata.name(char, hex(ord(char)))


@given(st.text(alphabet=st.sampled_from(PLAIN)))
def test_plain_text_gets_the_same_tokens_from_both_paths(text: str) -> None:
    """The fast path is only a shortcut: the script rules agree on plain text."""
    assert tokens_module._scripts().token.findall(text) == tokens_module._TOKEN.findall(text)
    assert tokens_module._scripts().punctuation.sub(
        lambda m: m.group(1) or " ", text) == punctuation_to_spaces(text)


@pytest.mark.parametrize(
    ("text", "plain", "reason"),
    [
        ("The visit — “no limits”, £5, 26%.", True, "English with typography"),
        ("Москва, Αθήνα, Straße, Ελλάδα", True, "Cyrillic, Greek, Latin letters"),
        ("Psalm 119: ALEPH. א", True, "Hebrew letters (the King James Bible has them)"),
        ("Cafe\u0301", False, "a combining accent"),
        ("北京", False, "Han characters"),
        ("ok 👍", False, "an emoji"),
    ],
)
def test_is_plain(text: str, plain: bool, reason: str) -> None:
    assert is_plain(text) is plain, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("said, “no”", "said   no ", "punctuation and quotes become spaces"),
        ("วันอังคาร, ที่", "วันอังคาร  ที่", "Thai marks are not punctuation"),
        ("a 👨\u200d👩\u200d👧!", "a 👨\u200d👩\u200d👧 ", "an emoji is not punctuation"),
        ("🇫🇷.", "🇫🇷 ", "nor is a flag"),
        ("© 北京。", "  北京 ", "a plain © is, as before; so is 。"),
    ],
)
def test_punctuation_to_spaces(text: str, expected: str, reason: str) -> None:
    assert punctuation_to_spaces(text) == expected, reason


def test_comparable_tokens_are_nfc() -> None:
    text = "Cafe\u0301 ouvert"
    written = split(text)
    assert comparable(text, written) == ["Café", " ", "ouvert"]
    assert comparable("Café", ["Café"]) == ["Café"]


def test_comparable_keeps_nfc_text_as_it_is() -> None:
    written = split("Café ouvert")
    assert comparable("Café ouvert", written) is written, "no copy for text already in NFC"


@given(st.text(max_size=60))
def test_marks_never_start_a_token_after_a_letter(text: str) -> None:
    """A mark (and a joiner) stays with what it follows, but for white space."""
    pieces = split(text)
    assert "".join(pieces) == text
    for before, after in itertools.pairwise(pieces):
        if unicodedata.category(after[0])[0] == "M" or after[0] in "\u200c\u200d":
            assert before[-1].isspace() or before[-1] in "\x1c\x1d\x1e\x1f", (before, after)
        if unicodedata.category(after[0])[0] == "M":
            assert tokens_module.kind_of(after) is TokenKind.WORD, "a mark is never punctuation"


@given(st.lists(st.sampled_from(["word", "it’s", "2,022", "$1.5", " ", "  ", "\n\n", ",", "“",
                                 "周二", "é", "👍🏽", "\x1c", "\u00a0", "26%"]), max_size=400))
def test_a_long_text_is_split_in_chunks_into_the_same_tokens(pieces: list[str]) -> None:
    # split works a chunk at a time on long texts (so the window's thread can draw); the
    # chunks must never cut a token
    text = "".join(pieces)
    pattern = tokens_module._TOKEN if is_plain(text) else tokens_module._scripts().token
    chunk = tokens_module._CHUNK
    try:
        tokens_module._CHUNK = 7
        assert split(text) == pattern.findall(text)
    finally:
        tokens_module._CHUNK = chunk


@pytest.mark.parametrize(("tokens", "count"), [
    pytest.param([], 0, id="no tokens"),
    pytest.param(["word"], 1, id="one word (was True)"),
    pytest.param(["."], 0, id="one token that is no word (was False)"),
    pytest.param(["word", " "], 1, id="a word and a space"),
    pytest.param(["two", " ", "words"], 2, id="many words"),
])
def test_word_index_counts_are_integers(tokens: list[str], count: int) -> None:
    index = WordIndex(tokens)
    assert type(index.count) is int and index.count == count
    assert type(index.count_in(0, len(tokens))) is int
