"""Venues, hardship files, visits, payments (one reversed) and campaigns for a station of
the county report's tests, entered as rows through the station's session (so the change
log sends them), dated in 2025 and 2026. `seed` varies the amounts so two stations differ;
both run a campaign of the same name and kind, which the county adds into one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from tests.e2e.sync_world import Station
from tests.factories import open_test_station
from tests.unit.services.reports import fixture_station as hand
from unionstation.county.service import County
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.reports.service import ReportService
from unionstation.services.station import StationService

SILENT = "330106009"  # enrolled at the county, never sends a batch


def report_station(root: Path, code: str, name: str, seed: int) -> Station:
    """The hand-counted station of the report tests, with venues and hardship aid and a
    plan (2026 at both; 2025 at the station of `seed` 1 only)."""
    runtime = open_test_station(StationHome(root))
    station = StationService(runtime.context).create(name, code, "测试县总工会",
                                                     officer_name="王干事")
    fixture = hand.build(runtime.context, seed=seed)
    add_homes_and_hardship(runtime.context, station.id, seed)
    plans = ReportService(runtime.context)
    plans.set_plan(2026, new_members=2 + seed, homes=1)
    if seed:
        plans.set_plan(2025, new_unions=1)
    return Station(runtime, code, fixture.unions[hand.A])


def send(county: County, station: Station, folder: Path) -> None:
    """A batch by stick to the county, and its ack back."""
    stick, acks = folder / f"stick-{station.code}", folder / f"acks-{station.code}"
    stick.mkdir(parents=True)
    acks.mkdir(parents=True)
    batch = station.sync.export_to(stick).batch
    assert batch is not None
    for ack in county.import_paths([batch], acks)["acks"]:
        station.sync.accept_ack(Path(ack).read_bytes())


def add_homes_and_hardship(context: ServiceContext, station_id: UUID, seed: int) -> None:
    import unionstation.domain.hardship as hardship
    import unionstation.domain.homes as homes
    from unionstation.store import models

    own, donation = hardship.FundingSource.OWN_FUNDS, hardship.FundingSource.DONATION
    with context.unit_of_work() as session:
        home = models.Venue(station_id=station_id, kind=homes.VenueKind.WORKERS_HOME,
                            code=f"V{seed}1", serial=1, name="职工之家",
                            level=homes.ModelLevel.CITY, accredited_on=date(2026, 3, 1),
                            opened_on=date(2026, 2, 1))
        stop = models.Venue(station_id=station_id, kind=homes.VenueKind.OUTDOOR_STATION,
                            code=f"V{seed}2", serial=2, name="驿站", opened_on=date(2024, 2, 1))
        session.add_all([home, stop])
        session.flush()
        session.add(models.Asset(station_id=station_id, venue_id=home.id, tag=f"T{seed}",
                                 name="桌", category=homes.AssetCategory.FURNITURE,
                                 quantity=3 + seed, unit_value_fen=12345,
                                 acquired_on=date(2025, 3, 1)))
        session.add(models.Book(venue_id=home.id, title="书", copies=4 + seed))
        session.add(models.ServiceLog(venue_id=stop.id, day=date(2026, 7, 1),
                                      service=homes.ServiceKind.WATER, count=12 + seed))
        session.add(models.ServiceLog(venue_id=stop.id, day=date(2025, 7, 1),
                                      service=homes.ServiceKind.REST, count=5))

        def file(no: str, category: hardship.HardshipCategory, opened: date,
                 relieved: date | None = None) -> models.HardshipFile:
            made = models.HardshipFile(
                station_id=station_id, file_no=f"{seed}{no}", name="甲",
                id_number=f"3301061980010{seed}{no[0]}{no[-3:]}", category=category,
                main_cause=hardship.HardshipCause.ILLNESS, status=hardship.FileStatus.FORMAL,
                opened_on=opened, last_check_on=opened, recheck_due=opened,
                relieved_on=relieved)
            session.add(made)
            session.flush()
            return made

        severe = file("A001", hardship.HardshipCategory.SEVERE, date(2026, 2, 1))
        relative = file("B001", hardship.HardshipCategory.RELATIVE, date(2025, 2, 1),
                        date(2026, 5, 1))
        autumn = models.Campaign(station_id=station_id, name="金秋助学",
                                 kind=hardship.CampaignKind.AUTUMN_SCHOOLING, year=2026,
                                 budget=Decimal("1000.00") * (seed + 1))
        winter = models.Campaign(station_id=station_id, name=f"送温暖{seed}",
                                 kind=hardship.CampaignKind.WINTER_WARMTH, year=2025,
                                 budget=Decimal("500.00"))
        session.add_all([autumn, winter])
        session.flush()
        session.add(models.CampaignHousehold(campaign_id=autumn.id, file_id=severe.id,
                                             added_on=date(2026, 8, 1)))
        session.add(models.CampaignHousehold(campaign_id=winter.id, file_id=relative.id,
                                             added_on=date(2025, 12, 1)))
        session.add(models.Payment(file_id=severe.id, campaign_id=autumn.id,
                                   amount=Decimal("300.00") + seed, paid_on=date(2026, 8, 2),
                                   year=2026, funding=donation))
        session.add(models.Payment(file_id=relative.id, campaign_id=winter.id,
                                   amount=Decimal("150.50"), paid_on=date(2025, 12, 20),
                                   year=2025, funding=own))
        wrong = models.Payment(file_id=relative.id, amount=Decimal("50.00"),
                               paid_on=date(2026, 3, 3), year=2026, funding=own)
        session.add(wrong)
        session.flush()
        session.add(models.Payment(file_id=relative.id, amount=Decimal("-50.00"),
                                   paid_on=date(2026, 3, 4), year=2026, funding=own,
                                   reverses_id=wrong.id))
        session.add(models.Visit(file_id=severe.id, visited_on=date(2026, 8, 2),
                                 kind=hardship.VisitKind.CAMPAIGN))
        session.add(models.Visit(file_id=relative.id, visited_on=date(2025, 12, 20),
                                 kind=hardship.VisitKind.CAMPAIGN))
