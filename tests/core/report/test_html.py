"""The HTML report: golden files for a fixed comparison, structure on the real samples.

The golden files are the report of a hand-built comparison (the start of the bundled sample
01 against its spun copy 02, see `tests.report_examples`), so they change only when the
report changes, not when the engine does. Regenerate them after an intended change with
``UPDATE_GOLDEN=1 pytest tests/core/report/test_html.py`` and review the diff. What a report
holds besides the comparison (`ReportOptions`, as the export dialog offers it) and the ignore
rules it follows are tested last (issue 16, item 15).
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.compare import compare
from core.load.loader import load
from core.model import Category, Comparison, Document, IgnoreRules
from core.report.html import legend_css, to_html
from core.report.legend import LEGEND
from core.report.page import Layout, PageSize, ReportOptions
from tests.report_examples import CONTENT, SYN, Piece, bridge_story, build, same

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"

# Classes whose text is in OLD only, in NEW only, or in neither (labels and arrows).
OLD_ONLY = {"omission", "sub-old", "move-old", "fmt-old"}
NEW_ONLY = {"addition", "sub-new", "move-new", "fmt-new"}
LABELS = {"move-mark", "sub-arrow"}


class _Text(HTMLParser):
    """Collects the annotated text (``<p class="text">``) by the class of cell and span."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_paragraph = False
        self.classes: list[str] = []
        self.cell = ""
        self.runs: list[tuple[str, str, str]] = []  # (cell class, span class, text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        css = dict(attrs).get("class") or ""
        if tag == "td":
            self.cell = css
        elif tag == "span":
            self.classes.append(css)
        elif tag == "p" and css == "text":
            self.in_paragraph = True
            self.runs.append((self.cell, "", "\n"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self.classes.pop()
        elif tag == "p":
            self.in_paragraph = False

    def handle_data(self, data: str) -> None:
        if self.in_paragraph:
            self.runs.append((self.cell, self.classes[-1] if self.classes else "", data))


def _runs(html: str) -> list[tuple[str, str, str]]:
    parser = _Text()
    parser.feed(html)
    return parser.runs


def _words(text: str) -> list[str]:
    return text.replace("¶", " ").split()


def _loose(words: list[str]) -> list[str]:
    """Words with formatting set aside: no punctuation or quotes, lower case."""
    return " ".join(re.sub(r"[^\w\s]", "", word).lower() for word in words).split()


def _side(html: str, drop: set[str], cell: str | None = None) -> list[str]:
    return _words("".join(text for cell_class, css, text in _runs(html)
                          if css not in drop | LABELS and (cell is None or cell_class == cell)))


@pytest.mark.parametrize("layout", list(Layout))
def test_golden_report(layout: Layout) -> None:
    html = to_html(bridge_story(), layout, PageSize.A4)
    golden = GOLDEN / f"report-{layout.value}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs; if intended, regenerate with UPDATE_GOLDEN=1 and review")


@pytest.mark.parametrize("layout", list(Layout))
def test_report_is_deterministic(layout: Layout) -> None:
    assert to_html(bridge_story(), layout) == to_html(bridge_story(), layout)


@pytest.mark.parametrize(
    ("layout", "keep_out", "side", "reason"),
    [
        (Layout.REDLINE, OLD_ONLY, "new", "redline without OLD-only marks reads as NEW"),
        (Layout.REDLINE, NEW_ONLY, "old", "redline without NEW-only marks reads as OLD"),
        (Layout.SIDE_BY_SIDE, set(), "new", "right column is NEW"),
        (Layout.SIDE_BY_SIDE, set(), "old", "left column is OLD"),
    ],
)
def test_annotated_text_holds_both_versions(layout: Layout, keep_out: set[str], side: str,
                                            reason: str) -> None:
    comparison = bridge_story()
    html = to_html(comparison, layout)
    cell = None if layout is Layout.REDLINE else side
    document = comparison.new if side == "new" else comparison.old
    if layout is Layout.REDLINE and side == "old":
        assert _loose(_side(html, keep_out, cell)) == _loose(_words(document.text)), reason
    else:
        assert _side(html, keep_out, cell) == _words(document.text), reason


def test_every_mark_of_the_legend_is_used_and_styled() -> None:
    html = to_html(bridge_story())
    css = legend_css()
    for css_class in OLD_ONLY | NEW_ONLY | {"move-mark"}:
        assert f'class="{css_class}"' in html
        assert f".{css_class} {{" in css
    for style in LEGEND.values():
        assert style.foreground in css and style.background in css
        assert style.label in html
    assert ".omission {" in css and "line-through" in css.split(".omission {")[1].split("}")[0]
    assert "underline" in css.split(".addition {")[1].split("}")[0]
    assert "dotted" in css.split(".fmt-new {")[1].split("}")[0]


def test_summary_lists_versions_counts_profile_and_patterns_in_order() -> None:
    comparison = bridge_story()
    html = to_html(comparison)
    summary = html.split('<h2 id="text"')[0]
    for expected in ("01-original.txt", "02-spun.txt", "Alder Falls approves", "[ad_1]",
                     "82%", "Spin profile:", "spun copy of OLD", f"{comparison.old_words:,}"):
        assert expected in summary, expected
    content = summary.index('id="content-patterns"')
    formatting = summary.index('id="formatting-patterns"')
    assert content < summary.index(">metropolis<") < formatting
    assert summary.index(">price<") < formatting < summary.index("¶¶")
    figures = re.findall(r'<span class="figure">([^<]*)</span><br><span class="figure-label">'
                         r"([^<]*)</span>", summary)
    assert {label: value for value, label in figures} == {
        "similarity": "82%", "substitutions": "8",
        # the moved passage is one move, not also an omission and an addition
        "omissions": "1", "additions": "1", "moved passages": "1",
        "formatting-only changes": "3",
    }


def test_minimal_comparison_without_moves_patterns_or_profile() -> None:
    comparison = build([same("One line.\n"), Piece("old", "new", SYN), same(" end.\n")],
                       similarity=0.5)
    html = to_html(comparison, Layout.SIDE_BY_SIDE)
    assert "Spin profile" not in html
    assert "No words were substituted." in html
    assert "No formatting-only substitutions." in html
    assert 'class="move-mark"' not in html.split('id="text"')[1]


def test_identical_versions_say_so() -> None:
    comparison = build([same("Nothing changed here.\n")], similarity=1.0)
    for layout in Layout:
        html = to_html(comparison, layout)
        assert "The two versions are identical." in html
        assert "Nothing changed here." in html


def test_empty_documents_give_a_complete_report() -> None:
    comparison = build([], similarity=1.0)
    html = to_html(comparison, Layout.SIDE_BY_SIDE)
    assert html.endswith("</html>\n") and "(untitled)" in html


def test_all_text_is_escaped() -> None:
    nasty = '<script>alert("x")</script> & <b>'
    comparison = build(
        [same(f"{nasty}\n\n"), Piece("<i>", "</p>", SYN), same(" tail & end\n")],
        old_name="a<b>.txt", new_name="c&d.txt",
    )
    html = to_html(comparison)
    assert "<script>" not in html and "<i>" not in html and "</p> tail" not in html
    assert "&lt;script&gt;" in html and "a&lt;b&gt;.txt" in html and "c&amp;d.txt" in html


def test_page_size_reaches_the_print_css() -> None:
    assert "@page { size: Letter;" in to_html(bridge_story(), page_size=PageSize.LETTER)
    assert "@page { size: A4;" in to_html(bridge_story())


# --- the real samples, compared by the engine: structure, not exact text ------------------


@pytest.fixture(scope="module")
def sample_comparison() -> Comparison:
    return compare(load(SAMPLES / "01-original.txt"), load(SAMPLES / "02-spun.txt"))


@pytest.mark.parametrize("layout", list(Layout))
def test_report_of_the_samples(sample_comparison: Comparison, layout: Layout) -> None:
    html = to_html(sample_comparison, layout)
    assert html.startswith("<!DOCTYPE html>") and html.count("<style>") == 1
    assert "<link" not in html and "<script" not in html, "standalone"
    for anchor in ("summary", "versions", "legend", "content-patterns", "formatting-patterns",
                   "text"):
        assert f'id="{anchor}"' in html
    summary = html.split('<h2 id="formatting-patterns"')[0]
    for pattern in sample_comparison.patterns:
        if not pattern.category.is_formatting:
            assert f">{unescape(pattern.new)}<" in unescape(summary), pattern
    for change in sample_comparison.changes:
        if change.kind.value == "substitution" and not change.category.is_formatting:
            assert unescape(change.new_text) in unescape(html)
    side = None if layout is Layout.REDLINE else "new"
    assert _side(html, OLD_ONLY, side) == _words(sample_comparison.new.text)


WORDS = st.lists(st.sampled_from(["the", "city", "council", "metropolis", "said", "stated",
                                  "\n\n", "“", '"', "2", "two", "bridge", ",", "."]),
                 max_size=25).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(old=WORDS, new=WORDS)
def test_annotated_text_always_holds_both_versions(old: str, new: str) -> None:
    comparison = compare(Document("o.txt", "", old), Document("n.txt", "", new))
    for layout in Layout:
        html = to_html(comparison, layout)
        cells = (None, None) if layout is Layout.REDLINE else ("old", "new")
        old_words = _side(html, NEW_ONLY - {"fmt-new"} if cells[0] is None else NEW_ONLY,
                          cells[0])
        if layout is Layout.REDLINE:
            assert _loose(old_words) == _loose(_words(old))
        else:
            assert old_words == _words(old)
        assert _side(html, OLD_ONLY, cells[1]) == _words(new)


def test_category_of_formatting_patterns_is_shown() -> None:
    comparison = build([same("a "), Piece("“", '"', Category.QUOTE_STYLE), same("b\n")])
    html = to_html(comparison)
    assert "No formatting-only substitutions." in html  # no Pattern given: none listed
    comparison = build([same("x "), Piece("y", "", CONTENT), same(" z\n")])
    assert '<span class="omission">y</span>' in to_html(comparison)


@pytest.mark.parametrize("layout", list(Layout), ids=[layout.value for layout in Layout])
@pytest.mark.parametrize(
    ("options", "present", "absent"),
    [
        pytest.param(ReportOptions(), ['id="content-patterns"', 'id="formatting-patterns"',
                                       'class="fmt-new"'], ["Editor’s note"],
                     id="by default everything"),
        pytest.param(ReportOptions(pattern_tables=False), ['id="legend"'],
                     ['id="content-patterns"', 'id="formatting-patterns"'],
                     id="without the pattern tables"),
        pytest.param(ReportOptions(formatting=False),
                     ['id="content-patterns"', "formatting-only changes are not marked"],
                     ['id="formatting-patterns"', 'class="fmt-new"', 'class="fmt-old"'],
                     id="formatting changes hidden, as in the window"),
        pytest.param(ReportOptions(date="9 April 2024", note="Check the figures.\nCall back."),
                     ["02-spun.txt · 9 April 2024 · made with Palimpsest",
                      "<b>Editor’s note:</b> Check the figures.<br>Call back."], [],
                     id="a date and a note"),
    ],
)
def test_report_options(layout: Layout, options: ReportOptions, present: list[str],
                        absent: list[str]) -> None:
    html = to_html(bridge_story(), layout, options=options)
    for text in present:
        assert text in html
    for text in absent:
        assert text not in html


def test_the_report_follows_the_ignore_rules() -> None:
    comparison = bridge_story()
    ignored = replace(comparison, changes=tuple(
        replace(change, ignored=change.category is Category.QUOTE_STYLE)
        for change in comparison.changes), ignore=IgnoreRules(frozenset({Category.QUOTE_STYLE})))
    html = to_html(ignored)
    assert "Ignored: quote-style. 2 differences set aside" in html
    assert html.count('class="fmt-new"') == to_html(comparison).count('class="fmt-new"') - 2
