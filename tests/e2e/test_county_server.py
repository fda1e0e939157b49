"""The county receiver for real: the Starlette app under uvicorn on 127.0.0.1, spoken to over
HTTP, on a SQLite store and on a throwaway PostgreSQL server."""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from tests.factories import make_id_number
from tests.postgres import fresh_database
from tests.receiver import running_receiver
from unionstation.county import server as county_server
from unionstation.county.home import CountyHome
from unionstation.county.service import init_county, open_county
from unionstation.domain.idnumber import masked
from unionstation.sync.ack import read_ack
from unionstation.sync.batch import write_batch
from unionstation.sync.documents import StationKeyFile, read_enrolment, write_station_key
from unionstation.sync.keys import generate_signing_key, raw_public_key
from unionstation.sync.transport_http import BatchRefused, TransportOffline, health, put_batch

COUNTY = "330106"
STATION = "330106001"
ZHANG = make_id_number("330106", date(1985, 5, 20), 101)
LI = make_id_number("330106", date(1990, 1, 2), 102)


@dataclass
class World:
    home: CountyHome
    db_url: str | None
    url: str
    station_key: Ed25519PrivateKey
    county_encryption: X25519PublicKey
    county_signing: Ed25519PublicKey


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    db_url = None
    if request.param == "postgresql":
        db_url = fresh_database(request.getfixturevalue("postgres_server"))
    home = CountyHome(tmp_path_factory.mktemp("county"))
    county = init_county(home, "测试县总工会", COUNTY, db_url=db_url)
    try:
        enrolment = read_enrolment(county.enrol_station(STATION, "西湖街道总工会"))
        station_key = generate_signing_key()
        county.register_station_key(write_station_key(
            StationKeyFile(station_code=STATION, station_name="西湖街道总工会",
                           public_key=raw_public_key(station_key.public_key()),
                           created_at=datetime.now(UTC)),
            station_key))
    finally:
        county.close()

    with running_receiver(home, db_url) as url:
        yield World(
            home=home, db_url=db_url, url=url, station_key=station_key,
            county_encryption=X25519PublicKey.from_public_bytes(
                enrolment.encryption_public_key),
            county_signing=Ed25519PublicKey.from_public_bytes(enrolment.signing_public_key))


# ------------------------------------------------------------------ helpers


def change(seq: int, entity: str, entity_id: uuid.UUID, data: dict[str, Any],
           version: int = 1) -> dict[str, Any]:
    return {
        "change_id": str(uuid.uuid5(entity_id, f"{seq}")),
        "change_seq": seq,
        "entity": entity,
        "entity_id": str(entity_id),
        "version": version,
        "base_version": version - 1,
        "op": "upsert",
        "officer": "王干事",
        "created_at": "2026-05-01T08:00:00+00:00",
        "data": {"id": str(entity_id), **data},
    }


UNION_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")
ZHANG_ID = uuid.UUID("00000000-0000-4000-8000-000000000002")
LI_ID = uuid.UUID("00000000-0000-4000-8000-000000000003")


def member_data(name: str, id_number: str) -> dict[str, Any]:
    return {"name": name, "id_number": id_number, "gender": "M", "status": "active",
            "joined_on": "2026-03-01", "grassroots_union_id": str(UNION_ID),
            "migrant_worker": False, "priority_group": None, "employer": "",
            "transfer_in_from": "", "deleted_at": None}


def batch(world: World, changes: Sequence[dict[str, Any]],
          key: Ed25519PrivateKey | None = None, station: str = STATION) -> bytes:
    return write_batch(
        changes, station_code=station, batch_id=uuid.uuid4(), previous_batch_sha256=None,
        signing_key=key or world.station_key, county_public_key=world.county_encryption,
        created_at=datetime.now(UTC))


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    retry_after: str | None = None

    def json(self) -> Any:
        assert self.content_type.startswith("application/json")
        return json.loads(self.body)


def request(world: World, method: str, path: str, body: bytes | None = None) -> Answer:
    req = urllib.request.Request(world.url + path, data=body, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return Answer(response.status, response.headers.get("Content-Type", ""),
                          response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return Answer(exc.code, exc.headers.get("Content-Type", ""), exc.read(),
                          exc.headers.get("Retry-After"))


def put(world: World, data: bytes, station: str = STATION, sha: str | None = None) -> Answer:
    digest = hashlib.sha256(data).hexdigest() if sha is None else sha
    return request(world, "PUT", f"/v1/batches/{station}/{digest}", data)


# ------------------------------------------------------------------ tests


def test_health(world: World) -> None:
    answer = request(world, "GET", "/v1/health")
    assert answer.status == 200
    assert answer.json() == {"status": "ok", "county": COUNTY,
                             "uploads": {"in_use": 0, "slots": county_server.UPLOAD_SLOTS}}
    assert health(world.url) is True


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/", 404),
    ("GET", "/v1/batches", 404),
    ("GET", "/docs", 404),
    ("PUT", "/v1/batches/330106001", 404),
    ("GET", f"/v1/batches/{STATION}/{'0' * 64}", 405),
    ("POST", f"/v1/batches/{STATION}/{'0' * 64}", 405),
    ("DELETE", "/v1/health", 405),
    ("HEAD", "/v1/health", 405),
    ("PUT", "/v1/health", 405),
    ("GET", "/v1/health/", 404),
    ("PUT", f"/v1/batches/{STATION}/{'0' * 64}/", 404),
])
def test_no_other_way_in(world: World, method: str, path: str, status: int) -> None:
    answer = request(world, method, path, b"x" if method in ("PUT", "POST") else None)
    assert answer.status == status
    if method != "HEAD":
        assert set(answer.json()) == {"error", "reason"}


def test_a_trailing_slash_is_not_redirected(world: World) -> None:
    """No 307 whose Location is built from the request's Host header."""
    host, port = world.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request("GET", "/v1/health/", headers={"Host": "evil.example"})
        response = connection.getresponse()
        assert response.status == 404
        assert response.getheader("Location") is None
        assert json.loads(response.read())["error"] == "not_found"
    finally:
        connection.close()


def test_a_body_whose_hash_differs_is_refused(world: World) -> None:
    data = batch(world, [change(1, "grassroots_union", UNION_ID, {"name": "机关工会"})])
    answer = put(world, data, sha=hashlib.sha256(data + b"x").hexdigest())
    assert answer.status == 400
    assert answer.json()["error"] == "bad_hash"

    for bad in ("A" * 64, "0" * 63, "g" * 64, hashlib.sha256(data).hexdigest().upper()):
        answer = put(world, data, sha=bad)
        assert (answer.status, answer.json()["error"]) == (400, "bad_hash")


def test_a_body_over_the_limit_is_refused(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(county_server, "MAX_BODY_BYTES", 1000)
    data = b"\0" * 5000
    answer = put(world, data)  # Content-Length is declared: refused before reading
    assert answer.status == 413
    assert answer.json()["error"] == "too_large"

    # Chunked, without Content-Length: refused while streaming.
    host, port = world.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request("PUT", f"/v1/batches/{STATION}/{hashlib.sha256(data).hexdigest()}",
                           body=iter([data[i:i + 500] for i in range(0, len(data), 500)]),
                           encode_chunked=True)
        response = connection.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["error"] == "too_large"
    finally:
        connection.close()


def _start_put(world: World, path: str, length: int, body: bytes) -> socket.socket:
    """A PUT sent by hand: its headers and the first `body` bytes of `length`."""
    host, port = world.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=30)
    sock.sendall(f"PUT {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {length}\r\n"
                 "Connection: close\r\n\r\n".encode() + body)
    return sock


def _answer_status(sock: socket.socket) -> int:
    response = http.client.HTTPResponse(sock)
    try:
        response.begin()
        response.read()
        return response.status
    finally:
        response.close()


def test_a_third_upload_from_one_client_is_told_to_come_back(world: World) -> None:
    assert county_server.UPLOAD_SLOTS_PER_CLIENT == 2
    slow = [_start_put(world, f"/v1/batches/{STATION}/{'0' * 64}", 1000, b"x" * 100)
            for _ in range(2)]
    try:
        time.sleep(0.5)  # both are being read, each holding a slot
        assert request(world, "GET", "/v1/health").json()["uploads"]["in_use"] == 2
        garbage = b"not a batch at all"
        answer = put(world, garbage)
        assert answer.status == 503 and answer.json()["error"] == "busy"
        assert answer.retry_after == str(county_server.RETRY_AFTER_S)
        with pytest.raises(TransportOffline):  # the station tries again later
            put_batch(world.url, STATION, garbage)

        slow[0].sendall(b"x" * 900)  # the rest: a body whose hash is not the path's
        assert _answer_status(slow[0]) == 400
        assert put(world, garbage).status == 422  # a slot is free again: read, refused
    finally:
        for sock in slow:
            sock.close()


def test_a_trickling_body_is_cut_off(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(county_server, "BODY_GRACE_S", 0.5)
    started = time.monotonic()
    sock = _start_put(world, f"/v1/batches/{STATION}/{'0' * 64}", 1000, b"x")
    try:
        sock.settimeout(10)
        assert _answer_status(sock) == 408
        assert time.monotonic() - started < 5
    finally:
        sock.close()
    assert request(world, "GET", "/v1/health").json()["uploads"]["in_use"] == 0


def test_refused_batches_get_a_json_reason(world: World) -> None:
    garbage = b"not a batch at all"
    answer = put(world, garbage)
    assert answer.status == 422
    assert answer.json()["error"] == "damaged"

    good = batch(world, [change(1, "grassroots_union", UNION_ID, {"name": "机关工会"})])
    answer = put(world, good, station="330106999")
    assert (answer.status, answer.json()["error"]) == (400, "station_mismatch")

    stranger = batch(world, [change(1, "grassroots_union", UNION_ID, {"name": "机关工会"})],
                     key=generate_signing_key())
    answer = put(world, stranger)
    assert (answer.status, answer.json()["error"]) == (403, "unknown_key")
    assert answer.json()["reason"]

    with pytest.raises(BatchRefused) as caught:
        put_batch(world.url, STATION, stranger)
    assert (caught.value.code, caught.value.status) == ("unknown_key", 403)

    unknown_station = batch(world, [change(1, "grassroots_union", UNION_ID, {"name": "工会"})],
                            station="330106999")
    answer = put(world, unknown_station, station="330106999")
    assert (answer.status, answer.json()["error"]) == (403, "unknown_station")


def test_a_good_batch_gets_its_ack_and_a_repeat_the_same_bytes(world: World) -> None:
    first = batch(world, [
        change(1, "grassroots_union", UNION_ID, {"name": "西湖机关工会委员会",
                                                 "deleted_at": None}),
        change(2, "member", ZHANG_ID, member_data("张三", ZHANG)),
    ])

    answer = put(world, first)

    assert answer.status == 200
    assert answer.content_type == "application/octet-stream"
    ack = read_ack(answer.body, world.county_signing)
    assert (ack.station_code, ack.status, ack.applied_through_change_seq) == (STATION,
                                                                              "applied", 2)
    assert ack.batch_sha256 == hashlib.sha256(first).hexdigest()

    assert put(world, first).body == answer.body
    assert put_batch(world.url, STATION, first) == answer.body

    # A batch with a gap before it is parked, and still answered with an ack.
    later = batch(world, [change(4, "member", LI_ID, member_data("李四", LI))])
    parked = put(world, later)
    assert parked.status == 200
    assert read_ack(parked.body, world.county_signing).status == "parked"

    # The same change_seq with different content: refused whole, with a reason.
    forged = batch(world, [change(2, "member", ZHANG_ID, member_data("张叁", ZHANG))])
    answer = put(world, forged)
    assert (answer.status, answer.json()["error"]) == (409, "conflicting_duplicate")

    county = open_county(world.home, world.db_url)
    try:
        total, rows = county.members()
        assert total == 1
        assert (rows[0].station, rows[0].name, rows[0].id_number_masked,
                rows[0].union_name) == (STATION, "张三", masked(ZHANG), "西湖机关工会委员会")
    finally:
        county.close()

