"""The county's HTTP receiver: `PUT /v1/batches/{station}/{sha256}` and `GET /v1/health`
(and `POST /v1/rebase/{station}`, a station's re-base file: county/rebase_http.py).

An ASGI app (Starlette) under uvicorn, and no other way in: every other path is a JSON 404,
a wrong method a JSON 405. A batch is read as a stream with a size limit (Content-Length is
checked first), its SHA-256 must equal the one in the path (the idempotency key) and its
header's station the one in the path; then it goes to `County.import_batch` exactly as a
file from a USB stick does, one at a time. The answer is the signed ack, byte for byte
what `county import --acks-to` writes, or a 4xx with a JSON `{"error", "reason"}`.

The receiver stays up for the stations whoever else reaches it: a body is streamed to a
temporary file (memory stays flat however many arrive), and must arrive within
BODY_DEADLINE_S and, after BODY_GRACE_S, at no less than BODY_MIN_RATE on average (a
client trickling bytes is cut off); at most UPLOAD_SLOTS uploads are received at once,
UPLOAD_SLOTS_PER_CLIENT from one address, the next answered 503 with Retry-After; a body
whose hash is not the path's is refused unread, and only one body at a time is read into
memory, for the intake. Refusals of unsigned or unknown senders record at most one alert
per sender and hour (the rest are counted); /v1/health reports the slots in use. Parsing
runs in the thread pool, not on the event loop. Paths are matched exactly: a trailing "/"
is a 404, never a redirect built from the Host header.

Plain HTTP on 127.0.0.1 by default; TLS belongs to a reverse proxy in front (README).
Nothing here logs a request body or anything from inside a batch.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import re
import tempfile
import time
import traceback
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any, BinaryIO

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from unionstation.county.access import SYSTEM
from unionstation.county.errors import CountyError
from unionstation.county.home import CountyHome
from unionstation.county.rebase_http import post_rebase
from unionstation.county.service import County, open_county
from unionstation.domain.permissions import Role
from unionstation.sync.batch import MAX_FILE_BYTES, peek_batch
from unionstation.sync.errors import SyncError

log = logging.getLogger(__name__)

# Read at each request, so tests can make them small.
MAX_BODY_BYTES = MAX_FILE_BYTES
# The whole body within 120 s: the largest batch allowed (64 MiB) needs a line of 4.5 Mbit/s,
# an ordinary day's batch (well under 1 MiB) passes at the minimum rate below.
BODY_DEADLINE_S = 120.0
# After the first 5 s, at least 16 KiB/s on average (128 kbit/s: slower than any 3G line).
BODY_GRACE_S = 5.0
BODY_MIN_RATE = 16 * 1024
# Uploads received at once, in all and from one client address; the next gets a 503.
UPLOAD_SLOTS = 16
UPLOAD_SLOTS_PER_CLIENT = 2
RETRY_AFTER_S = 30
ALERT_WINDOW_S = 3600.0  # one alert per unauthenticated sender and window
_CHECK_EVERY_S = 0.5

ACK_MEDIA_TYPE = "application/octet-stream"
SOURCE = "http"

_SHA256 = re.compile(r"[0-9a-f]{64}")

# HTTP status of each refusal code; anything not listed is a 400.
REFUSAL_STATUS: dict[str, int] = {
    "bad_request": 400,
    "bad_hash": 400,
    "station_mismatch": 400,
    "unknown_station": 403,
    "unknown_key": 403,
    "revoked_key": 403,
    "bad_signature": 403,
    "wrong_key": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "conflicting_duplicate": 409,
    "too_slow": 408,
    "too_large": 413,
    "damaged": 422,
}


def _error(code: str, reason: str, status: int | None = None,
           headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "reason": reason},
                        status_code=status or REFUSAL_STATUS.get(code, 400), headers=headers)


def _too_large(limit: int) -> JSONResponse:
    return _error("too_large", f"批次文件超过 {limit // (1024 * 1024) or 1} MiB 的上限,不予接收。")


async def _health(request: Request) -> Response:
    state = request.app.state
    return JSONResponse({"status": "ok", "county": state.county_code,
                         "uploads": {"in_use": state.uploads.in_use, "slots": UPLOAD_SLOTS}})


class _TooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int, into: BinaryIO) -> str | JSONResponse:
    """Stream the body into `into`; its SHA-256, or the refusal (too large, too slow)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            return _error("bad_request", "请求头 Content-Length 无效。")
        if int(declared) > limit:
            return _too_large(limit)
    digest = hashlib.sha256()
    received = [0]

    async def read() -> None:
        async for chunk in request.stream():
            received[0] += len(chunk)
            if received[0] > limit:
                raise _TooLarge()
            digest.update(chunk)
            into.write(chunk)

    started = time.monotonic()
    reading = asyncio.ensure_future(read())
    try:
        while True:
            done, _ = await asyncio.wait({reading}, timeout=_CHECK_EVERY_S)
            if done:
                reading.result()
                return digest.hexdigest()
            elapsed = time.monotonic() - started
            if elapsed > BODY_DEADLINE_S or (
                    elapsed > BODY_GRACE_S and received[0] < BODY_MIN_RATE * elapsed):
                return _error("too_slow",
                              f"批次传得太慢(每秒不足 {BODY_MIN_RATE // 1024} KiB,"
                              f"或超过 {BODY_DEADLINE_S:.0f} 秒),连接已断开,请稍后重试。",
                              408, headers={"Connection": "close"})
    except _TooLarge:
        return _too_large(limit)
    except ClientDisconnect:
        return _error("bad_request", "连接在批次传完之前断开了。")
    finally:
        if not reading.done():
            reading.cancel()


class _Uploads:
    """Upload slots, in all and per client address."""

    def __init__(self) -> None:
        self.in_use = 0
        self.by_client: dict[str, int] = {}

    def take(self, client: str) -> bool:
        if self.in_use >= UPLOAD_SLOTS or self.by_client.get(client, 0) >= UPLOAD_SLOTS_PER_CLIENT:
            return False
        self.in_use += 1
        self.by_client[client] = self.by_client.get(client, 0) + 1
        return True

    def give_back(self, client: str) -> None:
        self.in_use -= 1
        left = self.by_client[client] - 1
        if left:
            self.by_client[client] = left
        else:
            del self.by_client[client]


class _AlertLimit:
    """One alert per unauthenticated sender and window; the refusals after it are counted."""

    def __init__(self) -> None:
        self.since: dict[str, float] = {}
        self.counted: dict[str, int] = {}

    def may_alert(self, sender: str) -> bool:
        at = self.since.get(sender)
        return at is None or time.monotonic() - at >= ALERT_WINDOW_S

    def refused(self, sender: str, alerted: bool) -> None:
        if alerted:
            self.since[sender] = time.monotonic()
        self.counted[sender] = self.counted.get(sender, 0) + 1


def _client(request: Request) -> str:
    return request.client.host if request.client is not None else "?"


def _busy() -> JSONResponse:
    return _error("busy", "县总工会服务器正忙,请稍后再试。", 503,
                  headers={"Retry-After": str(RETRY_AFTER_S)})


async def _put_batch(request: Request) -> Response:
    station: str = request.path_params["station"]
    expected: str = request.path_params["sha256"]
    if not _SHA256.fullmatch(expected):
        return _error("bad_hash", "地址中的 SHA-256 必须是 64 位小写十六进制数。")

    client = _client(request)
    uploads: _Uploads = request.app.state.uploads
    if not uploads.take(client):
        return _busy()
    try:
        with tempfile.TemporaryFile() as body:
            read = await _read_body(request, MAX_BODY_BYTES, body)
            if isinstance(read, JSONResponse):
                return read
            if read != expected:
                return _error("bad_hash", "收到的批次与地址中的 SHA-256 不符:文件在传输中损坏或"
                                          "不完整,请重新发送。")
            return await _intake(request, station, body, read, client)
    finally:
        uploads.give_back(client)


async def _intake(request: Request, station: str, body: BinaryIO, sha: str,
                  client: str) -> Response:
    """One body at a time in memory: read, its header checked, imported."""
    county: County = request.app.state.county
    lock: asyncio.Lock = request.app.state.intake_lock
    alerts: _AlertLimit = request.app.state.alerts
    async with lock:
        body.seek(0)
        data = await run_in_threadpool(body.read)
        try:
            header = await run_in_threadpool(peek_batch, data)
        except SyncError as exc:
            return _error(exc.code, str(exc))
        if header.station_code != station:
            return _error("station_mismatch", f"地址中的站点“{station}”与批次文件中的站点"
                                              f"“{header.station_code}”不一致。")
        alert = alerts.may_alert(client)
        try:
            outcome = await run_in_threadpool(
                functools.partial(county.import_batch, data, SOURCE, sha256=sha,
                                  header=header, alert_unverified=alert))
        except SyncError as exc:
            return _error(exc.code, str(exc))
        except Exception as exc:  # answered here: a database error's text may hold a name
            return _internal_error(exc)
        del data
        if outcome.status == "refused":
            alerts.refused(client, alert)
    if outcome.status == "refused":
        return _error(outcome.code or "refused", outcome.reason)
    if outcome.ack is None:  # applied, duplicate and parked always carry their ack
        log.error("batch intake gave status %s without an ack", outcome.status)
        return _error("internal_error", "县总工会服务器内部错误,请稍后再试。", 500)
    return Response(outcome.ack, status_code=200, media_type=ACK_MEDIA_TYPE)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return _error("not_found", "没有这个地址。", 404)
    if exc.status_code == 405:
        return _error("method_not_allowed", "不支持这种请求方法。", 405, headers=exc.headers)
    return _error("http_error", str(exc.detail), exc.status_code, headers=exc.headers)


def _internal_error(exc: BaseException) -> JSONResponse:
    """Logged by type and place only: the exception's text may quote a member's data."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    log.error("county receiver failed: %s at %s", type(exc).__name__, where)
    return _error("internal_error", "县总工会服务器内部错误,请稍后再试。", 500)


async def _server_error(request: Request, exc: Exception) -> Response:
    return _internal_error(exc)


def create_app(home: CountyHome, db_url: str | None = None, key: bytes | None = None,
               officer: str = SYSTEM, role: Role = Role.ADMIN) -> Starlette:
    """The receiver for one county folder; the county is opened at startup, closed at the
    end; `key` is the county's data key (an encrypted SQLite store); batches are received
    (and audited) as `officer`, who logged in to `county serve`."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            county = await run_in_threadpool(open_county, home, db_url, key)
        except Exception as exc:
            app.state.startup_error = exc  # for serve() to raise once uvicorn gave up
            raise
        county.officer, county.role = officer, role
        try:
            app.state.county = county
            app.state.county_code = county.info().code
            app.state.intake_lock = asyncio.Lock()
            app.state.uploads = _Uploads()
            app.state.alerts = _AlertLimit()
            yield
        finally:
            await run_in_threadpool(county.close)

    health = Route("/v1/health", _health, methods=["GET"])
    if health.methods is not None:
        health.methods.discard("HEAD")  # Starlette adds HEAD to every GET route: not here
    handlers: dict[Any, Any] = {HTTPException: _http_error, Exception: _server_error}
    app = Starlette(
        routes=[Route("/v1/batches/{station}/{sha256}", _put_batch, methods=["PUT"]), health,
                Route("/v1/rebase/{station}", post_rebase, methods=["POST"])],
        exception_handlers=handlers,
        lifespan=lifespan,
    )
    # "/v1/health/" is a 404, not a redirect whose address is built from the Host header.
    app.router.redirect_slashes = False
    return app


def serve(home: CountyHome, host: str = "127.0.0.1", port: int = 8765,
          db_url: str | None = None, key: bytes | None = None, *, officer: str = SYSTEM,
          role: Role = Role.ADMIN) -> None:
    """Run the receiver under uvicorn until interrupted.

    A county that cannot be opened (not a county folder, store unreachable) raises its
    error here, and a port that cannot be bound a CountyError, instead of uvicorn exiting
    the process.
    """
    import uvicorn

    home.read_config()  # NotACountyHome at once, before anything listens
    app = create_app(home, db_url, key, officer, role)
    server = uvicorn.Server(uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="on",
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        timeout_keep_alive=5,
    ))
    try:
        server.run()
    except SystemExit as exit_:  # uvicorn exits when startup fails; say why instead
        error = getattr(app.state, "startup_error", None)
        if isinstance(error, Exception):
            raise error from None
        raise CountyError(f"县总工会接收服务无法在 {host}:{port} 启动"
                          "(端口可能已被占用,详见上面的日志)。") from exit_
