"""`unionstation officers|audit|privacy ...` and logging in, as scripts run them: exact
options, JSON keys and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import ADMIN, ADMIN_LOGIN, ADMIN_PASSWORD, as_json, cli
from tests.factories import connect_db
from unionstation.paths import StationHome
from unionstation.store.keyring import KeyRing

CLERK = {"UNIONSTATION_USER": "li", "UNIONSTATION_PASSWORD": "clerk-pass-1"}


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("officers")
    home = root / "home"
    sheet = root / "recovery.pdf"
    made = cli("init", "--name", "测试街道总工会", "--code", "330106001", "--admin", ADMIN,
               "--recovery-sheet", str(sheet), "--json", home=home)
    assert made.returncode == 0, made.stderr
    assert sheet.read_bytes()[:5] == b"%PDF-"
    (root / "code.txt").write_text(as_json(made)["recovery_code"])
    assert cli("demo", "--members", "6", "--seed", "4", home=home).returncode == 0
    added = cli("officers", "add", "li", "--name", "李录入", "--role", "clerk", "--json",
                home=home, env={"UNIONSTATION_NEW_PASSWORD": "clerk-pass-1"})
    assert added.returncode == 0, added.stderr
    assert as_json(added) == {"login": "li", "role": "clerk"}
    return home


def test_init_without_admin_says_why(tmp_path: Path) -> None:
    result = cli("init", "--name", "某总工会", "--code", "330106001", home=tmp_path / "h")
    assert result.returncode == 2
    assert "--admin" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "h" / "unionstation.db").exists()


@pytest.mark.parametrize("env", [
    {"UNIONSTATION_PASSWORD": "wrong-password"},
    {"UNIONSTATION_USER": "nobody"},
    {"UNIONSTATION_USER": "", "UNIONSTATION_PASSWORD": ADMIN_PASSWORD},
])
def test_wrong_or_missing_credentials_exit_1(station: Path, env: dict[str, str]) -> None:
    def failures() -> int:
        return int(as_json(cli("audit", "list", "--action", "login.failed", "--json",
                               home=station))["total"])

    before = failures()
    result = cli("unions", "add", "--name", "不该出现的工会", home=station, env=env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    unions = as_json(cli("unions", "list", "--json", home=station))["unions"]
    assert "不该出现的工会" not in [u["name"] for u in unions]
    # A wrong password is in the trail (written at the next login); no name, no attempt.
    assert failures() == before + (0 if env.get("UNIONSTATION_USER") == "" else 1)


def test_user_option_wins_over_the_environment(station: Path) -> None:
    result = cli("--user", ADMIN, "check", "--json", home=station,
                 env={"UNIONSTATION_USER": "li"})
    assert result.returncode == 0, result.stderr
    report = as_json(result)
    assert report["officers"] == 2 and report["encrypted"] is True


def test_officers_list_and_a_clerks_refusal(station: Path) -> None:
    listing = as_json(cli("officers", "list", "--json", home=station))
    assert listing == {"officers": [
        {"login": ADMIN, "name": ADMIN, "role": "admin", "disabled": False},
        {"login": "li", "name": "李录入", "role": "clerk", "disabled": False}]}
    refused = cli("officers", "list", home=station, env=CLERK)
    assert refused.returncode == 1
    assert "permission denied" in refused.stderr
    assert "clerk" in refused.stderr and "officer.manage" in refused.stderr
    export = cli("members", "export", str(station.parent / "x.xlsx"), home=station, env=CLERK)
    assert export.returncode == 1 and "clerk may not export.bulk" in export.stderr
    shown = as_json(cli("members", "list", "--json", home=station, env=CLERK))
    member = shown["members"][0]["id"]
    reveal = cli("members", "show", member, "--unmasked", home=station, env=CLERK)
    assert reveal.returncode == 1 and "clerk may not member.reveal" in reveal.stderr
    denied = as_json(cli("audit", "list", "--action", "permission.denied", "--officer", "li",
                         "--json", home=station))
    assert denied["total"] >= 3
    assert set(denied["entries"][0]) == {"seq", "at", "officer", "action", "target"}
    assert {e["target"] for e in denied["entries"]} >= {"action:member.reveal",
                                                       "action:export.bulk"}


def test_reveal_is_audited(station: Path) -> None:
    member = as_json(cli("members", "list", "--json", home=station))["members"][0]["id"]
    assert cli("members", "show", member, "--unmasked", home=station).returncode == 0
    entries = as_json(cli("audit", "list", "--action", "member.show_unmasked", "--limit", "1",
                          "--json", home=station))
    assert entries["total"] >= 1 and entries["entries"][0]["target"] == f"member:{member}"


def test_passwords_disable_and_recover(station: Path) -> None:
    own = cli("officers", "password", home=station,
              env={**CLERK, "UNIONSTATION_NEW_PASSWORD": "clerk-pass-2"})
    assert own.returncode == 0, own.stderr
    assert cli("check", home=station, env=CLERK).returncode == 1
    clerk = {**CLERK, "UNIONSTATION_PASSWORD": "clerk-pass-2"}
    assert cli("check", home=station, env=clerk).returncode == 0
    reset = cli("officers", "password", "li", "--json", home=station,
                env={"UNIONSTATION_NEW_PASSWORD": "clerk-pass-3"})
    assert reset.returncode == 0 and as_json(reset)["login"] == "li"
    assert cli("check", home=station, env=clerk).returncode == 1
    disabled = cli("officers", "disable", "li", "--json", home=station)
    assert disabled.returncode == 0 and as_json(disabled)["disabled"] is True
    gone = cli("check", home=station, env={**CLERK, "UNIONSTATION_PASSWORD": "clerk-pass-3"})
    assert gone.returncode == 1
    # Every password forgotten: the recovery code sets a new one for the first admin.
    code = (station.parent / "code.txt").read_text()
    wrong = cli("officers", "recover", "--code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF",
                home=station, env={"UNIONSTATION_NEW_PASSWORD": "admin-pass-9",
                                   "UNIONSTATION_PASSWORD": ""})
    assert wrong.returncode == 1
    recovered = cli("officers", "recover", "--code", code, "--json", home=station,
                    env={"UNIONSTATION_NEW_PASSWORD": "admin-pass-9",
                         "UNIONSTATION_PASSWORD": ""})
    assert recovered.returncode == 0, recovered.stderr
    assert as_json(recovered)["login"] == ADMIN
    assert cli("check", home=station).returncode == 1  # the old password no longer works
    again = {"UNIONSTATION_PASSWORD": "admin-pass-9"}
    assert cli("check", home=station, env=again).returncode == 0
    reset = cli("officers", "password", "--json", home=station,
                env={**again, "UNIONSTATION_NEW_PASSWORD": ADMIN_PASSWORD})
    assert reset.returncode == 0, reset.stderr


def test_audit_verify_names_a_tampered_entry(station: Path, tmp_path: Path) -> None:
    ok = cli("audit", "verify", "--json", home=station)
    assert ok.returncode == 0, ok.stderr
    assert as_json(ok)["ok"] is True and as_json(ok)["entries"] > 5
    copy = tmp_path / "copy"
    import shutil

    shutil.copytree(station, copy)
    key = KeyRing.load(StationHome(copy)).unlock(ADMIN, ADMIN_PASSWORD)
    raw = connect_db(copy / "unionstation.db", key)
    raw.execute("UPDATE audit_log SET officer = 'someone' WHERE id = 4")
    raw.commit()
    raw.close()
    bad = cli("audit", "verify", "--json", home=copy, env=ADMIN_LOGIN)
    assert bad.returncode == 1
    assert as_json(bad) == {"ok": False, "first_bad": 4}


def test_privacy_export_and_purge(station: Path, tmp_path: Path) -> None:
    member = as_json(cli("members", "list", "--json", home=station))["members"][0]["id"]
    for suffix in (".pdf", ".xlsx"):
        out = tmp_path / f"本人信息{suffix}"
        result = cli("privacy", "export", member, "--out", str(out), "--json", home=station)
        assert result.returncode == 0, result.stderr
        assert out.is_file() and as_json(result)["out"] == str(out)
    dry = cli("privacy", "purge", "--left-before", "2000-01-01", "--dry-run", "--json",
              home=station)
    assert dry.returncode == 0, dry.stderr
    assert as_json(dry) == {"members": 0, "purged": False}
    real = cli("privacy", "purge", "--left-before", "2000-01-01", "--json", home=station)
    assert as_json(real) == {"members": 0, "purged": True}
    refused = cli("privacy", "purge", "--left-before", "2000-01-01", home=station,
                  env={"UNIONSTATION_USER": "demo-nobody"})
    assert refused.returncode == 1
