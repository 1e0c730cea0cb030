"""Facts in a text: numbers, amounts of money, percentages, dates, weekdays and names.

Each is found by a pattern, the more specific first (money before a bare number, a date
before its day number), and never overlaps another. A name is a run of capitalised words;
the word that starts a sentence only counts when the text also writes it capitalised
mid-sentence. Its kind follows from its words and neighbours: an organisation's name holds
a word such as "Ministry" or "Bank"; a person's follows a title ("Mr.", "President") or comes
before "said"; a place follows "in", "at", "from" or "near". Each fact has a canonical value,
so that "two" and "2", or "26 percent" and "26%", are one value written two ways.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from core.interpreter_lock import now_and_then
from core.lexicon.word_forms import fold, number_value
from core.overview.model import FactKind

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
                r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
                r"|billion|dozen)")
_WORDS_NUMBER = rf"\b{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*\b"
_PATTERNS: tuple[tuple[FactKind, re.Pattern[str]], ...] = (
    (FactKind.MONEY, re.compile(
        rf"[$€£¥]\s?{_AMOUNT}{_SCALE}|{_AMOUNT}{_SCALE}\s(?:dollars|euros|pounds|yuan|yen"
        r"|rubles|roubles|rupees)\b", re.IGNORECASE)),
    (FactKind.PERCENT, re.compile(
        rf"(?:{_AMOUNT}|{_WORDS_NUMBER})\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)),
    (FactKind.DATE, re.compile(
        rf"\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s\d{{4}}\b)?"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}(?:\s\d{{4}}\b)?"
        rf"|\b{_MONTH}\s\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:1[89]|20)\d{{2}}\b")),
    (FactKind.WEEKDAY, re.compile(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    (FactKind.NUMBER, re.compile(rf"\b{_AMOUNT}{_SCALE}|{_WORDS_NUMBER}", re.IGNORECASE)),
)
# A capitalised word, an initial ("V.") or a title ("Mr."); a point after any other word
# ends its sentence, and the run.
_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Gov|Rep)\.|[A-Z]\.|[A-Z][\w’'\-]*)"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|de|del|la|van|von|al|bin)\s+)?"
                       rf"{_NAME_WORD})*")
_ORGANISATION_WORDS = (
    "ministry organization organisation company corporation corp inc ltd party council agency"
    " bank university committee association department institute union court commission"
    " fund office service times journal post reuters board authority foundation federation"
    " league club network airlines hospital school college senate congress parliament"
    " assembly police army navy group press")
_TITLE_WORDS = (
    "mr mrs ms dr prof president minister secretary chancellor mayor judge senator governor"
    " sir lord lady king queen prince princess pope general colonel captain premier")
# Words that start sentences and are no name: "While China…" is about China.
_STARTER_WORDS = (
    "the a an in on at by for from to with but and or while after before when if as since"
    " under over of it its this that these those he she they we i there here still yet even"
    " although though because so then now today yesterday last next during among like unlike"
    " some many most several every each no not all both such our my his her their your"
    " whereas however meanwhile instead earlier later")
_STARTERS = frozenset(_STARTER_WORDS.split())
_ORGANISATION = frozenset(_ORGANISATION_WORDS.split())
_TITLES = frozenset(_TITLE_WORDS.split())
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|across|outside|inside)\s+$")
_PERSON_AFTER = re.compile(r"^,?\s+(?:said|says|told|added|wrote|asked|who)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[“\"]\s*)$")


@dataclass(frozen=True)
class Fact:
    """A fact's range in the text, its kind and its canonical value."""

    start: int
    end: int
    kind: FactKind
    value: str


class Facts:
    """The facts of one text, in order, found once; looked up by the range they overlap."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._facts = sorted(_find(text), key=lambda fact: fact.start)
        self._starts = [fact.start for fact in self._facts]

    def overlapping(self, start: int, end: int) -> list[Fact]:
        """The facts overlapping ``[start, end)`` (or touching the point, when empty)."""
        index = max(0, bisect_left(self._starts, start) - 1)
        found = []
        while index < len(self._facts) and self._facts[index].start < max(end, start + 1):
            fact = self._facts[index]
            if fact.end > start:
                found.append(fact)
            index += 1
        return found


def _find(text: str) -> list[Fact]:
    taken = _Taken()
    facts = []
    for kind, pattern in _PATTERNS:
        for step, match in enumerate(pattern.finditer(text)):
            now_and_then(step)
            start, end = match.span()
            if not taken.overlaps(start, end):
                taken.add(start, end)
                facts.append(Fact(start, end, kind, canonical(kind, match.group())))
    capitalised = _mid_sentence_words(text)
    for step, match in enumerate(_NAME_RUN.finditer(text)):
        now_and_then(step)
        fact = _name(text, match, capitalised)
        if fact is not None and not taken.overlaps(fact.start, fact.end):
            facts.append(fact)
    return facts


class _Taken:
    """The character ranges the figures took, in order: none overlaps another, so only the
    last one starting before a range can reach into it. (A book holds thousands of figures:
    looking at every one for every match took seconds.) The patterns never match empty."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the ranges starting before ``end``
        return before > 0 and self._ends[before - 1] > start

    def add(self, start: int, end: int) -> None:
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)


def _mid_sentence_words(text: str) -> frozenset[str]:
    words: set[str] = set()
    for step, match in enumerate(_NAME_RUN.finditer(text)):
        now_and_then(step)
        if not _SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
            words.update(match.group().split())
    return frozenset(words)


def _name(text: str, match: re.Match[str], capitalised: frozenset[str]) -> Fact | None:
    """The name a capitalised run holds; its first word, when it starts a sentence, only
    if the text writes it capitalised elsewhere or it is followed by more of the name."""
    start, end = match.span()
    words = match.group().split()
    if _SENTENCE_START.search(text[max(0, start - 3):start]) and words[0] not in capitalised:
        if len(words) == 1:
            return None
        if fold(words[0]) in _STARTERS:
            start = match.start() + match.group().index(words[1], len(words[0]))
    name = text[start:end]
    return Fact(start, end, _name_kind(text, start, end, name), fold(name))


def _name_kind(text: str, start: int, end: int, name: str) -> FactKind:
    words = [fold(word).rstrip(".") for word in name.split()]
    if any(word in _ORGANISATION for word in words):
        return FactKind.ORGANISATION
    before = text[max(0, start - 12):start]
    if words[0] in _TITLES or fold(before).rstrip(".,: ").rsplit(" ", 1)[-1] in _TITLES:
        return FactKind.PERSON
    if _PERSON_AFTER.match(text[end:end + 12]):
        return FactKind.PERSON
    if _PLACE_BEFORE.search(before):
        return FactKind.PLACE
    return FactKind.NAME


def canonical(kind: FactKind, text: str) -> str:
    """The value a fact states, the same however it is written ("two" and "2")."""
    if kind in (FactKind.NUMBER, FactKind.MONEY, FactKind.PERCENT):
        return number_value(text) or fold(text)
    if kind is FactKind.DATE:
        return re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|,|\bof\b|\.", "", fold(text)).replace("  ", " ")
    return fold(text)
