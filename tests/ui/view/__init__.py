"""Tests of `ui.view`: ``test_comparison_view`` (the widget with real panes), ``test_scroll_sync``,
``test_highlighting``, ``test_navigation``, ``test_places`` (the status bar's one thing),
``test_presentation``, ``test_find`` (with ``text_search``), ``test_change_map``,
``test_gutter`` (paragraph numbers, the scroll lock), ``test_line_estimate`` (the scroll range
from the start), ``test_emphasis`` and ``test_change_context``. The pane itself is tested
through the comparison view and the main window."""
