"""Build the fonts that ship in ``resources/fonts/`` for the PDF report.

The PDF must show curly quotes, dashes, accented letters, Greek, Cyrillic and CJK text on a
machine with no fonts installed, so the app carries its own:

- DejaVu Sans and DejaVu Sans Bold, copied unchanged (Latin, Greek, Cyrillic, punctuation,
  arrows); Bitstream Vera licence, see ``LICENSE-DejaVu.txt``.
- "Palimpsest CJK A" and "Palimpsest CJK B": subsets of Noto Sans CJK SC Regular (SIL OFL
  1.1, see ``LICENSE-NotoSansCJK.txt``), renamed as the OFL asks of modified versions.
  A holds CJK punctuation, kana, full-width forms, the common hanzi (GB 2312 level 1), the
  common kanji (JIS X 0208 level 1) and the common hangul syllables (KS X 1001); B the less
  common hanzi and kanji (GB 2312 level 2, JIS X 0208 level 2) and the common traditional
  characters (Big5 level 1) that A lacks. The character lists come from Python's own
  codecs, so the build needs no data files. Each file stays under 2 MB.

It needs fontTools, which is not a dependency of the app: install it into a throw-away
virtual environment, not into the project's.

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools
    apt-get install fonts-dejavu-core fonts-noto-cjk      # the source fonts (Debian)
    /tmp/fontvenv/bin/python tools/build_fonts.py
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTCollection  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_CJK_SC = 2  # index of "Noto Sans CJK SC" in the collection
DEJAVU_COPYRIGHT = Path("/usr/share/doc/fonts-dejavu-core/copyright")
NOTO_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
MAX_BYTES = 2_000_000

COMMON_RANGES = [
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]


def double_byte(codec: str, lead: Iterable[int], trail: Iterable[int]) -> set[str]:
    """The characters a double-byte codec maps to from the given lead and trail bytes."""
    trail = list(trail)
    found = set()
    for high in lead:
        for low in trail:
            try:
                text = bytes([high, low]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(text)
    return found


def cjk_sets() -> tuple[set[str], set[str]]:
    """The characters of subset A and of subset B (B holds only what A lacks)."""
    gb_level_1 = double_byte("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    gb_level_2 = double_byte("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF))
    jis_level_1 = double_byte("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))
    jis_level_2 = double_byte("euc_jp", range(0xD0, 0xF5), range(0xA1, 0xFF))
    big5_level_1 = double_byte("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    hangul = {c for c in double_byte("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
              if 0xAC00 <= ord(c) <= 0xD7A3}
    common = {chr(code) for low, high in COMMON_RANGES for code in range(low, high + 1)}
    first = common | gb_level_1 | jis_level_1 | hangul
    second = (gb_level_2 | jis_level_2 | big5_level_1) - first
    return first, second


def build_cjk(characters: set[str], family: str, file_name: str) -> Path:
    """Subset Noto Sans CJK SC to ``characters`` and save it renamed as ``family``."""
    font = TTCollection(str(NOTO_CJK)).fonts[NOTO_CJK_SC]
    options = subset.Options()
    options.layout_features = []  # horizontal text in SC forms: no alternates needed
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    postscript = family.replace(" ", "") + "-Regular"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(f"{postscript};subset of Noto Sans CJK SC 2.004", 3, 3, 1, 0x409)
    names.setName(f"{family} Regular", 4, 3, 1, 0x409)
    names.setName(postscript, 6, 3, 1, 0x409)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [postscript]
    path = OUT / file_name
    font.save(str(path))
    return path


def licence_text(copyright_file: Path, licence: str) -> str:
    """One licence's text out of a Debian machine-readable copyright file, de-indented."""
    text = copyright_file.read_text(encoding="utf-8")
    match = re.search(rf"^License: {re.escape(licence)}\n((?: .*\n?)+)", text, re.MULTILINE)
    if match is None:
        raise SystemExit(f"build_fonts: no licence {licence!r} in {copyright_file}")
    lines = [line[1:] for line in match.group(1).splitlines()]
    return "\n".join("" if line == "." else line for line in lines).strip() + "\n"


def write_licences() -> None:
    shutil.copyfile(DEJAVU_COPYRIGHT, OUT / "LICENSE-DejaVu.txt")
    notice = ("Palimpsest CJK A and Palimpsest CJK B are subsets of Noto Sans CJK SC\n"
              "(https://github.com/notofonts/noto-cjk), renamed as modified versions.\n\n"
              "Copyright © 2014-2021 Adobe (http://www.adobe.com/).\n\n")
    (OUT / "LICENSE-NotoSansCJK.txt").write_text(
        notice + licence_text(NOTO_COPYRIGHT, "SIL-1.1"), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        shutil.copyfile(DEJAVU / name, OUT / name)
        written.append(OUT / name)
    first, second = cjk_sets()
    written.append(build_cjk(first, "Palimpsest CJK A", "PalimpsestCJK-A.otf"))
    written.append(build_cjk(second, "Palimpsest CJK B", "PalimpsestCJK-B.otf"))
    write_licences()
    for path in written:
        size = path.stat().st_size
        print(f"{path.name}: {size:,} bytes")
        if size >= MAX_BYTES:
            print(f"build_fonts: {path.name} is over {MAX_BYTES:,} bytes", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
