"""Whole-or-absent file writes for the sync files (batches, keys, receipts): the one
implementation lives in store.atomic."""

from __future__ import annotations

from unionstation.store.atomic import write_atomic

__all__ = ["write_atomic"]
