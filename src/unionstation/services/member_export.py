"""The register's members with every field a ledger prints, streamed for the export.

MemberRow (the register's line) holds what a screen shows; a ledger wants more (ethnicity,
education, political status) and, when the officer asks for it, the whole ID number.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from unionstation.domain.codes import (
    Education,
    Ethnicity,
    Gender,
    MemberStatus,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.domain.idnumber import masked
from unionstation.domain.permissions import Action
from unionstation.domain.phone import masked_phone
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.member_query import SORT_COLUMNS, MemberFilter, filter_conditions
from unionstation.store.models import GrassrootsUnion, Member

EXPORT_ACTION = "member.export_ledger"
_FETCH = 1_000


@dataclass(frozen=True, slots=True)
class MemberLedgerRow:
    name: str
    gender: Gender
    ethnicity: Ethnicity | None
    id_number: str
    birth_date: date
    education: Education | None
    political_status: PoliticalStatus | None
    phone: str
    union_name: str
    employer: str
    job: str
    priority_group: PriorityGroup | None
    migrant_worker: bool
    model_worker_level: ModelWorkerLevel | None
    joined_on: date
    card_no: str | None
    status: MemberStatus


_COLUMNS = (
    Member.name, Member.gender, Member.ethnicity, Member.id_number, Member.birth_date,
    Member.education, Member.political_status, Member.phone, GrassrootsUnion.name,
    Member.employer, Member.job, Member.priority_group, Member.migrant_worker,
    Member.model_worker_level, Member.joined_on, Member.card_no, Member.status,
)
_ID_AT = 3
_PHONE_AT = 7
REPORT_ACTION = "member.import_report_unmasked"


class MemberExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def rows(self, criteria: MemberFilter, *, unmasked: bool = False, sort: str = "name",
             descending: bool = False) -> Generator[MemberLedgerRow]:
        """The members `criteria` selects, in the register's order, read as they are used.

        One read session stays open while the caller iterates; close the iterator (or
        run it out) to end it. ID numbers are masked unless `unmasked`: the caller
        records that choice with `record_export`.
        """
        self._ctx.require(Action.EXPORT_UNMASKED if unmasked else Action.EXPORT_BULK)
        column = SORT_COLUMNS.get(sort, Member.name_pinyin)
        order = column.desc() if descending else column.asc()
        with self._ctx.reading() as session:
            sqlite = session.get_bind().dialect.name == "sqlite"
            query = (
                select(*_COLUMNS)
                .join(GrassrootsUnion, GrassrootsUnion.id == Member.grassroots_union_id)
                .where(*filter_conditions(criteria, sqlite))
                .order_by(order, Member.name_pinyin, Member.id)
            )
            result = session.connection().execution_options(
                stream_results=True, yield_per=_FETCH).execute(query)
            for values in result:
                yield _row(values, unmasked)

    def record_export(self, rows: int, unmasked: bool) -> None:
        """The audit entry of a ledger export: how many members, and whether the ID
        numbers were whole (counts only, never personal data)."""
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, EXPORT_ACTION, "member", "",
                         f"rows={rows}; id_numbers={'full' if unmasked else 'masked'}")

    def require_unmasked_report(self) -> None:
        """An import report with whole ID numbers and phones is an unmasked export."""
        self._ctx.require(Action.EXPORT_UNMASKED, "import_report")

    def record_unmasked_report(self, rows: int) -> None:
        """The audit entry of an import report written with whole numbers (a count only)."""
        with self._ctx.unit_of_work() as session:
            audit.record(session, self._ctx.officer, REPORT_ACTION, "member", "",
                         f"rows={rows}; id_numbers=full; phones=full")


def _row(values: Any, unmasked: bool) -> MemberLedgerRow:
    fields = list(values)
    if not unmasked:
        fields[_ID_AT] = masked(fields[_ID_AT])
        fields[_PHONE_AT] = masked_phone(fields[_PHONE_AT]) if fields[_PHONE_AT] else ""
    return MemberLedgerRow(*fields)
