"""Membership card numbers: a prefix (the division code by default) and a running number."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionstation.domain.permissions import Action
from unionstation.domain.text import strip_all_spaces, to_halfwidth
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.store.models import Member, Setting

COUNTER_KEY = "card_no.next"
RULE_KEY = "card_no.rule"
DEFAULT_DIGITS = 6
_CACHE = "_us_card_numbers"


@dataclass(frozen=True)
class CardNumberRule:
    prefix: str
    digits: int = DEFAULT_DIGITS

    def format(self, number: int) -> str:
        return f"{self.prefix}{number:0{self.digits}d}"


def _setting(session: Session, key: str) -> Setting | None:
    return session.get(Setting, key)


def current_rule(session: Session, division_code: str) -> CardNumberRule:
    setting = _setting(session, RULE_KEY)
    if setting is None:
        return CardNumberRule(division_code)
    return CardNumberRule(str(setting.value["prefix"]), int(setting.value["digits"]))


def next_card_number(session: Session, division_code: str) -> str:
    """Take the next free number inside the caller's transaction (a rollback returns it).

    The rule, the counter row and the numbers already taken are kept in `session.info`,
    so a batch with autoflush off asks the database once, not once per member.
    """
    return next_card_numbers(session, division_code, 1)[0]


def next_card_numbers(session: Session, division_code: str, count: int,
                      avoid: Collection[str] = ()) -> list[str]:
    """The next `count` free numbers, as `next_card_number` called `count` times would
    give them, passing over those in `avoid` too (numbers a roster gives elsewhere)."""
    cache = session.info.get(_CACHE)
    if cache is None:
        rule = current_rule(session, division_code)
        counter = _setting(session, COUNTER_KEY)
        if counter is None:
            counter = Setting(key=COUNTER_KEY, value=1)
            session.add(counter)
        taken = set(session.scalars(
            select(Member.card_no).where(Member.card_no.like(f"{rule.prefix}%"))))
        cache = session.info[_CACHE] = (rule, counter, taken)
    rule, counter, taken = cache
    number = int(counter.value)
    numbers: list[str] = []
    for _ in range(count):
        candidate = rule.format(number)
        while candidate in taken or candidate in avoid:
            taken.add(candidate)
            number += 1
            candidate = rule.format(number)
        taken.add(candidate)
        numbers.append(candidate)
        number += 1
    if count:
        counter.value = number
    return numbers


class CardNumberService:
    def __init__(self, context: ServiceContext, division_code: str) -> None:
        self._ctx = context
        self._division_code = division_code

    def rule(self) -> CardNumberRule:
        with self._ctx.reading() as session:
            return current_rule(session, self._division_code)

    def next_preview(self) -> str:
        with self._ctx.reading() as session:
            rule = current_rule(session, self._division_code)
            counter = _setting(session, COUNTER_KEY)
            return rule.format(int(counter.value) if counter else 1)

    def set_rule(self, prefix: str, digits: int) -> CardNumberRule:
        self._ctx.require(Action.SETTINGS_EDIT, "card_rule")
        clean = strip_all_spaces(to_halfwidth(prefix)).upper()
        if not clean or not clean.isalnum() or not clean.isascii() or len(clean) > 20:
            raise InvalidField("会员证号规则", "前缀", "应为1至20位字母或数字。")
        if not 3 <= digits <= 10:
            raise InvalidField("会员证号规则", "流水号位数", "应在3至10位之间。")
        with self._ctx.unit_of_work() as session:
            setting = _setting(session, RULE_KEY)
            value = {"prefix": clean, "digits": digits}
            if setting is None:
                session.add(Setting(key=RULE_KEY, value=value))
            else:
                setting.value = value
            audit.record(session, self._ctx.officer, "settings.change", "setting", RULE_KEY)
        return CardNumberRule(clean, digits)
