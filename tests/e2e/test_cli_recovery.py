"""A damaged station through the command line: exit 3 with the state, the backups and the
choices; `backup list`; restore and salvage; then the station checks ok again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.damage import DAMAGES
from tests.e2e.cli_runner import as_json, cli
from tests.recovery_station import DayStation, active_ids, copy_day_station, member_ids


@pytest.fixture
def day(day_station_template: DayStation, tmp_path: Path) -> DayStation:
    return copy_day_station(day_station_template, tmp_path / "station")


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_damage_exits_3_then_salvage_brings_the_station_back(
    day: DayStation, damage: str,
) -> None:
    home = day.home.root
    DAMAGES[damage](day.home.db_path)
    check = cli("check", "--json", home=home)
    assert check.returncode == 3, check.stderr
    told = as_json(check)
    assert told["ok"] is False and told["exit_code"] == 3
    assert told["state"] in {"empty", "not_database", "damaged"}
    assert told["choices"] == ["restore", "salvage"]
    assert told["backups"] and all({"path", "at", "kind", "members"} <= set(b)
                                   for b in told["backups"])
    assert len(check.stderr.strip().splitlines()) == 1

    listed = as_json(cli("backup", "list", "--json", home=home))
    assert listed["backups"] == told["backups"]

    salvage = cli("salvage", "--json", home=home)
    assert salvage.returncode == 0, salvage.stderr
    saved = as_json(salvage)
    assert saved["integrity"] == "ok" and Path(saved["set_aside"]).exists()
    assert day.backup_ids <= member_ids(day.home.db_path)
    report = as_json(cli("check", "--json", home=home))
    assert report["ok"] is True
    assert report["members_active"] == len(active_ids(day.home.db_path)) == saved["members"]


def test_an_empty_file_is_not_made_a_new_station(day: DayStation) -> None:
    day.home.db_path.write_bytes(b"")
    init = cli("init", "--name", "新的总工会", "--code", "330106001", "--admin", "wang",
               home=day.home.root)
    assert init.returncode == 3
    assert day.home.db_path.read_bytes() == b""
    assert "restore" in init.stdout and "salvage" in init.stdout


def test_restore_works_on_a_damaged_station(day: DayStation) -> None:
    home = day.home.root
    DAMAGES["truncated"](day.home.db_path)
    newest = as_json(cli("backup", "list", "--json", home=home))["backups"][0]
    restore = cli("restore", newest["path"], "--json", home=home)
    assert restore.returncode == 0, restore.stderr
    done = as_json(restore)
    assert done["safety_backup"] is None and done["note"]
    assert Path(done["set_aside"]).parent.name == "damaged"
    report = as_json(cli("check", "--json", home=home))
    assert report["ok"] is True and report["members_active"] == newest["members"]


def test_backup_list_is_newest_first_with_kinds(day: DayStation) -> None:
    cli("backup", home=day.home.root)
    listed = as_json(cli("backup", "list", "--json", home=day.home.root))["backups"]
    assert listed[0]["kind"] == "manual"
    assert {"hourly", "daily", "weekly", "manual"} <= {b["kind"] for b in listed}
    assert [b["at"] for b in listed] == sorted((b["at"] for b in listed), reverse=True)


def test_a_restore_is_audited_and_a_clerk_may_not_restore_a_sound_station(
    day: DayStation,
) -> None:
    home = day.home.root
    clerk = {"UNIONSTATION_USER": "li", "UNIONSTATION_PASSWORD": "clerk-pass-1"}
    added = cli("officers", "add", "li", "--name", "李录入", "--role", "clerk", home=home,
                env={"UNIONSTATION_NEW_PASSWORD": "clerk-pass-1"})
    assert added.returncode == 0, added.stderr
    newest = as_json(cli("backup", "list", "--json", home=home))["backups"][0]["path"]
    refused = cli("restore", newest, "--json", home=home, env=clerk)
    assert refused.returncode == 1 and "clerk may not backup.restore" in refused.stderr
    assert active_ids(day.home.db_path) == day.all_ids  # nothing was put back

    DAMAGES["random_pages"](day.home.db_path)
    assert cli("restore", newest, "--json", home=home).returncode == 0
    entries = as_json(cli("audit", "list", "--action", "backup.restore", "--json",
                          home=home))["entries"]
    assert entries and entries[0]["target"] == f"backup:{Path(newest).name}"
