"""A batch's changes read in a second process while this one writes them (issue 18).

Importing a batch is two kinds of work, both in Python: reading it (decrypting, inflating,
parsing and checking each line, hashing it in canonical form, validating its data) and
writing it (the county's rows and projections). On a machine with two cores or more, a
reader process does the first while this process does the second; each chunk of staged
changes comes over a pipe as one JSON array, which orjson reads in one call.

    python -m unionstation.county.reader      (stdin: a header line, then the batch)
    frame = kind (C chunk, E refusal, D done) | 4-byte big-endian length | body

- Small batches (under READER_MIN_CHANGES) are read in this process: starting a reader
  costs about 0.3 s, which only pays back on tens of thousands of changes.
- A damaged batch is refused with the same message either way: the reader sends its
  DamagedFile, TooLarge or WrongKey and this process raises it, inside the import's
  transaction.
- If the reader cannot start, or stops without a word (killed, out of memory, a bug), the
  rest of the batch is read here, from where the reader got to; the import never depends
  on it.
- The pipe is bounded (on Linux widened to 1 MiB, about a chunk): the reader waits while
  this process is a chunk or two behind, so memory stays flat on both sides. The
  county's decryption key goes to the reader through its stdin, never through a file or
  its command line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import subprocess
import sys
import weakref
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from unionstation.county.staging import Staged, stage, validate
from unionstation.sync.batch import iter_batch
from unionstation.sync.errors import DamagedFile, SyncError, TooLarge, WrongKey

READER_MIN_CHANGES = 20_000
log = logging.getLogger(__name__)
_FRAME = struct.Struct(">cI")
_PIPE_BYTES = 1 << 20
_REFUSALS: dict[str, type[SyncError]] = {
    kind.__name__: kind for kind in (DamagedFile, TooLarge, WrongKey)}
_INT64 = (-(2**63), 2**63 - 1)
# The last reader's own peak memory (MB), as it reported at its end: for the log and
# bench/sync_stream.py, which measures each process by its own peak.
last_peak_rss_mb: float | None = None


def local_chunks(data: bytes, key: X25519PrivateKey, chunk: int,
                 entities: frozenset[str]) -> Iterator[list[Staged]]:
    """The batch's changes, decrypted, staged and validated, `chunk` at a time, here."""
    lines = iter_batch(data, key)
    before = 0
    while part := list(islice(lines, chunk)):
        staged = stage(part, before)
        validate(staged, entities)
        before += len(part)
        yield staged


def read_chunks(data: bytes, key: X25519PrivateKey, *, changes: int, chunk: int,
                entities: frozenset[str], parsed: frozenset[str]) -> Iterator[list[Staged]]:
    """local_chunks' chunks, from a reader process when the batch is large enough.
    `parsed`: the entities whose data this process reads (the others keep only the
    text, and read it if they need to). The reader starts now, so that it reads while
    the caller gets ready to write."""
    if (changes < READER_MIN_CHANGES or (os.cpu_count() or 1) < 2
            or getattr(sys, "frozen", False)):  # a frozen program has no `-m` to run
        return local_chunks(data, key, chunk, entities)
    try:
        reader = _Reader(data, key, chunk, entities, parsed)
    except OSError as exc:
        log.warning("no batch reader process (%s): the batch is read in this one",
                    type(exc).__name__)
        return local_chunks(data, key, chunk, entities)
    return _from_reader(reader, data, key, chunk, entities)


def _from_reader(reader: _Reader, data: bytes, key: X25519PrivateKey, chunk: int,
                 entities: frozenset[str]) -> Iterator[list[Staged]]:
    done = 0
    with reader:
        for staged in reader.chunks():
            done += 1
            yield staged
        if reader.finished:
            return
    log.warning("the batch reader process stopped after %d chunks (exit code %s): "
                "the rest is read in this one", done, reader.returncode)
    yield from islice(local_chunks(data, key, chunk, entities), done, None)


class _Reader:
    """The reader process, from its start to its end."""

    def __init__(self, data: bytes, key: X25519PrivateKey, chunk: int,
                 entities: frozenset[str], parsed: frozenset[str]) -> None:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes
        self.finished = False
        self._process = subprocess.Popen(
            _command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, creationflags=flags)
        # Stopped by close(), or when this object goes (an import that failed before it
        # read a chunk): a reader left blocked on a full pipe would wait for ever.
        self._stop = weakref.finalize(self, _stop, self._process)
        _widen(self._process.stdout)
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        header = {"key": raw.hex(), "chunk": chunk, "entities": sorted(entities),
                  "parsed": sorted(parsed), "size": len(data)}
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(orjson.dumps(header) + b"\n")
            stdin.write(data)
            stdin.close()
        except OSError:  # it stopped at once: read_chunks reads here instead
            self.close()
            raise

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop()

    @property
    def returncode(self) -> int | None:
        return self._process.returncode

    def chunks(self) -> Iterator[list[Staged]]:
        """Chunks as they come; a refusal raised; ends quietly if the reader stops."""
        stdout = self._process.stdout
        assert stdout is not None
        while (frame := _read_frame(stdout)) is not None:
            kind, body = frame
            if kind == b"C":
                yield [_staged(row) for row in orjson.loads(body)]
            elif kind == b"E":
                refusal = orjson.loads(body)
                raise _REFUSALS[refusal["kind"]](refusal["message"])
            else:
                if kind == b"D":
                    global last_peak_rss_mb
                    self.finished = True
                    last_peak_rss_mb = orjson.loads(body)["peak_rss_mb"]
                return


def _command() -> list[str]:
    """This module, run by the same Python: on Windows its python.exe even when the window
    runs under pythonw.exe (which may give a child no standard streams; CREATE_NO_WINDOW
    keeps python.exe's console from showing)."""
    python = Path(sys.executable)
    console = python.with_name("python.exe")
    if python.name.lower() == "pythonw.exe" and console.is_file():
        python = console
    return [str(python), "-m", __name__]


def _widen(pipe: IO[bytes] | None) -> None:
    """Linux: the pipe holds a whole chunk (1 MiB, not 64 KiB), so a chunk crosses it in
    a few writes, not sixteen wake-ups of each process."""
    try:
        import fcntl
    except ImportError:  # Windows: its pipes stay as they are
        return
    size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if pipe is not None and size is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe.fileno(), size, _PIPE_BYTES)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


def _staged(row: list[Any]) -> Staged:
    if row[11] is not None:  # (code, reason) came as a JSON array
        row[11] = tuple(row[11])
    return Staged(*row)


def _read_frame(stream: IO[bytes]) -> tuple[bytes, bytes] | None:
    head = stream.read(_FRAME.size)
    if len(head) < _FRAME.size:
        return None
    kind, length = _FRAME.unpack(head)
    body = stream.read(length)
    return (kind, body) if len(body) == length else None


def _row(change: Staged, parsed: frozenset[str]) -> list[Any]:
    """A staged change as the reader sends it: Staged's fields in order, its data as JSON
    for the entities in `parsed` when orjson reads it back alike (no float, no integer
    past 64 bits), else nothing (it is read from data_json where needed)."""
    data = change.parsed
    exact = change.entity in parsed and data is not None and _alike(data)
    return [change.seq, change.change_id, change.entity, change.entity_id, change.version,
            change.base_version, change.op, change.officer, change.created_at,
            change.content_sha256, change.data_json, change.rejected,
            orjson.Fragment(change.data_json) if exact else None]


def _alike(value: Any) -> bool:
    kind = type(value)
    if kind is dict:
        return all(map(_alike, value.values()))
    if kind is list:
        return all(map(_alike, value))
    if kind is int:
        return bool(_INT64[0] <= value <= _INT64[1])
    return kind is str or kind is bool or value is None


def _serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    header = orjson.loads(stdin.readline())
    data = stdin.read(header["size"])  # its size known: read once, not held twice
    stdin.close()
    if len(data) < header["size"]:
        return  # the importer stopped sending: it reads the batch itself
    key = X25519PrivateKey.from_private_bytes(bytes.fromhex(header["key"]))
    entities, parsed = frozenset(header["entities"]), frozenset(header["parsed"])

    def send(kind: bytes, body: bytes) -> None:
        stdout.write(_FRAME.pack(kind, len(body)))
        stdout.write(body)
        stdout.flush()

    try:
        for staged in local_chunks(data, key, header["chunk"], entities):
            send(b"C", orjson.dumps([_row(change, parsed) for change in staged]))
    except (DamagedFile, TooLarge, WrongKey) as exc:
        send(b"E", orjson.dumps({"kind": type(exc).__name__, "message": exc.message}))
        return
    send(b"D", orjson.dumps({"peak_rss_mb": _peak_rss_mb()}))


def _peak_rss_mb() -> float | None:
    """This process's peak RSS (VmHWM) where the system tells it (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):  # the importer stopped reading: nothing to do
        _serve(sys.stdin.buffer, sys.stdout.buffer)
