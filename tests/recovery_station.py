"""A station with a day's work for the recovery tests: an hourly backup taken in the
morning, then more members enrolled; closed, so everything is in the main file."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.factories import TEST_KEY, connect_db
from unionstation.paths import StationHome
from unionstation.services.demo import DemoDataService
from unionstation.services.runtime import open_station
from unionstation.store.backup import backup_key, backup_now
from unionstation.store.keyring import keyring_path


@dataclass(frozen=True)
class DayStation:
    home: StationHome
    backup: Path
    backup_ids: frozenset[str]  # members (any status) in the hourly backup
    all_ids: frozenset[str]  # active members at the end of the day


def member_ids(db: Path, *, active: bool = False, key: bytes = TEST_KEY) -> frozenset[str]:
    """The members a database holds (`active`: only those on the register)."""
    where = "deleted_at IS NULL" + (" AND status = 'active'" if active else "")
    connection = connect_db(db, key)
    try:
        return frozenset(str(row[0]) for row in connection.execute(
            f"SELECT id FROM member WHERE {where}"))
    finally:
        connection.close()


def active_ids(db: Path) -> frozenset[str]:
    return member_ids(db, active=True)


def build_day_station(root: Path, template_db: Path) -> DayStation:
    """From the session's template station (its key ring lets the test admin log in)."""
    home = StationHome(root)
    home.ensure()
    shutil.copy2(template_db, home.db_path)
    shutil.copy2(keyring_path(StationHome(template_db.parent)), keyring_path(home))
    runtime = open_station(home, TEST_KEY)
    try:
        DemoDataService(runtime.context).generate(300, seed=3)
    finally:
        runtime.close()
    backup = backup_now(home, "hourly", key=TEST_KEY)
    runtime = open_station(home, TEST_KEY)
    try:
        DemoDataService(runtime.context).generate(60, seed=4)
    finally:
        runtime.close()
    assert not home.db_path.with_name("unionstation.db-wal").exists()
    return DayStation(home, backup, member_ids(backup, key=backup_key(TEST_KEY)),
                      active_ids(home.db_path))


def copy_day_station(template: DayStation, root: Path) -> DayStation:
    shutil.copytree(template.home.root, root)
    home = StationHome(root)
    backup = root / template.backup.relative_to(template.home.root)
    return DayStation(home, backup, template.backup_ids, template.all_ids)
