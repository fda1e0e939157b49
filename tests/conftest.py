"""Shared fixtures: an empty data folder, and a station database built once and copied."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.factories import TEST_ADMIN, TEST_KEY, TEST_PASSWORD, make_id_number  # noqa: E402
from tests.postgres import postgres_server  # noqa: F401,E402
from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.runtime import StationRuntime, open_station  # noqa: E402
from unionstation.store.keyring import KeyRing, keyring_path  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if f"{os.sep}tests{os.sep}gui{os.sep}" in str(item.path):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def home(tmp_path: Path) -> StationHome:
    return StationHome(tmp_path / "home")


@pytest.fixture(scope="session")
def station_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station with two unions and three members, built once per test session."""
    from unionstation.services.members import MemberDraft, MemberService
    from unionstation.services.station import StationService
    from unionstation.services.unions import UnionService

    home = StationHome(tmp_path_factory.mktemp("template"))
    ring = KeyRing(keyring_path(home))
    ring.set_password(TEST_ADMIN, TEST_PASSWORD, TEST_KEY)
    ring.save()
    runtime = open_station(home, TEST_KEY)
    try:
        StationService(runtime.context).create("测试街道总工会", "330106001", "测试县总工会",
                                               officer_name="王干事")
        runtime.context.officer = "王干事"
        unions = UnionService(runtime.context)
        factory = unions.add("杭州示范机械有限公司工会委员会")
        unions.add("快递物流行业工会联合会")
        MemberService(runtime.context).enroll_many(
            [
                MemberDraft(name=name, id_number=make_id_number("330106", born, seq),
                            grassroots_union_id=factory.id, joined_on=date(2024, 3, 1),
                            phone="13800001111")
                for name, born, seq in (
                    ("张三", date(1985, 5, 20), 101),
                    ("李四", date(1990, 1, 2), 102),
                    ("曾小红", date(1995, 12, 31), 204),
                )
            ]
        )
    finally:
        runtime.close()
    return home.db_path


@pytest.fixture
def station_home(station_template: Path, tmp_path: Path) -> StationHome:
    home = StationHome(tmp_path / "station")
    home.ensure()
    shutil.copy2(station_template, home.db_path)
    shutil.copy2(keyring_path(StationHome(station_template.parent)), keyring_path(home))
    return home


@pytest.fixture
def runtime(station_home: StationHome) -> Iterator[StationRuntime]:
    opened = open_station(station_home, TEST_KEY)
    yield opened
    opened.close()
