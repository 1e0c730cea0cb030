"""Starting the window: the application object, its look, and the screenshot mode.

``run(files)`` opens the window on ``files``. ``run(files, screenshot=OUT)`` renders the
window offscreen at 1280×800 (or ``size``, e.g. 1024×700 to check a small screen) with the
first two files compared (the second as NEW), waits for the comparison, saves the picture to
OUT and returns: for the README and for tests; with ``overview=True`` the picture shows the
Overview tab, once the overview is computed. The screenshot mode uses a throw-away settings
file, so neither the user's settings nor the picture depend on each other. OUT is written like
every other output (`core.report.files`): checked before the work, never over one of the files
shown, whole or not at all.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMessageLogContext,
    QSettings,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication

from core.report.files import check_writable, shown, write_atomically
from ui.main_window import MainWindow
from ui.settings import APPLICATION, INLINE_MODE, ORGANISATION, Settings

SCREENSHOT_SIZE = (1280, 800)
SMALLEST_SIZE = (640, 480)  # a screenshot smaller than this shows nothing useful
SCREENSHOT_TIMEOUT_S = 300.0

STYLE_SHEET = """
#paneHeader { background: #eef1f5; color: #333; padding: 5px 10px; font-weight: bold;
              border-bottom: 1px solid #d5dae1; }
#legendBar { background: #f7f8fa; color: #333; padding: 4px 8px;
             border-top: 1px solid #d5dae1; }
#noticeBar { background: #fdecea; border-bottom: 1px solid #e0a9a4; color: #6b1010; }
#emptyHint { color: #666; font-size: 13pt; }
#profileLine { background: #fff8e1; border: 1px solid #ecd9a0; border-radius: 3px;
               padding: 6px; }
QSplitter::handle { background: #d5dae1; }
"""


# Printed for every window shown on Qt's offscreen platform, where it means nothing.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages as usual, less the offscreen platform's one meaningless warning."""
    if message != _OFFSCREEN_NOISE:
        print(message, file=sys.stderr)


def parse_size(text: str) -> tuple[int, int]:
    """"1024x700" (or "1024×700") as (1024, 700); ValueError with the reason if not."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
        raise ValueError(f"not a size WIDTHxHEIGHT: {text!r}")
    width, height = (int(part) for part in parts)
    if width < SMALLEST_SIZE[0] or height < SMALLEST_SIZE[1]:
        raise ValueError(f"at least {SMALLEST_SIZE[0]}x{SMALLEST_SIZE[1]}: {text!r}")
    return width, height


def create_application() -> QApplication:
    """The QApplication (created once), named so settings find their file, styled."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        if QGuiApplication.platformName() == "offscreen":
            qInstallMessageHandler(_quiet_offscreen)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setStyle("Fusion")
    # The legend's colours are chosen for a light page, on screen as on paper.
    app.setPalette(app.style().standardPalette())
    app.setStyleSheet(STYLE_SHEET)
    return app


def run(files: Sequence[str], screenshot: str | None = None, overview: bool = False,
        inline: bool = False, size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Open the window on ``files`` until it is closed, or save a screenshot of ``size`` (of
    the Overview tab with ``overview``, of the inline redline with ``inline``); the status."""
    if screenshot is not None:
        try:
            check_writable(screenshot, files)  # a wrong target fails now, not after the work
        except OSError as error:
            return _cannot_write(screenshot, error)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        with tempfile.TemporaryDirectory(prefix="palimpsest-shot-") as folder:
            app = create_application()
            store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            settings = Settings(store)
            settings.set(INLINE_MODE, inline)
            return save_screenshot(app, MainWindow(settings), files, screenshot, overview,
                                   size)
    app = create_application()
    window = MainWindow()
    window.show()
    window.open_files(files)
    status = app.exec()
    if window.worker.running():
        # Closing cancelled the work and waited a second (MainWindow.closeEvent); a thread
        # still inside a library call would keep the process alive until it returns, as
        # Qt waits for its pool's threads at exit. Nothing is left to save: end it now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def save_screenshot(app: QApplication, window: MainWindow, files: Sequence[str],
                    out: str, overview: bool = False,
                    size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Show ``files`` compared in ``window`` at ``size`` (their Overview with ``overview``),
    save it to ``out`` as a picture; the status."""
    window.resize(*size)
    window.show()
    window.open_files(files)
    session = window.session
    if overview:
        window.tabs.setCurrentWidget(window.overview_view)
    finished = wait_until(app, lambda: not session.busy and not window.overview.busy)
    data = _encoded(window.grab(), out)
    window.close()
    if data is None:
        print(f"palimpsest: {shown(out)}: cannot write the screenshot (unknown picture format)",
              file=sys.stderr)
        return 2
    try:
        write_atomically(out, data, files)
    except OSError as error:
        return _cannot_write(out, error)
    if not finished or session.comparison is None:
        reason = "timed out" if not finished else "no two versions could be compared"
        print(f"palimpsest: screenshot saved, but {reason}", file=sys.stderr)
        return 2
    return 0


def _encoded(picture: QPixmap, out: str) -> bytes | None:
    """``picture`` in the format ``out``'s extension names (PNG without one); None if unknown."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = picture.save(buffer, Path(out).suffix.lstrip(".").upper() or "PNG")
    buffer.close()
    return bytes(data.data()) if saved else None


def _cannot_write(out: str, error: OSError) -> int:
    print(f"palimpsest: {shown(out)}: cannot write ({error.strerror or error})", file=sys.stderr)
    return 2


def wait_until(app: QCoreApplication, done: Callable[[], bool],
               timeout_s: float = SCREENSHOT_TIMEOUT_S) -> bool:
    """Run the event loop until ``done()``; False if ``timeout_s`` passed first."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        QThread.msleep(5)
    for _ in range(3):  # let the last results be laid out and painted
        app.processEvents()
    return True
