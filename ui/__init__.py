"""The window: PySide6 widgets that show a `core.model.Comparison` and drive `core`."""

from ui.qt_workarounds import guard_none

# Before any widget exists: see ui.qt_workarounds (a PySide6 bug on Python < 3.12).
guard_none()
