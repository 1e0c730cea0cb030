"""The fonts bundled in ``resources/fonts/``, registered with Qt for the PDF report.

A machine that runs Palimpsest may have no fonts at all (a server, a minimal container), and
the report must still show curly quotes, dashes, accents, Greek, Cyrillic and CJK text, so
the app carries its own fonts and registers them before printing. See
``resources/fonts/README.md`` for what each file covers and its licence.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from core.resources import FONTS

FONTS_DIR = FONTS

# (file, family, style): the order of the families is the order of fallback.
BUNDLED = (
    ("DejaVuSans.ttf", "DejaVu Sans", "Book"),
    ("DejaVuSans-Bold.ttf", "DejaVu Sans", "Bold"),
    ("PalimpsestCJK-A.otf", "Palimpsest CJK A", "Regular"),
    ("PalimpsestCJK-B.otf", "Palimpsest CJK B", "Regular"),
)
FAMILIES = tuple(dict.fromkeys(family for _, family, _ in BUNDLED))


def register_fonts() -> tuple[str, ...]:
    """Register every bundled font Qt does not know yet; return the families, in fallback order.

    Safe to call more than once and from any thread once a QGuiApplication exists.
    Raises `FileNotFoundError` if a bundled font file is missing or unreadable.
    """
    for file_name, family, style in BUNDLED:
        if family in QFontDatabase.families() and style in QFontDatabase.styles(family):
            continue
        path = FONTS_DIR / file_name
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise FileNotFoundError(2, "cannot load the bundled font", str(path))
    return FAMILIES


def report_font(point_size: float, bold: bool = False) -> QFont:
    """A font of the bundled families (with fallback between them) at ``point_size``."""
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # A ligature glyph ("fi" as one) comes out of the PDF as "ﬁ", which no search for
    # "significant" finds: print every letter as its own glyph (Qt 6.7 and later can).
    if hasattr(QFont, "Tag"):
        for tag in ("liga", "clig", "dlig", "hlig"):
            font.setFeature(QFont.Tag(tag), 0)
    return font
