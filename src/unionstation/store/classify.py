"""What a station's database file is, found before any PRAGMA or schema read touches it.

Opening a damaged file with the engine would switch its journal mode, reset a damaged
WAL and raise from deep inside SQLAlchemy; so the file is first read as bytes, then
through one read-only raw connection under the data key. An SQLCipher file's pages
are encrypted, so what the bytes tell is little: whole 4 KiB pages, a salt in the
first 16 bytes (all zeros: the header was wiped), a WAL header (plain). A sound file passes
quick_check; one that does not is explained by `PRAGMA cipher_integrity_check`: every page
failing its HMAC means another key or not a database at all, some pages failing means
damaged pages. A plain SQLite file is checked as before encryption: a sound plain station
is PLAIN (converted by the caller), anything else plain is damaged or another file.

Only "missing, and no station beside it" is a new station: an empty or damaged file
where a station existed is a damaged station, which the window and the command line
answer with the recovery choices, never with a new, empty station.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from unionstation.paths import StationHome
from unionstation.store.raw import DB_ERRORS, connect_raw

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
HEADER_SIZE = 100
CIPHER_PAGE = 4096  # SQLCipher 4's default page size, which the station keeps
SALT_SIZE = 16
DAMAGED_DIR = "damaged"
STATION_TABLES = frozenset({"station", "alembic_version"})


class FileState(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    NOT_DATABASE = "not_database"
    DAMAGED = "damaged"
    SOUND = "sound"
    PLAIN = "plain"  # a sound plain station from an earlier version: converted, not damaged


_STATE_TEXT = {
    FileState.MISSING: "不见了",
    FileState.EMPTY: "是空文件(0 字节)",
    FileState.NOT_DATABASE: "不是 UnionStation 的数据库",
    FileState.DAMAGED: "已损坏",
}


@dataclass(frozen=True)
class Classification:
    path: Path
    state: FileState
    detail: str
    station_beside: bool

    @property
    def new_station(self) -> bool:
        """Missing (or a database with no tables yet) with no station keys or backups
        beside it: the first run."""
        return self.state is FileState.MISSING and not self.station_beside

    @property
    def damaged(self) -> bool:
        return (self.state not in (FileState.SOUND, FileState.PLAIN)
                and not self.new_station)


class DamagedStation(RuntimeError):
    """The station's database cannot be opened; the recovery choices apply."""

    def __init__(self, found: Classification) -> None:
        what = _STATE_TEXT.get(found.state, found.state.value)
        super().__init__(f"数据库文件 {found.path} {what}:{found.detail}")
        self.classification = found


def station_beside(home: StationHome) -> bool:
    """Whether a station lived in this folder: its signing keys, backups or outbox.

    The key ring alone does not count: it is written before the database is first made
    (a new station, a station rebuilt from its county), and a database made anew beside
    it has no officers, so nobody could log in to an empty station by mistake."""
    for folder, pattern in ((home.keys_dir, "*"), (home.backups_dir, "**/unionstation-*.db"),
                            (home.outbox_dir, "*")):
        if folder.is_dir() and any(path.is_file() for path in folder.glob(pattern)):
            return True
    return False


def classify(home: StationHome, *, key: bytes | None = None) -> Classification:
    path = home.db_path
    beside = station_beside(home)
    state, detail = _classify_file(path, key, beside)
    return Classification(path, state, detail, beside)


def raise_if_damaged(home: StationHome, *, key: bytes | None = None) -> Classification:
    found = classify(home, key=key)
    if found.damaged:
        raise DamagedStation(found)
    return found


def _classify_file(path: Path, key: bytes | None, beside: bool) -> tuple[FileState, str]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileState.MISSING, ("数据库文件不见了,但文件夹里有这个站点的密钥或备份" if beside
                                   else "新站点")
    if size == 0:
        return FileState.EMPTY, "文件长度为 0,里面没有任何数据"
    with open(path, "rb") as handle:
        head = handle.read(HEADER_SIZE)
    wal = _wal_problem(path.with_name(path.name + "-wal"))
    if head[:16] == SQLITE_MAGIC or key is None:
        found = _plain_header(path, size)
        if found is not None:
            return found
        if wal:
            return FileState.DAMAGED, wal
        state, detail = _open_and_check(path, None, beside)
        return (FileState.PLAIN, "未加密的旧版数据库") if state is FileState.SOUND else (
            state, detail)
    if not any(head[:SALT_SIZE]):
        return FileState.DAMAGED, "文件头被清零(加密文件开头的盐没有了)"
    if wal:
        return FileState.DAMAGED, wal
    state, detail = _open_and_check(path, key, beside)
    if state is FileState.SOUND and not size % CIPHER_PAGE:
        return state, detail
    return _explain_cipher(path, key, size, state, detail)


def _explain_cipher(path: Path, key: bytes, size: int, state: FileState,
                    detail: str) -> tuple[FileState, str]:
    """Why an encrypted file failed quick_check, from its pages' HMACs."""
    try:
        connection = connect_raw(path, key=key, read_only=True)
        try:
            rows = [str(row[0]) for row in
                    connection.execute("PRAGMA cipher_integrity_check").fetchall()]
        finally:
            connection.close()
    except DB_ERRORS:
        return state, detail
    pages = size // CIPHER_PAGE
    bad = sum(1 for row in rows if "HMAC" in row)
    if bad >= pages:
        return FileState.NOT_DATABASE, ("不是本站的数据库:它用别的密钥加密,"
                                        "或者根本不是数据库文件")
    if size % CIPHER_PAGE:
        return FileState.DAMAGED, f"文件被截断(只有 {size} 字节,最后一页不完整)"
    if bad:
        return FileState.DAMAGED, f"{bad} 页(共 {pages} 页)校验失败,数据被改坏"
    return FileState.DAMAGED, "; ".join(rows[:3]) or detail


def _plain_header(path: Path, size: int) -> tuple[FileState, str] | None:
    with open(path, "rb") as handle:
        header = handle.read(HEADER_SIZE)
    if header[:16] != SQLITE_MAGIC:
        if len(header) == HEADER_SIZE and not any(header):
            return FileState.DAMAGED, "文件头被清零"
        return FileState.NOT_DATABASE, "文件开头不是 SQLite 数据库的标志"
    if len(header) < HEADER_SIZE:
        return FileState.DAMAGED, "文件被截断,连文件头都不完整"
    raw_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if raw_size == 1 else raw_size
    if page_size < 512 or page_size & (page_size - 1):
        return FileState.DAMAGED, "文件头里的页大小无效"
    pages, change_counter, valid_for = (struct.unpack(">I", header[at:at + 4])[0]
                                        for at in (28, 24, 92))
    if size % page_size or (pages and change_counter == valid_for and size < pages * page_size):
        return FileState.DAMAGED, f"文件被截断(只有 {size} 字节)"
    return None


def _wal_problem(wal: Path) -> str:
    """Why the write-ahead log beside the file cannot be used ('' when it can)."""
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return ""
    if size == 0:
        return ""
    with open(wal, "rb") as handle:
        head = handle.read(32)
    if len(head) < 32:
        return "日志文件(-wal)被截断"
    magic, version, page_size = struct.unpack(">III", head[:12])
    if magic not in WAL_MAGICS or version != WAL_VERSION or page_size & (page_size - 1):
        return "日志文件(-wal)已损坏,最近的修改读不出来"
    return ""


def _open_and_check(path: Path, key: bytes | None, beside: bool) -> tuple[FileState, str]:
    try:
        connection = connect_raw(path, key=key, read_only=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except DB_ERRORS as exc:
        if "not a database" in str(exc):
            return FileState.NOT_DATABASE, str(exc)
        return FileState.DAMAGED, str(exc)
    messages = [str(row[0]) for row in rows]
    if messages != ["ok"]:
        return FileState.DAMAGED, "; ".join(messages[:3])
    if not tables:
        return (FileState.DAMAGED, "数据库里没有任何表") if beside else (FileState.SOUND, "ok")
    if not STATION_TABLES & tables:
        return FileState.NOT_DATABASE, "这是别的程序的数据库"
    return FileState.SOUND, "ok"


def set_aside(home: StationHome) -> Path | None:
    """Move the damaged file (and its -wal, -shm) into `damaged/`, never deleting it;
    returns where the database went, or None when there was none."""
    path = home.db_path
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    if not path.exists() and not any(c.exists() for c in companions):
        return None
    folder = home.root / DAMAGED_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"unionstation-{stamp}.db"
    counter = 1
    while target.exists() or target.with_name(target.name + "-wal").exists():
        counter += 1
        target = folder / f"unionstation-{stamp}-{counter}.db"
    for source, suffix in ((path, ""), (companions[0], "-wal"), (companions[1], "-shm")):
        if source.exists():
            os.replace(source, target.with_name(target.name + suffix))
    return target
