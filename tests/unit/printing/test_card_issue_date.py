"""The card's 发证日期 is a choice: the day it is printed or the joining date (point 12)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.printing.conftest import PrintStation
from tests.unit.printing.pdf import text
from unionstation.printing.api import render_to_pdf
from unionstation.services.print_settings import PrintSettingsService


def card_text(printing: PrintStation, out: Path) -> str:
    render_to_pdf(printing.runtime.context, printing.runtime.home, "card",
                  [printing.long_name], out, layout="single")
    return text(out).replace(" ", "")


def test_issue_date_is_today_or_the_joining_date(printing: PrintStation,
                                                 tmp_path: Path) -> None:
    today = printing.runtime.context.today()
    today_text = f"{today.year}年{today.month}月{today.day}日"
    assert PrintSettingsService(printing.runtime.context).card_issue_date() == "today"
    assert today_text in card_text(printing, tmp_path / "today.pdf")
    PrintSettingsService(printing.runtime.context).set_card_issue_date("joined")
    joined = card_text(printing, tmp_path / "joined.pdf")
    assert "2025年6月18日" in joined and today_text not in joined
