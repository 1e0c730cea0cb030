"""Tests of `core.report`: one module per format and helper (``test_json_format``,
``test_text_format``, ``test_csv_format``, ``test_html`` with its golden files in
``golden/``, ``test_html_text``, ``test_facing``, ``test_legend``, ``test_pdf_outline``,
``test_export``, ``test_files``, ``test_context``, ``test_colour_vision``). The reports are
tested on hand-built comparisons (`tests.report_examples`), so they change only when a report
does."""
