"""The audit trail page (admin and auditor)."""
