"""County point 16 of #14, on SQLite and PostgreSQL: one union credit code at two stations
is a case, and the members list reads in pinyin order as the station's lists do."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.factories import make_id_number
from tests.unit.county.test_consolidation import (
    LI,
    WANG,
    ZHANG,
    ZHAO,
    A,
    B,
    C,
    engine,
    member,
    session,
    station,
    two_stations,
)
from unionstation.county.consolidation import CaseRow, list_members
from unionstation.county.models import CountyMember, CountyUnion
from unionstation.county.union_cases import credit_code_at_two_stations
from unionstation.domain.collation import name_collation_key, sorted_by_pinyin

__all__ = ["engine", "session", "two_stations"]  # the fixtures, shared with consolidation's

CODE = "81330106MC1234567X"
OTHER = "81330106MC7654321Y"


def union(db: Session, code: str, name: str, credit_code: str, deleted: bool = False) -> None:
    db.add(CountyUnion(station_code=code, union_id=uuid.uuid4(), name=name,
                       credit_code=credit_code, deleted=deleted))
    db.flush()


def test_one_credit_code_at_two_stations_is_one_case(
        two_stations: Session) -> None:  # noqa: F811
    session = two_stations  # noqa: F811
    station(session, C, "转塘街道总工会")
    union(session, B, "示范机械公司工会", CODE)
    union(session, A, "示范机械有限公司工会委员会", CODE)
    union(session, C, "示范机械公司工会", CODE)
    union(session, A, "另一家公司工会", OTHER)
    union(session, B, "另一家公司工会", OTHER, deleted=True)  # deleted: no longer held
    union(session, A, "无代码工会甲", "")
    union(session, B, "无代码工会乙", "")  # no code is no case

    assert credit_code_at_two_stations(session) == [
        CaseRow(kind="credit_code_at_two_stations", id_number_masked="",
                stations=[A, B, C], names=["示范机械有限公司工会委员会", "示范机械公司工会"],
                credit_code=CODE),
    ]


def test_a_code_held_twice_at_one_station_is_no_county_case(
        two_stations: Session) -> None:  # noqa: F811
    session = two_stations  # noqa: F811
    union(session, A, "甲工会", CODE)
    union(session, A, "乙工会", CODE)

    assert credit_code_at_two_stations(session) == []


def test_members_list_reads_in_pinyin_order(two_stations: Session) -> None:  # noqa: F811
    """Code-point order would give 张三, 曾小明, 阿里; the register's order is a, zeng, zhang."""
    session = two_stations  # noqa: F811
    names = ["张三", "曾小明", "阿里", "Bob", "单田芳"]
    numbers = [ZHANG, WANG, LI, ZHAO, make_id_number("330106", date(1995, 6, 6), 606)]
    for name, number in zip(names, numbers, strict=True):
        member(session, A, name, number)
    member(session, B, "安然", make_id_number("330106", date(1996, 6, 6), 607))

    total, rows = list_members(session)

    assert total == 6
    assert [row.name for row in rows] == [*sorted_by_pinyin(names, str, person=True), "安然"]
    assert [row.name for row in rows][:5] == ["阿里", "Bob", "单田芳", "曾小明", "张三"]
    page = list_members(session, station=A, limit=2, offset=2)[1]
    assert [row.name for row in page] == ["单田芳", "曾小明"]


@pytest.mark.parametrize("name", ["李安", "lian", "连杰", "", "王 五"])
def test_a_member_inserted_without_a_key_gets_its_own(
        two_stations: Session, name: str) -> None:  # noqa: F811
    member(two_stations, A, name, ZHANG)
    assert list_members(two_stations)[1][0].name == name
    assert two_stations.scalar(select(CountyMember.name_key)) == name_collation_key(name)
