"""What the first screen after a login needs, loaded ahead while the officer types.

SQLAlchemy, the models and their mapper configuration take longer than the password's
Argon2id (bench/startup.py); loaded on a thread while the login dialog waits, they are
ready when the password is. Imports hold Python's import locks, so a login that comes
first simply waits for the module it needs.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

MODULES = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "unionstation.store.models",
    "unionstation.store.engine",
    "unionstation.store.database",
    "unionstation.services.login",
    "unionstation.services.station",
    "unionstation.services.health",
    "unionstation.services.member_query",
    "unionstation.services.member_detail",
)


def warm_up(extra: tuple[str, ...] = ()) -> None:
    """Import `MODULES` (and `extra`), then configure the mappers the first query would."""
    for name in (*MODULES, *extra):
        try:
            importlib.import_module(name)
        except Exception:  # the real use raises it again, where it can be reported
            log.exception("warming up %s failed", name)
            return
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
