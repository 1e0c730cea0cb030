"""Patterns: changes in, their categories, the counted swaps and the pair's reading out.

`categories` says what each change is (formatting-only, or a synonym, number, alias …
swap); `counting` groups the substitutions into patterns, counted and ranked; `profile`
sums a pair up (the spin profile) in numbers and one line an editor reads.
"""
