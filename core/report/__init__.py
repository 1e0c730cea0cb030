"""Reports: a `core.model.Comparison` in, the bytes of an output format out (no Qt).

`json_format` (the public contract), `text_format` (a word diff for terminals),
`csv_format` (one row per change), `html` with `html_text` and `facing` (the annotated
report, redline or side by side, also what the PDF prints), `legend` (how each kind of change is drawn, on screen and on paper),
`pdf_outline` (bookmarks added to a printed PDF), `export` (one function for every format)
and `files` (the one way a file is written: safely, whole or not at all).
"""
