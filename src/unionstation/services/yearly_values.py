"""Values that change every year and that several pages read: the local minimum-living
line (低保标准, hardship files) and the service subsidy rates (rest stops' claims).

Kept in the `setting` table as decimal strings under `yearly.<year>.<name>`; the Settings
page edits them as one table, the hardship and homes services read them. A year without
its own value falls back to the latest earlier year that has one, so a new year works
before the officer has typed its figures.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from unionstation.domain.permissions import Action
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.setting_values import write_setting
from unionstation.store.models import Setting

__all__ = ["MINIMUM_LIVING_LINE", "SERVICE_RATE_PREFIX", "YearlyValues"]

MINIMUM_LIVING_LINE = "minimum_living_line"
SERVICE_RATE_PREFIX = "service_rate."
_PREFIX = "yearly."


def _key(year: int, name: str) -> str:
    return f"{_PREFIX}{year:04d}.{name}"


def _decimal(name: str, value: object) -> Decimal:
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise InvalidField("", name, f"应为金额(元),例如 1000.00,而不是 {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise InvalidField("", name, "金额不能为负数")
    return amount.quantize(Decimal("0.01"))


class YearlyValues:
    """Read and set the per-year values; reading is open to every role."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def all(self) -> dict[int, dict[str, Decimal]]:
        """Every year's own values: {year: {name: amount}}."""
        with self._ctx.reading() as session:
            rows = session.scalars(select(Setting).where(Setting.key.like(f"{_PREFIX}%")))
            table: dict[int, dict[str, Decimal]] = {}
            for row in rows:
                _, year, name = row.key.split(".", 2)
                table.setdefault(int(year), {})[name] = Decimal(str(row.value))
        return table

    def value(self, year: int, name: str) -> Decimal | None:
        """The year's value, else the latest earlier year's, else None."""
        earlier = [(y, values[name]) for y, values in self.all().items()
                   if y <= year and name in values]
        return max(earlier)[1] if earlier else None

    def minimum_living_line(self, year: int) -> Decimal | None:
        return self.value(year, MINIMUM_LIVING_LINE)

    def service_rates(self, year: int) -> dict[str, Decimal]:
        """{service: yuan per service} for the year (each with the same fallback)."""
        names = {name for values in self.all().values() for name in values
                 if name.startswith(SERVICE_RATE_PREFIX)}
        rates = {}
        for name in sorted(names):
            amount = self.value(year, name)
            if amount is not None:
                rates[name.removeprefix(SERVICE_RATE_PREFIX)] = amount
        return rates

    def set(self, year: int, name: str, amount: Decimal | str | None) -> None:
        """Set (or, with None, clear) one value of one year."""
        self._ctx.require(Action.SETTINGS_EDIT, f"yearly {year} {name}")
        if not 1990 <= year <= 2100:
            raise InvalidField("", "year", f"年份 {year} 不在 1990–2100 之间")
        value = None if amount is None else str(_decimal(name, amount))
        write_setting(self._ctx, _key(year, name), value)

    def set_minimum_living_line(self, year: int, amount: Decimal | str | None) -> None:
        self.set(year, MINIMUM_LIVING_LINE, amount)

    def set_service_rate(self, year: int, service: str, amount: Decimal | str | None) -> None:
        self.set(year, SERVICE_RATE_PREFIX + service, amount)
