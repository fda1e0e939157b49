"""Re-base from the county on the reporting page: a station restored from an older backup
picks the county's re-base file through the dialog service, types the code read out by
phone, and reporting resumes."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories import TEST_KEY
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import TIMEOUT, click, sync_page
from tests.rebase_world import CODE, restored_station
from unionstation.county.rebase import make_rebase_file
from unionstation.county.service import County
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station


def test_a_restored_station_re_bases_from_the_county_file(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    restored_station(open_station(station_home, TEST_KEY), county, tmp_path).close()
    made, path = make_rebase_file(county, CODE, tmp_path / "from-county.rebase")
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    assert page.clock_label.isVisible() and "重建文件" in page.clock_label.text()
    assert page.rebase_button.isVisible()

    dialogs.file_answer = path
    dialogs.text_answer = "WRONG-CODE"
    click(qtbot, page.rebase_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "warn", timeout=TIMEOUT)
    assert "重建码" in dialogs.shown[-1][2]
    assert page.clock_label.isVisible()

    dialogs.text_answer = made.code
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        click(qtbot, page.rebase_button)
    qtbot.waitUntil(lambda: not page.clock_label.isVisible(), timeout=TIMEOUT)
    kind, title, text = next(s for s in reversed(dialogs.shown) if s[0] == "inform")
    assert title == "Re-base from the county"
    assert f"change no. {made.applied_through + 1}" in text
    assert "(4 active members)" in text
    assert [s[0] for s in dialogs.shown if s[1] == "Re-base from the county"].count(
        "open_file") == 2


def test_with_a_county_url_the_re_base_file_is_downloaded(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    from tests.receiver import running_receiver
    from unionstation.sync.station_sync import SyncService

    runtime = open_station(station_home, TEST_KEY)
    restored = restored_station(runtime, county, tmp_path)
    with running_receiver(county.home) as url:
        SyncService(restored.context, restored.home).set_county_url(url)
        restored.close()
        window, _ = open_window(station_home)
        page = sync_page(qtbot, window)
        assert page.clock_label.isVisible()
        dialogs.confirm_answer = True
        click(qtbot, page.rebase_button)
        qtbot.waitUntil(lambda: not page.clock_label.isVisible(), timeout=TIMEOUT)
    assert ("inform", "Re-base from the county") in [s[:2] for s in dialogs.shown]
    assert not any(s[0] == "open_file" for s in dialogs.shown)
