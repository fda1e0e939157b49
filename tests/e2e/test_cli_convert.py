"""`unionstation convert --admin`: the previous release's plain station, encrypted."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "plain_station" / "station"
ENV = {"UNIONSTATION_USER": "wang", "UNIONSTATION_PASSWORD": "Strong-pass-2026"}


def test_convert_encrypts_checks_and_deletes_the_plain_copies(tmp_path: Path) -> None:
    home = tmp_path / "station"
    shutil.copytree(FIXTURE, home)
    result = as_json(cli("--json", "convert", "--admin", "wang", "--recovery-sheet",
                         str(tmp_path / "sheet.pdf"), home=home, env=ENV))
    assert result["converted"] is True and result["rows"] > 800
    assert result["photos_sealed"] == 1
    assert "固态硬盘" in result["notice"] and result["recovery_code"]
    assert "unionstation-2026-12-04.db" in result["deleted"]
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert not list(home.rglob("*.jpg")) and not (home / "unionstation.db.plain").exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(home / "unionstation.db").execute("SELECT * FROM member").fetchall()
    check = as_json(cli("--json", "check", home=home, env=ENV))
    assert check["encrypted"] is True and check["members_active"] == 59

    again = cli("convert", "--admin", "wang", home=home, env=ENV)
    assert again.returncode == 1 and "没有需要转换" in again.stderr


def test_station_and_county_converted_and_sync_goes_on_where_it_stopped(
        tmp_path: Path) -> None:
    world = tmp_path / "world"
    shutil.copytree(FIXTURE.parent, world)
    station, county = world / "station", world / "county"
    county_env = {"UNIONSTATION_USER": "cadmin", "UNIONSTATION_PASSWORD": "County-pass-2026"}
    assert cli("convert", "--admin", "wang", home=station, env=ENV).returncode == 0
    converted = as_json(cli("--json", "county", "convert", "--admin", "cadmin",
                            home=county, env=county_env))
    assert converted["converted"] is True and converted["rows"] > 0
    assert not (county / "county.db.plain").exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(county / "county.db").execute("SELECT * FROM sqlite_master").fetchall()
    stations = as_json(cli("--json", "county", "stations", home=county, env=county_env))
    assert [s["applied_through"] for s in stations["stations"]] == [192]

    before = as_json(cli("--json", "sync", "status", home=station, env=ENV))
    assert before["acknowledged_through"] == 192 and before["pending"] > 0
    stick, acks = tmp_path / "stick", tmp_path / "acks"
    stick.mkdir()
    exported = as_json(cli("--json", "sync", "export", "--to", str(stick), home=station,
                           env=ENV))
    assert exported["from_seq"] == 193
    imported = as_json(cli("--json", "county", "import", str(stick), "--acks-to", str(acks),
                           home=county, env=county_env))
    assert imported["applied"] == 1 and imported["refused"] == []
    ack = next(acks.iterdir())
    assert cli("sync", "ack", str(ack), home=station, env=ENV).returncode == 0
    after = as_json(cli("--json", "sync", "status", home=station, env=ENV))
    assert after["acknowledged_through"] == exported["to_seq"] and after["pending"] == 0
