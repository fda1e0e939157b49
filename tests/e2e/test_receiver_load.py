"""`county serve` under abuse on the loopback: ten clients trickling a byte a second, thirty
concurrent 60 MiB bodies and 500 forged uploads, while a good station uploads. Each good
upload is answered within 10 s, the server stays under 300 MB, and the forged uploads leave
at most one alert per sender. Short by design: a few seconds, every loop bounded."""

from __future__ import annotations

import hashlib
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from unionstation.county.home import CountyHome
from unionstation.county.service import init_county, open_county
from unionstation.sync.batch import write_batch
from unionstation.sync.documents import StationKeyFile, read_enrolment, write_station_key
from unionstation.sync.keys import generate_signing_key, raw_public_key

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="binds clients to 127.0.0.x addresses")

STATION = "330106001"
MIB = 1024 * 1024


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class County:
    def __init__(self, home: CountyHome, port: int, key: Ed25519PrivateKey,
                 encryption: X25519PublicKey) -> None:
        self.home, self.port, self.key, self.encryption = home, port, key, encryption
        self.seq = 0

    def batch(self, key: Ed25519PrivateKey | None = None) -> bytes:
        self.seq += 1
        union = uuid.uuid4()
        change: dict[str, Any] = {
            "change_id": str(uuid.uuid4()), "change_seq": self.seq,
            "entity": "grassroots_union", "entity_id": str(union), "version": 1,
            "base_version": 0, "op": "upsert", "officer": "王干事",
            "created_at": "2026-05-01T08:00:00+00:00",
            "data": {"id": str(union), "name": f"第{self.seq}工会", "deleted_at": None}}
        return write_batch([change], station_code=STATION, batch_id=uuid.uuid4(),
                           previous_batch_sha256=None, signing_key=key or self.key,
                           county_public_key=self.encryption, created_at=datetime.now(UTC))


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[County, subprocess.Popen[bytes]]]:
    home = CountyHome(tmp_path / "county")
    service = init_county(home, "测试县总工会", "330106")
    try:
        enrolment = read_enrolment(service.enrol_station(STATION, "西湖街道总工会"))
        key = generate_signing_key()
        service.register_station_key(write_station_key(
            StationKeyFile(station_code=STATION, station_name="西湖街道总工会",
                           public_key=raw_public_key(key.public_key()),
                           created_at=datetime.now(UTC)), key))
    finally:
        service.close()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "unionstation", "county", "serve", "--home", str(home.root),
         "--port", str(port)], env={**os.environ})
    deadline = time.monotonic() + 30
    while True:
        assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    try:
        yield County(home, port, key, X25519PublicKey.from_public_bytes(
            enrolment.encryption_public_key)), server
    finally:
        server.terminate()
        server.wait(30)


def _put(port: int, data: bytes, source: str = "127.0.0.1") -> tuple[int, float]:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30,
                                            source_address=(source, 0))
    try:
        connection.request("PUT", f"/v1/batches/{STATION}/{hashlib.sha256(data).hexdigest()}",
                           body=data)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    finally:
        connection.close()


def _trickle(port: int, source: str, stop: threading.Event) -> None:
    """Headers, then one byte a second until cut off or told to stop (at most 15 s)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=20,
                                      source_address=(source, 0)) as sock:
            sock.sendall(f"PUT /v1/batches/{STATION}/{'0' * 64} HTTP/1.1\r\nHost: x\r\n"
                         "Content-Length: 1000\r\n\r\n".encode())
            for _ in range(15):
                if stop.wait(1.0):
                    return
                sock.sendall(b"x")
    except OSError:
        return  # the server cut it off: what it should do


def _flood(port: int, source: str, stop: threading.Event) -> None:
    """A 60 MiB body of garbage, sent as fast as the server takes it."""
    block = os.urandom(MIB)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=20,
                                      source_address=(source, 0)) as sock:
            sock.sendall(f"PUT /v1/batches/{STATION}/{'1' * 64} HTTP/1.1\r\nHost: x\r\n"
                         f"Content-Length: {60 * MIB}\r\n\r\n".encode())
            for _ in range(60):
                if stop.is_set():
                    return
                sock.sendall(block)
            sock.recv(1024)
    except OSError:
        return  # refused (503) or cut off


def test_the_receiver_stays_up_under_abuse(
        county: tuple[County, subprocess.Popen[bytes]]) -> None:
    world, server = county
    stop = threading.Event()
    abusers = [threading.Thread(target=_trickle, args=(world.port, f"127.0.0.{2 + i}", stop))
               for i in range(10)]
    abusers += [threading.Thread(target=_flood, args=(world.port, f"127.0.0.{20 + i % 2}", stop))
                for i in range(30)]
    peak = 0.0
    try:
        for thread in abusers:
            thread.start()
        time.sleep(1.0)  # the slow ones hold their slots, the floods are streaming
        for _ in range(3):
            status, took = _put(world.port, world.batch(), "127.0.0.100")
            assert status == 200 and took < 10, (status, took)
            peak = max(peak, _rss_mb(server.pid))
            time.sleep(0.5)
    finally:
        stop.set()
        for thread in abusers:
            thread.join(30)
    peak = max(peak, _rss_mb(server.pid))
    assert peak < 300, f"server RSS {peak:.0f} MB"

    forged = world.batch(key=generate_signing_key())  # a key the county never registered
    connection = http.client.HTTPConnection("127.0.0.1", world.port, timeout=30,
                                            source_address=("127.0.0.50", 0))
    path = f"/v1/batches/{STATION}/{hashlib.sha256(forged).hexdigest()}"
    try:
        for _ in range(500):
            connection.request("PUT", path, body=forged)
            response = connection.getresponse()
            response.read()
            assert response.status == 403
    finally:
        connection.close()
    service = open_county(world.home)
    try:
        forged_alerts = [a for a in service.alerts() if a.kind == "unknown_key"]
    finally:
        service.close()
    assert len(forged_alerts) == 1
    assert server.poll() is None
