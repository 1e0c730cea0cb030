"""What a report holds besides the comparison (`ReportOptions`), as the export dialog offers
it, and the ignore rules it follows (issue 16, item 15)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.model import Category, IgnoreRules
from core.report.html import Layout, ReportOptions, to_html
from tests.report_examples import bridge_story


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
