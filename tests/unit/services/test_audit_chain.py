"""The audit trail is a hash chain: an entry edited or deleted by hand is named."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from unionstation.domain.permissions import Action, Role
from unionstation.services import audit
from unionstation.services.audit import AuditService
from unionstation.services.errors import PermissionDenied
from unionstation.services.runtime import StationRuntime


def _add(runtime: StationRuntime, count: int) -> None:
    with runtime.context.unit_of_work() as session:
        for index in range(count):
            audit.record(session, "王干事", "member.show_unmasked", "member", f"m{index}")


def _raw(runtime: StationRuntime, sql: str) -> None:
    with runtime.context.unit_of_work() as session:
        session.execute(text(sql))


def test_entries_chain_and_verify(runtime: StationRuntime) -> None:
    _add(runtime, 5)
    result = AuditService(runtime.context).verify()
    assert result.ok and result.first_bad is None
    assert result.entries >= 5
    with runtime.context.reading() as session:
        rows = session.execute(text("SELECT id, prev_hash, hash FROM audit_log ORDER BY id")).all()
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    for before, after in zip(rows, rows[1:], strict=False):
        assert after[1] == before[2]


def test_an_edited_entry_is_named(runtime: StationRuntime) -> None:
    _add(runtime, 6)
    with runtime.context.reading() as session:
        target = session.execute(
            text("SELECT id FROM audit_log WHERE entity_id = 'm3'")).scalar_one()
    _raw(runtime, f"UPDATE audit_log SET officer = '别人' WHERE id = {target}")
    result = AuditService(runtime.context).verify()
    assert not result.ok and result.first_bad == target


def test_a_deleted_entry_is_named_at_the_gap(runtime: StationRuntime) -> None:
    _add(runtime, 6)
    with runtime.context.reading() as session:
        target = session.execute(
            text("SELECT id FROM audit_log WHERE entity_id = 'm2'")).scalar_one()
    _raw(runtime, f"DELETE FROM audit_log WHERE id = {target}")
    result = AuditService(runtime.context).verify()
    assert not result.ok and result.first_bad == target


def test_a_forged_rehash_is_still_caught_by_the_next_link(runtime: StationRuntime) -> None:
    _add(runtime, 4)
    with runtime.context.reading() as session:
        target = session.execute(
            text("SELECT id FROM audit_log WHERE entity_id = 'm1'")).scalar_one()
    _raw(runtime, f"UPDATE audit_log SET hash = '{'a' * 64}' WHERE id = {target}")
    assert AuditService(runtime.context).verify().first_bad == target


def test_list_filters_by_officer_action_and_date(runtime: StationRuntime) -> None:
    _add(runtime, 3)
    with runtime.context.unit_of_work() as session:
        audit.record(session, "李四", "officer.add", "officer", "li")
    service = AuditService(runtime.context)
    by_officer = service.entries(officer="李四")
    assert by_officer.total == 1 and by_officer.entries[0].action == "officer.add"
    reveals = service.entries(action="member.show_unmasked")
    assert reveals.total == 3
    assert [e.seq for e in reveals.entries] == sorted((e.seq for e in reveals.entries),
                                                      reverse=True)
    assert service.entries(action="member.").total >= 3
    today = runtime.context.today()
    assert service.entries(since=today, until=today).total >= 4
    assert service.entries(until=today - timedelta(days=1)).total == 0
    assert service.entries(since=date(2000, 1, 1), limit=2).entries.__len__() == 2


@pytest.mark.parametrize("role", [Role.OFFICER, Role.CLERK, Role.FINANCE])
def test_only_admin_and_auditor_read_the_trail(runtime: StationRuntime, role: Role) -> None:
    runtime.context.role = role
    with pytest.raises(PermissionDenied, match=f"{role} may not {Action.AUDIT_READ}"):
        AuditService(runtime.context).entries()
    runtime.context.role = Role.AUDITOR
    assert AuditService(runtime.context).entries(action="permission.denied").total == 1
