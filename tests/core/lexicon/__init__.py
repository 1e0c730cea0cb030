"""Tests of `core.lexicon`: ``test_thesaurus``, ``test_word_forms``."""
