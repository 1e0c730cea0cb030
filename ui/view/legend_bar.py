"""The legend strip under the panes: each kind of change drawn as the panes draw it.

One line, never wrapped: at a narrow width it leaves out its last, least needed entry (what
the wedge under a line means), and past that is cut off rather than growing a second line;
the tooltip gives every entry with what it means.
Colours and marks come from `core.report.legend`, as in the panes and the PDF.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from core.report.legend import EMPHASIS, LEGEND

_DECORATION = {"omission": "line-through", "addition": "underline", "formatting": "underline"}


def legend_html(with_hint: bool = True) -> str:
    """The legend strip: each kind of change drawn as it appears in the panes, and (with
    ``with_hint``) what the wedge under a line means."""
    chips = []
    for key, legend in LEGEND.items():
        mark = f"{legend.mark} " if legend.mark and key == "move" else ""
        background = "transparent" if key == "formatting" else legend.background
        chips.append(
            f'<span style="color:{legend.foreground}; background:{background};'
            f' text-decoration:{_DECORATION.get(key, "none")};">'
            f'&nbsp;{mark}{html.escape(legend.label)}&nbsp;</span>')
    pattern = EMPHASIS["pattern"]
    chips.append(f'<span style="background:{pattern.colour}; text-decoration:overline;">'
                 f'&nbsp;{html.escape(pattern.label)}&nbsp;</span>')
    if with_hint:
        chips.append('<span style="color:#555;">▴ text on the other side</span>')
    return "&nbsp;&nbsp;".join(chips)


def legend_tooltip() -> str:
    """Every entry of the legend with what it means, one a line."""
    lines = [f"{style.label}: {style.description}" for style in LEGEND.values()]
    lines += [f"{emphasis.label}: {emphasis.description}" for emphasis in EMPHASIS.values()]
    lines.append("▴ (a wedge under the line): text stands here on the other side")
    return "\n".join(lines)


class LegendBar(QLabel):
    """The one-line legend strip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_html(), parent)
        self.setObjectName("legendBar")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setToolTip(legend_tooltip())
        # Ignored: the strip never sets the window's minimum width; it is cut instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(legend_html())
        room = self.contentsRect().width() - 2 * self.margin()
        wanted = legend_html(with_hint=document.idealWidth() <= room)
        if wanted != self.text():
            self.setText(wanted)
