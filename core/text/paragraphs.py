"""Paragraphs: the runs of a text between its newlines that hold something visible.

A paragraph is a maximal run of text without a newline that holds something other than
white space; it is a character range ``[start, end)`` into ``Document.text``.
"""

from __future__ import annotations

import re

from core.model import Range

_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[Range]:
    """Return the ranges of ``text``'s paragraphs, in order (blank lines give none)."""
    return [Range(*match.span()) for match in _PARAGRAPH.finditer(text)
            if not match.group().isspace()]
