"""The asset ledger (资产台账) and the asset import: the existing ledger writer, and the
spreadsheet reader with header detection, a row report and a dry run; rows are updated by
tag and added where the tag is new."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from unionstation.domain.homes import AssetCategory, AssetCondition, FundingSource
from unionstation.domain.permissions import Action
from unionstation.exchange.cells import CellProblem, parse_date
from unionstation.exchange.ledger import Column, LedgerSpec, write_ledger
from unionstation.exchange.roster_columns import HEADER_SEARCH_ROWS, header_key
from unionstation.exchange.roster_rows import is_total_row
from unionstation.exchange.spreadsheet import Cell, Row, cell_text, is_blank, read_rows
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, UserError
from unionstation.services.homes.assets import (
    AssetDraft,
    AssetFilter,
    AssetRow,
    AssetService,
    ImportRow,
    funding_text,
    import_assets,
    parse_funding,
)
from unionstation.services.homes.common import record_export, to_fen
from unionstation.services.station import StationService

LEDGER_TITLE = "资产台账"
ASSET_COLUMNS: tuple[Column, ...] = (
    Column("序号", "number"), Column("资产标签"), Column("资产名称"), Column("类别"),
    Column("阵地编码"), Column("阵地名称"), Column("数量", "number"), Column("单位"),
    Column("单价(元)", "money"), Column("金额(元)", "money"), Column("经费来源"),
    Column("购置日期", "date"), Column("状态"), Column("存放地点"), Column("下次盘点日期", "date"),
)

# Field -> the wordings found in officers' sheets (compared by header_key).
FIELDS: dict[str, tuple[str, ...]] = {
    "tag": ("资产标签", "标签", "资产编号", "资产编码", "编号"),
    "name": ("资产名称", "名称", "设备名称", "物品名称"),
    "category": ("类别", "资产类别", "分类"),
    "venue": ("阵地编码", "阵地", "阵地名称", "所属阵地", "存放阵地"),
    "quantity": ("数量",),
    "unit": ("单位", "计量单位"),
    "unit_value": ("单价", "单价元", "单价(元)"),
    "funding": ("经费来源", "资金来源", "来源"),
    "acquired_on": ("购置日期", "购置时间", "购入日期"),
    "condition": ("状态", "资产状态", "使用状况", "完好情况"),
    "location": ("存放地点", "位置", "放置地点"),
    "next_audit_on": ("下次盘点日期", "下次盘点"),
}
_LOOKUP = {header_key(word): key for key, words in FIELDS.items() for word in words}
REQUIRED = ("name", "venue", "quantity", "unit_value")


@dataclass(frozen=True)
class AssetLedgerResult:
    path: Path
    rows: int
    value: Decimal


def _cells(number: int, row: AssetRow) -> tuple[object, ...]:
    return (number, row.tag, row.name, row.category.label, row.venue_code, row.venue_name,
            row.quantity, row.unit, row.unit_value, row.value,
            "、".join(f"{FundingSource(k).label}{'' if v == 100 else f' {v}%'}"
                     for k, v in row.funding.items()),
            row.acquired_on, row.condition.label, row.location, row.next_audit_on)


def _totals(rows: Sequence[AssetRow]) -> Iterator[tuple[object, ...]]:
    """Totals by funding source (shares of mixed assets apportioned) and by condition."""
    by_source: dict[str, Decimal] = {}
    by_condition: dict[str, Decimal] = {}
    for row in rows:
        for source, share in row.funding.items():
            by_source[source] = by_source.get(source, Decimal(0)) + row.value * share / 100
        by_condition[row.condition.value] = by_condition.get(row.condition.value,
                                                             Decimal(0)) + row.value
    blank = (None,) * 7
    yield ("合计", None, "全部资产", None, None, None, sum(r.quantity for r in rows), None,
           None, sum((r.value for r in rows), Decimal("0.00")), *blank[:5])
    for source in FundingSource:
        if source.value in by_source:
            yield ("合计", None, f"经费来源:{source.label}", *blank[:6],
                   by_source[source.value].quantize(Decimal("0.01")), *blank[:5])
    for condition in AssetCondition:
        if condition.value in by_condition:
            yield ("合计", None, f"状态:{condition.label}", *blank[:6],
                   by_condition[condition.value], *blank[:5])


def export_asset_ledger(context: ServiceContext, path: Path,
                        criteria: AssetFilter | None = None) -> AssetLedgerResult:
    station = StationService(context).require()
    context.require(Action.EXPORT_BULK, "asset ledger")
    rows = AssetService(context).rows(criteria)
    spec = LedgerSpec(LEDGER_TITLE, station.name, context.today(), ASSET_COLUMNS,
                      sheet_name=LEDGER_TITLE)
    cells = [_cells(n, r) for n, r in enumerate(rows, start=1)]
    write_ledger(path, spec, [*cells, *_totals(rows)], total=len(cells),
                 before_commit=lambda _n: record_export(context, "asset", len(cells)))
    value = sum((r.value for r in rows if r.condition is not AssetCondition.SCRAPPED),
                Decimal("0.00"))
    return AssetLedgerResult(Path(path), len(rows), value)


# -- import ----------------------------------------------------------------------------------


@dataclass
class AssetImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    dry_run: bool = False

    @property
    def rejected(self) -> int:
        return len({row for row, _ in self.errors})

    def as_json(self) -> dict[str, object]:
        return {"added": self.added, "updated": self.updated, "rejected": self.rejected,
                "errors": [{"row": r, "message": m} for r, m in self.errors]}


def find_asset_header(rows: Sequence[Row]) -> tuple[int, list[str | None]]:
    """(0-based header row, field per column): the row among the first ten naming the most
    known columns (a merged title above it names none)."""
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = {_LOOKUP.get(header_key(cell_text(v))) for v in row} - {None}
        if len(known) >= 3 and (best is None or len(known) > best[1]):
            best = (index, len(known))
    if best is None:
        raise UserError("在前10行里没有找到资产表头(如“资产名称”“数量”“单价”)。")
    fields: list[str | None] = []
    for value in rows[best[0]]:
        key = _LOOKUP.get(header_key(cell_text(value)))
        fields.append(key if key not in fields else None)
    missing = [FIELDS[f][0] for f in REQUIRED if f not in fields]
    if missing:
        raise UserError("资产表缺少必填列:" + "、".join(missing))
    return best[0], fields


def _parse(row_number: int, cells: Row, fields: list[str | None]) -> ImportRow:
    raw: dict[str, Cell] = {f: cells[i] if i < len(cells) else None
                            for i, f in enumerate(fields) if f}
    text = {k: cell_text(v).strip() for k, v in raw.items()}
    record = text.get("tag") or text.get("name") or f"第{row_number}行"
    category = AssetCategory.from_label(text.get("category", "")) or AssetCategory.OTHER
    condition = AssetCondition.GOOD
    if text.get("condition"):
        found = AssetCondition.from_label(text["condition"])
        if found is None:
            raise InvalidField(record, "状态", f"“{text['condition']}”不认识")
        condition = found
    try:
        quantity = int(Decimal(text.get("quantity") or "x"))
    except (ArithmeticError, ValueError):
        raise InvalidField(record, "数量", f"“{text.get('quantity', '')}”不是整数") from None
    try:
        acquired = parse_date(raw.get("acquired_on"))
        audit_on = parse_date(raw.get("next_audit_on"))
    except CellProblem as exc:
        raise InvalidField(record, "日期", str(exc)) from None
    draft = AssetDraft(name=text.get("name", ""), category=category, quantity=quantity,
                       unit_value=text.get("unit_value", ""),
                       funding=parse_funding(text.get("funding") or "own_funds", record),
                       unit=text.get("unit", "") or "件", acquired_on=acquired,
                       condition=condition, location=text.get("location", ""),
                       tag=text.get("tag", ""), next_audit_on=audit_on)
    to_fen(draft.unit_value, record)
    return ImportRow(row_number, text.get("venue", ""), draft)


def import_asset_sheet(context: ServiceContext, path: Path, *, dry_run: bool = False,
                       sheet: str | None = None) -> AssetImportResult:
    rows = read_rows(Path(path), sheet)
    header, fields = find_asset_header(rows)
    parsed: list[ImportRow] = []
    rejected: list[tuple[int, str]] = []
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        if is_blank(cells) or is_total_row(cells):
            continue
        try:
            parsed.append(_parse(index + 1, cells, fields))
        except InvalidField as exc:
            rejected.append((index + 1, str(exc)))
    outcome = import_assets(context, parsed, rejected, dry_run=dry_run)
    return AssetImportResult(outcome.added, outcome.updated, outcome.unchanged,
                             outcome.errors, dry_run)


__all__ = ["ASSET_COLUMNS", "AssetImportResult", "AssetLedgerResult", "export_asset_ledger",
           "funding_text", "import_asset_sheet"]
