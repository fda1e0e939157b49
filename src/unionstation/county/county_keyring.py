"""The county's data key, wrapped per county officer and under a recovery code.

The county's SQLite store is encrypted as a station's is (SQLCipher 4, a raw random data
key), and the key is wrapped in `county.keys` beside `county.json` with the station's
keyring code (store/keyring.py). A PostgreSQL store is protected by the server (its roles,
TLS, disk encryption); the keyring then only checks the officers' passwords.
"""

from __future__ import annotations

from pathlib import Path

from unionstation.county.errors import CountyError
from unionstation.county.home import CountyHome
from unionstation.store.keyring import KeyRing, KeyRingError, WrongPassword

COUNTY_KEYRING = "county.keys"


class CountyLoginRefused(CountyError):
    """Wrong login or password for the county: one message naming no secret."""


def county_keyring_path(home: CountyHome) -> Path:
    return home.root / COUNTY_KEYRING


def has_county_keyring(home: CountyHome) -> bool:
    return county_keyring_path(home).is_file()


def county_logins(home: CountyHome) -> list[str]:
    return KeyRing.load_file(county_keyring_path(home)).logins() if has_county_keyring(
        home) else []


def new_county_keyring(home: CountyHome, admin: str, password: str,
                       ) -> tuple[KeyRing, bytes, str]:
    """A keyring with the first admin's wrap and a recovery code (saved by the caller once
    the store exists); the data key and the code to show once."""
    if has_county_keyring(home):
        raise CountyError(f"{home.root} 已经有县总工会的密钥文件,不能重复建立。")
    ring, key = KeyRing.create_file(county_keyring_path(home))
    ring.set_password(admin, password, key)
    return ring, key, ring.new_recovery_code(key)


def unlock_county(home: CountyHome, login: str, password: str) -> bytes:
    """The county's data key for this officer; CountyLoginRefused when it does not open."""
    try:
        return KeyRing.load_file(county_keyring_path(home)).unlock(login, password)
    except WrongPassword:
        raise CountyLoginRefused("登录名或密码不对。") from None
    except KeyRingError as exc:
        raise CountyError(str(exc)) from exc


def store_key(home: CountyHome, url: str, key: bytes | None) -> bytes | None:
    """The key the store at `url` opens with: the data key for SQLite (refused without one
    once the county has officers), none for PostgreSQL."""
    from unionstation.county.store import is_sqlite

    if not is_sqlite(url):
        return None
    if key is None and has_county_keyring(home):
        raise CountyLoginRefused("县总工会的数据已加密:请先登录(--user 和密码)。")
    return key


def convert_plain_county(home: CountyHome, admin: str, password: str,
                         ) -> tuple[dict[str, int], str]:
    """Encrypt a county's plain SQLite store (made by an earlier version) under a new data
    key wrapped for its first officer: exported, checked (integrity, rows of every table),
    swapped in; the plain copy is deleted once the keyring is saved. The row counts and
    the recovery code to show once."""
    import os

    from sqlalchemy import make_url

    from unionstation.county.store import is_sqlite, normalise_url
    from unionstation.store.convert import encrypt_file
    from unionstation.store.database import is_plain_sqlite

    url = normalise_url(home.db_url(home.read_config(), None))
    if not is_sqlite(url):
        raise CountyError("县总工会的数据库是 PostgreSQL:请按 README 由服务器加以保护"
                          "(数据库角色、TLS、磁盘加密),不需要转换。")
    db = Path(make_url(url).database or home.db_path)
    kept = db.with_name(db.name + ".plain")
    if not has_county_keyring(home) and kept.exists() and not is_plain_sqlite(db):
        os.replace(kept, db)  # an earlier attempt whose keyring was never saved
    if has_county_keyring(home) or not is_plain_sqlite(db):
        raise CountyError(f"{home.root} 里没有需要转换的旧版(未加密)县总工会数据库。")
    ring, key, code = new_county_keyring(home, admin, password)
    counts = encrypt_file(db, key)
    ring.save()
    kept.unlink(missing_ok=True)
    return counts, code


def read_password_file(path: Path) -> str:
    """`county serve --password-file`: refused unless only its owner may read it."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError as exc:
        raise CountyError(f"无法读取密码文件 {path}:{exc.strerror or exc}") from exc
    if mode & 0o077:
        raise CountyError(f"密码文件 {path} 的权限是 {mode:o},别人也能读;"
                          f"请先运行 chmod 600 {path}。")
    return path.read_text(encoding="utf-8").rstrip("\r\n")
