"""The one importer of python-Levenshtein: string similarity and alignment in C.

Token sequences are passed as symbol strings (see `core.align.dmp.encode`), so the same fast
code measures and aligns both characters and words.
"""

from __future__ import annotations

import Levenshtein

from core.spans import Opcode, Tag

_TAGS = {tag.value: tag for tag in Tag}


def ratio(a: str, b: str) -> float:
    """Return the normalised indel similarity of two strings, from 0.0 to 1.0."""
    return float(Levenshtein.ratio(a, b))


def distance(a: str, b: str) -> int:
    """Return the Levenshtein edit distance between two strings."""
    return int(Levenshtein.distance(a, b))


def align(a: str, b: str) -> list[Opcode]:
    """Return Levenshtein opcodes aligning two strings (substitution costs one edit)."""
    return [Opcode(_TAGS[tag], i1, i2, j1, j2)
            for tag, i1, i2, j1, j2 in Levenshtein.opcodes(a, b)]
