"""County member search: the same answers on SQLite and PostgreSQL, and on PostgreSQL the
trigram indexes of county migration 0005 answer it, and the pinyin indexes of county_0006
a search in letters (the plans name them)."""

from __future__ import annotations

from sqlalchemy import func, select, text

from tests.unit.county.batches import TestStation
from unionstation.county.consolidation import _search_filter
from unionstation.county.models import CountyMember
from unionstation.county.service import County
from unionstation.domain.pinyin import name_search_keys, search_key


def _plan(county: County, term: str) -> str:
    query = select(func.count()).select_from(CountyMember).where(
        _search_filter(term, postgresql=True))  # type: ignore[arg-type]
    sql = str(query.compile(county.store.engine, compile_kwargs={"literal_binds": True}))
    with county.store.engine.begin() as connection:
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        return "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {sql}")))


def test_search_by_name_part_and_id_digits(county: County, station: TestStation) -> None:
    assert county.import_batch(station.batch()).status == "applied"
    total, rows = county.members()
    assert total == 3
    some = rows[0]
    by_name, found = county.members(search=some.name[1:])
    assert by_name >= 1 and some.name in {row.name for row in found}
    with county.store.read_session_factory() as session:
        id_number = session.scalar(select(CountyMember.id_number).where(
            CountyMember.name == some.name))
    assert id_number is not None
    digits = id_number[6:14]
    by_id, found = county.members(search=digits)
    assert by_id >= 1 and some.name in {row.name for row in found}
    assert county.members(search="%")[0] == 0  # a wildcard is a character, not "all"
    if county.store.engine.dialect.name != "postgresql":
        return
    with county.store.engine.connect() as connection:
        indexes = set(connection.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'county_member'")).scalars())
    assert {"ix_county_member_name_trgm", "ix_county_member_id_number_trgm"} <= indexes
    plan = _plan(county, digits)
    assert "ix_county_member_id_number_trgm" in plan, plan
    assert "ix_county_member_name_trgm" in plan, plan


def test_search_by_pinyin_initials_and_full_pinyin(county: County,
                                                   station: TestStation) -> None:
    assert county.import_batch(station.batch()).status == "applied"
    _total, rows = county.members()
    some = rows[0]
    keys = name_search_keys(some.name)
    assert len(keys.initials) >= 2
    with county.store.read_session_factory() as session:
        stored = session.execute(select(CountyMember.name_initials, CountyMember.name_pinyin)
                                 .where(CountyMember.name == some.name)).first()
    assert stored is not None and tuple(stored) == (keys.initials, keys.full)
    for term in (keys.initials, keys.initials.upper(), keys.initials[:2], keys.full[:4],
                 f" {keys.full} "):
        found, page = county.members(search=term)
        assert some.name in {row.name for row in page}, term
        assert all(name_search_keys(row.name).initials.startswith(search_key(term))
                   or name_search_keys(row.name).full.startswith(search_key(term))
                   for row in page), term
    assert county.members(search="qqqqq")[0] == 0
    if county.store.engine.dialect.name != "postgresql":
        return
    plan = _plan(county, keys.initials[:2])
    assert "ix_county_member_name_initials" in plan, plan
    assert "ix_county_member_name_pinyin" in plan, plan
    assert "Seq Scan" not in plan, plan
