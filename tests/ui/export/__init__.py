"""Tests of `ui.export`: one test module per module of the package."""
