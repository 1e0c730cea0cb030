"""Tests of `core.changes`: ``test_refine``, ``test_swaps``, ``test_kinship``,
``test_expansions``, ``test_moves``, ``test_edit_script``, ``test_ignoring`` (the ignore
rules, on texts through `compare`).

Each stage is given what refining the word alignment gives (`tests.pieces.refined`) and its
output is written as ``(kind, old text, new text)``. Rows that today's engine gets wrong are
strict xfails naming what it does instead. ``test_moves`` also runs moves through `compare`.
"""
