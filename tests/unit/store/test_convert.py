"""A plain station made by the previous release becomes an encrypted one, losing nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import TEST_ADMIN, TEST_PASSWORD
from unionstation.county.home import CountyHome
from unionstation.county.service import open_county
from unionstation.paths import StationHome
from unionstation.services.member_query import MemberFilter, MemberQueryService
from unionstation.services.photos import PhotoStore
from unionstation.services.runtime import finish_conversion, open_station
from unionstation.store.convert import PLAIN_KEPT, ConversionFailed, convert_plain_database
from unionstation.store.database import is_plain_sqlite
from unionstation.store.keyring import KeyRing
from unionstation.store.models import ChangeRecord
from unionstation.sync.station_sync import SyncService

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "plain_station"
PHOTO = "7f558358b5c550d28c214ee8340e45affa2e0f378aa768a1479e2c2a28c70e07"


def _plain_facts(db: Path) -> tuple[dict[str, int], list[str], int]:
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                  for t in tables}
        found = [row[0] for row in connection.execute(
            "SELECT phone FROM member WHERE phone IS NOT NULL ORDER BY id LIMIT 5")]
        top = connection.execute("SELECT max(change_seq) FROM change_log").fetchone()[0]
    finally:
        connection.close()
    return counts, found, top


@pytest.fixture
def plain(tmp_path: Path) -> tuple[StationHome, CountyHome]:
    shutil.copytree(FIXTURE, tmp_path / "world")
    return (StationHome(tmp_path / "world" / "station"),
            CountyHome(tmp_path / "world" / "county"))


def test_conversion_keeps_every_row_search_and_sequence_and_sync_goes_on(
        plain: tuple[StationHome, CountyHome], tmp_path: Path) -> None:
    home, county_home = plain
    counts, found, top = _plain_facts(home.db_path)
    assert found and top > 0
    # The first administrator is made: the keyring exists only in memory until saved.
    ring, key = KeyRing.create(home)
    ring.set_password(TEST_ADMIN, TEST_PASSWORD, key)
    runtime = open_station(home, key)
    try:
        assert runtime.conversion is not None
        assert runtime.conversion.tables == counts
        assert runtime.conversion.photos_sealed == 1
        assert not is_plain_sqlite(home.db_path)
        assert (home.root / PLAIN_KEPT).exists()  # until the keyring is saved
        ring.save()
        deleted = finish_conversion(home)
        assert PLAIN_KEPT in deleted and f"{PHOTO}.jpg" in deleted
        assert "unionstation-2026-12-04.db" in deleted  # the plain daily backup
        assert not (home.root / PLAIN_KEPT).exists()
        assert not list(home.files_dir.glob("*.jpg"))
        for backup in home.backups_dir.rglob("*.db"):
            assert not is_plain_sqlite(backup)
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(home.db_path).execute("SELECT * FROM member").fetchall()

        query = MemberQueryService(runtime.context)
        for phone in found:  # the search index came through: each phone finds its member
            assert [row.phone for row in query.search(MemberFilter(text=phone)).rows] == [phone]
        assert [row.name for row in query.search(MemberFilter(text="转换测试")).rows] == [
            "转换测试员"]
        with runtime.context.reading() as session:
            assert session.scalar(select(func.max(ChangeRecord.change_seq))) == top
        assert PhotoStore(home.files_dir).read(PHOTO) is not None

        sync = SyncService(runtime.context, home)
        assert sync.status().acknowledged_through == 192
        top += sync.refresh_figures()  # the yearly figures (member counts), changes too
        outbox = tmp_path / "stick"
        outbox.mkdir()
        exported = sync.export_to(outbox)
        assert exported.from_seq == 193 and exported.to_seq == top
        assert exported.batch is not None
        with open_county(county_home) as county:
            outcome = county.import_paths([exported.batch], acks_to=tmp_path / "acks")
        assert outcome["refused"] == [], outcome
        ack = next((tmp_path / "acks").iterdir())
        sync.accept_ack(ack.read_bytes())
        assert sync.status().acknowledged_through == top
    finally:
        runtime.close()


def test_a_second_start_after_a_lost_keyring_starts_again_from_the_plain_copy(
        plain: tuple[StationHome, CountyHome]) -> None:
    home, _county = plain
    counts, _found, _top = _plain_facts(home.db_path)
    _ring, first_key = KeyRing.create(home)
    open_station(home, first_key).close()  # converted, but the keyring never saved
    ring, key = KeyRing.create(home)
    ring.set_password(TEST_ADMIN, TEST_PASSWORD, key)
    runtime = open_station(home, key)
    try:
        assert runtime.conversion is not None and runtime.conversion.tables == counts
    finally:
        runtime.close()


def test_a_failed_check_leaves_the_plain_database_untouched(
        plain: tuple[StationHome, CountyHome], monkeypatch: pytest.MonkeyPatch) -> None:
    import unionstation.store.convert as convert

    home, _county = plain
    before = home.db_path.read_bytes()
    calls = iter(range(10))  # the encrypted copy "lost" a row
    monkeypatch.setattr(convert, "_counts", lambda _c: {"member": 60 - next(calls)})
    with pytest.raises(ConversionFailed, match="行数"):
        convert_plain_database(home, bytes(32))
    assert home.db_path.read_bytes() == before
    assert not list(home.root.glob("unionstation.db.*"))
