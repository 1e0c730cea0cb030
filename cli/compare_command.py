"""``main.py compare OLD NEW``: compare two versions and print, write or export the result.

``--format``/``-o`` print or write the JSON or the word diff; ``--export FILE`` writes the
annotated report as PDF, HTML, JSON or CSV, chosen by FILE's extension, by the one export
path (`core.report.export.export`), which prints a PDF with `ui.export.pdf_printer`: the only
module of ``ui`` the command line loads, and only for a PDF. ``--ignore`` and
``--ignore-lines`` give the ignore rules (`core.changes.ignoring`), which every output
follows; ``--hide-formatting``, ``--no-pattern-tables``, ``--date`` and ``--note`` shape the
report as the window's export dialog does. Errors a user can cause (a missing, unreadable
or undecodable file, an unwritable output, an unknown export format, a bad ignore rule) end
with exit status 2 and one line on stderr naming the file and the reason (both files, when
both are bad). Every target is checked before the work, by the rules of
`core.report.files`: never one of the two files compared, never a read-only or special file.
"""

from __future__ import annotations

import argparse
import os

from cli.output import EXIT_FAILURE, is_terminal, print_error, print_pdf_lazily, write_output
from core.changes.ignoring import BadRule, rules_of
from core.collector import collector_paused
from core.compare import compare
from core.load.loader import LoadError, load
from core.model import IGNORABLE, CompareOptions, Comparison, Document, IgnoreRules
from core.report.files import check_writable, write_atomically
from core.report.page import Layout, PageSize, ReportOptions

# The writers of each output (the JSON, the word diff, the export formats) are imported
# where they are used: a comparison loads only the one it writes.

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
    _add_rule_arguments(parser)
    _add_report_arguments(parser)
    parser.set_defaults(handler=run)


def _add_rule_arguments(parser: argparse.ArgumentParser) -> None:
    names = ",".join(category.value for category in IGNORABLE)
    parser.add_argument("--ignore", action="append", default=[], metavar="CATEGORIES",
                        help=f"ignore differences of these categories, comma-separated: {names}"
                             " (counted nowhere, in no pattern; repeatable)")
    parser.add_argument("--ignore-lines", action="append", default=[], metavar="REGEX",
                        help="leave out of the comparison every line that REGEX matches whole "
                             r"(its outer spaces aside), e.g. '\[ad_\d+\]' or 'Source link'"
                             " (repeatable)")


def _add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--patterns", action="store_true",
                        help="with the word diff: list the patterns after the summary")
    parser.add_argument("--hide-formatting", action="store_true",
                        help="leave formatting-only changes unmarked in the word diff and the "
                             "report, and their patterns out")
    parser.add_argument("--no-pattern-tables", action="store_true",
                        help="leave the pattern tables out of the --export report")
    parser.add_argument("--date", default="", help="a date for the report's summary page")
    parser.add_argument("--note", default="", help="an editor's note for the summary page")


def run(arguments: argparse.Namespace) -> int:
    """Run the command; return the exit status."""
    status = _check_targets(arguments)  # a wrong target fails now, not after the work
    if status:
        return status
    try:
        rules = _rules(arguments)
    except BadRule as error:
        print_error(str(error))
        return EXIT_FAILURE
    documents: list[Document] = []
    errors: list[str] = []
    for path in (arguments.old, arguments.new):
        try:
            documents.append(load(path))
        except LoadError as error:
            errors.append(str(error))
    if errors:  # both files are named when both are bad
        for message in errors:
            print_error(message)
        return EXIT_FAILURE
    # The collector stays paused while the result is written too: the report of a book
    # is hundreds of thousands of new values, each round of the collector would walk all
    # the comparison's, and none of them makes a cycle.
    with collector_paused():
        comparison = compare(documents[0], documents[1], CompareOptions(ignore=rules))
        if arguments.export is not None:
            status = _export(comparison, arguments)
            if status or (arguments.format is None and arguments.output is None):
                return _ended(arguments, status)
        return _ended(arguments, _print(comparison, arguments))


def _ended(arguments: argparse.Namespace, status: int) -> int:
    """``status``, once the process was told to end with it if it asked to be (see
    `cli.entry.run`): then while the comparison is still held, not freed first."""
    if getattr(arguments, "end", None) is not None:
        arguments.end(status)
    return status


def _rules(arguments: argparse.Namespace) -> IgnoreRules:
    """The ignore rules the arguments give; raises `BadRule` (one line) for a bad one."""
    names = [name for names in arguments.ignore for name in names.split(",") if name.strip()]
    return rules_of(names, arguments.ignore_lines)


def _report_options(arguments: argparse.Namespace) -> ReportOptions:
    return ReportOptions(pattern_tables=not arguments.no_pattern_tables,
                         formatting=not arguments.hide_formatting, date=arguments.date,
                         note=arguments.note)


def _check_targets(arguments: argparse.Namespace) -> int:
    """Refuse an unknown export format or a target that may not be written; the status."""
    inputs = (arguments.old, arguments.new)
    if arguments.export is not None:
        from core.report.export import UnknownFormat, format_of

        try:
            format_of(arguments.export)
        except UnknownFormat as error:
            print_error(str(error))
            return EXIT_FAILURE
    for target in (arguments.output, arguments.export):
        if target is not None:
            try:
                check_writable(target, inputs)
            except OSError as error:
                return _cannot_write(target, error)
    return 0


def _print(comparison: Comparison, arguments: argparse.Namespace) -> int:
    """Print or write the JSON or the word diff, as ``--format`` and ``-o`` say."""
    output: str | bytes
    if arguments.format == "json":
        from core.report.json_format import to_json_bytes

        output = to_json_bytes(comparison)
    else:
        from core.report.text_format import to_text

        colour = arguments.output is None and is_terminal() and "NO_COLOR" not in os.environ
        output = to_text(comparison, colour=colour, patterns=arguments.patterns,
                         formatting=not arguments.hide_formatting)
    if arguments.output is None:
        return write_output(output)
    data = output if isinstance(output, bytes) else output.encode("utf-8")
    try:
        write_atomically(arguments.output, data, (comparison.old.path, comparison.new.path))
    except OSError as error:
        return _cannot_write(arguments.output, error)
    return 0


def _export(comparison: Comparison, arguments: argparse.Namespace) -> int:
    """Write the ``--export`` file; return the exit status."""
    from core.report.export import export

    try:
        export(comparison, arguments.export, Layout(arguments.layout),
               PageSize(arguments.page_size), print_pdf=print_pdf_lazily,
               report=_report_options(arguments))
    except OSError as error:
        return _cannot_write(arguments.export, error)
    return 0


def _cannot_write(path: str, error: OSError) -> int:
    print_error(f"{path}: cannot write ({error.strerror or error})")
    return EXIT_FAILURE
