"""Writing many checked members at once: the roster import's database side.

Fast because new members go in with ORM bulk inserts (one executemany per table and
chunk), which the store's hooks still see: every row gets its change record and its
search-index entry in the same transaction, and each member a status line and a history
line. The whole import is one transaction; a cancel or an all-or-nothing failure rolls
it back, leaving the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Action
from unionstation.domain.pinyin import name_search_keys
from unionstation.services import audit, history
from unionstation.services.card_numbers import next_card_number
from unionstation.services.context import ServiceContext
from unionstation.services.member_fields import FIELD_LABELS
from unionstation.services.members import registered_members
from unionstation.services.station import StationService
from unionstation.store.base import new_ids, utcnow
from unionstation.store.models import Member, MemberEvent, MemberStatusChange

IMPORTED = "imported"
UPDATED = "updated"
SKIPPED = "skipped"
REJECTED = "rejected"
CHUNK = 1000

UPDATABLE = ("name", "phone", "employer", "job", "priority_group", "migrant_worker",
             "ethnicity", "education", "political_status", "native_place", "household_place",
             "household_kind", "professional_title", "skill_level", "address", "remarks",
             "joined_on")


class ImportCancelled(Exception):  # noqa: N818 - reads as what happened
    """The officer cancelled; the transaction was rolled back."""


class _RollBack(Exception):  # noqa: N818
    pass


@dataclass(frozen=True)
class ImportEntry:
    """A checked row: `values` as `clean_draft` left them plus gender, birth date, card_no."""

    row: int
    values: dict[str, Any]
    given: frozenset[str]


@dataclass
class EntryResult:
    result: str
    note: str = ""
    field: str = ""  # the field a rejection is about


@dataclass
class ImportOutcome:
    results: list[EntryResult] = field(default_factory=list)
    committed: bool = False


Report = Callable[[int, int], None]


class MemberImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def apply(self, entries: Sequence[ImportEntry], *, update_existing: bool,
              all_or_nothing: bool = False, dry_run: bool = False,
              progress: Report | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportOutcome:
        """Insert the new, skip or update the known; commit unless dry run or all-or-nothing
        found a bad entry."""
        self._ctx.require(Action.MEMBER_IMPORT)
        outcome = ImportOutcome()
        try:
            with self._ctx.unit_of_work() as session, session.no_autoflush:
                outcome.results = self._apply(session, entries, update_existing,
                                              progress, cancelled)
                if dry_run or (all_or_nothing and any(r.result == REJECTED
                                                      for r in outcome.results)):
                    raise _RollBack()
                imported = sum(r.result == IMPORTED for r in outcome.results)
                updated = sum(r.result == UPDATED for r in outcome.results)
                audit.record(session, self._ctx.officer, "member.import", "member",
                             detail=f"imported={imported} updated={updated}")
        except _RollBack:
            return outcome
        outcome.committed = True
        return outcome

    def _apply(self, session: Session, entries: Sequence[ImportEntry], update_existing: bool,
               progress: Report | None, cancelled: Callable[[], bool] | None,
               ) -> list[EntryResult]:
        station = StationService(self._ctx).require()
        total = len(entries)
        registered = registered_members(session, [e.values["id_number"] for e in entries])
        given_cards = {e.values["card_no"] for e in entries if e.values.get("card_no")}
        taken_cards = _taken_cards(session, given_cards)
        results: list[EntryResult] = []
        fresh: list[tuple[ImportEntry, str]] = []
        for done, entry in enumerate(entries, 1):
            if cancelled is not None and done % 200 == 0 and cancelled():
                raise ImportCancelled()
            existing = registered.get(entry.values["id_number"])
            if existing is not None:
                results.append(self._existing(session, existing, entry, update_existing))
                continue
            card = entry.values.get("card_no")
            if card:
                if card in taken_cards:
                    results.append(EntryResult(REJECTED, f"会员证号{card}已被使用。", "card_no"))
                    continue
                taken_cards.add(card)
            else:
                card = next_card_number(session, station.division_code)
                while card in given_cards:
                    card = next_card_number(session, station.division_code)
            fresh.append((entry, card))
            results.append(EntryResult(IMPORTED, card))
            if progress is not None and done % 500 == 0:
                progress(done // 2, total)
        for start in range(0, len(fresh), CHUNK):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            self._insert(session, station.id, fresh[start:start + CHUNK])
            if progress is not None:
                progress(total // 2 + (start + CHUNK) * (total - total // 2)
                         // max(len(fresh), 1), total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        session.flush()
        if progress is not None:
            progress(total, total)
        return results

    def _existing(self, session: Session, member: Member, entry: ImportEntry,
                  update_existing: bool) -> EntryResult:
        known = f"已是本站会员“{member.name}”({member.status.label})"
        if not update_existing:
            return EntryResult(SKIPPED, known + ",已跳过。")
        changed = [f for f in UPDATABLE
                   if f in entry.given and getattr(member, f) != entry.values[f]]
        if not changed:
            return EntryResult(SKIPPED, known + ",内容无变化。")
        for key in changed:
            setattr(member, key, entry.values[key])
        if "name" in changed:
            keys = name_search_keys(member.name)
            member.name_pinyin, member.name_initials = keys.full, keys.initials
        labels = "、".join(FIELD_LABELS[f] for f in changed)
        history.note(session, member.id, history.EDITED, f"导入花名册修改了{labels}",
                     self._ctx.officer, {"fields": changed, "source": "import"})
        return EntryResult(UPDATED, f"修改了{labels}。")

    def _insert(self, session: Session, station_id: UUID,
                chunk: Sequence[tuple[ImportEntry, str]]) -> None:
        officer = self._ctx.officer
        now = utcnow()
        members: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for (entry, card), member_id in zip(chunk, new_ids(len(chunk)), strict=True):
            values = entry.values
            keys = name_search_keys(values["name"])
            members.append({**values, "id": member_id, "station_id": station_id,
                            "card_no": card, "name_pinyin": keys.full,
                            "name_initials": keys.initials, "status": MemberStatus.ACTIVE,
                            "enrollment_drive_id": None})
            lines.append({"member_id": member_id, "from_status": None,
                          "to_status": MemberStatus.ACTIVE, "changed_on": values["joined_on"],
                          "reason": "入会", "officer": officer})
            events.append({"member_id": member_id, "happened_at": now,
                           "kind": history.ENROLLED, "summary": "导入花名册登记入会",
                           "officer": officer,
                           "detail": {"card_no": card, "source": "import"}})
        session.execute(insert(Member), members)
        session.execute(insert(MemberStatusChange), lines)
        session.execute(insert(MemberEvent), events)


def _taken_cards(session: Session, cards: set[str]) -> set[str]:
    wanted = sorted(cards)
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        taken.update(c for c in session.scalars(select(Member.card_no).where(
            Member.card_no.in_(wanted[start:start + 500]))) if c)
    return taken
