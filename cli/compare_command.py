"""``main.py compare OLD NEW``: compare two versions and print, write or export the result.

``--format``/``-o`` print or write the JSON or the word diff; ``--export FILE`` writes the
annotated report as PDF, HTML, JSON or CSV, chosen by FILE's extension. Errors a user can
cause (a missing, unreadable or undecodable file, an unwritable output, an unknown export
format) end with exit status 2 and one line on stderr naming the file and the reason.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from core.compare import compare
from core.export import ExportFormat, UnknownFormat, export, format_of
from core.files import check_writable, write_atomically
from core.html_report import Layout, PageSize
from core.json_report import to_json
from core.loading import LoadError, load
from core.model import Comparison
from core.text_report import to_text

EXIT_USAGE = 2
_PAGE_SIZES = {size.value.lower(): size.value for size in PageSize}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the ``compare`` sub-command."""
    parser = subparsers.add_parser("compare", help="compare two versions of an article")
    parser.add_argument("old", help="the earlier or reference version")
    parser.add_argument("new", help="the version to compare against it")
    parser.add_argument("--format", choices=("json", "text"),
                        help="json: the comparison format; text: a word diff (default)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output")
    parser.add_argument("--export", metavar="FILE",
                        help="write the annotated report to FILE: .pdf, .html, .json or .csv "
                             "(nothing is printed unless --format or -o is also given)")
    parser.add_argument("--layout", choices=[layout.value for layout in Layout],
                        default=Layout.REDLINE.value,
                        help="annotated text of --export in one column or two (default: redline)")
    parser.add_argument("--page-size", choices=list(_PAGE_SIZES.values()),
                        type=lambda text: _PAGE_SIZES.get(text.lower(), text),
                        default=PageSize.A4.value, help="paper of a PDF export (default: A4)")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    """Run the command; return the exit status."""
    try:
        old = load(arguments.old)
        new = load(arguments.new)
    except LoadError as error:
        return _fail(str(error))
    if arguments.export is not None:
        try:
            format_of(arguments.export)
            check_writable(Path(arguments.export))  # fail now, not after the work
        except UnknownFormat as error:
            return _fail(str(error))
        except OSError as error:
            return _cannot_write(arguments.export, error)
    comparison = compare(old, new)
    if arguments.export is not None:
        status = _export(comparison, arguments)
        if status or (arguments.format is None and arguments.output is None):
            return status
    return _print(comparison, arguments)


def _print(comparison: Comparison, arguments: argparse.Namespace) -> int:
    """Print or write the JSON or the word diff, as ``--format`` and ``-o`` say."""
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
        return _cannot_write(arguments.output, error)
    return 0


def _export(comparison: Comparison, arguments: argparse.Namespace) -> int:
    """Write the ``--export`` file; return the exit status."""
    layout = Layout(arguments.layout)
    page_size = PageSize(arguments.page_size)
    try:
        if format_of(arguments.export) is ExportFormat.PDF:
            # Qt is loaded only when a PDF is asked for: the other outputs start faster.
            from ui.pdf_export import ensure_application, export_pdf

            application = ensure_application()
            export_pdf(comparison, arguments.export, layout, page_size)
            del application
        else:
            export(comparison, arguments.export, layout, page_size)
    except OSError as error:
        return _cannot_write(arguments.export, error)
    return 0


def _cannot_write(path: str, error: OSError) -> int:
    return _fail(f"{path}: cannot write ({error.strerror or error})")


def _fail(message: str) -> int:
    print(f"palimpsest: {message}", file=sys.stderr)
    return EXIT_USAGE
