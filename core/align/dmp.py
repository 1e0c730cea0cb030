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

from core.interpreter_lock import after_step_over
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


# How many symbols the first two blocks hold: the Basic Multilingual Plane's ideographs.
PLANE_SYMBOLS = sum(last - first + 1 for first, last in _SYMBOL_BLOCKS[:2])


def encode_once(old: Sequence[str], new: Sequence[str]) -> tuple[str, str] | None:
    """Two whole token sequences encoded together, for diffing any stretches of them as
    slices of the two strings; None when they hold more distinct tokens than
    `PLANE_SYMBOLS`.

    A diff of two slices is the diff `encode` would give them: diff-match-patch compares
    symbols only for being equal, and its boundary scores see only their character class,
    one for every symbol of the plane's ideographs. (Past the plane a symbol may be two code
    units to a compiled build, so there each stretch is encoded on its own.)
    """
    try:
        (old_symbols, new_symbols), distinct = _encoded((old, new))
    except ValueError:  # more distinct tokens than symbols
        return None
    return (old_symbols, new_symbols) if distinct <= PLANE_SYMBOLS else None


def encode(*sequences: Sequence[str]) -> list[str]:
    """Map each sequence of tokens to a symbol string, one shared symbol per distinct token.

    Symbols are given in the order the tokens are first seen, all sequences in turn
    (``symbol(0)`` for the first). The work is done by the interpreter's own loops (a dict
    of the distinct tokens, then one look-up per token): this runs on every gap, sentence
    and run the engine diffs, so it must not cost a Python step per token.
    """
    return _encoded(sequences)[0]


def _encoded(sequences: Sequence[Sequence[str]]) -> tuple[list[str], int]:
    """`encode`, and how many distinct tokens it gave symbols."""
    distinct = dict.fromkeys(chain.from_iterable(sequences))
    after_step_over(sum(map(len, sequences)))  # (two books: a step of the interpreter lock)
    symbols = _FIRST_SYMBOLS if len(distinct) <= len(_FIRST_SYMBOLS) else _all_symbols()
    if len(distinct) > len(symbols):
        raise ValueError("too many distinct tokens for word mode")
    look_up = dict(zip(distinct, symbols, strict=False))
    encoded = []
    for tokens in sequences:
        # (itemgetter of one token gives its symbol, a string that joins to itself)
        encoded.append("".join(itemgetter(*tokens)(look_up)) if tokens else "")
        after_step_over(len(tokens))
    return encoded, len(distinct)


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
    return [Opcode(*step) for step in diff_steps(old, new, old_at, new_at)]


def diff_steps(old: str, new: str, old_at: int = 0, new_at: int = 0
               ) -> list[tuple[Tag, int, int, int, int]]:
    """`diff_symbols` as plain tuples, for the word alignment's inner loop."""
    if fast_dmp is not None:
        counts = fast_dmp.diff(
            old, new, timelimit=0, checklines=False, cleanup="Semantic", counts_only=True
        )
        return _steps(counts, old_at, new_at)
    matcher = _new_matcher()
    diffs = matcher.diff_main(old, new, False)
    matcher.diff_cleanupSemantic(diffs)
    return _steps(((_OPS[op], len(text)) for op, text in diffs), old_at, new_at)


def _steps(counts: Iterable[tuple[str, int]], i: int, j: int
           ) -> list[tuple[Tag, int, int, int, int]]:
    """Turn (op, length) pairs into steps from ``i`` and ``j``, merging delete+insert into
    replace."""
    steps: list[tuple[Tag, int, int, int, int]] = []
    for op, length in counts:
        if op == "=":
            steps.append((Tag.EQUAL, i, i + length, j, j + length))
            i += length
            j += length
            continue
        if op == "-":
            step = (Tag.DELETE, i, i + length, j, j)
            i += length
        else:
            step = (Tag.INSERT, i, i, j, j + length)
            j += length
        if steps and steps[-1][0] is not Tag.EQUAL:
            _, i1, _, j1, _ = steps.pop()
            step = (Tag.REPLACE, i1, i, j1, j)
        steps.append(step)
    return steps
