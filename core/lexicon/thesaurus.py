"""An English thesaurus from WordNet 3.0: is a word swap a dictionary synonym?

The data is the compact resource ``resources/thesaurus.bin``, built by
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

Loading reads next to nothing: the file is memory-mapped and its blocks of lines are
decompressed as look-ups reach them (`core.lexicon.thesaurus_file`), so the first answer takes
a millisecond or two (some ten with the imports) instead of decompressing 6 MB of text; a
lemma, an exception or a synset's links are found by a binary search over their block. What a look-up finds (a lemma's entry, found or not, a word's base forms and
synsets, a synset's links) is remembered, since a comparison asks about the same words, and
its rules make the same candidate stems, many times over.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from core.lexicon.thesaurus_file import (
    EXCEPTIONS,
    HEADS,
    LEMMAS,
    TAILS,
    TEXT_FORMAT,
    ThesaurusFile,
    encode,
)
from core.resources import THESAURUS

DEFAULT_PATH = THESAURUS
FORMAT = TEXT_FORMAT

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
# Most look-ups find nothing: one shared, read-only empty answer for them all spares the
# garbage collector thousands of empty containers.
_NO_ENTRY: Mapping[str, str] = MappingProxyType({})
_NO_EXCEPTIONS: Mapping[str, list[str]] = MappingProxyType({})
_NO_BASES: frozenset[str] = frozenset()


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces (WordNet's underscores too)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ")
    return " ".join(text.lower().split())


class Thesaurus:
    """WordNet's synsets, lemmas and exception lists, read-only, with synonym look-ups."""

    __slots__ = ("_bases_of", "_entry_of", "_file", "_forms_of", "_links_of", "_listed_in",
                 "_numbers_of", "_reach_of")

    def __init__(self, file: ThesaurusFile) -> None:
        """Look words up in ``file`` (see `core.lexicon.thesaurus_file`)."""
        self._file = file
        # Memos, filled as look-ups ask: a comparison asks about the same words many times.
        self._entry_of: dict[str, Mapping[str, str]] = {}
        self._bases_of: dict[tuple[str, bool], dict[str, frozenset[str]]] = {}
        self._forms_of: dict[str, dict[str, str]] = {}
        self._numbers_of: dict[str, frozenset[int]] = {}
        self._links_of: dict[int, dict[str, list[int]]] = {}
        self._reach_of: dict[tuple[frozenset[int], str], frozenset[int]] = {}
        self._listed_in: dict[str, dict[str, bool]] = {HEADS: {}, TAILS: {}}

    @classmethod
    def load(cls, path: Path | None = None) -> Thesaurus:
        """Open a thesaurus file; by default the one shipped in ``resources``.

        Raises OSError when it cannot be read, ValueError when it is no thesaurus file.
        """
        return cls(ThesaurusFile.open(DEFAULT_PATH if path is None else path))

    @classmethod
    def from_text(cls, text: str) -> Thesaurus:
        """A thesaurus of text in the format ``tools/build_thesaurus.py`` describes.

        Raises ValueError when ``text`` is not in that format.
        """
        return cls(ThesaurusFile(encode(text)))

    # --- Public look-ups ---------------------------------------------------------------

    def base_forms(self, word: str) -> frozenset[str]:
        """The WordNet lemmas ``word`` may be a form of, itself included if it is one.

        Lower case; empty when WordNet knows no such lemma. ``"Companies"`` gives
        ``{"company"}``, ``"leaves"`` gives ``{"leaf", "leave"}``, ``"went to"`` gives
        ``{"go to"}``.
        """
        return frozenset(self._forms(word))

    def parts_of_speech(self, word: str) -> str:
        """The parts of speech WordNet has ``word`` as, a letter each of "nvar" (noun, verb,
        adjective, adverb), in that order; "" when none. ``"now"`` gives ``"nr"``."""
        letters = set("".join(self._forms(word).values()))
        return "".join(pos for pos in "nvar" if pos in letters)

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
            links = self._file.links(number)
            for field in links.split("\t") if links else ():
                known.setdefault(field[0], []).extend(map(int, field[1:].split()))
        return known

    def _synset_lemmas(self, number: int) -> list[str]:
        """A synset's lemmas."""
        return self._file.members(number).split("\t")

    # --- Morphology ------------------------------------------------------------------

    def _entry(self, lemma: str) -> Mapping[str, str]:
        """A lemma's parts of speech ("nvar" letters), each with its synset numbers' text.

        Empty when WordNet has no such lemma; remembered, found or not, since the same
        candidate stems come up again and again.
        """
        known = self._entry_of.get(lemma)
        if known is None:
            lines = self._file.lines(LEMMAS, lemma)
            if not lines:  # most candidate stems
                known = _NO_ENTRY
            else:
                fields: dict[str, str] = {}
                for field in lines[0].split("\t")[1:]:
                    fields[field[0]] = f"{fields.get(field[0], '')} {field[1:]}"
                known = fields
            self._entry_of[lemma] = known
        return known

    def _exceptions_of(self, word: str) -> Mapping[str, list[str]]:
        """The exception lists' base forms of ``word`` by part of speech ("*": no rules)."""
        listed = self._file.lines(EXCEPTIONS, word)
        if not listed:  # most words
            return _NO_EXCEPTIONS
        found: dict[str, list[str]] = {}
        for line in listed:
            _word, pos, *bases = line.split("\t")
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
        if " " in phrase and not self._may_be_collocation(phrase):
            return {}
        found: dict[str, set[str]] = {}
        own = self._entry(phrase)
        if own:
            found[phrase] = set(own)
        for pos, candidates in self._candidates_by_pos(phrase, own):
            for candidate in candidates:
                if pos in self._entry(candidate):
                    found.setdefault(candidate, set()).add(pos)
        return {lemma: "".join(sorted(parts)) for lemma, parts in found.items()}

    def _may_be_collocation(self, phrase: str) -> bool:
        """False when no form of a multi-word lemma can be ``phrase``, normalised: when
        `_candidates_by_pos` could find nothing, as the heads and tails the file lists tell.
        A lemma or a phrase of the exception lists has the phrase's head and tail; a lemma
        inflected on its first word ("went to" → "go to") has its tail, on its last word its
        head (the file lists what a lemma has beside a base of more words as one)."""
        head, _, last = phrase.rpartition(" ")
        first, _, tail = phrase.partition(" ")
        in_heads, in_tails = self._listed(HEADS, head), self._listed(TAILS, tail)
        if in_heads and in_tails:
            return True
        if in_tails:
            return _any_base(self._bases(first))
        return in_heads and _any_base(self._bases(last))

    def _listed(self, part: str, key: str) -> bool:
        """Whether the file's ``part`` of keys lists ``key``; remembered (phrases share their
        heads and tails: "of the", "of his")."""
        known = self._listed_in[part].get(key)
        if known is None:
            known = self._listed_in[part][key] = self._file.has(part, key)
        return known

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


def _any_base(bases: dict[str, frozenset[str]]) -> bool:
    return any(bases.values())


@functools.lru_cache(maxsize=1)
def default_thesaurus() -> Thesaurus:
    """The shipped thesaurus, loaded once."""
    return Thesaurus.load()
