"""Who is working at the county, and what their role lets them do.

The county uses the station's one permission table (domain.permissions) with three of its
roles: admin (everything), officer (read, import batches) and auditor (read, the audit
trail). A refusal raises services.errors.PermissionDenied and is audited, as at a station.
"""

from __future__ import annotations

from unionstation.county.audit import (
    CountyAuditFilter,
    list_county_audit,
    record,
    verify_county_audit,
)
from unionstation.county.store import CountyStore
from unionstation.domain.permissions import Action, Role, may
from unionstation.services.audit import AuditPage, Verification
from unionstation.services.errors import PermissionDenied

COUNTY_ROLES = (Role.ADMIN, Role.OFFICER, Role.AUDITOR)
SYSTEM = "system"  # a county without officers (made before roles), and tests of intake


class CountyAccess:
    """Mixed into County: the logged-in officer, their role, and the guard."""

    store: CountyStore
    officer: str = SYSTEM
    role: Role = Role.ADMIN
    # The county's data key (for new officers' wraps); None until someone logs in.
    data_key: bytes | None = None

    def may(self, action: Action) -> bool:
        return may(self.role, action)

    def require(self, action: Action, target: str = "") -> None:
        """Refuse (audited) unless the role may do `action`; the window is not the guard."""
        if self.may(action):
            return
        self.audit("permission.denied", "action", str(action),
                   f"role={self.role} target={target}"[:200])
        raise PermissionDenied(str(self.role), str(action))

    def audit(self, action: str, entity: str = "", entity_id: str = "",
              detail: str = "") -> None:
        """One entry in the county's trail, in its own transaction."""
        with self.store.session_factory() as session, session.begin():
            record(session, self.officer, action, entity, entity_id, detail)

    def audit_entries(self, wanted: CountyAuditFilter | None = None) -> AuditPage:
        """The county's trail, newest first (admin and auditor)."""
        self.require(Action.AUDIT_READ, "audit")
        with self.store.read_session_factory() as session:
            return list_county_audit(session, wanted or CountyAuditFilter())

    def verify_audit(self) -> Verification:
        """Walk the chain; the check itself is audited."""
        self.require(Action.AUDIT_READ, "audit")
        with self.store.read_session_factory() as session:
            result = verify_county_audit(session)
        self.audit("audit.verify", "audit", "", f"ok={result.ok} entries={result.entries}")
        return result
