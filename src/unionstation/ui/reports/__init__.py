"""The Statistics page (issue 17)."""
