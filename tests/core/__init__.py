"""Tests of `core`, one package per stage (``load``, ``text``, ``lexicon``, ``align``,
``changes``, ``patterns``, ``report``) and one module per top-level module (``test_model``,
``test_spans``, ``test_resources``, ``test_collector``).

The stage tests call their module directly, with inputs built the way `core.compare` builds
them (see `tests.pieces`). The whole pipeline is tested in ``test_compare.py`` (word changes,
the edit-script invariant as properties, the samples and seeds, progress and cancel) and
``test_scripts.py`` (text that is not English-shaped: CJK, Thai, Devanagari, emoji,
decomposed accents).
"""
