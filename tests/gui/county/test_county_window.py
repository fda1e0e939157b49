"""The county's window over a real county folder and two real stations: stations and keys,
intake of a folder from a stick, then the case, the figures and the members it brings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import LI, WANG, ZHANG, Station, make_county, make_station, pair
from tests.gui.conftest import ScriptedDialogs
from unionstation.county.home import CountyHome
from unionstation.county.member_page import COUNT_CAP, CountyMembers
from unionstation.sync.documents import read_enrolment
from unionstation.ui.county.controller import CountyController
from unionstation.ui.county.figures import CountyFiguresPage
from unionstation.ui.county.intake import APPLIED, DUPLICATE, REFUSED, IntakePage
from unionstation.ui.county.launch import build_county_window
from unionstation.ui.county.stations import StationsPage
from unionstation.ui.county.views import CasesPage, CountyMembersPage
from unionstation.ui.county.window import CountyWindow
from unionstation.ui.operations import wait_for_workers

TIMEOUT = 20_000


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[CountyHome, Station, Station]]:
    county = make_county(tmp_path / "county")
    west = make_station(tmp_path / "west", "330106001", "西湖街道总工会",
                        [("张三", ZHANG), ("李四", LI)])
    east = make_station(tmp_path / "east", "330106002", "留下街道总工会",
                        [("张三", ZHANG), ("王五", WANG)])
    pair(county, west, "西湖街道总工会")
    pair(county, east, "留下街道总工会")
    county.close()
    yield CountyHome(tmp_path / "county"), west, east
    west.runtime.close()
    east.runtime.close()


OpenCounty = Callable[[CountyHome], tuple[CountyWindow, CountyController]]


@pytest.fixture
def open_county_window(qtbot: QtBot, dialogs: ScriptedDialogs) -> Iterator[OpenCounty]:
    opened: list[CountyController] = []

    def _open(home: CountyHome) -> tuple[CountyWindow, CountyController]:
        window, controller = build_county_window(home, dialogs)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
            controller.start()
        opened.append(controller)
        return window, controller

    yield _open
    wait_for_workers()
    for controller in opened:
        controller.shutdown()


def page_of(window: CountyWindow, key: str, kind: type) -> object:
    window.show_page(key)
    page = window.pages[key]
    assert isinstance(page, kind)
    return page


def stations_page(qtbot: QtBot, window: CountyWindow) -> StationsPage:
    page = page_of(window, "stations", StationsPage)
    assert isinstance(page, StationsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def test_the_stations_and_their_keys(
        qtbot: QtBot, world: tuple[CountyHome, Station, Station],
        open_county_window: OpenCounty, dialogs: ScriptedDialogs) -> None:
    home, west, _ = world
    window, controller = open_county_window(home)
    assert "测试县总工会" in window.county_label.text()
    assert window.current_page() == "stations"
    page = stations_page(qtbot, window)
    rows = page.model.rows()
    assert [s.code for s in rows] == ["330106001", "330106002"]
    assert rows[0].fingerprint == west.sync.fingerprint()
    assert not any(s.revoked for s in rows)
    assert "Stations: 2" in window.stations_label.text()
    assert dialogs.shown == []

    # Revoke the keys of the west station (a lost laptop).
    page.select("330106001")
    assert page.revoke_button.isEnabled()
    dialogs.confirm_answer = True
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rows()[0].revoked, timeout=TIMEOUT)
    assert "revoked" in dialogs.shown[-1][2]
    assert not page.revoke_button.isEnabled()


def test_enrol_a_station_and_register_its_key(
        qtbot: QtBot, world: tuple[CountyHome, Station, Station], tmp_path: Path,
        open_county_window: OpenCounty, dialogs: ScriptedDialogs) -> None:
    home, _, _ = world
    window, _ = open_county_window(home)
    page = stations_page(qtbot, window)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.code_edit.setText("bad code!")
    dialog.name_edit.setText("蒋村街道总工会")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert dialog.isVisible()

    dialogs.file_answer = tmp_path / "for-jiangcun"
    dialog.code_edit.setText("330106003")
    dialog.submit()
    saved = tmp_path / "for-jiangcun.enrol"
    qtbot.waitUntil(saved.exists, timeout=TIMEOUT)
    assert not dialog.isVisible()
    enrolment = read_enrolment(saved.read_bytes())
    assert (enrolment.station_code, enrolment.station_name) == ("330106003", "蒋村街道总工会")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)

    # The new station imports it and sends its key back; the county registers it.
    third = make_station(tmp_path / "third", "330106003", "蒋村街道总工会", [])
    try:
        third.sync.enrol(saved.read_bytes())
        key_file = tmp_path / "US1KEY_330106003.key"
        key_file.write_bytes(third.sync.station_key_file())
        dialogs.file_answer = key_file
        dialogs.confirm_answer = True
        qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
        fingerprint = third.sync.fingerprint()
        qtbot.waitUntil(lambda: page.model.rows()[2].fingerprint == fingerprint,
                        timeout=TIMEOUT)
        confirm = next(shown for shown in dialogs.shown if shown[0] == "confirm")
        assert fingerprint.replace("-", "  ") in confirm[2]
    finally:
        third.runtime.close()


def test_intake_of_a_folder_brings_members_a_case_and_figures(
        qtbot: QtBot, world: tuple[CountyHome, Station, Station], tmp_path: Path,
        open_county_window: OpenCounty, dialogs: ScriptedDialogs) -> None:
    home, west, east = world
    stick = tmp_path / "stick"
    stick.mkdir()
    west_batch = west.sync.export_to(stick).batch
    east_batch = east.sync.export_to(stick).batch
    assert west_batch is not None and east_batch is not None
    (stick / "US1_330106009_deadbeef.usb").write_bytes(b"US1 BATCH\nnot a batch")

    window, _ = open_county_window(home)
    intake = page_of(window, "intake", IntakePage)
    assert isinstance(intake, IntakePage)
    dialogs.file_answer = stick
    with qtbot.waitSignal(intake.imported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(intake.folder_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    results = {outcome.path.name: outcome.result for outcome in report.files}
    assert results == {west_batch.name: APPLIED, east_batch.name: APPLIED,
                       "US1_330106009_deadbeef.usb": REFUSED}
    refused = next(o for o in report.files if o.result == REFUSED)
    assert refused.reason
    assert sorted(p.name for p in report.acks) == sorted(
        p.name for p in stick.glob("US1ACK_*.ack"))
    assert len(report.acks) == 2
    assert "Applied: 2" in intake.summary.text() and "Refused: 1" in intake.summary.text()
    assert intake.results_view.isVisible()

    # The receipts go back to the stations.
    for station, ack in ((west, "330106001"), (east, "330106002")):
        [path] = stick.glob(f"US1ACK_{ack}_*.ack")
        assert station.sync.accept_ack(path.read_bytes()).acknowledged > 0

    # The same stick again changes nothing.
    dialogs.file_answer = stick
    with qtbot.waitSignal(intake.imported, timeout=TIMEOUT) as again:
        intake.import_folder()
    assert [o.result for o in again.args[0].files].count(DUPLICATE) == 2

    cases = page_of(window, "cases", CasesPage)
    assert isinstance(cases, CasesPage)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=TIMEOUT)
    model = cases.model
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert row[0] == "Active at two stations"
    assert "********" in row[1] and ZHANG not in row[1]
    assert row[2] == "330106001, 330106002"

    figures = page_of(window, "figures", CountyFiguresPage)
    assert isinstance(figures, CountyFiguresPage)
    qtbot.waitUntil(lambda: figures.model.rowCount() == 3, timeout=TIMEOUT)
    total = figures.model.rows()[-1]
    assert figures.station_text(total) == "County total" and total.active == 4

    members = page_of(window, "county-members", CountyMembersPage)
    assert isinstance(members, CountyMembersPage)
    qtbot.waitUntil(lambda: members.total == 4, timeout=TIMEOUT)
    members.search.setText("张三")
    qtbot.waitUntil(lambda: members.total == 2 and members.model.rowCount() == 2,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: members.station.count() == 3, timeout=TIMEOUT)
    members.station.setCurrentIndex(members.station.findData("330106002"))
    qtbot.waitUntil(lambda: members.total == 1, timeout=TIMEOUT)
    assert members.model.rows()[0].station == "330106002"

    # The box's promise: pinyin initials (and whole pinyin), typed in any case.
    assert "pinyin initials" in members.search.placeholderText()
    members.station.setCurrentIndex(0)
    members.search.clear()
    qtbot.keyClicks(members.search, "ls")
    qtbot.waitUntil(lambda: members.total == 1 and members.model.rows()[0].name == "李四",
                    timeout=TIMEOUT)
    members.search.setText("wangw")
    qtbot.waitUntil(lambda: members.total == 1 and members.model.rows()[0].name == "王五",
                    timeout=TIMEOUT)
    members.search.setText("ZS")
    qtbot.waitUntil(lambda: members.total == 2 and {
        row.name for row in members.model.rows()} == {"张三"}, timeout=TIMEOUT)
    # a search's total counted up to COUNT_CAP reads "1,000+", as the station's register
    members._show(CountyMembers(COUNT_CAP, members.model.rows(), capped=True))
    assert "1,000+" in members.count_label.text()
    assert members.total == COUNT_CAP


def test_receipts_can_go_to_a_chosen_folder(
        qtbot: QtBot, world: tuple[CountyHome, Station, Station], tmp_path: Path,
        open_county_window: OpenCounty, dialogs: ScriptedDialogs) -> None:
    home, west, _ = world
    (tmp_path / "stick").mkdir()
    batch = west.sync.export_to(tmp_path / "stick").batch
    assert batch is not None
    window, _ = open_county_window(home)
    intake = page_of(window, "intake", IntakePage)
    assert isinstance(intake, IntakePage)
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    dialogs.file_answer = receipts
    intake.choose_acks_folder()
    assert str(receipts) in intake.acks_label.text()
    dialogs.file_answer = batch
    with qtbot.waitSignal(intake.imported, timeout=TIMEOUT) as done:
        qtbot.mouseClick(intake.files_button, Qt.MouseButton.LeftButton)
    assert [p.parent for p in done.args[0].acks] == [receipts]
    assert dialogs.shown[-1][0] == "open_files"
