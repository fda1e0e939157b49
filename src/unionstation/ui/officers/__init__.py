"""Officers: who may log in, with which role (admin only)."""
