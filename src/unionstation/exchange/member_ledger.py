"""The member ledger (会员台账): the register's current filter, as the county wants it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from unionstation.domain.codes import MemberStatus
from unionstation.exchange.ledger import Cancelled, Column, LedgerSpec, Progress, write_ledger
from unionstation.services.context import ServiceContext
from unionstation.services.member_export import MemberExportService, MemberLedgerRow
from unionstation.services.member_fields import FIELD_LABELS
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.station import StationService

LEDGER_TITLE = "会员台账"

MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("序号", "number"),
    Column(FIELD_LABELS["name"]),
    Column("性别", width=6),
    Column(FIELD_LABELS["ethnicity"]),
    Column(FIELD_LABELS["id_number"], width=21),
    Column("出生日期", "date"),
    Column(FIELD_LABELS["education"]),
    Column(FIELD_LABELS["political_status"]),
    Column(FIELD_LABELS["phone"], width=13),
    Column(FIELD_LABELS["grassroots_union_id"]),
    Column(FIELD_LABELS["employer"]),
    Column(FIELD_LABELS["job"]),
    Column(FIELD_LABELS["priority_group"]),
    Column(FIELD_LABELS["migrant_worker"], "bool", width=10),
    Column(FIELD_LABELS["model_worker_level"]),
    Column(FIELD_LABELS["joined_on"], "date"),
    Column("会员证号"),
    Column("会员状态"),
)


@dataclass(frozen=True)
class LedgerResult:
    path: Path
    rows: int
    unmasked: bool


def ledger_cells(number: int, row: MemberLedgerRow) -> tuple[object, ...]:
    """One member as the ledger's cells, in MEMBER_COLUMNS order."""
    return (
        number, row.name, row.gender.label,
        row.ethnicity.label if row.ethnicity else None, row.id_number, row.birth_date,
        row.education.label if row.education else None,
        row.political_status.label if row.political_status else None,
        row.phone, row.union_name, row.employer, row.job,
        row.priority_group.label if row.priority_group else None, row.migrant_worker,
        row.model_worker_level.label if row.model_worker_level else None, row.joined_on,
        row.card_no, row.status.label,
    )


def _numbered(rows: Iterable[MemberLedgerRow]) -> Iterator[tuple[object, ...]]:
    for number, row in enumerate(rows, start=1):
        yield ledger_cells(number, row)


def export_member_ledger(
    context: ServiceContext, path: Path, criteria: MemberFilter | None = None, *,
    unmasked: bool = False, sort: str = "name", descending: bool = False,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> LedgerResult:
    """Write the members `criteria` selects (default: every active member) to `path`.

    The audit log records every export, with the row count and whether the ID numbers
    were whole; the entry is written only when the file is complete, and if it cannot
    be written, neither is the file.
    """
    criteria = criteria if criteria is not None else MemberFilter(
        statuses=(MemberStatus.ACTIVE,))
    station = StationService(context).require()
    total = MemberQueryService(context).count(criteria)
    service = MemberExportService(context)
    spec = LedgerSpec(LEDGER_TITLE, station.name, context.today(), MEMBER_COLUMNS,
                      sheet_name=LEDGER_TITLE)
    rows = service.rows(criteria, unmasked=unmasked, sort=sort, descending=descending)
    with closing(rows):
        written = write_ledger(
            path, spec, _numbered(rows), total=total, progress=progress, cancelled=cancelled,
            before_commit=lambda count: service.record_export(count, unmasked))
    return LedgerResult(Path(path), written, unmasked)
