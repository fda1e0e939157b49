"""#14 point 16, county side: one union credit code registered at two stations arrives
through real batches and is one county case, in `county cases` and its --json."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli
from tests.e2e.sync_world import LI, Station, make_county, make_station, pair
from unionstation.county.service import County
from unionstation.domain.credit_code import credit_code_check_char
from unionstation.services.unions import UnionService

_FIRST17 = "81330106MC0000123"
CODE = _FIRST17 + credit_code_check_char(_FIRST17)
EAST, WEST = "330106001", "330106002"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[County, Station, Station]]:
    county = make_county(tmp_path / "county")
    east = make_station(tmp_path / "east", EAST, "东街道总工会", [("李四", LI)])
    west = make_station(tmp_path / "west", WEST, "西街道总工会", [])
    pair(county, east, "东街道总工会")
    pair(county, west, "西街道总工会")
    yield county, east, west
    county.close()
    east.runtime.close()
    west.runtime.close()


def _send(county: County, station: Station, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    batch = station.sync.export_to(folder).batch
    assert batch is not None
    assert county.import_paths([batch], None)["applied"] == 1


def test_one_union_code_at_two_stations_is_a_county_case(
        world: tuple[County, Station, Station], tmp_path: Path) -> None:
    county, east, west = world
    UnionService(east.runtime.context).add("示范机械有限公司工会委员会", credit_code=CODE)
    UnionService(west.runtime.context).add("示范机械公司工会", credit_code=CODE)
    _send(county, east, tmp_path / "east-stick")
    assert county.cases() == []  # one station alone holds the code: nothing to resolve
    _send(county, west, tmp_path / "west-stick")

    cases = county.cases()
    assert [(c.kind, c.credit_code, c.stations, c.names) for c in cases] == [
        ("credit_code_at_two_stations", CODE, [EAST, WEST],
         ["示范机械有限公司工会委员会", "示范机械公司工会"])]
    county.close()

    home = tmp_path / "county"
    answer = cli("county", "cases", "--json", home=home)
    assert answer.returncode == 0, answer.stderr
    assert as_json(answer) == {"cases": [{
        "kind": "credit_code_at_two_stations", "id_number_masked": "",
        "stations": [EAST, WEST], "credit_code": CODE,
        "union_names": ["示范机械有限公司工会委员会", "示范机械公司工会"]}]}
    text = cli("county", "cases", home=home)
    assert text.returncode == 0, text.stderr
    assert text.stdout.strip() == (f"同一统一社会信用代码在两个站点登记为基层工会\t{CODE}\t"
                                   f"{EAST}、{WEST}\t示范机械有限公司工会委员会、示范机械公司工会")
