"""Sync for the station's officers: enrolment, status, export, acks and upload in one place.

The sync page, the background uploader and `unionstation sync ...` all go through here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from unionstation.domain.permissions import Action
from unionstation.paths import StationHome
from unionstation.services.context import ServiceContext
from unionstation.services.station import StationService
from unionstation.store.base import table_of
from unionstation.store.crypto_files import files_key
from unionstation.store.models import ChangeRecord, SyncBatch
from unionstation.sync import receipts
from unionstation.sync.clock import clock_warning
from unionstation.sync.documents import (
    Enrolment,
    StationKeyFile,
    read_enrolment,
    station_key_file_name,
    write_station_key,
)
from unionstation.sync.errors import NotEnrolled, SyncError
from unionstation.sync.high_water import note_export, restore_warning
from unionstation.sync.key_escrow import escrow_to_county
from unionstation.sync.keys import fingerprint, raw_public_key
from unionstation.sync.outbox import ExportResult, export_batch, waiting_counts
from unionstation.sync.receipts import AckOutcome, SyncIssueRow
from unionstation.sync.station_keys import signing_key
from unionstation.sync.station_settings import LAST_ACK_KEY, URL_KEY, SyncSettings

if TYPE_CHECKING:
    from unionstation.sync.rebase import RebaseOutcome
    from unionstation.sync.upload import PreparedUpload


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    station_code: str | None
    county_name: str
    pending: int
    exported: int
    acknowledged_through: int
    last_ack: datetime | None
    last_export: datetime | None
    errors: int
    county_url: str
    fingerprint: str | None
    clock_warning: str | None
    counts_mismatch: str | None
    restore_warning: str | None = None

    @property
    def paused(self) -> str | None:
        """Why export is paused: "restored" (the database came from an older backup)."""
        return "restored" if self.restore_warning else None

    @property
    def waiting(self) -> int:
        """Changes the county has not acknowledged yet."""
        return self.pending + self.exported


@dataclass(frozen=True)
class PushOutcome:
    sent: bool
    acknowledged: int
    message: str
    batch: Path | None = None


NOT_ENROLLED = ("本站还没有导入县总工会的登记文件:可以照常工作,但不能生成报送批次。"
                "请向县总工会索取登记文件,在“报送”页导入。")


class SyncService:
    def __init__(self, context: ServiceContext, home: StationHome) -> None:
        self._ctx = context
        self._home = home
        self._settings = SyncSettings(context)
        self._signing: Ed25519PrivateKey | None = None

    @property
    def context(self) -> ServiceContext:
        return self._ctx

    @property
    def home(self) -> StationHome:
        """The station's data folder (its keys, and the outbox for uploads)."""
        return self._home

    # -- enrolment and keys ---------------------------------------------------------

    def enrolment(self) -> Enrolment | None:
        return self._settings.enrolment()

    def require_enrolment(self) -> Enrolment:
        enrolment = self._settings.enrolment()
        if enrolment is None:
            raise NotEnrolled(NOT_ENROLLED)
        return enrolment

    def enrol(self, data: bytes) -> Enrolment:
        """Import the county's enrolment file (its keys and this station's code)."""
        self._ctx.require(Action.SYNC_RUN)
        enrolment = read_enrolment(data)
        station = StationService(self._ctx).require()
        if enrolment.station_code != station.division_code:
            raise SyncError(
                f"这份登记文件是县总工会发给站点 {enrolment.station_code}"
                f"({enrolment.station_name})的,本站代码为 {station.division_code},"
                "未导入。请向县总工会核对站点代码。")
        self._key()
        previous = self._settings.enrolment()
        self._settings.save_enrolment(enrolment)
        escrow_to_county(self._home, files_key(self._home.files_dir),
                         enrolment.encryption_public_key, enrolment.station_code)
        if previous is not None and (
                previous.county_code != enrolment.county_code
                or previous.encryption_public_key != enrolment.encryption_public_key):
            # Another county (or its new keys): it has seen nothing of ours yet.
            self.resend_everything()
            self._settings.put(LAST_ACK_KEY, None)
        return enrolment

    def _key(self) -> Ed25519PrivateKey:
        """The station's signing key, made on first use and read from its file only once."""
        if self._signing is None:
            self._signing = signing_key(self._home)
            assert self._signing is not None
        return self._signing

    def _existing_key(self) -> Ed25519PrivateKey | None:
        """The station's signing key if it has one yet (looking makes none)."""
        if self._signing is None:
            self._signing = signing_key(self._home, create=False)
        return self._signing

    def station_key_file(self) -> bytes:
        """This station's public key, signed by itself, for the county to register."""
        station = StationService(self._ctx).require()
        key = self._key()
        return write_station_key(StationKeyFile(
            station_code=station.division_code, station_name=station.name,
            public_key=raw_public_key(key.public_key()), created_at=self._ctx.clock()), key)

    def station_key_file_name(self) -> str:
        return station_key_file_name(StationService(self._ctx).require().division_code)

    def fingerprint(self) -> str:
        return _fingerprint(self._key())

    # -- settings ---------------------------------------------------------------------

    def county_url(self) -> str:
        return self._settings.county_url()

    def set_county_url(self, url: str) -> None:
        self._ctx.require(Action.SYNC_RUN)
        clean = url.strip()
        if clean and not clean.startswith(("http://", "https://")):
            raise SyncError(f"县总工会地址应以 http:// 或 https:// 开头,而不是“{clean}”。")
        self._settings.put(URL_KEY, clean or None)

    # -- status -----------------------------------------------------------------------

    def status(self) -> SyncStatus:
        settings = self._settings.snapshot()
        enrolment, last = settings.enrolment, settings.last_ack
        key = self._existing_key()
        table = table_of(ChangeRecord)
        with self._ctx.reading() as session:
            errors = session.scalar(select(func.count()).where(table.c.state == "error"))
            pending, sent = waiting_counts(session)
            last_export, exported_to = session.execute(
                select(func.max(SyncBatch.created_at), func.max(SyncBatch.to_seq))).one()
        return SyncStatus(
            enrolled=enrolment is not None,
            station_code=enrolment.station_code if enrolment else None,
            county_name=enrolment.county_name if enrolment else "",
            pending=pending,
            exported=sent,
            acknowledged_through=last.applied_through if last else 0,
            last_ack=last.issued_at if last else None,
            last_export=last_export,
            errors=int(errors or 0),
            county_url=settings.county_url,
            fingerprint=None if key is None else _fingerprint(key),
            clock_warning=clock_warning(self._ctx.clock(), last.issued_at if last else None),
            counts_mismatch=settings.counts_mismatch,
            restore_warning=restore_warning(self._home, exported_to or 0),
        )

    # -- export, acks, upload -----------------------------------------------------------

    def export_to(self, folder: Path, *, refresh: bool = True) -> ExportResult:
        self._ctx.require(Action.SYNC_RUN)
        enrolment = self.require_enrolment()
        with self._ctx.reading() as session:
            exported_to = session.scalar(select(func.max(SyncBatch.to_seq))) or 0
        warning = restore_warning(self._home, exported_to)
        if warning:
            raise SyncError(warning)
        if refresh:
            self.refresh_figures()
        result = export_batch(self._ctx, Path(folder), enrolment=enrolment,
                              signing_key=self._key())
        if result.batch is not None:
            note_export(self._home, result.to_seq)
        return result

    def refresh_figures(self) -> int:
        """The yearly figures the county adds up (services.reports.sent), brought up to
        date so the batch about to be written carries them."""
        from unionstation.services.reports.sent import refresh_sent_figures

        return refresh_sent_figures(self._ctx)

    def accept_ack(self, data: bytes) -> AckOutcome:
        self._ctx.require(Action.SYNC_RUN)
        with self._ctx.reading() as session:
            exported_to = session.scalar(select(func.max(SyncBatch.to_seq))) or 0
        restored = restore_warning(self._home, exported_to) is not None
        outcome = receipts.accept_ack(self._ctx, self._settings, self.require_enrolment(),
                                      data, restored=restored)
        with self._ctx.reading() as session:
            note_export(self._home, session.scalar(select(func.max(SyncBatch.to_seq))) or 0)
        return outcome

    def rebase(self, data: bytes, code: str | None = None,
               recipient: X25519PrivateKey | None = None) -> RebaseOutcome:
        """Bring this station to the county's state from its re-base file (admin only):
        signature, station and every record checked before anything is written."""
        self._ctx.require(Action.SYNC_REBASE)
        from unionstation.sync.rebase import apply_rebase
        from unionstation.sync.rebase_file import decrypt_rebase, open_rebase

        enrolment = self.require_enrolment()
        sealed = open_rebase(data, Ed25519PublicKey.from_public_bytes(
            enrolment.signing_public_key))
        own = StationService(self._ctx).require().division_code
        if sealed.header.station_code != own:
            raise SyncError(f"这份重建文件是县总工会给站点 {sealed.header.station_code} 的,"
                            f"本站代码为 {own},未作任何改动。")
        content = decrypt_rebase(sealed, code=code, recipient=recipient)
        return apply_rebase(self._ctx, self._home, content, data)

    def fetch_rebase(self, url: str | None = None) -> RebaseOutcome:
        """The re-base file from the county receiver, asked for with a request signed by
        this station's key and sealed to a one-time key, then imported (admin only)."""
        self._ctx.require(Action.SYNC_REBASE)
        from unionstation.sync.keys import generate_encryption_key
        from unionstation.sync.rebase_request import write_rebase_request
        from unionstation.sync.transport_http import post_rebase_request

        code = self.require_enrolment().station_code
        download = generate_encryption_key()
        request = write_rebase_request(code, self._key(), download, self._ctx.clock())
        return self.rebase(post_rebase_request(self._url(url), code, request),
                           recipient=download)

    def issues(self, entity_id: uuid.UUID | None = None) -> list[SyncIssueRow]:
        return receipts.sync_issues(self._ctx, entity_id)

    def resend_everything(self) -> int:
        self._ctx.require(Action.SYNC_RUN)
        return receipts.resend_everything(self._ctx, self._settings)

    def _url(self, url: str | None) -> str:
        target = (url or self._settings.county_url()).strip()
        if not target:
            raise SyncError("还没有设置县总工会的地址,请在“报送”页填写,或用 --url 指定。")
        return target

    def push(self, url: str | None = None) -> PushOutcome:
        """Upload what waits to the county and take its ack; TransportOffline when offline."""
        self._ctx.require(Action.SYNC_RUN)
        from unionstation.sync.upload import push

        return push(self, self._url(url))

    def prepare_upload(self, url: str | None = None) -> PreparedUpload | None:
        """The batch an upload sends (database work only), or None when nothing waits."""
        self._ctx.require(Action.SYNC_RUN)
        from unionstation.sync.upload import prepare

        return prepare(self, self._url(url))

    def finish_upload(self, ack: bytes) -> AckOutcome:
        """Take the county's answer to an upload (database work only)."""
        from unionstation.sync.upload import finish

        return finish(self, ack)


def _fingerprint(key: Ed25519PrivateKey) -> str:
    """The fingerprint officers read out on the phone to check the station's key."""
    return fingerprint(raw_public_key(key.public_key()))
