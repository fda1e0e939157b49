"""A refused batch changes nothing but an alert, and says why; all before decrypting."""

from __future__ import annotations

import pytest

from tests.unit.county.batches import TestStation, county_state, pair, station_key_file
from unionstation.county import reader
from unionstation.county.service import County
from unionstation.services.runtime import StationRuntime
from unionstation.sync.batch import MAX_FILE_BYTES
from unionstation.sync.keys import generate_encryption_key, generate_signing_key


@pytest.fixture
def no_decrypting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refusals by station, key or signature must come before any decryption."""
    def refuse(*_args: object) -> None:
        raise AssertionError("decrypted a batch that should have been refused first")

    monkeypatch.setattr(reader, "iter_batch", refuse)  # where intake's reading starts


def refused(county: County, data: bytes, code: str) -> str:
    before = county_state(county)
    alerts = len(county.alerts())
    outcome = county.import_batch(data, source="stick/x.usb")
    assert (outcome.status, outcome.code) == ("refused", code), outcome.reason
    assert outcome.ack is None and outcome.ack_name is None and outcome.reason
    assert county_state(county) == before
    new_alerts = county.alerts()
    assert len(new_alerts) == alerts + 1 and new_alerts[0].kind == code
    return outcome.reason


def test_a_station_never_enrolled_is_refused(county: County, station: TestStation,
                                             no_decrypting: None) -> None:
    stranger = TestStation("S99", station.runtime, generate_signing_key(), station.county_key)
    assert "S99" in refused(county, stranger.batch(), "unknown_station")


def test_a_key_never_registered_is_refused(county: County, station: TestStation,
                                          no_decrypting: None) -> None:
    data = station.batch(signing_key=generate_signing_key())
    assert "没有在县总工会登记" in refused(county, data, "unknown_key")


def test_a_key_of_another_station_is_refused(county: County, runtime: StationRuntime,
                                             no_decrypting: None) -> None:
    first = pair(county, runtime, "S01")
    second = pair(county, runtime, "S02")
    data = first.batch(signing_key=second.signing_key)
    refused(county, data, "unknown_key")


def test_a_revoked_key_is_refused(county: County, station: TestStation,
                                  no_decrypting: None) -> None:
    assert county.revoke_key("S01") == 1
    assert "吊销" in refused(county, station.batch(), "revoked_key")


def test_a_bad_signature_is_refused(county: County, station: TestStation,
                                    no_decrypting: None) -> None:
    data = bytearray(station.batch())
    data[-1] ^= 0x01  # the payload's hash is what the station signed
    refused(county, bytes(data), "bad_signature")


def test_a_batch_for_another_county_is_refused(county: County, station: TestStation) -> None:
    data = station.batch(county_key=generate_encryption_key().public_key())
    refused(county, data, "wrong_key")


def test_a_truncated_file_is_refused(county: County, station: TestStation) -> None:
    data = station.batch()
    refused(county, data[:40], "damaged")
    refused(county, b"", "damaged")


def test_a_file_over_the_limit_is_refused_before_anything_else(
        county: County, station: TestStation, no_decrypting: None) -> None:
    refused(county, station.batch() + b"\0" * MAX_FILE_BYTES, "too_large")


def test_a_refused_batch_changes_nothing_after_good_ones(county: County,
                                                         station: TestStation) -> None:
    good = station.batch()
    assert county.import_batch(good).status == "applied"
    data = bytearray(good)
    data[len(data) // 2] ^= 0xFF
    refused(county, bytes(data), "bad_signature")
    assert county.import_batch(good).status == "duplicate"


def test_a_key_revoked_while_a_batch_waits_refuses_it_on_release(
        county: County, station: TestStation) -> None:
    first_through = 3
    parked = station.batch(after=first_through)
    first = station.batch(through=first_through)
    assert county.import_batch(parked).status == "parked"
    county.revoke_key("S01")
    new_key = generate_signing_key()
    county.register_station_key(station_key_file("S01", "测试街道总工会", new_key))

    outcome = county.import_batch(station.batch(through=first_through, signing_key=new_key))

    assert outcome.status == "applied"
    assert [(r.status, r.code) for r in outcome.released] == [("refused", "revoked_key")]
    assert county.stations()[0].parked == 0
    assert first  # the old key's first batch would be refused too
    assert county.import_batch(first).code == "revoked_key"
