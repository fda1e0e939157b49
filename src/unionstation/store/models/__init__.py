"""All mapped classes; importing this package fills `Base.metadata`."""

from unionstation.store.models.local import AuditEntry, ChangeRecord, Officer, Setting
from unionstation.store.models.member import Member, MemberStatusChange
from unionstation.store.models.organisation import GrassrootsUnion, Station

__all__ = [
    "AuditEntry",
    "ChangeRecord",
    "GrassrootsUnion",
    "Member",
    "MemberStatusChange",
    "Officer",
    "Setting",
    "Station",
]
