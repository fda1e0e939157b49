"""Writing many checked members at once: the roster import's database side.

Fast because new members go in with ORM bulk inserts (one executemany per table and
chunk), which the store's hooks still see: every row gets its change record and its
search-index entry in the same transaction, and each member a status line and a history
line. The whole import is one transaction, fed chunk by chunk (`MemberImportService.writing`);
a cancel, an error or an all-or-nothing failure rolls it back, leaving the database as it
was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from unionstation.domain.codes import MemberStatus
from unionstation.domain.permissions import Action
from unionstation.domain.pinyin import name_search_keys
from unionstation.services import audit, history
from unionstation.services.card_numbers import next_card_numbers
from unionstation.services.context import ServiceContext
from unionstation.services.member_fields import FIELD_LABELS
from unionstation.services.members import registered_members
from unionstation.services.station import StationService
from unionstation.store.base import new_ids, utcnow
from unionstation.store.bulk import utc_text
from unionstation.store.bulk_select import insert_selected
from unionstation.store.models import Member, MemberEvent, MemberStatusChange

IMPORTED = "imported"
UPDATED = "updated"
SKIPPED = "skipped"
REJECTED = "rejected"
CHUNK = 1000
ENROLLED_REASON = "入会"  # the status line of a member the import enrols
ENROLLED_SUMMARY = "导入花名册登记入会"  # and the history line

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
        outcome = ImportOutcome()
        given = {e.values["card_no"] for e in entries if e.values.get("card_no")}
        total = len(entries)
        with self.writing(update_existing=update_existing, reserved_cards=given) as writer:
            for start in range(0, total, CHUNK):
                outcome.results += writer.apply(entries[start:start + CHUNK], cancelled)
                if progress is not None:
                    progress(min(start + CHUNK, total), total)
            writer.finish(cancelled)
            writer.keep = not dry_run and not (
                all_or_nothing and any(r.result == REJECTED for r in outcome.results))
        outcome.committed = writer.committed
        return outcome

    @contextmanager
    def writing(self, *, update_existing: bool,
                reserved_cards: Collection[str] = ()) -> Iterator[ImportWriter]:
        """One transaction for a whole import, fed chunk by chunk (`ImportWriter.apply`):
        committed on leaving only when the caller set `writer.keep`, else rolled back; an
        exception (a cancel) rolls it back too. `reserved_cards` are card numbers the
        roster gives somewhere, never handed out to others."""
        self._ctx.require(Action.MEMBER_IMPORT)
        try:
            with self._ctx.unit_of_work() as session, session.no_autoflush:
                writer = ImportWriter(self._ctx, session, update_existing,
                                      set(reserved_cards))
                yield writer
                if not writer.keep:
                    raise _RollBack()
                session.flush()
                audit.record(session, self._ctx.officer, "member.import", "member",
                             detail=f"imported={writer.imported} updated={writer.updated}")
        except _RollBack:
            return
        writer.committed = True


class ImportWriter:
    """The database side of one import, inside its transaction: each chunk of checked
    entries is looked up, given card numbers and written before the next is read, so an
    import holds one chunk in memory, not the roster."""

    def __init__(self, context: ServiceContext, session: Session, update_existing: bool,
                 reserved_cards: set[str]) -> None:
        self._ctx = context
        self._session = session
        self._update_existing = update_existing
        self._reserved = reserved_cards
        self._station = StationService(context).require()
        self.keep = False
        self.committed = False
        self.imported = 0
        self.updated = 0

    def apply(self, entries: Sequence[ImportEntry],
              cancelled: Callable[[], bool] | None = None) -> list[EntryResult]:
        """Insert the new entries of this chunk, skip or update the known ones."""
        session = self._session
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        registered = registered_members(session, [e.values["id_number"] for e in entries])
        given = {e.values["card_no"] for e in entries if e.values.get("card_no")}
        taken_cards = _taken_cards(session, given)
        results: list[EntryResult] = []
        fresh: list[tuple[ImportEntry, EntryResult]] = []  # the note: the card number
        for entry in entries:
            existing = registered.get(entry.values["id_number"])
            if existing is not None:
                results.append(self._existing(session, existing, entry))
                continue
            card = entry.values.get("card_no")
            if card:
                if card in taken_cards:
                    results.append(EntryResult(REJECTED, f"会员证号{card}已被使用。", "card_no"))
                    continue
                taken_cards.add(card)
            result = EntryResult(IMPORTED, card or "")
            fresh.append((entry, result))
            results.append(result)
        # The next numbers for rows that give none, in row order, never one the roster gives.
        numbers = iter(next_card_numbers(session, self._station.division_code,
                                         sum(1 for _, r in fresh if not r.note), self._reserved))
        for _, result in fresh:
            result.note = result.note or next(numbers)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        self._insert([(entry, result.note) for entry, result in fresh])
        self.imported += len(fresh)
        session.flush()  # the updates of this chunk, so their objects can go
        return results

    def finish(self, cancelled: Callable[[], bool] | None = None) -> None:
        """The last look at the cancel button before the caller decides to keep."""
        if cancelled is not None and cancelled():
            raise ImportCancelled()

    def _existing(self, session: Session, member: Member, entry: ImportEntry) -> EntryResult:
        known = f"已是本站会员“{member.name}”({member.status.label})"
        if not self._update_existing:
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
        self.updated += 1
        history.note(session, member.id, history.EDITED, f"导入花名册修改了{labels}",
                     self._ctx.officer, {"fields": changed, "source": "import"})
        return EntryResult(UPDATED, f"修改了{labels}。")

    def _insert(self, chunk: Sequence[tuple[ImportEntry, str]]) -> None:
        if not chunk:
            return
        session, station_id = self._session, self._station.id
        members: list[dict[str, Any]] = []
        for (entry, card), member_id in zip(chunk, new_ids(len(chunk)), strict=True):
            values = entry.values
            keys = name_search_keys(values["name"])
            members.append({**values, "id": member_id, "station_id": station_id,
                            "card_no": card, "name_pinyin": keys.full,
                            "name_initials": keys.initials, "status": MemberStatus.ACTIVE,
                            "enrollment_drive_id": None})
        if self._in_sql():
            # The status and history lines follow from the member rows: one INSERT …
            # SELECT each over the rows just written, change records alike.
            before = session.connection().exec_driver_sql(
                "SELECT coalesce(max(rowid), 0) FROM member").scalar_one()
            session.execute(insert(Member), members)
            self._enrolled_after(before)
            return
        session.execute(insert(Member), members)
        session.execute(insert(MemberStatusChange), [
            {"member_id": m["id"], "from_status": None, "to_status": MemberStatus.ACTIVE,
             "changed_on": m["joined_on"], "reason": ENROLLED_REASON,
             "officer": self._ctx.officer} for m in members])
        now = utcnow()
        session.execute(insert(MemberEvent), [
            {"member_id": m["id"], "happened_at": now, "kind": history.ENROLLED,
             "summary": ENROLLED_SUMMARY, "officer": self._ctx.officer,
             "detail": {"card_no": m["card_no"], "source": "import"}} for m in members])

    def _in_sql(self) -> bool:
        return self._session.connection().dialect.name == "sqlite"

    def _enrolled_after(self, rowid: int) -> None:
        """A status line and a history line for each member above `rowid`."""
        source = "member AS m WHERE m.rowid > :after ORDER BY m.rowid"
        params = {"after": rowid, "now": utc_text(utcnow()), "officer": self._ctx.officer,
                  "active": MemberStatus.ACTIVE.value, "reason": ENROLLED_REASON,
                  "kind": history.ENROLLED, "summary": ENROLLED_SUMMARY}
        insert_selected(self._session, MemberStatusChange, {
            "member_id": "m.id", "from_status": "NULL", "to_status": ":active",
            "changed_on": "m.joined_on", "reason": ":reason", "officer": ":officer"},
            source, params)
        insert_selected(self._session, MemberEvent, {
            "member_id": "m.id", "happened_at": ":now", "kind": ":kind",
            "summary": ":summary", "officer": ":officer",
            "detail": "json_object('card_no', m.card_no, 'source', 'import')"},
            source, params)


def _taken_cards(session: Session, cards: set[str]) -> set[str]:
    wanted = sorted(cards)
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        taken.update(c for c in session.scalars(select(Member.card_no).where(
            Member.card_no.in_(wanted[start:start + 500]))) if c)
    return taken
