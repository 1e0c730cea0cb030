"""Why the engine's patterns miss or add swaps on generated spun cases: error classes.

Each swap of the gold (`spin_cases.Place`) and each content substitution the engine found
(a change, or an edit inside a moved passage) is laid over the other by their places in
NEW. A swap matched by a substitution of the same atoms is right; every other one is an
error, put in the first class that explains it:

* ``adjacent cut``: a substitution spans two or more gold swaps and is cut wrong
  ("did not mention" → "didn't point out" as did → didn't, not → point, mention → out);
* ``phrase cut``: one multi-word swap cut into pieces ("more than" → "in excess of" as
  more → in excess, than → of);
* ``expansion``: a substitution takes an unchanged neighbour word, or gives part of its swap
  to one ("during" → "in the course of" as shift → shift in, during → the course of);
* ``near a passage``: a swap swallowed by an omission, addition or move, or a substitution
  made up next to one;
* ``punctuation``: a substitution that begins or ends with a quote mark or punctuation;
* ``case only``: a substitution whose sides differ only in case, counted as content, or a
  gold swap seen only as a case change ("Corals" → "Red corals" as an addition and
  Corals → corals);
* ``category``: a gold swap found but given a formatting category (so not counted);
* ``other``: anything else.

Usage: ``python tools/spin_errors.py [--seed S] [--tables N] [--cases M] [--examples K]
[--foreign F]``
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pattern_score
import spin_cases

CLASSES = ("adjacent cut", "phrase cut", "expansion", "near a passage", "punctuation",
           "case only", "category", "other")
_PUNCTUATION = frozenset("\"'“”‘’.,;:!?()[]—–-")
_NEAR = 3  # characters: how close to a passage's edge a swap counts as next to it


@dataclass(frozen=True)
class Found:
    """A substitution the engine found, by its place in NEW (and its texts)."""

    old: str
    new: str
    new_start: int
    new_end: int
    formatting: bool

    def overlaps(self, start: int, end: int) -> bool:
        return self.new_start < end and start < self.new_end or (
            self.new_start == self.new_end and start <= self.new_start < end)


@dataclass(frozen=True)
class Error:
    """One wrong atom: missed (from the gold) or extra (from the engine)."""

    kind: str  # "missed" or "extra"
    error_class: str
    old: str
    new: str
    case: str


def _found(case: spin_cases.SpinCase) -> tuple[list[Found], list[tuple[int, int]]]:
    """The engine's substitutions, and the NEW ranges of its additions (moves' ones too)."""
    from core.compare import compare
    from core.model import ChangeKind, Document

    comparison = compare(Document("old", "", case.orig), Document("new", "", case.spun))
    found = [Found(c.old_text, c.new_text, c.new_start, c.new_end, c.category.is_formatting)
             for c in comparison.changes if c.kind is ChangeKind.SUBSTITUTION]
    found += [Found(e.old_text, e.new_text, e.new_start, e.new_end, e.category.is_formatting)
              for m in comparison.moves for e in m.substitutions]
    passages = [(c.new_start, c.new_end) for c in comparison.changes
                if c.kind is not ChangeKind.SUBSTITUTION and not c.category.is_formatting]
    passages += [(m.new_start, m.new_end) for m in comparison.moves]
    return found, passages


def _atoms(old: str, new: str) -> set[pattern_score.Atom]:
    return {atom for atom, _ in pattern_score.atoms(old, new, 1)}


def _span(place: spin_cases.Place) -> tuple[int, int]:
    return place.new_start, place.new_start + len(place.new_text)


def classify(case: spin_cases.SpinCase) -> list[Error]:
    """Every wrong atom of one case, with its class."""
    found, passages = _found(case)
    places = list(case.places)
    over = {id(f): [p for p in places if f.overlaps(*_span(p))] for f in found}
    errors: list[Error] = []
    for place in places:
        units = [f for f in found if f.overlaps(*_span(place))]
        want = _atoms(place.old_text, place.new_text)
        if any(want <= _atoms(f.old, f.new) and not f.formatting for f in units):
            continue
        error_class = _missed_class(place, units, over, passages)
        errors += [Error("missed", error_class, *atom, case.name) for atom in want]
    for unit in found:
        if unit.formatting:
            continue
        got = _atoms(unit.old, unit.new)
        wanted = set().union(*(_atoms(p.old_text, p.new_text) for p in over[id(unit)]))
        error_class = _extra_class(unit, over[id(unit)], passages)
        errors += [Error("extra", error_class, *atom, case.name) for atom in got - wanted
                   if atom[0] != atom[1]]
    return errors


def _near(start: int, end: int, passages: list[tuple[int, int]]) -> bool:
    return any(a - _NEAR <= end and start <= b + _NEAR for a, b in passages)


def _missed_class(place: spin_cases.Place, units: list[Found], over: dict[int, list[
        spin_cases.Place]], passages: list[tuple[int, int]]) -> str:
    content = [u for u in units if not u.formatting]
    if units and not content:  # found, but as formatting: a case change beside an addition?
        same_case = any(u.old.casefold() == u.new.casefold() for u in units)
        return "case only" if same_case else "category"
    if any(len(over[id(u)]) > 1 for u in content):
        return "adjacent cut"
    start, end = _span(place)
    if len(content) > 1:
        return "phrase cut"
    if content and (content[0].new_start < start or content[0].new_end > end
                    or content[0].new_end < end or content[0].new_start > start):
        return "expansion"
    if _near(start, end, passages):
        return "near a passage"
    return "other"


def _extra_class(unit: Found, places: list[spin_cases.Place],
                 passages: list[tuple[int, int]]) -> str:
    stripped = [side.strip() for side in (unit.old, unit.new)]
    if any(side and (side[0] in _PUNCTUATION or side[-1] in _PUNCTUATION) for side in stripped):
        return "punctuation"
    if unit.old.casefold() == unit.new.casefold():
        return "case only"
    if len(places) > 1:
        return "adjacent cut"
    if len(places) == 1:
        start, end = _span(places[0])
        inside = start <= unit.new_start and unit.new_end <= end
        return "phrase cut" if inside else "expansion"
    if _near(unit.new_start, unit.new_end, passages):
        return "near a passage"
    return "other"


def summary(errors: Sequence[Error], examples: int) -> str:
    """A table of classes by missed and extra atoms, with a few examples of each."""
    counts = Counter((e.error_class, e.kind) for e in errors)
    lines = [f"{'class':<16} {'missed':>6} {'extra':>6}"]
    for name in CLASSES:
        lines.append(f"{name:<16} {counts[name, 'missed']:>6} {counts[name, 'extra']:>6}")
    for name in CLASSES:
        shown = [e for e in errors if e.error_class == name][:examples]
        if shown:
            lines.append(f"-- {name}:")
            lines += [f"   {e.kind:<6} {e.old!r} -> {e.new!r}  ({e.case})" for e in shown]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--tables", type=int, default=5)
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--examples", type=int, default=8)
    parser.add_argument("--foreign", type=float, default=0.0,
                        help="share of foreign thesaurus entries (see spin_cases)")
    args = parser.parse_args(argv)
    seed = random.SystemRandom().randrange(1 << 32) if args.seed is None else args.seed
    cases = spin_cases.generate(seed, args.tables, args.cases, foreign=args.foreign)
    errors = [error for case in cases for error in classify(case)]
    print(f"seed {seed}: {len(cases)} cases, {len(errors)} wrong atoms")
    print(summary(errors, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
