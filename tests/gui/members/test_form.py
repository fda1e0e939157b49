"""The member form: enrollment by keyboard, ID number checks, duplicates, photo, edits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import ScriptedDialogs, type_text
from unionstation.domain.codes import Gender
from unionstation.services.member_detail import MemberDetailService
from unionstation.services.members import MemberService
from unionstation.services.photos import PhotoStore
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.members.form import MemberForm
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.page_context import PageContext

ZHANG_ID_NUMBER = make_id_number("330106", date(1985, 5, 20), 101)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def form(qtbot: QtBot, runtime: StationRuntime, dialogs: ScriptedDialogs) -> Iterator[MemberForm]:
    context = PageContext(runtime, StationService(runtime.context).require(), dialogs)
    widget = MemberForm(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.edit_new()
    widget.fields.union.setCurrentIndex(0)  # the officer picks the union (none by default)
    yield widget
    wait_for_workers()


def _member_count(runtime: StationRuntime) -> int:
    return MemberService(runtime.context).count_active()


def _zhang(runtime: StationRuntime) -> UUID:
    found = MemberService(runtime.context).find_by_id_number(ZHANG_ID_NUMBER)
    assert found is not None
    return found.id


def _press(qtbot: QtBot, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key, modifier)


def test_an_officer_enrolls_a_member_with_the_keyboard(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime) -> None:
    id_number = make_id_number("330106", date(1992, 7, 9), 124)
    form.fields.union.setCurrentIndex(-1)
    qtbot.waitUntil(form.fields.name.hasFocus)
    type_text(qtbot, form.fields.name, "王小燕")
    _press(qtbot, Qt.Key.Key_Tab)
    assert form.fields.id_number.hasFocus()
    qtbot.keyClicks(form.fields.id_number, id_number)
    assert form.fields.gender.text() == Gender.FEMALE.label
    assert form.fields.birth_date.text() == "1992-07-09"
    for _ in range(7):  # ethnicity ... household kind, then the union
        _press(qtbot, Qt.Key.Key_Tab)
    assert form.fields.union.hasFocus()
    assert form.fields.union.union_id() is None  # never chosen silently
    _press(qtbot, Qt.Key.Key_Down)
    assert form.fields.union.union_id() is not None
    _press(qtbot, Qt.Key.Key_Tab)
    assert form.fields.employer.hasFocus()
    type_text(qtbot, form.fields.employer, "顺达物流有限公司")
    for _ in range(6):  # job, title, skill level, group, migrant worker, phone
        _press(qtbot, Qt.Key.Key_Tab)
    assert form.fields.phone.hasFocus()
    qtbot.keyClicks(form.fields.phone, "13900001234")
    with qtbot.waitSignal(form.saved) as saved:
        _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    member_id = saved.args[0]
    detail = MemberDetailService(runtime.context).get(member_id)
    assert detail.fields["name"] == "王小燕"
    assert detail.fields["employer"] == "顺达物流有限公司"
    assert detail.fields["phone"] == "13900001234"
    assert detail.fields["card_no"]
    assert form.member_id == member_id  # the sheet now shows the enrolled member
    assert detail.fields["card_no"] in form.message.text()
    assert form.fields.card_no.text() == detail.fields["card_no"]


def test_a_wrong_id_number_says_why_and_keeps_what_was_typed(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime) -> None:
    good = make_id_number("330106", date(1990, 3, 4), 111)
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    qtbot.keyClicks(form.fields.id_number, good[:10])
    assert not form.fields.id_error.isVisible()  # still typing: no scolding yet
    qtbot.keyClicks(form.fields.id_number, wrong[10:])
    assert form.fields.id_error.isVisible()
    assert f"校验位应为{good[17]}" in form.fields.id_error.text()
    assert form.fields.birth_date.text() == ""
    assert form.fields.id_number.text() == wrong
    type_text(qtbot, form.fields.name, "赵六")
    count = _member_count(runtime)
    form.save()
    assert _member_count(runtime) == count
    assert "身份证号" in form.message.text()
    assert form.fields.id_number.hasFocus()
    assert form.fields.id_number.text() == wrong and form.fields.name.text() == "赵六"


def test_a_short_id_number_is_flagged_on_leaving_the_field(
        qtbot: QtBot, form: MemberForm) -> None:
    qtbot.keyClicks(form.fields.id_number, "33010619")
    form.fields.id_number.editingFinished.emit()
    assert "现为8位" in form.fields.id_error.text()


def test_a_duplicate_id_number_opens_the_existing_member(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime,
        dialogs: ScriptedDialogs) -> None:
    dialogs.confirm_answer = True
    type_text(qtbot, form.fields.name, "张叁")
    qtbot.keyClicks(form.fields.id_number, ZHANG_ID_NUMBER)
    count = _member_count(runtime)
    with qtbot.assertNotEmitted(form.saved), qtbot.waitSignal(form.open_member) as opened:
        form.save()
    assert opened.args == [_zhang(runtime)]
    assert _member_count(runtime) == count
    assert dialogs.shown[-1][0] == "confirm" and "张三" in dialogs.shown[-1][2]


def test_a_similar_name_born_the_same_day_is_asked_about(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime,
        dialogs: ScriptedDialogs) -> None:
    type_text(qtbot, form.fields.name, "张山")
    qtbot.keyClicks(form.fields.id_number, make_id_number("330106", date(1985, 5, 20), 303))
    count = _member_count(runtime)
    dialogs.confirm_answer = False
    with qtbot.assertNotEmitted(form.saved):
        form.save()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "confirm" and "张三" in text and "姓名相差一字" in text
    assert _member_count(runtime) == count and form.fields.name.text() == "张山"
    dialogs.confirm_answer = True
    with qtbot.waitSignal(form.saved):
        form.save()
    assert _member_count(runtime) == count + 1


def test_a_bad_field_is_named_and_focused(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime) -> None:
    type_text(qtbot, form.fields.name, "钱七")
    qtbot.keyClicks(form.fields.id_number, make_id_number("330106", date(1988, 8, 8), 115))
    qtbot.keyClicks(form.fields.phone, "12345")
    count = _member_count(runtime)
    form.save()
    assert _member_count(runtime) == count
    assert "联系电话" in form.message.text()
    assert form.fields.phone.hasFocus()
    assert form.fields.name.text() == "钱七" and form.fields.phone.text() == "12345"


def _picture(tmp_path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 400), "#dfe8f0")
    draw = ImageDraw.Draw(image)
    draw.ellipse((250, 80, 350, 200), fill="#c08060")
    draw.rectangle((220, 200, 380, 400), fill="#304070")
    path = tmp_path / "worker.png"
    image.save(path)
    return path


def test_a_photo_is_picked_cropped_stored_and_shown(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    dialogs.file_answer = _picture(tmp_path)
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)
    dialog = form.photo.crop_dialog
    assert dialog is not None and dialog.isVisible()
    view = dialog.view
    assert view.crop_box() == (157, 0, 286, 400)  # centred one-inch box
    view.resize_by(0.5)
    left, top, width, height = view.crop_box()
    assert abs(width / height - 25 / 35) < 0.01 and height == 200
    frame_centre = QPoint(view.width() // 2, view.height() // 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=frame_centre)
    qtbot.mouseMove(view, frame_centre + QPoint(-10, -10))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=frame_centre + QPoint(-10, -10))
    moved = view.crop_box()
    assert moved[0] < left and moved[1] < top and moved[2:] == (width, height)
    with qtbot.waitSignal(form.photo.changed) as changed:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    photo_hash = changed.args[0]
    assert PhotoStore(runtime.home.files_dir).path_for(photo_hash).is_file()
    pixmap = form.photo.picture.pixmap()
    assert not pixmap.isNull() and pixmap.height() == 175
    type_text(qtbot, form.fields.name, "孙八")
    qtbot.keyClicks(form.fields.id_number, make_id_number("330106", date(1991, 1, 1), 117))
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    assert MemberService(runtime.context).draft_of(saved.args[0]).photo_hash == photo_hash


def test_editing_a_field_writes_a_history_line(
        qtbot: QtBot, form: MemberForm, runtime: StationRuntime) -> None:
    form.edit_member(_zhang(runtime))
    assert form.fields.name.text() == "张三"
    assert form.fields.id_number.text() == ZHANG_ID_NUMBER
    assert not form.fields.union.isEnabled()
    form.fields.employer.clear()
    type_text(qtbot, form.fields.employer, "杭州示范机械有限公司")
    with qtbot.waitSignal(form.saved):
        _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.history.summaries()[0] == "修改了工作单位"
    assert MemberService(runtime.context).draft_of(_zhang(runtime)).employer == \
        "杭州示范机械有限公司"


def test_escape_goes_back_but_asks_before_losing_typing(
        qtbot: QtBot, form: MemberForm, dialogs: ScriptedDialogs) -> None:
    qtbot.waitUntil(form.fields.name.hasFocus)
    with qtbot.waitSignal(form.closed):
        _press(qtbot, Qt.Key.Key_Escape)
    type_text(qtbot, form.fields.name, "周九")
    dialogs.confirm_answer = False
    with qtbot.assertNotEmitted(form.closed):
        qtbot.keyClick(form.fields.name, Qt.Key.Key_Escape)
    assert dialogs.shown[-1][0] == "confirm" and form.fields.name.text() == "周九"
    dialogs.confirm_answer = True
    with qtbot.waitSignal(form.closed):
        qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)
