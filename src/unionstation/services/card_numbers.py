"""Membership card numbers: a prefix from the division code and a running number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionstation.store.models import Setting

COUNTER_KEY = "card_no.next"
DIGITS = 6


def next_card_number(session: Session, division_code: str) -> str:
    """Take the next number inside the caller's transaction (so a rollback returns it)."""
    setting = session.scalars(select(Setting).where(Setting.key == COUNTER_KEY)).first()
    number = int(setting.value) if setting else 1
    if setting is None:
        session.add(Setting(key=COUNTER_KEY, value=number + 1))
    else:
        setting.value = number + 1
    return f"{division_code}{number:0{DIGITS}d}"
