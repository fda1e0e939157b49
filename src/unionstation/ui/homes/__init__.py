"""The Homes page (workers' homes issue)."""
