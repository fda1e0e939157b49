"""Every dialog fits a 1280×800 or 1366×768 screen (less the taskbar) with its buttons in
view (point 7): the print preview was 860×960, its buttons below the screen's edge."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ScriptedDialogs
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui import screen
from unionstation.ui.page_context import PageContext

TASKBAR = 40
SCREENS = [QSize(1280, 800 - TASKBAR), QSize(1366, 768 - TASKBAR)]


def _preview(_context: PageContext) -> QWidget:
    from unionstation.ui.printing.preview import PrintPreviewDialog

    return PrintPreviewDialog("会员证", offer_fill_in=True, card_layout="sheet")


def _wizard(context: PageContext) -> QWidget:
    from unionstation.ui.members.import_wizard import ImportWizard

    return ImportWizard(context)


def _crop(_context: PageContext) -> QWidget:
    from unionstation.ui.members.photo_crop import PhotoCropDialog

    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(0xFFCCCCCC)
    return PhotoCropDialog(image, (100, 100, 500, 700))


def _first_run(_context: PageContext) -> QWidget:
    from unionstation.ui.first_run import FirstRunDialog

    return FirstRunDialog()


def _card_rule(context: PageContext) -> QWidget:
    from unionstation.ui.members.card_rule_dialog import CardRuleDialog

    return CardRuleDialog(context)


def _union(context: PageContext) -> QWidget:
    from unionstation.services.unions import UnionService
    from unionstation.ui.members.union_dialog import UnionDialog

    return UnionDialog(UnionService(context.services).add)


def _transfer(context: PageContext) -> QWidget:
    from unionstation.services.member_lifecycle import MemberLifecycleService
    from unionstation.services.member_query import MemberFilter, MemberQueryService
    from unionstation.services.unions import UnionService
    from unionstation.ui.members.lifecycle_dialogs import TransferDialog

    member = MemberQueryService(context.services).rows(MemberFilter())[0]
    standing = MemberLifecycleService(context.services).standing(member.id)
    return TransferDialog(standing, UnionService(context.services).choices(),
                          context.services.today())


def _offset(context: PageContext) -> QWidget:
    from unionstation.services.print_settings import PrintSettingsService
    from unionstation.ui.printing.calibration import PrinterOffsetDialog

    return PrinterOffsetDialog(PrintSettingsService(context.services), "HP LaserJet")


DIALOGS: dict[str, Callable[[PageContext], QWidget]] = {
    "preview": _preview, "import wizard": _wizard, "photo crop": _crop,
    "first run": _first_run, "card rule": _card_rule, "union": _union,
    "transfer": _transfer, "printer offset": _offset,
}


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height() + TASKBAR}")
@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_fits_with_its_buttons_in_view(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                              runtime: StationRuntime, name: str,
                                              size: QSize) -> None:
    monkeypatch.setattr(screen, "available_size", lambda _widget: size)
    context = PageContext(runtime, StationService(runtime.context).require(),
                          ScriptedDialogs())
    dialog = DIALOGS[name](context)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    room = size - screen.FRAME
    assert dialog.width() <= room.width() and dialog.height() <= room.height(), name
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons, name
    for button in buttons:
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert corner.y() < dialog.height() and corner.x() < dialog.width(), button.text()
