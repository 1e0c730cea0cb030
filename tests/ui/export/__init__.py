"""Tests of `ui.export`: ``test_controller`` (File ▸ Export… in the window, and its refusals),
``test_pdf_printer`` (the PDF read back with pypdf), ``test_fonts``, ``test_report_dialog``."""
