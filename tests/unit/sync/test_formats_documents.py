"""The enrolment and station-key files: round trips, and forgeries refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from unionstation.sync.container import (
    MAGIC_ENROLMENT,
    MAGIC_STATION_KEY,
    pack,
    unpack,
)
from unionstation.sync.documents import (
    Enrolment,
    StationKeyFile,
    enrolment_file_name,
    read_enrolment,
    read_station_key,
    station_key_file_name,
    write_enrolment,
    write_station_key,
)
from unionstation.sync.errors import BadSignature, DamagedFile, SyncError
from unionstation.sync.keys import (
    b64,
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
    key_id,
    raw_public_key,
)

COUNTY_SIGNING = generate_signing_key()
COUNTY_ENCRYPTION = generate_encryption_key()
STATION = generate_signing_key()
WHEN = datetime(2025, 2, 1, 10, 0, tzinfo=UTC)
ENROLMENT = Enrolment(
    county_code="330106", county_name="西湖区总工会", station_code="330106001",
    station_name="北山街道总工会",
    encryption_public_key=raw_public_key(COUNTY_ENCRYPTION.public_key()),
    signing_public_key=raw_public_key(COUNTY_SIGNING.public_key()), issued_at=WHEN,
)
KEY_FILE = StationKeyFile(station_code="330106001", station_name="北山街道总工会",
                          public_key=raw_public_key(STATION.public_key()), created_at=WHEN)


def test_enrolment_round_trip() -> None:
    data = write_enrolment(ENROLMENT, COUNTY_SIGNING)
    assert read_enrolment(data) == ENROLMENT
    assert ENROLMENT.signing_key_id == key_id(ENROLMENT.signing_public_key)
    assert ENROLMENT.encryption_key_id == key_id(ENROLMENT.encryption_public_key)
    assert ENROLMENT.signing_fingerprint == fingerprint(ENROLMENT.signing_public_key)
    assert enrolment_file_name("330106001") == "US1ENROL_330106001.enrol"


def test_station_key_round_trip() -> None:
    data = write_station_key(KEY_FILE, STATION)
    assert read_station_key(data) == KEY_FILE
    assert KEY_FILE.key_id == key_id(KEY_FILE.public_key)
    assert KEY_FILE.fingerprint == fingerprint(KEY_FILE.public_key)
    assert station_key_file_name("330106001") == "US1KEY_330106001.key"


def test_writers_refuse_a_key_that_is_not_the_documents() -> None:
    with pytest.raises(ValueError):
        write_enrolment(ENROLMENT, generate_signing_key())
    with pytest.raises(ValueError):
        write_station_key(KEY_FILE, generate_signing_key())


def _header(data: bytes, magic: bytes) -> dict[str, object]:
    return dict(unpack(data, magic).header)


def test_forged_enrolment_with_key_ids_not_matching() -> None:
    """A forger swaps in an encryption key of their own but keeps the county's key id."""
    forger = generate_signing_key()
    header = _header(write_enrolment(ENROLMENT, COUNTY_SIGNING), MAGIC_ENROLMENT)
    header["encryption_public_key"] = b64(raw_public_key(generate_encryption_key().public_key()))
    with pytest.raises(BadSignature, match="编号"):
        read_enrolment(pack(MAGIC_ENROLMENT, header, COUNTY_SIGNING))
    # ... or signs with their own key while claiming the county's signing key id.
    header = _header(write_enrolment(ENROLMENT, COUNTY_SIGNING), MAGIC_ENROLMENT)
    header["signing_public_key"] = b64(raw_public_key(forger.public_key()))
    with pytest.raises(BadSignature, match="编号"):
        read_enrolment(pack(MAGIC_ENROLMENT, header, forger))


def test_tampered_enrolment() -> None:
    data = write_enrolment(ENROLMENT, COUNTY_SIGNING)
    renamed = data.replace("北山街道".encode(), "南山街道".encode())
    with pytest.raises(BadSignature, match="签名不符:此登记文件不是由县总工会的密钥签发的"):
        read_enrolment(renamed)
    with pytest.raises(SyncError):
        read_enrolment(data + b"\0")
    with pytest.raises(SyncError):
        read_enrolment(data[:-1])


def test_forged_station_key() -> None:
    header = _header(write_station_key(KEY_FILE, STATION), MAGIC_STATION_KEY)
    header["public_key"] = b64(raw_public_key(generate_signing_key().public_key()))
    with pytest.raises(BadSignature, match="编号"):
        read_station_key(pack(MAGIC_STATION_KEY, header, STATION))
    data = write_station_key(KEY_FILE, STATION).replace(b"330106001", b"330106002")
    with pytest.raises(BadSignature):
        read_station_key(data)


def test_the_wrong_document_is_named() -> None:
    with pytest.raises(DamagedFile, match="这是一份站点公钥文件,不是登记文件"):
        read_enrolment(write_station_key(KEY_FILE, STATION))
    with pytest.raises(DamagedFile, match="这是一份登记文件,不是站点公钥文件"):
        read_station_key(write_enrolment(ENROLMENT, COUNTY_SIGNING))


@pytest.mark.parametrize(("edit", "message"), [
    ({"format": 2}, "格式版本 2"),
    ({"kind": "ack"}, "kind"),
    ({"extra": 1}, "未知字段 extra"),
    ({"issued_at": "2025-02-01 10:00"}, "issued_at"),
    ({"station_code": "a/b"}, "station_code"),
    ({"signing_public_key": "!!"}, "公钥"),
])
def test_malformed_enrolment_fields(edit: dict[str, object], message: str) -> None:
    header = _header(write_enrolment(ENROLMENT, COUNTY_SIGNING), MAGIC_ENROLMENT)
    header.update(edit)
    with pytest.raises(SyncError, match=message):
        read_enrolment(pack(MAGIC_ENROLMENT, header, COUNTY_SIGNING))
