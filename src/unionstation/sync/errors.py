"""Sync errors an officer can act on; `str()` is the message, `code` names the kind for machines.

Every failure to read a sync file is one of these, never a bare ValueError or a crypto
library's exception, so the county can refuse a file and say why.
"""

from __future__ import annotations

from unionstation.services.errors import UserError


class SyncError(UserError):
    code: str = "sync_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DamagedFile(SyncError):
    code = "damaged"


class TooLarge(SyncError):
    code = "too_large"


class BadSignature(SyncError):
    code = "bad_signature"


class WrongKey(SyncError):
    code = "wrong_key"


class NotEnrolled(SyncError):
    code = "not_enrolled"
