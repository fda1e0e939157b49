"""The HTTP client against a tiny http.server in a thread."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from unionstation.sync.errors import SyncError
from unionstation.sync.transport_http import (
    BatchRefused,
    TransportOffline,
    health,
    put_batch,
)

Answer = tuple[int, str, bytes]  # status, content type, body


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeCounty:
    url: str
    answer: Callable[[Received], Answer] = lambda _r: (200, "application/octet-stream", b"ACK")
    received: list[Received] = field(default_factory=list)
    delay: float = 0.0


def _handler(county: FakeCounty) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            received = Received(self.command, self.path, dict(self.headers.items()),
                                self.rfile.read(length))
            county.received.append(received)
            if county.delay:
                time.sleep(county.delay)
            status, media, body = county.answer(received)
            try:
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up waiting (the timeout test)
                pass

        do_PUT = _serve  # noqa: N815
        do_GET = _serve  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def county() -> Iterator[FakeCounty]:
    fake = FakeCounty(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()
    thread.join(5)


def json_answer(status: int, payload: object) -> Callable[[Received], Answer]:
    body = json.dumps(payload, ensure_ascii=False).encode()
    return lambda _r: (status, "application/json", body)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_put_sends_the_file_to_its_hash_and_returns_the_ack(county: FakeCounty) -> None:
    data = b"US1 BATCH\n" + bytes(range(256)) * 10
    county.answer = lambda r: (200, "application/octet-stream", b"signed ack " + r.body[:4])

    ack = put_batch(county.url + "/", "330106001", data)

    assert ack == b"signed ack US1 "
    [received] = county.received
    assert received.method == "PUT"
    assert received.path == f"/v1/batches/330106001/{hashlib.sha256(data).hexdigest()}"
    assert received.body == data
    assert received.headers["Content-Type"] == "application/octet-stream"
    assert received.headers["Content-Length"] == str(len(data))


def test_url_with_a_path_prefix_and_odd_station_code(county: FakeCounty) -> None:
    put_batch(county.url + "/county/", "A B/1", b"x")
    assert county.received[0].path.startswith("/county/v1/batches/A%20B%2F1/")


def test_refusal_with_json_reason(county: FakeCounty) -> None:
    county.answer = json_answer(403, {"error": "revoked_key", "reason": "密钥已被吊销"})

    with pytest.raises(BatchRefused) as caught:
        put_batch(county.url, "330106001", b"batch")

    assert isinstance(caught.value, SyncError)
    assert caught.value.code == "revoked_key"
    assert caught.value.status == 403
    assert str(caught.value) == "密钥已被吊销"


@pytest.mark.parametrize("status", [400, 409, 413, 422, 500])
def test_every_json_refusal_keeps_its_code_and_status(county: FakeCounty, status: int) -> None:
    county.answer = json_answer(status, {"error": "some_code", "reason": "原因"})
    with pytest.raises(BatchRefused) as caught:
        put_batch(county.url, "S1", b"batch")
    assert (caught.value.code, caught.value.status) == ("some_code", status)


def test_refusal_without_json(county: FakeCounty) -> None:
    county.answer = lambda _r: (404, "text/html", b"<h1>Not Found</h1>")
    with pytest.raises(BatchRefused) as caught:
        put_batch(county.url, "S1", b"batch")
    assert (caught.value.code, caught.value.status) == ("http_404", 404)
    assert "404" in str(caught.value)


@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_proxy_with_the_receiver_down_is_offline(county: FakeCounty, status: int) -> None:
    county.answer = lambda _r: (status, "text/html", b"<h1>Bad Gateway</h1>")
    with pytest.raises(TransportOffline) as caught:
        put_batch(county.url, "S1", b"batch")
    assert caught.value.code == "offline"


def test_an_unexpected_success_status_is_refused(county: FakeCounty) -> None:
    county.answer = lambda _r: (204, "text/plain", b"")
    with pytest.raises(BatchRefused) as caught:
        put_batch(county.url, "S1", b"batch")
    assert caught.value.status == 204


def test_connection_refused_is_offline() -> None:
    with pytest.raises(TransportOffline) as caught:
        put_batch(f"http://127.0.0.1:{closed_port()}", "S1", b"batch", timeout=5)
    assert caught.value.code == "offline"
    assert isinstance(caught.value, SyncError)
    assert "U盘" in str(caught.value)


def test_timeout_is_offline(county: FakeCounty) -> None:
    county.delay = 1.0
    with pytest.raises(TransportOffline):
        put_batch(county.url, "S1", b"batch", timeout=0.2)


def test_unresolvable_host_is_offline() -> None:
    with pytest.raises(TransportOffline):
        put_batch("http://county.invalid", "S1", b"batch", timeout=5)


def test_no_password_in_messages() -> None:
    with pytest.raises(TransportOffline) as caught:
        put_batch(f"http://user:secret@127.0.0.1:{closed_port()}", "S1", b"b", timeout=5)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://county", "county.example.cn", ""])
def test_only_http_urls(url: str) -> None:
    with pytest.raises(SyncError) as caught:
        put_batch(url, "S1", b"batch")
    assert not isinstance(caught.value, (TransportOffline, BatchRefused))
    assert "http://" in str(caught.value)


def test_health(county: FakeCounty) -> None:
    county.answer = json_answer(200, {"status": "ok", "county": "330106"})
    assert health(county.url) is True
    assert county.received[0].method == "GET"
    assert county.received[0].path == "/v1/health"

    county.answer = json_answer(200, {"status": "starting"})
    assert health(county.url) is False
    county.answer = lambda _r: (200, "text/plain", b"not json")
    assert health(county.url) is False
    county.answer = json_answer(500, {"error": "internal_error"})
    assert health(county.url) is False
    assert health(f"http://127.0.0.1:{closed_port()}", timeout=2) is False
    assert health("file:///etc/passwd") is False
