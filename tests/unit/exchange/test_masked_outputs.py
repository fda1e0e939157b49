"""Masked means phones too; the import report is masked unless an unmasked one is chosen,
and then it is audited like an unmasked export (issue point 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.unit.exchange import rosters
from unionstation.domain.permissions import Role
from unionstation.exchange.member_ledger import export_member_ledger
from unionstation.exchange.roster_import import ImportOptions, RosterImporter, load_roster
from unionstation.services.errors import PermissionDenied
from unionstation.services.member_export import REPORT_ACTION
from unionstation.services.runtime import StationRuntime
from unionstation.store.models import AuditEntry

PHONE_COLUMN, ID_COLUMN = 9, 4  # 手机号, 公民身份号码 in rosters.HEADER (1-based)


def report_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [row for row in sheet.iter_rows(min_row=4, values_only=True)]


def unmasked_audits(runtime: StationRuntime) -> list[AuditEntry]:
    with runtime.context.reading() as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.action == REPORT_ACTION)))


def test_masked_ledger_masks_phones(runtime: StationRuntime, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    export_member_ledger(runtime.context, out)
    sheet = load_workbook(out).active
    assert sheet is not None
    phones = [row[8] for row in sheet.iter_rows(min_row=4, values_only=True) if row[1]]
    assert phones and all(p == "138****1111" for p in phones)


def test_import_report_is_masked_by_default(runtime: StationRuntime, tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    report = tmp_path / "report.xlsx"
    RosterImporter(runtime.context).run(load_roster(path), ImportOptions(report=report))
    first = report_rows(report)[0]
    assert first[ID_COLUMN - 1] == rosters.person(1)[:6] + "********" + rosters.person(1)[-4:]
    assert first[PHONE_COLUMN - 1] == "139****1234"
    assert first[1] == "王五"
    assert not unmasked_audits(runtime)


def test_unmasked_report_is_a_choice_and_audited(runtime: StationRuntime,
                                                 tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    report = tmp_path / "report.xlsx"
    summary = RosterImporter(runtime.context).run(
        load_roster(path), ImportOptions(report=report, unmasked_report=True))
    assert report_rows(report)[0][ID_COLUMN - 1] == rosters.person(1)
    [entry] = unmasked_audits(runtime)
    assert entry.detail == f"rows={summary.rows}; id_numbers=full; phones=full"
    assert rosters.person(1) not in entry.detail


def test_unmasked_report_needs_the_permission(runtime: StationRuntime, tmp_path: Path) -> None:
    runtime.context.role = Role.CLERK
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    with pytest.raises(PermissionDenied):
        RosterImporter(runtime.context).run(
            load_roster(path), ImportOptions(report=tmp_path / "x.xlsx", unmasked_report=True))
