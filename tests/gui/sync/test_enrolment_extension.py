"""One extension for the enrolment file everywhere (point 10): the README's example wrote
enrol.us1 while the station's dialog listed only *.enrol."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.e2e.cli_runner import cli
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import sync_page
from unionstation.paths import StationHome
from unionstation.sync.documents import ENROLMENT_SUFFIX, enrolment_file_name

README = Path(__file__).parents[3] / "README.md"


def test_readme_writes_and_reads_the_dialogs_extension() -> None:
    text = README.read_text(encoding="utf-8")
    written = re.findall(r"county enrol .*--out (\S+\.\w+)", text)
    read = re.findall(r"sync enrol (\S+\.\w+)", text)
    assert written and read
    assert all(name.endswith(ENROLMENT_SUFFIX) for name in written + read), (written, read)
    assert enrolment_file_name("330106001").endswith(ENROLMENT_SUFFIX)


def test_the_station_dialog_offers_enrol_and_all_files(
        qtbot: QtBot, chinese: None, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    page.commands.import_enrolment()
    _kind, _title, name_filter = dialogs.shown[-1]
    assert f"*{ENROLMENT_SUFFIX}" in name_filter and "所有文件 (*)" in name_filter


def test_county_cli_adds_the_extension(tmp_path: Path) -> None:
    county = tmp_path / "county"
    assert cli("county", "init", "--name", "测试县总工会", "--code", "330106",
               home=county).returncode == 0
    made = cli("county", "enrol", "--station-code", "330106001", "--station-name", "x",
               "--out", str(tmp_path / "for-station"), home=county)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / f"for-station{ENROLMENT_SUFFIX}").exists()
