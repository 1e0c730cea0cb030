"""An English thesaurus from WordNet 3.0: is a word swap a dictionary synonym?

The data is the compact resource ``resources/thesaurus.tsv.xz``, built by
``tools/build_thesaurus.py`` from WordNet 3.0 (see ``resources/WORDNET-LICENSE``) and shipped
with the application: nothing is downloaded. Two words are *synonyms* when a base form of each
belongs to the same WordNet synset ("significant" and "important"), or to two synsets that
WordNet joins as near-synonyms: adjective "similar to" and "also see" ("important" and
"momentous"), verb groups. Two words are *related* when they are synonyms or when one names a
specific kind of the other, i.e. a direct hypernym with few hyponyms ("support" and "assist",
"security" and "safety"); ``are_related`` is for callers that want that wider net.

Look-ups ignore case and handle inflections without a full morphology engine, the way
WordNet's own morphy does, part of speech by part of speech: an irregular form is looked up in
WordNet's exception lists ("went" → "go"); otherwise regular suffixes are detached (-s, -es,
-ies, -ed, -ied, -ing, -er, -est, undoing a doubled final consonant: "companies" → "company",
"stopped" → "stop") and a result is kept only if WordNet has it as a lemma of that part of
speech; only that part of speech's synsets of it count ("leaves" is the verb "leave", not a
leave of absence). A word that is itself a lemma of a part of speech is not analysed further
for it ("seed" is not "see" + "-ed"), nor is any lemma read as a comparative ("offer" is not
"off" + "-er"), nor a closed-class word ("its"; "does" is only "do"). A collocation is
inflected on its first or last word ("went to" → "go to"); a possessive "'s" is ignored.

Loading reads the file into three sorted lists of lines and builds no index: a look-up is a
binary search, so loading takes a few tens of milliseconds.
"""

from __future__ import annotations

import functools
import lzma
from bisect import bisect_left
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "resources" / "thesaurus.tsv.xz"
FORMAT = "palimpsest-thesaurus 1"

# Morphy's detachment rules (morph(7WN)), plus "-ied", "-ier", "-iest" → "-y".
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", ""), ("ied", "y")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")),
}
# Suffixes after which a doubled final consonant is undone ("stopped" → "stop").
_DOUBLING: dict[str, tuple[str, ...]] = {"v": ("ed", "ing"), "a": ("er", "est")}
# The shortest base a rule may produce: "its" is not "it" + "-s"; "going" is "go" + "-ing".
_SHORTEST_BASE = {"n": 3, "v": 2, "a": 3}
_VOWELS = frozenset("aeiouy")
_SECTIONS = ("%synsets", "%lemmas", "%exceptions")


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces (WordNet's underscores too)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ")
    return " ".join(text.lower().split())


def _first_line(lines: list[str], key: str) -> int:
    """The position of the first line ``key<TAB>…`` in sorted ``lines``, or -1."""
    prefix = key + "\t"
    i = bisect_left(lines, prefix)
    return i if i < len(lines) and lines[i].startswith(prefix) else -1


class Thesaurus:
    """WordNet's synsets, lemmas and exception lists, read-only, with synonym look-ups."""

    __slots__ = ("_exceptions", "_forms_of", "_lemmas", "_reach_of", "_synsets")

    def __init__(self, text: str) -> None:
        """Read the resource's text (see ``tools/build_thesaurus.py`` for its format)."""
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        if not lines or lines[0] != f"# {FORMAT}":
            raise ValueError(f"not a thesaurus in the {FORMAT!r} format")
        try:
            starts = [lines.index(_SECTIONS[0])]
            for name in _SECTIONS[1:]:
                starts.append(lines.index(name, starts[-1]))
        except ValueError:
            raise ValueError(f"thesaurus lacks one of the sections {_SECTIONS}") from None
        self._synsets = lines[starts[0] + 1:starts[1]]
        self._lemmas = lines[starts[1] + 1:starts[2]]
        self._exceptions = lines[starts[2] + 1:]
        # Memo of each phrase's lemmas: a comparison asks about the same words many times.
        self._forms_of: dict[str, dict[str, str]] = {}
        self._reach_of: dict[tuple[str, str], tuple[frozenset[int], frozenset[int]]] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> Thesaurus:
        """Read an xz-compressed resource; by default the one shipped in ``resources``."""
        data = (DEFAULT_PATH if path is None else path).read_bytes()
        return cls(lzma.decompress(data).decode("utf-8"))

    # --- Public look-ups ---------------------------------------------------------------

    def base_forms(self, word: str) -> frozenset[str]:
        """The WordNet lemmas ``word`` may be a form of, itself included if it is one.

        Lower case; empty when WordNet knows no such lemma. ``"Companies"`` gives
        ``{"company"}``, ``"leaves"`` gives ``{"leaf", "leave"}``, ``"went to"`` gives
        ``{"go to"}``.
        """
        return frozenset(self._forms(word))

    def are_synonyms(self, a: str, b: str) -> bool:
        """Whether some base forms of ``a`` and ``b`` share a synset or two linked ones.

        Case-insensitive; inflected forms and multi-word phrases work ("warned" and
        "admonished", "visit" and "call in"). A word with synonyms is its own synonym.
        """
        return self._linked(a, b, "&")

    def are_related(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are synonyms, or one is a specific kind of the other.

        Wider than ``are_synonyms``: a noun or verb also matches its direct hypernym when
        that hypernym has few hyponyms ("support" and "assist", "security" and "safety").
        """
        return self._linked(a, b, "&@")

    def synonyms(self, word: str) -> frozenset[str]:
        """Every lemma sharing a synset, or a linked synset, with a base form of ``word``.

        The base forms themselves are left out; empty for an unknown word.
        """
        forms = self._forms(word)
        numbers = self._numbers(forms)
        numbers |= self._links(numbers, "&")
        lemmas: set[str] = set()
        for number in numbers:
            lemmas.update(self._synset(number)[0])
        return frozenset(lemmas.difference(forms, [_normalise(word)]))

    # --- Synsets ---------------------------------------------------------------------

    def _linked(self, a: str, b: str, kinds: str) -> bool:
        """Whether a base form of each word is in the same synset or linked ones."""
        first, first_reach = self._reach(a, kinds)
        if not first:
            return False
        second, second_reach = self._reach(b, kinds)
        if not second:
            return False
        # links go both ways: look from the word with fewer synsets
        if len(second) < len(first):
            return not second_reach.isdisjoint(first)
        return not first_reach.isdisjoint(second)

    def _reach(self, word: str, kinds: str) -> tuple[frozenset[int], frozenset[int]]:
        """A word's synsets, and those with the synsets linked to them; remembered."""
        key = (word, kinds)
        known = self._reach_of.get(key)
        if known is None:
            numbers = frozenset(self._numbers(self._forms(word)))
            known = self._reach_of[key] = (numbers, numbers | self._links(set(numbers), kinds))
        return known

    def _synset(self, number: int) -> tuple[list[str], list[tuple[str, int]]]:
        """A synset's lemmas and its links as (kind, synset number), kind "&" or "@"."""
        lemmas: list[str] = []
        links: list[tuple[str, int]] = []
        for field in self._synsets[number].split("\t"):
            if field[0] in "&@":
                links.extend((field[0], int(n)) for n in field[1:].split())
            else:
                lemmas.append(field)
        return lemmas, links

    def _links(self, numbers: set[int], kinds: str) -> set[int]:
        """The synsets linked to any of ``numbers`` by a link of one of ``kinds``."""
        linked: set[int] = set()
        for number in numbers:
            for field in self._synsets[number].split("\t"):
                if field[0] in kinds:
                    linked.update(int(n) for n in field[1:].split())
        return linked

    def _numbers(self, forms: dict[str, str]) -> set[int]:
        """The synsets holding the lemmas of ``forms`` as one of their parts of speech."""
        numbers: set[int] = set()
        for lemma, parts in forms.items():
            for field in self._lemma_fields(lemma):
                if field[0] in parts:
                    numbers.update(int(n) for n in field[1:].split())
        return numbers

    # --- Morphology ------------------------------------------------------------------

    def _lemma_fields(self, lemma: str) -> list[str]:
        """A lemma's fields, one per part of speech: its letter, then synset numbers."""
        i = _first_line(self._lemmas, lemma)
        return self._lemmas[i].split("\t")[1:] if i >= 0 else []

    def _parts_of_speech(self, lemma: str) -> str:
        """The parts of speech ("nvar" letters) of a WordNet lemma; empty if none."""
        return "".join(field[0] for field in self._lemma_fields(lemma))

    def _exceptions_of(self, word: str) -> dict[str, list[str]]:
        """The exception lists' base forms of ``word`` by part of speech ("*": no rules)."""
        found: dict[str, list[str]] = {}
        i = _first_line(self._exceptions, word)
        if i >= 0:
            prefix = word + "\t"
            while i < len(self._exceptions) and self._exceptions[i].startswith(prefix):
                _, pos, *bases = self._exceptions[i].split("\t")
                found.setdefault(pos, []).extend(bases)
                i += 1
        return found

    def _forms(self, word: str) -> dict[str, str]:
        """The lemmas ``word`` may be a form of, each with the parts of speech it is one as."""
        known = self._forms_of.get(word)
        if known is None:
            known = self._forms_of[word] = self._forms_uncached(word)
        return dict(known)

    def _forms_uncached(self, word: str) -> dict[str, str]:
        phrase = _normalise(word)
        if not phrase:
            return {}
        forms = self._analyse(phrase)
        if phrase.endswith("'s"):
            stripped = self._analyse(phrase[:-2])
        elif phrase.endswith("'"):
            stripped = self._analyse(phrase[:-1])
        else:
            return forms
        for lemma, parts in stripped.items():
            forms[lemma] = "".join(sorted(set(forms.get(lemma, "") + parts)))
        return forms

    def _analyse(self, phrase: str) -> dict[str, str]:
        """``_forms`` of a normalised phrase, as it stands (no possessive stripped)."""
        found: dict[str, set[str]] = {}
        own = self._parts_of_speech(phrase)
        if own:
            found[phrase] = set(own)
        exceptions = self._exceptions_of(phrase)
        closed = "*" in exceptions  # a closed-class word: exception lists only
        words = phrase.split(" ")
        for pos in "nvar":
            if len(words) == 1 or pos in exceptions or closed:
                candidates = self._candidates(phrase, pos, exceptions, closed)
            elif pos in own:
                continue
            else:  # a collocation: inflect its first word ("went to") or its last one
                head, tail = words[0], words[-1]
                candidates = {
                    " ".join([base, *words[1:]])
                    for base in self._candidates(head, pos, self._exceptions_of(head))
                }
                candidates.update(
                    " ".join([*words[:-1], base])
                    for base in self._candidates(tail, pos, self._exceptions_of(tail))
                )
            for candidate in candidates:
                if pos in self._parts_of_speech(candidate):
                    found.setdefault(candidate, set()).add(pos)
        return {lemma: "".join(sorted(parts)) for lemma, parts in found.items()}

    def _candidates(
        self, word: str, pos: str, exceptions: dict[str, list[str]], closed: bool = False
    ) -> set[str]:
        """Possible base forms of ``word`` as a ``pos``, not yet checked against WordNet."""
        own = self._parts_of_speech(word)
        if pos in exceptions:
            # adj.exc has oddities such as "offer" → "off", "tanner" → "tan": a noun or verb
            # is not read as a comparative.
            return set() if pos == "a" and own and "a" not in own else set(exceptions[pos])
        # A lemma of this part of speech is taken as it is; and a comparative must not be
        # a word in its own right ("number" is not "numb" + "-er").
        if closed or pos not in _RULES or pos in own or (pos == "a" and own):
            return set()
        shortest = _SHORTEST_BASE[pos]
        found: set[str] = set()
        for suffix, ending in _RULES[pos]:
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            if len(stem + ending) >= shortest:
                found.add(stem + ending)
            if (
                ending == ""
                and suffix in _DOUBLING.get(pos, ())
                and len(stem) >= 3
                and stem[-1] == stem[-2]
                and stem[-1] not in _VOWELS
                and len(stem) - 1 >= shortest
            ):
                found.add(stem[:-1])
        return found


@functools.lru_cache(maxsize=1)
def default_thesaurus() -> Thesaurus:
    """The shipped thesaurus, loaded once."""
    return Thesaurus.load()
