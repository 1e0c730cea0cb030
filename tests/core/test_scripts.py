"""Text that is not English-shaped: Chinese, Japanese, Korean, Thai, Devanagari, emoji,
decomposed accents and Turkish case, through `compare` (every Unicode line break:
`tests.core.load.test_loader`)."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

import pytest

from core.changes.edit_script import rebuild
from core.compare import compare
from core.model import Category, ChangeKind, Comparison, Document
from core.report.json_format import to_json

SUB, OMIT, ADD = ChangeKind.SUBSTITUTION, ChangeKind.OMISSION, ChangeKind.ADDITION
REWORDING, CONTENT, CASE = Category.REWORDING, Category.CONTENT, Category.CASE
FIGURE = Category.FIGURE
UNICODE_FORM = Category.UNICODE_FORM

Expected = list[tuple[ChangeKind, Category, str, str]]


def _compare(old: str, new: str) -> Comparison:
    return compare(Document("old.txt", "", old), Document("new.txt", "", new))


def _changes(comparison: Comparison) -> Expected:
    return [(c.kind, c.category, c.old_text, c.new_text) for c in comparison.changes]


def _rebuilds(comparison: Comparison) -> bool:
    changes = [dataclasses.asdict(change) for change in comparison.changes]
    return rebuild(comparison.old.text, changes) == comparison.new.text


THAI_OLD = "นายกรัฐมนตรีจะเดินทางไปเยือนประเทศญี่ปุ่นในวันอังคารหน้า เพื่อหารือเรื่องการค้า"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("我们将在周二举行会议，讨论明年的预算。", "我们将在周三举行会议，讨论明年的预算。",
                     [(SUB, REWORDING, "二", "三")],
                     id="Chinese: Tuesday to Wednesday is one character, not the clause"),
        pytest.param("我们将在星期二举行会议。", "我们将在礼拜三举行会议。",
                     [(SUB, REWORDING, "星期二", "礼拜三")],
                     id="Chinese: characters changed side by side are one substitution"),
        pytest.param("会議は火曜日に開かれます。", "会議は水曜日に開かれます。",
                     [(SUB, REWORDING, "火", "水")], id="Japanese: one kanji"),
        pytest.param("東京でコーヒーを飲みました。", "大阪で紅茶を飲みました。",
                     [(SUB, REWORDING, "東京", "大阪"), (SUB, REWORDING, "コーヒー", "紅茶")],
                     id="Japanese: kanji and katakana words on both sides of a kana"),
        pytest.param("회의는 서울에서 열립니다.", "회의는 부산에서 열립니다.",
                     [(SUB, REWORDING, "서울에서", "부산에서")],
                     id="Korean writes spaces: Hangul is compared word by word"),
        pytest.param("ประชุม วันอังคาร ที่กรุงเทพ", "ประชุม วันพุธ ที่กรุงเทพ",
                     [(SUB, REWORDING, "วันอังคาร", "วันพุธ")],
                     id="Thai: vowel signs are part of the word, the change is content"),
        pytest.param(THAI_OLD, THAI_OLD.replace("วันอังคาร", "วันพุธ"),
                     [(SUB, REWORDING, THAI_OLD.split()[0],
                       THAI_OLD.split()[0].replace("วันอังคาร", "วันพุธ"))],
                     id="Thai without spaces: the clause between spaces, content, not spelling"),
        pytest.param("ประชุมวันอังคารที่กรุงเทพ", "ประชุมวันพุธที่กรุงเทพ",
                     [(OMIT, CONTENT, "ประชุมวันอังคารที่กรุงเทพ", ""),
                      (ADD, CONTENT, "", "ประชุมวันพุธที่กรุงเทพ")],
                     id="Thai: a one-token sentence changed is dropped and added, as content"),
        pytest.param("मंगलवार को बैठक होगी।", "बुधवार को बैठक होगी।",
                     [(SUB, REWORDING, "मंगलवार", "बुधवार")], id="Devanagari: one word"),
        pytest.param("कम समय है।", "काम समय है।", [(SUB, REWORDING, "कम", "काम")],
                     id="Devanagari: a vowel sign added is a content change of its word"),
        pytest.param("Family 👨\u200d👩\u200d👧 here.", "Family 👨\u200d👩\u200d👦 here.",
                     [(SUB, REWORDING, "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👦")],
                     id="an emoji ZWJ sequence changed whole, as content"),
        pytest.param("🇫🇷 wins the match.", "🇩🇪 wins the match.",
                     [(SUB, REWORDING, "🇫🇷", "🇩🇪")], id="a flag is one token"),
        pytest.param("Nice 👍 work.", "Nice 👍🏽 work.", [(SUB, REWORDING, "👍", "👍🏽")],
                     id="a skin tone added changes the emoji"),
        pytest.param("Press 1️⃣ now.", "Press 2️⃣ now.", [(SUB, FIGURE, "1️⃣", "2️⃣")],
                     id="keycaps: one cluster each, and a changed value"),
        pytest.param("Great news.", "Great news 🎉.", [(SUB, REWORDING, "news", "news 🎉")],
                     id="an emoji added beside a word rewords it, like a word would"),
        pytest.param("Cafe\u0301 ouvert.", "Café ouvert.",
                     [(SUB, UNICODE_FORM, "Cafe\u0301", "Café")],
                     id="decomposed against composed é: formatting only"),
        pytest.param("Cafe\u0301 ouvert.", "Café fermé.",
                     [(SUB, UNICODE_FORM, "Cafe\u0301", "Café"), (SUB, REWORDING, "ouvert", "fermé")],
                     id="a Unicode-form change beside a real one"),
        pytest.param("İstanbul büyük bir şehir.", "istanbul büyük bir şehir.",
                     [(SUB, CASE, "İstanbul", "istanbul")], id="Turkish: İ is the capital of i"),
        pytest.param("ILIK su içti.", "ılık su içti.", [(SUB, CASE, "ILIK", "ılık")],
                     id="Turkish: I is the capital of ı"),
        pytest.param("ılık su içti.", "ilik su içti.", [(SUB, REWORDING, "ılık", "ilik")],
                     id="Turkish: ı and i are different letters"),
        pytest.param("While we met, I left.", "while we met, i left.",
                     [(SUB, CASE, "While", "while"), (SUB, CASE, "I", "i")],
                     id="English case as before"),
    ],
)
def test_changes_in_other_scripts(old: str, new: str, expected: Expected) -> None:
    comparison = _compare(old, new)
    assert _changes(comparison) == expected
    assert _rebuilds(comparison)


FRENCH = ("Le café de la gare a fermé. Hélène était déçue, mais l'élève a préféré le thé.\n"
          "Où est la clé ? Ça dépend de l'été.\n")


def test_decomposed_text_is_the_same_text() -> None:
    """A whole text in NFD against itself in NFC: no content change, nothing demoted to an
    omission and an addition, each accented word one Unicode-form change."""
    comparison = _compare(unicodedata.normalize("NFD", FRENCH), FRENCH)
    accented = [word for word in FRENCH.replace(".", " ").replace(",", " ").split()
                if not word.isascii()]
    assert comparison.similarity == 1.0
    assert [c.new_text for c in comparison.changes] == accented  # "l'élève" is one word
    assert {(c.kind, c.category) for c in comparison.changes} == {(SUB, UNICODE_FORM)}
    assert _rebuilds(comparison)


def test_decomposed_text_with_a_change_reports_only_it_as_content() -> None:
    old = unicodedata.normalize("NFD", FRENCH)
    comparison = _compare(old, FRENCH.replace("thé", "café"))
    content = [(c.kind, c.old_text, c.new_text) for c in comparison.changes
               if not c.category.is_formatting]
    assert content == [(SUB, unicodedata.normalize("NFD", "thé"), "café")]
    assert _rebuilds(comparison)


def test_unicode_form_in_the_json() -> None:
    """The new formatting category reaches the JSON (an extension of the contract)."""
    data = json.loads(to_json(_compare("Cafe\u0301.", "Café.")))
    assert [(c["category"], c["old_text"], c["new_text"]) for c in data["changes"]] == [
        ("unicode-form", "Cafe\u0301", "Café")]
    assert data["similarity"] == 1.0
