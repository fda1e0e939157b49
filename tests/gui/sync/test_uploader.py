"""The background uploader: the network off the database worker (a slow county holds up
nothing else), backoff on offline answers and on refusals, one attempt at a time,
stoppable, the status bar's words; and a real upload to the county receiver under uvicorn."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.gui.sync.world import STATION_CODE, TIMEOUT, enrol, sync_page
from unionstation.county.service import County
from unionstation.paths import StationHome
from unionstation.sync import transport_http
from unionstation.sync.receipts import AckOutcome
from unionstation.sync.station_sync import SyncStatus
from unionstation.sync.transport_http import BatchRefused, TransportOffline
from unionstation.sync.upload import PreparedUpload
from unionstation.ui.operations import Operation, wait_for_workers
from unionstation.ui.sync.uploader import (
    MINUTE_MS,
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    REFUSED,
    CountyState,
    CountyUploader,
    backoff_ms,
    wait_for_network,
)

STATUS = SyncStatus(
    enrolled=True, station_code=STATION_CODE, county_name="测试县总工会", pending=12,
    exported=0, acknowledged_through=0, last_ack=None, last_export=None, errors=0,
    county_url="http://county.test", fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE",
    clock_warning=None, counts_mismatch=None)
ACKED = "回执已导入:12 条变更县总工会已确认收到。"


class FakeSync:
    """The database steps: status(), prepare_upload() (a batch file in `folder`, or None
    when `nothing` waits) and finish_upload(), counted."""

    def __init__(self, folder: Path, status: SyncStatus = STATUS) -> None:
        self.status_value = status
        self.batch = folder / f"US1_{STATION_CODE}_0000abcd.usb"
        self.batch.write_bytes(b"US1 BATCH\nthe changes")
        self.nothing = False
        self.prepared = 0
        self.acks: list[bytes] = []

    def status(self) -> SyncStatus:
        return self.status_value

    def prepare_upload(self, url: str | None = None) -> PreparedUpload | None:
        self.prepared += 1
        if self.nothing:
            self.status_value = replace(self.status_value, pending=0)
            return None
        return PreparedUpload(self.batch, STATION_CODE, url or "")

    def finish_upload(self, ack: bytes) -> AckOutcome:
        self.acks.append(ack)
        self.status_value = replace(self.status_value, pending=0)
        return AckOutcome("applied", 12, 12, [], None, ACKED)


class FakeCounty:
    """Stands in for transport_http.put_batch: offline, refusing, or answering an ack;
    with `gate` set it sleeps until the gate opens (a slow link)."""

    def __init__(self) -> None:
        self.answer = "offline"
        self.gate: threading.Event | None = None
        self.puts: list[tuple[str, str, bytes]] = []
        self.running = 0
        self.most_at_once = 0

    def __call__(self, url: str, station_code: str, data: bytes, timeout: float = 30.0) -> bytes:
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            deadline = time.monotonic() + 10
            while self.gate is not None and not self.gate.is_set():
                assert time.monotonic() < deadline, "the test never opened the gate"
                time.sleep(0.01)
            self.puts.append((url, station_code, data))
            if self.answer == "offline":
                raise TransportOffline("无法连接县总工会服务器")
            if self.answer == "refuse":
                raise BatchRefused("本站的密钥还没有在县总工会登记。", "unknown_key", 403)
            return b"US1 ACK\nsigned"
        finally:
            self.running -= 1


@pytest.fixture
def county_server(monkeypatch: pytest.MonkeyPatch) -> FakeCounty:
    fake = FakeCounty()
    monkeypatch.setattr(transport_http, "put_batch", fake)
    return fake


@pytest.fixture
def uploaders() -> Iterator[list[CountyUploader]]:
    made: list[CountyUploader] = []
    yield made
    for uploader in made:
        uploader.stop()
    wait_for_network()
    wait_for_workers()


@contextmanager
def held_at_the_gate(qtbot: QtBot, uploader: CountyUploader,
                     county_server: FakeCounty) -> Iterator[None]:
    """The uploader started, its upload answered with an ack but held at the county's gate
    until the block ends."""
    county_server.answer = "ack"
    county_server.gate = threading.Event()
    try:
        uploader.start()
        qtbot.waitUntil(lambda: county_server.running == 1, timeout=TIMEOUT)
        yield
    finally:
        county_server.gate.set()


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


def test_a_slow_county_does_not_hold_up_the_database(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    uploader, states = make(uploaders, sync)
    with held_at_the_gate(qtbot, uploader, county_server):
        assert uploader.busy and uploader.uploading and sync.prepared == 1

        # Meanwhile the officer refreshes a page: it goes through the database worker at once.
        refreshed: list[str] = []
        Operation(None, lambda _progress: "refreshed").success(refreshed.append).run()
        qtbot.waitUntil(lambda: refreshed == ["refreshed"], timeout=2_000)
        assert county_server.running == 1 and uploader.uploading and states == []
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert states[0].kind == ONLINE and states[0].sent and states[0].message == ACKED
    assert states[0].text() == "County: online · 0 not yet confirmed"
    assert county_server.puts == [("http://county.test", STATION_CODE, sync.batch.read_bytes())]
    assert sync.acks == [b"US1 ACK\nsigned"] and not uploader.uploading


def test_offline_answers_back_off_then_a_success_resets(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    uploader, states = make(uploaders, sync, interval_ms=60_000, first_backoff_ms=10,
                            max_backoff_ms=40)
    delays: list[int | None] = []
    uploader.state_changed.connect(lambda _state: delays.append(uploader.last_delay_ms))
    uploader.start()
    qtbot.waitUntil(lambda: len(states) >= 5, timeout=TIMEOUT)
    assert delays[:5] == [10, 20, 40, 40, 40]
    assert all(state.kind == OFFLINE for state in states[:5])
    assert states[0].text() == "County: offline · 12 not yet confirmed"
    assert "Next try at 09:00" in states[0].tooltip()
    assert county_server.most_at_once == 1

    county_server.answer = "ack"
    count = len(states)
    qtbot.waitUntil(lambda: len(states) > count and states[-1].kind == ONLINE,
                    timeout=TIMEOUT)
    assert states[-1].text() == "County: online · 0 not yet confirmed"
    assert states[-1].sent
    assert uploader.failures == 0 and uploader.last_delay_ms == 60_000
    puts = len(county_server.puts)
    qtbot.wait(100)
    assert len(county_server.puts) == puts  # the next try waits the interval


def test_a_refusal_backs_off_and_says_why(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    county_server.answer = "refuse"
    uploader, states = make(uploaders, sync, interval_ms=70_000, first_backoff_ms=10,
                            max_backoff_ms=40)
    delays: list[int | None] = []
    uploader.state_changed.connect(lambda _state: delays.append(uploader.last_delay_ms))
    uploader.start()
    qtbot.waitUntil(lambda: len(states) >= 4, timeout=TIMEOUT)
    assert delays[:4] == [10, 20, 40, 40]  # not the whole batch again every interval
    assert all(state.kind == REFUSED for state in states[:4])
    assert states[0].text() == "County: not accepted · 12 not yet confirmed"
    tooltip = states[0].tooltip()
    assert "The county refused the batch: 本站的密钥还没有在县总工会登记。" in tooltip
    assert "Next try at 09:00" in tooltip
    assert sync.acks == []

    county_server.answer = "ack"
    count = len(states)
    qtbot.waitUntil(lambda: len(states) > count and states[-1].kind == ONLINE,
                    timeout=TIMEOUT)
    assert uploader.failures == 0 and uploader.last_delay_ms == 70_000


def test_a_county_that_does_not_answer_costs_no_batch(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    uploader, states = make(uploaders, sync, probe=lambda _url: False,
                            first_backoff_ms=60_000)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert states[0].kind == OFFLINE and sync.prepared == 0 and county_server.puts == []
    assert uploader.last_delay_ms == 60_000


def test_nothing_to_send_sends_nothing(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    sync.nothing = True  # acknowledged by a receipt since the counts were read
    uploader, states = make(uploaders, sync, interval_ms=70_000)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert (states[0].kind, states[0].waiting, states[0].sent) == (ONLINE, 0, False)
    assert states[0].message == "Nothing waits to be sent."
    assert county_server.puts == [] and uploader.last_delay_ms == 70_000


def test_never_two_attempts_at_once(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    uploader, states = make(uploaders, sync)
    with held_at_the_gate(qtbot, uploader, county_server):
        uploader.try_now()
        uploader.try_now(manual=True)
        assert uploader.attempts == 1 and sync.prepared == 1
    qtbot.waitUntil(lambda: len(states) == 2, timeout=TIMEOUT)
    assert county_server.most_at_once == 1
    assert [state.manual for state in states] == [False, True]


def test_not_enrolled_and_no_address(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path, replace(STATUS, enrolled=False))
    uploader, states = make(uploaders, sync)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    assert states[-1].kind == NOT_ENROLLED and states[-1].text() == "County: not enrolled"
    sync.status_value = replace(STATUS, county_url="")
    uploader.try_now()
    qtbot.waitUntil(lambda: len(states) == 2, timeout=TIMEOUT)
    assert states[-1].text() == "County: USB only · 12 not yet confirmed"
    assert sync.prepared == 0 and county_server.puts == []


def test_stop_ends_the_attempts(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    uploader, states = make(uploaders, sync, first_backoff_ms=10)
    uploader.start()
    qtbot.waitUntil(lambda: bool(states), timeout=TIMEOUT)
    uploader.stop()
    seen, attempts = len(states), uploader.attempts
    qtbot.wait(150)
    assert len(states) == seen and uploader.next_delay_ms() is None
    uploader.try_now()
    assert uploader.attempts == attempts


def test_an_upload_in_flight_at_stop_is_ignored(
        qtbot: QtBot, uploaders: list[CountyUploader], county_server: FakeCounty,
        tmp_path: Path) -> None:
    sync = FakeSync(tmp_path)
    uploader, states = make(uploaders, sync)
    with held_at_the_gate(qtbot, uploader, county_server):
        uploader.stop()
    assert wait_for_network()
    qtbot.wait(100)
    assert wait_for_workers()
    assert states == [] and sync.acks == [] and not uploader.busy


# -- the real thing: the county receiver under uvicorn on 127.0.0.1 --------------------------


@pytest.fixture
def receiver(county: County) -> Iterator[tuple[County, str]]:
    from tests.receiver import running_receiver

    with running_receiver(county.home) as url:
        yield county, url


def test_the_window_uploads_to_a_real_county(
        qtbot: QtBot, open_window: OpenWindow, station_home: StationHome,
        dialogs: ScriptedDialogs, receiver: tuple[County, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel

    from unionstation.sync.station_sync import SyncService

    county, url = receiver
    window, controller = open_window(station_home)
    page = sync_page(qtbot, window)
    enrol(qtbot, page, dialogs, county, tmp_path)
    county.register_station_key(
        SyncService(controller.runtime.context, station_home).station_key_file())  # type: ignore[union-attr]
    label = window.findChild(QLabel, "countyState")
    assert label is not None
    qtbot.waitUntil(lambda: "USB only" in label.text(), timeout=TIMEOUT)

    # A slow link: the upload waits at the gate while the page refreshes from the database.
    real_put, gate, uploading = transport_http.put_batch, threading.Event(), threading.Event()

    def slow_put(url: str, station_code: str, data: bytes, timeout: float = 30.0) -> bytes:
        uploading.set()
        assert gate.wait(10), "the test never opened the gate"
        return real_put(url, station_code, data, timeout)

    monkeypatch.setattr(transport_http, "put_batch", slow_put)
    uploader = page.uploader
    try:
        page.send.url_edit.setText(url)
        page.send.url_edit.editingFinished.emit()
        qtbot.waitUntil(uploading.is_set, timeout=TIMEOUT)
        with qtbot.waitSignal(page.refreshed, timeout=5_000):
            page.refresh()
        assert uploader.uploading and page.exported_value.text() != "0"  # sent, not yet acked
    finally:
        gate.set()
    qtbot.waitUntil(lambda: label.text() == "County: online · 0 not yet confirmed", timeout=30_000)
    qtbot.waitUntil(lambda: page.pending_value.text() == "0"
                    and page.exported_value.text() == "0"
                    and page.acknowledged_value.text() != "0", timeout=TIMEOUT)
    assert [station.members for station in county.stations()] == [3]
    dialogs.shown.clear()
    page.send.upload_now()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=30_000)
    assert dialogs.shown[-1][:2] == ("inform", "Upload")
