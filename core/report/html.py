"""The annotated report as one standalone HTML document (inline CSS, no scripts, no Qt).

The same HTML is saved as the HTML export and printed by Qt into the PDF export, so it keeps
to the CSS that Qt's rich text understands. It holds a summary (both versions, similarity,
counts by kind, the spin profile, a legend, the patterns by group: figures changed,
content, minor, formatting) followed by the annotated text, in a redline or a side-by-side
layout. The page CSS is `resources/report.css`; the colours come from `core.report.legend`.
The same comparison always gives the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from core.model import Comparison, Document, Pattern, PatternGroup, Side
from core.report import html_text
from core.report.legend import LEGEND
from core.report.page import Layout, PageSize
from core.resources import REPORT_CSS

CSS_PATH = REPORT_CSS
# (Layout and PageSize are named here too, where they began: `core.report.page` holds them)
__all__ = ["CSS_PATH", "SUMMARY_ANCHOR", "TEXT_ANCHOR", "Layout", "PageSize", "legend_css", "summary_html", "text_html", "to_html"]

# Anchors of the report's sections: the PDF's bookmarks point at them.
SUMMARY_ANCHOR = "summary"
TEXT_ANCHOR = "text"


# CSS class -> (legend key, which side's decoration it takes: "old", "new" or "").
_CLASSES = (
    ("omission", "omission", "old"),
    ("addition", "addition", "new"),
    ("sub-old", "substitution", "old"),
    ("sub-new", "substitution", "new"),
    ("move-old", "move", "old"),
    ("move-new", "move", "new"),
    ("move-mark", "move", ""),
    ("fmt-old", "formatting", "dotted"),
    ("fmt-new", "formatting", "dotted"),
)

# Qt knows text-underline-style, browsers text-decoration-style; each ignores the other's.
_DOTTED = ("text-underline-style: dotted; text-decoration-line: underline; "
           "text-decoration-style: dotted;")

# How a report shows the white space of a whitespace-only pattern.
_VISIBLE_SPACE = {"\n": "¶", " ": "␣", "\u00a0": "⍽", "\t": "⇥"}


def to_html(comparison: Comparison, layout: Layout = Layout.REDLINE,
            page_size: PageSize = PageSize.A4) -> str:
    """Return the report as a complete HTML document (a ``str`` ending in a newline).

    Raises `OSError` if ``resources/report.css`` cannot be read.
    """
    title = f"Palimpsest: {comparison.old.name} → {comparison.new.name}"
    css = CSS_PATH.read_text(encoding="utf-8")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        # Legend first: the page CSS ends with a block that Qt's parser stops at.
        (f"<style>\n{legend_css()}\n{css}\n"
         f"@page {{ size: {page_size.value}; margin: 18mm 16mm; }}\n</style>"),
        "</head>",
        "<body>",
        summary_html(comparison),
        text_html(comparison, layout),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def legend_css() -> str:
    """CSS rules giving each change class its colours and non-colour marks from the legend."""
    rules = ["/* Colours and marks of the changes, from core/report/legend.py. */"]
    for css_class, key, side in _CLASSES:
        style = LEGEND[key]
        declarations = f"color: {style.foreground}; background-color: {style.background};"
        if side == "old" and style.strike_old:
            declarations += " text-decoration: line-through;"
        elif side == "new" and style.underline_new:
            declarations += " text-decoration: underline;"
        elif side == "dotted":
            declarations += " " + _DOTTED
        rules.append(f".{css_class} {{ {declarations} }}")
    return "\n".join(rules)


# Each group of patterns in the summary, in the comparison's order: its anchor, heading,
# what it says when empty, and the class prefix of its texts.
_GROUPS = {
    PatternGroup.FIGURES: ("figure-patterns", "Figures changed", "No figure was changed.",
                           "sub"),
    PatternGroup.CONTENT: ("content-patterns", "Content patterns", "No words were substituted.",
                           "sub"),
    PatternGroup.MINOR: ("minor-patterns", "Minor patterns",
                         "No incidental function-word swaps.", "sub"),
    PatternGroup.FORMATTING: ("formatting-patterns", "Formatting patterns",
                              "No formatting-only substitutions.", "fmt"),
}


def summary_html(comparison: Comparison) -> str:
    """The summary section: versions, figures, profile, legend and patterns."""
    profile = ""
    if comparison.profile is not None:
        profile = ('<table class="profile" width="100%" cellspacing="0"><tr><td>'
                   f"<b>Spin profile:</b> {escape(comparison.profile.reading)}</td></tr></table>")
    return "\n".join([
        f'<h1 id="{SUMMARY_ANCHOR}">Comparison report</h1>',
        (f'<p class="subtitle">{escape(comparison.old.name)} → {escape(comparison.new.name)}'
         " · made with Palimpsest</p>"),
        '<h2 id="versions">Versions</h2>',
        _versions(comparison),
        _figures(comparison),
        profile,
        '<h2 id="legend">Legend</h2>',
        _legend(),
        *(part for group, (anchor, title, none, css) in _GROUPS.items() for part in (
            f'<h2 id="{anchor}">{title}</h2>',
            _patterns([p for p in comparison.patterns if p.group is group], none, css))),
    ])


def text_html(comparison: Comparison, layout: Layout) -> str:
    """The annotated-text section in ``layout``, starting on a new page when printed."""
    if layout is Layout.REDLINE:
        heading = "Annotated text: redline"
        note = ("OLD and NEW merged into one text: struck-through words are in OLD only, "
                "underlined words in NEW only; a substitution shows old → new.")
        body = html_text.redline(comparison)
    else:
        heading = "Annotated text: side by side"
        note = ("OLD on the left, NEW on the right, corresponding paragraphs facing each other; "
                "a shaded cell means the paragraph has no counterpart there.")
        body = html_text.side_by_side(comparison)
    note += (" ⇄ with a number marks both places of a moved passage; grey text with a dotted "
             "underline differs only in formatting.")
    if not comparison.changes:
        note = "The two versions are identical."
    return "\n".join([
        f'<h2 id="{TEXT_ANCHOR}" class="section-start">{heading}</h2>',
        f'<p class="note">{escape(note)}</p>',
        body,
    ])


def _versions(comparison: Comparison) -> str:
    def row(label: str, old: str, new: str) -> str:
        return (f'<tr><th class="row">{label}</th><td>{escape(old)}</td>'
                f"<td>{escape(new)}</td></tr>")

    old, new = comparison.old, comparison.new
    return "\n".join([
        '<table class="versions" width="100%" cellspacing="0">',
        ('<thead><tr><th class="row"></th><th width="45%">OLD</th><th width="45%">NEW</th>'
         "</tr></thead>"),
        row("Title", _title(old), _title(new)),
        row("File", old.name, new.name),
        row("Words", f"{comparison.old_words:,}", f"{comparison.new_words:,}"),
        "</table>",
    ])


def _title(document: Document) -> str:
    return document.title or "(untitled)"


def _figures(comparison: Comparison) -> str:
    """Similarity and `core.model.Counts`: a moved passage is one, not an omission and an
    addition."""
    counts = comparison.counts
    figures = [(f"{comparison.similarity:.0%}", "similarity")] + [
        (f"{number:,}", label) for number, label in (
            (counts.substitutions, "substitutions"), (counts.omissions, "omissions"),
            (counts.additions, "additions"), (counts.moves, "moved passages"),
            (counts.formatting, "formatting-only changes"))]
    cells = "".join(
        f'<td width="{100 // len(figures)}%"><span class="figure">{value}</span><br>'
        f'<span class="figure-label">{label}</span></td>'
        for value, label in figures
    )
    return f'<table class="figures" width="100%" cellspacing="0"><tr>{cells}</tr></table>'


def _legend() -> str:
    opening, closing = html_text.move_labels(0, Side.NEW)  # the first move, as a reader counts
    samples = {
        "omission": '<span class="omission">dropped words</span>',
        "addition": '<span class="addition">added words</span>',
        "substitution": ('<span class="sub-old">old</span><span class="sub-arrow"> → </span>'
                         '<span class="sub-new">new</span>'),
        "move": (f'<span class="move-mark">{escape(closing)}</span> '
                 '<span class="move-new">moved text</span> '
                 f'<span class="move-mark">{escape(closing)}</span>'),
        "formatting": '<span class="fmt-new">“quotes”, Case</span>',
    }
    rows = "\n".join(
        f'<tr><td class="sample">{samples[key]}</td><td><b>{escape(style.label)}</b></td>'
        f"<td>{escape(style.description)}</td></tr>"
        for key, style in LEGEND.items() if key in samples
    )
    note = (f'<p class="note">A moved passage is labelled “{escape(opening)}” where it now '
            "stands and “moved from here” where it stood; the edits made inside it are "
            "marked as substitutions.</p>")
    return f'<table class="legend" width="100%" cellspacing="0">\n{rows}\n</table>\n{note}'


def _patterns(patterns: Sequence[Pattern], none: str, css: str) -> str:
    """A numbered table of patterns; ``css`` is the class prefix of their old and new texts."""
    if not patterns:
        return f'<p class="empty">{escape(none)}</p>'
    rows = "\n".join(
        f'<tr><td class="count">{number}</td>'
        f'<td><span class="{css}-old">{_visible(p.old)}</span></td><td class="arrow">→</td>'
        f'<td><span class="{css}-new">{_visible(p.new)}</span></td>'
        f'<td class="count">{p.count:,}</td><td class="category">{escape(p.category.value)}</td>'
        "</tr>"
        for number, p in enumerate(patterns, start=1)
    )
    header = ('<thead><tr><th class="count" width="7%">#</th><th width="33%">OLD</th>'
              '<th width="4%"></th><th width="34%">NEW</th>'
              '<th class="count" width="9%">Count</th><th width="13%">Category</th></tr></thead>')
    return f'<table class="patterns" width="100%" cellspacing="0">\n{header}\n{rows}\n</table>'


def _visible(text: str) -> str:
    """Escaped pattern text; white space alone is shown with visible symbols."""
    if text and not text.isspace():
        return escape(text)
    if not text:
        return "∅"
    return escape("".join(_VISIBLE_SPACE.get(char, "·") for char in text))
