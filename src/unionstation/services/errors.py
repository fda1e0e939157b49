"""Errors an officer can act on. Anything else is a bug, logged with its traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the officer can put right; `str()` is the message to show."""


class NotFound(UserError):
    pass


class AlreadyExists(UserError):
    pass


class InvalidField(UserError):
    """A field of a record is wrong: names the record, the field and what to do."""

    def __init__(self, record: str, field: str, message: str) -> None:
        super().__init__(f"{record}:{field} {message}" if record else f"{field}:{message}")
        self.record = record
        self.field = field
        self.reason = message


class PermissionDenied(UserError):
    """The officer's role may not do this (domain.permissions); the refusal is audited.

    The message names the role and the action: `permission denied: clerk may not hardship.read`.
    """

    def __init__(self, role: str, action: str) -> None:
        super().__init__(f"permission denied: {role} may not {action}")
        self.role = role
        self.action = action
