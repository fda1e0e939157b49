"""One word for "sent, not yet acknowledged" (point 9): after a USB export the page said
待报送 0 while the status bar said 6148 条待报送; now both say 待县总工会确认, and no internal
change number is put in an officer's sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import TIMEOUT, enrol, sync_page
from unionstation.county.service import County
from unionstation.paths import StationHome


def row_label(value: QWidget) -> str:
    box = value.parentWidget()
    assert box is not None
    form = box.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(value)
    assert isinstance(label, QLabel)
    return label.text()


def test_after_a_usb_export_one_word_everywhere(
        qtbot: QtBot, chinese: None, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, county: County, tmp_path: Path) -> None:
    window, _ = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.file_answer = stick
    page.send.fill_export_menu()
    other = next(a for a in page.send.export_menu.actions() if a.objectName() == "exportOther")
    with qtbot.waitSignal(page.commands.exported, timeout=TIMEOUT) as exported:
        other.trigger()
    sent = exported.args[0].changes
    qtbot.waitUntil(lambda: page.exported_value.text() == str(sent), timeout=TIMEOUT)
    assert row_label(page.pending_value) == "未报送" and page.pending_value.text() == "0"
    assert row_label(page.exported_value) == "待县总工会确认"
    assert "序号" not in row_label(page.acknowledged_value)
    state = window.findChild(QLabel, "countyState")
    qtbot.waitUntil(lambda: state is not None and f"{sent} 条待县总工会确认" in state.text(),
                    timeout=TIMEOUT)
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert not any("待报送" in text for text in shown)
