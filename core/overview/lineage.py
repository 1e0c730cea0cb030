"""The lineage: which version was made from which, as a forest with a root per family.

Only pairs that are derivations (copy, edited, trimmed, spun, machine-translated) can be
edges, in either direction. An edge from a source to a copy costs the editing it takes
(`PairEvidence.cost`: each swap, move, cut or insertion, cuts cheap and insertions dear per
word, since writing is more work than cutting), less its own direction vote (the clues of
`core.overview.relations`: content-farm markers, the commoner wording, typographic quotes
kept, paragraphs kept) weighed as ``VOTE_WEIGHT`` edits, and less ``AGREEMENT_WEIGHT`` edits
for each place where the copy has this source's words and not those of a close version of
it (`core.overview.agreement`: a spun copy of the original keeps the figure that an edited
copy changed). The forest is the cheapest set of
edges giving every version at most one source (a minimum arborescence, Chu-Liu/Edmonds,
from a virtual root whose edges cost more than any real one, so each family gets exactly
one root). So a trimmed copy of an edited copy hangs from the edited one, whose edits it
shares, and a spun copy from the version whose paragraphs it has. The root of the largest
family is the likely original; an edge whose own vote went the other way gets a low
confidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.model import RelationKind
from core.overview.evidence import PairEvidence
from core.overview.model import LineageEdge
from core.overview.relations import Verdict

Pair = tuple[int, int]
Edge = tuple[int, int, float]  # source, copy, cost
VOTE_WEIGHT = 20.0
# A place where a copy has one close version's words rather than the other's, in edits.
AGREEMENT_WEIGHT = 3.0


@dataclass(frozen=True)
class Forest:
    """The lineage edges, the original, and every version's depth in its family."""

    edges: tuple[LineageEdge, ...]
    original: int | None
    depth: Mapping[int, int]
    root_of: Mapping[int, int]


def build(names: Sequence[str], verdicts: Mapping[Pair, Verdict],
          evidence: Mapping[Pair, PairEvidence],
          agreements: Mapping[Pair, int] | None = None) -> Forest:
    """The derivation forest over the versions called ``names`` from the judged pairs
    ``(i, j)``, their evidence, and the places where a copy sides with a source against a
    close version (`core.overview.agreement`)."""
    count = len(names)
    sided = agreements or {}
    costs = [(source, copy, cost - AGREEMENT_WEIGHT * sided.get((source, copy), 0))
             for source, copy, cost in _costs(verdicts, evidence)]
    virtual = count
    ceiling = 1.0 + sum(abs(cost) for _, _, cost in costs)
    edges = costs + [(virtual, node, ceiling) for node in range(count)]
    chosen = arborescence(list(range(count + 1)), virtual, edges)
    parent = {child: edges[index][0] for child, index in chosen.items()}
    root_of, depth = _families(count, parent, virtual)
    sizes: dict[int, int] = {}
    for root in root_of.values():
        sizes[root] = sizes.get(root, 0) + 1
    families = [root for root, size in sizes.items() if size > 1]
    original = min(families, key=lambda root: (-sizes[root], root)) if families else None
    lineage = [_edge(source, child, verdicts, names, sided.get((source, child), 0))
               for child, source in parent.items() if source != virtual]
    lineage.sort(key=lambda edge: (depth[edge.child], edge.parent, edge.child))
    return Forest(tuple(lineage), original, depth, root_of)


def _costs(verdicts: Mapping[Pair, Verdict], evidence: Mapping[Pair, PairEvidence]
           ) -> list[Edge]:
    """Both directions of every derivation pair, with their costs."""
    edges: list[Edge] = []
    for (old, new), verdict in sorted(verdicts.items()):
        if not verdict.kind.is_derivation or (old, new) not in evidence:
            continue
        measured = evidence[old, new]
        # an editor adds as readily as he cuts: only a trimming makes cuts the cheaper edit
        cheap = verdict.kind is not RelationKind.EDITED
        edges.append((old, new, measured.cost(True, cheap) - VOTE_WEIGHT * verdict.direction))
        edges.append((new, old, measured.cost(False, cheap) + VOTE_WEIGHT * verdict.direction))
    return edges


def arborescence(nodes: list[int], root: int, edges: Sequence[Edge]) -> dict[int, int]:
    """The cheapest edges giving each node but ``root`` one incoming edge, with no cycle
    (Chu-Liu/Edmonds): node → index into ``edges``. Every node must be reachable."""
    best: dict[int, int] = {}
    for index, (source, target, cost) in enumerate(edges):
        if target != root and source != target and (
                target not in best or cost < edges[best[target]][2]):
            best[target] = index
    cycle = _cycle(best, edges)
    if not cycle:
        return best
    merged = max(nodes) + 1
    contracted: list[Edge] = []
    origin: list[int] = []
    for index, (source, target, cost) in enumerate(edges):
        if source in cycle and target in cycle:
            continue
        if target in cycle:  # entering the cycle replaces the cycle's edge into ``target``
            contracted.append((source, merged, cost - edges[best[target]][2]))
        else:
            contracted.append((merged if source in cycle else source, target, cost))
        origin.append(index)
    inner = arborescence([n for n in nodes if n not in cycle] + [merged], root, contracted)
    chosen = {node: best[node] for node in cycle}
    for index in inner.values():
        original = origin[index]
        chosen[edges[original][1]] = original  # the edge into the cycle breaks it there
    return chosen


def _cycle(best: Mapping[int, int], edges: Sequence[Edge]) -> set[int]:
    """The nodes of a cycle among the chosen incoming edges, if there is one."""
    for start in best:
        path: list[int] = []
        node: int | None = start
        while node is not None and node in best and node not in path:
            path.append(node)
            node = edges[best[node]][0]
        if node is not None and node in path:
            return set(path[path.index(node):])
    return set()


def _families(count: int, parent: Mapping[int, int], virtual: int
              ) -> tuple[dict[int, int], dict[int, int]]:
    """Each version's root and depth, following the sources up."""
    root_of: dict[int, int] = {}
    depth: dict[int, int] = {}
    for node in range(count):
        steps, current = 0, node
        while parent.get(current, virtual) != virtual:
            current = parent[current]
            steps += 1
        root_of[node], depth[node] = current, steps
    return root_of, depth


def vote(verdicts: Mapping[Pair, Verdict], parent: int, child: int) -> float:
    """The pair's own vote for ``parent`` being the source of ``child`` (-1 to 1)."""
    if (parent, child) in verdicts:
        return verdicts[parent, child].direction
    return -verdicts[child, parent].direction


def _edge(parent: int, child: int, verdicts: Mapping[Pair, Verdict], names: Sequence[str],
          sided: int) -> LineageEdge:
    verdict = verdicts.get((parent, child)) or verdicts[child, parent]
    own = vote(verdicts, parent, child)
    old, new = (parent, child) if (parent, child) in verdicts else (child, parent)
    reasons = list(verdict.reasons)
    reasons += [named(reason, names[old], names[new]) for reason in verdict.direction_reasons]
    if sided:
        reasons.append(f"{names[child]} has the words of {names[parent]} at {sided} "
                       f"place{'s' if sided > 1 else ''} where a close version differs")
    if own > 0:
        confidence = 0.55 + 0.4 * min(1.0, own)
    else:
        confidence = 0.5 - 0.3 * min(1.0, -own)
        reasons.append("direction from the rest of the lineage (the edits it takes)")
    return LineageEdge(parent, child, verdict.kind, round(confidence, 2), tuple(reasons))


def named(reason: str, old: str, new: str) -> str:
    """A reason written of OLD and NEW, told with the versions' names."""
    return reason.replace("OLD", "\0").replace("NEW", new).replace("\0", old)
