"""The window: PySide6 widgets that show a `core.model.Comparison` and drive `core`."""

from ui.qt_workarounds import guard_singletons

# Before any widget exists: see ui.qt_workarounds (PySide6 bugs on Python < 3.12).
guard_singletons()
