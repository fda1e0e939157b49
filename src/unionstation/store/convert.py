"""Converting a plain station (SQLite from an earlier version) into an encrypted one.

On the first start after the upgrade, once the officer has made the first administrator
(and so the data key exists), the plain database is exported with `sqlcipher_export` into
a new SQLCipher file under the data key, and that file is checked: integrity, and the row
count of every table equal to the plain one's. Only then is it swapped in with one atomic
rename; the plain file stays beside it under `PLAIN_KEPT` until the keyring holding the
data key is on disk, and `delete_plain_leftovers` then removes it, the plain backups, and
the photos once they are sealed. A deleted file's blocks may survive on an SSD or in a
cloud folder's history: the caller tells the officer so (CLOUD_NOTICE).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionstation.paths import StationHome
from unionstation.store.crypto_files import SEALED_SUFFIX, is_sealed, write_sealed
from unionstation.store.database import is_plain_sqlite
from unionstation.store.engine import cipher_connect

log = logging.getLogger(__name__)

PLAIN_KEPT = "unionstation.db.plain"  # encrypt_file's `<name>.plain`
CLOUD_NOTICE = (
    "旧的未加密数据库和备份已删除。但固态硬盘、网盘同步文件夹或回收站里可能还留有旧文件的副本,"
    "请检查并清除(例如清空回收站、删除网盘中的旧版本)。"
)


class ConversionFailed(RuntimeError):
    """The encrypted copy did not match the plain database; nothing was changed."""


@dataclass
class ConversionReport:
    tables: dict[str, int] = field(default_factory=dict)
    photos_sealed: int = 0
    seconds: float = 0.0
    deleted: list[Path] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _plain_connect(path: Path) -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2.connect(str(path), isolation_level=None)


def _counts(connection: Any) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def _export(plain: Path, partial: Path, key: bytes) -> dict[str, int]:
    """Export `plain` into the new encrypted `partial`; the plain side's row counts."""
    source = _plain_connect(plain)
    try:
        # Everything in the WAL goes into the main file: the kept plain copy is whole.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _counts(source)
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                       (str(partial),))
        try:
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute(f"PRAGMA encrypted.user_version = {version}")
        finally:
            source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    return counts


def _check(partial: Path, key: bytes, expected: dict[str, int]) -> None:
    target = cipher_connect(str(partial), key)
    try:
        integrity = [row[0] for row in target.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise ConversionFailed(f"加密后的数据库完整性检查未通过:{'; '.join(integrity[:3])}")
        found = _counts(target)
        target.execute("PRAGMA journal_mode=WAL")
    finally:
        target.close()
    if found != expected:
        wrong = sorted(name for name in expected.keys() | found.keys()
                       if expected.get(name) != found.get(name))
        raise ConversionFailed(f"加密后的数据库行数与原库不一致(表 {', '.join(wrong[:5])})。")


def _fsync(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def encrypt_file(db: Path, key: bytes) -> dict[str, int]:
    """Export the plain `db` into an encrypted file, check it, swap it in; the plain file
    is kept beside it as `<name>.plain` for the caller to delete once the key is saved.
    Returns the row count of every table. ConversionFailed (or any error) leaves `db`
    exactly as it was. Used for the station's database and the county's."""
    partial = db.with_name(db.name + ".encrypting")
    partial.unlink(missing_ok=True)
    try:
        counts = _export(db, partial, key)
        _check(partial, key, counts)
        _fsync(partial)
    except Exception:
        partial.unlink(missing_ok=True)
        raise
    kept = db.with_name(db.name + ".plain")
    kept.unlink(missing_ok=True)
    try:
        os.link(db, kept)
    except OSError:
        shutil.copy2(db, kept)
    for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; plain all the same
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    os.replace(partial, db)
    return counts


def convert_plain_database(home: StationHome, key: bytes) -> ConversionReport:
    """Export, check and swap in the encrypted database; seal the photos.

    The plain file is kept as PLAIN_KEPT (see delete_plain_leftovers). ConversionFailed
    leaves the plain database exactly as it was.
    """
    started = time.perf_counter()
    report = ConversionReport(tables=encrypt_file(home.db_path, key))
    report.photos_sealed = seal_plain_photos(home, key)
    report.seconds = time.perf_counter() - started
    log.info("converted the station to an encrypted database: %d tables, %d rows, %.1f s",
             len(report.tables), report.rows, report.seconds)
    return report


def seal_plain_photos(home: StationHome, key: bytes) -> int:
    """Seal each plain photo `<hash>.jpg` as `<hash>.usf`; the plain ones go later."""
    sealed = 0
    if not home.files_dir.is_dir():
        return 0
    for plain in sorted(home.files_dir.glob("*.jpg")):
        target = plain.with_suffix(SEALED_SUFFIX)
        if not target.exists():
            write_sealed(target, key, plain.read_bytes())
            sealed += 1
    return sealed


def plain_leftovers(home: StationHome) -> list[Path]:
    """What holds personal data in clear after a conversion: the kept plain database, the
    plain backups, the photos that now have a sealed twin."""
    found: list[Path] = []
    kept = home.root / PLAIN_KEPT
    if kept.exists():
        found.append(kept)
    if home.backups_dir.is_dir():
        found += sorted(p for p in home.backups_dir.rglob("*.db") if is_plain_sqlite(p))
    if home.files_dir.is_dir():
        found += sorted(p for p in home.files_dir.glob("*.jpg")
                        if p.with_suffix(SEALED_SUFFIX).is_file()
                        and is_sealed(p.with_suffix(SEALED_SUFFIX)))
    return found


def delete_plain_leftovers(home: StationHome) -> list[Path]:
    """Delete the plain copies; call only once the keyring with the data key is saved."""
    deleted: list[Path] = []
    for path in plain_leftovers(home):
        path.unlink(missing_ok=True)
        deleted.append(path)
    if deleted:
        log.info("deleted %d plain files left from the conversion", len(deleted))
    return deleted
