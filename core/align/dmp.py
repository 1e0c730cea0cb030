"""The one importer of diff-match-patch: symbol strings in, edit opcodes out.

The engine diffs token sequences in diff-match-patch's "word mode": each distinct token is
mapped to one character (a *symbol*), the symbol strings are diffed, and the result is read
back as token ranges. Settings are explicit and pinned by tests: no timeout (a timeout would
make results depend on the machine's speed, so callers keep gaps small instead) and semantic
cleanup (merging edits split by tiny equalities, which reads like an editor's change). The
C++ binding ``fast_diff_match_patch`` runs the same algorithm and is used when installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING

try:  # the optional accelerator: same library, compiled
    import fast_diff_match_patch as fast_dmp
except ImportError:  # pragma: no cover - depends on the installation
    fast_dmp = None

from core.spans import Opcode, Tag

if TYPE_CHECKING:
    import diff_match_patch

# Symbols come from the CJK ideograph blocks: every symbol is of one character class, so
# diff-match-patch's boundary scoring treats them all alike, and none is a surrogate.
_SYMBOL_BLOCKS = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x30000, 0x3134F))


def symbol(index: int) -> str:
    """Return the one-character symbol that stands for distinct token number ``index``."""
    for first, last in _SYMBOL_BLOCKS:
        size = last - first + 1
        if index < size:
            return chr(first + index)
        index -= size
    raise ValueError("too many distinct tokens for word mode")


# The symbols of the first block, in order: nearly every encoding needs no more.
_FIRST_SYMBOLS = "".join(map(chr, range(_SYMBOL_BLOCKS[0][0], _SYMBOL_BLOCKS[0][1] + 1)))


@cache
def _all_symbols() -> str:
    """Every symbol, in order (built the first time a text has that many distinct tokens)."""
    return "".join(chr(code) for first, last in _SYMBOL_BLOCKS for code in range(first, last + 1))


def encode(*sequences: Sequence[str]) -> list[str]:
    """Map each sequence of tokens to a symbol string, one shared symbol per distinct token.

    Symbols are given in the order the tokens are first seen, all sequences in turn
    (``symbol(0)`` for the first). The work is done by the interpreter's own loops (a dict
    of the distinct tokens, then one look-up per token): this runs on every gap, sentence
    and run the engine diffs, so it must not cost a Python step per token.
    """
    distinct = dict.fromkeys(chain.from_iterable(sequences))
    symbols = _FIRST_SYMBOLS if len(distinct) <= len(_FIRST_SYMBOLS) else _all_symbols()
    if len(distinct) > len(symbols):
        raise ValueError("too many distinct tokens for word mode")
    look_up = dict(zip(distinct, symbols, strict=False))
    # (itemgetter of one token gives its symbol, a string that joins to itself)
    return ["".join(itemgetter(*tokens)(look_up)) if tokens else "" for tokens in sequences]


_OPS = {0: "=", -1: "-", 1: "+"}  # diff-match-patch's operation codes


def _new_matcher() -> diff_match_patch.diff_match_patch:
    # the pure-Python library, imported only when the accelerator is missing (or set aside)
    import diff_match_patch

    matcher = diff_match_patch.diff_match_patch()
    matcher.Diff_Timeout = 0.0  # no deadline: the same input always gives the same diff
    matcher.Diff_EditCost = 4  # only used by efficiency cleanup; pinned for completeness
    return matcher


def diff_symbols(old: str, new: str, old_at: int = 0, new_at: int = 0) -> list[Opcode]:
    """Diff two symbol strings; return opcodes covering both, in order.

    An adjacent deletion and insertion are reported as one replacement. The opcodes count
    from ``old_at`` and ``new_at`` (where the strings stand in longer sequences).
    """
    if fast_dmp is not None:
        counts = fast_dmp.diff(
            old, new, timelimit=0, checklines=False, cleanup="Semantic", counts_only=True
        )
        return _opcodes(counts, old_at, new_at)
    matcher = _new_matcher()
    diffs = matcher.diff_main(old, new, False)
    matcher.diff_cleanupSemantic(diffs)
    return _opcodes(((_OPS[op], len(text)) for op, text in diffs), old_at, new_at)


def _opcodes(counts: Iterable[tuple[str, int]], i: int, j: int) -> list[Opcode]:
    """Turn (op, length) pairs into opcodes from ``i`` and ``j``, merging delete+insert into
    replace."""
    opcodes: list[Opcode] = []
    for op, length in counts:
        if op == "=":
            opcodes.append(Opcode(Tag.EQUAL, i, i + length, j, j + length))
            i += length
            j += length
            continue
        if op == "-":
            piece = Opcode(Tag.DELETE, i, i + length, j, j)
            i += length
        else:
            piece = Opcode(Tag.INSERT, i, i, j, j + length)
            j += length
        if opcodes and opcodes[-1].tag is not Tag.EQUAL:
            _, i1, _, j1, _ = opcodes.pop()
            piece = Opcode(Tag.REPLACE, i1, i, j1, j)
        opcodes.append(piece)
    return opcodes
