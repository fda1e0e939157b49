"""Save what can still be read from a damaged station file into a new, checked database.

The damaged file is never written: a working copy is taken (its header rebuilt when it
was wiped, its length cut to whole pages), then each table is read in rowid order; a page
that cannot be read is skipped by seeking past it, so one bad page costs the rows on it,
not the table. Rows go into `base` (a copy of the chosen backup, or an empty database of
the current schema): rows the base lacks are added, rows the damaged file holds in a newer
version replace the base's. Rows left pointing at a record that was lost are taken out
and counted, so the result passes SQLite's checks and later migrations.

An encrypted (SQLCipher) file is read under the data key; a page whose HMAC fails reads
as an error and is skipped like any bad page, and a cut-off last page is dropped. Its
header cannot be rebuilt: when the first 16 bytes (the salt) are wiped, no page can be
authenticated, and only the backup is left (the report says the tables were unreadable).
The new database is written under the same data key.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionstation.store.classify import CIPHER_PAGE, HEADER_SIZE, SQLITE_MAGIC
from unionstation.store.raw import DB_ERRORS, INTEGRITY_ERRORS, connect_raw

PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
SKIP_TABLES = frozenset({"alembic_version"})
SKIP_PREFIXES = ("sqlite_", "member_fts")
MAX_SEEKS = 4096  # page errors skipped per table before the rest of it is given up
TABLE_SECONDS = 30.0  # a table whose damage sends reads in circles is given up after this


class SalvageError(RuntimeError):
    """Nothing could be read from the damaged file; the message says why."""


@dataclass
class TableSaved:
    name: str
    read: int = 0  # rows read from the damaged file
    added: int = 0  # rows the base did not have
    updated: int = 0  # rows the damaged file held in a newer version
    skipped_errors: int = 0  # page errors skipped while reading
    orphans_removed: int = 0  # rows pointing at a record that was lost
    conflicts: int = 0  # rows refused by a unique rule (kept as the base has them)
    readable: bool = True

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class SalvageResult:
    source: Path
    target: Path
    header_rebuilt: bool
    integrity: str
    tables: list[TableSaved] = field(default_factory=list)

    def table(self, name: str) -> TableSaved | None:
        return next((saved for saved in self.tables if saved.name == name), None)


def salvage_into(damaged: Path, base: Path, *, key: bytes | None = None) -> SalvageResult:
    """Add what `damaged` still holds to the database `base` (a new file the caller made,
    under `key`); `damaged` is read under `key` too, unless it is a plain SQLite file."""
    work = base.with_name(base.name + ".source")
    with open(damaged, "rb") as handle:
        source_key = None if handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC else key
    rebuilt = _working_copy(damaged, work, source_key)
    tables: list[TableSaved] = []
    try:
        opened = _open_source(work, source_key)
        source = None if opened is None else _Source(work, source_key, opened)
        target = connect_raw(base, key=key)
        try:
            target.execute("PRAGMA foreign_keys=OFF")
            for name, columns, keys in _target_tables(target):
                saved = TableSaved(name)
                tables.append(saved)
                if source is None:
                    saved.readable = False
                    continue
                _copy_table(source, target, name, columns, keys, saved)
            target.commit()
            _remove_orphans(target, tables)
            target.commit()
            rows = target.execute("PRAGMA quick_check").fetchall()
        finally:
            target.close()
            if source is not None:
                source.close()
    finally:
        work.unlink(missing_ok=True)
    integrity = "; ".join(str(row[0]) for row in rows[:3])
    return SalvageResult(damaged, base, rebuilt, integrity, tables)


def _working_copy(damaged: Path, work: Path, key: bytes | None) -> bool:
    """Copy the main file only (a damaged WAL is left out), whole pages only; rebuild a
    wiped plain header. Returns whether the header was rebuilt."""
    shutil.copyfile(damaged, work)
    if key is not None:  # encrypted: whole pages only, the header cannot be rebuilt
        size = work.stat().st_size
        with open(work, "r+b") as handle:
            handle.truncate(size - size % CIPHER_PAGE)
        return False
    if work.stat().st_size < HEADER_SIZE:
        return False
    with open(work, "r+b") as handle:
        header = handle.read(HEADER_SIZE)
        if header[:16] == SQLITE_MAGIC:
            raw_size = struct.unpack(">H", header[16:18])[0]
            page = 65536 if raw_size == 1 else raw_size
            if page >= 512:
                _whole_pages(handle, page, work.stat().st_size, keep_header=True)
            return False
    for page in PAGE_SIZES:
        with open(work, "r+b") as handle:
            _whole_pages(handle, page, work.stat().st_size, keep_header=False)
        if _schema_readable(work):
            return True
        shutil.copyfile(damaged, work)
    return False


def _whole_pages(handle: object, page: int, size: int, *, keep_header: bool) -> None:
    """Pad to whole pages and write a header stating the pages the file really has."""
    import io

    assert isinstance(handle, io.BufferedRandom)
    pages = max(1, -(-size // page))
    handle.seek(0, 2)
    handle.write(b"\0" * (pages * page - size))
    handle.seek(0)
    header = bytearray(handle.read(HEADER_SIZE)) if keep_header else _fresh_header(page)
    header[18:20] = b"\x01\x01"  # rollback journal: no WAL is looked for
    header[24:28] = struct.pack(">I", 1)
    header[28:32] = struct.pack(">I", pages)
    header[92:96] = struct.pack(">I", 1)
    if not keep_header:
        header[32:40] = b"\0" * 8  # the free-page list is not needed for reading
    handle.seek(0)
    handle.write(bytes(header))


def _fresh_header(page: int) -> bytearray:
    header = bytearray(HEADER_SIZE)
    header[:16] = SQLITE_MAGIC
    header[16:18] = struct.pack(">H", 1 if page == 65536 else page)
    header[20:24] = bytes((0, 64, 32, 32))
    header[40:44] = struct.pack(">I", 1)  # schema cookie
    header[44:48] = struct.pack(">I", 4)  # schema format
    header[56:60] = struct.pack(">I", 1)  # UTF-8
    header[96:100] = struct.pack(">I", sqlite3.sqlite_version_info[0] * 1_000_000
                                 + sqlite3.sqlite_version_info[1] * 1000
                                 + sqlite3.sqlite_version_info[2])
    return header


def _schema_readable(path: Path) -> bool:
    try:
        connection = connect_raw(path, read_only=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except DB_ERRORS:
        return False
    return "member" in names or "station" in names


class _Source:
    """The working copy's read-only connection, opened afresh after a read error:
    SQLCipher keeps a page's HMAC failure as the connection's error, failing every read
    after it on that connection."""

    def __init__(self, work: Path, key: bytes | None, connection: Any) -> None:
        self.work, self.key, self.connection = work, key, connection

    def fresh(self) -> None:
        self.connection.close()
        self.connection = _open_source(self.work, self.key) or self.connection

    def close(self) -> None:
        self.connection.close()


def _open_source(work: Path, key: bytes | None) -> Any:
    try:
        connection = connect_raw(work, key=key, read_only=True)
        # A file shorter than its header says is "malformed" unless the schema is
        # writable; the connection is read-only, so this only lets the pages there be read.
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DB_ERRORS:
        return None
    return connection


def _target_tables(target: Any) -> list[tuple[str, list[str], list[str]]]:
    names = [row[0] for row in target.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " ORDER BY name")]
    tables = []
    for name in names:
        if name in SKIP_TABLES or name.startswith(SKIP_PREFIXES):
            continue
        info = target.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = [row[1] for row in info]
        keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]
        tables.append((name, columns, keys))
    return tables


def _copy_table(source: _Source, target: Any, name: str,
                columns: list[str], keys: list[str], saved: TableSaved) -> None:
    try:
        have = {row[1] for row in
                source.connection.execute(f'PRAGMA table_info("{name}")')}
    except DB_ERRORS:
        have = set()
    shared = [column for column in columns if column in have]
    if not shared or not keys or not set(keys) <= set(shared):
        saved.readable = False
        return
    listed = ", ".join(f'"{column}"' for column in shared)
    insert = f'INSERT INTO "{name}" ({listed}) VALUES ({", ".join("?" * len(shared))})'
    versioned = "version" in shared
    for row in _rows(source, name, listed, saved):
        saved.read += 1
        try:
            target.execute(insert, row)
            saved.added += 1
        except INTEGRITY_ERRORS:
            _update_if_newer(target, name, shared, keys, row, versioned, saved)


def _update_if_newer(target: Any, name: str, shared: list[str], keys: list[str],
                     row: tuple[object, ...], versioned: bool, saved: TableSaved) -> None:
    values = dict(zip(shared, row, strict=True))
    where = " AND ".join(f'"{key}" = ?' for key in keys)
    found = target.execute(f'SELECT {"version" if versioned else 1} FROM "{name}" WHERE {where}',
                           [values[key] for key in keys]).fetchone()
    if found is None:
        saved.conflicts += 1  # a unique rule other than the key refused it
        return
    if not versioned or not isinstance(values["version"], int) or values["version"] <= found[0]:
        return
    assignments = ", ".join(f'"{column}" = ?' for column in shared if column not in keys)
    try:
        target.execute(f'UPDATE "{name}" SET {assignments} WHERE {where}',
                       [values[c] for c in shared if c not in keys] + [values[k] for k in keys])
        saved.updated += 1
    except INTEGRITY_ERRORS:
        saved.conflicts += 1


def _rows(source: _Source, name: str, listed: str,
          saved: TableSaved) -> Iterator[tuple[object, ...]]:
    """The table's rows in rowid order, seeking past pages that cannot be read."""
    query = f'SELECT rowid, {listed} FROM "{name}" WHERE rowid > ? ORDER BY rowid'
    deadline = time.monotonic() + TABLE_SECONDS
    last, step = -(2**63), 1
    while saved.skipped_errors <= MAX_SEEKS and time.monotonic() < deadline:
        source.connection.set_progress_handler(lambda: int(time.monotonic() > deadline),
                                               10_000)
        try:
            for row in source.connection.execute(query, (last,)):
                if row[0] <= last:  # a damaged page links back: the same rows again
                    raise sqlite3.DatabaseError("rowids out of order")
                last, step = row[0], 1
                yield tuple(row[1:])
            return
        except DB_ERRORS:
            source.fresh()
            saved.skipped_errors += 1
            if last == -(2**63):
                last = 0
            last, step = last + step, step * 2
            if last > 2**62:
                return
    saved.readable = False


def _remove_orphans(target: Any, tables: list[TableSaved]) -> None:
    """Rows pointing at a record that was lost: an optional link is cleared, a row that
    cannot stand without its parent is taken out."""
    by_name = {saved.name: saved for saved in tables}
    for _ in range(10):  # a removed parent may orphan its children in turn
        broken = target.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, fk_id in broken:
            if rowid is None:
                continue
            columns = [row[3] for row in target.execute(f'PRAGMA foreign_key_list("{table}")')
                       if row[0] == fk_id]
            required = {row[1] for row in target.execute(f'PRAGMA table_info("{table}")')
                        if row[3]}
            with contextlib.suppress(*DB_ERRORS):
                if columns and not required & set(columns):
                    cleared = ", ".join(f'"{column}" = NULL' for column in columns)
                    target.execute(f'UPDATE "{table}" SET {cleared} WHERE rowid = ?', (rowid,))
                    continue
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                if table in by_name:
                    by_name[table].orphans_removed += 1
        target.commit()
