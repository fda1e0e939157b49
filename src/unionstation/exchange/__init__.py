"""Excel and CSV in and out: roster import, ledger export, templates (no Qt)."""
