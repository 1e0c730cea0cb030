"""Argument parsing for ``main.py``: hand over to a sub-command or to the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli import compare_command

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def build_parser() -> argparse.ArgumentParser:
    """The parser for the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="palimpsest",
        description="Compare versions of a news article. Without a command, open the window.",
    )
    subparsers = parser.add_subparsers(dest="command")
    compare_command.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run Palimpsest with ``argv`` (default: the process's arguments); return the status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "compare":
        arguments = build_parser().parse_args(argv)
        return int(arguments.handler(arguments))
    return _open_window(argv)


def _open_window(argv: list[str]) -> int:
    # Until the window exists, show what it would: the first two versions compared.
    files = argv or [str(path) for path in sorted(SAMPLES.glob("*.txt"))]
    if len(files) < 2:
        print("palimpsest: give at least two files to compare", file=sys.stderr)
        return 2
    arguments = build_parser().parse_args(["compare", files[0], files[1]])
    return int(arguments.handler(arguments))
