"""The officers and audit pages, installed with the other working pages."""

from __future__ import annotations

from unionstation.ui.audit.page import AuditPage
from unionstation.ui.main_window import MainWindow
from unionstation.ui.officers.page import OfficersPage
from unionstation.ui.page_context import PageContext


def install_security_pages(window: MainWindow, context: PageContext) -> None:
    window.install_page("officers", OfficersPage(context, window))
    window.install_page("audit", AuditPage(context, window))
