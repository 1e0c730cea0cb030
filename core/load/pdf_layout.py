"""From the lines of a PDF's pages to the article's paragraphs (pure Python).

A PDF holds positioned lines, not paragraphs. This module drops what the printer added —
lines repeated at the top or bottom of most pages (running heads, feet) and page numbers —
joins the lines of each paragraph, undoes the hyphenation of words broken at a line's end,
and unfolds the typographic ligatures (ﬁ, ﬂ) that fonts put in the text layer.

A paragraph ends where the gap to the next line is clearly wider than the usual line gap, at
a short line ending a sentence, before an indented first line, or at a change of type size
(a headline above body text). Positions may be unknown (``None``); the rules that need them
are then skipped.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Line:
    """One line of a page as the text layer gives it; ``y`` grows up the page."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None


Page = Sequence[Line]

# Lines looked at, at each end of a page, for running heads, feet and page numbers.
_EDGE_LINES = 3
# A line in a page's edge on at least this share of the pages (and two of them) repeats.
_REPEATED_SHARE = 0.5
# Fewer pages than this have no running heads: a repeated line there is text.
_FURNITURE_PAGES = 4
# "3", "- 3 -", "[3]", "Page 3 of 9", "3 / 9" — but not "1995." ending a sentence.
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|\[\]()·•]*(?:page|p\.|pg\.?|seite|página|pagina)?\s*\d{1,5}"
    r"(?:\s*(?:of|/|de|von|sur)\s*\d{1,5})?[\s\-–—|\[\]()·•]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_SENTENCE_END = tuple(".!?:…\"”’»)]")
_HYPHENATED = re.compile(r"(\w+)[-\u00ad]$")
_WORD_START = re.compile(r"^(\w+)")

_WIDE_GAP = 1.3       # times the usual gap between lines
_SHORT_LINE = 0.75    # of a full line's length, in characters
_SHORT_LAST_LINE = 0.95  # the same, for the last line of a page or column
_INDENT = 0.8         # of the type size
_SIZE_CHANGE = 1.15   # ratio of type sizes


def to_text(pages: Sequence[Page]) -> str:
    """Return the paragraphs of ``pages``, separated by blank lines."""
    cleaned = [[clean for line in page if (clean := _clean(line)).text] for page in pages]
    lines = [line for page in _without_page_furniture(cleaned) for line in page]
    if not lines:
        return ""
    breaks = _paragraph_breaks(lines)
    paragraphs: list[list[str]] = [[lines[0].text]]
    for line, is_break in zip(lines[1:], breaks, strict=True):
        if is_break:
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
    hyphenated = _hyphenated_words(lines)
    return "\n\n".join(_join(paragraph, hyphenated) for paragraph in paragraphs)


def _clean(line: Line) -> Line:
    text = _SPACES.sub(" ", line.text.translate(_LIGATURES)).strip()
    return Line(text, line.x, line.y, line.size)


# --- running heads, feet and page numbers -----------------------------------------------------

def _without_page_furniture(pages: Sequence[Page]) -> list[list[Line]]:
    """Drop page numbers and lines repeated at the edges of most pages.

    A line counts as a running head (or foot) only in a document of `_FURNITURE_PAGES`
    pages or more whose pages say different things besides: the same text on every page
    of a short document, or on every page of a long one, is the text itself.
    """
    edges = [_edge_lines(page) for page in pages]
    counts = Counter(key for edge in edges for key in {_key(line) for line in edge})
    needed = max(2, _REPEATED_SHARE * len(pages))
    repeated = {key for key, count in counts.items() if count >= needed and key[0]}
    if len(pages) < _FURNITURE_PAGES or not _bodies_differ(pages, repeated):
        repeated = set()
    kept: list[list[Line]] = []
    for page, edge in zip(pages, edges, strict=True):
        edge_ids = {id(line) for line in edge}
        kept.append([
            line for line in page
            if id(line) not in edge_ids
            or (_key(line) not in repeated and not _PAGE_NUMBER.match(line.text.strip()))
        ])
    return kept


def _bodies_differ(pages: Sequence[Page], repeated: set[tuple[str, float | None]]) -> bool:
    """Whether the pages hold different text once the ``repeated`` lines are set aside."""
    bodies = {tuple(key[0] for line in page if (key := _key(line)) not in repeated)
              for page in pages}
    return len(bodies) > 1


def _edge_lines(page: Page) -> list[Line]:
    """The non-blank lines nearest the top and bottom of ``page`` (by position if known)."""
    lines = [line for line in page if line.text.strip()]
    if all(line.y is not None for line in lines):
        lines.sort(key=lambda line: -(line.y or 0.0))
    if len(lines) <= 2 * _EDGE_LINES:
        return lines
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def _key(line: Line) -> tuple[str, float | None]:
    """Page furniture repeats at the same height, whatever its numbers ("Page 3 of 9");
    ``line`` is cleaned (`_clean`)."""
    text = _DIGITS.sub("#", line.text.casefold())
    return text, None if line.y is None else round(line.y)


# --- paragraphs -----------------------------------------------------------------------------

def _paragraph_breaks(lines: Sequence[Line]) -> list[bool]:
    """For each pair of neighbouring lines, whether a paragraph ends between them."""
    usual_gap = _usual_gap(lines)
    full_length = _full_length(lines)
    return [_is_break(before, after, usual_gap, full_length)
            for before, after in pairwise(lines)]


def _is_break(before: Line, after: Line, usual_gap: float | None, full_length: float) -> bool:
    ends_sentence = before.text.endswith(_SENTENCE_END)
    if ends_sentence and len(before.text) < _SHORT_LINE * full_length:
        return True
    if before.size and after.size and max(before.size, after.size) > _SIZE_CHANGE * min(
            before.size, after.size):
        return True
    if before.y is None or after.y is None:
        return False
    gap = before.y - after.y
    if gap <= 0:
        # The next page or column: no gap to measure, so a sentence ending short of the
        # margin is the one sign left.
        return ends_sentence and len(before.text) < _SHORT_LAST_LINE * full_length
    if usual_gap is not None and gap > _WIDE_GAP * usual_gap:
        return True
    size = after.size or before.size
    indented = (before.x is not None and after.x is not None and size is not None
                and after.x - before.x > _INDENT * size)
    return ends_sentence and indented


def _usual_gap(lines: Sequence[Line]) -> float | None:
    gaps = [round(before.y - after.y, 1) for before, after in pairwise(lines)
            if before.y is not None and after.y is not None and before.y > after.y]
    return statistics.median_low(gaps) if gaps else None


def _full_length(lines: Sequence[Line]) -> float:
    """The length of a full line: most lines of a paragraph run to the right margin."""
    lengths = sorted(len(line.text) for line in lines)
    return float(lengths[int(0.8 * (len(lengths) - 1))])


# --- joining lines and undoing hyphenation --------------------------------------------------

def _hyphenated_words(lines: Sequence[Line]) -> set[str]:
    """Words the document writes with a hyphen inside a line ("well-known"), lower-cased."""
    return {match.group().casefold() for line in lines
            for match in re.finditer(r"\w+-\w+", line.text)}


def _join(parts: Sequence[str], hyphenated: set[str]) -> str:
    """Join a paragraph's lines; a hyphen at a line's end joins the word it breaks.

    The hyphen is dropped before a lower-case letter ("extra-" "ordinary"), unless the
    document writes that compound with a hyphen elsewhere ("well-known"); it stays before a
    capital or a digit ("Franco-German", "1990-1995"). A soft hyphen always goes.

    Linear in the paragraph's length: each line is looked at once, and only the end of
    the text joined so far is searched (a word is never longer than `_LONGEST_WORD`).
    """
    pieces = [parts[0]]
    for part in parts[1:]:
        tail = pieces[-1]
        broken = _HYPHENATED.search(_tail(pieces)) if tail.endswith(("-", "\u00ad")) else None
        head = _WORD_START.match(part)
        if broken is None or head is None:
            pieces.append(" ")
        elif not part[0].islower() and tail.endswith("-") or (
                tail.endswith("-")
                and f"{broken.group(1)}-{head.group(1)}".casefold() in hyphenated):
            pass
        else:
            pieces[-1] = tail[:-1]
        pieces.append(part)
    return "".join(pieces).replace("\u00ad", "")


# Longer "words" (a line of digits, a URL without breaks) are searched only this far back.
_LONGEST_WORD = 200


def _tail(pieces: list[str]) -> str:
    """The last `_LONGEST_WORD` characters of the text joined so far."""
    tail = pieces[-1]
    index = len(pieces) - 1
    while len(tail) < _LONGEST_WORD and index > 0:
        index -= 1
        tail = pieces[index] + tail
    return tail[-_LONGEST_WORD:]
