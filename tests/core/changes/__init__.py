"""Tests of `core.changes`: one test module per module of the package."""
