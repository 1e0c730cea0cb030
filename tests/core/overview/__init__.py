"""Tests of core/overview: many versions at once (relations, lineage, quotations, facts)."""
