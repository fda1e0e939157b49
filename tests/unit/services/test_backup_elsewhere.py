"""A backup taken to another machine opens there: the key wraps travel beside it, and an
officer's password or the recovery code unlocks them; the restore is audited."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.factories import TEST_ADMIN, TEST_KEY, TEST_PASSWORD
from unionstation.paths import StationHome
from unionstation.services.audit import AuditService
from unionstation.services.backups import (
    BackupService,
    record_restore_elsewhere,
    restore_elsewhere,
)
from unionstation.services.errors import UserError
from unionstation.services.login import LoginRefused, log_in
from unionstation.services.members import MemberService
from unionstation.services.officers import OfficerService
from unionstation.services.runtime import StationRuntime
from unionstation.store.keyring import KEYRING_FILE


def _carried(runtime: StationRuntime, tmp_path: Path) -> Path:
    """A backup written to a stick, then copied (with what is beside it) to a new machine."""
    stick = tmp_path / "stick"
    made = BackupService(runtime.context, runtime.home, TEST_KEY).run(stick)
    assert (stick / KEYRING_FILE).is_file()
    laptop = tmp_path / "new-laptop-usb"
    shutil.copytree(stick, laptop)
    return laptop / made.name


def test_a_backup_restores_on_another_machine_with_a_password(
        runtime: StationRuntime, tmp_path: Path) -> None:
    members = MemberService(runtime.context).count_active()
    backup = _carried(runtime, tmp_path)
    home = StationHome(tmp_path / "elsewhere")
    with pytest.raises(LoginRefused):
        restore_elsewhere(home, backup, login=TEST_ADMIN, password="wrong-password")
    assert not home.db_path.exists()
    key = restore_elsewhere(home, backup, login=TEST_ADMIN, password=TEST_PASSWORD)
    assert key == TEST_KEY
    record_restore_elsewhere(home, key, backup, TEST_ADMIN)
    logged = log_in(home, TEST_ADMIN, TEST_PASSWORD)
    try:
        assert MemberService(logged.runtime.context).count_active() == members
        entries = AuditService(logged.runtime.context).entries(action="backup.restore")
        assert entries.total == 1 and entries.entries[0].target == f"backup:{backup.name}"
    finally:
        logged.close()
    with pytest.raises(UserError, match="已经有站点"):
        restore_elsewhere(home, backup, login=TEST_ADMIN, password=TEST_PASSWORD)


def test_the_recovery_code_opens_a_carried_backup(runtime: StationRuntime,
                                                  tmp_path: Path) -> None:
    code = OfficerService(runtime.context, runtime.home, TEST_KEY).new_recovery_code()
    backup = _carried(runtime, tmp_path)
    home = StationHome(tmp_path / "elsewhere")
    with pytest.raises(LoginRefused, match="恢复码"):
        restore_elsewhere(home, backup, code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert restore_elsewhere(home, backup, code=code) == TEST_KEY
    assert home.db_path.is_file() and (home.root / KEYRING_FILE).is_file()


def test_a_backup_without_its_keys_says_what_to_copy(runtime: StationRuntime,
                                                     tmp_path: Path) -> None:
    backup = _carried(runtime, tmp_path)
    (backup.parent / KEYRING_FILE).unlink()
    with pytest.raises(UserError, match=KEYRING_FILE):
        restore_elsewhere(StationHome(tmp_path / "elsewhere"), backup, login=TEST_ADMIN,
                          password=TEST_PASSWORD)


def test_daily_backups_carry_the_wraps(runtime: StationRuntime) -> None:
    from datetime import date

    from unionstation.store.backup import daily_backup

    made = daily_backup(runtime.home, date(2030, 1, 2), key=TEST_KEY)
    assert made is not None
    assert (made.parent / KEYRING_FILE).read_bytes() == (
        runtime.home.root / KEYRING_FILE).read_bytes()
