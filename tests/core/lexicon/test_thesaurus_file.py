"""The thesaurus file read a block at a time answers as the whole text read at once did.

Two parts. The file itself: `encode` and `ThesaurusFile` give back every line of every section,
whatever the block size, and refuse what is no thesaurus; the shipped file holds, line for
line, the text that was shipped before it (``resources/thesaurus.tsv.xz`` until commit
3b8ef18; its SHA-256 is pinned here). And the answers: the thesaurus reading that file lazily
is compared with the old implementation reading the whole text
(`tests.core.lexicon.thesaurus_reference`) on every WordNet lemma, on inflected forms of
them, and on over a hundred thousand pairs of words, real ones from the bundled samples, the
seeds and Mark
(when ``../shared`` is there) and random ones.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.lexicon.thesaurus import DEFAULT_PATH, Thesaurus
from core.lexicon.thesaurus_file import (
    EXCEPTIONS,
    HEADS,
    LEMMAS,
    LINKS,
    TAILS,
    ThesaurusFile,
    encode,
)
from tests.conftest import BENCH, SAMPLES, seed_files
from tests.core.lexicon import thesaurus_reference

# The text of resources/thesaurus.tsv.xz, the file this one replaced (6,076,812 bytes): a
# rebuild from another WordNet changes it, and this with it.
SHIPPED_TEXT_SHA256 = "fc6445fc5fb674bea9edd84d01da377ea55556eb3cde4d80d97bd544b2bdc032"

HEADER = "# palimpsest-thesaurus 1\n# a comment\n"
KEYS = st.text(st.sampled_from("abcé z'-"), min_size=1, max_size=6).map(str.strip).filter(bool)
LEMMA = st.text(st.sampled_from("abé &@-"), min_size=1, max_size=5).filter(lambda w: w[0] in "abé")
LINK = st.builds("".join, st.tuples(st.sampled_from("&@"), st.sampled_from(["1", "2 30", "7"])))


def _text(synsets: list[str], lemmas: list[str], exceptions: list[str]) -> str:
    return "\n".join([HEADER.rstrip("\n"), "%synsets", *synsets, "%lemmas", *lemmas,
                      "%exceptions", *exceptions]) + "\n"


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    """A thesaurus text with random sections (the file does not read what lines mean), and
    each synset's lemmas and links."""
    synsets = draw(st.lists(st.tuples(st.lists(LEMMA, min_size=1, max_size=3),
                                      st.lists(LINK, max_size=2)), max_size=30))
    lemmas = sorted({f"{key}\tn{i}" for i, key in enumerate(draw(st.lists(KEYS, max_size=30)))})
    lemmas = list({line.partition("\t")[0]: line for line in lemmas}.values())
    pairs = draw(st.lists(st.tuples(KEYS, st.sampled_from(["n\tx", "v\ty", "*"])), max_size=20))
    exceptions = sorted({f"{word}\t{rest}" for word, rest in pairs})
    text = _text(["\t".join(a + b) for a, b in synsets], lemmas, exceptions)
    return text, [["\t".join(a), "\t".join(b)] for a, b in synsets]


@settings(max_examples=200, deadline=None)
@given(made=_texts(), block_bytes=st.sampled_from([1, 7, 40, 16_384]))
def test_every_line_is_found_whatever_the_block_size(
    made: tuple[str, list[list[str]]], block_bytes: int
) -> None:
    text, synsets = made
    file = ThesaurusFile(encode(text, block_bytes))
    assert file.text() == text
    assert [[file.members(n), file.links(n)] for n in range(len(synsets))] == synsets
    with pytest.raises(IndexError):
        file.members(len(synsets))
    assert file.lines(LINKS, str(len(synsets))) == []
    lines = text.split("\n")[:-1]
    sections = {
        LEMMAS: lines[lines.index("%lemmas") + 1:lines.index("%exceptions")],
        EXCEPTIONS: lines[lines.index("%exceptions") + 1:],
    }
    for part, section in sections.items():
        keys = set(map(_key, section))
        for key in keys | {"", " ", "a", "zzz", "b'", "\x01", "a\nb"}:
            assert file.lines(part, key) == [x for x in section if x.startswith(key + "\t")]
    # (the lemmas' and exceptions' phrases; a base of more words is told in test_thesaurus)
    collocations = [key for key in map(_key, sections[LEMMAS] + sections[EXCEPTIONS])
                    if " " in key]
    for part, wanted in ((HEADS, {key.rpartition(" ")[0] for key in collocations}),
                         (TAILS, {key.partition(" ")[2] for key in collocations})):
        words = {word for key in collocations for word in key.split(" ")}
        for key in wanted | words | {"", " ", "a", "zzz", "a\nb"}:
            assert file.has(part, key) == (key in wanted), (part, key)


def _key(line: str) -> str:
    return line.partition("\t")[0]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("%synsets\n%lemmas\n%exceptions\n", "no format line", id="no format"),
        pytest.param(_text([], ["b\tn1", "a\tn0"], []), "lemmas out of order", id="unsorted"),
        pytest.param(_text(["a\tb", ""], [], []), "an empty line", id="empty line"),
        pytest.param(_text(["a\t\tb"], [], []), "an empty field", id="empty field"),
        pytest.param(_text(["&1\ta"], [], []), "links before lemmas", id="links first"),
        pytest.param(_text(["@1"], [], []), "a synset without lemmas", id="no lemmas"),
        pytest.param(_text([], [], ["was\tv\tbe", "is\tv\tbe"]), "exceptions out of order",
                     id="unsorted exceptions"),
        pytest.param(HEADER + "words\n" + _text([], [], [])[len(HEADER):], "a line that is no "
                     "comment before the sections", id="stray line"),
    ],
)
def test_what_is_no_thesaurus_text_is_refused(text: str, reason: str) -> None:
    with pytest.raises(ValueError):
        encode(text)


def _cut(data: bytes) -> bytes:
    return data[:-3]


def _no_directory(data: bytes) -> bytes:
    return data.replace(b"%directory", b"%register")


def _long_directory(data: bytes) -> bytes:
    return re.sub(rb"%directory (\d+)", lambda m: b"%%directory %d" % (int(m[1]) + 1), data)


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        pytest.param(lambda data: b"", "an empty file", id="empty"),
        pytest.param(lambda data: b"# palimpsest-thesaurus 1\n" + data, "a text's format line",
                     id="text format"),
        pytest.param(_cut, "its last bytes lost", id="truncated"),
        pytest.param(_no_directory, "no directory", id="no directory"),
        pytest.param(_long_directory, "a directory length that is wrong", id="bad length"),
    ],
)
def test_a_broken_file_is_refused(spoil: object, reason: str) -> None:
    data = encode(_text(["a\tb"], ["a\ta0", "b\ta0"], ["as\t*"]))
    assert ThesaurusFile(data).lines(LEMMAS, "b") == ["b\ta0"]
    with pytest.raises(ValueError):
        ThesaurusFile(spoil(data))  # type: ignore[operator]


def test_the_shipped_file_holds_the_text_shipped_before() -> None:
    text = ThesaurusFile.open(DEFAULT_PATH).text()
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SHIPPED_TEXT_SHA256


# --- The same answers as the old implementation ---------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _texts_at_hand() -> list[tuple[str, str]]:
    """Pairs of versions of one text: the samples, the seeds, Mark (those that are there)."""
    samples = sorted(SAMPLES.glob("*.txt"))
    seeds = seed_files()
    mark = [BENCH / "bible" / f"Mark.{name}.txt" for name in ("kjv", "web")]
    found = [*pairwise(samples), *pairwise(seeds)]
    if all(path.is_file() for path in mark):
        found.append((mark[0], mark[1]))
    return [(_read(old), _read(new)) for old, new in found]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _real_pairs(old: str, new: str) -> Iterator[tuple[str, str]]:
    """Words and two-word phrases near the same place of two versions, paragraph by paragraph:
    the kind of swap a comparison asks about ("thy" and "your", "went to" and "attended")."""
    for old_paragraph, new_paragraph in zip(old.split("\n"), new.split("\n"), strict=False):
        old_words = _WORD.findall(old_paragraph)
        new_words = _WORD.findall(new_paragraph)
        scale = len(new_words) / max(1, len(old_words))
        for i, word in enumerate(old_words):
            j = round(i * scale)
            for other in new_words[max(0, j - 2):j + 3]:
                yield word, other
            if 0 < j < len(new_words):
                yield f"{word} {old_words[i + 1]}" if i + 1 < len(old_words) else word, \
                    new_words[j]


def _inflections(lemma: str) -> list[str]:
    """Forms the morphology rules read ("stopped", "companies'", "Bigger")."""
    last = lemma[-1]
    return [lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "er", lemma + "est",
            lemma + "'s", lemma + "s'", lemma + last + "ing", lemma + last + "ed",
            lemma[:-1] + "ies", lemma[:-1] + "ied", lemma.title(), lemma.upper() + "\u2019s"]


@pytest.fixture(scope="module")
def old_and_new() -> tuple[thesaurus_reference.Thesaurus, Thesaurus]:
    text = ThesaurusFile.open(DEFAULT_PATH).text()
    return thesaurus_reference.Thesaurus(text), Thesaurus.load()


@pytest.fixture(scope="module")
def words(old_and_new: tuple[thesaurus_reference.Thesaurus, Thesaurus]) -> list[str]:
    """Every lemma and exception, inflections of one lemma in 50, words of the texts."""
    old = old_and_new[0]
    lemmas = [line.partition("\t")[0] for line in old._lemmas]
    inflected = [form for lemma in lemmas[::50] for form in _inflections(lemma)]
    exceptions = list(old._exceptions)
    real = {word for pair in _texts_at_hand() for text in pair for word in _WORD.findall(text)}
    return lemmas + inflected + exceptions + sorted(real)


def test_every_word_has_the_same_base_forms(
    old_and_new: tuple[thesaurus_reference.Thesaurus, Thesaurus], words: list[str]
) -> None:
    old, new = old_and_new
    differing = [word for word in words if old.base_forms(word) != new.base_forms(word)]
    assert len(words) > 190_000
    assert not differing, differing[:20]


def test_words_have_the_same_synonyms(
    old_and_new: tuple[thesaurus_reference.Thesaurus, Thesaurus], words: list[str]
) -> None:
    old, new = old_and_new
    sample = random.Random(17).sample(words, 15_000)
    assert [word for word in sample if old.synonyms(word) != new.synonyms(word)][:20] == []


def _phrases(lemmas: list[str]) -> list[str]:
    """Phrases of two to four words: multi-word lemmas inflected on their first or last word
    (one in five), and the texts' runs of words, as a comparison asks about them."""
    collocations = [lemma for lemma in lemmas if " " in lemma][::5]
    found = [" ".join([form, *lemma.split(" ")[1:]]) for lemma in collocations
             for form in _inflections(lemma.split(" ")[0])]
    found += [" ".join([*lemma.split(" ")[:-1], form]) for lemma in collocations
              for form in _inflections(lemma.split(" ")[-1])]
    for texts in _texts_at_hand():
        for text in texts:
            words = _WORD.findall(text)
            found += [" ".join(words[i:i + size]) for size in (2, 3, 4)
                      for i in range(0, len(words) - size, 3)]
    return found + ["comics page", "the comics", "bases-on-balls hit", "went to", "going to's"]


def test_every_phrase_has_the_same_base_forms(
    old_and_new: tuple[thesaurus_reference.Thesaurus, Thesaurus]
) -> None:
    # (the new one tells most phrases no by the lemmas' heads and tails, see `Thesaurus`)
    old, new = old_and_new
    phrases = _phrases(list(map(_key, old._lemmas)))
    differing = [phrase for phrase in phrases if old.base_forms(phrase) != new.base_forms(phrase)]
    assert len(phrases) > 60_000
    assert not differing, differing[:20]
    assert sum(bool(new.base_forms(phrase)) for phrase in phrases) > 20_000, "many are forms"


def test_pairs_of_words_are_linked_alike(
    old_and_new: tuple[thesaurus_reference.Thesaurus, Thesaurus], words: list[str]
) -> None:
    old, new = old_and_new
    chance = random.Random(17)
    pairs = [pair for texts in _texts_at_hand() for pair in _real_pairs(*texts)]
    # random pairs fill up to 110,000, or 30,000 of them when ../shared gives many real ones
    filler = max(30_000, 110_000 - len(pairs))
    pairs += [(chance.choice(words), chance.choice(words)) for _ in range(filler)]
    for word in chance.sample(words, 10_000):  # a word and its synonyms, related or not
        pairs += [(word, other) for other in sorted(old.synonyms(word))[:3]]
    assert len(pairs) > 100_000
    differing = [
        (a, b) for a, b in pairs
        if (old.are_synonyms(a, b), old.are_related(a, b))
        != (new.are_synonyms(a, b), new.are_related(a, b))
    ]
    assert not differing, differing[:20]
    assert sum(new.are_synonyms(a, b) for a, b in pairs) > 10_000, "many pairs are synonyms"
