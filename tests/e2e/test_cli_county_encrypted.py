"""`county init --admin`: an encrypted county store; every county command then logs in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import as_json, cli

ENV = {"UNIONSTATION_USER": "cadmin", "UNIONSTATION_PASSWORD": "County-pass-2026"}


def test_county_init_with_an_admin_encrypts_and_commands_need_the_password(
        tmp_path: Path) -> None:
    county = tmp_path / "county"
    made = as_json(cli("--json", "county", "init", "--name", "测试县总工会", "--code", "330106",
                       "--admin", "cadmin", home=county, env=ENV))
    assert made["encrypted"] is True and made["recovery_code"]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(county / "county.db").execute("SELECT * FROM sqlite_master").fetchall()
    assert as_json(cli("--json", "county", "stations", home=county, env=ENV)) == {
        "stations": []}
    wrong = cli("county", "stations", home=county, env={**ENV, "UNIONSTATION_PASSWORD": "x"})
    assert wrong.returncode == 1 and wrong.stderr.strip().count("\n") == 0
    assert "密码" in wrong.stderr


def test_serve_refuses_a_password_file_others_may_read(tmp_path: Path) -> None:
    county = tmp_path / "county"
    assert cli("county", "init", "--name", "测试县总工会", "--code", "330106", "--admin",
               "cadmin", home=county, env=ENV).returncode == 0
    secret = tmp_path / "password"
    secret.write_text("County-pass-2026\n")
    secret.chmod(0o644)
    served = cli("county", "serve", "--password-file", str(secret), "--port", "1",
                 home=county, env={"UNIONSTATION_USER": "cadmin",
                                   "UNIONSTATION_PASSWORD": ""})
    assert served.returncode == 1 and "chmod 600" in served.stderr


def test_county_init_without_an_admin_exits_2_and_makes_nothing(tmp_path: Path) -> None:
    county = tmp_path / "county"
    refused = cli("county", "init", "--name", "测试县总工会", "--code", "330106",
                  home=county, env=ENV)
    assert refused.returncode == 2 and "--admin" in refused.stderr
    assert not (county / "county.json").exists() and not (county / "county.db").exists()


def test_county_officers_roles_and_audit_on_the_command_line(tmp_path: Path) -> None:
    county = tmp_path / "county"
    assert cli("county", "init", "--name", "测试县总工会", "--code", "330106", "--admin",
               "cadmin", home=county, env=ENV).returncode == 0
    added = as_json(cli("--json", "county", "officers", "add", "jing", "--name", "经审",
                        "--role", "auditor", home=county,
                        env={**ENV, "UNIONSTATION_NEW_PASSWORD": "Auditor-pass-1"}))
    assert added == {"login": "jing", "role": "auditor"}
    listed = as_json(cli("--json", "county", "officers", "list", home=county, env=ENV))
    assert listed == {"officers": [
        {"login": "cadmin", "name": "cadmin", "role": "admin", "disabled": False},
        {"login": "jing", "name": "经审", "role": "auditor", "disabled": False}]}
    auditor = {"UNIONSTATION_USER": "jing", "UNIONSTATION_PASSWORD": "Auditor-pass-1"}
    refused = cli("county", "enrol", "--station-code", "330106001", "--station-name", "x",
                  "--out", str(tmp_path / "e.enrol"), home=county, env=auditor)
    assert refused.returncode == 1
    assert "permission denied: auditor may not county.manage" in refused.stderr
    assert as_json(cli("--json", "county", "stations", home=county, env=auditor)) == {
        "stations": []}
    entries = as_json(cli("--json", "county", "audit", "list", "--action",
                          "permission.denied", home=county, env=auditor))
    assert entries["total"] == 1
    assert set(entries["entries"][0]) == {"seq", "at", "officer", "action", "target"}
    assert as_json(cli("--json", "county", "audit", "verify", home=county, env=auditor))[
        "ok"] is True
