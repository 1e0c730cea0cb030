"""Argument parsing for ``main.py``: hand over to a sub-command or to the window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from cli import compare_command, overview_command
from cli.output import EXIT_FAILURE, print_error
from core.resources import SAMPLES

EXIT_INTERRUPTED = 128 + 2  # what a shell reports for a process stopped by SIGINT
End = Callable[[int], NoReturn]  # ends the process with a status


def build_parser() -> argparse.ArgumentParser:
    """The parser for the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="palimpsest",
        description="Compare versions of a news article. Without a command, open the window.",
    )
    subparsers = parser.add_subparsers(dest="command")
    compare_command.add_parser(subparsers)
    overview_command.add_parser(subparsers)
    return parser


COMMANDS = ("compare", "overview")


def run() -> NoReturn:
    """Run Palimpsest as a program, with the process's arguments, and end the process.

    A command runs without the cycle collector (its work makes no reference cycles, see
    `core.collector`; re-enabled, the collector would first walk the millions of objects of
    a book's comparison) and its process ends as soon as its output is written and flushed,
    without tearing down its heap: freeing those objects one by one, then the interpreter's
    own teardown, took a second more for nothing. (The window ends the usual way: Qt saves
    its settings as its objects go.)
    """
    argv = sys.argv[1:]
    if not (argv and argv[0] in COMMANDS):
        sys.exit(main(argv))
    gc.disable()
    _end_process(main(argv, end=_end_process))  # (a command may end it before returning)


def _end_process(status: int) -> NoReturn:
    """Flush standard output and error, and end the process now with ``status``."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed or broken stream: said already
            pass
    os._exit(status)


def main(argv: list[str] | None = None, end: End | None = None) -> int:
    """Run Palimpsest with ``argv`` (default: the process's arguments); return the status.

    ``end``, when given, is handed to the command (as ``arguments.end``), which may call it
    with its status once its output is written, its result still in hand (see `run`).
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        arguments = build_parser().parse_args(argv)
        arguments.end = end
        try:
            return int(arguments.handler(arguments))
        except KeyboardInterrupt:  # Ctrl+C: stop quietly, as other tools do
            return EXIT_INTERRUPTED
    return _open_window(argv)


def build_window_parser() -> argparse.ArgumentParser:
    """The parser for opening the window: ``[--screenshot OUT.png [--inline]
    [--screenshot-size WxH]] [FILE...]``."""
    parser = argparse.ArgumentParser(
        prog="palimpsest",
        description="Open the window on versions of an article (the bundled samples when no "
                    "files are given). 'palimpsest compare --help' describes the command line.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="versions to open")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the window offscreen with the first two files compared, "
                             "save it to OUT.png and exit")
    parser.add_argument("--screenshot-overview", metavar="OUT.png",
                        help="the same with the Overview of all the files shown")
    parser.add_argument("--inline", action="store_true",
                        help="with --screenshot: show the inline redline, not side by side")
    parser.add_argument("--screenshot-size", metavar="WIDTHxHEIGHT", default="1280x800",
                        help="the window's size in the screenshot (default 1280x800)")
    return parser


def _open_window(argv: list[str]) -> int:
    arguments = build_window_parser().parse_args(argv)
    files = arguments.files or [str(path) for path in sorted(SAMPLES.glob("*.txt"))]
    shot = arguments.screenshot or arguments.screenshot_overview
    if shot is None and not _has_display():
        print_error("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                    "unset); use 'compare' or '--screenshot OUT.png' without one")
        return EXIT_FAILURE
    # Qt is imported only here, so the command line never loads it.
    from ui.app import parse_size, run

    try:
        size = parse_size(arguments.screenshot_size)
    except ValueError as error:
        print_error(f"--screenshot-size: {error}")
        return EXIT_FAILURE
    return run(files, screenshot=shot, overview=arguments.screenshot_overview is not None,
               inline=arguments.inline, size=size)


def _has_display() -> bool:
    """False on a Linux machine with no X or Wayland display, where Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
