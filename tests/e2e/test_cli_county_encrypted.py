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
