"""The annotated report as one standalone HTML document (inline CSS, no scripts, no Qt).

The same HTML is saved as the HTML export and printed by Qt into the PDF export, so it keeps
to the CSS that Qt's rich text understands. It holds a summary (both versions, similarity,
counts by kind, the ignore rules if any, the spin profile, a legend, the patterns by group:
figures changed, content, minor, formatting) followed by the annotated text, in a redline or
a side-by-side layout. `ReportOptions` say what else it holds, as the window's export dialog
offers: the pattern tables or not, formatting-only changes marked or not, a date and the
editor's note on the summary page. The page CSS is `resources/report.css`; the colours come
from `core.report.legend`. The same comparison and options always give the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from core.model import Comparison, Document, Pattern, PatternGroup, Side
from core.report import html_text
from core.report.legend import LEGEND, move_labels
from core.report.page import FULL_REPORT, Layout, PageSize, ReportOptions
from core.resources import REPORT_CSS

CSS_PATH = REPORT_CSS

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
            page_size: PageSize = PageSize.A4, options: ReportOptions = FULL_REPORT) -> str:
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
        summary_html(comparison, options),
        text_html(comparison, layout, options.formatting),
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


def summary_html(comparison: Comparison, options: ReportOptions = FULL_REPORT) -> str:
    """The summary section: versions, figures, rules, profile, note, legend and patterns."""
    profile = ""
    if comparison.profile is not None:
        profile = _box("Spin profile:", comparison.profile.reading)
    dated = f" · {escape(options.date)}" if options.date else ""
    return "\n".join(part for part in [
        f'<h1 id="{SUMMARY_ANCHOR}">Comparison report</h1>',
        (f'<p class="subtitle">{escape(comparison.old.name)} → {escape(comparison.new.name)}'
         f"{dated} · made with Palimpsest</p>"),
        _box("Editor’s note:", options.note) if options.note else "",
        '<h2 id="versions">Versions</h2>',
        _versions(comparison),
        _figures(comparison),
        _rules(comparison),
        profile,
        '<h2 id="legend">Legend</h2>',
        _legend(options.formatting),
        *(_pattern_tables(comparison.patterns, options.formatting) if options.pattern_tables
          else []),
    ] if part)


def _box(label: str, text: str) -> str:
    """A shaded box of text: the spin profile, the editor's note."""
    paragraphs = "<br>".join(escape(line) for line in text.strip().split("\n"))
    return ('<table class="profile" width="100%" cellspacing="0"><tr><td>'
            f"<b>{escape(label)}</b> {paragraphs}</td></tr></table>")


def _pattern_tables(patterns: Sequence[Pattern], formatting: bool) -> list[str]:
    """A table per group of patterns; the formatting group only when formatting changes
    are shown."""
    return [part for group, (anchor, title, none, css) in _GROUPS.items()
            if formatting or group is not PatternGroup.FORMATTING
            for part in (f'<h2 id="{anchor}">{title}</h2>',
                         _patterns([p for p in patterns if p.group is group], none, css))]


def _rules(comparison: Comparison) -> str:
    """What the ignore rules set aside, when there are any: counted nowhere, unmarked."""
    rules = comparison.ignore
    if not rules:
        return ""
    parts = [", ".join(rules.names())] if rules.categories else []
    if rules.lines:
        parts.append("lines matching " + ", ".join(f"“{line}”" for line in rules.lines))
    ignored = sum(1 for change in comparison.changes if change.ignored)
    return (f'<p class="note">Ignored: {escape("; ".join(parts))}. {ignored:,} '
            f"difference{'' if ignored == 1 else 's'} set aside: counted nowhere and shown "
            "as unchanged text.</p>")


def text_html(comparison: Comparison, layout: Layout, formatting: bool = True) -> str:
    """The annotated-text section in ``layout``, starting on a new page when printed;
    formatting-only changes unmarked when ``formatting`` is off."""
    if layout is Layout.REDLINE:
        heading = "Annotated text: redline"
        note = ("OLD and NEW merged into one text: struck-through words are in OLD only, "
                "underlined words in NEW only; a substitution shows old → new.")
        body = html_text.redline(comparison, formatting)
    else:
        heading = "Annotated text: side by side"
        note = ("OLD on the left, NEW on the right, corresponding paragraphs facing each other; "
                "a shaded cell means the paragraph has no counterpart there.")
        body = html_text.side_by_side(comparison, formatting)
    note += " ⇄ with a number marks both places of a moved passage; " + (
        "grey text with a dotted underline differs only in formatting." if formatting else
        "formatting-only changes are not marked.")
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


def _legend(formatting: bool = True) -> str:
    """The legend of the marks, the formatting-only one only when they are marked."""
    opening, closing = move_labels(0, Side.NEW)  # the first move, as a reader counts
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
        for key, style in LEGEND.items() if key in samples and (formatting or key != "formatting")
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
