"""Tests of `core.load`: one test module per module of the package."""
