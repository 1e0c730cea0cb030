"""The JSON encoder writes exactly what ``json.dumps(..., ensure_ascii=False, indent=2)`` did.

The report's JSON is a public contract down to the byte, and it is written by orjson for
speed. These properties pin its bytes to the standard library's on data of the report's
shapes: nested objects and lists (empty ones too), whole numbers, finite floats rounded to 4
places (as ``to_dict`` rounds every share and similarity), booleans, nulls, and strings of any
code points, lone surrogates included (a PDF's text layer can carry them), which orjson
refuses and the standard library then writes. A future encoder that drifts fails here.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.report import json_format

# Any code point, surrogates included (hypothesis leaves category Cs out by default).
ANY_TEXT = st.text(st.characters(blacklist_categories=()))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),  # what orjson writes itself
    st.integers(),  # past 64 bits: the standard library's
    st.floats(allow_nan=False, allow_infinity=False).map(lambda value: round(value, 4)),
    st.floats(min_value=0, max_value=1).map(lambda share: round(share, 4)),
    ANY_TEXT,
)
JSON_LIKE = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=6),
        st.dictionaries(ANY_TEXT, children, max_size=6),
    ),
    max_leaves=40,
)


def _standard(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=500, deadline=None)
@given(data=JSON_LIKE)
@example(data={"changes": [], "moves": {}, "patterns": [[]], "profile": {"reading": ""}})
@example(data=[0.0001, -0.0, 0.1 + 0.2, 1e16, 123456.7891, 2**63, -(2**63)])
@example(data={"\x00\x1f\x7f": "\"\\/\b\f\n\r\t\u2028\u2029é→😀"})
@example(data={"old_text": "lone \ud800 surrogate", "path": "caf\\xe9.txt"})
def test_the_encoder_writes_the_standard_librarys_bytes(data: Any) -> None:
    assert json_format.encode(data) == _standard(data)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param({"a": [1, {"b": None}], "c": "é"}, "nested values", id="plain"),
        pytest.param(["\udcff"], "a lone surrogate, refused by orjson", id="surrogate"),
        pytest.param([2**70], "an integer past 64 bits, refused by orjson", id="big integer"),
    ],
)
def test_without_orjson_the_standard_library_writes_the_same(
    monkeypatch: pytest.MonkeyPatch, data: Any, reason: str
) -> None:
    fast = json_format.encode(data)
    monkeypatch.setattr(json_format, "orjson", None)
    assert json_format.encode(data) == fast == _standard(data), reason
