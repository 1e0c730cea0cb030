"""Alignment: two token sequences in, what corresponds to what out.

`words` aligns the tokens of OLD and NEW (anchors first, then the gaps) into opcodes;
`dmp` is the one wrapper of diff-match-patch that diffs the small gaps in word mode;
`levenshtein` the one wrapper of python-Levenshtein (similarity and token alignment in C);
`sentences` pairs each OLD sentence with the NEW sentence it corresponds to, and finds the
sentences that correspond to nothing.
"""
