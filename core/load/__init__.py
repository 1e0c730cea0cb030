"""Loading: a file's path in, a `core.model.Document` out (or a `LoadError` saying why not).

`loader` chooses the format by extension or by the file's first bytes, reads it within the
size and time limits, normalises newlines and finds the title. Each format has one module
here that wraps its library and turns its values and exceptions into ours: `text` (plain
text and Markdown in any encoding), `html` (saved web pages), `docx`, `odt`, `rtf`, `pdf`
(with `pdf_lines` joining the runs of text PDFium finds into lines and `pdf_layout`
turning those lines into paragraphs) and `package` (what zip and OLE
containers say about themselves). `extracted` holds the value every reader returns.
"""
