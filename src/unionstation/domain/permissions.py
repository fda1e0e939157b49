"""The one permission table: which role may do which action (STYLE.md habit 15).

Services enforce it (`ServiceContext.require`); the window reads it to hide or disable what
a role may not do, but the window is never the guard. A refusal is audited.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["PERMISSIONS", "Action", "Role", "allowed", "may"]


class Role(StrEnum):
    ADMIN = "admin"        # 主席/管理员
    OFFICER = "officer"    # 专职干事
    CLERK = "clerk"        # 录入员
    FINANCE = "finance"    # 财务
    AUDITOR = "auditor"    # 经审

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.ADMIN: "主席/管理员",
    Role.OFFICER: "专职干事",
    Role.CLERK: "录入员",
    Role.FINANCE: "财务",
    Role.AUDITOR: "经审",
}


class Action(StrEnum):
    # Members and unions
    MEMBER_READ = "member.read"                  # the register, masked
    MEMBER_EDIT = "member.edit"                  # enroll, edit, transfer, drives
    MEMBER_DELETE = "member.delete"              # a record entered by mistake
    MEMBER_IMPORT = "member.import"
    MEMBER_REVEAL = "member.reveal"              # a full ID number, audited
    EXPORT_BULK = "export.bulk"                  # ledgers and bulk exports (masked)
    EXPORT_UNMASKED = "export.unmasked"          # unmasked ledgers and reports, audited
    PRINT = "print"                              # forms and cards, masked where the form allows
    PRINT_UNMASKED = "print.unmasked"            # audited
    UNION_EDIT = "union.edit"
    # Workers' homes
    VENUE_READ = "venue.read"
    VENUE_EDIT = "venue.edit"                    # venues, checklists
    ASSET_EDIT = "asset.edit"                    # assets, stocktakes, books, loans, service logs
    ASSET_MONEY = "asset.money"                  # asset values, subsidy claims
    ASSET_DISPOSE = "asset.dispose"
    # Hardship aid
    HARDSHIP_READ = "hardship.read"              # opening a file is audited
    HARDSHIP_EDIT = "hardship.edit"              # files, household, visits
    HARDSHIP_APPROVE = "hardship.approve"        # temporary -> formal, not by its author
    PAYMENT_RECORD = "payment.record"            # cash paid, campaign payouts
    PAYMENT_REVERSE = "payment.reverse"
    PAYMENT_OVERRIDE = "payment.override"        # a double payment or past the budget, audited
    CAMPAIGN_EDIT = "campaign.edit"
    BANK_REVEAL = "bank.reveal"                  # bank account numbers unmasked
    # Statistics
    REPORT_READ = "report.read"
    REPORT_EXPORT = "report.export"
    # Sync
    SYNC_RUN = "sync.run"
    SYNC_REBASE = "sync.rebase"
    # Administration
    OFFICER_MANAGE = "officer.manage"
    SETTINGS_EDIT = "settings.edit"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    RECOVERY = "recovery"
    AUDIT_READ = "audit.read"
    PRIVACY_EXPORT = "privacy.export"
    PRIVACY_PURGE = "privacy.purge"
    # County
    COUNTY_READ = "county.read"
    COUNTY_IMPORT = "county.import"
    COUNTY_MANAGE = "county.manage"              # stations, keys, re-base and recovery files


_READS = frozenset({
    Action.MEMBER_READ, Action.VENUE_READ, Action.HARDSHIP_READ, Action.REPORT_READ,
    Action.COUNTY_READ,
})

_OFFICER = frozenset({
    Action.MEMBER_READ, Action.MEMBER_EDIT, Action.MEMBER_DELETE, Action.MEMBER_IMPORT,
    Action.MEMBER_REVEAL, Action.EXPORT_BULK, Action.EXPORT_UNMASKED, Action.PRINT,
    Action.PRINT_UNMASKED, Action.UNION_EDIT,
    Action.VENUE_READ, Action.VENUE_EDIT, Action.ASSET_EDIT, Action.ASSET_MONEY,
    Action.ASSET_DISPOSE,
    Action.HARDSHIP_READ, Action.HARDSHIP_EDIT, Action.HARDSHIP_APPROVE,
    Action.PAYMENT_RECORD, Action.PAYMENT_REVERSE, Action.PAYMENT_OVERRIDE,
    Action.CAMPAIGN_EDIT,
    Action.REPORT_READ, Action.REPORT_EXPORT, Action.SYNC_RUN, Action.BACKUP_RUN,
    Action.COUNTY_READ, Action.COUNTY_IMPORT,
})

_CLERK = frozenset({
    Action.MEMBER_READ, Action.MEMBER_EDIT, Action.MEMBER_IMPORT, Action.PRINT,
    Action.VENUE_READ, Action.VENUE_EDIT, Action.ASSET_EDIT,
    Action.REPORT_READ,
})

_FINANCE = frozenset({
    Action.MEMBER_READ, Action.VENUE_READ, Action.ASSET_MONEY,
    Action.HARDSHIP_READ, Action.PAYMENT_RECORD, Action.PAYMENT_REVERSE,
    Action.CAMPAIGN_EDIT, Action.BANK_REVEAL, Action.EXPORT_BULK,
    Action.REPORT_READ, Action.REPORT_EXPORT,
})

_AUDITOR = _READS | {Action.AUDIT_READ, Action.REPORT_EXPORT}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.OFFICER: _OFFICER,
    Role.CLERK: _CLERK,
    Role.FINANCE: _FINANCE,
    Role.AUDITOR: frozenset(_AUDITOR),
}


def may(role: Role | str, action: Action | str) -> bool:
    """Whether `role` may do `action`; an unknown role may do nothing."""
    try:
        return Action(action) in PERMISSIONS[Role(role)]
    except ValueError:
        return False


def allowed(role: Role | str) -> frozenset[Action]:
    try:
        return PERMISSIONS[Role(role)]
    except ValueError:
        return frozenset()
