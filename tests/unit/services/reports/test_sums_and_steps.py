"""How a status step counts, and how reports add up key by key."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.services.reports.sample import sample_report
from unionstation.services.reports.facts import StatusStep
from unionstation.services.reports.sums import add, add_campaigns, add_reports
from unionstation.services.reports.timeline import step_flow


def _step(before: str | None, after: str) -> StatusStep:
    return StatusStep("m", before, after, date(2026, 3, 1), "t", "s")


@pytest.mark.parametrize(("before", "after", "by_transfer", "flow"), [
    (None, "active", False, "joined"),
    (None, "active", True, "transferred_in"),
    ("lapsed", "active", False, "joined"),
    ("retired", "active", False, "joined"),
    ("transferred_out", "active", False, "transferred_in"),
    ("active", "transferred_out", False, "transferred_out"),
    ("active", "lapsed", False, "left"),
    ("active", "retired", False, "left"),
    ("active", "deceased", False, "left"),
    ("retired", "lapsed", False, None),
    ("lapsed", "deceased", False, None),
])
def test_how_a_step_counts(before: str | None, after: str, by_transfer: bool,
                           flow: str | None) -> None:
    assert step_flow(_step(before, after), by_transfer) == flow


def test_money_adds_as_decimal_text_and_maps_key_by_key() -> None:
    assert add("0.10", "0.20") == "0.30"
    assert add({"a": 1, "b": "1.50"}, {"b": "2.25", "c": 3}) == {"a": 1, "b": "3.75", "c": 3}
    with pytest.raises(TypeError):
        add(1, "1.00")


def test_campaigns_of_the_same_name_and_kind_are_one() -> None:
    first = [{"name": "送温暖", "kind": "winter", "households": 2, "paid_total": "100.00",
              "budget": "500.00"}]
    second = [{"name": "送温暖", "kind": "winter", "households": 3, "paid_total": "50.50",
               "budget": "0.00"},
              {"name": "送清凉", "kind": "summer", "households": 1, "paid_total": "10.00",
               "budget": "10.00"}]
    assert add_campaigns([first, second]) == [
        {"name": "送清凉", "kind": "summer", "households": 1, "paid_total": "10.00",
         "budget": "10.00"},
        {"name": "送温暖", "kind": "winter", "households": 5, "paid_total": "150.50",
         "budget": "500.00"}]


def test_reports_add_up_with_the_previous_year() -> None:
    one = sample_report()
    total = add_reports([one, one], {k: one[k] for k in ("unions", "members", "venues",
                                                         "hardship")})
    assert total["members"]["active"] == 3 * 2900
    assert total["previous_year"]["hardship"]["paid_total"] == "510000.00"
