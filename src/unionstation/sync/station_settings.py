"""The station's sync settings, kept in the `setting` table: the county's enrolment, the
county URL, and what the last acknowledgement said."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from unionstation.services.context import ServiceContext
from unionstation.services.setting_values import read_setting, read_settings, write_setting
from unionstation.sync.documents import Enrolment
from unionstation.sync.keys import b64, unb64

ENROLMENT_KEY = "sync.enrolment"
URL_KEY = "sync.county_url"
LAST_ACK_KEY = "sync.last_ack"
MISMATCH_KEY = "sync.counts_mismatch"
AUTO_UPLOAD_KEY = "sync.auto_upload"


@dataclass(frozen=True)
class LastAck:
    """The newest acknowledgement accepted: the county's time and how far it had applied."""

    issued_at: datetime
    applied_through: int
    counts: dict[str, Any]


class SyncSettings:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def put(self, key: str, value: Any) -> None:
        write_setting(self._ctx, key, value)

    def snapshot(self) -> SettingsSnapshot:
        """Every sync setting at once (one query), for the status of the sync page."""
        values = read_settings(self._ctx, (ENROLMENT_KEY, URL_KEY, LAST_ACK_KEY, MISMATCH_KEY))
        return SettingsSnapshot(
            _enrolment(values.get(ENROLMENT_KEY)), _text(values.get(URL_KEY)),
            _last_ack(values.get(LAST_ACK_KEY)), _text(values.get(MISMATCH_KEY)) or None)

    def enrolment(self) -> Enrolment | None:
        return _enrolment(read_setting(self._ctx, ENROLMENT_KEY))

    def save_enrolment(self, enrolment: Enrolment) -> None:
        self.put(ENROLMENT_KEY, {
            "county_code": enrolment.county_code,
            "county_name": enrolment.county_name,
            "station_code": enrolment.station_code,
            "station_name": enrolment.station_name,
            "encryption_public_key": b64(enrolment.encryption_public_key),
            "signing_public_key": b64(enrolment.signing_public_key),
            "issued_at": enrolment.issued_at.isoformat(),
        })

    def county_url(self) -> str:
        return _text(read_setting(self._ctx, URL_KEY))

    def auto_upload(self) -> bool:
        """Whether the window uploads by itself when the county answers (default: yes)."""
        return read_setting(self._ctx, AUTO_UPLOAD_KEY) is not False

    def set_auto_upload(self, on: bool) -> None:
        self.put(AUTO_UPLOAD_KEY, None if on else False)

    def last_ack(self) -> LastAck | None:
        return _last_ack(read_setting(self._ctx, LAST_ACK_KEY))

    def save_last_ack(self, ack: LastAck) -> None:
        self.put(LAST_ACK_KEY, {"issued_at": ack.issued_at.isoformat(),
                                "applied_through": ack.applied_through,
                                "counts": ack.counts})


@dataclass(frozen=True)
class SettingsSnapshot:
    enrolment: Enrolment | None
    county_url: str
    last_ack: LastAck | None
    counts_mismatch: str | None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _enrolment(value: Any) -> Enrolment | None:
    if not isinstance(value, dict):
        return None
    return Enrolment(
        county_code=str(value["county_code"]),
        county_name=str(value["county_name"]),
        station_code=str(value["station_code"]),
        station_name=str(value["station_name"]),
        encryption_public_key=unb64(str(value["encryption_public_key"])),
        signing_public_key=unb64(str(value["signing_public_key"])),
        issued_at=datetime.fromisoformat(str(value["issued_at"])),
    )


def _last_ack(value: Any) -> LastAck | None:
    if not isinstance(value, dict):
        return None
    return LastAck(datetime.fromisoformat(str(value["issued_at"])),
                   int(value["applied_through"]), dict(value.get("counts") or {}))
