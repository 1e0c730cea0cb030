"""Export and printing: File ▸ Export in the window, and the PDF printer.

`controller` runs the window's export in the background; `pdf_printer` prints the report's
HTML into PDF bytes with Qt (also used by the command line, which imports no window code);
`fonts` registers the bundled fonts the PDF embeds.
"""
