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
from unionstation.sync.rebase import RebaseOutcome, apply_rebase, plan
from unionstation.sync.rebase_file import decrypt_rebase, open_rebase
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
    root = home.root
    return not root.exists() or (root.is_dir() and not any(root.iterdir()))


def rebuild_station(home: StationHome, data: bytes, code: str, admin: str, password: str,
                    *, key_out: Path | None = None, name: str = "") -> Rebuilt:
    """The whole station from its re-base file into the empty folder `home`."""
    sealed = open_rebase(data, None)
    content = decrypt_rebase(sealed, code=code)
    plan(content)  # every record converts before anything is made
    made = not home.root.exists()
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
        _undo(home, made)
        raise
    logged.close()
    return Rebuilt(outcome, enrolment.station_code, recovery_code, fingerprint, target)


def _undo(home: StationHome, made: bool) -> None:
    """The folder was empty: leave it empty again."""
    if made:
        shutil.rmtree(home.root, ignore_errors=True)
        return
    for child in home.root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
