"""The lineage: which version was made from which, as a forest with a root per family.

Only pairs that are derivations (copy, edited, trimmed, spun, machine-translated) can be
edges. Among them, each version is joined to the one it is most contained in: the weight of
a pair is the larger of the two shares of a version's words kept in the other (a trimmed
copy is all in its source, however much the source has besides), with the similarity as a
tie-break; the heaviest edges that close no cycle make the forest (Kruskal). Each tree is
then rooted where its edges' own direction votes agree best: every root is tried, and the
edges pointing away from it add their vote for that direction. The root of the largest tree
is the likely original; an edge whose own vote went the other way gets a low confidence.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.overview.evidence import PairEvidence
from core.overview.model import LineageEdge
from core.overview.relations import Verdict

Pair = tuple[int, int]


@dataclass(frozen=True)
class Forest:
    """The lineage edges, the original, and every version's distance from its root."""

    edges: tuple[LineageEdge, ...]
    original: int | None
    depth: Mapping[int, int]
    root_of: Mapping[int, int]


def build(names: Sequence[str], verdicts: Mapping[Pair, Verdict],
          evidence: Mapping[Pair, PairEvidence]) -> Forest:
    """The derivation forest over the versions called ``names`` from the judged pairs
    ``(i, j)`` and their evidence."""
    count = len(names)
    joined = _spanning(count, verdicts, evidence)
    trees = _components(count, joined)
    edges: list[LineageEdge] = []
    depth: dict[int, int] = {}
    root_of: dict[int, int] = {}
    best: tuple[int, float, int] | None = None
    for nodes in trees:
        root, score = _root(nodes, joined, verdicts)
        for parent, child, level in _walk(root, joined):
            depth[child] = level
            root_of[child] = root
            if parent is not None:
                edges.append(_edge(parent, child, verdicts, root, names))
        if len(nodes) > 1 and (best is None or (len(nodes), score, -root) > best):
            best = (len(nodes), score, -root)
    original = -best[2] if best is not None else None
    edges.sort(key=lambda edge: (depth[edge.child], edge.parent, edge.child))
    return Forest(tuple(edges), original, depth, root_of)


def _spanning(count: int, verdicts: Mapping[Pair, Verdict],
              evidence: Mapping[Pair, PairEvidence]) -> dict[int, set[int]]:
    def weight(pair: Pair) -> float:
        measured = evidence[pair]
        return max(measured.old.kept, measured.new.kept) + 0.1 * measured.similarity

    candidates = sorted((pair for pair, verdict in verdicts.items()
                         if verdict.kind.is_derivation and pair in evidence),
                        key=lambda pair: (-weight(pair), pair))
    parent = list(range(count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    joined: dict[int, set[int]] = {node: set() for node in range(count)}
    for first, second in candidates:
        if root(first) != root(second):
            parent[root(first)] = root(second)
            joined[first].add(second)
            joined[second].add(first)
    return joined


def _components(count: int, joined: Mapping[int, set[int]]) -> list[list[int]]:
    seen: set[int] = set()
    trees = []
    for start in range(count):
        if start not in seen:
            nodes = [node for _, node, _ in _walk(start, joined)]
            seen.update(nodes)
            trees.append(nodes)
    return trees


def _walk(root: int, joined: Mapping[int, set[int]]) -> list[tuple[int | None, int, int]]:
    """(parent, node, depth) in breadth-first order from ``root``."""
    order: list[tuple[int | None, int, int]] = [(None, root, 0)]
    queue = deque(order)
    seen = {root}
    while queue:
        _, node, level = queue.popleft()
        for other in sorted(joined[node] - seen):
            seen.add(other)
            step = (node, other, level + 1)
            order.append(step)
            queue.append(step)
    return order


def vote(verdicts: Mapping[Pair, Verdict], parent: int, child: int) -> float:
    """The pair's own vote for ``parent`` being the source of ``child`` (-1 to 1)."""
    if (parent, child) in verdicts:
        return verdicts[parent, child].direction
    return -verdicts[child, parent].direction


def _root(nodes: list[int], joined: Mapping[int, set[int]], verdicts: Mapping[Pair, Verdict]
          ) -> tuple[int, float]:
    """The node whose rooting agrees best with the edges' votes, and that agreement."""
    scored = []
    for candidate in nodes:
        score = sum(vote(verdicts, parent, child)
                    for parent, child, _ in _walk(candidate, joined) if parent is not None)
        scored.append((round(score, 6), -candidate))
    score, root = max(scored)
    return -root, score


def _edge(parent: int, child: int, verdicts: Mapping[Pair, Verdict], root: int,
          names: Sequence[str]) -> LineageEdge:
    verdict = verdicts.get((parent, child)) or verdicts[child, parent]
    own = vote(verdicts, parent, child)
    reasons = list(verdict.reasons)
    old, new = (parent, child) if (parent, child) in verdicts else (child, parent)
    for reason in verdict.direction_reasons:
        reasons.append(named(reason, names[old], names[new]))
    if own > 0:
        confidence = 0.55 + 0.4 * min(1.0, own)
    else:
        confidence = 0.5 - 0.3 * min(1.0, -own)
        reasons.append("direction from the rest of the lineage, rooted at the original"
                       if parent == root else "direction from the rest of the lineage")
    return LineageEdge(parent, child, verdict.kind, round(confidence, 2), tuple(reasons))


def named(reason: str, old: str, new: str) -> str:
    """A reason written of OLD and NEW, told with the versions' names."""
    return reason.replace("OLD", "\0").replace("NEW", new).replace("\0", old)
