"""An enrollment drive entered by keyboard only: bad IDs, duplicates, the running list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import ScriptedDialogs, type_text
from unionstation.domain.codes import PriorityGroup
from unionstation.services.drives import DriveService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.services.unions import UnionService
from unionstation.ui.members.drive import DriveView
from unionstation.ui.members.drive_entry import parse_group
from unionstation.ui.page_context import PageContext

DRIVE_DAY = date(2024, 6, 1)
SECTOR = "快递物流行业工会联合会"


@pytest.fixture
def view(qtbot: QtBot, runtime: StationRuntime) -> DriveView:
    context = PageContext(runtime, StationService(runtime.context).require(),
                          ScriptedDialogs())
    drive = DriveView(context)
    qtbot.addWidget(drive)
    drive.resize(1024, 600)
    drive.show()
    drive.activateWindow()
    qtbot.waitExposed(drive)
    drive.start()
    return drive


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as the officer's keyboard does."""
    type_text(qtbot, focused(), text)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def new_drive(qtbot: QtBot, view: DriveView) -> None:
    chooser = view.chooser
    chooser.date_edit.setDate(QDate(DRIVE_DAY.year, DRIVE_DAY.month, DRIVE_DAY.day))
    chooser.union_combo.setCurrentIndex(chooser.union_combo.findText(SECTOR))
    assert focused() is chooser.place_edit
    keys(qtbot, "城东物流园")
    press(qtbot, Qt.Key.Key_Return)
    assert view.in_entry()


def person(qtbot: QtBot, name: str, id_number: str, phone: str = "", group: str = "") -> None:
    keys(qtbot, name)
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, id_number)
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, phone)
    press(qtbot, Qt.Key.Key_Tab)
    if group:
        keys(qtbot, group)
    press(qtbot, Qt.Key.Key_Return)


def test_a_drive_of_six_by_keyboard(qtbot: QtBot, view: DriveView,
                                    runtime: StationRuntime) -> None:
    entry = view.entry
    enrolled: list[None] = []
    view.enrolled.connect(lambda: enrolled.append(None))
    new_drive(qtbot, view)
    assert focused() is entry.name_edit

    person(qtbot, "王五", make_id_number("330106", date(1980, 2, 3), 11), "13900001111", "1")
    person(qtbot, "赵六", make_id_number("330106", date(1981, 3, 4), 13), "", "")
    assert entry.model.rowCount() == 2
    assert entry.group_combo.currentText() == "货车司机"  # kept for the next person

    # A wrong check digit: the reason under the field, every typed character kept.
    good = make_id_number("330106", date(1982, 4, 5), 15)
    bad = good[:17] + ("1" if good[17] != "1" else "2")
    person(qtbot, "孙七", bad, "13900002222")
    assert "校验位" in entry.id_error.text()
    assert entry.name_edit.text() == "孙七"
    assert entry.id_edit.text() == bad
    assert entry.phone_edit.text() == "13900002222"
    assert focused() is entry.id_edit
    assert entry.model.rowCount() == 2
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Backspace)
    keys(qtbot, good[17])
    assert "校验位" not in entry.id_error.text()
    press(qtbot, Qt.Key.Key_Return)
    assert entry.model.rowCount() == 3
    assert entry.id_edit.text() == ""

    # A bad phone number is flagged the same way.
    person(qtbot, "周八", make_id_number("330106", date(1983, 5, 6), 17), "1390000")
    assert "11" in entry.phone_error.text()
    assert entry.model.rowCount() == 3
    assert focused() is entry.phone_edit
    entry.phone_edit.selectAll()
    keys(qtbot, "13900003333")
    press(qtbot, Qt.Key.Key_Return)
    assert entry.model.rowCount() == 4

    # Already a member (张三's ID number): flagged, nothing saved, the row kept.
    zhang = make_id_number("330106", date(1985, 5, 20), 101)
    person(qtbot, "张叁", zhang)
    assert "张三" in entry.id_error.text()
    assert entry.name_edit.text() == "张叁"
    assert entry.model.rowCount() == 4
    press(qtbot, Qt.Key.Key_Escape)
    assert entry.name_edit.text() == "" and entry.id_edit.text() == ""
    assert focused() is entry.name_edit

    # Same birth date and name as 李四 but another ID number: Enter again confirms.
    li = make_id_number("330106", date(1990, 1, 2), 333)
    person(qtbot, "李四", li, "", "外卖")
    assert "李四" in entry.message.text()
    assert entry.model.rowCount() == 4
    press(qtbot, Qt.Key.Key_Return)
    assert entry.model.rowCount() == 5

    person(qtbot, "吴九", make_id_number("330106", date(1984, 7, 8), 19), "13900004444", "2")
    assert entry.model.rowCount() == 6
    assert len(enrolled) == 6
    assert focused() is entry.name_edit
    assert "6" in entry.count_label.text()

    rows = entry.model.rows()
    assert [r.name for r in rows] == ["王五", "赵六", "孙七", "周八", "李四", "吴九"]
    assert rows[0].priority_group is PriorityGroup.TRUCK_DRIVER
    assert rows[1].priority_group is PriorityGroup.TRUCK_DRIVER
    assert rows[4].priority_group is PriorityGroup.FOOD_DELIVERY_RIDER
    assert rows[5].priority_group is PriorityGroup.COURIER
    assert all(r.union_name == SECTOR and r.joined_on == DRIVE_DAY for r in rows)
    assert all(r.card_no for r in rows)
    assert entry.drive is not None
    assert DriveService(runtime.context).get(entry.drive.id).enrolled == 6
    sector = next(u for u in UnionService(runtime.context).list() if u.name == SECTOR)
    assert sector.members == 6

    # Esc on an empty row leaves; start() again offers the drive to continue.
    with qtbot.waitSignal(view.closed):
        press(qtbot, Qt.Key.Key_Escape)
    view.start()
    assert not view.in_entry()
    assert view.chooser.model.rowCount() == 1
    assert view.chooser.model.row(0).enrolled == 6
    view.chooser.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert view.in_entry()
    assert entry.model.rowCount() == 6


def test_new_drive_needs_a_place(qtbot: QtBot, view: DriveView) -> None:
    view.chooser.union_combo.setCurrentIndex(0)
    view.chooser.place_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not view.in_entry()
    assert "地点" in view.chooser.error_label.text()


def test_back_button_closes(qtbot: QtBot, view: DriveView) -> None:
    with qtbot.waitSignal(view.closed):
        qtbot.mouseClick(view.chooser.back_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("typed", "group"), [
    ("", None), ("1", PriorityGroup.TRUCK_DRIVER), ("快递员", PriorityGroup.COURIER),
    ("外卖", PriorityGroup.FOOD_DELIVERY_RIDER), ("保安", PriorityGroup.SECURITY_GUARD),
    ("护工", PriorityGroup.CARE_WORKER),
])
def test_group_typed(typed: str, group: PriorityGroup | None) -> None:
    assert parse_group(typed) is group


def test_unknown_group_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_group("司机")
