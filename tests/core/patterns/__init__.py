"""Tests of `core.patterns`: one test module per module of the package."""
