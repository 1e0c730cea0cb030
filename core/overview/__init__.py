"""Many versions at once: similarity, relations, lineage, quotes and facts (see overview)."""
