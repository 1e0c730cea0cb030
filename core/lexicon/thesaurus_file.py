"""The thesaurus's file: its text cut into blocks of lines, each compressed on its own.

``tools/build_thesaurus.py`` writes the thesaurus as text (three sorted sections of lines:
``%synsets``, ``%lemmas``, ``%exceptions``; see that tool for what the lines say). `encode`
turns the text into the file shipped in ``resources``, and `ThesaurusFile` reads it back a
block at a time, memory-mapped: the first look-up decompresses a few blocks of 16 kB instead
of 6 MB of text, and a block once read stays read. The text itself can be had back whole
(`ThesaurusFile.text`), byte for byte.

The file keeps the text in four parts. The synsets' section makes two: ``members``, each
synset's lemmas, a line per synset in order, and ``links``, a line ``number<TAB>links`` for
each synset that has links; a comparison asks about links only (2 of the 6 MB of text are the
synsets' lemmas, which only `Thesaurus.synonyms` reads). ``lemmas`` and ``exceptions`` are
the text's other two sections as they are. Two more parts are drawn from those, for a quick
no: ``heads``, the words but the last of the multi-word lemmas and exceptions, and ``tails``,
their words but the first, each once (a phrase whose head and tail are neither is no form of
a lemma, see `Thesaurus`; most phrases a comparison asks about are such). The file, bytes::

    # palimpsest-thesaurus-file 2
    the text's comment lines, uncompressed, so that WordNet's licence is readable in it
    %directory LENGTH
    LENGTH bytes: the directory, zlib-compressed
    the blocks, zlib-compressed, one after another

The directory has a line per block, in file order: ``part<TAB>first key<TAB>end``, ``end``
being where the block's bytes end, counted from the end of the directory. A block holds
consecutive lines of one part joined by newlines. Its first key is the number of its first line
in ``members``; in the other parts, sorted by line and by key (the text before the first tab),
it is its first line's key, and a block never splits the lines of one key (a word's exception
lines): a key's lines are all in the last block whose first key is not greater than it.
"""

from __future__ import annotations

import mmap
import zlib
from bisect import bisect_left, bisect_right
from pathlib import Path

TEXT_FORMAT = "palimpsest-thesaurus 1"
FILE_FORMAT = "palimpsest-thesaurus-file 2"
# The text's sections, and the file's parts (the synsets' section makes two; the heads and
# tails of the multi-word lemmas and exceptions are drawn from those sections).
SECTIONS = ("%synsets", "%lemmas", "%exceptions")
MEMBERS, LINKS, LEMMAS, EXCEPTIONS = "members", "links", "lemmas", "exceptions"
HEADS, TAILS = "heads", "tails"
PARTS = (MEMBERS, LINKS, LEMMAS, EXCEPTIONS, HEADS, TAILS)
# Uncompressed bytes a block holds at least (but its last line): 16 kB decompresses in some
# 40 µs, and compresses to within 6 % of one zlib stream of the whole part.
BLOCK_BYTES = 16_384
_LINK_MARKS = ("&", "@")
_DIRECTORY = b"%directory "


def encode(text: str, block_bytes: int = BLOCK_BYTES) -> bytes:
    """The file holding ``text``, a thesaurus in the text format.

    Raises ValueError when ``text`` is not one: no format line, a section missing or out of
    order, an empty line or field, a synset without lemmas or with links before them, or a
    sorted section out of order. The same text gives the same bytes.
    """
    header, (synsets, lemmas, exceptions) = _parse(text)
    members, links = _split_synsets(synsets)
    heads, tails = _heads_and_tails(lemmas, exceptions)
    directory: list[str] = []
    blocks: list[bytes] = []
    end = 0
    for part, lines in zip(PARTS, (members, links, lemmas, exceptions, heads, tails),
                           strict=True):
        for first, block in _blocks(part, lines, block_bytes):
            blocks.append(zlib.compress("\n".join(block).encode("utf-8"), 9))
            end += len(blocks[-1])
            directory.append(f"{part}\t{first}\t{end}")
    packed = zlib.compress("\n".join(directory).encode("utf-8"), 9)
    head = "\n".join([f"# {FILE_FORMAT}", *header]) + "\n"
    return b"".join([head.encode("utf-8"), _DIRECTORY, b"%d\n" % len(packed), packed, *blocks])


def _parse(text: str) -> tuple[list[str], list[list[str]]]:
    """The text's comment lines and its three sections' lines, checked."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != f"# {TEXT_FORMAT}":
        raise ValueError(f"not a thesaurus in the {TEXT_FORMAT!r} format")
    try:
        starts = [lines.index(SECTIONS[0])]
        for name in SECTIONS[1:]:
            starts.append(lines.index(name, starts[-1]))
    except ValueError:
        raise ValueError(f"thesaurus lacks one of the sections {SECTIONS}") from None
    if not all(line.startswith("#") for line in lines[:starts[0]]):
        raise ValueError("thesaurus has a line before its sections that is no comment")
    ends = [*starts[1:], len(lines)]
    sections = [lines[start + 1:end] for start, end in zip(starts, ends, strict=True)]
    if any("" in line.split("\t") for section in sections for line in section):
        raise ValueError("thesaurus has an empty line or field in a section")
    for name, section in zip(SECTIONS[1:], sections[1:], strict=True):
        _check_sorted(name, section)
    return lines[:starts[0]], sections


def _check_sorted(name: str, lines: list[str]) -> None:
    """Refuse lines out of order, by line or by key: a look-up finds a block by the key."""
    keys = list(map(_key, lines))
    if lines != sorted(lines) or keys != sorted(keys):
        raise ValueError(f"thesaurus section {name} is not sorted")


def _split_synsets(synsets: list[str]) -> tuple[list[str], list[str]]:
    """The synsets' lemmas, line by line, and ``number<TAB>links`` where there are links."""
    members: list[str] = []
    links: list[str] = []
    for number, line in enumerate(synsets):
        fields = line.split("\t")
        count = next((i for i, f in enumerate(fields) if f.startswith(_LINK_MARKS)), len(fields))
        if count == 0 or not all(f.startswith(_LINK_MARKS) for f in fields[count:]):
            raise ValueError(f"synset {number} lacks lemmas, or has links before them")
        members.append("\t".join(fields[:count]))
        if count < len(fields):
            links.append("\t".join([str(number), *fields[count:]]))
    links.sort()
    _check_sorted(LINKS, links)
    return members, links


def _heads_and_tails(lemmas: list[str], exceptions: list[str]) -> tuple[list[str], list[str]]:
    """The words but the last, and but the first, of every phrase a phrase may be read as
    (see `Thesaurus`): the multi-word lemmas and the exception lists' phrases; and what a
    lemma holds beside a base of more words ("comics" → "comic strip"), its other words."""
    collocations = [key for key in map(_key, lemmas) if " " in key]
    phrases = collocations + [key for key in map(_key, exceptions) if " " in key]
    heads = {key.rpartition(" ")[0] for key in phrases}
    tails = {key.partition(" ")[2] for key in phrases}
    spaced = {base for line in exceptions for base in line.split("\t")[2:] if " " in base}
    for lemma in collocations:
        for base in spaced:
            if lemma.startswith(base + " "):
                tails.add(lemma[len(base) + 1:])
            if lemma.endswith(" " + base):
                heads.add(lemma[:-len(base) - 1])
    return sorted(heads), sorted(tails)


def _key(line: str) -> str:
    return line.partition("\t")[0]


def _blocks(part: str, lines: list[str], block_bytes: int) -> list[tuple[str, list[str]]]:
    """A part's lines cut into blocks, each with its first key."""
    found: list[tuple[str, list[str]]] = []
    block: list[str] = []
    size = 0
    first = 0
    for number, line in enumerate(lines):
        key = _key(line)
        if size >= block_bytes and (part == MEMBERS or key != _key(block[-1])):
            found.append((_first_key(part, first, block), block))
            block, size, first = [], 0, number
        block.append(line)
        size += len(line) + 1
    if block or not found:
        found.append((_first_key(part, first, block), block))
    return found


def _first_key(part: str, number: int, block: list[str]) -> str:
    if part == MEMBERS:
        return str(number)
    return _key(block[0]) if block else ""


class ThesaurusFile:
    """The lines of a thesaurus file, read a block at a time as they are asked for."""

    __slots__ = ("_base", "_data", "_firsts", "_header", "_lines", "_numbers", "_spans")

    def __init__(self, data: bytes | mmap.mmap) -> None:
        """Read the file's header and directory; raises ValueError if it is no such file."""
        self._data = memoryview(data)
        head_end = data.find(b"\n" + _DIRECTORY)
        first_line = bytes(self._data[:len(FILE_FORMAT) + 3])
        if head_end < 0 or first_line != f"# {FILE_FORMAT}\n".encode():
            raise ValueError(f"not a thesaurus file in the {FILE_FORMAT!r} format")
        self._header = bytes(self._data[:head_end]).decode("utf-8").split("\n")[1:]
        length_start = head_end + 1 + len(_DIRECTORY)
        length_end = data.find(b"\n", length_start)
        try:
            start = length_end + 1 + int(bytes(self._data[length_start:length_end]))
            directory = zlib.decompress(self._data[length_end + 1:start]).decode("utf-8")
            self._read_directory(directory.split("\n"), start)
        except (KeyError, ValueError, zlib.error) as error:
            raise ValueError(f"thesaurus file has a broken directory ({error})") from None
        # Blocks read so far, by position in the directory, as lines: a line is found by a
        # binary search, several times faster than a search of the block's text for it.
        self._lines: dict[int, list[str]] = {}

    @classmethod
    def open(cls, path: Path) -> ThesaurusFile:
        """Memory-map the file at ``path``: only the blocks asked for are read from disk."""
        with open(path, "rb") as handle:
            return cls(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))

    def _read_directory(self, rows: list[str], start: int) -> None:
        self._spans: list[tuple[int, int]] = []  # each block's bytes
        self._firsts: dict[str, list[str]] = {part: [] for part in PARTS}
        self._base: dict[str, int] = {}  # where a part's blocks start in the directory
        end = start
        for position, row in enumerate(rows):
            part, first, block_end = row.split("\t")
            self._base.setdefault(part, position)
            self._firsts[part].append(first)
            self._spans.append((end, start + int(block_end)))
            end = self._spans[-1][1]
        parts = [row.partition("\t")[0] for row in rows]
        in_order = parts == sorted(parts, key=PARTS.index)
        if end != len(self._data) or list(self._base) != list(PARTS) or not in_order:
            raise ValueError("its blocks do not fill the file, part after part")
        self._numbers = [int(first) for first in self._firsts[MEMBERS]]

    @property
    def header(self) -> list[str]:
        """The text's comment lines, its format line first."""
        return list(self._header)

    def members(self, number: int) -> str:
        """Synset ``number``'s lemmas, tab-separated; raises IndexError past the last synset."""
        block = bisect_right(self._numbers, number) - 1
        lines = self._lines_of(self._base[MEMBERS] + block) if block >= 0 else []
        offset = number - self._numbers[block] if block >= 0 else -1
        if not 0 <= offset < len(lines):
            raise IndexError(f"no synset {number}")
        return lines[offset]

    def links(self, number: int) -> str:
        """Synset ``number``'s link fields (``&n n …``, ``@n n …``), tab-separated, or ""."""
        found = self.lines(LINKS, str(number))
        return found[0].partition("\t")[2] if found else ""

    def lines(self, part: str, key: str) -> list[str]:
        """The lines ``key<TAB>…`` of a sorted part (`LEMMAS`, `EXCEPTIONS`, `LINKS`)."""
        block = bisect_right(self._firsts[part], key) - 1
        if block < 0:
            return []
        lines = self._lines_of(self._base[part] + block)
        prefix = key + "\t"
        i = bisect_left(lines, prefix)
        found: list[str] = []
        while i < len(lines) and lines[i].startswith(prefix):
            found.append(lines[i])
            i += 1
        return found

    def has(self, part: str, key: str) -> bool:
        """Whether a part of keys alone (`HEADS`, `TAILS`) holds ``key``."""
        block = bisect_right(self._firsts[part], key) - 1
        if block < 0:
            return False
        lines = self._lines_of(self._base[part] + block)
        i = bisect_left(lines, key)
        return i < len(lines) and lines[i] == key

    def text(self) -> str:
        """The whole text the file was made of, as `encode` was given it (final newline)."""
        links = {}
        for block in range(len(self._firsts[LINKS])):
            for line in self._lines_of(self._base[LINKS] + block):
                number, _, fields = line.partition("\t")
                links[int(number)] = fields
        synsets = [
            f"{members}\t{links[number]}" if number in links else members
            for block in range(len(self._numbers))
            for number, members in enumerate(self._lines_of(self._base[MEMBERS] + block),
                                             self._numbers[block])
        ]
        lines = [*self._header, SECTIONS[0], *synsets]
        for section, part in zip(SECTIONS[1:], (LEMMAS, EXCEPTIONS), strict=True):
            lines.append(section)
            for block in range(len(self._firsts[part])):
                lines.extend(self._lines_of(self._base[part] + block))
        return "\n".join(lines) + "\n"

    def _lines_of(self, position: int) -> list[str]:
        """The lines of the block at ``position`` in the directory; remembered."""
        known = self._lines.get(position)
        if known is None:
            start, end = self._spans[position]
            text = zlib.decompress(self._data[start:end]).decode("utf-8")
            known = self._lines[position] = text.split("\n") if text else []
        return known
