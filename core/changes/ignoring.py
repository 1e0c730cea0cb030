"""The ignore rules applied to one pair of texts: what the editor sets aside is no change.

An editor may ignore the differences of some formatting categories (case, punctuation,
quote style, white space), one by one, and boilerplate lines ("[ad_1]", "Source link", a
syndication footer) named by regular expressions (`core.model.IgnoreRules`). Ignored
differences are not merely hidden: they count nowhere, make no pattern and do not lower the
similarity. But the edit script must still rebuild NEW from OLD, so a difference is never
dropped from it: the change stays in `Comparison.changes`, flagged ``ignored``.

How, stage by stage:

- The tokens are compared folded (`Ignoring.of`): letter case folded, quotes made straight,
  every run of white space made one space (or one line break, when it holds one, so that
  the word alignment still cuts long gaps at lines). Differences of those kinds then align
  as equal text, and `core.changes.refine.with_written_forms` lists each as a one-token
  substitution of its own, never merged into a content change beside it.
- A boilerplate line is one token, compared as a symbol of its own text (the same line
  on both sides is equal; two different lines are not), which is no word: the word counts
  and the sentences' similarities leave it out. `set_apart` cuts it out of any change it
  shares, so that it forms a change of its own.
- `flagged` marks as ignored a change that holds only boilerplate lines and white space,
  and a formatting-only change whose sides are the same once the ignored categories are
  folded away (`same_when_ignoring`); `kept_edits` drops such edits from a moved passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from core.model import IGNORABLE, Category, Change, ChangeKind, IgnoreRules, Move
from core.patterns.categories import nfc, plain_quotes, without_spaces
from core.spans import Piece
from core.text.tokens import Tokenized, TokenPair, WordIndex, punctuation_to_spaces

_NAMES = {category.value: category for category in IGNORABLE}
_SPACES = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")
# Quotation marks are not punctuation to these rules: their style is QUOTE_STYLE's, and a
# quotation mark that comes or goes is content (`core.patterns.categories`).
_QUOTE_MARKS = frozenset("\"'‘’‚‛“”„‟«»‹›′″`´")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_PUNCTUATION_RUN = re.compile(r"\s*\x00[\s\x00]*")
_TURKISH_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})
# Symbols standing for boilerplate lines in the tokens compared (private use: in no text).
_FIRST_SYMBOL = 0xF0000


class BadRule(ValueError):
    """An ignore rule that cannot be used; ``str(error)`` is one line saying why."""


def rules_of(categories: Iterable[str] = (), lines: Iterable[str] = ()) -> IgnoreRules:
    """The rules named by ``categories`` ("case", "punctuation", "quote-style",
    "whitespace") and ``lines`` (regular expressions). Raises `BadRule` for an unknown name
    or a pattern that is no regular expression or matches an empty line."""
    found: set[Category] = set()
    for name in categories:
        name = name.strip().lower()
        if name not in _NAMES:
            raise BadRule(f"unknown category to ignore: {name!r} (use "
                          f"{', '.join(_NAMES)})")
        found.add(_NAMES[name])
    patterns = tuple(lines)
    for pattern in patterns:
        _compiled(pattern)
    return IgnoreRules(frozenset(found), patterns)


def _compiled(pattern: str) -> re.Pattern[str]:
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise BadRule(f"not a regular expression: {pattern!r} ({error})") from None
    if compiled.fullmatch(""):
        raise BadRule(f"matches an empty line, so every blank line: {pattern!r}")
    return compiled


@dataclass(frozen=True)
class Ignoring:
    """The rules applied to one pair: the tokens to compare and where the boilerplate is.

    ``pair`` holds the tokens as compared (folded) and as written, a boilerplate line one
    token of each; ``left_out`` the indexes of those tokens, in OLD and in NEW.
    """

    rules: IgnoreRules
    pair: TokenPair
    left_out: tuple[frozenset[int], frozenset[int]]

    @classmethod
    def of(cls, old_text: str, new_text: str, rules: IgnoreRules) -> Ignoring:
        """The tokens of both texts as ``rules`` have them compared."""
        if not rules:
            return cls(rules, TokenPair.of(old_text, new_text), (frozenset(), frozenset()))
        patterns = [_compiled(pattern) for pattern in rules.lines]
        symbols: dict[str, str] = {}
        old, old_out = _tokenized(old_text, patterns, rules.categories, symbols)
        new, new_out = _tokenized(new_text, patterns, rules.categories, symbols)
        return cls(rules, TokenPair(old, new), (old_out, new_out))

    def sentence_tokens(self, tokens: Tokenized) -> list[str]:
        """The tokens to cut into sentences: as written when folded (a folded capital is no
        initial, a folded line break ends no sentence), else as compared."""
        return tokens.written if self.rules else tokens.tokens

    def set_apart(self, pieces: list[Piece]) -> list[Piece]:
        """``pieces`` with each boilerplate token in a piece of its own (in order)."""
        old_out, new_out = self.left_out
        if not old_out and not new_out:
            return pieces
        result: list[Piece] = []
        written = (self.pair.old.written, self.pair.new.written)
        for piece in pieces:
            result.extend(_cut(piece, old_out, new_out, written))
        return result

    def flagged(self, changes: Sequence[Change], pieces: Sequence[Piece]) -> tuple[Change, ...]:
        """``changes`` (made from ``pieces``, one for one) with those the rules ignore
        flagged."""
        if not self.rules:
            return tuple(changes)
        return tuple(replace(change, ignored=True) if self._ignores(change, piece) else change
                     for change, piece in zip(changes, pieces, strict=True))

    def kept_edits(self, move: Move) -> Move:
        """``move`` without the edits inside it that the rules ignore."""
        if not self.rules.categories:
            return move
        kept = tuple(edit for edit in move.substitutions if not (
            edit.category.is_formatting
            and same_when_ignoring(edit.old_text, edit.new_text, self.rules.categories)))
        return move if len(kept) == len(move.substitutions) else replace(move, substitutions=kept)

    def _ignores(self, change: Change, piece: Piece) -> bool:
        if self._only_left_out(piece):
            return True
        return (change.category.is_formatting and change.category is not Category.UNICODE_FORM
                and bool(self.rules.categories)
                and same_when_ignoring(change.old_text, change.new_text,
                                       self.rules.categories))

    def _only_left_out(self, piece: Piece) -> bool:
        """True when the piece holds a boilerplate line and nothing else but white space."""
        old_out, new_out = self.left_out
        old, new = self.pair.old.written, self.pair.new.written
        found = False
        for out, written, start, end in ((old_out, old, piece.a0, piece.a1),
                                         (new_out, new, piece.b0, piece.b1)):
            for index in range(start, end):
                if index in out:
                    found = True
                elif not written[index].isspace():
                    return False
        return found


def counted(changes: Iterable[Change]) -> list[Change]:
    """The changes the rules leave counted: all but the ignored ones."""
    return [change for change in changes if not change.ignored]


def same_when_ignoring(old: str, new: str, categories: frozenset[Category]) -> bool:
    """True when ``old`` and ``new`` are the same text once the differences of
    ``categories`` are set aside. Punctuation is set aside with the white space around it
    (a dash dropped with its space), quotation marks apart; letter case knows Turkish."""
    if _folded(old, categories) == _folded(new, categories):
        return True
    return (Category.CASE in categories
            and _folded(old, categories, True) == _folded(new, categories, True))


def _folded(text: str, categories: frozenset[Category], turkish: bool = False) -> str:
    text = nfc(text)
    if Category.QUOTE_STYLE in categories:
        text = plain_quotes(text)
    if Category.PUNCTUATION in categories:
        text = _without_punctuation(text)
    if Category.WHITESPACE in categories:
        text = without_spaces(text)
    if Category.CASE in categories:
        text = (text.translate(_TURKISH_CAPITALS) if turkish else text).casefold()
    return text


def _without_punctuation(text: str) -> str:
    """``text`` with its punctuation marks (quotation marks aside) and the white space
    around them set aside: one space between words, nothing at the ends."""
    text = _INNER_APOSTROPHE.sub("", text)
    spaced = punctuation_to_spaces(text)  # one character for one: the marks found in place
    marked = "".join("\x00" if s == " " and c != " " and c not in _QUOTE_MARKS else c
                     for c, s in zip(text, spaced, strict=True))
    if "\x00" not in marked:
        return text

    def separator(match: re.Match[str]) -> str:
        at_end = match.start() == 0 or match.end() == len(marked)
        return "" if at_end else " "

    return _PUNCTUATION_RUN.sub(separator, marked)


def _tokenized(text: str, patterns: Sequence[re.Pattern[str]],
               categories: frozenset[Category], symbols: dict[str, str]
               ) -> tuple[Tokenized, frozenset[int]]:
    """The tokens of ``text``, folded for comparison, each boilerplate line one token, and
    the indexes of those."""
    plain = Tokenized.of(text)
    # each distinct token folded once: a book repeats a few tens of thousands a million times
    folded = {token: _fold_token(token, categories) for token in set(plain.tokens)}
    lines = _boilerplate(text, patterns) if patterns else []
    if not lines:
        compared = list(map(folded.__getitem__, plain.tokens))
        return Tokenized(compared, plain.written, plain.starts, WordIndex(compared)), frozenset()
    written: list[str] = []
    compared, starts, out = [], [], []
    index = 0
    for line_start, line_end in [*lines, (len(text) + 1, len(text) + 1)]:
        while index < len(plain.written) and plain.starts[index] < line_start:
            written.append(plain.written[index])
            compared.append(folded[plain.tokens[index]])
            starts.append(plain.starts[index])
            index += 1
        if line_start > len(text):
            break
        line = text[line_start:line_end]
        out.append(len(written))
        written.append(line)
        compared.append(symbols.setdefault(line, chr(_FIRST_SYMBOL + len(symbols))))
        starts.append(line_start)
        while index < len(plain.written) and plain.starts[index] < line_end:
            index += 1  # the line's own tokens, now one
    starts.append(len(text))
    return Tokenized(compared, written, starts, WordIndex(compared)), frozenset(out)


def _fold_token(token: str, categories: frozenset[Category]) -> str:
    if token[0].isspace():
        if Category.WHITESPACE in categories:
            return "\n" if "\n" in token else " "
        return token
    if Category.QUOTE_STYLE in categories:
        token = plain_quotes(token)
    if Category.CASE in categories:
        token = token.casefold()
    return token


def _boilerplate(text: str, patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
    """The character ranges of the lines a pattern matches, without their outer spaces."""
    found = []
    for match in _LINE.finditer(text):
        line = match.group()
        content = line.strip()
        if content and any(pattern.fullmatch(content) for pattern in patterns):
            start = match.start() + len(line) - len(line.lstrip())
            found.append((start, start + len(content)))
    return found


def _cut(piece: Piece, old_out: frozenset[int], new_out: frozenset[int],
         written: tuple[Sequence[str], Sequence[str]]) -> list[Piece]:
    """One piece cut at the boilerplate lines it holds, each line (with the white space
    beside it) a piece of its own. What comes before the first line on both sides stays
    one piece; after it, OLD's rest is omitted and NEW's rest added."""
    old_runs = _runs(piece.a0, piece.a1, old_out, written[0])
    new_runs = _runs(piece.b0, piece.b1, new_out, written[1])
    runs = [(side, start, end) for side, found in ((0, old_runs), (1, new_runs))
            for start, end, line in found if not line]
    if len(runs) == len(old_runs) + len(new_runs) or all(
            all(written[side][index].isspace() for index in range(start, end))
            for side, start, end in runs):
        return [piece]  # no boilerplate; or nothing else but white space, ignored whole
    a = next((start for start, _, line in old_runs if line), piece.a1)
    b = next((start for start, _, line in new_runs if line), piece.b1)
    result = _piece(piece.a0, a, piece.b0, b, piece.move)
    result += [Piece(ChangeKind.OMISSION, start, end, b, b, None if line else piece.move)
               for start, end, line in old_runs if start >= a]
    result += [Piece(ChangeKind.ADDITION, piece.a1, piece.a1, start, end,
                     None if line else piece.move)
               for start, end, line in new_runs if start >= b]
    return result


def _runs(start: int, end: int, out: frozenset[int], written: Sequence[str]
          ) -> list[tuple[int, int, bool]]:
    """Tokens ``[start, end)`` cut into runs (start, end, is a boilerplate line): each line
    takes the white space on either side of it."""
    if not any(index in out for index in range(start, end)):
        return [(start, end, False)] if start < end else []
    line = [index in out for index in range(start, end)]
    for index in range(start, end):  # white space beside a line joins it
        if written[index].isspace():
            k = index - start
            line[k] = _beside_line(line, written, start, k)
    runs: list[tuple[int, int, bool]] = []
    for k, is_line in enumerate(line):
        if runs and runs[-1][2] == is_line and runs[-1][1] == start + k:
            runs[-1] = (runs[-1][0], start + k + 1, is_line)
        else:
            runs.append((start + k, start + k + 1, is_line))
    return runs


def _beside_line(line: list[bool], written: Sequence[str], start: int, k: int) -> bool:
    """True when the white space token ``k`` touches a line, over other white space only."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(line) and written[start + j].isspace():
            j += step
        if 0 <= j < len(line) and line[j] and not written[start + j].isspace():
            return True
    return False


def _piece(a0: int, a1: int, b0: int, b1: int, move: int | None) -> list[Piece]:
    """The piece ``old[a0:a1]`` → ``new[b0:b1]`` of the kind its sides make, if any."""
    if a0 == a1 and b0 == b1:
        return []
    kind = (ChangeKind.ADDITION if a0 == a1 else ChangeKind.OMISSION if b0 == b1
            else ChangeKind.SUBSTITUTION)
    return [Piece(kind, a0, a1, b0, b1, move)]
