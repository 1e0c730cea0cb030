"""Tests of `ui.docks`: one test module per module of the package."""
