"""A spinner's swap table, drawn at random: what `spin_cases` swaps, and for what.

A content farm's spinner holds a table of words and phrases with the replacements it may
put in their place, and applies it to every article it copies. `draw_table` draws such a
table from a seed, independently each time, out of four sources:

* the project's thesaurus (WordNet 3.0): for each word of the texts' vocabulary, with the
  table's own probability, one or two of its synonyms, single words or multi-word lemmas
  ("bring up", "at present", "motion picture"), inflected like the word they replace
  ("expected" → "anticipated", "officials" → "functionaries");
* function-word phrases that WordNet lacks (it has no prepositions or conjunctions):
  "despite" → "regardless of", "against" → "in opposition to", "now" → "at the moment",
  "use" → "make use of", replacements that start or end on a function word;
* contractions, in one direction or the other per pair (did not ↔ didn't, it is ↔ it's);
* number rewrites that keep the value (two → 2, 7 → seven, 26 percent → 26%).

A *foreign* table (``foreign`` > 0) stands for a spinner whose thesaurus is not the
project's: that share of its single-word entries get, instead of WordNet synonyms, a
replacement of one to three other words of the texts, which the engine's thesaurus does
not relate to the word ("safety" → "spring tickets"). Only the document's evidence and the
shape of the phrases can cut those: it measures the method without its dictionary.

Nothing here reads the engine's answers: a table is what a spinner would hold, and the
engine never sees it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from core.lexicon.thesaurus import Thesaurus

# The longest phrase a table entry may stand for, in words.
MAX_PHRASE_WORDS = 3

# Closed-class words and phrases, and paraphrases a spinner puts in their place. WordNet
# lists none of these (it holds nouns, verbs, adjectives and adverbs only).
FUNCTION_PHRASES: Mapping[str, tuple[str, ...]] = {
    "despite": ("regardless of", "in spite of", "notwithstanding"),
    "against": ("in opposition to", "versus"),
    "while": ("whereas", "even as"),
    "before": ("earlier than", "prior to", "ahead of"),
    "after": ("following", "in the wake of"),
    "now": ("at the moment", "at present", "right now"),
    "currently": ("at the moment", "at present"),
    "because": ("since", "given that", "seeing that"),
    "although": ("even though", "though"),
    "though": ("although", "even though"),
    "about": ("roughly", "around", "approximately"),
    "more than": ("over", "in excess of"),
    "instead of": ("rather than", "in place of"),
    "use": ("make use of", "utilise"),
    "used": ("made use of", "utilised"),
    "help": ("assist", "give a hand to"),
    "during": ("in the course of", "throughout"),
    "with": ("together with", "along with"),
    "until": ("till", "up until"),
    "around": ("about", "roughly"),
    "nearly": ("almost", "close to"),
    "almost": ("nearly", "virtually"),
    "only": ("just", "merely"),
    "often": ("frequently", "regularly"),
    "many": ("plenty of", "a lot of"),
    "most of": ("the majority of", "nearly all of"),
    "without": ("with no", "lacking"),
    "including": ("together with", "such as"),
    "across": ("throughout", "all over"),
    "next to": ("beside", "alongside"),
    "so that": ("in order that",),
    "in order to": ("so as to", "to"),
    "as well as": ("along with", "and also"),
    "according to": ("in line with", "as stated by"),
    "however": ("nonetheless", "even so"),
    "also": ("additionally", "as well"),
}

# Contractions and their long forms; a table takes each pair one way, or not at all.
CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("did not", "didn't"), ("do not", "don't"), ("does not", "doesn't"),
    ("is not", "isn't"), ("are not", "aren't"), ("was not", "wasn't"),
    ("were not", "weren't"), ("have not", "haven't"), ("has not", "hasn't"),
    ("will not", "won't"), ("would not", "wouldn't"), ("could not", "couldn't"),
    ("cannot", "can't"), ("it is", "it's"), ("that is", "that's"), ("we are", "we're"),
    ("they are", "they're"), ("i am", "i'm"), ("we have", "we've"), ("i will", "i'll"),
    ("there is", "there's"), ("you are", "you're"),
)

# Words a spinner leaves to the phrase table above: WordNet reads some as nouns ("it" as
# information technology, "can" as a tin), which no spinner swaps.
CLOSED_CLASS = frozenset((
    "the", "and", "for", "but", "nor", "yet", "not", "its", "it's", "his", "her", "hers", "him",
    "she", "they", "them", "their", "theirs", "our", "ours", "you", "your", "yours", "who",
    "whom", "whose", "which", "that", "this", "these", "those", "there", "here", "what", "when",
    "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
    "such", "own", "same", "than", "too", "very", "can", "will", "just", "should", "would",
    "could", "might", "must", "shall", "may", "has", "have", "had", "was", "were", "are", "been",
    "being", "does", "did", "doing", "one", "ones", "per", "out", "off", "over", "under", "again",
    "further", "then", "once",
))

NUMBER_WORDS: Mapping[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
}
_WORD_OF = {value: word for word, value in NUMBER_WORDS.items()}

_USABLE = re.compile(r"[a-z]+(?:[ '-][a-z]+)*")


@dataclass(frozen=True)
class NumberRules:
    """Which number rewrites a table makes (each keeps the value)."""

    words_to_digits: bool = False  # "two" → "2"
    digits_to_words: bool = False  # "7" → "seven" (2 to 12, 20 to 50 in tens)
    percent_sign: bool = False  # "26 percent" → "26%"
    percent_word: bool = False  # "26%" → "26 percent"


@dataclass(frozen=True)
class SwapTable:
    """A drawn table: folded phrases (one to three words) and their replacements.

    ``rate`` is the chance that the spinner swaps an occurrence it has an entry for.
    """

    seed: int
    rate: float
    entries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    numbers: NumberRules = NumberRules()

    def replacements(self, phrase: str) -> tuple[str, ...]:
        """The replacements of a folded phrase; empty when the table has none."""
        return self.entries.get(phrase, ())

    def describe(self) -> str:
        """One line: the table's seed, size and number rules, for logs."""
        kinds = [name for name, on in vars(self.numbers).items() if on]
        return (f"table {self.seed}: {len(self.entries)} entries, rate {self.rate:.2f}, "
                f"numbers: {', '.join(kinds) or 'none'}")


def draw_table(seed: int, vocabulary: Iterable[str], thesaurus: Thesaurus,
               foreign: float = 0.0) -> SwapTable:
    """A table drawn with ``random.Random(seed)`` over the folded words of ``vocabulary``;
    ``foreign`` is the share of its thesaurus entries given foreign replacements (see above).

    The table's own proportions are drawn too: how many words it covers, how often it
    swaps, how often it offers two replacements, so no two tables share a shape.
    """
    rng = random.Random(seed)
    others = random.Random(seed ^ 0xF0E1)  # foreign draws apart: seeds repeat without them
    words = sorted(set(vocabulary))
    content = [word for word in words if len(word) >= 5 and word.isalpha()
               and word not in CLOSED_CLASS]
    share = rng.uniform(0.12, 0.3)  # of the vocabulary the thesaurus can swap
    two = rng.uniform(0.0, 0.3)  # entries with two replacements
    entries: dict[str, tuple[str, ...]] = {}
    for word in words:
        if rng.random() < share:
            found = _thesaurus_replacements(word, thesaurus)
            if found:
                entries[word] = _pick(rng, found, two)
                if others.random() < foreign:
                    entries[word] = (_foreign_replacement(others, word, content, thesaurus),)
    function_share = rng.uniform(0.2, 0.6)
    for phrase, options in FUNCTION_PHRASES.items():
        if rng.random() < function_share:
            entries[phrase] = _pick(rng, list(options), two)
    contraction_share = rng.uniform(0.2, 0.8)
    for long, short in CONTRACTIONS:
        if rng.random() < contraction_share:
            source, target = (long, short) if rng.random() < 0.5 else (short, long)
            entries[source] = (target,)
    numbers = NumberRules(*(rng.random() < 0.5 for _ in range(2)),
                          *(rng.random() < 0.5 for _ in range(2)))
    return SwapTable(seed, rng.uniform(0.7, 1.0), entries, numbers)


def _foreign_replacement(rng: random.Random, word: str, content: list[str],
                         thesaurus: Thesaurus) -> str:
    """One to three words of the texts, none of them the thesaurus's kin of ``word``."""
    size = rng.choice((1, 1, 1, 2, 2, 3))
    while True:
        picked = rng.sample(content, size)
        if word not in picked and not any(thesaurus.are_related(word, p) for p in picked):
            return " ".join(picked)


def _pick(rng: random.Random, options: list[str], two: float) -> tuple[str, ...]:
    if len(options) > 1 and rng.random() < two:
        return tuple(rng.sample(options, 2))
    return (rng.choice(options),)


def _thesaurus_replacements(word: str, thesaurus: Thesaurus) -> list[str]:
    """Synonyms of ``word`` in its own form: a plural for a plural, a past for a past."""
    if len(word) < 3 or not word.isalpha() or word in CLOSED_CLASS:
        return []
    found: set[str] = set()
    for base in sorted(thesaurus.base_forms(word) - {word}):
        suffix = _suffix(word, base)
        if not suffix:
            continue
        for synonym in thesaurus.synonyms(base):
            inflected = _inflected(synonym, suffix)
            # kept when WordNet reads it back as a form of the synonym: "functionaries" is
            # the noun's plural, "authoriseds" no word at all
            if _usable(synonym) and synonym in thesaurus.base_forms(inflected):
                found.add(inflected)
    if word in thesaurus.base_forms(word):
        others = set().union(*(thesaurus.synonyms(b) for b in thesaurus.base_forms(word)
                               if b != word))
        found.update(s for s in thesaurus.synonyms(word) - others if _usable(s))
    return sorted(s for s in found if s != word)


def _usable(phrase: str) -> bool:
    return bool(_USABLE.fullmatch(phrase)) and len(phrase.split()) <= MAX_PHRASE_WORDS


def _suffix(word: str, base: str) -> str:
    """The regular ending that makes ``base`` into ``word``: "s", "ed", "ing", or ""."""
    for suffix, stems in (("s", (base + "s", base + "es", base[:-1] + "ies")),
                          ("ed", (base + "d", base + "ed", base[:-1] + "ied")),
                          ("ing", (base + "ing", base[:-1] + "ing"))):
        if word in stems:
            return suffix
    return ""


def _inflected(phrase: str, suffix: str) -> str:
    """``phrase`` with ``suffix`` added the regular way: to its last word for a plural,
    to its first for a verb form ("bring up" → "bringing up")."""
    words = phrase.split(" ")
    at = len(words) - 1 if suffix == "s" else 0
    words[at] = _inflect(words[at], suffix)
    return " ".join(words)


def _inflect(word: str, suffix: str) -> str:
    consonant_y = word.endswith("y") and word[-2:-1] not in tuple("aeiou")
    if suffix == "s":
        if consonant_y:
            return word[:-1] + "ies"
        return word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")
    if suffix == "ed":
        if word.endswith("ed"):
            return word
        return word[:-1] + "ied" if consonant_y else word + ("d" if word.endswith("e") else "ed")
    if word.endswith("ing"):
        return word
    return (word[:-1] if word.endswith("e") and not word.endswith("ee") else word) + "ing"


def number_rewrite(text: str, rules: NumberRules) -> str | None:
    """What the table's number rules make of one number token or number phrase, or None.

    ``text`` is a number word, a digit string, "N percent" or "N%"; the value is kept.
    """
    lowered = text.lower()
    if rules.words_to_digits and lowered in NUMBER_WORDS:
        return str(NUMBER_WORDS[lowered])
    if rules.digits_to_words and text.isdigit() and int(text) in _WORD_OF:
        return _WORD_OF[int(text)]
    percent = re.fullmatch(r"(\d+(?:\.\d+)?) percent", lowered)
    if rules.percent_sign and percent:
        return f"{percent.group(1)}%"
    sign = re.fullmatch(r"(\d+(?:\.\d+)?)%", text)
    if rules.percent_word and sign:
        return f"{sign.group(1)} percent"
    return None
