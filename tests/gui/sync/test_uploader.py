"""The background uploader: backoff on offline answers, one attempt at a time, stoppable,
the status bar's words; and a real upload to the county receiver under uvicorn."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import STATION_CODE, TIMEOUT, enrol, sync_page
from unionstation.county.home import CountyHome
from unionstation.county.service import County, init_county
from unionstation.paths import StationHome
from unionstation.sync.errors import SyncError
from unionstation.sync.station_sync import PushOutcome, SyncStatus
from unionstation.sync.transport_http import TransportOffline
from unionstation.ui.operations import wait_for_workers
from unionstation.ui.sync.uploader import (
    MINUTE_MS,
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    CountyState,
    CountyUploader,
    backoff_ms,
)

STATUS = SyncStatus(
    enrolled=True, station_code=STATION_CODE, county_name="测试县总工会", pending=12,
    exported=0, acknowledged_through=0, last_ack=None, last_export=None, errors=0,
    county_url="http://county.test", fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE",
    clock_warning=None, counts_mismatch=None)


class FakeSync:
    """Answers status() from `status`; push() runs `answer` (raise or return)."""

    def __init__(self, status: SyncStatus = STATUS) -> None:
        self.status_value = status
        self.pushes = 0
        self.running = 0
        self.most_at_once = 0
        self.gate: threading.Event | None = None
        self.offline = True

    def status(self) -> SyncStatus:
        return self.status_value

    def push(self, url: str | None = None) -> PushOutcome:
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            if self.gate is not None:
                assert self.gate.wait(10)
            self.pushes += 1
            if self.offline:
                raise TransportOffline("无法连接县总工会服务器")
            self.status_value = replace(self.status_value, pending=0)
            return PushOutcome(True, 12, "回执已导入:12 条变更县总工会已确认收到。")
        finally:
            self.running -= 1


@pytest.fixture
def uploaders() -> Iterator[list[CountyUploader]]:
    made: list[CountyUploader] = []
    yield made
    for uploader in made:
        uploader.stop()
    wait_for_workers()


def make(uploaders: list[CountyUploader], sync: FakeSync, probe: Any = None,
         **timing: int) -> tuple[CountyUploader, list[CountyState]]:
    uploader = CountyUploader(
        sync, None, probe=probe or (lambda _url: True),
        clock=lambda: datetime(2026, 5, 1, 9, 0), **timing)
    uploaders.append(uploader)
    states: list[CountyState] = []
    uploader.state_changed.connect(states.append)
    return uploader, states


def test_backoff_doubles_from_one_minute_to_thirty() -> None:
    assert [backoff_ms(n) // MINUTE_MS for n in range(1, 9)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_offline_answers_back_off_then_a_success_resets(
        qtbot: QtBot, uploaders: list[CountyUploader]) -> None:
    sync = FakeSync()
    uploader, states = make(uploaders, sync, interval_ms=60_000, first_backoff_ms=10,
                            max_backoff_ms=40)
    delays: list[int | None] = []
    uploader.state_changed.connect(lambda _state: delays.append(uploader.last_delay_ms))
    uploader.start()
    qtbot.waitUntil(lambda: len(states) >= 5, timeout=TIMEOUT)
    assert delays[:5] == [10, 20, 40, 40, 40]
    assert all(state.kind == OFFLINE for state in states[:5])
    assert states[0].text() == "County: offline · 12 waiting"
    assert "Next try at 09:00" in states[0].tooltip()
    assert sync.most_at_once == 1

    sync.offline = False
    count = len(states)
    qtbot.waitUntil(lambda: len(states) > count and states[-1].kind == ONLINE,
                    timeout=TIMEOUT)
    assert states[-1].text() == "County: online · 0 waiting"
    assert states[-1].sent
    assert uploader.failures == 0 and uploader.last_delay_ms == 60_000
    pushes = sync.pushes
    qtbot.wait(100)
    assert sync.pushes == pushes  # the next try waits the interval


def test_a_county_that_does_not_answer_costs_no_push(
        qtbot: QtBot, uploaders: list[CountyUploader]) -> None:
    sync = FakeSync()
    uploader, states = make(uploaders, sync, probe=lambda _url: False,
                            first_backoff_ms=60_000)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert states[0].kind == OFFLINE and sync.pushes == 0
    assert uploader.last_delay_ms == 60_000


def test_never_two_attempts_at_once(qtbot: QtBot, uploaders: list[CountyUploader]) -> None:
    sync = FakeSync()
    sync.offline = False
    sync.gate = threading.Event()
    uploader, states = make(uploaders, sync)
    uploader.start()
    qtbot.waitUntil(lambda: sync.running == 1, timeout=TIMEOUT)
    uploader.try_now()
    uploader.try_now(manual=True)
    assert uploader.attempts == 1
    sync.gate.set()
    qtbot.waitUntil(lambda: len(states) == 2, timeout=TIMEOUT)
    assert sync.most_at_once == 1
    assert [state.manual for state in states] == [False, True]


def test_not_enrolled_and_no_address(qtbot: QtBot, uploaders: list[CountyUploader]) -> None:
    sync = FakeSync(replace(STATUS, enrolled=False))
    uploader, states = make(uploaders, sync)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert states[-1].kind == NOT_ENROLLED and states[-1].text() == "County: not enrolled"
    sync.status_value = replace(STATUS, county_url="")
    uploader.try_now()
    qtbot.waitUntil(lambda: len(states) == 2, timeout=TIMEOUT)
    assert states[-1].text() == "County: USB only · 12 waiting"
    assert sync.pushes == 0


def test_a_refusal_waits_the_interval(qtbot: QtBot, uploaders: list[CountyUploader]) -> None:
    sync = FakeSync()

    def refuse(url: str | None = None) -> PushOutcome:
        raise SyncError("县总工会服务器拒绝了批次(HTTP 400)。")

    sync.push = refuse  # type: ignore[method-assign]
    uploader, states = make(uploaders, sync, interval_ms=70_000, first_backoff_ms=10)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert states[0].text() == "County: not accepted · 12 waiting"
    assert "HTTP 400" in states[0].message
    assert uploader.last_delay_ms == 70_000 and uploader.failures == 0


def test_stop_ends_the_attempts(qtbot: QtBot, uploaders: list[CountyUploader]) -> None:
    sync = FakeSync()
    uploader, states = make(uploaders, sync, first_backoff_ms=10)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    uploader.stop()
    seen, attempts = len(states), uploader.attempts
    qtbot.wait(150)
    assert len(states) == seen and uploader.next_delay_ms() is None
    uploader.try_now()
    assert uploader.attempts == attempts


# -- the real thing: the county receiver under uvicorn on 127.0.0.1 --------------------------


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[tuple[County, str]]:
    from tests.receiver import running_receiver

    home = CountyHome(tmp_path / "county")
    county = init_county(home, "测试县总工会", "330106")
    try:
        with running_receiver(home) as url:
            yield county, url
    finally:
        county.close()


def test_the_window_uploads_to_a_real_county(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, receiver: tuple[County, str], tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    county, url = receiver
    window, controller = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    from unionstation.sync.station_sync import SyncService

    county.register_station_key(
        SyncService(controller.runtime.context, station_home).station_key_file())  # type: ignore[union-attr]
    label = window.findChild(QLabel, "countyState")
    assert label is not None
    qtbot.waitUntil(lambda: "USB only" in label.text(), timeout=TIMEOUT)
    page.send.url_edit.setText(url)
    page.send.url_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: label.text() == "County: online · 0 waiting", timeout=30_000)
    qtbot.waitUntil(lambda: page.pending_value.text() == "0"
                    and page.exported_value.text() == "0"
                    and page.acknowledged_value.text() != "0", timeout=TIMEOUT)
    assert [station.members for station in county.stations()] == [3]
    dialogs.shown.clear()
    page.send.upload_now()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=30_000)
    assert dialogs.shown[-1][:2] == ("inform", "Upload")
