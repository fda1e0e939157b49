"""The import wizard driven end to end on a small roster, and a cancelled run."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.unit.exchange import rosters
from unionstation.services.import_mappings import ImportMappingService
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.members.import_wizard import ImportWizard
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext


@pytest.fixture
def wizard(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> ImportWizard:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    shown = ImportWizard(context)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def load(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    """Read a roster as the wizard does, on the worker, and wait for the answer."""
    wizard.load(path)
    wait_for_workers()
    qtbot.waitUntil(lambda: wizard.file_page.choose_button.isEnabled(), timeout=10_000)


def item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    found = table.item(row, column)
    assert found is not None
    return found


def names(runtime: StationRuntime) -> set[str]:
    page = MemberQueryService(runtime.context).search(MemberFilter(), limit=100)
    return {row.name for row in page.rows}


def test_whole_wizard(qtbot: QtBot, wizard: ImportWizard, dialogs: ScriptedDialogs,
                      runtime: StationRuntime, tmp_path: Path) -> None:
    dialogs.file_answer = rosters.write_xlsx(tmp_path / "花名册.xlsx")
    wizard.file_page.choose_button.click()
    assert not wizard.file_page.choose_button.isEnabled()  # read on the worker
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    assert [wizard.file_page.sheet_combo.itemText(i) for i in range(2)] == ["花名册", "说明"]
    wizard.next()
    page = wizard.mapping_page
    assert page.header_spin.value() == 3
    assert page.combos[3].currentData() == "id_number"
    assert page.combos[16].currentData() is None  # 鞋码: kept visible, ignored
    page.combos[1].setCurrentIndex(0)
    assert not page.isComplete() and "姓名" in page.problems.text()
    page.combos[1].setCurrentIndex(page.combos[1].findData("name"))
    page.combos[16].setCurrentIndex(page.combos[16].findData("address"))
    page.combos[15].setCurrentIndex(0)
    page.save_name.setText("示范花名册")
    page.save_button.click()
    assert wizard.sheet is not None
    assert ImportMappingService(runtime.context).matching(wizard.sheet.header.headers)
    wizard.next()
    preview = wizard.preview_page
    assert preview.table.rowCount() == 15
    assert item(preview.table, 0, 1).text() == "王五"
    assert item(preview.table, 3, 0).text() == "7"
    assert item(preview.table, 3, 0).background().color().name().upper() == "#FFC7CE"
    assert item(preview.table, 8, 0).background().color().name().upper() == "#FFEB9C"
    preview.update_radio.setChecked(True)
    wizard.next()
    wizard.run_page.start_button.click()
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=20_000)
    summary = wizard.summary
    assert summary is not None
    assert (summary.imported, summary.updated, summary.rejected) == (7, 1, 7)
    assert "7" in wizard.run_page.summary.text()
    assert summary.backup is not None and summary.backup.exists()
    assert str(summary.backup) in wizard.run_page.summary.text()
    assert wizard.run_page.report_button.isEnabled()
    report = wizard.run_page.report
    assert report is not None and report.exists()
    assert load_workbook(report).active.cell(4, 18).value == "已导入"
    assert "王五" in names(runtime)


def test_saved_mapping_offered_again(qtbot: QtBot, wizard: ImportWizard, dialogs: ScriptedDialogs,
                                     runtime: StationRuntime, tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    headers = list(rosters.HEADER)
    fields = [None, "name", None, "id_number"] + [None] * (len(headers) - 4)
    ImportMappingService(runtime.context).save("只要姓名和身份证", headers, fields)
    load(qtbot, wizard, path)
    assert wizard.mapping_page.saved_combo.currentText() == "只要姓名和身份证"
    assert wizard.mapping_page.fields() == fields


def test_cancel_changes_nothing(qtbot: QtBot, wizard: ImportWizard, runtime: StationRuntime,
                                tmp_path: Path) -> None:
    before = names(runtime)
    load(qtbot, wizard, rosters.write_xlsx(tmp_path / "r.xlsx"))
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.start()
    wizard.operation.progress.cancel()
    wait_for_workers()
    qtbot.waitUntil(lambda: "Cancelled" in wizard.run_page.summary.text(), timeout=10_000)
    assert not wizard.run_page.finished
    assert names(runtime) == before


def test_unreadable_file_warns(qtbot: QtBot, wizard: ImportWizard, dialogs: ScriptedDialogs,
                               tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"nothing")
    load(qtbot, wizard, junk)
    assert dialogs.shown[-1][0] == "warn" and "不是 Excel" in dialogs.shown[-1][2]
    assert not wizard.file_page.isComplete()


def test_hostile_sheets_warn_and_the_window_stays(qtbot: QtBot, wizard: ImportWizard,
                                                 dialogs: ScriptedDialogs,
                                                 tmp_path: Path) -> None:
    from tests.hostile_sheets import HOSTILE

    for name, make in HOSTILE.items():
        load(qtbot, wizard, make(tmp_path / f"{name}.xlsx"))
        kind, _title, text = dialogs.shown[-1]
        assert kind == "warn" and ("上限" in text or "拒绝" in text), (name, text)
        assert not wizard.file_page.isComplete()


def test_the_register_opens_the_wizard_and_reloads_after(qtbot: QtBot, runtime: StationRuntime,
                                                       ) -> None:
    from tests.gui.conftest import ScriptedDialogs
    from unionstation.services.station import StationService
    from unionstation.ui.members.register import RegisterView
    from unionstation.ui.page_context import PageContext

    context = PageContext(runtime, StationService(runtime.context).require(), ScriptedDialogs())
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.show()
    menu = view.filters.export_button.menu()
    assert menu is not None and menu.actions()[0] is view.import_action
    view.import_action.trigger()
    wizard = view.import_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    with qtbot.waitSignal(view.model.modelReset, timeout=5_000):
        wizard.reject()
