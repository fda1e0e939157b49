"""The wizard never misleads: the preview follows the union chosen, choices survive going back,
a roster with no union column stops at the preview, and the result is where the eye lands."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from tests.gui.members.test_import_wizard import item, load, wizard  # noqa: F401
from tests.unit.exchange import rosters
from unionstation.ui.members.import_wizard import ImportWizard

RED = "#FFC7CE"


def no_union_roster(tmp_path: Path) -> Path:
    header = ["序号", "姓名", "公民身份号码"]
    rows = [[seq, name, rosters.person(40 + seq)]
            for seq, name in enumerate(("甲一", "乙二", "丙三"), start=1)]
    return rosters.write_xlsx(tmp_path / "无工会列.xlsx", rows, header)


def to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:  # noqa: F811
    load(qtbot, wizard, path)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page


def colour(wizard: ImportWizard, row: int) -> str:  # noqa: F811
    return item(wizard.preview_page.table, row, 0).background().color().name().upper()


def test_preview_follows_the_union_chosen(qtbot: QtBot, wizard: ImportWizard,  # noqa: F811
                                          tmp_path: Path) -> None:
    to_preview(qtbot, wizard, no_union_roster(tmp_path))
    preview = wizard.preview_page
    assert [colour(wizard, row) for row in range(3)] == [RED] * 3
    preview.union_combo.setCurrentIndex(preview.union_combo.findText(rosters.FACTORY))
    assert [colour(wizard, row) for row in range(3)] != [RED] * 3
    assert item(preview.table, 0, 6).text() == ""


def test_union_choice_survives_back_and_forward(qtbot: QtBot, wizard: ImportWizard,  # noqa: F811
                                                tmp_path: Path) -> None:
    to_preview(qtbot, wizard, no_union_roster(tmp_path))
    combo = wizard.preview_page.union_combo
    combo.setCurrentIndex(combo.findText(rosters.SECTOR))
    wizard.back()
    wizard.next()
    assert combo.currentText() == rosters.SECTOR
    assert colour(wizard, 0) != RED


def test_no_union_column_stops_at_the_preview(qtbot: QtBot, chinese: None,
                                              wizard: ImportWizard,  # noqa: F811
                                              tmp_path: Path) -> None:
    to_preview(qtbot, wizard, no_union_roster(tmp_path))
    preview = wizard.preview_page
    assert not preview.isComplete()
    assert preview.missing_union.isVisible()
    assert preview.missing_union.text() == (
        "这份花名册没有所属工会列：请选择这些会员归入哪个基层工会")
    wizard.next()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert wizard.currentPage() is preview  # cannot go on
    preview.union_combo.setCurrentIndex(1)
    assert preview.isComplete() and not preview.missing_union.isVisible()


def test_result_summary_on_top_buttons_normal(qtbot: QtBot, wizard: ImportWizard,  # noqa: F811
                                              dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    load(qtbot, wizard, rosters.write_xlsx(tmp_path / "r.xlsx"))
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.run_page
    page.start_button.click()
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert page.summary.geometry().top() < page.start_button.geometry().top()
    assert page.start_button.width() < page.width() // 2
    assert page.report_button.width() < page.width() // 2
    assert "Most often not imported" in page.summary.text()


def test_report_is_masked_unless_chosen(qtbot: QtBot, wizard: ImportWizard,  # noqa: F811
                                        tmp_path: Path) -> None:
    load(qtbot, wizard, rosters.write_xlsx(tmp_path / "r.xlsx"))
    wizard.next()
    wizard.next()
    assert wizard.preview_page.unmasked_report.isEnabled()
    assert not wizard.import_options().unmasked_report
    wizard.preview_page.unmasked_report.setChecked(True)
    assert wizard.import_options().unmasked_report
