from __future__ import annotations

from unionstation.services.card_numbers import CardNumberService
from unionstation.services.card_rule import CardRulePreview
from unionstation.services.runtime import StationRuntime


def test_preview_uses_the_running_number_without_saving(runtime: StationRuntime) -> None:
    preview = CardRulePreview(runtime.context)
    assert preview.next_running_number() == 4  # three members enrolled
    assert preview.preview(" gh ", 5) == "GH00004"
    assert preview.preview("ＡＢ", 3) == "AB004"
    cards = CardNumberService(runtime.context, "330106001")
    assert cards.next_preview() == "330106001000004"
    cards.set_rule("GH", 5)
    assert cards.next_preview() == preview.preview("GH", 5)


def test_fresh_station_starts_at_one(runtime: StationRuntime) -> None:
    assert CardRulePreview(runtime.context).next_running_number() >= 1
