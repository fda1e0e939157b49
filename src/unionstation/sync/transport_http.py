"""The HTTP transport: PUT a batch file to the county receiver, get its signed ack back.

Standard library only (urllib). `PUT {url}/v1/batches/{station}/{sha256}`, the SHA-256 of
the file being the idempotency key: sending the same file twice gets the same ack. What the
ack says is for the caller to verify; this module only carries bytes.

- 200: the body, the ack file.
- a refusal with the receiver's JSON `{"error", "reason"}`: BatchRefused (code, status).
- no answer (no route, refused connection, timeout, a proxy's 502/503/504 without our
  JSON): TransportOffline, code "offline": try again later or use a USB stick.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from unionstation.sync.ack import MAX_ACK_BYTES
from unionstation.sync.errors import SyncError

MAX_ANSWER_BYTES = MAX_ACK_BYTES  # never read an unbounded answer
_SCHEMES = ("http", "https")


class TransportOffline(SyncError):
    """The county receiver could not be reached; nothing was delivered."""

    code = "offline"


class BatchRefused(SyncError):
    """The county receiver answered and refused the batch: `code` and `status` say why."""

    code = "refused"

    def __init__(self, message: str, code: str, status: int) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class BadCountyUrl(SyncError):
    """The county address is not an http(s) URL."""

    code = "bad_url"


def _base(url: str) -> str:
    text = url.strip()
    parsed = urllib.parse.urlsplit(text)
    if parsed.scheme.lower() not in _SCHEMES or not parsed.netloc:
        raise BadCountyUrl(f"县总工会地址“{_shown(text)}”无效:应以 http:// 或 https:// 开头,"
                           "例如 https://county.example.cn")
    return text.rstrip("/")


def _shown(base: str) -> str:
    """The address for messages, without any user name or password in it."""
    parsed = urllib.parse.urlsplit(base)
    host = parsed.netloc.rpartition("@")[2]
    return f"{parsed.scheme}://{host}"


def _offline(base: str, detail: object) -> TransportOffline:
    return TransportOffline(f"无法连接县总工会服务器 {_shown(base)}({detail}):"
                            "变更仍在待报送中,稍后会再试,也可以用U盘报送。")


def _refusal(base: str, error: urllib.error.HTTPError) -> SyncError:
    try:
        body = error.read(64 * 1024)
    except (OSError, http.client.HTTPException):
        body = b""
    answer: Any = None
    with contextlib.suppress(UnicodeDecodeError, ValueError):
        answer = json.loads(body.decode("utf-8"))
    if error.code in (408, 502, 503, 504):  # busy, too slow a line, or a proxy without it
        return _offline(base, f"HTTP {error.code}")
    if isinstance(answer, dict) and isinstance(answer.get("error"), str):
        reason = answer.get("reason")
        message = reason if isinstance(reason, str) and reason else answer["error"]
        return BatchRefused(message, answer["error"], error.code)
    return BatchRefused(f"县总工会服务器拒绝了批次(HTTP {error.code})。",
                        f"http_{error.code}", error.code)


def put_batch(url: str, station_code: str, data: bytes, timeout: float = 30.0) -> bytes:
    """Send one batch file; the county's ack (the exact signed bytes)."""
    base = _base(url)
    digest = hashlib.sha256(data).hexdigest()
    target = f"{base}/v1/batches/{urllib.parse.quote(station_code, safe='')}/{digest}"
    return _exchange(base, target, data, "PUT", MAX_ANSWER_BYTES, timeout)


def post_rebase_request(url: str, station_code: str, request_file: bytes,
                        timeout: float = 300.0) -> bytes:
    """Ask for this station's re-base file with a signed request; the file."""
    from unionstation.sync.rebase_file import MAX_FILE_BYTES

    base = _base(url)
    target = f"{base}/v1/rebase/{urllib.parse.quote(station_code, safe='')}"
    return _exchange(base, target, request_file, "POST", MAX_FILE_BYTES, timeout)


def _exchange(base: str, target: str, data: bytes, method: str, limit: int,
              timeout: float) -> bytes:
    request = urllib.request.Request(
        target, data=data, method=method,
        headers={"Content-Type": "application/octet-stream", "Accept": "application/octet-stream"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status: int = response.status
            body: bytes = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        try:
            refusal = _refusal(base, exc)
        finally:
            exc.close()
        raise refusal from None
    except urllib.error.URLError as exc:
        raise _offline(base, exc.reason) from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise _offline(base, type(exc).__name__ if not str(exc) else exc) from None
    if status != 200:
        raise BatchRefused(f"县总工会服务器的回应无法识别(HTTP {status})。",
                           f"http_{status}", status)
    if len(body) > limit:
        raise BatchRefused("县总工会服务器的回应过大,不予处理。", "bad_answer", status)
    return body


def health(url: str, timeout: float = 5.0) -> bool:
    """Whether the county receiver answers its health check; never raises."""
    try:
        target = f"{_base(url)}/v1/health"
        with urllib.request.urlopen(target, timeout=timeout) as response:
            if response.status != 200:
                return False
            answer: Any = json.loads(response.read(64 * 1024).decode("utf-8"))
    except (SyncError, OSError, ValueError, http.client.HTTPException):
        return False
    return isinstance(answer, dict) and answer.get("status") == "ok"
