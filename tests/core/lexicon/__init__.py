"""Tests of `core.lexicon`: one test module per module of the package."""
