"""All mapped classes; importing this package fills `Base.metadata`."""

from unionstation.store.models.hardship import (
    Campaign,
    CampaignHousehold,
    HardshipEvent,
    HardshipFile,
    HouseholdMember,
    MustVisit,
    Payment,
    Visit,
)
from unionstation.store.models.homes import (
    Asset,
    AssetEvent,
    Book,
    Loan,
    ServiceLog,
    Stocktake,
    StocktakeLine,
    Venue,
    VenueCheck,
)
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
from unionstation.store.models.statistics import StatisticsReport
from unionstation.store.models.sync_state import SyncBatch, SyncIssue

__all__ = [
    "Asset",
    "AssetEvent",
    "Book",
    "Loan",
    "ServiceLog",
    "StatisticsReport",
    "Stocktake",
    "StocktakeLine",
    "Venue",
    "VenueCheck",
    "AuditEntry",
    "Campaign",
    "CampaignHousehold",
    "ChangeRecord",
    "EnrollmentDrive",
    "GrassrootsUnion",
    "HardshipEvent",
    "HardshipFile",
    "HouseholdMember",
    "Member",
    "MemberEvent",
    "MemberPurge",
    "MemberStatusChange",
    "MemberTransfer",
    "MustVisit",
    "Officer",
    "Payment",
    "Setting",
    "Station",
    "SyncBatch",
    "SyncIssue",
    "Visit",
]
