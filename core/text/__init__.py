"""Text: a document's text in, its tokens, sentences and paragraphs out, with offsets.

`tokens` splits text into words, numbers, punctuation and white space (every character in
exactly one token); `sentences` groups tokens into sentences; `paragraphs` finds the
paragraphs of a text as character ranges.
"""
