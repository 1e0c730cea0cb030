"""Tests of `core.patterns`: ``test_categories``, ``test_counting`` (direct, then the patterns
`compare` finds on hand-made, spun and real texts), ``test_profile``."""
