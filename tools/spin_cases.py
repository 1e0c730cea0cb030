"""Spun copies of articles with exact gold: a benchmark and a test of the pattern miner.

A spinner copies an article and swaps words and phrases from its table (`spin_table`),
adjacent ones included, and now and then puts a swapped adverb before the auxiliary or
modal in front of it ("are now" → "at the moment are", as the real spun seed does); then,
as a content farm does, one sentence is dropped, one from another article is added and one
paragraph is moved. The gold has the shape of
``../shared/bench/spun/caseNN.gold.json``: ``substitutions`` ``[old, new, count]`` as they
appear in the text (a moved paragraph's swaps included, a dropped sentence's left out),
``omitted``, ``added`` and ``moved``; and, beyond that shape, ``places``: where each swap
stands in both texts, for error analysis.

The texts are articles written for the project (``tests/spin_texts``, or any folder of
``.txt`` files whose first line is a title and whose paragraphs are separated by a blank
line). Everything is drawn from seeds: a table from its own, a case from its own.

API: `load_articles`, `draw_tables`, `spin_case`, `generate`, `score_case`.
Command line::

    python tools/spin_cases.py score [--seed S] [--tables N] [--cases M] [--foreign F] [-v]
    python tools/spin_cases.py write DIR [--seed S] [--tables N] [--cases M]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pattern_score
from spin_table import MAX_PHRASE_WORDS, SwapTable, draw_table, number_rewrite

REPO_ROOT = Path(__file__).resolve().parent.parent
TEXTS = REPO_ROOT / "tests" / "spin_texts"

# Numbers first ("2-1", "8:15", "$2.9bn", "26%", "89th" are one token each, as the engine
# reads them), then words, which may hold digits ("K3") and inner apostrophes and hyphens.
_TOKEN = re.compile(r"\$?\d+(?:[-–.,:]\d+)*(?:%|[A-Za-z]+)?"
                    r"|[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*|\s+|.", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[\"“]?[A-Z0-9$])")
_ABBREVIATIONS = ("Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Prof.")


@dataclass(frozen=True)
class Article:
    """A text as paragraphs of sentences (the title and the dek are paragraphs too)."""

    name: str
    paragraphs: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Place:
    """One swap the spinner made: where it stands in the original and in the spun text."""

    old_text: str
    new_text: str
    old_start: int
    new_start: int


@dataclass(frozen=True)
class SpinCase:
    """An original, its spun copy and the gold (see the module's docstring)."""

    name: str
    orig: str
    spun: str
    substitutions: tuple[tuple[str, str, int], ...]
    omitted: tuple[str, ...]
    added: tuple[str, ...]
    moved: tuple[str, ...]
    places: tuple[Place, ...] = field(default=())

    def gold(self) -> dict[str, object]:
        """The gold as JSON-ready data, in the bench's shape (plus ``places``)."""
        return {
            "source": self.name,
            "substitutions": [list(s) for s in self.substitutions],
            "omitted": list(self.omitted), "added": list(self.added), "moved": list(self.moved),
            "places": [[p.old_text, p.new_text, p.old_start, p.new_start] for p in self.places],
        }


# --- reading articles ----------------------------------------------------------------------


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """A paragraph's sentences (a closing quote stays with its sentence)."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.start() + len(match.group().rstrip())
        if paragraph[start:end].endswith(_ABBREVIATIONS):
            continue
        pieces.append(paragraph[start:end])
        start = match.end()
    pieces.append(paragraph[start:])
    return tuple(piece for piece in pieces if piece)


def load_articles(folder: Path = TEXTS) -> list[Article]:
    """Every ``*.txt`` article in ``folder``, by name."""
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
        articles.append(Article(path.stem, tuple(split_sentences(p) for p in paragraphs)))
    return articles


def vocabulary(articles: Sequence[Article]) -> set[str]:
    """The folded words of all ``articles``: what a table is drawn over."""
    return {token.lower().replace("’", "'") for article in articles
            for paragraph in article.paragraphs for sentence in paragraph
            for token in _TOKEN.findall(sentence) if token[0].isalpha()}


def draw_tables(seed: int, count: int, articles: Sequence[Article], foreign: float = 0.0
                ) -> list[SwapTable]:
    """``count`` independent tables, their seeds drawn from ``seed`` (``foreign``: see
    `spin_table.draw_table`)."""
    from core.lexicon.thesaurus import default_thesaurus

    seeds = random.Random(seed)
    words = vocabulary(articles)
    return [draw_table(seeds.randrange(1 << 32), words, default_thesaurus(), foreign)
            for _ in range(count)]


# --- spinning ------------------------------------------------------------------------------

# (original text, spun text, a swap?), and for a swap moved across the word before it, the
# swap itself: ("are now", "at the moment are", True, ("now", "at the moment")).
Segment = tuple[str, str, bool] | tuple[str, str, bool, tuple[str, str]]
# The chance that a swapped adverb moves across the word before it, as a spinner's rules
# for adverbs may do ("are now being" → "at the moment are being").
MOVE_RATE = 0.3


def spin_sentence(sentence: str, table: SwapTable, rng: random.Random) -> list[Segment]:
    """The sentence as segments, with the table's swaps made (adjacent ones too)."""
    tokens = _TOKEN.findall(sentence)
    segments: list[Segment] = []
    i = 0
    first_word = next((k for k, t in enumerate(tokens) if t[0].isalnum() or t[0] == "$"), 0)
    while i < len(tokens):
        found = _swap_at(tokens, i, i == first_word, table)
        if found is not None and rng.random() < table.rate:
            end, options = found
            old = "".join(tokens[i:end])
            segments.append((old, _cased(rng.choice(options), old), True))
            i = end
        else:
            segments.append((tokens[i], tokens[i], False))
            i += 1
    return segments


def moved_adverbs(segments: list[Segment], rng: random.Random,
                  is_adverb: Callable[[str], bool]) -> list[Segment]:
    """``segments`` with some swapped adverbs moved before the unswapped auxiliary or modal
    in front of them ("are now" → "at the moment are", "will also" → "as well will"), each
    with chance MOVE_RATE drawn from ``rng``; never before a capitalised word."""
    from core.lexicon.function_words import function_tag, is_function_word

    moved: list[Segment] = []
    for segment in segments:
        old, new, swapped = segment[:3]
        if (swapped and len(segment) == 3 and " " not in old and old.islower()
                and len(moved) >= 2 and moved[-1][:3] == (" ", " ", False)
                and not moved[-2][2] and moved[-2][0].islower()
                and function_tag(moved[-2][0]) in ("AUX", "MD") and moved[-2][0] != "not"
                and not is_function_word(old) and is_adverb(old)
                and rng.random() < MOVE_RATE):
            word = moved[-2][0]
            del moved[-2:]
            moved.append((f"{word} {old}", f"{new} {word}", True, (old, new)))
        else:
            moved.append(segment)
    return moved


def _swap_at(tokens: list[str], i: int, initial: bool, table: SwapTable
             ) -> tuple[int, tuple[str, ...]] | None:
    """The longest phrase starting at token ``i`` that the table swaps: (end, options)."""
    if not (tokens[i][0].isalnum() or tokens[i][0] == "$"):
        return None
    ends = [i + 1]
    while len(ends) < MAX_PHRASE_WORDS and ends[-1] + 1 < len(tokens) \
            and tokens[ends[-1]] == " " and tokens[ends[-1] + 1][0].isalnum():
        ends.append(ends[-1] + 2)
    for end in reversed(ends):
        text = "".join(tokens[i:end])
        number = number_rewrite(text, table.numbers)
        if number is not None:
            return end, (number,)
        if text[0].isupper() and not initial and not text.startswith(("I ", "I'")) \
                and text != "I":
            continue  # a name in mid-sentence: no spinner's table holds it
        options = table.replacements(text.lower().replace("’", "'"))
        if options:
            return end, options
    return None


def _cased(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


# --- one case ------------------------------------------------------------------------------


def spin_case(article: Article, foreign: Article, table: SwapTable, seed: int) -> SpinCase:
    """``article`` spun with ``table``, a sentence dropped, one of ``foreign`` added and a
    paragraph moved, all drawn with ``random.Random(seed)``."""
    rng = random.Random(seed)
    spun = [[spin_sentence(s, table, rng) for s in paragraph] for paragraph in article.paragraphs]
    mover = random.Random(seed ^ 0xAD7E2B)  # its own stream: the swaps stay as they were
    spun = [[moved_adverbs(s, mover, _is_adverb) for s in paragraph] for paragraph in spun]
    original = [list(paragraph) for paragraph in spun]  # the same segments, read as OLD
    body = list(range(2, len(spun)))  # after the title and the dek
    p_drop = rng.choice([p for p in body if len(spun[p]) > 1] or body)
    s_drop = rng.randrange(len(spun[p_drop]))
    omitted = article.paragraphs[p_drop][s_drop]
    del spun[p_drop][s_drop]
    order = list(range(len(spun)))
    p_move = rng.choice(body)
    order.remove(p_move)
    targets = [k for k in range(2, len(order) + 1) if abs(k - p_move) > 1] or [len(order)]
    order.insert(rng.choice(targets), p_move)
    p_add = rng.choice([p for p in body if p != p_move])
    added = rng.choice([s for paragraph in foreign.paragraphs[2:] for s in paragraph])
    spun[p_add].insert(rng.randrange(len(spun[p_add]) + 1), [(added, added, False)])
    orig_text, old_at = _joined(original, spun_side=False)
    spun_text, new_at = _joined([spun[p] for p in order], spun_side=True)
    places = tuple(sorted((Place(*new_at[key][:2], old_at[key][2], new_at[key][2])
                           for key in new_at), key=lambda place: place.new_start))
    counts = Counter((p.old_text, p.new_text) for p in places)
    return SpinCase(f"{article.name}@{table.seed}.{seed}", orig_text, spun_text,
                    tuple(sorted((old, new, n) for (old, new), n in counts.items())),
                    (omitted,), (added,), (" ".join(article.paragraphs[p_move]),), places)


def _is_adverb(word: str) -> bool:
    """True for a word WordNet has as an adverb and as no verb or adjective ("now",
    "often"; not "back", "still")."""
    from core.lexicon.thesaurus import default_thesaurus

    parts = default_thesaurus().parts_of_speech(word)
    return "r" in parts and not ("v" in parts or "a" in parts)


def _joined(paragraphs: list[list[list[Segment]]], spun_side: bool
            ) -> tuple[str, dict[int, tuple[str, str, int]]]:
    """The text of one side and, for each swap in it, (old, new, offset), keyed by the
    swap's identity (the same segment object on both sides)."""
    parts: list[str] = []
    swaps: dict[int, tuple[str, str, int]] = {}
    at = 0
    for p, paragraph in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            at += 2
        for s, sentence in enumerate(paragraph):
            if s:
                parts.append(" ")
                at += 1
            for segment in sentence:
                old, new, swapped = segment[:3]
                text = new if spun_side else old
                if swapped:
                    swap = segment[3] if len(segment) > 3 else (old, new)  # type: ignore[misc]
                    # a moved swap stands after the word it crossed in OLD, before it in NEW
                    offset = text.find(swap[1]) if spun_side else text.rfind(swap[0])
                    swaps[id(segment)] = (*swap, at + offset)
                parts.append(text)
                at += len(text)
    return "".join(parts) + "\n", swaps


def generate(seed: int, tables: int, cases: int, articles: Sequence[Article] | None = None,
             foreign: float = 0.0) -> list[SpinCase]:
    """``cases`` cases for each of ``tables`` independent tables, all drawn from ``seed``;
    ``foreign``: the share of thesaurus entries given words the thesaurus does not relate."""
    articles = list(articles or load_articles())
    found = []
    rng = random.Random(seed ^ 0x5EED)
    for table in draw_tables(seed, tables, articles, foreign):
        for _ in range(cases):
            article, foreign = rng.sample(articles, 2)
            found.append(spin_case(article, foreign, table, rng.randrange(1 << 32)))
    return found


def score_case(case: SpinCase) -> pattern_score.Score:
    """Compare the case's texts with the engine and score its patterns against the gold."""
    from core.compare import compare
    from core.model import Document

    comparison = compare(Document(f"{case.name}.orig.txt", "", case.orig),
                         Document(f"{case.name}.spun.txt", "", case.spun))
    predicted = [(p.old, p.new, p.count) for p in comparison.patterns
                 if p.category.value not in pattern_score.FORMATTING]
    return pattern_score.score(case.substitutions, predicted)


# --- command line --------------------------------------------------------------------------


def _report(cases: list[SpinCase], tables: int, verbose: bool) -> float:
    scores = [score_case(case) for case in cases]
    per_table = len(cases) // tables if tables else 0
    for t in range(tables):
        chunk = scores[t * per_table:(t + 1) * per_table]
        print(f"table {t + 1}: mean F1 {pattern_score.mean_f1(chunk):.3f} over {len(chunk)}")
    if verbose:
        for case, result in zip(cases, scores, strict=True):
            if result.f1 < 1.0:
                print(f"{case.name}: F1 {result.f1:.3f}  missed {list(result.missed)}  "
                      f"extra {list(result.extra)}")
    mean = pattern_score.mean_f1(scores)
    print(f"mean pattern F1 {mean:.3f} over {len(cases)} cases from {tables} tables")
    return mean


def _write(cases: list[SpinCase], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, case in enumerate(cases):
        stem = folder / f"case{number:03d}"
        stem.with_suffix(".orig.txt").write_text(case.orig, encoding="utf-8")
        stem.with_suffix(".spun.txt").write_text(case.spun, encoding="utf-8")
        stem.with_suffix(".gold.json").write_text(
            json.dumps(case.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {folder}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("score", "write"))
    parser.add_argument("folder", nargs="?", type=Path, help="where `write` puts the cases")
    parser.add_argument("--seed", type=int, default=None, help="default: a fresh one")
    parser.add_argument("--tables", type=int, default=5)
    parser.add_argument("--cases", type=int, default=40, help="cases per table")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of articles")
    parser.add_argument("--foreign", type=float, default=0.0,
                        help="share of thesaurus entries swapped for words WordNet does not "
                             "relate (a spinner with another thesaurus); default 0")
    parser.add_argument("-v", "--verbose", action="store_true", help="list imperfect cases")
    args = parser.parse_args(argv)
    seed = random.SystemRandom().randrange(1 << 32) if args.seed is None else args.seed
    print(f"seed {seed}")
    cases = generate(seed, args.tables, args.cases, load_articles(args.texts), args.foreign)
    if args.action == "write":
        if args.folder is None:
            parser.error("write needs a folder")
        _write(cases, args.folder)
        return 0
    _report(cases, args.tables, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
