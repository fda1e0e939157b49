from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.unit.services.hardship_world import SECOND_OFFICER, approved, draft
from unionstation.domain.hardship import (
    FileStatus,
    HardshipCategory,
    HardshipCause,
    IncomeBand,
)
from unionstation.domain.permissions import Role
from unionstation.services.errors import AlreadyExists, PermissionDenied, UserError
from unionstation.services.hardship.detail import FileDetailService
from unionstation.services.hardship.files import FileFilter, HardshipFileService, HouseholdPerson
from unionstation.services.runtime import StationRuntime
from unionstation.services.yearly_values import YearlyValues
from unionstation.store.models import AuditEntry, ChangeRecord, HardshipEvent, Member


def test_opening_computes_income_per_capita_and_links_a_member(runtime: StationRuntime) -> None:
    ctx = runtime.context
    with ctx.reading() as session:
        member = session.scalars(select(Member).where(Member.name == "张三")).one()
    service = HardshipFileService(ctx)
    base = service.draft_for_member(member.id)
    base.category = HardshipCategory.RELATIVE
    base.main_cause = HardshipCause.UNEMPLOYMENT
    base.household = [HouseholdPerson("张三", "本人", 1985, monthly_income="1000.50"),
                      HouseholdPerson("王芳", "配偶", 1986, monthly_income="0"),
                      HouseholdPerson("张小", "子女", 2015, occupation="小学")]
    row = service.open(base)
    assert row.status is FileStatus.TEMPORARY
    assert row.file_no.startswith("KN")
    assert row.household_size == 3
    assert row.income_per_capita == Decimal("333.50")
    YearlyValues(ctx).set_minimum_living_line(ctx.today().year, "1000")
    detail = FileDetailService(ctx).open(row.id)
    assert detail.draft.member_id == member.id
    assert [p.name for p in detail.draft.household] == ["张三", "王芳", "张小"]
    assert detail.income_band is IncomeBand.BELOW
    with ctx.reading() as session:
        audits = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_id == str(row.id))).all()
        # The file and its household travel to the county like members do.
        entities = set(session.scalars(select(ChangeRecord.entity)))
    assert "hardship.file.read" in audits
    assert {"hardship_file", "household_member", "hardship_event"} <= entities


def test_a_second_open_file_for_the_same_person_is_refused(runtime: StationRuntime) -> None:
    service = HardshipFileService(runtime.context)
    service.open(draft(1))
    with pytest.raises(AlreadyExists, match="KN"):
        service.open(draft(1))


def test_approval_needs_a_second_officer_and_walks_the_life_cycle(
        runtime: StationRuntime) -> None:
    ctx = runtime.context
    service = HardshipFileService(ctx)
    row = service.open(draft(2))
    with pytest.raises(UserError, match="另一位干事"):
        service.approve(row.id)
    clerk = replace(ctx, officer=SECOND_OFFICER, role=Role.CLERK)
    with pytest.raises(PermissionDenied):
        HardshipFileService(clerk).approve(row.id)
    formal = HardshipFileService(replace(ctx, officer=SECOND_OFFICER)).approve(row.id)
    assert formal.status is FileStatus.FORMAL
    with pytest.raises(UserError, match="建档待审"):
        HardshipFileService(replace(ctx, officer=SECOND_OFFICER)).approve(row.id)
    rechecked = service.recheck(row.id, 4, "2,000.00", HardshipCategory.RELATIVE)
    assert rechecked.income_per_capita == Decimal("500.00")
    assert rechecked.recheck_due.year == ctx.today().year + 1
    relieved = service.relieve(row.id, "再就业")
    assert relieved.status is FileStatus.RELIEVED
    closed = service.close(row.id, "迁出本地")
    assert closed.status is FileStatus.CLOSED
    with ctx.reading() as session:
        kinds = session.scalars(select(HardshipEvent.summary).where(
            HardshipEvent.file_id == row.id)).all()
    assert len(kinds) == 5
    # Closed: the same person may be filed again.
    assert service.open(draft(2)).status is FileStatus.TEMPORARY


def test_listing_filters_and_masks(runtime: StationRuntime) -> None:
    ctx = runtime.context
    approved(ctx, 3)
    HardshipFileService(ctx).open(draft(4, HardshipCategory.SUDDEN))
    service = HardshipFileService(ctx)
    assert len(service.list()) == 2
    formal = service.list(FileFilter(status=FileStatus.FORMAL))
    assert [r.name for r in formal] == ["困难户003"]
    assert "*" in formal[0].id_number_masked
    assert [r.name for r in service.list(FileFilter(category=HardshipCategory.SUDDEN))] == \
        ["困难户004"]
    assert service.list(FileFilter(recheck_due=True)) == []
    later = replace(ctx, clock=lambda: ctx.clock().replace(year=ctx.today().year + 2))
    assert len(HardshipFileService(later).list(FileFilter(recheck_due=True))) == 1


def test_clerks_never_see_the_files(runtime: StationRuntime) -> None:
    clerk = replace(runtime.context, role=Role.CLERK)
    with pytest.raises(PermissionDenied, match="hardship.read"):
        HardshipFileService(clerk).list()


def test_bank_accounts_are_masked_unless_the_role_may_see_them(
        runtime: StationRuntime) -> None:
    ctx = runtime.context
    base = draft(5)
    base.bank_account = "6222 0212 3456 7890"
    row = HardshipFileService(ctx).open(base)
    officer = FileDetailService(replace(ctx, role=Role.OFFICER)).open(row.id)
    assert officer.draft.bank_account.endswith("7890")
    assert officer.draft.bank_account.startswith("*")
    finance = FileDetailService(replace(ctx, role=Role.FINANCE)).open(row.id)
    assert finance.draft.bank_account == "6222021234567890"


def test_dates_of_the_life_cycle() -> None:
    from unionstation.domain.hardship import add_months, follow_up_dates, recheck_due

    assert recheck_due(date(2024, 2, 29)) == date(2025, 2, 28)
    assert follow_up_dates(date(2026, 11, 30)) == (date(2027, 2, 28), date(2027, 11, 30))
    assert add_months(date(2026, 1, 31), -1) == date(2025, 12, 31)


def test_attachments_of_a_file_and_a_visit(runtime: StationRuntime, tmp_path: Path) -> None:
    from unionstation.domain.hardship import VisitKind
    from unionstation.services.hardship.attachments import AttachmentService
    from unionstation.services.hardship.visits import VisitDraft, VisitService

    ctx = runtime.context
    row = approved(ctx, 60)
    scan = tmp_path / "survey.pdf"
    scan.write_bytes(b"%PDF-1.4 survey")
    service = AttachmentService(ctx, runtime.home.files_dir)
    name = service.attach_to_file(row.id, scan)
    assert service.path_of(name).read_bytes() == scan.read_bytes()
    assert service.attach_to_file(row.id, scan) == name
    assert service.of_file(row.id) == [name]
    with pytest.raises(UserError, match="图片或 PDF"):
        service.attach_to_file(row.id, tmp_path / "notes.exe")
    visit, _ = VisitService(ctx).add(VisitDraft(row.id, ctx.today(), VisitKind.LIVING))
    service.attach_to_visit(visit, scan)
    assert VisitService(ctx).of_file(row.id)[0].signed
