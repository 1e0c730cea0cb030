"""Quotations in one version: where each stands, its words, and who the text says spoke.

A quotation opens with “, „, « or " and closes with the mark that ends it (”, “ or " after
“ and „, » after «, " or ” after "), or at the end of its paragraph when no mark closes it
(the convention for a quote running on into the next paragraph). Single quotes ‘…’ stand
inside a quotation and are part of it; alone they are left out, since ’ is also the
apostrophe. A quotation's range is its words, without the marks around them.

The speaker is the name the same sentence gives next to the quote: “…,” Mr. Lavrov said;
“…,” said Lavrov; Mr. Blinken told reporters, “…”. A name is a run of capitalised words
(titles such as "Mr." are dropped and the last word is kept: "Lavrov"); a pronoun names no
one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.interpreter_lock import now_and_then
from core.lexicon.word_forms import fold
from core.model import Document

# Longer "quotations" are a stray mark's doing, not a quote.
MAX_WORDS = 120
_MARKS = re.compile("[“”„‟\"«»\n]")
_CLOSERS = {"“": "”\"“", "„": "“”\"", "«": "»", '"': "\"”“", "‟": "”\""}
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_TITLE = (r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Sir|President|Prime Minister|Minister"
          r"|Secretary|Chancellor|Mayor|Judge|Chief|Lord|Lady)\.?\s+)")
_NAME = rf"{_TITLE}?[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+){{0,3}}"
_VERB = r"(?:said|says|told|wrote|writes|adds|asked|asks|[a-z]+ed)\b"
_AFTER = re.compile(rf"^[\s,.;:!?—–-]*(?:(?P<first>{_NAME})\s+{_VERB}|{_VERB}\s+(?P<second>"
                    rf"{_NAME}))")
_BEFORE = re.compile(rf"(?P<name>{_NAME})\s+{_VERB}[^.!?“„«\"\n]{{0,60}}?[,:]?\s*$")
_NOT_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "the",
                        "there", "his", "her", "their", "but", "and", "in", "on", "a"})


@dataclass(frozen=True)
class Quote:
    """One quotation in one version: the range of its words, and its speaker if named."""

    start: int
    end: int
    text: str
    speaker: str | None


def quotations(document: Document) -> list[Quote]:
    """Every quotation of ``document``, in order."""
    text = document.text
    found: list[Quote] = []
    opener: str | None = None
    opened = 0
    for step, match in enumerate(_MARKS.finditer(text)):
        now_and_then(step)
        mark, at = match.group(), match.start()
        if opener is None:
            if mark in _CLOSERS:
                opener, opened = mark, at
            continue
        if mark == "\n" or (mark in _CLOSERS[opener] and _closes(text, at)):
            _add(found, text, opened + 1, at, closed=mark != "\n")
            opener = None
    if opener is not None:
        _add(found, text, opened + 1, len(text), closed=False)
    return found


def _closes(text: str, at: int) -> bool:
    """A mark closes a quote unless a word follows it at once ("“no limits“" closes)."""
    after = text[at + 1:at + 2]
    return not after or not after.isalnum()


def _add(found: list[Quote], text: str, start: int, end: int, closed: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    words = len(_WORD.findall(text[start:end]))
    if words == 0 or words > MAX_WORDS:
        return
    speaker = speaker_at(text, start, end + (1 if closed else 0))
    found.append(Quote(start, end, text[start:end], speaker))


def speaker_at(text: str, start: int, end: int) -> str | None:
    """The speaker the sentence around ``text[start:end]`` names: after it, else before."""
    after = text[end:end + 90].split("\n", 1)[0]
    match = _AFTER.match(after)
    if match:
        name = _surname(match.group("first") or match.group("second") or "")
        if name:
            return name
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 120):max(line_start, start - 1)]
    match = _BEFORE.search(before)
    return _surname(match.group("name")) if match else None


def _surname(name: str) -> str | None:
    """The last word of a name, titles dropped; None for a pronoun or a common word."""
    words = re.sub(_TITLE, "", name).split()
    if not words or fold(words[0]) in _NOT_NAMES:
        return None
    return words[-1].rstrip("’'").removesuffix("’s").removesuffix("'s")


def words_of(text: str) -> list[str]:
    """The folded words of a quotation, for grouping (punctuation and quote marks left out)."""
    return [fold(word) for word in _WORD.findall(text)]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Every word of ``text`` with its character range, folded."""
    spans = []
    for step, match in enumerate(_WORD.finditer(text)):
        now_and_then(step)
        spans.append((match.start(), match.end(), fold(match.group())))
    return spans
