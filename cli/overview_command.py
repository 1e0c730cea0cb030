"""``main.py overview FILE...``: which version came from which, and every altered quote,
figure and name, printed, written or exported.

``--format``/``-o`` print or write the overview as JSON or text (text by default);
``--export FILE`` writes the report as PDF or HTML (or the JSON), chosen by FILE's
extension. Every target is checked before the work by the rules of `core.report.files`.
A file that cannot be read gets one line on stderr naming it and the reason; the overview of
the others is still printed, and the exit status is 2 so that a script notices (as grep
does when it met an error but found lines). With no readable file at all nothing is
printed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from cli.output import EXIT_FAILURE, print_error, print_pdf_lazily, write_output
from core.load.loader import LoadError, load
from core.model import Document
from core.report.files import check_writable, write_atomically
from core.report.page import PageSize

if TYPE_CHECKING:
    from core.overview.model import Overview

# The overview and its writers are imported where they are used: the command line declares
# this command on every start, and a comparison should not load them.

_EXPORTS = (".pdf", ".html", ".htm", ".json")
_PAGE_SIZES = {size.value.lower(): size.value for size in PageSize}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the ``overview`` sub-command."""
    parser = subparsers.add_parser(
        "overview", help="the overview of many versions: lineage, quotes and facts")
    parser.add_argument("files", nargs="+", metavar="FILE", help="the versions")
    parser.add_argument("--format", choices=("json", "text"),
                        help="json: the overview format; text: a summary (default)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output")
    parser.add_argument("--export", metavar="FILE",
                        help="write the overview report to FILE: .pdf, .html or .json "
                             "(nothing is printed unless --format or -o is also given)")
    parser.add_argument("--page-size", choices=list(_PAGE_SIZES.values()),
                        type=lambda text: _PAGE_SIZES.get(text.lower(), text),
                        default=PageSize.A4.value, help="paper of a PDF export (default: A4)")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    """Run the command; return the exit status."""
    status = _check_targets(arguments)
    if status:
        return status
    documents: list[Document] = []
    for path in arguments.files:
        try:
            documents.append(load(path))
        except LoadError as error:
            print_error(str(error))
            status = EXIT_FAILURE
    if not documents:
        return EXIT_FAILURE
    from core.overview.build import overview

    result = overview(documents)
    if arguments.export is not None:
        exported = _export(result, arguments)
        if exported or (arguments.format is None and arguments.output is None):
            return exported or status
    return _print(result, arguments) or status


def _check_targets(arguments: argparse.Namespace) -> int:
    if arguments.export is not None and Path(arguments.export).suffix.lower() not in _EXPORTS:
        suffix = Path(arguments.export).suffix or "(no extension)"
        print_error(f"{arguments.export}: unknown export format {suffix}; use .pdf, .html or "
                    ".json")
        return EXIT_FAILURE
    for target in (arguments.output, arguments.export):
        if target is not None:
            try:
                check_writable(target, arguments.files)
            except OSError as error:
                return _cannot_write(target, error)
    return 0


def _print(result: Overview, arguments: argparse.Namespace) -> int:
    from core.report.overview_json import to_json
    from core.report.overview_text import to_text

    output = to_json(result) if arguments.format == "json" else to_text(result)
    if arguments.output is None:
        return write_output(output)
    try:
        write_atomically(arguments.output, output.encode("utf-8"), arguments.files)
    except OSError as error:
        return _cannot_write(arguments.output, error)
    return 0


def _export(result: Overview, arguments: argparse.Namespace) -> int:
    from core.report.export import PdfSetup
    from core.report.overview_html import to_html
    from core.report.overview_json import to_json

    target: str = arguments.export
    page_size = PageSize(arguments.page_size)
    suffix = Path(target).suffix.lower()
    try:
        if suffix == ".pdf":
            setup = PdfSetup(page_size, _title(result), _title(result),
                             label="Palimpsest overview report")
            data = print_pdf_lazily(to_html(result, page_size), setup, lambda share: None)
        else:
            text = to_json(result) if suffix == ".json" else to_html(result, page_size)
            data = text.encode("utf-8")
        write_atomically(target, data, arguments.files)
    except OSError as error:
        return _cannot_write(target, error)
    return 0


def _title(result: Overview) -> str:
    return f"Palimpsest overview of {len(result.versions)} versions"


def _cannot_write(path: str | os.PathLike[str], error: OSError) -> int:
    print_error(f"{os.fspath(path)}: cannot write ({error.strerror or error})")
    return EXIT_FAILURE
