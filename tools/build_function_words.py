"""Build ``resources/function_words.txt``: the function words of English, from two maintained
lexicons, at build time only.

The words come from the part-of-speech lexicon that TextBlob ships (``textblob/en/
en-lexicon.txt``: Brill's tagger lexicon, trained on the Brown corpus and the Penn
Treebank, MIT licence): every lower-case word whose tag is a closed class of the Penn
Treebank — determiners, pre-determiners, prepositions and subordinating conjunctions,
coordinating conjunctions, personal and possessive pronouns, wh-words, modals, "to",
existential "there", particles. The lexicon tags each word once, by its commonest use, so the
primary auxiliaries (forms of be, have and do, tagged as verbs) and the negator "not" are
added as the grammar's closed class. The lexicon holds misspellings from its Twitter data
("becase", "bewteen"): words that wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) finds rarer
than ``MIN_ZIPF`` are left out; archaic words in use ("thou", "unto", "whosoever") stay.

Neither package is needed to run Palimpsest: the list is read by
``core.lexicon.function_words``. Usage: ``python tools/build_function_words.py [OUT]``
(needs ``pip install textblob wordfreq``; it reads TextBlob's file without importing it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUT = REPO_ROOT / "resources" / "function_words.txt"
FORMAT = "palimpsest-function-words 1"

# The closed classes of the Penn Treebank tag set (POS, the possessive ending, is no word).
CLOSED_TAGS = frozenset({"CC", "DT", "EX", "IN", "MD", "PDT", "PRP", "PRP$", "RP", "TO",
                         "WDT", "WP", "WP$", "WRB"})
# Tagged as verbs or adverbs by the lexicon, but closed classes of the grammar all the same.
AUXILIARIES = ("be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had",
               "having", "do", "does", "did", "not")
# Rarer than this (wordfreq's Zipf scale: 3 is once per million words) is a misspelling.
MIN_ZIPF = 2.5


def lexicon_path() -> Path:
    """TextBlob's lexicon file, found without importing TextBlob (and NLTK with it)."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("textblob is not installed: pip install textblob wordfreq")
    return Path(next(iter(spec.submodule_search_locations))) / "en" / "en-lexicon.txt"


def function_words(lexicon: str) -> dict[str, str]:
    """Word → tag for every function word of the lexicon's text, auxiliaries included."""
    from wordfreq import zipf_frequency

    found: dict[str, str] = {}
    for line in lexicon.splitlines():
        fields = line.split()
        if line.startswith(";;;") or len(fields) != 2:
            continue
        word, tag = fields
        if tag in CLOSED_TAGS and word.isalpha() and word.islower() \
                and zipf_frequency(word, "en") >= MIN_ZIPF:
            found[word] = tag
    for word in AUXILIARIES:
        found.setdefault(word, "AUX")
    return found


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    words = function_words(lexicon_path().read_text(encoding="utf-8"))
    header = [f"# {FORMAT}",
              "# English function words (closed classes): word<TAB>Penn Treebank tag (AUX for",
              "# the primary auxiliaries). Built by tools/build_function_words.py from the",
              "# lexicon of TextBlob (Brill's tagger lexicon, MIT licence), filtered with",
              "# wordfreq (data CC BY-SA 4.0)."]
    body = [f"{word}\t{tag}" for word, tag in sorted(words.items())]
    out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} function words to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
