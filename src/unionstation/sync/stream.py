"""Format 2 batch payloads, sealed and opened in chunks so no batch is ever whole in memory.

    payload = HPKE(county key, info=header) of a random 32-byte content key (80 bytes)
              | frame | frame | ...
    frame   = 4-byte big-endian length | AES-256-GCM(content key, nonce, chunk)
    nonce   = 11-byte big-endian chunk counter | 1 if this is the last chunk else 0

The chunks are the gzip stream cut every CHUNK_BYTES. The counter keeps the chunks in
order and the last-chunk flag makes a stream cut at a frame boundary fail (the "STREAM"
construction of Hoang, Reyhanitabar, Rogaway and Vizár); the content key is bound to the
header through HPKE's `info`, and the station's signature covers the header and the SHA-256
of the whole payload, which the county checks before a chunk is opened.

Lines come out one by one, each checked (keys, types, consecutive change_seq) as it is
read; a problem anywhere raises DamagedFile from wherever the reader got to, so the county
applies inside one transaction that such an error rolls back.
"""

from __future__ import annotations

import os
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from unionstation.sync.canonical import LINE_DECODER
from unionstation.sync.container import MAGIC_BATCH, damaged, kind_name
from unionstation.sync.errors import TooLarge

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
CHUNK_BYTES = 1 << 20
KEY_BLOCK = 32 + 32 + 16  # encapsulated key, content key, tag
_TAG = 16
_FRAME = struct.Struct(">I")
_MiB = 1 << 20
_INFLATE_STEP = 1 << 20


_LINE_KEYS = frozenset({
    "change_id", "change_seq", "entity", "entity_id", "version", "base_version", "op",
    "officer", "created_at", "data",
})
_TEXT_KEYS = ("entity", "op", "officer", "created_at")
_OPS = frozenset({"upsert", "delete"})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")



def line_problem(change: Any, seq: int) -> str | None:
    """What is wrong with one change line that should carry change_seq `seq`, if anything."""
    try:  # a good line, told at once (this runs for every line of every batch)
        if (change.keys() == _LINE_KEYS and type(change["change_seq"]) is int
                and change["change_seq"] == seq
                and type(change["change_id"]) is str and _UUID.fullmatch(change["change_id"])
                and type(change["entity_id"]) is str and _UUID.fullmatch(change["entity_id"])
                and type(change["entity"]) is str and type(change["officer"]) is str
                and type(change["created_at"]) is str and type(change["version"]) is int
                and type(change["base_version"]) is int and change["op"] in _OPS
                and type(change["data"]) is dict):
            return None
    except (AttributeError, TypeError):  # not an object, or an unhashable op
        pass
    return _problem(change, seq)


def _problem(change: Any, seq: int) -> str | None:
    """line_problem's answer, check by check."""
    if not isinstance(change, dict):
        return "不是 JSON 对象"
    if change.keys() != _LINE_KEYS:
        missing = sorted(_LINE_KEYS - change.keys())
        return f"缺少字段 {', '.join(missing)}" if missing else "含有多余字段"
    found = change["change_seq"]
    if type(found) is not int:
        return "的 change_seq 不是整数"
    if found != seq:
        return f"的变更序号不连续:应为 {seq},实为 {found}"
    for name in ("change_id", "entity_id"):
        value = change[name]
        if not isinstance(value, str) or not _UUID.fullmatch(value):
            return f"的 {name} 不是 UUID"
    for name in _TEXT_KEYS:
        if not isinstance(change[name], str):
            return f"的 {name} 不是文字"
    if type(change["version"]) is not int or type(change["base_version"]) is not int:
        return "的版本号不是整数"
    if change["op"] not in _OPS:
        return f"的操作 {change['op'][:20]!r} 不是 upsert 或 delete"
    if not isinstance(change["data"], dict):
        return "的 data 不是 JSON 对象"
    return None



def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class ChunkSealer:
    """Encrypts a byte stream chunk by chunk, handing each frame to `sink`."""

    def __init__(self, county_key: X25519PublicKey | None, info: bytes,
                 sink: Callable[[bytes], None], *, content_key: bytes | None = None) -> None:
        """With `county_key`, a random content key is sealed to it as the first block;
        without (a re-base file, whose header wraps the key), `content_key` is used."""
        key = content_key if content_key is not None else os.urandom(32)
        self._aead = AESGCM(key)
        self._sink = sink
        self._buffer = bytearray()
        self._counter = 0
        if county_key is not None:
            sink(SUITE.encrypt(key, county_key, info=info))

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > CHUNK_BYTES:  # the last chunk is kept for close()
            self._emit(bytes(self._buffer[:CHUNK_BYTES]), last=False)
            del self._buffer[:CHUNK_BYTES]

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._counter, last), chunk, None)
        self._counter += 1
        self._sink(_FRAME.pack(len(sealed)) + sealed)


def open_chunks(payload: bytes | memoryview, county_key: X25519PrivateKey,
                info: bytes) -> Iterator[bytes]:
    """The plaintext chunks of a format-2 payload, in order; DamagedFile on any fault."""
    view = memoryview(payload)
    if len(view) < KEY_BLOCK + _FRAME.size + _TAG:
        raise damaged(MAGIC_BATCH, "加密内容不完整(被截断)")
    try:
        content_key = SUITE.decrypt(bytes(view[:KEY_BLOCK]), county_key, info=info)
    except (InvalidTag, ValueError):
        raise damaged(MAGIC_BATCH, "加密内容无法解开(文件被改动或不完整)") from None
    return open_frames(view[KEY_BLOCK:], content_key)


def open_frames(payload: bytes | memoryview, content_key: bytes, *,
                magic: bytes = MAGIC_BATCH) -> Iterator[bytes]:
    """The chunks of frames sealed under `content_key` (no key block), in order."""
    view = memoryview(payload)
    if len(view) < _FRAME.size + _TAG:
        raise damaged(magic, "加密内容不完整(被截断)")
    return _frames(view, AESGCM(content_key), magic)


def _frames(view: memoryview, aead: AESGCM, magic: bytes) -> Iterator[bytes]:
    offset, counter, end_of_payload = 0, 0, len(view)
    while True:
        if offset + _FRAME.size > end_of_payload:
            raise damaged(magic, "加密内容不完整(被截断)")
        (length,) = _FRAME.unpack_from(view, offset)
        start, end = offset + _FRAME.size, offset + _FRAME.size + length
        if not _TAG <= length <= CHUNK_BYTES + _TAG:
            raise damaged(magic, f"第 {counter + 1} 段加密内容的长度不合理")
        if end > end_of_payload:
            raise damaged(magic, "加密内容不完整(被截断)")
        last = end == end_of_payload
        try:
            chunk = aead.decrypt(_nonce(counter, last), bytes(view[start:end]), None)
        except InvalidTag:
            raise damaged(magic, f"第 {counter + 1} 段加密内容无法解开"
                          "(文件被改动、截断或拼接过)") from None
        yield chunk
        if last:
            return
        offset, counter = end, counter + 1


def inflate(chunks: Iterable[bytes], limit: int, *,
            magic: bytes = MAGIC_BATCH) -> Iterator[bytes]:
    """Gunzip a stream in bounded steps; a gzip bomb is refused at `limit` bytes out."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    total = 0
    try:
        for chunk in chunks:
            for start in range(0, len(chunk), _MiB):
                if inflater.eof:
                    raise damaged(magic, "压缩内容之后有多余数据")
                pending: bytes = chunk[start:start + _MiB]
                while True:
                    piece = inflater.decompress(pending, _INFLATE_STEP)
                    pending = inflater.unconsumed_tail
                    total += len(piece)
                    if total > limit:
                        raise TooLarge(f"{kind_name(magic)}解压后超过 {limit // _MiB} MiB 的上限"
                                       "(可能是恶意构造的文件),未作处理。")
                    if piece:
                        yield piece
                    if inflater.eof or (not pending and len(piece) < _INFLATE_STEP):
                        break
                if inflater.unused_data or pending:
                    raise damaged(magic, "压缩内容之后有多余数据")
    except zlib.error:
        raise damaged(magic, "压缩内容已损坏") from None
    if not inflater.eof:
        raise damaged(magic, "压缩内容不完整")


LineCheck = Callable[[Any, int], "str | None"]


def iter_lines(pieces: Iterable[bytes], first: int, count: int, problem_of: LineCheck,
               *, magic: bytes = MAGIC_BATCH) -> Iterator[Any]:
    """The change lines of decompressed pieces, each parsed and checked as it comes."""
    number = 0
    tail = b""
    for piece in pieces:
        rows = (tail + piece).split(b"\n") if tail else piece.split(b"\n")
        tail = rows.pop()
        for row in rows:
            if number >= count:
                raise damaged(magic, f"内容多于文件头写的 {count} 条变更")
            yield _parse(row, number, first, problem_of, magic)
            number += 1
    if tail:
        raise damaged(magic, "内容不完整(最后一行没有结束)")
    if number != count:
        raise damaged(magic, f"内容有 {number} 行,文件头写的是 {count} 条变更")


def _holds_float(value: Any) -> bool:
    """Whether orjson read a number as a float somewhere in `value`: one with a fraction
    or an exponent, or an integer past 64 bits. json reads that line instead (floats as
    ParsedFloat, big integers as they are), so that it hashes as canonical_json writes it.
    (A search of the line's bytes for such a number costs more than json's whole read:
    every line's timestamps hold "13.76", and a scan that skips strings is slow in re.)"""
    kind = type(value)
    if kind is dict:
        values: Any = value.values()
    elif kind is list:
        values = value
    else:
        return kind is float
    for item in values:
        kind = type(item)
        if kind is float or ((kind is dict or kind is list) and _holds_float(item)):
            return True
    return False


def _parse(row: bytes, number: int, first: int, problem_of: LineCheck,
           magic: bytes = MAGIC_BATCH) -> dict[str, Any]:
    try:
        change: Any = orjson.loads(row)
    except orjson.JSONDecodeError:  # the slow way says what is wrong
        change = None
    if change is None or _holds_float(change):  # None: not read (JSON null reads slowly)
        change = _parse_slowly(row, number, magic)
    problem = problem_of(change, first + number)
    if problem:
        raise damaged(magic, f"第 {number + 1} 行变更{problem}")
    return change  # type: ignore[no-any-return]


def _parse_slowly(row: bytes, number: int, magic: bytes) -> Any:
    try:
        text = row.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(magic, f"第 {number + 1} 行内容不是 UTF-8 文字") from None
    try:
        return LINE_DECODER.decode(text)
    except (ValueError, RecursionError):
        raise damaged(magic, f"第 {number + 1} 行无法解析") from None
