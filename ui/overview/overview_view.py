"""The Overview tab: the similarity matrix, the lineage, the quotations and the facts.

It shows one `Overview` (see `OverviewController`, which computes it in the background)
and, while one is computed, a progress bar. Clicking a matrix cell, a lineage arrow, a
quotation or a fact reports the pair of documents to compare and where to look
(`place_requested`): the window opens that comparison at that place.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model import Document
from core.overview.model import Overview
from ui.overview.lineage_view import LineageView
from ui.overview.models import PLACE_ROLE, FactsModel, Place, QuotesModel, SimilarityModel


class OverviewView(QWidget):
    """The overview of the loaded versions, and the places a click asks to open."""

    # old Document, new Document, position (or None), True when the position is in NEW
    place_requested = Signal(object, object, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.similarity_model = SimilarityModel(self)
        self.quotes_model = QuotesModel(self)
        self.facts_model = FactsModel(self)
        self.status = QLabel("Open two versions or more for their overview.")
        self.progress = QProgressBar()
        self.matrix = _table(self.similarity_model)
        self.lineage = LineageView()
        self.readings = QLabel()
        self.quotes = _table(self.quotes_model)
        self.facts = _table(self.facts_model)
        self._build()
        for view in (self.matrix, self.quotes, self.facts):
            view.clicked.connect(self._on_table_clicked)
            view.activated.connect(self._on_table_clicked)
        self.lineage.edge_clicked.connect(self._open)

    def _build(self) -> None:
        self.setObjectName("overviewView")
        self.status.setObjectName("overviewStatus")
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.readings.setWordWrap(True)
        self.readings.setTextFormat(Qt.TextFormat.RichText)
        self.readings.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().show()
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_titled("Similarity (row OLD, column NEW)", self.matrix))
        left.addWidget(_titled("Lineage", self.lineage))
        left.addWidget(_titled("Readings", _scrolled(self.readings)))
        left.setSizes([190, 330, 170])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_titled("Quotations (altered ones first)", self.quotes))
        right.addWidget(_titled("Facts that differ", self.facts))
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([500, 500])
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    def set_overview(self, overview: Overview | None) -> None:
        """Show ``overview`` (None: nothing)."""
        self.overview = overview
        for model in (self.similarity_model, self.quotes_model, self.facts_model):
            model.set_overview(overview)
        self.lineage.set_overview(overview)
        self.readings.setText(_readings(overview) if overview is not None else "")
        self.status.setText(_summary(overview) if overview is not None else
                            "Open two versions or more for their overview.")
        _columns(self.quotes, [90, 56, 240])
        _columns(self.facts, [120, 56])

    def show_progress(self, share: float | None) -> None:
        """Show the share done of the overview being computed; None hides the bar."""
        self.progress.setVisible(share is not None)
        if share is not None:
            self.progress.setValue(int(share * 1000))
            if self.overview is None:
                self.status.setText("Computing the overview…")

    def _on_table_clicked(self, index: QModelIndex) -> None:
        place = index.data(PLACE_ROLE)
        if isinstance(place, Place):
            self._open(place)

    def _open(self, place: Place) -> None:
        if self.overview is None:
            return
        old: Document = self.overview.versions[place.old].document
        new: Document = self.overview.versions[place.new].document
        self.place_requested.emit(old, new, place.position, place.in_new)


def _table(model: SimilarityModel | QuotesModel | FactsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _columns(view: QTableView, widths: list[int]) -> None:
    """Fixed widths for the first columns (sizing to contents reads every row); the last
    one takes the rest."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setStretchLastSection(True)


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def _scrolled(label: QLabel) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(label)
    area.setWidgetResizable(True)
    return area


def _summary(overview: Overview) -> str:
    names = [v.document.name for v in overview.versions]
    original = names[overview.original] if overview.original is not None else "none found"
    altered = sum(1 for group in overview.quotes if group.altered_in_quotes)
    return (f"{len(names)} versions · original: {original} · {len(overview.lineage)} "
            f"derived · {altered} quotations altered inside quote marks · "
            f"{len(overview.facts)} facts differ")


def _readings(overview: Overview) -> str:
    """The reading of each lineage edge (every pair's is the matrix cell's tooltip)."""
    edges = {(edge.parent, edge.child) for edge in overview.lineage}
    lines = [f"<p style='margin:2px'>{escape(r.reading)}</p>" for r in overview.relations
             if (r.old, r.new) in edges]
    return "".join(lines) or "<p>No version was made from another.</p>"
