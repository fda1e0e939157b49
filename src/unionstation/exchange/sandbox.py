"""Run a parser in a child process with an address-space limit and a time limit, so that
no file, whatever its shape, can take the app down: the caller gets the result or an
UnreadableFile with the officer's message. (A cell at XFD1048576 makes calamine's Rust
allocator abort the whole process; in the child, only the child dies.)

`run_limited` returns one result; `stream_limited` runs a generator in the child and hands
its items over as they are made (a roster's rows, a chunk at a time), so the app never
holds more than a chunk: the pipe holds the child back while the caller works.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from unionstation.services.errors import UserError

T = TypeVar("T")
ADDRESS_SPACE_BYTES = 1024 * 1024 * 1024  # 1 GiB: a 100,000-row roster needs ~300 MB
TIME_LIMIT_S = 120.0
TIME_LIMIT_ENV = "UNIONSTATION_SHEET_SECONDS"


class SandboxRefused(UserError):
    """The child ran out of its memory or its time, or died."""


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _child(conn: Connection, target: Callable[..., Any], args: tuple[Any, ...],
           limit: int) -> None:
    _limit_memory(limit)
    _answer(conn, lambda: ("ok", target(*args)))


def _stream_child(conn: Connection, target: Callable[..., Iterable[Any]],
                  args: tuple[Any, ...], limit: int) -> None:
    _limit_memory(limit)

    def items() -> tuple[str, Any]:
        for item in target(*args):
            conn.send(("item", item))
        return ("end", None)

    _answer(conn, items)


_GONE = (BrokenPipeError, ConnectionResetError)


def _answer(conn: Connection, work: Callable[[], tuple[str, Any]]) -> None:
    """Send what `work` returns, or what stopped it, and close the pipe."""
    try:
        try:
            result = work()
        except UserError as exc:
            result = ("refused", str(exc))
        except MemoryError:
            result = ("memory", "")
        except _GONE:  # the parent stopped reading (it had the rows it wanted)
            return
        except Exception as exc:  # noqa: BLE001 - reported to the parent as unreadable
            result = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("memory", ""))
    except _GONE:
        return
    finally:
        conn.close()


# A roster's rows are checked in the sandbox too (exchange/roster_sheet.py).
_PRELOAD = ["unionstation.exchange.spreadsheet", "unionstation.exchange.roster_sheet"]


def _context() -> Any:
    """A fork server where there is one (one start-up, then each parse forks from it in a
    few milliseconds; the app itself, with its threads, is never forked), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _timeout(seconds: float | None) -> float:
    return seconds if seconds is not None else float(os.environ.get(TIME_LIMIT_ENV, TIME_LIMIT_S))


def run_limited(target: Callable[..., T], *args: Any, name: str,
                limit: int = ADDRESS_SPACE_BYTES, seconds: float | None = None) -> T:
    """`target(*args)` in a child process; `name` is the file named in refusals."""
    for kind, payload in _messages(_child, target, args, name, limit, _timeout(seconds)):
        if kind == "ok":
            return payload  # type: ignore[no-any-return]
        _refuse(kind, payload, name)
    raise AssertionError("unreachable")  # pragma: no cover - _messages ends with an answer


def stream_limited(target: Callable[..., Iterable[T]], *args: Any, name: str,
                   limit: int = ADDRESS_SPACE_BYTES,
                   seconds: float | None = None) -> Generator[T, None, None]:
    """The items of the generator `target(*args)`, made in a child process as the caller
    takes them. The time limit counts the time spent waiting for the child, not the
    caller's own work between items; closing the iterator early stops the child."""
    for kind, payload in _messages(_stream_child, target, args, name, limit,
                                   _timeout(seconds)):
        if kind == "item":
            yield payload
        elif kind == "end":
            return
        else:
            _refuse(kind, payload, name)


def _messages(child: Callable[..., None], target: Callable[..., Any], args: tuple[Any, ...],
              name: str, limit: int, timeout: float) -> Iterator[tuple[str, Any]]:
    """What the child sends, message by message, until it has said all or died."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(sender, target, args, limit), daemon=True)
    process.start()
    sender.close()
    waited = 0.0
    try:
        while True:
            began = time.monotonic()
            if not receiver.poll(max(timeout - waited, 0.0)):
                raise SandboxRefused(f"读取文件“{name}”超过 {timeout:.0f} 秒仍未完成,已停止读取;"
                                     "请检查文件是否过大或已损坏。")
            try:
                kind, payload = receiver.recv()
            except (EOFError, OSError):
                kind, payload = "died", ""
            waited += time.monotonic() - began
            yield kind, payload
            if kind != "item":
                return
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)


def _refuse(kind: str, payload: Any, name: str) -> None:
    if kind == "refused":
        raise SandboxRefused(str(payload))
    if kind in ("memory", "died"):
        raise SandboxRefused(f"文件“{name}”展开后过大,超出读取时允许的内存,已拒绝读取;"
                             "请检查表格是否在很远的行列有内容。")
    raise SandboxRefused(f"文件“{name}”已损坏或不是 Excel 文件,无法读取({payload})。")
