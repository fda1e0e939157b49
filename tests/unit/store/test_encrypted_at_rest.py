"""A lost laptop leaks nothing: copies taken while the station runs show no personal data."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from tests.factories import make_id_number
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.photos import PhotoStore
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService
from unionstation.store.backup import backup_now
from unionstation.store.database import is_plain_sqlite

NAME = "欧阳秘密"
PHONE = "13987654321"
ID_NUMBER = make_id_number("330106", date(1977, 4, 5), 919)


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("gb18030")]


def test_db_wal_backup_and_photo_copied_while_running_hold_no_personal_data(
        runtime: StationRuntime, tmp_path: Path) -> None:
    union = UnionService(runtime.context).list()[0]
    members = MemberService(runtime.context)
    enrolled = members.enroll(MemberDraft(
        name=NAME, id_number=ID_NUMBER, grassroots_union_id=union.id,
        joined_on=date(2026, 1, 5), phone=PHONE, address="秘密路1号"))
    picture = tmp_path / "face.png"
    Image.new("RGB", (300, 420), (180, 200, 220)).save(picture)
    photo = PhotoStore(runtime.home.files_dir).store(picture)
    members.update(enrolled.id, replace(members.draft_of(enrolled.id), photo_hash=photo))
    backup = backup_now(runtime.home, "manual")

    db = runtime.home.db_path
    wal = db.with_name(db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the station is running, in WAL mode
    copies = tmp_path / "stolen"
    copies.mkdir()
    taken = [Path(shutil.copy2(path, copies / path.name))
             for path in (db, wal, backup, PhotoStore(runtime.home.files_dir).path_for(photo))]
    secrets = [*_forms(NAME), *_forms(PHONE), *_forms(ID_NUMBER), *_forms(ID_NUMBER[-8:])]
    for copy in taken:
        data = copy.read_bytes()
        for secret in secrets:
            assert secret not in data, (copy.name, secret)
        assert b"SQLite format 3" not in data and b"JFIF" not in data
    for copy in (taken[0], taken[2]):
        assert not is_plain_sqlite(copy)
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(copy).execute("SELECT name FROM sqlite_master").fetchall()


def test_check_says_the_store_is_encrypted(runtime: StationRuntime) -> None:
    from unionstation.services.health import check_station

    report = check_station(runtime).as_dict()
    assert report["encrypted"] is True and report["ok"] is True
