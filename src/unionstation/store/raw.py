"""The one way the recovery code opens a station file without the engine (classify,
salvage, backups' checks): no station PRAGMAs, nothing that could rewrite a damaged file.

The encryption work swaps this body for sqlcipher3 and passes the key; callers stay as
they are.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_raw(path: Path, *, key: bytes | None = None,
                read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to `path`; `read_only` never creates or changes the file."""
    del key  # plain SQLite for now; SQLCipher keys it here
    if read_only:
        return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    return sqlite3.connect(path)
