"""All mapped classes; importing this package fills `Base.metadata`."""

from unionstation.store.models.local import (
    AuditEntry,
    ChangeRecord,
    MemberPurge,
    Officer,
    Setting,
)
from unionstation.store.models.member import (
    EnrollmentDrive,
    Member,
    MemberEvent,
    MemberStatusChange,
    MemberTransfer,
)
from unionstation.store.models.organisation import GrassrootsUnion, Station
from unionstation.store.models.sync_state import SyncBatch, SyncIssue

__all__ = [
    "AuditEntry",
    "ChangeRecord",
    "EnrollmentDrive",
    "GrassrootsUnion",
    "Member",
    "MemberEvent",
    "MemberPurge",
    "MemberStatusChange",
    "MemberTransfer",
    "Officer",
    "Setting",
    "Station",
    "SyncBatch",
    "SyncIssue",
]
