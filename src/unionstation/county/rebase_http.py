"""`POST /v1/rebase/{station}`: a station's re-base file over HTTP.

The body is the station's signed request (sync/rebase_request.py); the station is
authenticated by its registered, unrevoked key, which is what lets it have its own
records without a county officer: the answer is the re-base file sealed to the one-time
key of the request, so it opens only in the process that asked. Audited as the CLI's
`county rebase` is, with `via=hpke`.
"""

from __future__ import annotations

import asyncio
import functools

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from unionstation.county.errors import CountyError
from unionstation.county.models import CountyStationKey
from unionstation.county.rebase import build_rebase
from unionstation.county.service import County
from unionstation.sync.errors import SyncError
from unionstation.sync.rebase_request import MAX_REQUEST_BYTES, read_rebase_request

REQUEST_DEADLINE_S = 30.0  # the request is a few hundred bytes: a trickle is cut off


def _answer(code: str, reason: str, status: int) -> JSONResponse:
    return JSONResponse({"error": code, "reason": reason}, status_code=status)


def _registered(county: County, station_code: str, key_id: str) -> bytes | None:
    with county.store.read_session_factory() as session:
        key = session.scalar(select(CountyStationKey).where(
            CountyStationKey.key_id == key_id, CountyStationKey.station_code == station_code,
            CountyStationKey.revoked_at.is_(None)))
        return None if key is None else bytes(key.public_key)


def _make(county: County, data: bytes, station: str) -> bytes:
    request = read_rebase_request(data, functools.partial(_registered, county))
    if request.station_code != station:
        raise CountyError(f"地址中的站点“{station}”与请求中的站点“{request.station_code}”不一致。")
    return build_rebase(county, station, recipient=request.download_key,
                        authorised_by_station=True).data


async def post_rebase(request: Request) -> Response:
    station: str = request.path_params["station"]
    chunks: list[bytes] = []

    async def read() -> bool:
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_REQUEST_BYTES:
                return False
            chunks.append(chunk)
        return True

    try:
        if not await asyncio.wait_for(read(), REQUEST_DEADLINE_S):
            return _answer("too_large", "重建请求过大,不予处理。", 413)
    except TimeoutError:
        return _answer("too_slow", "重建请求传得太慢,连接已断开,请稍后重试。", 408)
    except ClientDisconnect:
        return _answer("bad_request", "连接在请求传完之前断开了。", 400)
    body = b"".join(chunks)
    county: County = request.app.state.county
    try:
        async with request.app.state.intake_lock:
            data = await run_in_threadpool(_make, county, body, station)
    except SyncError as exc:
        return _answer(exc.code, str(exc), 403 if exc.code in ("bad_signature",) else 400)
    except CountyError as exc:
        return _answer("refused", str(exc), 400)
    return Response(data, status_code=200, media_type="application/octet-stream")
