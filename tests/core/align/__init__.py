"""Tests of `core.align`: ``test_words`` (the anchored word alignment), ``test_dmp`` (the
diff-match-patch wrapper), ``test_levenshtein``, ``test_sentences`` (sentence pairs,
demotion, similarity)."""
