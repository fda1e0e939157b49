"""The demo station's workers' home venues (the Homes page was empty on a demo)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from tests.factories import TEST_KEY
from unionstation.domain.homes import VenueKind
from unionstation.paths import StationHome
from unionstation.services.demo import DemoDataService
from unionstation.services.homes.assets import AssetFilter, AssetService
from unionstation.services.homes.reading import ReadingRoomService
from unionstation.services.homes.service_logs import ServiceLogService
from unionstation.services.homes.venues import VenueService
from unionstation.services.runtime import open_station
from unionstation.store.models import ChangeRecord, Loan, ServiceLog


def test_the_demo_has_venues_with_assets_books_loans_and_service_logs(
        home: StationHome) -> None:
    runtime = open_station(home, TEST_KEY)
    try:
        context = runtime.context
        DemoDataService(context).generate(members=120, seed=3)
        venues = {row.kind: row for row in VenueService(context).list()}
        assert set(venues) == {VenueKind.WORKERS_HOME, VenueKind.READING_ROOM,
                               VenueKind.NURSING_ROOM, VenueKind.OUTDOOR_STATION}
        assert venues[VenueKind.NURSING_ROOM].name == "爱心妈咪小屋"
        assert venues[VenueKind.WORKERS_HOME].name == "示范街道职工之家"
        for venue in venues.values():
            assert venue.code.startswith("330106001-")
            assert venue.assets >= 3 and venue.asset_value > 0
            checklist = VenueService(context).checklist(venue.id)
            assert 0 < checklist.met < checklist.total  # part of the standard met
        count, value, _due = AssetService(context).summary(AssetFilter())
        assert count >= 16 and value == sum(v.asset_value for v in venues.values())

        reading = ReadingRoomService(context)
        books = reading.books(venues[VenueKind.READING_ROOM].id)
        assert len(books) >= 10 and any(book.isbn for book in books)
        open_loans = reading.loans()
        assert open_loans and all(book.on_loan <= book.copies for book in books)
        today = context.today()
        assert any(loan.days_overdue(today) > 0 for loan in open_loans)
        with context.reading() as session:
            returned = session.scalar(select(func.count()).select_from(Loan).where(
                Loan.returned_on.is_not(None)))
            logged = session.scalar(select(func.count()).select_from(ServiceLog))
            synced = set(session.scalars(select(ChangeRecord.entity).distinct()))
        assert returned and logged
        assert {"venue", "asset", "book", "loan", "service_log"} <= synced
        stop = venues[VenueKind.OUTDOOR_STATION].id
        month = ServiceLogService(context).month_totals(stop, today.replace(day=1)
                                                        - timedelta(days=1))
        assert sum(month.values()) > 0

        # A second demo run adds members, not a second set of venues.
        DemoDataService(context).generate(members=20, seed=4)
        assert len(VenueService(context).list()) == 4
    finally:
        runtime.close()
