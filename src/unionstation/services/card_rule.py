"""What the card-number rule dialog shows before the officer saves a new rule."""

from __future__ import annotations

from unionstation.domain.text import strip_all_spaces, to_halfwidth
from unionstation.services.card_numbers import COUNTER_KEY, CardNumberRule
from unionstation.services.context import ServiceContext
from unionstation.store.models import Setting


class CardRulePreview:
    """The next card number under a rule that is still being typed (nothing is saved)."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def next_running_number(self) -> int:
        """The running number the next enrollment will try first (a rule change keeps it)."""
        with self._ctx.reading() as session:
            counter = session.get(Setting, COUNTER_KEY)
            return int(counter.value) if counter else 1

    def preview(self, prefix: str, digits: int) -> str:
        clean = strip_all_spaces(to_halfwidth(prefix)).upper()
        return CardNumberRule(clean, digits).format(self.next_running_number())
