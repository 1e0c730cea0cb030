"""A version's title: the headline an editor would name it by, found in its first lines.

The first lines of a saved article are often not its headline: a marker a content farm
inserts ("[ad_1]"), a dateline or byline ("date 2024-04-09", "By Jane Smith", "Updated
10:32 AM"), a link. Those are skipped. The first line left is the title when it reads like a
headline (one short sentence); when it is a paragraph (a version without a headline), its
first sentence is. Either way a title is capped at `TITLE_LENGTH` characters, cut at a word
with an ellipsis, so that it fits a pane header or a row of the report's Versions table.
"""

from __future__ import annotations

import re

from core.text.sentences import split_sentences
from core.text.tokens import count_words, split

# Longer titles are cut at a word and end in "…": two lines of the report's Versions table.
TITLE_LENGTH = 90
# A line of more words than this is a paragraph, not a headline.
HEADLINE_WORDS = 20
# Only the first lines are looked at: further down, a short line is a caption or subhead.
LINES_LOOKED_AT = 12

_MARKER = re.compile(r"\[[^\]\s]{1,40}\]")
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
# "Published: …", "date 2024-04-09", "Updated 10:32 AM", "Source: Reuters": a label, then
# a colon or something with a digit in it.
_LABELLED = re.compile(
    r"(?:date|dated|published|posted|updated|last updated|modified|filed|source|photo|"
    r"image|credit|copyright|©|tags?|categor(?:y|ies)|author|byline|written by)"
    r"\s*(?::|[-–—]\s|\s+(?=\S*\d)).*", re.IGNORECASE)
# "By Jane Smith", "By Jane Smith and John Doe": names, each word capitalised.
_BYLINE = re.compile(r"by\s+(?:(?:and|&)\s+|[A-Z][\w.'’-]*,?\s*){1,8}", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[A-Z][\w.'’-]*|and|&")
# The words a line made only of a date or a time holds.
_DATE_WORDS = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|"
    r"\d[\d:/.\-]*(?:st|nd|rd|th|am|pm|h)?|am|pm|a\.m\.|p\.m\.|at|on|of|utc|gmt|[ecmp][sd]t|"
    r"cet|cest|bst|updated|published|,|\||·|-|–|—", re.IGNORECASE)


def title_of(text: str) -> str:
    """The title of ``text``: its first line that is neither a marker nor metadata (without
    Markdown heading marks) if it reads like a headline, else that line's first sentence;
    at most `TITLE_LENGTH` characters. "" when no line qualifies."""
    for number, line in enumerate(text.split("\n")):
        if number >= LINES_LOOKED_AT:
            break
        line = " ".join(line.strip().lstrip("#").split())
        if not line or _MARKER.fullmatch(line) or is_metadata(line):
            continue
        return capped(line if is_headline(line) else first_sentence(line))
    return ""


def is_metadata(line: str) -> bool:
    """True for a line that names the article's date, author, source or address rather than
    its story: "date 2024-04-09", "By Jane Smith", "April 9, 2024 10:32 AM", a link."""
    if _LINK.fullmatch(line) or _LABELLED.fullmatch(line):
        return True
    if _BYLINE.fullmatch(line) and all(_NAME_WORDS.fullmatch(word.strip(","))
                                       for word in line.split()[1:]):
        return True
    leftover = _DATE_WORDS.sub(" ", line).strip()
    return not leftover and any(character.isdigit() for character in line)


def is_headline(line: str) -> bool:
    """True for a line that reads like a headline: one sentence of a few words."""
    return count_words(line) <= HEADLINE_WORDS and first_sentence(line) == line


def first_sentence(line: str) -> str:
    """The first sentence of ``line`` (abbreviations and initials end none)."""
    tokens = split(line)
    sentences = split_sentences(tokens)
    if not sentences:
        return line
    return "".join(tokens[sentences[0].start:sentences[0].end]).strip()


def capped(title: str, limit: int = TITLE_LENGTH) -> str:
    """``title`` cut at the last word that fits in ``limit`` characters, with "…"."""
    if len(title) <= limit:
        return title
    cut = title[:limit - 1]
    if " " in cut.strip():
        cut = cut[:cut.rstrip().rfind(" ")]
    return cut.rstrip(" ,;:–—-") + "…"
