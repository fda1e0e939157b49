"""The printing errors, apart from api.py so that every printing module can raise them."""

from __future__ import annotations

from unionstation.services.errors import UserError


class PrintError(UserError):
    """No CJK font, a file that cannot be written, a member who cannot get this document."""


class PrintCancelled(PrintError):
    """The officer cancelled a long print; nothing was written."""
