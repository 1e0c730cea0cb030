"""A PDF page's drawing instructions, cut down to those that place text (pure Python).

A page's content stream is a list of operations, each a few operands and an operator. Text
extraction needs only the text operators, the graphics-state ones that move text (``q``,
``Q``, ``cm``) and ``Do``, which may draw a form holding text; everything else — paths,
fills, colours, line styles — is most of a printed page (Qt's PDF writer emits a dozen
operations of it per glyph) and makes pypdf's pure-Python parser spend half a second on
one page. Here the stream is cut into operations in C — by splitting it at white space when
it holds no literal strings, comments or dictionaries (Qt's streams hold none), else by one
regular expression — and one pass keeps those that matter, as raw bytes: `core.load.pdf`
turns their operands into pypdf's values. A ``q … Q`` that only changes the matrix between
text objects is dropped too, as it leaves no trace.

Whatever this cutter does not understand — an inline image, a string nested deeper than it
reads, a token of no known kind, an operand of a kind no kept operator takes — makes it
give up (`parse_text_operations` returns None), and the caller hands the stream to pypdf's
own parser. It never guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Union

# The operators pypdf's text extraction acts on (`TextExtraction` and `_extract_text`).
KEPT = frozenset({b"BT", b"ET", b"q", b"Q", b"cm", b"Tz", b"Tc", b"Tw", b"TL", b"Tf", b"Td",
                  b"TD", b"Tm", b"T*", b"Tj", b"TJ", b"'", b'"', b"Do"})
# The check for cancelling runs after this many operations (a dense page has 40,000).
CHECK_EVERY = 20_000

_DELIMITER = rb"\s\x00()<>\[\]{}/%"
_END = rb"(?![^" + _DELIMITER + rb"])"  # the token ends here: no backtracking into it
_PLAIN = rb"(?:[^()\\]|\\.)"
_STRING = rb"\((?:" + _PLAIN + rb"|\((?:" + _PLAIN + rb"|\((?:" + _PLAIN + rb")*\))*\))*\)"
_HEX = rb"<[0-9A-Fa-f\s\x00]*>"
# A number, loosely: "1.2.3" too, which `core.load.pdf` then fails to read and hands the
# stream to pypdf. A character class reads it in one way only, and fast.
_NUMBER = rb"[-+.\d]+" + _END
_NAME = rb"/[^" + _DELIMITER + rb"]*" + _END
_WORD = rb"(?:true|false|null)" + _END
_SIMPLE = rb"(?:" + b"|".join((_NUMBER, _NAME, _STRING, _HEX)) + rb")"
_ITEM = rb"(?:" + b"|".join((_NUMBER, _NAME, _STRING, _HEX, _WORD)) + rb")"
_ARRAY = rb"\[(?:[\s\x00]*" + _ITEM + rb")*[\s\x00]*\]"
_DICTIONARY = rb"<<(?:[\s\x00]*(?:" + _ITEM + rb"|" + _ARRAY + rb"))*[\s\x00]*>>"
_OPERATOR = rb"[A-Za-z'\"][^" + _DELIMITER + rb"]*" + _END
_OPERANDS = (rb"(?:(?:" + _SIMPLE + rb"|" + _ARRAY + rb"|" + _DICTIONARY
             + rb")[\s\x00]*)*")
# Operators that draw no text and change nothing text extraction reads: paths, painting,
# clipping, colours, line styles, marked content, shading, rendering intent.
_SKIPPED = (rb"(?:b\*?|B\*?|BDC|BMC|BX|cs?|CS|d[01]?|DP|EMC|EX|f\*?|F|g[s]?|G|h|i|j|J"
            rb"|k|K|l|m|M|MP|n|re|rg|RG|ri|s|S|sc|SC|scn|SCN|sh|Tr|Ts|v|w|W\*?|y)" + _END)
# Skipped operations, then one operation (its operands and operator), a comment, or a
# character read no further. Skipping in C saves a pass of Python per operation.
_OPERATION = re.compile(
    rb"(?:[\s\x00]*" + _OPERANDS + _SKIPPED + rb")*[\s\x00]*"
    rb"(?:(%[^\r\n]*)|(" + _OPERANDS + rb")(" + _OPERATOR + rb")|(\S))",
    re.DOTALL,
)
_OPERAND = re.compile(_SIMPLE + rb"|" + _WORD + rb"|\[|\]|<<", re.DOTALL)

# An operand as a raw token: bytes, or a list for an array.
Operand = Union[bytes, "list[Operand]"]
# The operands of an operation, as they stand in the stream, and its operator.
Operation = tuple[bytes, bytes]


class _Unreadable(Exception):
    """The stream holds something this cutter does not read; pypdf's parser must."""


def parse_text_operations(data: bytes, check: Callable[[], None] | None = None
                          ) -> list[Operation] | None:
    """The operations of ``data`` that can place text; None when unsure.

    Each operation is its operands as they stand in the stream (see `operands`) and its
    operator. ``check`` is called every `CHECK_EVERY` operations and may raise to stop the
    work (it propagates).
    """
    try:
        if _SPLITS.search(data) is None:
            return _split_operations(data, check)
        return _matched_operations(data, check)
    except _Unreadable:
        return None


def _matched_operations(data: bytes, check: Callable[[], None] | None) -> list[Operation]:
    """The regular expression's way: any stream."""
    cutter = _Cutter()
    for index, match in enumerate(_OPERATION.finditer(data)):
        if check is not None and index % CHECK_EVERY == CHECK_EVERY - 1:
            check()
        if match.lastindex == 3:
            cutter.add(match[2], match[3])
        elif match.lastindex == 4:
            raise _Unreadable()  # a string nested too deep, a stray bracket, a brace...
    return cutter.kept


# A stream with none of these splits into its tokens at white space, once the brackets and
# the slashes that may touch a neighbour are spaced out: no literal strings (which hold any
# bytes), comments, dictionaries, braces, NULs, or hex strings with white space inside.
_SPLITS = re.compile(rb"[()%{}\x00]|<<|<[^>]*\s")
_SPACED = ((b"[", b" [ "), (b"]", b" ] "), (b"<", b" <"), (b">", b"> "), (b"/", b" /"))
_OPERATOR_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\"")


def _split_operations(data: bytes, check: Callable[[], None] | None) -> list[Operation]:
    """The quick way, for a stream `_SPLITS` finds nothing in: a tokenizer in C (split), and
    one look at each token's first byte. A word inside an array would be taken for an
    operator here: the operands of every operation kept are read again by `operands`, which
    refuses brackets that do not pair."""
    for old, new in _SPACED:
        data = data.replace(old, new)
    tokens = data.split()
    cutter = _Cutter()
    start = 0
    operators = [index for index, token in enumerate(tokens) if token[0] in _OPERATOR_START]
    for count, index in enumerate(operators):
        if check is not None and count % CHECK_EVERY == CHECK_EVERY - 1:
            check()
        token = tokens[index]
        if token in KEPT or token == b"BI":
            cutter.add(b" ".join(tokens[start:index]), token)
        start = index + 1
    if start < len(tokens):
        raise _Unreadable()  # operands after the last operator: a stream cut short
    return cutter.kept


def operands(text: bytes) -> list[Operand]:
    """The operands in ``text`` (from `parse_text_operations`), arrays as lists.

    Raises ValueError when brackets do not pair. A dictionary comes out as the token ``<<`` and its contents: no operator kept takes one,
    and the caller gives up on it.
    """
    result: list[Operand] = []
    outer: list[list[Operand]] = []
    for token in _OPERAND.findall(text):
        if token == b"[":
            outer.append(result)
            result = []
        elif token == b"]":
            if not outer:
                raise ValueError("a bracket closes no array")
            inner, result = result, outer.pop()
            result.append(inner)
        else:
            result.append(token)
    if outer:
        raise ValueError("an array is not closed")
    return result


class _Cutter:
    """Keeps the operations that can place text, less saves and restores that leave no
    trace."""

    def __init__(self) -> None:
        self.kept: list[Operation] = []
        # Where each open ``q`` stands in `kept`; -1 for one opened inside a text object,
        # which stays whatever it holds.
        self._saves: list[int] = []
        # Where the last operation kept that is not ``q``, ``Q`` or ``cm`` stands: a save
        # after it holds nothing that matters yet.
        self._last_used = -1
        self._in_text = False

    def add(self, operands: bytes, operator: bytes) -> None:
        if operator in _SHOWING:  # most operations: no save or restore to weigh
            self._last_used = len(self.kept)
        elif operator == b"q":
            self._saves.append(-1 if self._in_text else len(self.kept))
        elif operator == b"Q":
            if self._saves:
                start = self._saves.pop()
                if start > self._last_used and not self._in_text:
                    del self.kept[start:]  # the matrix changed and changed back: no trace
                    return
        elif operator in (b"BT", b"ET"):
            self._in_text = operator == b"BT"
            self._last_used = len(self.kept)
        elif operator == b"BI":
            raise _Unreadable()  # an inline image: binary data follows, pypdf must read it
        elif operator != b"cm":
            return
        self.kept.append((operands, operator))


_SHOWING = KEPT - {b"q", b"Q", b"cm", b"BT", b"ET"}
