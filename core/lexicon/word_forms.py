"""Word-form knowledge without a dictionary: numbers, contractions, abbreviations, inflections.

Small closed tables (number words, English contractions) and rules (plural and tense
endings, initials of a name), used to tell what kind of swap a substitution is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "first": 1, "second": 2, "third": 3,
    "dozen": 12, "half": 0.5,
}
_UNIT_WORDS = {"percent": "%", "per cent": "%", "pc": "%", "dollars": "$", "dollar": "$"}
_MAY_BE_NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b")
_CONTRACTIONS = {
    "n't": " not", "'re": " are", "'ll": " will", "'ve": " have", "'m": " am", "'d": " would",
    "'s": " is",
}
_IRREGULAR_CONTRACTIONS = {"won't": "will not", "can't": "cannot", "shan't": "shall not",
                           "ain't": "is not", "cannot": "can not"}


@lru_cache(maxsize=1 << 16)  # words and short phrases recur throughout a text
def fold(text: str) -> str:
    """Case-folded text with straight apostrophes, single spaces and no accents or ligatures."""
    if text.isascii():
        return " ".join(text.split()).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("æ", "ae").replace("Æ", "AE")
    text = text.replace("œ", "oe").replace("Œ", "OE")
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


def number_value(text: str) -> str | None:
    """A canonical form of a number written in words or digits ("two" → "2", "26 percent"
    → "26%", "2,022" → "2022"); None when ``text`` is not a number."""
    folded = fold(text)
    if not _MAY_BE_NUMBER.search(folded):
        return None
    for word, sign in _UNIT_WORDS.items():
        folded = re.sub(rf"\b{word}\b", sign, folded)
    folded = folded.replace(" %", "%").replace("$ ", "$")
    parts = re.split(r"(\d[\d,.]*)", folded)
    canonical = []
    for part in parts:
        if re.fullmatch(r"\d[\d,.]*", part):
            canonical.append(part.replace(",", ""))
        else:
            canonical.append(_number_words(part))
    value = "".join(canonical).replace(" ", "")
    return value if re.search(r"\d", value) else None


def _number_words(text: str) -> str:
    words = re.split(r"[\s-]+", text.strip())
    total = 0.0
    seen = False
    result = []
    for word in words:
        if word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            total = total * value if value >= 100 and total else total + value
            seen = True
        elif word:
            if seen:
                result.append(_format_number(total))
                total, seen = 0.0, False
            result.append(word)
    if seen:
        result.append(_format_number(total))
    return " ".join(result)


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


# Each contraction as a compiled pattern and what it stands for, irregular ones first.
_CONTRACTION_PATTERNS = tuple(
    [(re.compile(rf"\b{re.escape(short)}\b"), long)
     for short, long in _IRREGULAR_CONTRACTIONS.items()]
    + [(re.compile(rf"(?<=\w){re.escape(short)}\b"), long)
       for short, long in _CONTRACTIONS.items()]
)


@lru_cache(maxsize=1 << 14)
def expand_contractions(text: str) -> str:
    """``text`` folded, with English contractions written out ("didn't" → "did not")."""
    folded = fold(text)
    if "'" not in folded and "cannot" not in folded:
        return folded  # every contraction has an apostrophe, but for "cannot"
    for pattern, long in _CONTRACTION_PATTERNS:
        folded = pattern.sub(long, folded)
    return folded


def is_contraction_pair(old: str, new: str) -> bool:
    """True when one side is the other with contractions made or undone."""
    folded_old, folded_new = fold(old), fold(new)
    if folded_old == folded_new or not any(
            "'" in side or "cannot" in side for side in (folded_old, folded_new)):
        return False
    return expand_contractions(old) == expand_contractions(new)


def is_alias_pair(old: str, new: str) -> bool:
    """True for an abbreviation and its long form, or two spellings of one abbreviation:
    "United States" ↔ "USA", "U.S." ↔ "US", "European Union" ↔ "EU"."""
    if old.islower() and new.islower():
        return False  # an abbreviation is written in capitals
    short, long = sorted((old.strip(), new.strip()), key=len)
    letters = re.sub(r"[.\s]", "", short)
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
        return False
    if re.sub(r"[.\s]", "", long) == letters:
        return True  # "U.S." and "US"
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", long) if word[0].isupper())
    return len(initials) >= 2 and letters.startswith(initials)


_SUFFIXES = ("ies", "es", "s", "ed", "ing", "er", "est", "ly", "'s")


@lru_cache(maxsize=1 << 14)
def stem(word: str) -> str:
    """A crude stem: ``word`` folded, without one common inflectional ending."""
    word = fold(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix == "ies":
                return base + "y"
            if len(base) >= 2 and base[-1] == base[-2] and suffix in ("ed", "ing", "er", "est"):
                return base[:-1]  # stopped → stop
            return base
    return word.rstrip("e") if len(word) > 3 else word


def is_inflection_pair(old: str, new: str) -> bool:
    """True when both sides are forms of the same word ("dictatorships" → "dictatorship")."""
    old_words, new_words = fold(old).split(), fold(new).split()
    if len(old_words) != len(new_words) or fold(old) == fold(new):
        return False
    return all(stem(a) == stem(b) for a, b in zip(old_words, new_words, strict=True))
