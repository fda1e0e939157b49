"""The hardship ledgers (困难职工档案台账, 走访慰问台账, 帮扶资金发放台账) through the shared
ledger writer; the payments ledger ends with its totals per funding source, which are
sums of the same entries and so always reconcile with the rows above them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from unionstation.domain.hardship import FundingSource
from unionstation.domain.permissions import Action
from unionstation.exchange.ledger import Column, LedgerSpec, write_ledger
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.hardship.files import HardshipFileService
from unionstation.services.hardship.payments import PaymentFilter, PaymentService
from unionstation.services.hardship.visits import visit_ledger
from unionstation.services.station import StationService

LedgerKind = Literal["files", "visits", "payments"]
TITLES: dict[str, str] = {"files": "困难职工档案台账", "visits": "走访慰问台账",
                          "payments": "帮扶资金发放台账"}

FILE_COLUMNS = (Column("序号", "number"), Column("档案号"), Column("姓名"),
                Column("身份证号", width=21), Column("困难类别"), Column("状态"),
                Column("家庭人口", "number"), Column("人均月收入(元)", "money"),
                Column("复核日期", "date"), Column("所属工会"))
VISIT_COLUMNS = (Column("序号", "number"), Column("走访日期", "date"), Column("档案号"),
                 Column("姓名"), Column("走访类型"), Column("走访人员"),
                 Column("慰问金(元)", "money"), Column("资金来源"), Column("慰问品"),
                 Column("数量", "number"), Column("慰问品价值(元)", "money"),
                 Column("已签收", "bool"), Column("备注"))
PAYMENT_COLUMNS = (Column("序号", "number"), Column("发放日期", "date"), Column("档案号"),
                   Column("姓名"), Column("金额(元)", "money"), Column("资金来源"),
                   Column("帮扶活动"), Column("冲销原因"), Column("经办人"))


@dataclass(frozen=True)
class HardshipLedgerResult:
    path: Path
    rows: int


def _files(context: ServiceContext) -> Iterator[tuple[object, ...]]:
    for number, r in enumerate(HardshipFileService(context).list(), start=1):
        yield (number, r.file_no, r.name, r.id_number_masked, r.category.label,
               r.status.label, r.household_size, r.income_per_capita, r.recheck_due,
               r.union_name)


def _visits(context: ServiceContext, year: int | None) -> Iterator[tuple[object, ...]]:
    for number, row in enumerate(visit_ledger(context, year), start=1):
        v = row.visit
        yield (number, v.visited_on, row.file_no, row.name,
               v.occasion.label if v.occasion else v.kind.label, v.officers, v.cash,
               v.funding.label if v.funding and v.cash else None, v.goods,
               v.goods_quantity or None, v.goods_value, v.signed, v.notes)


def _payments(context: ServiceContext, year: int | None) -> Iterator[tuple[object, ...]]:
    rows, total = PaymentService(context).list(PaymentFilter(year=year))
    by_funding: dict[FundingSource, Decimal] = {}
    for number, p in enumerate(rows, start=1):
        by_funding[p.funding] = by_funding.get(p.funding, Decimal("0.00")) + p.amount
        yield (number, p.paid_on, p.file_no, p.name, p.amount, p.funding.label, p.campaign,
               p.reason, p.officer)
    for funding in FundingSource:
        if funding in by_funding:
            yield (None, None, None, f"小计:{funding.label}", by_funding[funding], None,
                   None, None, None)
    yield (None, None, None, "合计", total, None, None, None, None)


def export_hardship_ledger(context: ServiceContext, path: Path, kind: LedgerKind,
                           year: int | None = None) -> HardshipLedgerResult:
    """Write one hardship ledger (ID numbers masked), audited with its row count."""
    context.require(Action.EXPORT_BULK, kind)
    context.require(Action.HARDSHIP_READ, kind)
    station = StationService(context).require()
    columns = {"files": FILE_COLUMNS, "visits": VISIT_COLUMNS,
               "payments": PAYMENT_COLUMNS}[kind]
    rows = _files(context) if kind == "files" else _visits(context, year) \
        if kind == "visits" else _payments(context, year)
    spec = LedgerSpec(TITLES[kind], station.name, context.today(), columns,
                      sheet_name=TITLES[kind])

    def record(count: int) -> None:
        with context.unit_of_work() as session:
            audit.record(session, context.officer, "hardship.ledger", kind, "",
                         f"rows={count}")

    written = write_ledger(path, spec, rows, before_commit=record)
    return HardshipLedgerResult(Path(path), written)
