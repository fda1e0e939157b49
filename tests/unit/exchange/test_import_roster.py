"""Importing messy rosters: every case of the issue, as .xlsx, .xls and GBK .csv."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.unit.exchange import rosters
from unionstation.domain.codes import Education, Ethnicity, Gender, PoliticalStatus, PriorityGroup
from unionstation.exchange.cells import EXCEL_NUMBER_ID
from unionstation.exchange.roster_import import (
    ImportOptions,
    ImportSummary,
    RosterImporter,
    load_roster,
)
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import ChangeRecord, Member, MemberEvent, MemberStatusChange

EXPECTED_REJECTIONS = {
    7: ("公民身份号码", EXCEL_NUMBER_ID),
    11: ("入会时间", "日期“2023-02-30”不存在,请核对。"),
    13: ("出生年月", "出生日期晚于今天。"),
    14: ("姓名", "姓名为空。"),
    15: ("公民身份号码", "身份证号为空。"),
    17: ("公民身份号码", "与第4行的身份证号相同,以第4行为准。"),
}


def run(runtime: StationRuntime, path: Path, **options: Any) -> ImportSummary:
    return RosterImporter(runtime.context).run(load_roster(path), ImportOptions(**options))


def members(runtime: StationRuntime) -> dict[str, Member]:
    with runtime.context.reading() as session:
        return {m.id_number: m for m in session.scalars(select(Member))}


def check_messy(runtime: StationRuntime, summary: ImportSummary) -> None:
    assert summary.header_row == 3
    assert summary.rows == 15
    assert (summary.imported, summary.updated, summary.skipped, summary.rejected) == (7, 0, 1, 7)
    assert summary.warnings == 1
    found = {r.row: (r.field, r.reason) for r in summary.rejections}
    for row, expected in EXPECTED_REJECTIONS.items():
        assert found[row] == expected
    assert found[16][0] == "公民身份号码" and "校验位" in found[16][1]
    assert set(found) == {*EXPECTED_REJECTIONS, 16}

    stored = members(runtime)
    assert len(stored) == 3 + 7
    wang = stored[rosters.person(1)]
    assert (wang.name, wang.gender, wang.birth_date) == ("王五", Gender.MALE, date(1990, 6, 15))
    assert wang.ethnicity is Ethnicity.HAN and wang.education is Education.BACHELOR
    assert wang.political_status is PoliticalStatus.CPC_MEMBER
    assert wang.priority_group is PriorityGroup.COURIER
    assert (wang.phone, wang.employer, wang.job, wang.remarks) == (
        "13900001234", "示范机械公司", "焊工", "老会员")
    assert wang.joined_on == date(2023, 7, 21) and wang.migrant_worker is True
    assert wang.card_no and wang.card_no.startswith("330106001")
    zhao = stored[rosters.X_ID]
    assert zhao.name == "赵六" and zhao.migrant_worker is True
    assert zhao.joined_on == date(2023, 7, 21)
    upgraded = [m for n, m in stored.items() if n.startswith("330106197508")]
    assert [m.name for m in upgraded] == ["孙七"]
    assert upgraded[0].id_number[:17] == "33010619750809123"
    for seq, migrant in ((5, False), (7, False), (9, True)):
        assert stored[rosters.person(seq)].joined_on == date(2023, 7, 21)
        assert stored[rosters.person(seq)].migrant_worker is migrant
    chen = stored[rosters.person(13)]
    assert chen.gender is Gender.MALE and chen.birth_date == date(1990, 6, 15)
    warned = [o for o in summary.outcomes if o.warnings]
    assert [o.row for o in warned] == [12]
    assert {w.field for w in warned[0].warnings} == {"性别", "出生年月"}


def test_messy_xlsx(runtime: StationRuntime, tmp_path: Path) -> None:
    summary = run(runtime, rosters.write_xlsx(tmp_path / "r.xlsx"))
    check_messy(runtime, summary)
    assert summary.committed
    with runtime.context.reading() as session:
        wang = session.scalars(select(Member).where(Member.name == "王五")).one()
        changes = session.scalars(select(ChangeRecord).where(
            ChangeRecord.entity_id == wang.id)).all()
        assert len(changes) == 1 and changes[0].data["card_no"] == wang.card_no
        assert changes[0].data["id_number"] == wang.id_number and changes[0].version == 1
        events = session.scalars(select(MemberEvent).where(MemberEvent.member_id == wang.id))
        assert [e.summary for e in events] == ["导入花名册登记入会"]
        assert session.scalars(select(MemberStatusChange).where(
            MemberStatusChange.member_id == wang.id)).one().changed_on == date(2023, 7, 21)
        seqs = sorted(session.scalars(select(ChangeRecord.change_seq)))
        assert seqs == list(range(1, len(seqs) + 1))


def test_messy_xls_written_by_xlwt(runtime: StationRuntime, tmp_path: Path) -> None:
    check_messy(runtime, run(runtime, rosters.write_xls(tmp_path / "r.xls")))


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_messy_csv(runtime: StationRuntime, tmp_path: Path, encoding: str) -> None:
    check_messy(runtime, run(runtime, rosters.write_csv(tmp_path / "r.csv", encoding)))


def test_search_finds_imported_members(runtime: StationRuntime, tmp_path: Path) -> None:
    from unionstation.services.member_query import MemberFilter, MemberQueryService

    run(runtime, rosters.write_xlsx(tmp_path / "r.xlsx"))
    query = MemberQueryService(runtime.context)
    assert [r.name for r in query.search(MemberFilter(text="王五")).rows] == ["王五"]
    assert [r.name for r in query.search(MemberFilter(text="13900001234")).rows] == ["王五"]
