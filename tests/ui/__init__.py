"""Tests of `ui`, headless (``QT_QPA_PLATFORM=offscreen``): one module per module, with the
packages ``view``, ``docks`` and ``export`` mirrored.

``conftest.py`` gives every test its own settings folder and a shown ``window``. Across
modules: ``test_main_window`` (the window as an editor uses it), ``test_counts_agree`` (the
status bar, word diff, HTML, PDF, CSV and JSON give the same counts) and ``test_app``
(``main.py`` opening the window and taking screenshots).
"""
