"""A station rebuilt from the county on a new laptop (`sync rebase FILE` on an empty folder).

The lost laptop's data key, officers and signing key stay lost with it. The new laptop
gets a new data key with a first administrator and a recovery code (as `init`), the
county's keys from the enrolment file inside the re-base file, every record from the
county, and a new signing key; the county registers that key from the station's key file
(`county register`, its fingerprint read back by phone) and revokes the lost one
(`county revoke`). The file is checked and decrypted before anything is made, and
whatever was made is taken away again if writing the records fails.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from unionstation.paths import StationHome
from unionstation.services.login import set_up_station
from unionstation.sync.key_escrow import escrow_to_county
from unionstation.sync.rebase import RebaseOutcome, apply_rebase, check_all
from unionstation.sync.rebase_file import decrypt_rebase, open_rebase, unlock_rebase
from unionstation.sync.station_settings import SyncSettings
from unionstation.sync.station_sync import SyncService


@dataclass(frozen=True)
class Rebuilt:
    outcome: RebaseOutcome
    station_code: str
    recovery_code: str
    fingerprint: str
    key_file: Path | None


def is_empty_folder(home: StationHome) -> bool:
    """No station here: no database and no key ring (a log folder may be)."""
    from unionstation.store.keyring import KeyRing

    return not home.db_path.exists() and not KeyRing.exists(home)


def rebuild_station(home: StationHome, data: bytes, code: str, admin: str, password: str,
                    *, key_out: Path | None = None, name: str = "") -> Rebuilt:
    """The whole station from its re-base file into the empty folder `home`."""
    sealed = open_rebase(data, None)
    key = unlock_rebase(sealed, code=code)
    check_all(decrypt_rebase(sealed, key=key))  # every record converts before anything is made
    content = decrypt_rebase(sealed, key=key)
    before = set(home.root.iterdir()) if home.root.is_dir() else set()
    logged, recovery_code = set_up_station(home, admin, password, name=name)
    try:
        context = logged.runtime.context
        enrolment = content.header.enrolment
        SyncSettings(context).save_enrolment(enrolment)
        outcome = apply_rebase(context, home, content, data)
        escrow_to_county(home, logged.key, enrolment.encryption_public_key,
                         enrolment.station_code)
        service = SyncService(context, home)
        fingerprint = service.fingerprint()
        target = None
        if key_out is not None:
            from unionstation.sync.atomic import write_atomic

            target = key_out / service.station_key_file_name() if key_out.is_dir() else key_out
            write_atomic(target, service.station_key_file())
    except BaseException:
        logged.close()
        _undo(home, before)
        raise
    logged.close()
    return Rebuilt(outcome, enrolment.station_code, recovery_code, fingerprint, target)


def _undo(home: StationHome, before: set[Path]) -> None:
    """Take away what the rebuild made (nothing that was there before)."""
    for child in set(home.root.iterdir()) - before:
        if child == home.lock_path:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
