"""The member ledger against the database: filter, values, types, masking and the audit."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from tests.factories import make_id_number
from tests.unit.services.test_member_query import enroll_generated
from unionstation.domain.codes import (
    Education,
    Ethnicity,
    MemberStatus,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.domain.idnumber import masked
from unionstation.exchange.ledger import FIRST_DATA_ROW, ExportCancelled
from unionstation.exchange.member_ledger import (
    LEDGER_TITLE,
    MEMBER_COLUMNS,
    export_member_ledger,
)
from unionstation.services.member_export import EXPORT_ACTION
from unionstation.services.member_query import MemberFilter
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService
from unionstation.store.models import AuditEntry, GrassrootsUnion, Member

HEADERS = ["序号", "姓名", "性别", "民族", "身份证号", "出生日期", "文化程度", "政治面貌",
           "联系电话", "所属基层工会", "工作单位", "岗位(工种)", "人员类别", "是否农民工",
           "劳模级别", "入会日期", "会员证号", "会员状态"]
ZHAO = make_id_number("330106", date(1979, 11, 3), 311)


def read(path: Path) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def by_name(path: Path) -> dict[str, dict[str, Any]]:
    sheet = read(path)
    assert sheet[2] == HEADERS
    return {row[1]: dict(zip(HEADERS, row, strict=True)) for row in sheet[FIRST_DATA_ROW:]}


def audits(runtime: StationRuntime) -> list[AuditEntry]:
    with runtime.context.reading() as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.action == EXPORT_ACTION)
            .order_by(AuditEntry.id)))


@pytest.fixture
def zhao(runtime: StationRuntime) -> None:
    """A member with every coded field filled, and an employer that looks like a formula."""
    union = UnionService(runtime.context).resolve("快递物流行业工会联合会")
    MemberService(runtime.context).enroll(MemberDraft(
        name="赵六", id_number=ZHAO, grassroots_union_id=union.id, joined_on=date(2023, 7, 21),
        phone="13912345678", employer="=HYPERLINK(\"http://evil\",\"点我\")", job="快递员",
        priority_group=PriorityGroup.COURIER, migrant_worker=True,
        ethnicity=Ethnicity.HUI, education=Education.JUNIOR_COLLEGE,
        political_status=PoliticalStatus.CPC_MEMBER,
        model_worker_level=ModelWorkerLevel.MUNICIPAL))


def test_every_active_member_with_masked_numbers_by_default(
        runtime: StationRuntime, zhao: None, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    result = export_member_ledger(runtime.context, out)
    assert result.rows == 4 and not result.unmasked and result.path == out
    sheet = read(out)
    assert sheet[0][0] == "测试街道总工会" + LEDGER_TITLE
    assert [c.header for c in MEMBER_COLUMNS] == HEADERS
    rows = by_name(out)
    assert list(rows) == ["李四", "曾小红", "张三", "赵六"]  # the register's pinyin order
    assert [r["序号"] for r in rows.values()] == [1.0, 2.0, 3.0, 4.0]
    zhao_row = rows["赵六"]
    assert zhao_row["身份证号"] == masked(ZHAO) == ZHAO[:6] + "********" + ZHAO[-4:]
    assert zhao_row | {"身份证号": None, "会员证号": None} == {
        "序号": 4.0, "姓名": "赵六", "性别": "男", "民族": "回族", "身份证号": None,
        "出生日期": date(1979, 11, 3), "文化程度": "大学专科", "政治面貌": "中共党员",
        "联系电话": "139****5678", "所属基层工会": "快递物流行业工会联合会",
        "工作单位": "=HYPERLINK(\"http://evil\",\"点我\")", "岗位(工种)": "快递员",
        "人员类别": "快递员", "是否农民工": "是", "劳模级别": "市级劳动模范",
        "入会日期": date(2023, 7, 21), "会员证号": None, "会员状态": "在册"}
    # empty optional codes are empty cells, not "None"
    assert rows["张三"]["民族"] == "" and rows["张三"]["是否农民工"] == "否"
    [entry] = audits(runtime)
    assert entry.officer == "王干事" and entry.detail == "rows=4; id_numbers=masked"


def test_full_numbers_match_the_database_and_are_audited(
        runtime: StationRuntime, zhao: None, tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    result = export_member_ledger(runtime.context, out, MemberFilter(statuses=()),
                                  unmasked=True)
    assert result.unmasked and result.rows == 4
    rows = by_name(out)
    with runtime.context.reading() as session:
        stored = session.execute(
            select(Member, GrassrootsUnion.name)
            .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)).all()
    assert len(stored) == len(rows)
    for member, union_name in stored:
        row = rows[member.name]
        assert isinstance(row["身份证号"], str) and row["身份证号"] == member.id_number
        assert isinstance(row["会员证号"], str) and row["会员证号"] == member.card_no
        assert isinstance(row["联系电话"], str) and row["联系电话"] == member.phone
        assert row["出生日期"] == member.birth_date and row["入会日期"] == member.joined_on
        assert type(row["出生日期"]) is date
        assert row["性别"] == member.gender.label and row["所属基层工会"] == union_name
        assert row["会员状态"] == member.status.label
        assert row["工作单位"] == member.employer and row["岗位(工种)"] == member.job
    [entry] = audits(runtime)
    assert entry.action == EXPORT_ACTION and entry.detail == "rows=4; id_numbers=full"
    assert ZHAO not in entry.detail


def test_the_filter_is_respected(runtime: StationRuntime, zhao: None, tmp_path: Path) -> None:
    union = UnionService(runtime.context).resolve("快递物流行业工会联合会")
    only_union = export_member_ledger(runtime.context, tmp_path / "u.xlsx",
                                      MemberFilter(union_id=union.id))
    assert only_union.rows == 1 and list(by_name(tmp_path / "u.xlsx")) == ["赵六"]
    searched = export_member_ledger(runtime.context, tmp_path / "s.xlsx",
                                    MemberFilter(text="zs"))
    assert list(by_name(tmp_path / "s.xlsx")) == ["张三"] and searched.rows == 1
    migrants = export_member_ledger(
        runtime.context, tmp_path / "m.xlsx",
        MemberFilter(migrant_worker=True, statuses=(MemberStatus.ACTIVE,)))
    assert migrants.rows == 1
    nobody = export_member_ledger(runtime.context, tmp_path / "n.xlsx",
                                  MemberFilter(text="没有这个人"))
    assert nobody.rows == 0 and len(read(tmp_path / "n.xlsx")) == FIRST_DATA_ROW
    backwards = export_member_ledger(runtime.context, tmp_path / "d.xlsx", MemberFilter(),
                                     sort="birth_date", descending=True)
    assert backwards.rows == 4
    assert list(by_name(tmp_path / "d.xlsx")) == ["曾小红", "李四", "张三", "赵六"]


def test_a_cancelled_export_leaves_no_file_and_no_audit_entry(
        runtime: StationRuntime, tmp_path: Path) -> None:
    enroll_generated(runtime.context, 800)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ledger.xlsx"
    asked: list[int] = []
    progress: list[tuple[int, int]] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ExportCancelled):
        export_member_ledger(runtime.context, out, MemberFilter(), unmasked=True,
                             cancelled=cancelled, progress=lambda *p: progress.append(p))
    assert list(folder.iterdir()) == [] and audits(runtime) == []
    assert progress == [(500, 803)]  # stopped by the last check, after every row
