"""View ▸ Ignore: the ignore rules of the comparison, one checkable action per category and
the boilerplate lines, remembered in the settings.

Each formatting category (case, punctuation, quote style, white space) is ignored on its
own; "Ignore Lines…" asks for regular expressions, one a line, each matching a whole line
to leave out ("\\[ad_\\d+\\]", "Source link"). The rules go to the session as part of the
comparison's options (`core.model.IgnoreRules`), so counts, patterns and exports follow them;
the core applies them (`core.changes.ignoring`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.changes.ignoring import BadRule, rules_of
from core.model import IGNORABLE, Category, IgnoreRules
from ui.session import Session
from ui.settings import IGNORE_CATEGORIES, IGNORE_LINES, Settings

LABELS = {
    Category.CASE: ("Letter &Case", "“The” and “the”, “İstanbul” and “istanbul”"),
    Category.PUNCTUATION: ("&Punctuation", "commas, full stops, dashes (not quotation marks)"),
    Category.QUOTE_STYLE: ("&Quote Style", "“curly” and \"straight\" quotes and apostrophes"),
    Category.WHITESPACE: ("&White Space", "spaces, no-break spaces, line and paragraph breaks"),
}
LINES_HINT = ("One regular expression a line; a line of either version that one matches whole "
              "(its outer spaces aside) is left out of the comparison.\n"
              "Examples:  \\[ad_\\d+\\]   Source link   This story was first published .*")


class IgnoreMenu(QMenu):
    """The ignore rules' menu; ``rules_changed`` carries the new `IgnoreRules`."""

    rules_changed = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("I&gnore", parent)
        self._settings = settings
        self._lines: tuple[str, ...] = ()
        self.actions_by_category: dict[Category, QAction] = {}
        for category in IGNORABLE:
            text, tip = LABELS[category]
            action = self.addAction(text)
            action.setCheckable(True)
            action.setStatusTip(f"Set aside differences of {tip}: counted nowhere")
            action.toggled.connect(self._on_action_toggled)
            self.actions_by_category[category] = action
        self.addSeparator()
        self.lines_action = self.addAction("Ignore &Lines…")
        self.lines_action.setStatusTip("Leave boilerplate lines out: “[ad_1]”, “Source link”")
        self.lines_action.triggered.connect(self.edit_lines)
        self._restore()

    @property
    def rules(self) -> IgnoreRules:
        categories = frozenset(category for category, action in self.actions_by_category.items()
                               if action.isChecked())
        return IgnoreRules(categories, self._lines)

    def set_rules(self, rules: IgnoreRules) -> None:
        """Show and remember ``rules``; tell the window if they changed."""
        before = self.rules
        self._show(rules)
        self._save()
        if self.rules != before:
            self.rules_changed.emit(self.rules)

    def edit_lines(self) -> None:
        """Ask for the boilerplate lines' patterns; keep them if the user says OK."""
        lines = self.ask_lines(self._lines)
        if lines is not None:
            self.set_rules(IgnoreRules(self.rules.categories, lines))

    def ask_lines(self, lines: tuple[str, ...]) -> tuple[str, ...] | None:
        """The patterns the user settles on, or None when cancelled (tests replace this)."""
        dialog = IgnoreLinesDialog(lines, self.parentWidget())
        return dialog.lines() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _on_action_toggled(self) -> None:
        self._save()
        self.rules_changed.emit(self.rules)

    def _restore(self) -> None:
        """The rules of the settings; a name or pattern that no longer reads is dropped."""
        names = [name for name in self._settings.get(IGNORE_CATEGORIES)
                 if name in {category.value for category in IGNORABLE}]
        lines = []
        for line in self._settings.get(IGNORE_LINES):
            try:
                rules_of((), (line,))
            except BadRule:
                continue
            lines.append(line)
        self._show(rules_of(names, lines))

    def _show(self, rules: IgnoreRules) -> None:
        """Check the actions of ``rules`` and keep its lines, telling no one."""
        for category, action in self.actions_by_category.items():
            action.blockSignals(True)
            action.setChecked(category in rules.categories)
            action.blockSignals(False)
        self._lines = rules.lines
        self._update_lines_text()

    def _save(self) -> None:
        self._settings.set(IGNORE_CATEGORIES, self.rules.names())
        self._settings.set(IGNORE_LINES, list(self._lines))

    def _update_lines_text(self) -> None:
        count = len(self._lines)
        self.lines_action.setText("Ignore &Lines…" if not count else
                                  f"Ignore &Lines… ({count} pattern{'' if count == 1 else 's'})")


def session_ignore_menu(settings: Settings, session: Session,
                        parent: QWidget | None = None) -> IgnoreMenu:
    """View ▸ Ignore for the window: its rules, from the settings, are part of the
    ``session``'s comparison options from now on, and whenever the user changes them."""
    menu = IgnoreMenu(settings, parent)
    menu.rules_changed.connect(
        lambda rules: session.set_options(replace(session.options, ignore=rules)))
    session.set_options(replace(session.options, ignore=menu.rules))
    return menu


class IgnoreLinesDialog(QDialog):
    """Edits the boilerplate patterns, one a line; OK only when every one is usable."""

    def __init__(self, lines: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ignore Lines")
        self.editor = QPlainTextEdit("\n".join(lines))
        self.editor.setPlaceholderText("\\[ad_\\d+\\]\nSource link")
        hint = QLabel(LINES_HINT)
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a50e0e;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (hint, self.editor, self.error, buttons):
            layout.addWidget(widget)
        self.resize(520, 300)

    def lines(self) -> tuple[str, ...]:
        """The patterns written, without blank lines and outer spaces."""
        return tuple(line.strip() for line in self.editor.toPlainText().split("\n")
                     if line.strip())

    def accept(self) -> None:
        try:
            rules_of((), self.lines())
        except BadRule as error:
            self.error.setText(str(error))
            return
        super().accept()
