"""`unionstation sync ...` and `unionstation county ...` as scripts use them: the exact
options, JSON keys and exit codes of issue 6, through files and through `county serve`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.cli_runner import ADMIN_PASSWORD, as_json, cli

STATION_CODE = "330106001"  # the demo station's code


@pytest.fixture(scope="module")
def paired(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A demo station and a county, paired through the enrolment and station-key files."""
    root = tmp_path_factory.mktemp("cli-sync")
    station, county = root / "station", root / "county"
    assert cli("demo", "--members", "12", "--seed", "3", home=station).returncode == 0

    status = cli("sync", "status", "--json", home=station)
    assert status.returncode == 0, status.stderr
    payload = as_json(status)
    assert set(payload) == {"pending", "exported", "acknowledged_through", "last_ack",
                            "paused"}
    assert payload["pending"] > 0 and payload["last_ack"] is None
    assert payload["paused"] is None

    refused = cli("sync", "export", "--to", str(root), home=station)
    assert refused.returncode == 1 and "登记文件" in refused.stderr

    made = cli("county", "init", "--name", "测试县总工会", "--code", "330106", "--json",
               "--admin", "cadmin",
               home=county)
    assert made.returncode == 0, made.stderr
    enrolment = root / "enrol.enrol"
    enrol = cli("county", "enrol", "--station-code", STATION_CODE, "--station-name",
                "示范街道总工会", "--out", str(enrolment), home=county)
    assert enrol.returncode == 0, enrol.stderr and enrolment.exists()

    key = root / "station.key"
    joined = cli("sync", "enrol", str(enrolment), "--key-out", str(key), "--json", home=station)
    assert joined.returncode == 0, joined.stderr
    assert as_json(joined)["station_code"] == STATION_CODE and key.exists()
    registered = cli("county", "register", str(key), "--json", home=county)
    assert registered.returncode == 0, registered.stderr
    assert as_json(registered)["fingerprint"] == as_json(joined)["fingerprint"]
    return root, station, county


def test_export_import_ack_status(paired: tuple[Path, Path, Path]) -> None:
    root, station, county = paired
    stick, acks = root / "stick", root / "acks"
    stick.mkdir(exist_ok=True)
    before = as_json(cli("sync", "status", "--json", home=station))

    exported = cli("sync", "export", "--to", str(stick), "--json", home=station)
    assert exported.returncode == 0, exported.stderr
    batch = as_json(exported)
    assert set(batch) == {"batch", "changes", "from_seq", "to_seq"}
    assert Path(batch["batch"]).name.startswith(f"US1_{STATION_CODE}_")
    # the batch carries every pending change and the yearly figures refreshed before it
    assert batch["from_seq"] == 1 and batch["changes"] == batch["to_seq"] >= before["pending"]

    # A damaged copy beside it is refused with its reason; the good one is applied.
    damaged = stick / "US1_damaged.usb"
    data = bytearray(Path(batch["batch"]).read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    imported = cli("county", "import", str(stick), "--acks-to", str(acks), "--json", home=county)
    assert imported.returncode == 0, imported.stderr
    summary = as_json(imported)
    assert set(summary) == {"applied", "duplicates", "parked", "refused", "acks"}
    assert (summary["applied"], summary["duplicates"], summary["parked"]) == (1, 0, 0)
    assert [r["file"] for r in summary["refused"]] == [str(damaged)]
    assert summary["refused"][0]["reason"]
    alone = cli("county", "import", str(damaged), "--json", home=county)
    assert alone.returncode == 1  # every file refused
    assert as_json(alone)["refused"][0]["file"] == str(damaged)
    damaged.unlink()
    assert len(summary["acks"]) == 1

    acked = cli("sync", "ack", summary["acks"][0], "--json", home=station)
    assert acked.returncode == 0, acked.stderr
    status = as_json(cli("sync", "status", "--json", home=station))
    assert status["pending"] == 0 and status["exported"] == 0
    assert status["acknowledged_through"] == batch["to_seq"] and status["last_ack"]

    nothing = as_json(cli("sync", "export", "--to", str(stick), "--json", home=station))
    assert nothing == {"batch": None, "changes": 0, "from_seq": 0, "to_seq": 0}

    again = as_json(cli("county", "import", batch["batch"], "--json", home=county))
    assert (again["applied"], again["duplicates"]) == (0, 1)

    members = as_json(cli("county", "members", "--json", home=county))
    assert set(members) == {"total", "capped", "members"} and members["total"] >= 12
    assert members["capped"] is False  # no search: counted exactly
    first = members["members"][0]
    assert set(first) == {"station", "name", "id_number_masked", "status"}
    assert first["station"] == STATION_CODE and "*" in first["id_number_masked"]
    assert as_json(cli("county", "cases", "--json", home=county)) == {"cases": []}


def test_a_forged_ack_is_refused(paired: tuple[Path, Path, Path], tmp_path: Path) -> None:
    root, station, _county = paired
    other = tmp_path / "other-county"
    assert cli("county", "init", "--name", "别的县总工会", "--code", "330107",
               "--admin", "cadmin", home=other).returncode == 0
    enrolment = tmp_path / "enrol.enrol"
    assert cli("county", "enrol", "--station-code", STATION_CODE, "--station-name", "x",
               "--out", str(enrolment), home=other).returncode == 0
    # An enrolment file is signed by the other county's key, so it cannot pass as an ack.
    forged = cli("sync", "ack", str(enrolment), home=station)
    assert forged.returncode == 1 and forged.stderr.count("\n") == 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(paired: tuple[Path, Path, Path]) -> Iterator[str]:
    _root, _station, county = paired
    port = _free_port()
    # `county serve` runs unattended as the county's officer (made by `county init`).
    officer = {"UNIONSTATION_USER": "cadmin", "UNIONSTATION_PASSWORD": ADMIN_PASSWORD}
    process = subprocess.Popen(
        [sys.executable, "-m", "unionstation", "--home", str(county), "county", "serve",
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, **officer})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/v1/health", timeout=2) as answer:
                    assert answer.status == 200
                    break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "county serve did not start"
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_push_over_http(paired: tuple[Path, Path, Path], server: str) -> None:
    _root, station, _county = paired
    assert cli("demo", "--members", "3", "--seed", "9", home=station).returncode == 0
    before = as_json(cli("sync", "status", "--json", home=station))
    assert before["pending"] > 0
    pushed = cli("sync", "push", "--url", server, "--json", home=station)
    assert pushed.returncode == 0, pushed.stderr
    assert as_json(pushed)["sent"] is True
    after = as_json(cli("sync", "status", "--json", home=station))
    assert after["pending"] == 0 and after["exported"] == 0
    assert after["acknowledged_through"] >= before["acknowledged_through"] + before["pending"]


def test_push_when_offline_says_so(paired: tuple[Path, Path, Path]) -> None:
    _root, station, _county = paired
    assert cli("demo", "--members", "1", "--seed", "11", home=station).returncode == 0
    offline = cli("sync", "push", "--url", f"http://127.0.0.1:{_free_port()}", home=station)
    assert offline.returncode == 1 and offline.stderr.strip()
    assert as_json(cli("sync", "status", "--json", home=station))["pending"] == 0
