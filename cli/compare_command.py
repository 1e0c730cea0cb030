"""``main.py compare OLD NEW``: compare two versions and print or write the result.

Errors a user can cause (a missing, unreadable or undecodable file, an unwritable output)
end with exit status 2 and one line on stderr naming the file and the reason.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from core.compare import compare
from core.json_report import to_json
from core.loading import LoadError, load
from core.text_report import to_text

EXIT_USAGE = 2


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the ``compare`` sub-command."""
    parser = subparsers.add_parser("compare", help="compare two versions of an article")
    parser.add_argument("old", help="the earlier or reference version")
    parser.add_argument("new", help="the version to compare against it")
    parser.add_argument("--format", choices=("json", "text"), default="text",
                        help="json: the comparison format; text: a word diff (default)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    """Run the command; return the exit status."""
    try:
        old = load(arguments.old)
        new = load(arguments.new)
    except LoadError as error:
        print(f"palimpsest: {error}", file=sys.stderr)
        return EXIT_USAGE
    comparison = compare(old, new)
    if arguments.format == "json":
        output = to_json(comparison)
    else:
        colour = arguments.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        output = to_text(comparison, colour=colour)
    if arguments.output is None:
        sys.stdout.write(output)
        return 0
    try:
        write_atomically(Path(arguments.output), output.encode("utf-8"))
    except OSError as error:
        print(f"palimpsest: {arguments.output}: cannot write ({error.strerror or error})",
              file=sys.stderr)
        return EXIT_USAGE
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
