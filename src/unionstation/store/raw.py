"""The one way the recovery code opens a station file without the engine (classify,
salvage, backups' checks): no station PRAGMAs, nothing that could rewrite a damaged file.

With a key the file is an SQLCipher database opened through `store.engine.cipher_connect`
(the station's data key, or a backup's key); without one, a plain SQLite file from an
earlier version is read with the standard module. The errors of both drivers are caught
as one (`DB_ERRORS`, `INTEGRITY_ERRORS`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from unionstation.store.engine import cipher_connect

DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, dbapi2.DatabaseError)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, dbapi2.IntegrityError)


def connect_raw(path: Path, *, key: bytes | None = None, read_only: bool = False) -> Any:
    """A connection to `path` with no PRAGMA run; `read_only` never creates or changes
    the file. `key`: an SQLCipher file under that raw key; None: a plain SQLite file."""
    if key is None:
        if read_only:
            return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        return sqlite3.connect(path)
    if read_only:
        return cipher_connect(f"file:{Path(path).as_posix()}?mode=ro", key, uri=True)
    return cipher_connect(str(path), key)
