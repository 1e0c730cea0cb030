"""Tests of `ui.docks`: every model passes pytest-qt's model tester (``test_versions_model``,
``test_patterns_model``, ``test_table_model``, ``test_changes_model``). The docks' widgets are
tested through the window (``tests/ui/test_main_window.py``, ``test_changes_dock``)."""
