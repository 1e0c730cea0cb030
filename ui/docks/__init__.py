"""The window's docks and their Qt models: the Versions list and the Patterns table."""
