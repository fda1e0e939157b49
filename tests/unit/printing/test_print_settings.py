"""The station's print settings: wording with defaults, printer offsets, fill-in positions."""

from __future__ import annotations

import pytest

from unionstation.domain.permissions import Role
from unionstation.services.errors import InvalidField, PermissionDenied
from unionstation.services.print_settings import TEXT_DEFAULTS, PrintSettingsService
from unionstation.services.runtime import StationRuntime


def test_wording_defaults_and_overrides(runtime: StationRuntime) -> None:
    settings = PrintSettingsService(runtime.context)
    assert settings.text("pledge").startswith("我志愿加入中华全国总工会,遵守工会章程,执行工会决议")
    settings.set_text("pledge", "我志愿加入工会。")
    assert settings.text("pledge") == "我志愿加入工会。"
    settings.set_text("pledge", "  ")
    assert settings.text("pledge") == TEXT_DEFAULTS["pledge"]
    with pytest.raises(KeyError):
        settings.text("nonsense")


def test_printer_offsets_are_kept_per_printer(runtime: StationRuntime) -> None:
    settings = PrintSettingsService(runtime.context)
    assert settings.printer_offset("HP LaserJet 1020") == (0.0, 0.0)
    settings.set_printer_offset("HP LaserJet 1020", 1.5, -2.25)
    settings.set_printer_offset("Canon LBP2900", -3, 0)
    assert settings.printer_offset("HP LaserJet 1020") == (1.5, -2.2)
    assert settings.printer_offset("Canon LBP2900") == (-3.0, 0.0)
    with pytest.raises(InvalidField):
        settings.set_printer_offset("HP LaserJet 1020", 80, 0)
    with pytest.raises(InvalidField):
        settings.set_printer_offset(" ", 1, 1)


def test_only_those_who_print_set_a_printers_offset(runtime: StationRuntime) -> None:
    runtime.context.role = Role.CLERK
    PrintSettingsService(runtime.context).set_printer_offset("Label printer", 1, 1)
    runtime.context.role = Role.FINANCE
    with pytest.raises(PermissionDenied, match="print"):
        PrintSettingsService(runtime.context).set_printer_offset("Label printer", 2, 2)
    assert PrintSettingsService(runtime.context).printer_offset("Label printer") == (1.0, 1.0)


def test_fill_in_positions_move_single_fields(runtime: StationRuntime) -> None:
    settings = PrintSettingsService(runtime.context)
    assert settings.fill_in_positions("registration") == {}
    settings.set_fill_in_position("registration", "name", (40.0, 50.5))
    assert settings.fill_in_positions("registration") == {"name": (40.0, 50.5)}
    settings.set_fill_in_position("registration", "name", None)
    assert settings.fill_in_positions("registration") == {}
