"""Palimpsest's engine: loading versions of an article and comparing them, with no Qt."""
