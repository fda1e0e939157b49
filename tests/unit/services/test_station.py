from __future__ import annotations

import pytest

from tests.factories import TEST_KEY
from unionstation.paths import StationHome
from unionstation.services.errors import AlreadyExists, InvalidField
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.services.station import StationService


def test_create_station_normalises_and_records_officer(home: StationHome) -> None:
    runtime = open_station(home, TEST_KEY)
    try:
        service = StationService(runtime.context)
        assert service.current() is None
        station = service.create(" 西湖街道 总工会 ", "３３０１０６００１", "西湖区总工会",
                                 officer_name="李干事")
        assert station.name == "西湖街道 总工会"
        assert station.division_code == "330106001"
        assert service.officers() == ["李干事"]
        assert service.current() == station
    finally:
        runtime.close()


@pytest.mark.parametrize(
    ("name", "code", "field"),
    [("", "330106001", "名称"), ("某街道总工会", "12345", "行政区划代码"),
     ("某街道总工会", "990106001", "行政区划代码")],
)
def test_bad_station_fields_name_the_field(home: StationHome, name: str, code: str,
                                           field: str) -> None:
    runtime = open_station(home, TEST_KEY)
    try:
        with pytest.raises(InvalidField) as caught:
            StationService(runtime.context).create(name, code)
        assert caught.value.field == field
        assert StationService(runtime.context).current() is None
    finally:
        runtime.close()


def test_a_second_station_is_refused(runtime: StationRuntime) -> None:
    with pytest.raises(AlreadyExists):
        StationService(runtime.context).create("另一个总工会", "330106003")
