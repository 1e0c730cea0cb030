"""Build ``resources/thesaurus.bin``, Palimpsest's English thesaurus, from WordNet 3.0.

Only this script needs WordNet itself: install Debian's ``wordnet-base`` package (it puts the
database in /usr/share/wordnet) and run ``python3 tools/build_thesaurus.py``. The result is
committed, so running the application or its tests needs neither WordNet nor a download.
Standard library only (and ``core.lexicon.thesaurus_file``, which is too); the WordNet files
are parsed here following wndb(5). ``--check`` builds the text and compares it with the one
in the shipped file, without writing anything; ``--text FILE`` also writes the text.

What the resource keeps of WordNet:

* every synset, as its lemmas (lower case, underscores turned into spaces, adjective markers
  such as ``(a)`` dropped); synsets whose lemma lists become identical are merged, and a synset
  is written only when it has two lemmas or more, or a link;
* "synonym" links between synsets, read as near-synonymy by ``core.lexicon.thesaurus``: adjective
  "similar to" (``&``: "significant, important" ~ "momentous") and "also see" (``^``:
  "prepared" ~ "ready"), and verb groups (``$``: "visit, see" ~ "see"). Verbs' "also see"
  pointers are left out: they join a verb to its own phrasal verbs ("turn" ~ "turn off");
* "related" links, a weaker tier: a noun or verb synset and its direct hypernym (not an
  instance hypernym, so "China" is not linked to "Asian country"), kept only when the
  hypernym is specific, i.e. has at most ``HYPERNYM_MAX_HYPONYMS`` hyponyms. This gives
  "support, back up" ~ "help, assist, aid" and "security" ~ "safety" while a broad hypernym
  such as "person" or "change" links nothing;
* every WordNet lemma with its parts of speech, and the synsets that hold it;
* the four exception lists (``noun.exc`` …) for irregular inflections, plus a few closed-class
  words so that suffix rules cannot misread them ("does" is not a plural of "doe").

Text format (UTF-8; the same input gives the same text, and the same text the same file):
comment lines starting with ``#`` (source, licence, this description), then three sections,
each introduced by a line of its own and sorted:

``%synsets``
    one synset per line, its number being its position (0-based): lemmas separated by tabs,
    then optionally a field ``&n n …`` (synonym links) and a field ``@n n …`` (related links).
``%lemmas``
    ``lemma<TAB>field<TAB>…`` with a field per part of speech of the lemma: its letter
    (``n``, ``v``, ``a`` or ``r``) followed by the numbers of its synsets separated by spaces.
``%exceptions``
    ``inflected form<TAB>part of speech<TAB>base form<TAB>…``; a line ``word<TAB>*`` marks a
    closed-class word, which the suffix rules must leave alone.

The file holds that text cut into blocks of lines, each zlib-compressed on its own, behind a
directory of the blocks (``core.lexicon.thesaurus_file``): the application reads only the
blocks its look-ups reach, instead of decompressing the whole text at every start.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.lexicon.thesaurus_file import ThesaurusFile, encode

DEFAULT_WORDNET = Path("/usr/share/wordnet")
DEFAULT_OUTPUT = ROOT / "resources" / "thesaurus.bin"
LICENCE_OUTPUT = ROOT / "resources" / "WORDNET-LICENSE"

FORMAT = "palimpsest-thesaurus 1"
# A hypernym is a "related" word of its hyponyms only when it has at most this many hyponyms.
HYPERNYM_MAX_HYPONYMS = 15
# Data and exception files, and the part-of-speech letter used for them in the resource.
PARTS_OF_SPEECH = (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r"))
# ss_type and pointer pos letters → resource letters (adjective satellites are adjectives).
POS_LETTER = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}
# Closed-class words that suffix rules would misread ("its" is not "it" + "-s"): they get no
# regular analysis, only what the exception lists say (WordNet's "is be", "was be", "has have").
CLOSED_CLASS = (
    "as", "does", "has", "hers", "his", "is", "its", "ours", "perhaps", "theirs", "this",
    "thus", "unless", "us", "was", "whereas", "yes", "yours",
)
# Irregular forms that WordNet leaves to its rules, for the closed-class words above.
EXTRA_EXCEPTIONS = (("does", "v", "do"),)

_MARKER = re.compile(r"\([a-z]+\)$")


@dataclass
class Synset:
    """One WordNet synset as read from a data file."""

    pos: str
    lemmas: tuple[str, ...]
    # (pointer symbol, target synset key, source/target field) for every pointer.
    pointers: list[tuple[str, str, str]] = field(default_factory=list)


def normalise_lemma(word: str) -> str:
    """A data-file word as the resource spells it: no marker, spaces, lower case."""
    return _MARKER.sub("", word).replace("_", " ").lower()


def synset_key(pos_letter: str, offset: str) -> str:
    """A key unique across the four data files: resource part of speech plus offset."""
    return POS_LETTER[pos_letter] + offset


def read_licence(wordnet: Path) -> list[str]:
    """The licence text at the head of every data file, without its line numbers."""
    lines: list[str] = []
    with open(wordnet / "data.noun", encoding="ascii") as handle:
        for line in handle:
            if not line.startswith("  "):
                break
            number, _, text = line.strip("\n").lstrip().partition(" ")
            if not number.isdigit():
                raise ValueError(f"unexpected licence line: {line!r}")
            lines.append(text.rstrip())
    if not any("WordNet 3.0 Copyright" in line for line in lines):
        raise ValueError("data.noun does not start with the WordNet 3.0 licence")
    return lines


def parse_data_file(path: Path, pos: str) -> dict[str, Synset]:
    """Every synset of one ``data.*`` file (wndb(5)), keyed by ``synset_key``."""
    synsets: dict[str, Synset] = {}
    with open(path, encoding="ascii") as handle:
        for line in handle:
            if line.startswith("  "):  # licence header
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, _lex_filenum, ss_type = fields[0], fields[1], fields[2]
            if POS_LETTER[ss_type] != pos:
                raise ValueError(f"{path}: synset {offset} has type {ss_type}")
            word_count = int(fields[3], 16)
            words = [normalise_lemma(fields[4 + 2 * i]) for i in range(word_count)]
            index = 4 + 2 * word_count
            pointer_count = int(fields[index])
            index += 1
            pointers = []
            for _ in range(pointer_count):
                symbol, target, target_pos, source_target = fields[index:index + 4]
                pointers.append((symbol, synset_key(target_pos, target), source_target))
                index += 4
            # Lower-casing can make two words equal ("Mass", "mass"): keep the first.
            lemmas = tuple(dict.fromkeys(words))
            synsets[synset_key(pos, offset)] = Synset(pos, lemmas, pointers)
    return synsets


def parse_exceptions(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The lines of one ``*.exc`` file: inflected form and its base forms."""
    entries = []
    with open(path, encoding="ascii") as handle:
        for line in handle:
            words = [normalise_lemma(word) for word in line.split()]
            if len(words) >= 2:
                entries.append((words[0], tuple(dict.fromkeys(words[1:]))))
    return entries


def links(synsets: dict[str, Synset]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Synonym and related links between synset keys, each as an ordered pair (both ways)."""
    hyponym_count: dict[str, int] = defaultdict(int)
    for synset in synsets.values():
        for symbol, target, _ in synset.pointers:
            if symbol == "@":
                hyponym_count[target] += 1
    synonym: set[tuple[str, str]] = set()
    related: set[tuple[str, str]] = set()
    for key, synset in synsets.items():
        for symbol, target, source_target in synset.pointers:
            semantic = source_target == "0000"
            if (
                (symbol == "&" and synset.pos == "a")
                or (symbol == "^" and synset.pos == "a" and semantic)
                or (symbol == "$" and synset.pos == "v" and semantic)
            ):
                synonym.update(((key, target), (target, key)))
            elif (
                symbol == "@"
                and synset.pos in "nv"
                and hyponym_count[target] <= HYPERNYM_MAX_HYPONYMS
            ):
                related.update(((key, target), (target, key)))
    return synonym, related


Node = tuple[str, ...]  # a sorted lemma tuple: synsets with the same lemmas are one node


def build(wordnet: Path) -> str:
    """The whole resource as text."""
    synsets: dict[str, Synset] = {}
    for name, pos in PARTS_OF_SPEECH:
        synsets.update(parse_data_file(wordnet / f"data.{name}", pos))
    node_of = {key: tuple(sorted(synset.lemmas)) for key, synset in synsets.items()}
    node_synonyms, node_related = _node_links(synsets, node_of)
    kept = sorted(
        node for node in set(node_of.values())
        if len(node) >= 2 or node_synonyms.get(node) or node_related.get(node)
    )
    number = {node: i for i, node in enumerate(kept)}
    return "\n".join([
        *_header(wordnet), "%synsets", *_synset_lines(kept, number, node_synonyms, node_related),
        "%lemmas", *_lemma_lines(synsets, node_of, number),
        "%exceptions", *_exception_lines(wordnet),
    ]) + "\n"


def _node_links(synsets: dict[str, Synset], node_of: dict[str, Node]
                ) -> tuple[dict[Node, set[Node]], dict[Node, set[Node]]]:
    """The synonym and related links between nodes (a synonym link says more)."""
    synonym_links, related_links = links(synsets)
    node_synonyms: dict[Node, set[Node]] = defaultdict(set)
    node_related: dict[Node, set[Node]] = defaultdict(set)
    for pairs, targets in ((synonym_links, node_synonyms), (related_links, node_related)):
        for source, target in pairs:
            if node_of[source] != node_of[target]:
                targets[node_of[source]].add(node_of[target])
    for node, linked in node_related.items():
        linked -= node_synonyms.get(node, set())
    return node_synonyms, node_related


def _synset_lines(kept: list[Node], number: dict[Node, int],
                  node_synonyms: dict[Node, set[Node]],
                  node_related: dict[Node, set[Node]]) -> list[str]:
    lines = []
    for node in kept:
        for lemma in node:
            if not lemma or lemma[0] in "&@%#" or "\t" in lemma or "\n" in lemma:
                raise ValueError(f"lemma cannot be written: {lemma!r}")
        fields = list(node)
        for prefix, linked_nodes in (("&", node_synonyms.get(node)), ("@", node_related.get(node))):
            if linked_nodes:
                fields.append(prefix + " ".join(str(n) for n in sorted(number[t] for t in linked_nodes)))
        lines.append("\t".join(fields))
    return lines


def _lemma_lines(synsets: dict[str, Synset], node_of: dict[str, Node],
                 number: dict[Node, int]) -> list[str]:
    lemma_numbers: dict[str, dict[str, set[int]]] = defaultdict(dict)
    for key, synset in synsets.items():
        for lemma in synset.lemmas:
            numbers = lemma_numbers[lemma].setdefault(synset.pos, set())
            if node_of[key] in number:
                numbers.add(number[node_of[key]])
    return sorted(
        "\t".join([lemma, *(
            pos + " ".join(str(n) for n in sorted(by_pos[pos]))
            for pos in "nvar" if pos in by_pos
        )])
        for lemma, by_pos in lemma_numbers.items()
    )


def _exception_lines(wordnet: Path) -> list[str]:
    lines = set()
    for name, pos in PARTS_OF_SPEECH:
        for inflected, bases in parse_exceptions(wordnet / f"{name}.exc"):
            lines.add("\t".join((inflected, pos, *bases)))
    for word in CLOSED_CLASS:
        lines.add(f"{word}\t*")
    for inflected, pos, base in EXTRA_EXCEPTIONS:
        lines.add(f"{inflected}\t{pos}\t{base}")
    return sorted(lines)


def _header(wordnet: Path) -> list[str]:
    return [
        f"# {FORMAT}",
        "# English thesaurus for Palimpsest, generated by tools/build_thesaurus.py from",
        "# WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/) as packaged by",
        "# Debian (wordnet-base). Sections: %synsets (lemmas, &synonym links, @related links),",
        "# %lemmas (lemma, then per part of speech its letter and synset numbers), %exceptions",
        "# (inflected form, part of speech, base forms). See tools/build_thesaurus.py.",
        "# It is a modification of the WordNet 3.0 database, distributed under its licence:",
        "#",
        *(f"# {line}".rstrip() for line in read_licence(wordnet)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET,
                        help="directory holding WordNet 3.0's data.* and *.exc files")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--licence-output", type=Path, default=LICENCE_OUTPUT)
    parser.add_argument("--text", type=Path, help="also write the thesaurus's text here")
    parser.add_argument("--check", action="store_true",
                        help="compare the text with the one in --output; write nothing")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").is_file():
        parser.error(f"no WordNet in {args.wordnet}: apt-get install wordnet-base")
    text = build(args.wordnet)
    if args.check:
        shipped = ThesaurusFile(args.output.read_bytes()).text()
        same = shipped == text
        print(f"{args.output}: {'the same text' if same else 'a different text'} as WordNet's")
        return 0 if same else 1
    data = encode(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    if args.text:
        args.text.write_text(text, encoding="utf-8")
    args.licence_output.write_text("\n".join(read_licence(args.wordnet)) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(data):,} bytes ({len(text.encode('utf-8')):,} of text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
