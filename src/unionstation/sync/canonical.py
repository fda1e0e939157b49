"""Canonical JSON and UTC timestamps: one byte string for one value, so signatures are stable."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

# One encoder for every call: json.dumps with options builds a new one each time, which
# shows when a batch encodes 150,000 lines.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
encode_text = _ENCODER.encode


def canonical_json(obj: Any) -> bytes:
    return _ENCODER.encode(obj).encode("utf-8")


def utc_iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a "Z"; a naive datetime is a bug (it would mean local time)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps in sync files must be timezone-aware")
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_utc_iso(text: str) -> datetime:
    """The inverse of utc_iso; anything else (no "Z", other offset, odd form) is ValueError."""
    if not text.endswith("Z"):
        raise ValueError("not a UTC timestamp ending in Z")
    moment = datetime.fromisoformat(text[:-1] + "+00:00")
    if utc_iso(moment) != text:
        raise ValueError("not in canonical form")
    return moment.astimezone(UTC)
