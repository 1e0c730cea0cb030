"""Word-form knowledge without a dictionary: numbers, contractions, abbreviations, inflections.

Small closed tables (number words, English contractions) and rules (plural and tense
endings, derivational suffixes, initials of a name), used to tell what kind of swap a
substitution is.
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


# Words and signs that scale or name the unit of the number before them.
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_UNITS = frozenset({"percent", "per", "cent", "pc", "dollars", "dollar", "%", "$", "€", "£",
                    "¥"})
_NUMBER_PART = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+|[%$€£¥]")


def number_values(text: str) -> tuple[float, ...]:
    """The values of the numbers in ``text``, in order, written in digits or words and
    scaled by what follows them: "$2.9bn" and "$2.9 billion" are (2.9e9,), "twenty-six
    percent" is (26.0,); empty when ``text`` holds no number."""
    if not _MAY_BE_NUMBER.search(fold(text)):
        return ()
    values: list[float] = []
    number_before = False  # the part before was a number, which a scale multiplies
    for part in _NUMBER_PART.findall(fold(text).replace("-", " ")):
        if part[0].isdigit():
            values.append(float(part.replace(",", "")))
            number_before = True
        elif part in _SCALES and number_before:
            values[-1] *= _SCALES[part]
        elif part in NUMBER_WORDS and part not in _SCALES:
            word_value = NUMBER_WORDS[part]
            if number_before and values[-1] >= 20 and values[-1] % 10 == 0 and word_value < 10:
                values[-1] += word_value  # "twenty-six"
            else:
                values.append(float(word_value))
            number_before = True
        else:
            number_before = False
    return tuple(values)


# Each unit as one sign: "percent", "per cent", "pc" and "%" are one unit.
_UNIT_SIGNS = {"percent": "%", "cent": "%", "pc": "%", "dollars": "$", "dollar": "$"}


def number_units(text: str) -> frozenset[str]:
    """The units the numbers of ``text`` are given in, as signs: "26 percent" → {"%"}."""
    return frozenset(_UNIT_SIGNS.get(part, part)
                     for part in _NUMBER_PART.findall(fold(text).replace("-", " "))
                     if part in _UNITS and part != "per")


def is_number_phrase(text: str) -> bool:
    """True when ``text`` holds numbers and nothing else but scales and units."""
    parts = _NUMBER_PART.findall(fold(text).replace("-", " "))
    return bool(parts) and bool(number_values(text)) and all(
        part[0].isdigit() or part in NUMBER_WORDS or part in _SCALES or part in _UNITS
        for part in parts)


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


# "not a", "not any": what "no" says, once a contraction has written the negation out.
_NOT_A = re.compile(r"\bnot (?:a|an|any)\b")


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
    """True when one side is the other with contractions made or undone; a negation
    contracted onto its verb takes "no" with it ("is no place" ↔ "isn't a place")."""
    folded_old, folded_new = fold(old), fold(new)
    if folded_old == folded_new or not any(
            "'" in side or "cannot" in side for side in (folded_old, folded_new)):
        return False
    long_old, long_new = expand_contractions(old), expand_contractions(new)
    return long_old == long_new or _NOT_A.sub("no", long_old) == _NOT_A.sub("no", long_new)


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


# Suffixes that derive one word from another of the same stem: Russia → Russian, China →
# Chinese, politic → political, predict → prediction, quick → quickly.
_DERIVATIONS = ("n", "an", "ian", "ese", "ish", "i", "ic", "al", "ical", "ism", "ist", "ity",
                "ness", "ment", "tion", "ation", "ion", "ly", "ful", "less", "ous", "ive",
                "able", "ible", "ize", "ise", "ance", "ence", "ship", "hood", "dom")
# The shortest stem a derivation is read from: "use" and "user" are two words.
_SHORTEST_STEM = 4


def _without_possessive(word: str) -> str:
    for ending in ("'s", "'"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def is_derivation_pair(old: str, new: str) -> bool:
    """True when one word is derived from the other's stem by a suffix: "Russia's" →
    "Russian", "anti-Chinese" → "anti-China", "political" → "politics". Hyphenated words
    are compared by their last parts when the rest is the same."""
    a, b = fold(old), fold(new)
    if " " in a or " " in b or a == b:
        return False
    a_parts, b_parts = a.split("-"), b.split("-")
    if len(a_parts) != len(b_parts) or a_parts[:-1] != b_parts[:-1]:
        return False
    a, b = (_without_possessive(word) for word in (a_parts[-1], b_parts[-1]))
    if a[:_SHORTEST_STEM - 1] != b[:_SHORTEST_STEM - 1]:
        return False  # most swaps: no stem in common
    return any(_derives(x, y) or _derives(y, x)
               for x in {a, stem(a)} for y in {b, stem(b)})


def _derives(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` (perhaps less a final vowel, or with y → i) and a
    derivational suffix."""
    if len(short) < _SHORTEST_STEM or short == long:
        return False
    bases = {short, short.rstrip("aeiou"), short[:-1] + "i" if short.endswith("y") else short}
    return any(long.startswith(base) and long[len(base):] in _DERIVATIONS
               for base in bases if len(base) >= _SHORTEST_STEM - 1)


def is_inflection_pair(old: str, new: str) -> bool:
    """True when both sides are forms of the same word ("dictatorships" → "dictatorship")."""
    old_words, new_words = fold(old).split(), fold(new).split()
    if len(old_words) != len(new_words) or fold(old) == fold(new):
        return False
    return all(stem(a) == stem(b) for a, b in zip(old_words, new_words, strict=True))
