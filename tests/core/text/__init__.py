"""Tests of `core.text`: one test module per module of the package."""
