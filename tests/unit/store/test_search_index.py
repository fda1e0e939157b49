"""The search indexes: facts tokens, and the hooks keep exactly what a rebuild makes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from unionstation.domain.codes import MemberStatus
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.store import search_index
from unionstation.store.search_index import CHARS_TABLE, KEYS_TABLE, TRIGRAM_TABLE, facts


def test_facts_tokens() -> None:
    assert facts("active", True) == ""
    assert facts("transferred_out", True) == "stransferredout"
    assert facts("lapsed", True) == "slapsed"
    assert facts("active", False) == facts("retired", False) == search_index.GONE


def _contents(runtime: StationRuntime) -> list[list[tuple[object, ...]]]:
    with runtime.context.reading() as session:
        connection = session.connection()
        return [
            [tuple(r) for r in connection.execute(text(
                f"SELECT rowid, * FROM {table} ORDER BY rowid"))]
            for table in (CHARS_TABLE, TRIGRAM_TABLE, KEYS_TABLE)
        ]


def test_hooks_keep_what_a_rebuild_makes(runtime: StationRuntime) -> None:
    service = MemberQueryService(runtime.context)
    rows = service.rows(MemberFilter(), 0, 10)
    MemberService(runtime.context).change_status(rows[0].id, MemberStatus.LAPSED,
                                                 date(2024, 6, 1))
    kept = _contents(runtime)
    assert kept[0] and len(kept[0]) == len(kept[1]) == len(kept[2])
    assert any(row[-1] == "slapsed" for row in kept[0])
    with runtime.context.unit_of_work() as session:
        assert search_index.rebuild(session.connection()) == len(kept[2])
    assert _contents(runtime) == kept
