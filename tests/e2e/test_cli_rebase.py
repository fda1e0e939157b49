"""Restore with the county, as officers run it (issue 13, point 4): `county rebase
STATION_CODE --out FILE` and `sync rebase FILE` → {"records", "members", "resumed_at"}."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli
from tests.factories import make_id_number

STATION_CODE = "330106001"  # the demo station's code
CODE_ENV = "UNIONSTATION_REBASE_CODE"


@pytest.fixture
def paired(tmp_path: Path) -> tuple[Path, Path, Path]:
    station, county = tmp_path / "station", tmp_path / "county"
    assert cli("demo", "--members", "5", "--seed", "3", home=station).returncode == 0
    made = cli("county", "init", "--name", "测试县总工会", "--code", "330106", "--admin",
               "cadmin", home=county)
    assert made.returncode == 0, made.stderr
    enrolment, key = tmp_path / "enrol.enrol", tmp_path / "station.key"
    assert cli("county", "enrol", "--station-code", STATION_CODE, "--station-name",
               "示范街道总工会", "--out", str(enrolment), home=county).returncode == 0
    assert cli("sync", "enrol", str(enrolment), "--key-out", str(key),
               home=station).returncode == 0
    assert cli("county", "register", str(key), home=county).returncode == 0
    return tmp_path, station, county


def _sync(root: Path, station: Path, county: Path) -> dict[str, object]:
    stick = root / "stick"
    stick.mkdir(exist_ok=True)
    for old in stick.iterdir():
        old.unlink()
    exported = cli("sync", "export", "--to", str(stick), "--json", home=station)
    assert exported.returncode == 0, exported.stderr
    imported = cli("county", "import", str(stick), "--acks-to", str(stick), "--json",
                   home=county)
    assert imported.returncode == 0, imported.stderr
    summary = as_json(imported)
    assert summary["applied"] == 1 and not summary["refused"], summary
    acked = cli("sync", "ack", str(summary["acks"][0]), home=station)  # type: ignore[index]
    assert acked.returncode == 0, acked.stderr
    return as_json(exported)


def _enroll(station: Path, name: str, seq: int) -> None:
    union = as_json(cli("unions", "list", "--json", home=station))["unions"][0]["name"]
    added = cli("members", "add", "--name", name, "--union", union, "--id-number",
                make_id_number("330106", date(1980, 1, 1), seq), home=station)
    assert added.returncode == 0, added.stderr


def _at_county(county: Path, name: str) -> bool:
    found = as_json(cli("county", "members", "--search", name, "--json", home=county))
    return any(row["name"] == name for row in found["members"])


def test_a_restored_station_asks_the_county_and_sync_resumes(
        paired: tuple[Path, Path, Path]) -> None:
    root, station, county = paired
    _sync(root, station, county)
    backup = cli("backup", "--json", home=station)
    assert backup.returncode == 0, backup.stderr
    _enroll(station, "王后来", 501)
    _sync(root, station, county)
    restored = cli("restore", as_json(backup)["backup"], home=station)
    assert restored.returncode == 0, restored.stderr
    _enroll(station, "赵恢复", 502)  # entered after the restore
    assert as_json(cli("sync", "status", "--json", home=station))["paused"] == "restored"

    target = root / "rebase"
    target.mkdir()
    made = cli("county", "rebase", STATION_CODE, "--out", str(target), "--json", home=county)
    assert made.returncode == 0, made.stderr
    county_side = as_json(made)
    rebase_file = Path(str(county_side["file"]))
    assert rebase_file.parent == target and county_side["code"]

    tampered = root / "tampered.rebase"
    data = bytearray(rebase_file.read_bytes())
    data[len(data) - 10] ^= 1
    tampered.write_bytes(bytes(data))
    refused = cli("sync", "rebase", str(tampered), "--json", home=station,
                  env={CODE_ENV: str(county_side["code"])})
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert as_json(cli("sync", "status", "--json", home=station))["paused"] == "restored"

    rebased = cli("sync", "rebase", str(rebase_file), "--json", home=station,
                  env={CODE_ENV: str(county_side["code"])})
    assert rebased.returncode == 0, rebased.stderr
    payload = as_json(rebased)
    assert set(payload) == {"records", "members", "resumed_at"}
    assert payload["members"] == 7
    assert payload["resumed_at"] == int(str(county_side["applied_through"])) + 1
    assert as_json(cli("sync", "status", "--json", home=station))["paused"] is None
    assert as_json(cli("check", "--json", home=station))["ok"] is True

    _enroll(station, "钱之后", 503)
    batch = _sync(root, station, county)
    assert batch["from_seq"] == payload["resumed_at"]
    for name in ("王后来", "赵恢复", "钱之后"):
        assert _at_county(county, name), name


def test_a_lost_laptop_is_rebuilt_from_the_county(paired: tuple[Path, Path, Path]) -> None:
    root, station, county = paired
    _sync(root, station, county)
    assert cli("county", "revoke", STATION_CODE, home=county).returncode == 0  # laptop lost
    made = as_json(cli("county", "rebase", STATION_CODE, "--out", str(root / "r.rebase"),
                       "--json", home=county))
    laptop, key = root / "new-laptop", root / "new.key"
    login = {"UNIONSTATION_USER": "zhou", "UNIONSTATION_PASSWORD": "new-laptop-2026",
             CODE_ENV: str(made["code"])}
    no_admin = cli("sync", "rebase", str(made["file"]), home=laptop, env=login)
    assert no_admin.returncode == 2 and not (laptop / "unionstation.db").exists()
    rebuilt = cli("sync", "rebase", str(made["file"]), "--admin", "zhou", "--key-out", str(key),
                  "--json", home=laptop, env=login)
    assert rebuilt.returncode == 0, rebuilt.stderr
    payload = as_json(rebuilt)
    assert payload["members"] == 5 and payload["recovery_code"] and key.exists()
    registered = cli("county", "register", str(key), "--json", home=county)
    assert registered.returncode == 0, registered.stderr
    _enroll_as(laptop, login)
    stick = root / "stick2"
    stick.mkdir()
    assert cli("sync", "export", "--to", str(stick), home=laptop, env=login).returncode == 0
    imported = as_json(cli("county", "import", str(stick), "--json", home=county))
    assert imported["applied"] == 1, imported
    assert _at_county(county, "周新机")


def _enroll_as(laptop: Path, login: dict[str, str]) -> None:
    union = as_json(cli("unions", "list", "--json", home=laptop, env=login))["unions"][0]
    added = cli("members", "add", "--name", "周新机", "--union", union["name"], "--id-number",
                make_id_number("330106", date(1981, 1, 1), 601), home=laptop, env=login)
    assert added.returncode == 0, added.stderr
