"""Tests of `core.report`: one test module per module of the package."""
