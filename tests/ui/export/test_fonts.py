"""`ui.export.fonts`: the bundled fonts the PDF report embeds, registered with Qt."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from core.resources import FONTS
from ui.export.fonts import BUNDLED, FAMILIES, register_fonts, report_font


def test_every_bundled_font_ships_in_resources() -> None:
    assert all((FONTS / file_name).is_file() for file_name, _, _ in BUNDLED)
    assert FAMILIES == ("DejaVu Sans", "Palimpsest CJK A", "Palimpsest CJK B")


def test_registering_makes_every_family_and_style_known(qapp: object) -> None:
    assert register_fonts() == FAMILIES
    assert register_fonts() == FAMILIES, "a second time changes nothing"
    for _, family, style in BUNDLED:
        assert family in QFontDatabase.families()
        assert style in QFontDatabase.styles(family)


def test_the_report_font_falls_back_through_the_families_without_ligatures(qapp: object
                                                                           ) -> None:
    font = report_font(9.5, bold=True)
    assert (font.families(), font.pointSizeF(), font.bold()) == (list(FAMILIES), 9.5, True)
    if hasattr(QFont, "Tag"):  # Qt 6.7 and later set features
        assert all(font.featureValue(QFont.Tag(tag)) == 0
                   for tag in ("liga", "clig", "dlig", "hlig"))
