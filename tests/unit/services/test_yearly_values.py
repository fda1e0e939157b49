from __future__ import annotations

from decimal import Decimal

import pytest

from unionstation.domain.permissions import Role
from unionstation.services.errors import InvalidField, PermissionDenied
from unionstation.services.runtime import StationRuntime
from unionstation.services.yearly_values import YearlyValues


def test_a_year_falls_back_to_the_latest_earlier_one(runtime: StationRuntime) -> None:
    ctx = runtime.context
    values = YearlyValues(ctx)
    assert values.minimum_living_line(2026) is None
    values.set_minimum_living_line(2024, "1,050")
    values.set_minimum_living_line(2026, Decimal("1130.5"))
    assert values.minimum_living_line(2023) is None
    assert values.minimum_living_line(2025) == Decimal("1050.00")
    assert values.minimum_living_line(2027) == Decimal("1130.50")
    values.set_service_rate(2026, "haircut", "3")
    values.set_service_rate(2026, "haircut", "3")
    assert values.service_rates(2026) == {"haircut": Decimal("3.00")}
    assert values.service_rates(2025) == {}
    values.set_minimum_living_line(2026, None)
    assert values.minimum_living_line(2027) == Decimal("1050.00")


def test_bad_amounts_and_roles_are_refused(runtime: StationRuntime) -> None:
    ctx = runtime.context
    values = YearlyValues(ctx)
    with pytest.raises(InvalidField, match="minimum_living_line"):
        values.set_minimum_living_line(2026, "一千")
    with pytest.raises(InvalidField):
        values.set_minimum_living_line(2026, "-5")
    ctx.role = Role.CLERK
    with pytest.raises(PermissionDenied, match="clerk may not settings.edit"):
        values.set_minimum_living_line(2026, "1000")
