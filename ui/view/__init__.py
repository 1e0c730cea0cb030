"""The comparison view: OLD and NEW in panes side by side, or one inline redline pane.

`comparison_view` is the widget; `pane` one text pane; `presentation` (pure Python) lays a
comparison out as pane texts and spans; `highlighting` draws the spans; `navigation` steps
through changes and a pattern's places; `scroll_sync` keeps the two panes facing.
"""
