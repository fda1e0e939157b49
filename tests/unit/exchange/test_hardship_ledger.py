"""The hardship ledgers: masked ID numbers, money as numbers, totals per funding source."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from tests.unit.services.hardship_world import approved
from unionstation.domain.hardship import FundingSource, VisitKind
from unionstation.domain.permissions import Role
from unionstation.exchange.hardship_ledger import export_hardship_ledger
from unionstation.exchange.ledger import FIRST_DATA_ROW
from unionstation.services.errors import PermissionDenied
from unionstation.services.hardship.payments import PaymentService
from unionstation.services.hardship.visits import VisitDraft, VisitService
from unionstation.services.runtime import StationRuntime


def _sheet(path: Path) -> list[list[Any]]:
    rows: list[list[Any]] = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0) \
        .to_python()
    return rows


def test_the_three_ledgers(runtime: StationRuntime, tmp_path: Path) -> None:
    ctx = runtime.context
    one, two = approved(ctx, 1), approved(ctx, 2)
    visits = VisitService(ctx)
    visits.add(VisitDraft(one.id, ctx.today(), VisitKind.LIVING, cash="300.10",
                          funding=FundingSource.DONATION, goods="大米", goods_quantity=2,
                          goods_value="80"))
    _, paid = visits.add(VisitDraft(two.id, ctx.today(), VisitKind.MEDICAL, cash="1000",
                                    funding=FundingSource.OWN_FUNDS))
    assert paid is not None
    PaymentService(ctx).reverse(paid, "录错")
    visits.add(VisitDraft(two.id, ctx.today(), VisitKind.MEDICAL, cash="999.99",
                          funding=FundingSource.OWN_FUNDS))

    files = export_hardship_ledger(ctx, tmp_path / "files.xlsx", "files")
    assert files.rows == 2
    rows = _sheet(files.path)[FIRST_DATA_ROW:]
    assert {r[2] for r in rows} == {"困难户001", "困难户002"}
    assert all("********" in r[3] for r in rows)

    visit_ledger = export_hardship_ledger(ctx, tmp_path / "visits.xlsx", "visits")
    assert visit_ledger.rows == 3
    cash = [r[6] for r in _sheet(visit_ledger.path)[FIRST_DATA_ROW:]]
    assert sorted(cash) == [300.1, 999.99, 1000.0]

    payments = export_hardship_ledger(ctx, tmp_path / "payments.xlsx", "payments",
                                      ctx.today().year)
    rows = _sheet(payments.path)[FIRST_DATA_ROW:]
    totals = {r[3]: Decimal(str(r[4])).quantize(Decimal("0.01")) for r in rows if not r[0]}
    assert totals == {"小计:自有资金": Decimal("999.99"), "小计:社会捐赠": Decimal("300.10"),
                      "合计": Decimal("1300.09")}
    entries = sum(Decimal(str(r[4])).quantize(Decimal("0.01")) for r in rows if r[0])
    assert entries == totals["合计"]


def test_a_role_without_bulk_export_is_refused(runtime: StationRuntime,
                                               tmp_path: Path) -> None:
    auditor = replace(runtime.context, role=Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        export_hardship_ledger(auditor, tmp_path / "x.xlsx", "payments")
    assert not (tmp_path / "x.xlsx").exists()
