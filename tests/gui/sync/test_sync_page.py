"""The reporting page driven as an officer would, against a real county made in a tmp folder:
enrol from the county's file, save the key it registers, export, import the county's receipt,
and watch pending -> exported -> acknowledged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import STATION_CODE, TIMEOUT, click, counts, enrol, sync_page
from unionstation.county.service import County
from unionstation.paths import StationHome
from unionstation.ui.sync.drives import Drive


def test_not_enrolled_says_so_and_exports_nothing(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    assert page.not_enrolled_label.isVisible()
    assert "not enrolled" in page.not_enrolled_label.text()
    assert not page.enrolled_form.isVisible()
    assert not page.send.export_button.isEnabled()
    assert not page.send.receipt_button.isEnabled()
    assert int(page.pending_value.text()) > 0  # the station's own records wait
    assert page.last_export_value.text() == "never"
    assert page.issues.empty.isVisible()
    qtbot.waitUntil(lambda: window.findChild(QLabel, "countyState") is not None
                    and "not enrolled" in window.findChild(QLabel, "countyState").text(),
                    timeout=TIMEOUT)


def test_enrol_export_receipt_moves_the_counts(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    confirm = next(shown for shown in dialogs.shown if shown[0] == "confirm")
    assert "测试县总工会" in confirm[2] and STATION_CODE in confirm[2]
    assert county.info().signing_fingerprint.split("-")[0] in confirm[2]
    assert page.county_value.text() == "测试县总工会"
    assert page.station_code_value.text() == STATION_CODE
    assert page.send.export_button.isEnabled()

    # The station key goes up to the county, which registers it.
    dialogs.file_answer = tmp_path / "station-key"  # no extension typed: .key is added
    click(qtbot, page.save_key_button)
    key_file = tmp_path / "station-key.key"
    qtbot.waitUntil(lambda: dialogs.shown[-1][1] == "Station key saved", timeout=TIMEOUT)
    registered = county.register_station_key(key_file.read_bytes())
    qtbot.waitUntil(lambda: " " in page.fingerprint_label.text(), timeout=TIMEOUT)
    assert page.fingerprint_label.text().replace(" ", "-") == registered.fingerprint

    pending = int(page.pending_value.text())
    assert pending > 0 and page.exported_value.text() == "0"

    # Export to a folder chosen through "Other folder…".
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.file_answer = stick
    page.send.fill_export_menu()
    other = next(a for a in page.send.export_menu.actions() if a.objectName() == "exportOther")
    with qtbot.waitSignal(page.commands.exported, timeout=TIMEOUT) as exported:
        other.trigger()
    result = exported.args[0]
    assert result.batch is not None and result.batch.parent == stick
    assert result.changes >= pending  # and the yearly figures, refreshed before writing it
    pending = result.changes
    qtbot.waitUntil(lambda: counts(page) == ("0", str(pending), "0"), timeout=TIMEOUT)
    assert page.last_export_value.text() != "never"
    assert str(result.batch) in dialogs.shown[-1][2]

    # The county takes the stick, imports the batch and writes the receipt.
    acks = tmp_path / "acks"
    imported = county.import_paths([stick], acks_to=acks)
    assert imported["applied"] == 1 and imported["refused"] == []
    [ack] = imported["acks"]

    dialogs.file_answer = Path(ack)
    with qtbot.waitSignal(page.commands.acknowledged, timeout=TIMEOUT) as taken:
        click(qtbot, page.send.receipt_button)
    assert taken.args[0].acknowledged == pending
    qtbot.waitUntil(lambda: counts(page) == ("0", "0", str(result.to_seq)), timeout=TIMEOUT)
    assert page.last_ack_value.text() != "never"
    assert dialogs.shown[-1][0] == "inform"
    assert not page.mismatch_label.isVisible()
    assert not page.clock_label.isVisible()
    assert [s.members for s in county.stations()] == [3]


def test_a_forged_receipt_is_refused_and_changes_nothing(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    before = counts(page)
    forged = tmp_path / "forged.ack"
    forged.write_bytes(b"US1 ACK\n" + b"\0" * 80)
    dialogs.file_answer = forged
    click(qtbot, page.send.receipt_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "warn", timeout=TIMEOUT)
    assert counts(page) == before


def test_a_wrong_enrolment_file_is_refused(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    other = tmp_path / "other.enrol"
    other.write_bytes(county.enrol_station("330106999", "别的街道总工会"))
    dialogs.file_answer = other
    dialogs.confirm_answer = True
    click(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "warn", timeout=TIMEOUT)
    assert "330106999" in dialogs.shown[-1][2]
    page.refresh()
    qtbot.waitUntil(lambda: page.view is not None and not page.view.status.enrolled,
                    timeout=TIMEOUT)
    assert page.not_enrolled_label.isVisible()


def test_export_menu_offers_sticks_first_and_exports_there(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    page.send.drive_source = lambda: [Drive(stick, "KINGSTON", 3 * 1024 ** 3)]
    page.send.fill_export_menu()
    actions = [a for a in page.send.export_menu.actions() if not a.isSeparator()]
    assert [a.objectName() for a in actions] == ["exportDrive", "exportOther"]
    assert "KINGSTON" in actions[0].text() and "3.0 GB" in actions[0].text()
    with qtbot.waitSignal(page.commands.exported, timeout=TIMEOUT) as exported:
        actions[0].trigger()
    assert exported.args[0].batch.parent == stick
    assert "choose_folder" not in [shown[0] for shown in dialogs.shown]

    page.send.drive_source = list
    page.send.fill_export_menu()
    texts = [a.text() for a in page.send.export_menu.actions() if not a.isSeparator()]
    assert texts == ["No USB stick found", "Other folder…"]


def test_the_county_address_is_checked_and_saved(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome) -> None:
    window, controller = open_window(station_home)
    page = sync_page(qtbot, window)
    page.send.url_edit.setText("county.example.cn")
    page.send.url_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: page.send.url_error.isVisible(), timeout=TIMEOUT)
    assert "http" in page.send.url_error.text()
    page.send.url_edit.setText("http://127.0.0.1:9")
    page.send.url_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not page.send.url_error.isVisible(), timeout=TIMEOUT)
    page.refresh()
    qtbot.waitUntil(lambda: page.view is not None
                    and page.view.status.county_url == "http://127.0.0.1:9", timeout=TIMEOUT)


def test_a_restored_database_shows_why_export_paused(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    from unionstation.sync.high_water import note_export

    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    note_export(station_home, 500)  # exported further than this database remembers
    page.refresh()
    qtbot.waitUntil(lambda: page.clock_label.isVisible(), timeout=TIMEOUT)
    assert "恢复" in page.clock_label.text() and "500" in page.clock_label.text()
