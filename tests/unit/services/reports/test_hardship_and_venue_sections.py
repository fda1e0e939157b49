"""The venues and hardship sections' queries (services/reports/) against hand-made rows,
a payment and its reversal among them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.factories import open_test_station
from unionstation.paths import StationHome
from unionstation.services.station import StationService

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
LAST_YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def test_hardship_with_a_payment_and_its_reversal(tmp_path: Path) -> None:
    import unionstation.domain.hardship as hardship
    from unionstation.services.reports import hardship as pending
    from unionstation.store import models

    runtime = open_test_station(StationHome(tmp_path / "h"))
    try:
        station = StationService(runtime.context).create("试点街道总工会", "330106001")
        with runtime.context.unit_of_work() as session:
            def file(no: str, category: object, opened: date,
                     relieved: date | None = None) -> object:
                made = models.HardshipFile(
                    station_id=station.id, file_no=no, name="甲", id_number=no * 6,
                    category=category, main_cause=hardship.HardshipCause.ILLNESS,
                    status=hardship.FileStatus.FORMAL, opened_on=opened, last_check_on=opened,
                    recheck_due=opened, relieved_on=relieved)
                session.add(made)
                session.flush()
                return made

            severe = file("A01", hardship.HardshipCategory.SEVERE, date(2026, 2, 1))
            relative = file("B01", hardship.HardshipCategory.RELATIVE, date(2025, 2, 1),
                            date(2026, 5, 1))
            campaign = models.Campaign(
                station_id=station.id, name="金秋助学",
                kind=hardship.CampaignKind.AUTUMN_SCHOOLING, year=2026,
                budget=Decimal("1000.00"))
            session.add(campaign)
            session.flush()
            session.add(models.CampaignHousehold(campaign_id=campaign.id, file_id=severe.id,
                                                 added_on=date(2026, 8, 1)))
            own, donation = hardship.FundingSource.OWN_FUNDS, hardship.FundingSource.DONATION
            session.add(models.Payment(file_id=severe.id, campaign_id=campaign.id,
                                       amount=Decimal("300.00"), paid_on=date(2026, 8, 2),
                                       year=2026, funding=donation))
            session.add(models.Payment(file_id=relative.id, amount=Decimal("200.00"),
                                       paid_on=date(2026, 3, 2), year=2026, funding=own))
            wrong = models.Payment(file_id=relative.id, amount=Decimal("50.00"),
                                   paid_on=date(2026, 3, 3), year=2026, funding=own)
            session.add(wrong)
            session.flush()
            session.add(models.Payment(file_id=relative.id, amount=Decimal("-50.00"),
                                       paid_on=date(2026, 3, 4), year=2026, funding=own,
                                       reverses_id=wrong.id))
            session.add(models.Visit(file_id=severe.id, visited_on=date(2026, 8, 2),
                                     kind=hardship.VisitKind.CAMPAIGN))
        with runtime.context.reading() as session:
            connection = session.connection()
            this_year = pending.hardship_section(connection, *YEAR)
            last_year = pending.hardship_section(connection, *LAST_YEAR)
            campaigns = pending.campaigns_section(connection, *YEAR)
    finally:
        runtime.close()
    assert this_year["files"] == {"severe": 1, "relative": 0, "sudden": 0}
    assert (this_year["opened"], this_year["relieved"], this_year["visits"]) == (1, 1, 1)
    assert this_year["households_helped"] == 2
    assert this_year["paid_total"] == "500.00"  # 300 + 200 + 50 − 50
    assert this_year["paid_by_funding"]["own_funds"] == "200.00"
    assert this_year["paid_by_funding"]["donation"] == "300.00"
    assert last_year["files"]["relative"] == 1 and last_year["paid_total"] == "0.00"
    assert campaigns == [{"name": "金秋助学", "kind": "autumn_schooling", "households": 1,
                          "paid_total": "300.00", "budget": "1000.00"}]


def test_venues_by_kind_assets_and_services(tmp_path: Path) -> None:
    import unionstation.domain.homes as homes
    from unionstation.services.reports import venues as pending
    from unionstation.store import models

    runtime = open_test_station(StationHome(tmp_path / "v"))
    try:
        station = StationService(runtime.context).create("试点街道总工会", "330106001")
        with runtime.context.unit_of_work() as session:
            home = models.Venue(station_id=station.id, kind=homes.VenueKind.WORKERS_HOME,
                                code="V1", serial=1, name="职工之家",
                                level=homes.ModelLevel.CITY, accredited_on=date(2026, 3, 1),
                                opened_on=date(2026, 2, 1))
            stop = models.Venue(station_id=station.id, kind=homes.VenueKind.OUTDOOR_STATION,
                                code="V2", serial=2, name="驿站", opened_on=date(2020, 2, 1))
            session.add_all([home, stop])
            session.flush()
            furniture = homes.AssetCategory.FURNITURE
            session.add(models.Asset(station_id=station.id, venue_id=home.id, tag="T1",
                                     name="桌", category=furniture, quantity=3,
                                     unit_value_fen=12345, acquired_on=date(2026, 3, 1)))
            session.add(models.Asset(station_id=station.id, venue_id=home.id, tag="T2",
                                     name="椅", category=furniture, quantity=1,
                                     unit_value_fen=999, acquired_on=date(2020, 3, 1),
                                     disposed_on=date(2026, 1, 5)))
            session.add(models.Book(venue_id=home.id, title="书", copies=4))
            session.add(models.ServiceLog(venue_id=stop.id, day=date(2026, 7, 1),
                                          service=homes.ServiceKind.WATER, count=12))
        with runtime.context.reading() as session:
            connection = session.connection()
            this_year = pending.venues_section(connection, *YEAR)
            last_year = pending.venues_section(connection, *LAST_YEAR)
            built = pending.homes_built(connection, *YEAR)
    finally:
        runtime.close()
    assert this_year["by_kind"]["workers_home"] == 1
    assert this_year["by_kind"]["outdoor_station"] == 1
    assert this_year["model_homes"]["city"] == 1
    assert this_year["asset_value"] == "370.35"  # the chair was disposed of in January
    assert (this_year["books"], this_year["loans"], this_year["services"]) == (4, 0, 12)
    assert last_year["by_kind"]["workers_home"] == 0
    assert last_year["asset_value"] == "9.99"
    assert built == 1
