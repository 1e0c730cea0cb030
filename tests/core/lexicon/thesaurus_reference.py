"""The thesaurus as it was before its file was read lazily: the oracle of test_thesaurus_file.

This is ``core/lexicon/thesaurus.py`` as of commit 3b8ef18, unchanged but for this docstring
and for the lzma loading it had (it read the whole text, decompressed, into lists of lines).
Its answers are the ones the lazy reader must give: the test hands it the text that the
shipped file holds (`core.lexicon.thesaurus_file.ThesaurusFile.text`) and compares the two
on every lemma and on a hundred thousand pairs of words. Kept here, not in ``core``: it is
the old implementation, frozen, not a second way to look words up.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping
from types import MappingProxyType

FORMAT = "palimpsest-thesaurus 1"

# Morphy's detachment rules (morph(7WN)), plus "-ied", "-ier", "-iest" → "-y".
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", ""), ("ied", "y")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")),
}
# The rules by their suffix's last letter: most words end in a letter no suffix ends in.
_RULES_BY_LAST = {
    pos: {
        last: tuple(rule for rule in rules if rule[0][-1] == last)
        for last in {suffix[-1] for suffix, _ in rules}
    }
    for pos, rules in _RULES.items()
}
# Suffixes after which a doubled final consonant is undone ("stopped" → "stop").
_DOUBLING: dict[str, tuple[str, ...]] = {"v": ("ed", "ing"), "a": ("er", "est")}
# The shortest base a rule may produce: "its" is not "it" + "-s"; "going" is "go" + "-ing".
_SHORTEST_BASE = {"n": 3, "v": 2, "a": 3}
_VOWELS = frozenset("aeiouy")
_SECTIONS = ("%synsets", "%lemmas", "%exceptions")
# Most look-ups find nothing: one shared, read-only empty answer for them all spares the
# garbage collector thousands of empty containers.
_NO_ENTRY: Mapping[str, str] = MappingProxyType({})
_NO_EXCEPTIONS: Mapping[str, list[str]] = MappingProxyType({})
_NO_BASES: frozenset[str] = frozenset()


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces (WordNet's underscores too)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ")
    return " ".join(text.lower().split())


def _first_line(lines: list[str], key: str) -> int:
    """The position of the first line ``key<TAB>…`` in sorted ``lines``, or -1."""
    prefix = key + "\t"
    i = bisect_left(lines, prefix)
    return i if i < len(lines) and lines[i].startswith(prefix) else -1


def _index_exceptions(lines: list[str]) -> dict[str, str]:
    """The exception lists' lines ``word<TAB>pos<TAB>base…`` by word, without the word.

    A few thousand lines: a dictionary of plain strings costs a millisecond at loading and
    saves a binary search for every word looked up.
    """
    index: dict[str, str] = {}
    for line in lines:
        word, tab, rest = line.partition("\t")
        if tab:
            index[word] = f"{index[word]}\n{rest}" if word in index else rest
    return index


class Thesaurus:
    """WordNet's synsets, lemmas and exception lists, read-only, with synonym look-ups."""

    __slots__ = ("_bases_of", "_entry_of", "_exceptions", "_forms_of", "_lemmas", "_links_of",
                 "_numbers_of", "_reach_of", "_synsets")

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
        self._exceptions = _index_exceptions(lines[starts[2] + 1:])
        # Memos, filled as look-ups ask: a comparison asks about the same words many times.
        self._entry_of: dict[str, Mapping[str, str]] = {}
        self._bases_of: dict[tuple[str, bool], dict[str, frozenset[str]]] = {}
        self._forms_of: dict[str, dict[str, str]] = {}
        self._numbers_of: dict[str, frozenset[int]] = {}
        self._links_of: dict[int, dict[str, list[int]]] = {}
        self._reach_of: dict[tuple[frozenset[int], str], frozenset[int]] = {}

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
        lemmas: set[str] = set()
        for number in self._reach(self._numbers(word), "&"):
            lemmas.update(self._synset_lemmas(number))
        return frozenset(lemmas.difference(self._forms(word), [_normalise(word)]))

    # --- Synsets ---------------------------------------------------------------------

    def _linked(self, a: str, b: str, kinds: str) -> bool:
        """Whether a base form of each word is in the same synset or linked ones."""
        first = self._numbers(a)
        if not first:
            return False
        second = self._numbers(b)
        if not second:
            return False
        # links go both ways: follow them from the word with fewer synsets only
        if len(second) < len(first):
            return not self._reach(second, kinds).isdisjoint(first)
        return not self._reach(first, kinds).isdisjoint(second)

    def _numbers(self, word: str) -> frozenset[int]:
        """The synsets holding a base form of ``word`` as its part of speech; remembered."""
        known = self._numbers_of.get(word)
        if known is None:
            numbers: set[int] = set()
            for lemma, parts in self._forms(word).items():
                for pos, listed in self._entry(lemma).items():
                    if pos in parts:
                        numbers.update(map(int, listed.split()))
            known = self._numbers_of[word] = frozenset(numbers)
        return known

    def _reach(self, numbers: frozenset[int], kinds: str) -> frozenset[int]:
        """``numbers`` with the synsets linked to them by a link of one of ``kinds``."""
        key = (numbers, kinds)  # keyed by synsets: "water" and "waters" share an answer
        known = self._reach_of.get(key)
        if known is None:
            reach = set(numbers)
            for number in numbers:
                links = self._links(number)
                for kind in kinds:
                    reach.update(links.get(kind, ()))
            known = self._reach_of[key] = frozenset(reach)
        return known

    def _links(self, number: int) -> dict[str, list[int]]:
        """A synset's links by kind ("&" near-synonym, "@" hypernym); remembered."""
        known = self._links_of.get(number)
        if known is None:
            known = self._links_of[number] = {}
            for field in self._synsets[number].split("\t"):
                if field[0] in "&@":
                    known.setdefault(field[0], []).extend(map(int, field[1:].split()))
        return known

    def _synset_lemmas(self, number: int) -> list[str]:
        """A synset's lemmas: its fields that are not links."""
        return [field for field in self._synsets[number].split("\t") if field[0] not in "&@"]

    # --- Morphology ------------------------------------------------------------------

    def _entry(self, lemma: str) -> Mapping[str, str]:
        """A lemma's parts of speech ("nvar" letters), each with its synset numbers' text.

        Empty when WordNet has no such lemma; remembered, found or not, since the same
        candidate stems come up again and again.
        """
        known = self._entry_of.get(lemma)
        if known is None:
            i = _first_line(self._lemmas, lemma)
            if i < 0:  # most candidate stems
                known = _NO_ENTRY
            else:
                fields: dict[str, str] = {}
                for field in self._lemmas[i].split("\t")[1:]:
                    fields[field[0]] = f"{fields.get(field[0], '')} {field[1:]}"
                known = fields
            self._entry_of[lemma] = known
        return known

    def _exceptions_of(self, word: str) -> Mapping[str, list[str]]:
        """The exception lists' base forms of ``word`` by part of speech ("*": no rules)."""
        listed = self._exceptions.get(word)
        if listed is None:  # most words
            return _NO_EXCEPTIONS
        found: dict[str, list[str]] = {}
        for line in listed.split("\n"):
            pos, *bases = line.split("\t")
            found.setdefault(pos, []).extend(bases)
        return found

    def _forms(self, word: str) -> dict[str, str]:
        """The lemmas ``word`` may be a form of, each with the parts of speech it is one as.

        Remembered: the dictionary returned is shared, and must not be changed.
        """
        known = self._forms_of.get(word)
        if known is None:
            known = self._forms_of[word] = self._forms_uncached(word)
        return known

    def _forms_uncached(self, word: str) -> dict[str, str]:
        """``_forms`` worked out, a possessive "'s" or "'" also read without it."""
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
        own = self._entry(phrase)
        if own:
            found[phrase] = set(own)
        for pos, candidates in self._candidates_by_pos(phrase, own):
            for candidate in candidates:
                if pos in self._entry(candidate):
                    found.setdefault(candidate, set()).add(pos)
        return {lemma: "".join(sorted(parts)) for lemma, parts in found.items()}

    def _candidates_by_pos(
        self, phrase: str, own: Mapping[str, str]
    ) -> Iterable[tuple[str, Collection[str]]]:
        """A phrase's possible base forms, part of speech by part of speech.

        ``own`` is the phrase's own entry: a collocation that is a lemma of a part of speech
        is not inflected as one.
        """
        exceptions = self._exceptions_of(phrase)
        closed = "*" in exceptions  # a closed-class word: exception lists only
        words = phrase.split(" ")
        if len(words) == 1 or closed:
            return self._bases(phrase, closed).items()
        found: list[tuple[str, Collection[str]]] = []
        heads, tails = self._bases(words[0]), self._bases(words[-1])
        for pos in "nvar":
            if pos in exceptions:
                found.append((pos, self._bases(phrase)[pos]))
            elif pos not in own:  # a collocation: inflect its first word ("went to") or last
                inflected = {" ".join([base, *words[1:]]) for base in heads[pos]}
                inflected.update(" ".join([*words[:-1], base]) for base in tails[pos])
                found.append((pos, inflected))
        return found

    def _bases(self, word: str, closed: bool = False) -> dict[str, frozenset[str]]:
        """``_candidates`` of ``word`` for each part of speech; remembered.

        Collocations begin and end with the same few words ("of", "the", "to") again and again.
        """
        key = (word, closed)
        known = self._bases_of.get(key)
        if known is None:
            own, exceptions = self._entry(word), self._exceptions_of(word)
            known = self._bases_of[key] = {
                pos: self._candidates(word, own, pos, exceptions, closed) for pos in "nvar"
            }
        return known

    def _candidates(
        self, word: str, own: Mapping[str, str], pos: str, exceptions: Mapping[str, list[str]],
        closed: bool = False,
    ) -> frozenset[str]:
        """Possible base forms of ``word`` as a ``pos``, not yet checked against WordNet.

        ``own`` is ``word``'s own entry, its parts of speech if it is a lemma.
        """
        if pos in exceptions:
            # adj.exc has oddities such as "offer" → "off", "tanner" → "tan": a noun or verb
            # is not read as a comparative.
            if pos == "a" and own and "a" not in own:
                return _NO_BASES
            return frozenset(exceptions[pos])
        # A lemma of this part of speech is taken as it is; and a comparative must not be
        # a word in its own right ("number" is not "numb" + "-er").
        if closed or pos not in _RULES or pos in own or (pos == "a" and own):
            return _NO_BASES
        shortest = _SHORTEST_BASE[pos]
        found: set[str] = set()
        for suffix, ending in _RULES_BY_LAST[pos].get(word[-1:], ()):
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
        return frozenset(found) if found else _NO_BASES

