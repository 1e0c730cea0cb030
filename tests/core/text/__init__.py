"""Tests of `core.text`: ``test_tokens``, ``test_sentences``, ``test_paragraphs``."""
