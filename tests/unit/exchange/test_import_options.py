"""Update or skip, all-or-nothing, dry run, cancel, the report, union and mapping choices."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.factories import TEST_KEY, connect_db
from tests.unit.exchange import rosters
from unionstation.exchange.roster_import import (
    BadMapping,
    ImportBackupFailed,
    ImportCancelled,
    ImportOptions,
    RosterImporter,
    load_roster,
)
from unionstation.services.history import HistoryService
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService
from unionstation.store.backup import backup_key
from unionstation.store.models import Member


def dump(runtime: StationRuntime) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's content, for before/after comparisons."""
    connection = connect_db(runtime.home.db_path)
    try:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in names}
    finally:
        connection.close()


def test_update_changes_only_mapped_non_empty_cells(runtime: StationRuntime,
                                                    tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    summary = RosterImporter(runtime.context).run(load_roster(path),
                                                  ImportOptions(update_existing=True))
    assert (summary.updated, summary.skipped) == (1, 0)
    service = MemberService(runtime.context)
    zhang = service.resolve(rosters.ZHANG_SAN)
    draft = service.draft_of(zhang.id)
    assert (draft.phone, draft.employer) == ("13911112222", "新单位")
    assert draft.job == "" and draft.name == "张三"
    history = HistoryService(runtime.context).of(zhang.id)
    assert history[0].summary == "导入花名册修改了联系电话、工作单位"


def test_all_or_nothing_with_a_bad_row_writes_nothing(runtime: StationRuntime,
                                                      tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    before = dump(runtime)
    summary = RosterImporter(runtime.context).run(
        load_roster(path), ImportOptions(all_or_nothing=True, report=tmp_path / "rep.xlsx"))
    assert summary.blocked and not summary.committed
    assert (summary.imported, summary.rejected) == (0, 7)
    assert dump(runtime) == before
    sheet = load_workbook(tmp_path / "rep.xlsx").active
    assert sheet is not None
    assert sheet.cell(4, len(rosters.HEADER) + 1).value == "未导入"


def test_all_or_nothing_with_good_rows_imports_them(runtime: StationRuntime,
                                                    tmp_path: Path) -> None:
    rows = [r for r in rosters.messy_rows() if r[0] in (1, 2, 3)]
    path = rosters.write_xlsx(tmp_path / "good.xlsx", rows)
    summary = RosterImporter(runtime.context).run(load_roster(path),
                                                  ImportOptions(all_or_nothing=True))
    assert summary.committed and summary.imported == 3


def test_dry_run_counts_but_writes_nothing(runtime: StationRuntime, tmp_path: Path) -> None:
    before = dump(runtime)
    summary = RosterImporter(runtime.context).run(
        load_roster(rosters.write_xlsx(tmp_path / "r.xlsx")), ImportOptions(dry_run=True))
    assert (summary.imported, summary.skipped, summary.rejected) == (7, 1, 7)
    assert dump(runtime) == before


def big_roster(tmp_path: Path, count: int) -> Path:
    rows = [[i, f"会员{i}", "", rosters.person(i % 1000, date(1980 + i // 1000, 1, 1)),
             "", "", "", "", "", "", "", "", "", "", rosters.FACTORY, "", ""]
            for i in range(1, count + 1)]
    return rosters.write_xlsx(tmp_path / "big.xlsx", rows)


@pytest.mark.parametrize("when", [100, 2900])
def test_cancel_leaves_the_database_as_it_was(runtime: StationRuntime, tmp_path: Path,
                                              when: int) -> None:
    sheet = load_roster(big_roster(tmp_path, 3000))
    before = dump(runtime)
    calls = {"n": 0}
    progress: list[int] = []

    def cancelled() -> bool:
        calls["n"] += 1
        return len(progress) * 500 >= when or calls["n"] > 20

    with pytest.raises(ImportCancelled):
        RosterImporter(runtime.context).run(
            sheet, ImportOptions(), progress=lambda d, t, s: progress.append(d),
            cancelled=cancelled)
    assert dump(runtime) == before


def test_report_copies_rows_with_result_and_colours(runtime: StationRuntime,
                                                    tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    book = load_workbook(path)
    text_cell = book["花名册"].cell(5, 16)
    text_cell.value = "=1+1"
    text_cell.data_type = "s"  # typed as text, not a formula
    book.save(path)
    summary = RosterImporter(runtime.context).run(load_roster(path), ImportOptions(report=report))
    assert summary.report == report
    sheet = load_workbook(report).active
    assert sheet is not None
    width = len(rosters.HEADER)
    assert sheet.cell(1, 1).value == rosters.TITLE[0]
    assert [sheet.cell(3, width + i).value for i in (1, 2)] == ["导入结果", "原因"]
    assert sheet.cell(4, width + 1).value == "已导入"
    assert sheet.cell(5, 16).value == "=1+1" and sheet.cell(5, 16).data_type == "s"
    assert sheet.cell(7, width + 1).value == "未导入"
    assert "文本格式" in str(sheet.cell(7, width + 2).value)
    assert sheet.cell(7, 1).fill.start_color.rgb.endswith("FFC7CE")
    assert sheet.cell(12, 1).fill.start_color.rgb.endswith("FFEB9C")
    assert sheet.cell(18, width + 1).value == "已跳过"
    assert sheet.cell(20, 1).value == "合计" and sheet.cell(20, width + 1).value is None


def test_rows_without_union_use_the_default(runtime: StationRuntime, tmp_path: Path) -> None:
    rows = [r[:14] + [""] + r[15:] for r in rosters.messy_rows() if r[0] in (1, 2)]
    path = rosters.write_xlsx(tmp_path / "r.xlsx", rows)
    importer = RosterImporter(runtime.context)
    refused = importer.run(load_roster(path), ImportOptions(dry_run=True))
    assert {r.reason for r in refused.rejections} == {"未填写所属工会,也没有指定默认的基层工会。"}
    sector = UnionService(runtime.context).resolve(rosters.SECTOR)
    summary = importer.run(load_roster(path), ImportOptions(default_union=sector.id))
    assert summary.imported == 2
    with runtime.context.reading() as session:
        unions = set(session.scalars(select(Member.grassroots_union_id).where(
            Member.name.in_(["王五", "赵六"]))))
    assert unions == {sector.id}


def test_unknown_union_and_unknown_code_values(runtime: StationRuntime, tmp_path: Path) -> None:
    rows = [r for r in rosters.messy_rows() if r[0] in (1, 2)]
    rows[0][14] = "不存在的工会"
    rows[1][6] = "高中以下"
    summary = RosterImporter(runtime.context).run(
        load_roster(rosters.write_xlsx(tmp_path / "r.xlsx", rows)), ImportOptions())
    assert [(r.row, r.field) for r in summary.rejections] == [(4, "所属工会")]
    assert summary.imported == 1 and summary.warnings == 1


def test_mapping_by_hand(runtime: StationRuntime, tmp_path: Path) -> None:
    header = list(rosters.HEADER)
    header[16] = "家庭住址"
    sheet = load_roster(rosters.write_xlsx(tmp_path / "r.xlsx", header=header))
    assert sheet.header.fields[16] == "address"
    fields = list(sheet.header.fields)
    fields[16] = None
    fields[15] = "address"
    summary = RosterImporter(runtime.context).run(sheet, ImportOptions(fields=fields))
    wang = MemberService(runtime.context).draft_of(
        MemberService(runtime.context).resolve(rosters.person(1)).id)
    assert (wang.address, wang.remarks) == ("老会员", "")
    assert summary.imported == 7
    fields[1] = None
    with pytest.raises(BadMapping, match="姓名"):
        RosterImporter(runtime.context).run(sheet, ImportOptions(fields=fields))


def test_equal_cells_of_different_types_are_read_each_as_itself(
        runtime: StationRuntime, tmp_path: Path) -> None:
    # True == 1 in Python: parsed cells are remembered per column by type and value.
    blank = [""] * len(rosters.HEADER)
    rows = []
    for seq, remark in ((41, True), (42, 1), (43, 1.0), (44, "1"), (45, True)):
        row = list(blank)
        row[0], row[1], row[3], row[14], row[15] = seq, f"会员{seq}", rosters.person(seq), \
            rosters.FACTORY, remark
        rows.append(row)
    path = rosters.write_xlsx(tmp_path / "typed.xlsx", rows)
    summary = RosterImporter(runtime.context).run(load_roster(path), ImportOptions())
    assert summary.imported == 5
    with runtime.context.reading() as session:
        remarks = {name: text for name, text in session.execute(
            select(Member.name, Member.remarks).where(Member.name.like("会员%")))}
    assert remarks == {"会员41": "是", "会员42": "1", "会员43": "1", "会员44": "1",
                       "会员45": "是"}


def _member_count(db: Path, key: bytes = TEST_KEY) -> int:
    connection = connect_db(db, key)
    try:
        return int(connection.execute("SELECT count(*) FROM member").fetchone()[0])
    finally:
        connection.close()


def test_a_copy_is_saved_before_an_import_writes(runtime: StationRuntime,
                                                 tmp_path: Path) -> None:
    before = _member_count(runtime.home.db_path)
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    summary = RosterImporter(runtime.context).run(load_roster(path),
                                                  ImportOptions(backup_to=runtime.home))
    assert summary.imported == 7 and summary.backup is not None
    assert summary.backup.parent == runtime.home.backups_dir / "imports"
    assert _member_count(summary.backup, backup_key(TEST_KEY)) == before
    assert _member_count(runtime.home.db_path) == before + 7


@pytest.mark.parametrize("options", [ImportOptions(dry_run=True),
                                     ImportOptions(all_or_nothing=True)])
def test_no_copy_when_nothing_will_be_written(runtime: StationRuntime, tmp_path: Path,
                                              options: ImportOptions) -> None:
    options.backup_to = runtime.home
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    summary = RosterImporter(runtime.context).run(load_roster(path), options)
    assert summary.backup is None
    assert not (runtime.home.backups_dir / "imports").exists()


def test_an_import_whose_copy_fails_writes_nothing(runtime: StationRuntime,
                                                   tmp_path: Path) -> None:
    runtime.home.backups_dir.mkdir(parents=True, exist_ok=True)
    (runtime.home.backups_dir / "imports").write_text("not a folder")
    before = dump(runtime)
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    with pytest.raises(ImportBackupFailed, match="没有导入任何数据"):
        RosterImporter(runtime.context).run(load_roster(path),
                                            ImportOptions(backup_to=runtime.home))
    assert dump(runtime) == before
