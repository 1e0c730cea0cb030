"""Families of versions, with their gold, for measuring the overview (``core.overview``).

A family is made from two of the project's own articles (``tests/overview_texts``, written
for it): an original; a spun copy of it (word-by-word dictionary swaps drawn from the
thesaurus with the family's seed, each word swapped the same way every time, sometimes with a
content farm's "[ad_1]" markers and the headline dropped); an edited copy (one word inside a
quotation, one figure and one name changed, one sentence added); a trimmed and reordered
copy of the edited one (paragraphs dropped, one moved); and an unrelated article. Files get
random names, so nothing can be read from them.

``python tools/overview_families.py [--families N] [--seed S] [--write DIR]`` builds N
families from fresh random seeds (or from S on), runs the overview on each and prints the
share of families in which each gold point was found: the lineage edges, the original, the
unrelated version, the altered quote, the changed figure and the changed name.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TEXTS = REPO_ROOT / "tests" / "overview_texts"
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from core.lexicon.thesaurus import default_thesaurus
from core.model import Document
from core.overview.build import overview
from core.overview.model import Overview

SPIN_SHARE = 0.45  # of the words the thesaurus can swap, the share a spinner swaps
_WORD = re.compile(r"[A-Za-z][a-z]+")
_QUOTE = re.compile(r"“([^”]{20,}?)”")
_FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?= (?:million|billion|percent|homes|pilots|farms"
                     r"|feet|miles|people|fans|jobs|acres|times|inches)\b)")
_NAME = re.compile(r"(?<=[a-z,] )(?:Mr\. |Ms\. |Dr\. )?([A-Z][a-z]{3,})(?= said\b)|"
                   r"(?<= )([A-Z][a-z]{3,}) (?:[A-Z][a-z]+)(?=, (?:who|the|an|a) )")
_ADDED = (
    "A spokesperson said further details would be released later in the week.",
    "The decision can still be challenged in court, several lawyers noted.",
    "Officials have promised to hold another public meeting before the end of the month.",
    "Local newspapers had reported on the dispute for several months before the announcement.",
)
_NAMES = ("Morales", "Lindqvist", "Haddad", "Petrovic", "Nakamura", "Obi", "Kowalski")


@dataclass(frozen=True)
class Family:
    """The versions of one family by file name, and what the overview should find."""

    files: dict[str, str]
    original: str
    spun: str
    edited: str
    trimmed: str
    unrelated: str
    quote_word: tuple[str, str]
    figure: tuple[str, str]
    name: tuple[str, str]

    @property
    def edges(self) -> set[tuple[str, str, str]]:
        return {(self.original, self.spun, "spun"), (self.original, self.edited, "edited"),
                (self.edited, self.trimmed, "trimmed")}


def texts() -> list[Path]:
    return sorted(TEXTS.glob("*.txt"))


def family(seed: int) -> Family:
    """The family drawn with ``seed``: which articles, which swaps, which edits."""
    rng = random.Random(seed)
    original_path, unrelated_path = rng.sample(texts(), 2)
    original = original_path.read_text(encoding="utf-8")
    edited, quote_word, figure, name = _edit(original, rng)
    versions = {"original": original, "spun": spin(original, rng), "edited": edited,
                "trimmed": _trim(edited, (quote_word[1], figure[1], name[1]), rng),
                "unrelated": unrelated_path.read_text(encoding="utf-8")}
    names = {role: f"{rng.getrandbits(48):012x}.txt" for role in versions}
    return Family({names[role]: text for role, text in versions.items()}, names["original"],
                  names["spun"], names["edited"], names["trimmed"], names["unrelated"],
                  quote_word, figure, name)


def spin(text: str, rng: random.Random) -> str:
    """``text`` through an article spinner: dictionary synonyms, one per word, each time."""
    thesaurus = default_thesaurus()
    chosen: dict[str, str | None] = {}

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word[0].isupper() and match.start() and text[match.start() - 2] not in ".\n":
            return word  # a name
        key = word.lower()
        if key not in chosen:
            options = sorted(s for s in thesaurus.synonyms(key)
                             if s.isascii() and s.replace(" ", "").isalpha() and s != key)
            good = key in thesaurus.base_forms(key) and options and rng.random() < SPIN_SHARE
            chosen[key] = rng.choice(options) if good else None
        new = chosen[key]
        if new is None:
            return word
        return new[0].upper() + new[1:] if word[0].isupper() else new

    spun = _WORD.sub(swap, text)
    if rng.random() < 0.5:  # a content farm's markers, and the headline dropped
        spun = "[ad_1]\n" + spun.split("\n", 1)[1].lstrip("\n") + "\n[ad_2]\nSource link\n"
    return spun


def _edit(text: str, rng: random.Random) -> tuple[str, tuple[str, str], tuple[str, str],
                                                  tuple[str, str]]:
    """One word of a quotation, one figure and one name changed; a sentence added."""
    quotes = list(_QUOTE.finditer(text))
    quote = rng.choice(quotes)
    words = [m for m in _WORD.finditer(quote.group(1)) if len(m.group()) >= 5]
    word = rng.choice(words)
    synonyms = sorted(s for s in default_thesaurus().synonyms(word.group().lower())
                      if s.isalpha() and s.isascii())
    replacement = rng.choice(synonyms) if synonyms else word.group() + "s"
    at = quote.start(1) + word.start()
    text = text[:at] + replacement + text[at + len(word.group()):]
    figures = [m for m in _FIGURE.finditer(text) if not _inside(m.start(), _QUOTE, text)]
    figure = rng.choice(figures)
    new_figure = _other_figure(figure.group(), rng)
    text = text[:figure.start()] + new_figure + text[figure.end():]
    names = [m for m in _NAME.finditer(text) if not _inside(m.start(), _QUOTE, text)]
    found = rng.choice(names)
    group = 1 if found.group(1) else 2
    new_name = rng.choice([n for n in _NAMES if n != found.group(group)])
    text = text[:found.start(group)] + new_name + text[found.end(group):]
    paragraphs = text.split("\n\n")
    where = rng.randrange(3, len(paragraphs))
    paragraphs[where] = paragraphs[where] + " " + rng.choice(_ADDED)
    return ("\n\n".join(paragraphs), (word.group(), replacement),
            (figure.group(), new_figure), (found.group(group), new_name))


def _inside(position: int, pattern: re.Pattern[str], text: str) -> bool:
    return any(m.start() <= position < m.end() for m in pattern.finditer(text))


def _other_figure(figure: str, rng: random.Random) -> str:
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", figure)
    assert digits is not None
    number = float(digits.group().replace(",", ""))
    changed = number + max(1.0, round(number * rng.uniform(0.05, 0.2)))
    shown = f"{changed:.1f}" if "." in digits.group() else f"{int(changed):,}"
    return figure[:digits.start()] + shown + figure[digits.end():]


def _trim(text: str, keep: tuple[str, ...], rng: random.Random) -> str:
    """Two or three paragraphs without the edits dropped, and one moved elsewhere."""
    paragraphs = text.split("\n\n")
    droppable = [i for i, p in enumerate(paragraphs[3:], start=3)
                 if not any(word in p for word in keep)]
    dropped = set(rng.sample(droppable, min(len(droppable), rng.randint(2, 3))))
    kept = [p for i, p in enumerate(paragraphs) if i not in dropped]
    moved = kept.pop(rng.randrange(3, len(kept)))
    kept.insert(rng.randrange(3, len(kept)), moved)
    return "\n\n".join(kept)


def run(gold: Family) -> Overview:
    """The overview of ``gold``'s versions, in the order of their random names."""
    names = sorted(gold.files)
    return overview([Document(name, gold.files[name].split("\n", 1)[0], gold.files[name])
                     for name in names])


def found(gold: Family, result: Overview) -> dict[str, bool]:
    """Which gold points ``result`` found."""
    names = [version.document.path for version in result.versions]
    edges = {(names[e.parent], names[e.child], e.kind.value) for e in result.lineage}
    edited = names.index(gold.edited)
    return {
        "lineage edges": gold.edges <= edges,
        "original": result.original is not None and names[result.original] == gold.original,
        "unrelated": [names[i] for i in result.unrelated] == [gold.unrelated],
        "altered quote": any(
            o.version == edited and o.quoted and o.altered and any(
                gold.quote_word[0] in c.old_text and gold.quote_word[1] in c.new_text
                for c in o.changes)
            for group in result.quotes for o in group.occurrences),
        "changed figure": _fact(result, names, (gold.original, gold.edited), gold.figure),
        "changed name": _fact(result, names, (gold.original, gold.edited), gold.name),
    }


def _fact(result: Overview, names: list[str], versions: tuple[str, str],
          values: tuple[str, str]) -> bool:
    for group in result.facts:
        texts = {(names[v.version], v.text) for v in group.values}
        if all(any(name == version and value in text for name, text in texts)
               for version, value in zip(versions, values, strict=True)):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, default=40)
    parser.add_argument("--seed", type=int, help="first seed (default: fresh random ones)")
    parser.add_argument("--write", type=Path, help="also write each family into DIR/SEED/")
    arguments = parser.parse_args(argv)
    start = arguments.seed if arguments.seed is not None else random.SystemRandom().getrandbits(32)
    totals: dict[str, int] = {}
    for seed in range(start, start + arguments.families):
        gold = family(seed)
        points = found(gold, run(gold))
        for point, ok in points.items():
            totals[point] = totals.get(point, 0) + ok
        if not all(points.values()):
            print(f"seed {seed}: missed {', '.join(p for p, ok in points.items() if not ok)}")
        if arguments.write is not None:
            folder = arguments.write / str(seed)
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in gold.files.items():
                (folder / name).write_text(text, encoding="utf-8")
    print(f"{arguments.families} families from seed {start}:")
    for point, count in totals.items():
        share = count / arguments.families
        print(f"  {point:15} {share:6.1%} {'ok' if share >= 0.95 else 'BELOW 95%'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
