"""Consolidation queries over rows put straight into the county tables, on SQLite and
on a real PostgreSQL server: both must give the same answers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.factories import make_id_number
from tests.postgres import fresh_database
from unionstation.county.consolidation import (
    CaseRow,
    CountyMemberRow,
    StationFigures,
    find_cases,
    list_members,
    station_figures,
)
from unionstation.county.models import (
    CountyBase,
    CountyInfo,
    CountyMember,
    CountyStation,
    CountyTransfer,
    CountyUnion,
)
from unionstation.domain.idnumber import masked

A, B, C = "330106001", "330106002", "330106003"
ZHANG = make_id_number("330106", date(1985, 5, 20), 101)
LI = make_id_number("330106", date(1990, 1, 2), 102)
WANG = make_id_number("330106", date(1979, 7, 7), 303)
ZHAO = make_id_number("330106", date(2000, 2, 29), 404)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[sa.Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('county') / 'county.db'}"
    else:
        url = fresh_database(request.getfixturevalue("postgres_server"))
    made = sa.create_engine(url)
    CountyBase.metadata.create_all(made)
    yield made
    made.dispose()


@pytest.fixture
def session(engine: sa.Engine) -> Iterator[Session]:
    """A session whose work is rolled back after the test: every test starts empty."""
    with engine.connect() as connection:
        transaction = connection.begin()
        opened = Session(bind=connection, join_transaction_mode="create_savepoint")
        try:
            yield opened
        finally:
            opened.close()
            transaction.rollback()


def station(session: Session, code: str, name: str) -> None:
    session.add(CountyStation(code=code, name=name))
    session.flush()


def member(session: Session, code: str, name: str, id_number: str, *,
           status: str = "active", union: uuid.UUID | None = None,
           joined_on: date | None = date(2024, 3, 1), migrant: bool = False,
           priority: str | None = None, transfer_in_from: str = "",
           deleted: bool = False) -> uuid.UUID:
    member_id = uuid.uuid4()
    session.add(CountyMember(
        station_code=code, member_id=member_id, union_id=union, name=name,
        id_number=id_number, status=status, joined_on=joined_on, migrant_worker=migrant,
        priority_group=priority, transfer_in_from=transfer_in_from, deleted=deleted))
    session.flush()
    return member_id


def union(session: Session, code: str, name: str, deleted: bool = False) -> uuid.UUID:
    union_id = uuid.uuid4()
    session.add(CountyUnion(station_code=code, union_id=union_id, name=name, deleted=deleted))
    session.flush()
    return union_id


def transfer(session: Session, code: str, member_id: uuid.UUID, kind: str,
             deleted: bool = False) -> None:
    session.add(CountyTransfer(station_code=code, transfer_id=uuid.uuid4(),
                               member_id=member_id, kind=kind, transfer_on=date(2026, 5, 1),
                               deleted=deleted))
    session.flush()


@pytest.fixture
def two_stations(session: Session) -> Session:
    station(session, A, "西湖街道总工会")
    station(session, B, "留下街道总工会")
    return session


# ------------------------------------------------------------------ members list


def test_members_of_every_station_by_station_then_name(two_stations: Session) -> None:
    session = two_stations
    factory = union(session, A, "杭州示范机械有限公司工会委员会")
    member(session, B, "李四", LI, status="lapsed")
    member(session, A, "张三", ZHANG, union=factory)
    member(session, A, "Alice", WANG)
    member(session, A, "删除的人", ZHAO, deleted=True)

    total, rows = list_members(session)

    assert total == 3
    assert [(row.station, row.name) for row in rows] == [(A, "Alice"), (A, "张三"), (B, "李四")]
    assert rows[1] == CountyMemberRow(
        station=A, station_name="西湖街道总工会", name="张三", id_number_masked=masked(ZHANG),
        status="active", union_name="杭州示范机械有限公司工会委员会",
        joined_on=date(2024, 3, 1))
    assert rows[0].union_name == ""
    assert rows[2].status == "lapsed"
    assert all(ZHANG not in repr(row) and LI not in repr(row) for row in rows)


def test_members_search_by_name_id_fragment_and_station(two_stations: Session) -> None:
    session = two_stations
    member(session, A, "张三", ZHANG)
    member(session, A, "张三丰", WANG)
    member(session, B, "李四", LI)

    assert [row.name for row in list_members(session, search="张三")[1]] == ["张三", "张三丰"]
    assert [row.name for row in list_members(session, search=" 三丰 ")[1]] == ["张三丰"]
    assert [row.name for row in list_members(session, search=LI[6:14])[1]] == ["李四"]
    assert [row.name for row in list_members(session, search=ZHANG)[1]] == ["张三"]
    assert [row.name for row in list_members(session, search=B)[1]] == ["李四"]
    assert list_members(session, search="王五") == (0, [])
    assert list_members(session, search="%")[0] == 0
    assert list_members(session, search="_")[0] == 0


def test_members_id_fragment_with_check_character_x(two_stations: Session) -> None:
    session = two_stations
    with_x = next(number for seq in range(100, 200)
                  if (number := make_id_number("330106", date(1988, 8, 8), seq))[-1] == "X")
    member(session, A, "王小二", with_x)
    member(session, A, "张三", ZHANG)

    assert [row.name for row in list_members(session, search=with_x[-6:].lower())[1]] == [
        "王小二"]


def test_members_of_one_station_and_pages(two_stations: Session) -> None:
    session = two_stations
    for seq in range(5):
        member(session, A, f"会员{seq}", make_id_number("330106", date(1980, 1, 1), 500 + seq))
    member(session, B, "李四", LI)

    total, rows = list_members(session, station=A, limit=2, offset=1)
    assert total == 5
    assert [row.name for row in rows] == ["会员1", "会员2"]
    total, rows = list_members(session, station=A, offset=4)
    assert (total, [row.name for row in rows]) == (5, ["会员4"])
    assert list_members(session, station=C) == (0, [])
    assert list_members(session, search="李", station=A) == (0, [])


# ------------------------------------------------------------------ cases


def test_a_person_active_at_two_stations_is_one_case(two_stations: Session) -> None:
    session = two_stations
    station(session, C, "转塘街道总工会")
    member(session, A, "张三", ZHANG)
    member(session, B, "张叁", ZHANG)
    member(session, C, "张三", ZHANG)
    member(session, A, "李四", LI)
    member(session, B, "李四", LI, status="transferred_out")
    member(session, A, "王五", WANG)
    member(session, B, "王五", WANG, deleted=True)

    assert find_cases(session) == [
        CaseRow(kind="active_at_two_stations", id_number_masked=masked(ZHANG),
                stations=[A, B, C], names=["张三", "张叁"]),
    ]


def test_matched_transfers_are_no_case(two_stations: Session) -> None:
    session = two_stations
    leaving = member(session, A, "张三", ZHANG, status="transferred_out")
    transfer(session, A, leaving, "out")
    member(session, B, "张三", ZHANG, transfer_in_from="西湖街道某公司工会")

    other = member(session, A, "李四", LI, status="transferred_out")
    transfer(session, A, other, "out")
    arrived = member(session, B, "李四", LI)
    transfer(session, B, arrived, "in")

    assert find_cases(session) == []


def test_transfer_out_without_in(two_stations: Session) -> None:
    session = two_stations
    leaving = member(session, A, "张三", ZHANG, status="transferred_out")
    transfer(session, A, leaving, "out")
    # An arrival recorded at the same station is not the other side of the move.
    member(session, A, "张三", ZHANG, transfer_in_from="某公司工会")
    # A deleted arrival elsewhere does not count either.
    member(session, B, "张三", ZHANG, transfer_in_from="西湖", deleted=True)
    # A deleted transfer out is no case.
    gone = member(session, A, "李四", LI, status="transferred_out")
    transfer(session, A, gone, "out", deleted=True)

    cases = find_cases(session)

    assert CaseRow(kind="transfer_out_without_in", id_number_masked=masked(ZHANG),
                   stations=[A], names=["张三"]) in cases
    assert [case.kind for case in cases] == ["transfer_out_without_in",
                                             "transfer_in_without_out"]
    assert cases[1].stations == [A]


def test_transfer_in_without_out(two_stations: Session) -> None:
    session = two_stations
    member(session, B, "张三", ZHANG, transfer_in_from="西湖街道某公司工会")
    arrived = member(session, B, "李四", LI)
    transfer(session, B, arrived, "in")
    # The out at another station is deleted: it no longer matches.
    left = member(session, A, "李四", LI, status="transferred_out")
    transfer(session, A, left, "out", deleted=True)
    # A deleted arrival is no case.
    member(session, B, "王五", WANG, transfer_in_from="外县", deleted=True)

    # Same kind and stations: ordered by the full ID number, which is not shown.
    assert find_cases(session) == [
        CaseRow(kind="transfer_in_without_out", id_number_masked=masked(ZHANG),
                stations=[B], names=["张三"]),
        CaseRow(kind="transfer_in_without_out", id_number_masked=masked(LI),
                stations=[B], names=["李四"]),
    ]


def test_cases_come_in_kind_order(two_stations: Session) -> None:
    session = two_stations
    member(session, B, "赵六", ZHAO, transfer_in_from="外县")
    leaving = member(session, B, "王五", WANG, status="transferred_out")
    transfer(session, B, leaving, "out")
    member(session, A, "张三", ZHANG)
    member(session, B, "张三", ZHANG)

    assert [case.kind for case in find_cases(session)] == [
        "active_at_two_stations", "transfer_out_without_in", "transfer_in_without_out"]


# ------------------------------------------------------------------ figures


def test_figures_per_station_and_county_total(two_stations: Session) -> None:
    session = two_stations
    session.add(CountyInfo(code="330106", name="西湖区总工会"))
    station(session, C, "转塘街道总工会")  # no members yet: a row of zeros
    member(session, A, "张三", ZHANG, joined_on=date(2026, 1, 1), migrant=True,
           priority="courier")
    member(session, A, "李四", LI, joined_on=date(2026, 12, 31), priority="")
    member(session, A, "王五", WANG, joined_on=date(2025, 12, 31), migrant=True,
           status="lapsed", priority="courier")
    member(session, A, "删除", ZHAO, joined_on=date(2026, 6, 1), migrant=True, deleted=True)
    member(session, B, "赵六", ZHAO, joined_on=None, migrant=True, priority="security_guard")
    member(session, B, "钱七", make_id_number("330106", date(1970, 1, 1), 707),
           joined_on=date(2026, 2, 2), status="transferred_out", migrant=True)

    figures = station_figures(session, 2026)

    assert figures == [
        StationFigures(station=A, name="西湖街道总工会", members=2, new_this_year=2,
                       migrant_workers=1, priority_groups=1),
        StationFigures(station=B, name="留下街道总工会", members=1, new_this_year=1,
                       migrant_workers=1, priority_groups=1),
        StationFigures(station=C, name="转塘街道总工会", members=0, new_this_year=0,
                       migrant_workers=0, priority_groups=0),
        StationFigures(station="合计", name="西湖区总工会", members=3, new_this_year=3,
                       migrant_workers=2, priority_groups=2),
    ]
    assert [row.new_this_year for row in station_figures(session, 2025)] == [1, 0, 0, 1]


def test_figures_of_an_empty_county(session: Session) -> None:
    assert station_figures(session) == [
        StationFigures(station="合计", name="", members=0, new_this_year=0, migrant_workers=0,
                       priority_groups=0)]
