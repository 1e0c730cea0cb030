"""Palimpsest's tests. The tree mirrors the source tree: the tests of ``core/align/words.py``
are in ``tests/core/align/test_words.py``, those of ``ui/view/scroll_sync.py`` in
``tests/ui/view/test_scroll_sync.py``, and so on: one test module per module.

Tests that cross many modules have names that say so: the whole engine through `compare`
(``tests/core/test_compare.py``, ``test_scripts.py``), the window as an editor uses it
(``tests/ui/test_main_window.py``), one count in every view (``tests/ui/test_counts_agree.py``)
and the command line run as a user runs it (``tests/cli/``). ``test_architecture.py`` checks
the rules of the whole tree (core imports no Qt, the command line loads no window module,
one module per third-party library).

Shared helpers, beside the tests: ``conftest.py`` (the samples, the optional
``../shared`` material), ``pieces.py`` (the engine's token ranges read as text, for the
stage tables), ``report_examples.py`` (hand-built comparisons for the reports),
``pdf_samples.py`` (hand-written PDFs). Golden files sit beside their tests in ``golden/``
folders (``tests/core/report/golden``, ``tests/cli/golden``); ``UPDATE_GOLDEN=1`` rewrites them.
"""
