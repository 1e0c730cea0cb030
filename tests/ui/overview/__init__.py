"""Tests of ui/overview: the Overview tab, its models and its clicks."""
