"""The county window makes a re-base file for the selected station (admin only): saved
through the dialog service, with the one-time code shown once to read out by phone."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import LI, ZHANG, make_county, make_station, pair
from tests.gui.conftest import ScriptedDialogs
from tests.gui.county.test_county_window import OpenCounty, open_county_window, stations_page
from unionstation.county.home import CountyHome
from unionstation.sync.rebase_file import decrypt_rebase, open_rebase

__all__ = ["open_county_window"]
TIMEOUT = 20_000


def test_make_a_re_base_file_for_the_selected_station(
        qtbot: QtBot, tmp_path: Path, open_county_window: OpenCounty,
        dialogs: ScriptedDialogs) -> None:
    county = make_county(tmp_path / "county")
    west = make_station(tmp_path / "west", "330106001", "西湖街道总工会",
                        [("张三", ZHANG), ("李四", LI)])
    try:
        pair(county, west, "西湖街道总工会")
        batch = west.sync.export_to(tmp_path)
        assert batch.batch is not None
        assert county.import_batch(batch.batch.read_bytes()).status == "applied"
    finally:
        county.close()
        west.runtime.close()
    window, _ = open_county_window(CountyHome(tmp_path / "county"))
    page = stations_page(qtbot, window)
    assert page.rebase_button.isVisible() and not page.rebase_button.isEnabled()
    page.select("330106001")
    assert page.rebase_button.isEnabled()
    dialogs.file_answer = tmp_path / "for-west"  # no extension typed: .rebase is added
    qtbot.mouseClick(page.rebase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "inform", timeout=TIMEOUT)
    text = dialogs.shown[-1][2]
    saved = tmp_path / "for-west.rebase"
    assert str(saved) in text and "330106001" in text
    code = re.search(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){5}", text)
    assert code is not None
    sealed = open_rebase(saved.read_bytes(), None)
    content = decrypt_rebase(sealed, code=code.group(0))
    assert content.header.members == 2 and content.header.station_code == "330106001"
