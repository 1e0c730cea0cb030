"""Tests of `ui.view`: ``test_comparison_view`` (the widget with real panes), ``test_scroll_sync``,
``test_highlighting``, ``test_navigation``, ``test_presentation``. The pane itself is tested
through the comparison view and the main window."""
