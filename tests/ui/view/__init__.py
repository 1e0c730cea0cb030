"""Tests of `ui.view`: one test module per module of the package."""
