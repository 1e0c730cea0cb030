"""Changes: aligned blocks in, the pieces an editor would name out.

`refine` turns a replaced block into substitutions, omissions and additions; `swaps` cuts a
run of adjacent substitutions into the atomic swaps that made it; `expansions` reads a word
or two added beside an unchanged word as a rewording of it; `moves` finds the passages that
were dropped at one place and added at another; `edit_script` states the invariant every
result keeps (walking the changes rebuilds NEW from OLD).
"""
