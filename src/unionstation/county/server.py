"""The county's HTTP receiver: `PUT /v1/batches/{station}/{sha256}` and `GET /v1/health`.

An ASGI app (Starlette) under uvicorn, and no other way in: every other path is a JSON 404,
a wrong method a JSON 405. A batch is read as a stream with a size limit (Content-Length is
checked first), its SHA-256 must equal the one in the path (the idempotency key) and its
header's station the one in the path; then it goes to `County.import_batch` exactly as a
file from a USB stick does, one at a time. The answer is the signed ack, byte for byte
what `county import --acks-to` writes, or a 4xx with a JSON `{"error", "reason"}`.

At most BODY_SLOTS bodies are held in memory at once (a further upload waits before its
body is read); parsing runs in the thread pool, not on the event loop. Paths are matched
exactly: a trailing "/" is a 404, never a redirect built from the Host header.

Plain HTTP on 127.0.0.1 by default; TLS belongs to a reverse proxy in front (README).
Nothing here logs a request body or anything from inside a batch.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import traceback
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from unionstation.county.errors import CountyError
from unionstation.county.home import CountyHome
from unionstation.county.service import County, open_county
from unionstation.sync.batch import MAX_FILE_BYTES, peek_batch
from unionstation.sync.errors import SyncError

log = logging.getLogger(__name__)

# Read at each request, so tests can make it small.
MAX_BODY_BYTES = MAX_FILE_BYTES
# Request bodies read and held at once (each up to MAX_BODY_BYTES); read at startup.
BODY_SLOTS = 2

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
    return JSONResponse({"status": "ok", "county": request.app.state.county_code})


async def _read_body(request: Request, limit: int) -> tuple[bytes, str] | JSONResponse:
    """The body and its SHA-256, or the refusal (reading stops at the limit)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            return _error("bad_request", "请求头 Content-Length 无效。")
        if int(declared) > limit:
            return _too_large(limit)
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return _too_large(limit)
            digest.update(chunk)
            chunks.append(chunk)
    except ClientDisconnect:
        return _error("bad_request", "连接在批次传完之前断开了。")
    # Joining up to 64 MiB is a copy long enough to hold up other requests: off the loop.
    return await run_in_threadpool(b"".join, chunks), digest.hexdigest()


async def _put_batch(request: Request) -> Response:
    station: str = request.path_params["station"]
    expected: str = request.path_params["sha256"]
    if not _SHA256.fullmatch(expected):
        return _error("bad_hash", "地址中的 SHA-256 必须是 64 位小写十六进制数。")

    # The slot is held for as long as the body is: while it is read, checked and imported.
    slots: asyncio.Semaphore = request.app.state.body_slots
    async with slots:
        read = await _read_body(request, MAX_BODY_BYTES)
        if isinstance(read, JSONResponse):
            return read
        data, actual = read
        del read
        if actual != expected:
            return _error("bad_hash", "收到的批次与地址中的 SHA-256 不符:文件在传输中损坏或不完整,"
                                      "请重新发送。")
        try:
            header = await run_in_threadpool(peek_batch, data)
        except SyncError as exc:
            return _error(exc.code, str(exc))
        if header.station_code != station:
            return _error("station_mismatch", f"地址中的站点“{station}”与批次文件中的站点"
                                              f"“{header.station_code}”不一致。")

        county: County = request.app.state.county
        lock: asyncio.Lock = request.app.state.intake_lock
        async with lock:
            try:
                outcome = await run_in_threadpool(county.import_batch, data, SOURCE,
                                                   sha256=actual, header=header)
            except SyncError as exc:
                return _error(exc.code, str(exc))
            except Exception as exc:  # answered here: a database error's text may hold a name
                return _internal_error(exc)
        del data
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
               ) -> Starlette:
    """The receiver for one county folder; the county is opened at startup, closed at the
    end; `key` is the county's data key (an encrypted SQLite store)."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            county = await run_in_threadpool(open_county, home, db_url, key)
        except Exception as exc:
            app.state.startup_error = exc  # for serve() to raise once uvicorn gave up
            raise
        try:
            app.state.county = county
            app.state.county_code = county.info().code
            app.state.intake_lock = asyncio.Lock()
            app.state.body_slots = asyncio.Semaphore(BODY_SLOTS)
            yield
        finally:
            await run_in_threadpool(county.close)

    health = Route("/v1/health", _health, methods=["GET"])
    if health.methods is not None:
        health.methods.discard("HEAD")  # Starlette adds HEAD to every GET route: not here
    handlers: dict[Any, Any] = {HTTPException: _http_error, Exception: _server_error}
    app = Starlette(
        routes=[Route("/v1/batches/{station}/{sha256}", _put_batch, methods=["PUT"]), health],
        exception_handlers=handlers,
        lifespan=lifespan,
    )
    # "/v1/health/" is a 404, not a redirect whose address is built from the Host header.
    app.router.redirect_slashes = False
    return app


def serve(home: CountyHome, host: str = "127.0.0.1", port: int = 8765,
          db_url: str | None = None, key: bytes | None = None) -> None:
    """Run the receiver under uvicorn until interrupted.

    A county that cannot be opened (not a county folder, store unreachable) raises its
    error here, and a port that cannot be bound a CountyError, instead of uvicorn exiting
    the process.
    """
    import uvicorn

    home.read_config()  # NotACountyHome at once, before anything listens
    app = create_app(home, db_url, key)
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
