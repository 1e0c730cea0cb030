"""Tests of `core.align`: one test module per module of the package."""
