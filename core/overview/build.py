"""The overview pipeline: many documents in, one `Overview` out.

One stage a line in `overview`: fingerprint every version and measure every pair cheaply;
compare in full only the pairs that share enough (reusing and filling the caller's cache of
comparisons, which the window shows when a pair is opened); find the quotations; measure
and judge every pair; grow the lineage forest; check the quotations against the original's
and list the facts that differ; then word the relations and fill the similarity matrix.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from core.collector import collector_paused
from core.compare import compare
from core.model import CompareOptions, Comparison, Document, Progress, RelationKind
from core.overview import facts, lineage, quote_groups
from core.overview.agreement import agreements
from core.overview.evidence import PairEvidence, corpus_counts, measure
from core.overview.model import Overview, Relation, VersionInfo
from core.overview.quotes import quotations
from core.overview.relations import Shared, Verdict, judge, reading
from core.overview.similarity import Resemblance, fingerprint, resemblances
from core.text.tokens import count_words

Pair = tuple[int, int]
ComparisonCache = MutableMapping[tuple[Document, Document], Comparison]
# The share of the progress bar the full comparisons take.
_COMPARING = 0.85


def overview(documents: Sequence[Document], progress: Progress | None = None,
             cache: ComparisonCache | None = None,
             options: CompareOptions | None = None) -> Overview:
    """The overview of ``documents``: similarity, relations, lineage, quotes and facts.

    ``cache`` maps ``(old, new)`` documents to their comparison: pairs found there are not
    compared again, and every comparison made is added. ``progress`` is called with the
    share done and may raise `core.model.Cancelled`, which propagates.
    """
    # Like a comparison, the overview makes no reference cycles: the collector's walks
    # over its objects would cost time and, in a worker thread, stall the window.
    with collector_paused():
        return _overview(list(documents), progress or _ignore, cache,
                         options or CompareOptions())


def _overview(documents: list[Document], step: Progress, cache: ComparisonCache | None,
              options: CompareOptions) -> Overview:
    step(0.0)
    prints = [fingerprint(document) for document in documents]
    measured = resemblances(prints)
    compared = _compared(documents, measured, cache if cache is not None else {}, options,
                         step)
    found = [quotations(document) for document in documents]
    copies = {pair: c for pair, c in compared.items() if c.similarity >= 0.3}
    raw_quotes = quote_groups.group(documents, found, copies)
    shared_quotes = quote_groups.shared_counts(raw_quotes)
    vocabularies = [frozenset(p.words) for p in prints]
    evidence = {pair: measure(c, corpus_counts(vocabularies, pair))
                for pair, c in compared.items()}
    verdicts = _verdicts(len(documents), measured, evidence, shared_quotes)
    names = [document.name for document in documents]
    forest = lineage.build(names, verdicts, evidence, agreements(compared, verdicts))
    rank = _rank(len(documents), forest)
    step(0.95)
    matrix = _matrix(len(documents), measured, compared)
    result = Overview(
        versions=tuple(VersionInfo(d, count_words(d.text)) for d in documents),
        similarity=matrix,
        original=forest.original,
        relations=_relations(names, verdicts, forest, matrix),
        lineage=forest.edges,
        unrelated=_unrelated(len(documents), verdicts),
        quotes=quote_groups.finish(raw_quotes, rank),
        facts=facts.changed_facts(documents, compared),
    )
    step(1.0)
    return result


def _ignore(share: float) -> None:
    """The progress callback when none is given."""


def _compared(documents: list[Document], measured: dict[Pair, Resemblance],
              cache: ComparisonCache, options: CompareOptions,
              step: Progress) -> dict[Pair, Comparison]:
    """The full comparison of every pair worth one, keyed ``(old, new)`` as compared."""
    wanted = [pair for pair, resemblance in measured.items() if resemblance.worth_comparing]
    compared: dict[Pair, Comparison] = {}
    for done, (first, second) in enumerate(wanted):
        old, new = documents[first], documents[second]
        if (old, new) in cache:
            compared[first, second] = cache[old, new]
        elif (new, old) in cache:
            compared[second, first] = cache[new, old]
        else:
            def part(share: float, done: int = done) -> None:
                step(_COMPARING * (done + share) / len(wanted))

            compared[first, second] = cache[old, new] = compare(old, new, options, part)
        step(_COMPARING * (done + 1) / len(wanted))
    return compared


def _verdicts(count: int, measured: dict[Pair, Resemblance], evidence: dict[Pair, PairEvidence],
              shared_quotes: dict[Pair, int]) -> dict[Pair, Verdict]:
    """Every pair judged, keyed as compared (or ``(i, j)``, ``i < j``, when not)."""
    verdicts: dict[Pair, Verdict] = {}
    for (first, second), resemblance in measured.items():
        pair = (first, second) if (first, second) in evidence or (
            second, first) not in evidence else (second, first)
        shared = Shared(resemblance.names, shared_quotes.get((first, second), 0))
        verdicts[pair] = judge(evidence.get(pair), shared)
    return verdicts


def _rank(count: int, forest: lineage.Forest) -> dict[int, int]:
    """Versions ordered for choosing a quote's reference: the original first, then by
    nearness to the root of their tree, the original's tree before others."""
    def key(version: int) -> tuple[int, int, int]:
        in_original = forest.root_of.get(version) == forest.original
        return (0 if in_original else 1, forest.depth.get(version, 0), version)

    return {version: place for place, version in enumerate(sorted(range(count), key=key))}


def _relations(names: list[str], verdicts: dict[Pair, Verdict], forest: lineage.Forest,
               matrix: tuple[tuple[float, ...], ...]) -> tuple[Relation, ...]:
    edges = {(edge.parent, edge.child) for edge in forest.edges}
    relations = []
    for pair, verdict in sorted(verdicts.items(), key=lambda item: sorted(item[0])):
        old, new = _oriented(pair, verdict, edges, forest)
        reasons = list(verdict.reasons)
        if verdict.kind.is_derivation:
            reasons += [lineage.named(r, names[pair[0]], names[pair[1]])
                        for r in verdict.direction_reasons]
            if (old, new) not in edges and forest.root_of.get(old) == forest.root_of.get(new):
                reasons.append(f"not made directly from each other: both descend from "
                               f"{names[forest.root_of[old]]}")
        relations.append(Relation(old, new, verdict.kind, reading(
            verdict.kind, names[old], names[new], tuple(reasons)), tuple(reasons),
            matrix[old][new]))
    return tuple(relations)


def _oriented(pair: Pair, verdict: Verdict, edges: set[Pair], forest: lineage.Forest) -> Pair:
    first, second = pair
    if (second, first) in edges:
        return second, first
    if (first, second) in edges or not verdict.kind.is_derivation:
        return (first, second) if pair in edges or first < second else (second, first)
    if verdict.direction == 0:
        return (first, second) if forest.depth.get(first, 0) <= forest.depth.get(
            second, 0) else (second, first)
    return (first, second) if verdict.direction > 0 else (second, first)


def _matrix(count: int, measured: dict[Pair, Resemblance], compared: dict[Pair, Comparison]
            ) -> tuple[tuple[float, ...], ...]:
    rows = [[1.0] * count for _ in range(count)]
    for (first, second), resemblance in measured.items():
        comparison = compared.get((first, second)) or compared.get((second, first))
        value = round(comparison.similarity, 4) if comparison else resemblance.estimate
        rows[first][second] = rows[second][first] = value
    return tuple(tuple(row) for row in rows)


def _unrelated(count: int, verdicts: dict[Pair, Verdict]) -> tuple[int, ...]:
    """Versions that every other version is unrelated to."""
    if count < 2:
        return ()
    related = {version for pair, verdict in verdicts.items()
               if verdict.kind is not RelationKind.UNRELATED for version in pair}
    return tuple(version for version in range(count) if version not in related)
