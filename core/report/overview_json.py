"""The versions overview as JSON: a public contract like the comparison's (schema 1).

The layout is documented in the README ("The overview JSON format") and must only ever be
extended, never broken: ``schema``, ``versions``, ``similarity``, ``original``,
``relations``, ``lineage``, ``unrelated``, ``quotes``, ``facts``. A version is named by its
``path`` as given; offsets are character ranges into that version's decoded text. Output
is deterministic: the same overview always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from core.overview.model import FactGroup, Overview, QuoteGroup
from core.report.files import escape_undecodable

SCHEMA = 1


def to_dict(overview: Overview) -> dict[str, Any]:
    """Return the overview as plain JSON-ready data."""
    paths = [escape_undecodable(v.document.path) for v in overview.versions]
    return {
        "schema": SCHEMA,
        "versions": [{"path": path, "title": v.document.title, "words": v.words}
                     for path, v in zip(paths, overview.versions, strict=True)],
        "similarity": [[round(value, 4) for value in row] for row in overview.similarity],
        "original": paths[overview.original] if overview.original is not None else None,
        "relations": [{"old": paths[r.old], "new": paths[r.new], "kind": r.kind.value,
                       "reading": r.reading, "reasons": list(r.reasons)}
                      for r in overview.relations],
        "lineage": [{"parent": paths[e.parent], "child": paths[e.child], "kind": e.kind.value,
                     "confidence": e.confidence, "reasons": list(e.reasons)}
                    for e in overview.lineage],
        "unrelated": [paths[index] for index in overview.unrelated],
        "quotes": [_quote(group, paths) for group in overview.quotes],
        "facts": [_fact(group, paths) for group in overview.facts],
    }


def to_json(overview: Overview) -> str:
    """Return the overview as a JSON text (UTF-8 safe, two-space indent, final newline)."""
    return json.dumps(to_dict(overview), ensure_ascii=False, indent=2) + "\n"


def _quote(group: QuoteGroup, paths: list[str]) -> dict[str, Any]:
    return {"id": group.id, "speaker": group.speaker, "occurrences": [
        {"path": paths[o.version], "start": o.start, "end": o.end, "text": o.text,
         "quoted": o.quoted, "altered": o.altered,
         "changes": [{"old_text": c.old_text, "new_text": c.new_text} for c in o.changes]}
        for o in group.occurrences]}


def _fact(group: FactGroup, paths: list[str]) -> dict[str, Any]:
    return {"id": group.id, "kind": group.kind.value, "values": [
        {"path": paths[v.version], "start": v.start, "end": v.end, "text": v.text}
        for v in group.values]}
