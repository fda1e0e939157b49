"""Errors of county mode that an officer can act on (messages in Chinese)."""

from __future__ import annotations

from unionstation.services.errors import UserError


class CountyError(UserError):
    """Something about the county's folder, store or stations the officer can put right."""


class NotACountyHome(CountyError):
    pass


class AlreadyInitialised(CountyError):
    pass
