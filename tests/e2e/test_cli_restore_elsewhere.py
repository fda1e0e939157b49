"""`unionstation restore FILE` into an empty folder: a backup carried to a new laptop."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.e2e.cli_runner import ADMIN_PASSWORD, as_json, cli

ENV = {"UNIONSTATION_USER": "wang", "UNIONSTATION_PASSWORD": ADMIN_PASSWORD}


def test_a_backup_on_a_stick_restores_on_a_new_laptop(tmp_path: Path) -> None:
    old, new, stick = tmp_path / "old", tmp_path / "new", tmp_path / "stick"
    made = as_json(cli("--json", "init", "--name", "测试街道总工会", "--code", "330106001",
                       "--admin", "wang", home=old, env=ENV))
    backup = Path(as_json(cli("--json", "backup", "--to", str(stick), home=old,
                              env=ENV))["backup"])
    assert (stick / "unionstation.keys").is_file()
    carried = tmp_path / "copied"
    shutil.copytree(stick, carried)
    wrong = cli("restore", str(carried / backup.name), home=new,
                env={**ENV, "UNIONSTATION_PASSWORD": "not-the-password"})
    assert wrong.returncode == 1 and "密码" in wrong.stderr
    assert not (new / "unionstation.db").exists()
    restored = as_json(cli("--json", "restore", str(carried / backup.name), home=new,
                           env=ENV))
    assert restored["ok"] is True and restored["safety_backup"] is None
    check = as_json(cli("--json", "check", home=new, env=ENV))
    assert check["encrypted"] is True and check["officers"] == 1
    audit = as_json(cli("--json", "audit", "list", "--action", "backup.restore", home=new,
                        env=ENV))
    assert audit["total"] == 1
    # The recovery code printed at set-up opens a carried copy too.
    other = tmp_path / "other"
    by_code = cli("--json", "restore", str(carried / backup.name), "--code",
                  made["recovery_code"], home=other, env={"UNIONSTATION_USER": ""})
    assert by_code.returncode == 0, by_code.stderr
