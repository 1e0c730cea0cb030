"""Palimpsest's command line: ``compare OLD NEW`` and the window's file arguments."""
