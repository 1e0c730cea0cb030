"""Tests of `cli`: one module per module (``test_compare_command`` with the golden JSON of
two sample pairs in ``golden/``, ``test_entry``, ``test_output``), and the command line run
as a user runs it, in a subprocess, over tables of cases: ``test_bad_inputs``,
``test_two_bad_inputs``, ``test_decoding_cli``, ``test_export``, ``test_output_safety``,
``test_output_encoding``, ``test_ignore_rules`` (every output follows ``--ignore`` and
``--ignore-lines`` alike)."""
