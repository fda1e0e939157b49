"""Two stations and one county, built from the real services, for the sync round trips."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

from tests.factories import TEST_KEY, make_id_number
from unionstation.county.home import CountyHome
from unionstation.county.service import County, init_county, open_county
from unionstation.paths import StationHome
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.services.station import StationService
from unionstation.services.unions import UnionService
from unionstation.sync.station_sync import SyncService

COUNTY_CODE = "330106"


@dataclass
class Station:
    runtime: StationRuntime
    code: str
    union_id: UUID

    @property
    def sync(self) -> SyncService:
        return SyncService(self.runtime.context, self.runtime.home)

    @property
    def members(self) -> MemberService:
        return MemberService(self.runtime.context)

    def enroll(self, name: str, id_number: str, transfer_in_from: str = "") -> UUID:
        return self.members.enroll(MemberDraft(
            name=name, id_number=id_number, grassroots_union_id=self.union_id,
            joined_on=date(2026, 3, 1), phone="13800001111",
            transfer_in_from=transfer_in_from)).id


def make_station(root: Path, code: str, name: str, members: list[tuple[str, str]]) -> Station:
    runtime = open_station(StationHome(root), TEST_KEY)
    StationService(runtime.context).create(name, code, "测试县总工会", officer_name="王干事")
    runtime.context.officer = "王干事"
    union = UnionService(runtime.context).add(f"{name}机关工会委员会")
    station = Station(runtime, code, union.id)
    for person, id_number in members:
        station.enroll(person, id_number)
    return station


def make_county(root: Path) -> County:
    return init_county(CountyHome(root), "测试县总工会", COUNTY_CODE)


def pair(county: County, station: Station, name: str) -> None:
    """The enrolment file goes down, the station key file comes back up."""
    station.sync.enrol(county.enrol_station(station.code, name))
    county.register_station_key(station.sync.station_key_file())


def copy_county(county_root: Path, target: Path) -> County:
    """A second county in the very same state (keys and store), to compare orders."""
    shutil.copytree(county_root, target)
    return open_county(CountyHome(target))


ZHANG = make_id_number("330106", date(1985, 5, 20), 101)
LI = make_id_number("330106", date(1990, 1, 2), 102)
ZENG = make_id_number("330106", date(1995, 12, 31), 204)
WANG = make_id_number("330106", date(1979, 7, 7), 305)
