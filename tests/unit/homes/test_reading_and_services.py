"""The reading room lends to active members only; service logs add up to a subsidy."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.homes_world import TODAY, build
from unionstation.domain.codes import MemberStatus
from unionstation.domain.homes import ServiceKind
from unionstation.domain.permissions import Role
from unionstation.services.errors import InvalidField, PermissionDenied
from unionstation.services.homes.reading import ReadingRoomService, clean_isbn
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.yearly_values import YearlyValues


def test_isbn_is_checked_and_upgraded() -> None:
    assert clean_isbn("7-5302-0963-9") == "9787530209639"
    assert clean_isbn(" 978 7 5302 0963 9 ") == "9787530209639"
    assert clean_isbn("") == ""
    with pytest.raises(InvalidField, match="ISBN"):
        clean_isbn("7-5302-0963-8")


def test_a_loan_by_card_number_and_its_return(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    reading = ReadingRoomService(runtime.context)
    readers = reading.find_readers("US1:330106001:330106001000001")
    assert [(name, card) for _id, name, card in readers] == [("张三", "330106001000001")]
    loan = reading.lend(world.book_id, readers[0][0])
    assert loan.lent_on == TODAY and loan.due_on == TODAY + timedelta(days=30)
    with pytest.raises(InvalidField, match="全部借出"):
        reading.lend("9787530209639", "330106001000002")
    assert reading.books()[0].available == 0
    back = reading.back(loan.id)
    assert back.returned_on == TODAY
    renewed_loan = reading.lend(world.book_id, readers[0][0], lent_on=date(2026, 9, 1))
    assert [x.id for x in reading.loans(overdue=True)] == [renewed_loan.id]
    assert reading.loans(overdue=True)[0].days_overdue(TODAY) == 50
    assert reading.renew(renewed_loan.id).due_on == TODAY + timedelta(days=30)
    assert reading.monthly(2026)[9] == (1, 1)


def test_only_active_members_borrow(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    member = MemberService(runtime.context).resolve("330106001000003")
    MemberService(runtime.context).change_status(
        member.id, MemberStatus.LAPSED, date(2026, 11, 1), "六个月未缴会费")
    with pytest.raises(InvalidField, match="只有在册会员"):
        ReadingRoomService(runtime.context).lend(world.book_id, member.id)
    assert ReadingRoomService(runtime.context).find_readers("330106001000003") == []


def test_a_week_of_logs_makes_the_months_claim(runtime: StationRuntime) -> None:
    world = build(runtime.context)
    YearlyValues(runtime.context).set_service_rate(2026, "haircut", "3.00")
    YearlyValues(runtime.context).set_service_rate(2026, "rest", "1.50")
    logs = ServiceLogService(runtime.context)
    monday = date(2026, 11, 9)
    logs.set_counts(world.stop.id, {(monday + timedelta(days=d), ServiceKind.HAIRCUT): 40
                                    for d in range(7)})
    logs.log(world.stop.code, monday, ServiceKind.REST, 11)
    logs.log(world.stop.code, monday, ServiceKind.REST, 12)  # typed again: replaces
    logs.log(world.stop.code, date(2026, 10, 31), ServiceKind.REST, 99)
    assert logs.week(world.stop.id, monday)[(monday, ServiceKind.HAIRCUT)] == 40
    assert logs.month_totals(world.stop.id, date(2026, 11, 1)) == {
        ServiceKind.REST: 12, ServiceKind.HAIRCUT: 280}
    claim = logs.claim(world.stop.id, date(2026, 11, 1))
    assert claim.total_count == 292
    assert claim.subsidy == Decimal("858.00")
    with pytest.raises(InvalidField, match="将来"):
        logs.log(world.stop.id, TODAY + timedelta(days=1), ServiceKind.REST, 1)
    runtime.context.role = Role.CLERK
    logs.log(world.stop.id, monday, ServiceKind.WATER, 5)
    with pytest.raises(PermissionDenied):
        ServiceLogService(runtime.context).claim(world.stop.id, date(2026, 11, 1))
