"""Attachments of a file (survey form scans, photos, certificates) and of a visit (the
signed receipt, scanned): kept beside the database in files/, named by their SHA-256;
the record keeps the names. A visit's scanned receipt marks its signature as on file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from uuid import UUID

from unionstation.domain.permissions import Action
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import NotFound, UserError
from unionstation.services.hardship import common
from unionstation.services.hardship.common import require_file
from unionstation.store.atomic import write_atomic
from unionstation.store.models import Visit

__all__ = ["ALLOWED_SUFFIXES", "AttachmentService"]

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".pdf")
MAX_BYTES = 30 * 1024 * 1024


class AttachmentService:
    def __init__(self, context: ServiceContext, files_dir: Path) -> None:
        self._ctx = context
        self._dir = files_dir

    def path_of(self, name: str) -> Path:
        if "/" in name or "\\" in name or name.startswith("."):
            raise UserError(f"附件名“{name}”不正确。")
        return self._dir / name

    def _store(self, source: Path) -> str:
        suffix = source.suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise UserError(f"{source.name}:只能附加图片或 PDF("
                            + "、".join(ALLOWED_SUFFIXES) + ")。")
        if not source.is_file():
            raise UserError(f"找不到文件:{source}")
        if source.stat().st_size > MAX_BYTES:
            raise UserError(f"{source.name} 超过30MB。")
        data = source.read_bytes()
        name = hashlib.sha256(data).hexdigest() + suffix
        target = self._dir / name
        if not target.exists():
            self._dir.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
        return name

    def attach_to_file(self, file_id: UUID, source: Path) -> str:
        self._ctx.require(Action.HARDSHIP_EDIT, str(file_id))
        name = self._store(source)
        with self._ctx.unit_of_work() as session:
            item = require_file(session, file_id)
            if name not in item.attachments:
                item.attachments = [*item.attachments, name]
                common.note(session, item.id, "attached", "附加材料", self._ctx.officer,
                            {"attachment": name})
            audit.record(session, self._ctx.officer, "hardship.attach", "hardship_file",
                         str(item.id))
        return name

    def attach_to_visit(self, visit_id: UUID, source: Path) -> str:
        """The scanned signed sheet of a visit: kept, and the signature marked on file."""
        self._ctx.require(Action.HARDSHIP_EDIT, str(visit_id))
        name = self._store(source)
        with self._ctx.unit_of_work() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFound("找不到该走访记录。")
            if name not in visit.attachments:
                visit.attachments = [*visit.attachments, name]
            visit.signed = True
            audit.record(session, self._ctx.officer, "hardship.attach", "visit", str(visit.id))
        return name

    def of_file(self, file_id: UUID) -> list[str]:
        self._ctx.require(Action.HARDSHIP_READ, str(file_id))
        with self._ctx.reading() as session:
            return list(require_file(session, file_id).attachments)
