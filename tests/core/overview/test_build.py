"""The versions overview: relations, lineage, quotations and facts (core/overview)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.compare import compare
from core.load.loader import load
from core.model import Cancelled, Document, RelationKind
from core.overview.build import overview
from core.overview.fact_spans import Facts, canonical
from core.overview.lineage import arborescence
from core.overview.mapping import OffsetMap
from core.overview.model import FactKind, Overview
from core.overview.quotes import quotations
from core.report.overview_json import to_dict, to_json

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
import overview_families


def _doc(name: str, text: str) -> Document:
    return Document(name, text.split("\n", 1)[0], text)


def _names(result: Overview) -> list[str]:
    return [version.document.name for version in result.versions]


# --- the seeds: what the issue asks to see ----------------------------------------------


@pytest.fixture(scope="module")
def seed_overview() -> Overview:
    from tests.conftest import seed_files

    files = seed_files()
    if len(files) < 5:
        pytest.skip("../shared/seeds is not present (a user's clone has none)")
    return overview([load(path) for path in files])


def test_seeds_original_and_lineage(seed_overview: Overview) -> None:
    names = [name[:3] for name in _names(seed_overview)]
    assert seed_overview.original is not None and names[seed_overview.original] == "000"
    edges = {(names[e.parent], names[e.child], e.kind) for e in seed_overview.lineage}
    assert edges == {("000", "004", RelationKind.SPUN),
                     ("000", "001", RelationKind.MACHINE_TRANSLATED)}
    for report in ("002", "003"):
        relation = seed_overview.relation(names.index("000"), names.index(report))
        assert relation is not None and relation.kind is RelationKind.SAME_STORY, report


def test_seeds_lavrov_quote_is_one_group(seed_overview: Overview) -> None:
    names = [name[:3] for name in _names(seed_overview)]
    groups = [g for g in seed_overview.quotes
              if g.occurrences[0].text.startswith("There is no place for dictatorships")]
    assert len(groups) == 1 and groups[0].speaker == "Lavrov"
    by_version = {names[o.version]: o for o in groups[0].occurrences}
    assert set(by_version) == {"000", "001", "003", "004"}
    assert not by_version["001"].quoted, "the machine translation lost the quote marks"
    altered = by_version["003"]
    assert altered.quoted and altered.altered
    changes = {(c.old_text.strip(), c.new_text.strip()) for c in altered.changes}
    assert {("dictatorships", "dictatorship"), ("widely used", "applied")} <= changes
    assert any("unquestioningly submitting to the will of Washington" in new
               for _, new in changes)


def test_seeds_changed_name(seed_overview: Overview) -> None:
    values = [{v.text for v in group.values} for group in seed_overview.facts]
    assert {"Sergey", "Sergei"} in values


# --- our own families, a few seeds ----------------------------------------------------------


@pytest.mark.parametrize("seed", [
    pytest.param(7, id="first family"),
    pytest.param(1234, id="another pair of articles"),
    pytest.param(99_999, id="a third draw"),
])
def test_families_gold_is_found(seed: int) -> None:
    gold = overview_families.family(seed)
    points = overview_families.found(gold, overview_families.run(gold))
    assert all(points.values()), points


# --- relations ------------------------------------------------------------------------------

_STORY = ("City approves $4.2 million bridge plan\n\nThe council voted on Tuesday to rebuild "
          "the old bridge over the Mill River, Mayor Ann Keller said. The work will start in "
          "April and take two years. “We have waited long enough,” Keller said. Residents "
          "have complained for a decade about the narrow deck.\n")


@pytest.mark.parametrize(("new", "kind"), [
    pytest.param(_STORY.replace("“", '"').replace("”", '"'), RelationKind.COPY,
                 id="quote style only is a copy"),
    pytest.param(_STORY.replace("$4.2", "$4.5"), RelationKind.EDITED, id="one figure"),
    pytest.param("Weather: sunny skies expected\n\nForecasters expect a dry and warm weekend "
                 "across the region, with highs near 30 degrees and light winds.\n",
                 RelationKind.UNRELATED, id="another subject"),
])
def test_pair_kind(new: str, kind: RelationKind) -> None:
    result = overview([_doc("a.txt", _STORY), _doc("b.txt", new)])
    assert result.relations[0].kind is kind
    assert result.relations[0].reading.startswith("b.txt is ") or kind is RelationKind.EDITED


def test_unrelated_version_is_listed() -> None:
    other = ("Weather: sunny skies expected\n\nForecasters expect a dry and warm weekend "
             "across the region, with highs near 30 degrees and light winds.\n")
    result = overview([_doc("a.txt", _STORY), _doc("b.txt", _STORY.replace("two", "three")),
                       _doc("c.txt", other)])
    assert result.unrelated == (2,)


# --- quotations -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    pytest.param("“We are ready,” Mr. Smith said.", "We are ready,", "Smith", id="curly"),
    pytest.param('"We are ready," said Smith.', "We are ready,", "Smith", id="straight"),
    pytest.param("«Nous sommes prêts», a dit Dupont.", "Nous sommes prêts", None,
                 id="guillemets"),
    pytest.param("„Wir sind bereit“, sagte Weber.", "Wir sind bereit", None, id="German"),
    pytest.param("“He called it ‘a disaster,’ and left,” Jones said.",
                 "He called it ‘a disaster,’ and left,", "Jones", id="nested single quotes"),
    pytest.param("Ms. Reyes told reporters, “The offer is fair.”", "The offer is fair.",
                 "Reyes", id="speaker before"),
    pytest.param("“It is over,” she said.", "It is over,", None, id="a pronoun names no one"),
])
def test_quotations(text: str, quoted: str, speaker: str | None) -> None:
    found = quotations(_doc("a.txt", text))
    assert [(q.text, q.speaker) for q in found] == [(quoted, speaker)]
    assert text[found[0].start:found[0].end] == quoted


def test_quote_altered_inside_marks_comes_first() -> None:
    changed = _STORY.replace("waited long", "waited far too long")
    result = overview([_doc("a.txt", _STORY), _doc("b.txt", changed)])
    first = result.quotes[0]
    assert first.altered_in_quotes and first.speaker == "Keller"
    assert [(c.old_text.strip(), c.new_text.strip()) for c in first.occurrences[1].changes] \
        == [("long", "far too long")]


# --- facts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "changed"), [
    pytest.param("$4.2 million", "$4.5 million", True, id="money"),
    pytest.param("two years", "2 years", False, id="the same number written otherwise"),
    pytest.param("26 percent", "26%", False, id="the same percentage"),
    pytest.param("April 8", "April 9", True, id="a date"),
    pytest.param("Tuesday", "Wednesday", True, id="a weekday"),
    pytest.param("Mayor Ann Keller", "Mayor Ann Kellner", True, id="a name"),
])
def test_changed_facts(old: str, new: str, changed: bool) -> None:
    text = f"The council said on Monday that {old} was the figure in question."
    result = overview([_doc("a.txt", text), _doc("b.txt", text.replace(old, new))])
    found = [{v.text for v in group.values} for group in result.facts]
    assert bool(found) is changed, found


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("a $48.6 million program", FactKind.MONEY, id="money"),
    pytest.param("rose 14 percent", FactKind.PERCENT, id="percent"),
    pytest.param("on June 11 in Washington", FactKind.DATE, id="date"),
    pytest.param("on Friday", FactKind.WEEKDAY, id="weekday"),
    pytest.param("said Councilwoman Maria Delgado", FactKind.NAME, id="name"),
    pytest.param("the Harbor City Chamber of Commerce", FactKind.NAME, id="a run of names"),
])
def test_fact_kinds(text: str, kind: FactKind) -> None:
    facts = Facts(f"It was noted {text} today.")
    kinds = {fact.kind for fact in facts.overlapping(0, 200)}
    names = {FactKind.NAME, FactKind.PERSON, FactKind.PLACE, FactKind.ORGANISATION}
    assert kind in kinds or (kind is FactKind.NAME and kinds & names), kinds


def test_canonical_number_forms() -> None:
    assert canonical(FactKind.NUMBER, "two") == canonical(FactKind.NUMBER, "2")
    assert canonical(FactKind.PERCENT, "26 percent") == canonical(FactKind.PERCENT, "26%")


# --- the parts ------------------------------------------------------------------------------


@pytest.mark.parametrize(("edges", "parents"), [
    pytest.param([(0, 1, 1.0), (0, 2, 5.0), (1, 2, 1.0)], {1: 0, 2: 1}, id="a chain is cheaper"),
    pytest.param([(0, 1, 9.0), (0, 2, 5.0), (1, 2, 1.0), (2, 1, 1.0)], {1: 2, 2: 0},
                 id="a cycle broken where it is cheapest to enter"),
])
def test_arborescence(edges: list[tuple[int, int, float]], parents: dict[int, int]) -> None:
    chosen = arborescence([0, 1, 2], 0, edges)
    assert {node: edges[index][0] for node, index in chosen.items()} == parents


_WORDS = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "echo"]), min_size=3,
                  max_size=30)


@settings(max_examples=60, deadline=None)
@given(_WORDS, _WORDS, _WORDS)
def test_offset_map_keeps_unchanged_text(head: list[str], middle: list[str],
                                         tail: list[str]) -> None:
    """A stretch both versions hold maps onto a range of NEW that holds it (and, where the
    edit script leaves it alone, onto exactly it)."""
    old_text = " ".join(["start", *head, "MARK", "here", *tail])
    new_text = " ".join(["start", *middle, "MARK", "here", *tail])
    comparison = compare(Document("o", "", old_text), Document("n", "", new_text))
    start = old_text.index("MARK")
    new_start, new_end = OffsetMap(comparison).range(start, start + len("MARK here"))
    assert "MARK here" in new_text[new_start:new_end]
    touched = [c for c in comparison.changes if c.old_start < start + 9 and start < c.old_end]
    assert touched or new_text[new_start:new_end] == "MARK here"


def test_cancel_stops_the_overview() -> None:
    def cancel(share: float) -> None:
        if share > 0.1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        overview([_doc("a.txt", _STORY), _doc("b.txt", _STORY.replace("two", "3"))], cancel)


def test_cache_is_used_and_filled() -> None:
    first, second = _doc("a.txt", _STORY), _doc("b.txt", _STORY.replace("two", "3"))
    cache: dict[tuple[Document, Document], object] = {}
    overview([first, second], cache=cache)  # type: ignore[arg-type]
    assert list(cache) == [(first, second)]


def test_json_has_exactly_the_schema_keys() -> None:
    result = overview([_doc("a.txt", _STORY), _doc("b.txt", _STORY.replace("$4.2", "$4.5")
                                                             .replace("long", "far too long"))])
    data = to_dict(result)
    assert list(data) == ["schema", "versions", "similarity", "original", "relations",
                          "lineage", "unrelated", "quotes", "facts"]
    assert list(data["versions"][0]) == ["path", "title", "words"]
    assert list(data["relations"][0]) == ["old", "new", "kind", "reading", "reasons"]
    assert list(data["lineage"][0]) == ["parent", "child", "kind", "confidence", "reasons"]
    occurrence = data["quotes"][0]["occurrences"][1]
    assert list(occurrence) == ["path", "start", "end", "text", "quoted", "altered", "changes"]
    assert list(data["facts"][0]["values"][0]) == ["path", "start", "end", "text"]
    assert data["facts"][0]["kind"] == "money"
    assert json.loads(to_json(result)) == data and to_json(result) == to_json(result)


def test_html_report_has_every_section() -> None:
    from core.report.overview_html import shade, to_html

    result = overview([_doc("a.txt", _STORY), _doc("b<1>.txt", _STORY.replace(
        "$4.2", "$4.5").replace("long", "far too long"))])
    html = to_html(result)
    for anchor in ("versions", "similarity", "lineage", "relations", "quotes", "facts"):
        assert f'<h2 id="{anchor}">' in html, anchor
    assert "b&lt;1&gt;.txt" in html and "b<1>.txt" not in html, "file names are escaped"
    assert f"background-color: {shade(1.0)[0]}" in html
    assert "$4.2 million" in html and "$4.5 million" in html
    assert html == to_html(result), "the same overview gives the same text"


def test_offset_map_reads_backwards() -> None:
    old, new = "One two three four.", "One 2 three four five."
    comparison = compare(Document("o", "", old), Document("n", "", new))
    start = new.index("three")
    back = OffsetMap(comparison, backwards=True).range(start, start + len("three four"))
    assert old[back[0]:back[1]] == "three four"
