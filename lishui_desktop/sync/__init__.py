"""Sync by bundle files: change capture, hybrid logical clock, bundles, merge, conflicts."""
