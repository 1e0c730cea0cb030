"""The versions overview as one standalone HTML report (inline CSS, no scripts, no Qt).

The same HTML is saved as the HTML export and printed by Qt into the PDF, in the style of
the comparison report (`core.report.html`, `resources/report.css`): the versions, the
similarity matrix as a coloured grid, the original and the lineage with its reasons, the
relation of every pair, the quotations (altered inside quote marks first) and the facts
that differ. The same overview always gives the same text.
"""

from __future__ import annotations

from html import escape
from string import ascii_uppercase

from core.overview.model import FactGroup, Overview, QuoteGroup, QuoteOccurrence
from core.report.page import PageSize
from core.resources import REPORT_CSS

_OVERVIEW_CSS = """
table.matrix td { text-align: center; padding: 5px 4px; }
table.matrix th { text-align: center; }
table.quotes td, table.facts td, table.lineage td, table.relations td { font-size: 8.5pt; }
.altered { color: #8a1c1c; font-weight: bold; }
.unquoted { color: #7a4b00; font-weight: bold; }
.kind { font-weight: bold; color: #1a2a44; }
"""
# The matrix shades from white (nothing shared) to this blue (the same text).
_FULL = (58, 101, 171)


def to_html(overview: Overview, page_size: PageSize = PageSize.A4) -> str:
    """Return the overview report as a complete HTML document ending in a newline.

    Raises `OSError` if ``resources/report.css`` cannot be read.
    """
    names = [v.document.name for v in overview.versions]
    title = f"Palimpsest: overview of {len(names)} versions"
    css = REPORT_CSS.read_text(encoding="utf-8")
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        (f"<style>\n{_OVERVIEW_CSS}\n{css}\n"
         f"@page {{ size: {page_size.value}; margin: 18mm 16mm; }}\n</style>"),
        "</head>", "<body>",
        '<h1 id="overview">Overview report</h1>',
        (f'<p class="subtitle">{len(names)} versions · made with Palimpsest</p>'),
        '<h2 id="versions">Versions</h2>', _versions(overview),
        '<h2 id="similarity">Similarity</h2>', _matrix(overview),
        '<h2 id="lineage">Original and lineage</h2>', _lineage(overview, names),
        '<h2 id="relations">Relations</h2>', _relations(overview, names),
        '<h2 id="quotes">Quotations</h2>', _quotes(overview.quotes, names),
        '<h2 id="facts">Facts that differ</h2>', _facts(overview.facts, names),
        "</body>", "</html>",
    ]
    return "\n".join(parts) + "\n"


def letter(index: int) -> str:
    """The short label of version ``index``: A, B, … then V27, V28."""
    return ascii_uppercase[index] if index < 26 else f"V{index + 1}"


def shade(similarity: float) -> tuple[str, str]:
    """The background and text colours of a matrix cell, as ``#rrggbb``."""
    share = max(0.0, min(1.0, similarity))
    red, green, blue = (round(255 + (full - 255) * share) for full in _FULL)
    return f"#{red:02x}{green:02x}{blue:02x}", ("#ffffff" if share > 0.55 else "#1f1f1f")


def _table(css: str, header: list[str], rows: list[str]) -> str:
    cells = "".join(f"<th>{escape(name)}</th>" for name in header)
    return "\n".join([f'<table class="{css}" width="100%" cellspacing="0">',
                      f"<thead><tr>{cells}</tr></thead>", *rows, "</table>"])


def _versions(overview: Overview) -> str:
    rows = [f'<tr><td class="kind">{letter(i)}</td><td>{escape(v.document.name)}</td>'
            f"<td>{escape(_short(v.document.title or '(untitled)', 90))}</td>"
            f"<td>{v.words:,}</td></tr>" for i, v in enumerate(overview.versions)]
    return _table("versions", ["", "File", "Title", "Words"], rows)


def _matrix(overview: Overview) -> str:
    count = len(overview.versions)
    header = "".join(f"<th>{letter(i)}</th>" for i in range(count))
    rows = []
    for i, row in enumerate(overview.similarity):
        cells = []
        for value in row:
            background, colour = shade(value)
            cells.append(f'<td style="background-color: {background}; color: {colour};">'
                         f"{value:.0%}</td>")
        rows.append(f'<tr><th class="row">{letter(i)}</th>{"".join(cells)}</tr>')
    note = ('<p class="note">Row OLD, column NEW: the share of words, over both versions, '
            "that no content change touches (an estimate from shared words where a pair was "
            "not compared in full).</p>")
    return "\n".join(['<table class="matrix" cellspacing="0">',
                      f"<thead><tr><th></th>{header}</tr></thead>", *rows, "</table>", note])


def _lineage(overview: Overview, names: list[str]) -> str:
    if overview.original is None:
        lead = '<p class="empty">No version was made from another.</p>'
    else:
        lead = (f"<p>The likely original is <b>{letter(overview.original)}</b> "
                f"({escape(names[overview.original])}).</p>")
    if overview.unrelated:
        lead += ("<p>Unrelated to every other version: " + ", ".join(
            f"<b>{letter(i)}</b> ({escape(names[i])})" for i in overview.unrelated) + ".</p>")
    rows = [f'<tr><td class="kind">{letter(e.parent)} → {letter(e.child)}</td>'
            f"<td>{escape(e.kind.value)}</td><td>{e.confidence:.0%}</td>"
            f"<td>{escape('; '.join(e.reasons))}</td></tr>" for e in overview.lineage]
    table = _table("lineage", ["Edge", "Kind", "Confidence", "Reasons"], rows) if rows else ""
    return lead + "\n" + table


def _relations(overview: Overview, names: list[str]) -> str:
    rows = [f'<tr><td class="kind">{letter(r.old)} → {letter(r.new)}</td>'
            f"<td>{escape(r.kind.value)}</td><td>{escape(r.reading)}</td></tr>"
            for r in overview.relations]
    if not rows:
        return '<p class="empty">Only one version.</p>'
    return _table("relations", ["OLD → NEW", "Kind", "Reading"], rows)


def _quotes(groups: tuple[QuoteGroup, ...], names: list[str]) -> str:
    shown = [group for group in groups if len(group.occurrences) > 1 or group.finding]
    if not shown:
        return '<p class="empty">No quotation is carried by two versions.</p>'
    rows = []
    for group in shown:
        for number, occurrence in enumerate(group.occurrences):
            label = f"#{group.id} {escape(group.speaker or '')}" if number == 0 else ""
            state = "the reference" if number == 0 else _state(occurrence)
            rows.append(f"<tr><td>{label}</td><td>{letter(occurrence.version)}</td>"
                        f"<td>{state}</td>"
                        f"<td>{escape(_short(occurrence.text, 240))}</td></tr>")
    note = ('<p class="note">Altered inside quote marks first; the first line of each '
            "quotation is the reference (the version nearest the original). Quote style "
            "alone is not an alteration. Quotations found in one version only are left out"
            " here; the JSON lists them all.</p>")
    return _table("quotes", ["Quote", "Version", "State", "Text"], rows) + "\n" + note


def _state(occurrence: QuoteOccurrence) -> str:
    parts = [] if occurrence.quoted else ['<span class="unquoted">quote marks lost</span>']
    if occurrence.altered:
        changes = ", ".join(f"{escape(c.old_text.strip() or '∅')} → "
                            f"{escape(c.new_text.strip() or '∅')}" for c in occurrence.changes)
        parts.append(f'<span class="altered">altered:</span> {changes}')
    return "; ".join(parts) or "the same words"


def _facts(groups: tuple[FactGroup, ...], names: list[str]) -> str:
    if not groups:
        return '<p class="empty">No number, date or name differs between the versions.</p>'
    rows = [f'<tr><td class="kind">{escape(group.kind.value)}</td><td>' + "<br>".join(
        f"{letter(v.version)}: {escape(v.text)}" for v in group.values) + "</td></tr>"
        for group in groups]
    return _table("facts", ["Kind", "What each version says"], rows)


def _short(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"
