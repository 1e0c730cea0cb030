"""Anchored alignment of two token sequences: the fast shape of a word diff.

A long text is never diffed in one piece. First the common head and tail are set aside;
then tokens that occur exactly once in each side (names, rare words, unchanged paragraph
breaks) are paired, and the longest chain of pairs in the same order becomes a set of
anchors (the "patience" idea). The gaps between anchors are aligned the same way, and a gap
small enough, or one without anchors, is handed to diff-match-patch in word mode. Results
are opcodes over token indexes; together they cover both sequences in order.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from typing import cast

from core.align import dmp, levenshtein
from core.interpreter_lock import after_step_over, let_others_run
from core.model import Progress, Range
from core.spans import Block, Opcode, Tag
from core.text.tokens import is_word

# A gap with at most this many tokens on both sides together goes straight to
# diff-match-patch: small enough to be fast in pure Python.
SMALL_GAP = 48
# A gap without anchors and more tokens than this is aligned line by line first, then in
# chunks by Levenshtein's C code, so that repeated text cannot stall the diff.
LARGE_GAP = 6000
# The most tokens on a side of one chunk of that last resort.
CHUNK = 2000

# How many work items pass between two progress reports.
PROGRESS_EVERY = 256

# Inside the alignment, plain tuples: a book makes hundreds of thousands of gaps and steps,
# and a named tuple costs a Python call to build. A gap still to align is
# (a0, a1, b0, b1), as a `Block`; an aligned step (tag, a0, a1, b0, b1), as an `Opcode`.
Gap = tuple[int, int, int, int]
Step = tuple[Tag, int, int, int, int]
# Work still to do, in document order: a step settled already, or a gap still to align.
Work = Step | Gap
EQUAL = Tag.EQUAL


def align(old: Sequence[str], new: Sequence[str], progress: Progress | None = None
          ) -> list[Opcode]:
    """Return opcodes aligning token sequences ``old`` and ``new``, adjacent equals merged.

    ``progress`` is told the share of OLD aligned so far, now and then; it may raise
    `core.model.Cancelled`, which propagates.
    """
    steps: list[Step] = []
    pending: list[Work] = [(0, len(old), 0, len(new))]
    encoded = dmp.encode_once(old, new)  # every gap diffed is a slice of these
    done = 0
    while pending:
        item = pending.pop()
        done += 1
        if done % PROGRESS_EVERY == 0:
            let_others_run()
            if progress is not None:
                progress(cast(int, item[len(item) - 4]) / max(1, len(old)))  # (where OLD is)
        if len(item) == 4:
            pending.extend(reversed(_align_gap(old, new, item, steps, encoded)))
        else:
            steps.append(item)
    return _merged(steps)


# Both sequences in word mode, when they fit (see `dmp.encode_once`).
Encoded = tuple[str, str] | None


def _align_gap(old: Sequence[str], new: Sequence[str], gap: Gap, out: list[Step],
               encoded: Encoded) -> list[Work]:
    """Align one gap: emit what is settled into ``out``; return the work still to do.

    The work comes back in document order (sub-gaps interleaved with anchors and the common
    tail) and the caller does it before anything after this gap: it keeps a stack.
    """
    a0, a1, b0, b1 = gap
    head = _common_prefix(old, new, a0, a1, b0, b1)
    if head:
        out.append((EQUAL, a0, a0 + head, b0, b0 + head))
        a0, b0 = a0 + head, b0 + head
    tail = _common_suffix(old, new, a0, a1, b0, b1)
    a1, b1 = a1 - tail, b1 - tail
    rest = (a0, a1, b0, b1)
    if a0 == a1 or b0 == b1 or (a1 - a0) + (b1 - b0) <= SMALL_GAP:
        # settled here, tail and all: nothing of this gap is left for the stack
        _diff_directly(old, new, rest, out, encoded)
        if tail:
            out.append((EQUAL, a1, a1 + tail, b1, b1 + tail))
        return []
    then: list[Step] = [(EQUAL, a1, a1 + tail, b1, b1 + tail)] if tail else []
    anchors = _anchors(old, new, rest)
    if anchors:
        return _split_at(anchors, rest, then)
    if (a1 - a0) + (b1 - b0) <= LARGE_GAP:
        _diff_directly(old, new, rest, out, encoded)
        out.extend(then)  # (a step: settled)
        return []
    # Repeated text has no unique word to anchor on: whole lines may still be equal.
    return [*_split_at_lines(old, new, Block(*rest), out), *then]


def _split_at_lines(old: Sequence[str], new: Sequence[str], gap: Block, out: list[Step]
                    ) -> list[Work]:
    """A large gap without anchors, aligned line by line; changed lines become sub-gaps.

    When no line is equal on both sides, the gap is cut into chunks that face each other in
    proportion, each aligned by Levenshtein's C code: rough, but bounded in time.
    """
    a0, a1, b0, b1 = gap
    old_lines, new_lines = _lines(old, a0, a1), _lines(new, b0, b1)
    old_keys = ["".join(old[i:j]) for i, j in old_lines]
    new_keys = ["".join(new[i:j]) for i, j in new_lines]
    old_symbols, new_symbols = dmp.encode(old_keys, new_keys)
    work: list[Work] = []
    for tag, i1, i2, j1, j2 in dmp.diff_symbols(old_symbols, new_symbols):
        start_a, end_a = _span(old_lines, i1, i2, a0)
        start_b, end_b = _span(new_lines, j1, j2, b0)
        lines = Block(start_a, end_a, start_b, end_b)
        if tag is Tag.EQUAL:
            work.append(Opcode(Tag.EQUAL, *lines))
        elif (end_a - start_a, end_b - start_b) == (a1 - a0, b1 - b0):
            _align_in_chunks(old, new, lines, out)  # no progress
        else:
            work.append(lines)
    return work


def _lines(tokens: Sequence[str], start: int, end: int) -> list[Range]:
    """Token ranges of the lines in ``tokens[start:end]``, each with its line break."""
    lines = []
    line_start = start
    for index in range(start, end):
        if "\n" in tokens[index]:
            lines.append(Range(line_start, index + 1))
            line_start = index + 1
    if line_start < end:
        lines.append(Range(line_start, end))
    return lines


def _span(lines: list[Range], first: int, last: int, at: int) -> Range:
    """The token range of lines ``first`` to ``last``; an empty range stands before line
    ``first`` (or at the end)."""
    if first == last:
        position = lines[first][0] if first < len(lines) else (lines[-1][1] if lines else at)
        return Range(position, position)
    return Range(lines[first][0], lines[last - 1][1])


def _align_in_chunks(old: Sequence[str], new: Sequence[str], gap: Block,
                     out: list[Step]) -> None:
    a0, a1, b0, b1 = gap
    count = max(1, -(-max(a1 - a0, b1 - b0) // CHUNK))
    for k in range(count):
        c0, c1 = a0 + (a1 - a0) * k // count, a0 + (a1 - a0) * (k + 1) // count
        d0, d1 = b0 + (b1 - b0) * k // count, b0 + (b1 - b0) * (k + 1) // count
        if c0 == c1 or d0 == d1:
            _diff_directly(old, new, Block(c0, c1, d0, d1), out)
            continue
        old_symbols, new_symbols = dmp.encode(old[c0:c1], new[d0:d1])
        for tag, i1, i2, j1, j2 in levenshtein.align(old_symbols, new_symbols):
            out.append(Opcode(tag, c0 + i1, c0 + i2, d0 + j1, d0 + j2))


def _split_at(anchors: list[tuple[int, int]], gap: Gap, then: list[Step]) -> list[Work]:
    """The gap cut at its anchors: the sub-gaps and the anchors in turn, then ``then``."""
    a0, a1, b0, b1 = gap
    work: list[Work] = []
    append = work.append
    for i, j in anchors:
        append((a0, i, b0, j))
        append((EQUAL, i, i + 1, j, j + 1))  # the anchor itself
        a0, b0 = i + 1, j + 1
    append((a0, a1, b0, b1))
    work.extend(then)
    return work


def _common_prefix(old: Sequence[str], new: Sequence[str], a0: int, a1: int, b0: int,
                   b1: int) -> int:
    n = 0
    limit = min(a1 - a0, b1 - b0)
    while n < limit and old[a0 + n] == new[b0 + n]:
        n += 1
    return n


def _common_suffix(old: Sequence[str], new: Sequence[str], a0: int, a1: int, b0: int,
                   b1: int) -> int:
    n = 0
    limit = min(a1 - a0, b1 - b0)
    while n < limit and old[a1 - 1 - n] == new[b1 - 1 - n]:
        n += 1
    return n


def _anchors(old: Sequence[str], new: Sequence[str], gap: Gap) -> list[tuple[int, int]]:
    """Pairs (i, j) of words unique on both sides, longest chain in the same order.

    Only words anchor: a lone line break or comma says nothing about where text belongs.
    The counting and the finding of places are the interpreter's own loops (a gap may be a
    whole book); only the distinct tokens are looked at one by one.
    """
    a0, a1, b0, b1 = gap
    old_part, new_part = old[a0:a1], new[b0:b1]
    old_counts = Counter(old_part)
    after_step_over(a1 - a0)  # (on a book, each of these steps holds the interpreter lock)
    once = [token for token, times in Counter(new_part).items()
            if times == 1 and old_counts.get(token) == 1 and is_word(token)]
    if not once:
        return []
    after_step_over(b1 - b0)
    # the place of a token that occurs once is the last place it occurs
    where_old = dict(zip(old_part, range(a0, a1), strict=True))
    after_step_over(a1 - a0)
    where_new = dict(zip(new_part, range(b0, b1), strict=True))
    return _longest_increasing(sorted([(where_old[token], where_new[token]) for token in once]))


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by i) whose j also increases."""
    tails: list[int] = []  # tails[k]: smallest j ending an increasing run of length k+1
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[k] = j
            tail_index[k] = index
        previous[index] = tail_index[k - 1] if k else -1
    chain = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]


def _diff_directly(old: Sequence[str], new: Sequence[str], gap: Gap, out: list[Step],
                   encoded: Encoded = None) -> None:
    """Diff a gap with no further anchoring, its steps at absolute indexes."""
    a0, a1, b0, b1 = gap
    if a0 == a1 and b0 == b1:
        return
    if a0 == a1 or b0 == b1:
        out.append(Opcode.change(Block(a0, a1, b0, b1)))
        return
    if encoded is not None:
        old_symbols, new_symbols = encoded[0][a0:a1], encoded[1][b0:b1]
    else:
        old_symbols, new_symbols = dmp.encode(old[a0:a1], new[b0:b1])
    out.extend(dmp.diff_steps(old_symbols, new_symbols, a0, b0))


def _merged(steps: list[Step]) -> list[Opcode]:
    """Merge neighbours: equal with equal, and any run of non-equal steps into one."""
    merged: list[Opcode] = []
    first: Step | None = None  # the first and the last step of the run being merged
    last: Step | None = None
    for step in steps:
        _, a0, a1, b0, b1 = step
        if a0 == a1 and b0 == b1:
            continue
        if last is not None and (last[0] is EQUAL) is (step[0] is EQUAL):
            last = step
            continue
        if first is not None and last is not None:
            merged.append(_run(first, last))
        first = last = step
    if first is not None and last is not None:
        merged.append(_run(first, last))
    return merged


def _run(first: Step, last: Step) -> Opcode:
    """One opcode for a run of equal steps, or of non-equal ones, from first to last."""
    tag, i1, _, j1, _ = first
    if first is not last and tag is not EQUAL:  # as Tag.of_change, without building a Block
        tag = Tag.INSERT if i1 == last[2] else Tag.DELETE if j1 == last[4] else Tag.REPLACE
    return Opcode(tag, i1, last[2], j1, last[4])
