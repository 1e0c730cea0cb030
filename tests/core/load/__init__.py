"""Tests of `core.load`: one module per reader (``test_text`` holds decoding, ``test_html``,
``test_docx``, ``test_odt``, ``test_rtf``, ``test_pdf`` with ``test_pdf_content`` and
``test_pdf_layout``, ``test_package``, ``test_extracted``), ``test_loader`` and ``test_title``.

Three tables run every format through `core.load.loader.load`: ``test_formats`` (the text
read matches the source; it also holds the document builders the other tests use),
``test_bad_files`` (one clear error per bad file) and ``test_fuzz`` (random, truncated and
damaged bytes never crash).
"""
