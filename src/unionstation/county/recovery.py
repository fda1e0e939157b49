"""Giving a station back its data when every officer has left and its recovery code is lost.

The station's keyring file holds its data key sealed to this county (sync/key_escrow.py).
The county opens it with its private key and writes a recovery file holding a new
recovery wrap; the one-time code that opens it is shown to the county officer only, to be
read out over the phone, so neither the file nor the call alone opens the station.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from unionstation.county.errors import CountyError
from unionstation.county.service import County
from unionstation.sync.errors import SyncError
from unionstation.sync.key_escrow import open_escrow, write_recovery_file


@dataclass(frozen=True)
class StationRecovery:
    station_code: str
    file: Path
    recovery_code: str


def recovery_file_name(station_code: str) -> str:
    return f"US1RECOVERY_{station_code}.json"


def make_station_recovery(county: County, keyring_file: Path, out: Path) -> StationRecovery:
    """Open the station's sealed key and write its recovery file to `out` (a folder or a
    file name); CountyError naming the file when it cannot."""
    registered = {station.code for station in county.stations()}
    try:
        code, data_key = open_escrow(keyring_file, county.keys.encryption, registered)
    except SyncError as exc:
        raise CountyError(str(exc)) from exc
    target = out / recovery_file_name(code) if out.is_dir() else out
    try:
        recovery_code = write_recovery_file(target, code, data_key)
    except OSError as exc:
        raise CountyError(f"无法写入 {target}:{exc.strerror or exc}") from exc
    return StationRecovery(code, target, recovery_code)
