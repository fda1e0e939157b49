"""`county recover-station`, `sync recover`, `officers recover`: the county gives it back."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import as_json, cli

ENV = {"UNIONSTATION_USER": "wang", "UNIONSTATION_PASSWORD": "Strong-pass-2026"}


def test_a_station_with_every_password_and_its_code_lost_is_recovered(tmp_path: Path) -> None:
    station, county = tmp_path / "st", tmp_path / "co"
    assert cli("init", "--name", "测试街道总工会", "--code", "330106001", "--admin", "wang",
               home=station, env=ENV).returncode == 0
    assert cli("county", "init", "--name", "测试县总工会", "--code", "330106",
               home=county).returncode == 0
    enrol = tmp_path / "enrol.json"
    assert cli("county", "enrol", "--station-code", "330106001", "--station-name", "测试",
               "--out", str(enrol), home=county, env=ENV).returncode == 0
    key_file = tmp_path / "key.json"
    assert cli("sync", "enrol", str(enrol), "--key-out", str(key_file),
               home=station, env=ENV).returncode == 0
    assert cli("county", "register", str(key_file), home=county, env=ENV).returncode == 0

    made = as_json(cli("--json", "county", "recover-station", str(station / "unionstation.keys"),
                       "--out", str(tmp_path), home=county, env=ENV))
    assert made["station_code"] == "330106001" and made["recovery_code"]
    assert made["recovery_code"] not in Path(made["file"]).read_text()
    installed = cli("--json", "sync", "recover", made["file"], home=station)
    assert as_json(installed) == {"ok": True, "station_code": "330106001"}
    recovered = cli("--json", "officers", "recover", "--code", made["recovery_code"],
                    home=station, env={"UNIONSTATION_NEW_PASSWORD": "Another-pass-2026"})
    assert recovered.returncode == 0, recovered.stderr
    old = cli("--json", "check", home=station, env=ENV)
    assert old.returncode == 1
    check = as_json(cli("--json", "check", home=station,
                        env={**ENV, "UNIONSTATION_PASSWORD": "Another-pass-2026"}))
    assert check["encrypted"] is True and check["ok"] is True
