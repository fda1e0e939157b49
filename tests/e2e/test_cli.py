"""The command line as county scripts use it: exact options, JSON keys and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import ADMIN, as_json, cli
from unionstation import __version__


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"unionstation {__version__}"


def test_init_demo_check_backup_restore(tmp_path: Path) -> None:
    home = tmp_path / "home"
    init = cli("init", "--name", "测试街道总工会", "--code", "330106001", "--county",
               "测试县总工会", "--admin", ADMIN, "--json", home=home)
    assert init.returncode == 0, init.stderr
    payload = as_json(init)
    assert payload["ok"] is True
    assert payload["station"]["name"] == "测试街道总工会"
    assert payload["station"]["division_code"] == "330106001"
    assert payload["admin"] == ADMIN and len(payload["recovery_code"]) >= 24

    again = cli("init", "--name", "别的", "--code", "330106001", "--admin", "other", home=home)
    assert again.returncode == 1
    assert "已经初始化" in again.stderr and len(again.stderr.strip().splitlines()) == 1

    # --json and --home after the subcommand work as well as before it
    demo = cli("demo", "--members", "80", "--seed", "3", "--home", str(home), "--json")
    assert demo.returncode == 0, demo.stderr
    counts = as_json(demo)
    assert counts["members_added"] == 80
    active = counts["members_active"]
    assert 70 <= active <= 80  # the demo retires a few and lets a few leave
    assert counts["unions"] == counts["unions_added"] == 2
    assert counts["station_created"] is False

    check = cli("--json", "check", home=home)
    assert check.returncode == 0, check.stderr
    report = as_json(check)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_current"] is True
    assert report["members_active"] == active
    assert report["change_log_gaps"] == 0
    assert report["encrypted"] is True and report["officers"] == 1

    backup = cli("backup", "--to", str(tmp_path / "stick"), "--json", home=home)
    assert backup.returncode == 0, backup.stderr
    saved = Path(as_json(backup)["backup"])
    assert saved.parent == tmp_path / "stick" and saved.exists()

    cli("demo", "--members", "40", home=home)
    restore = cli("restore", str(saved), "--json", home=home)
    assert restore.returncode == 0, restore.stderr
    restored = as_json(restore)
    assert Path(restored["safety_backup"]).exists()
    assert as_json(cli("check", "--json", home=home))["members_active"] == active


def test_home_from_environment(tmp_path: Path) -> None:
    home = tmp_path / "env-home"
    result = cli("init", "--name", "环境街道总工会", "--code", "330106001", "--admin", ADMIN,
                 env={"UNIONSTATION_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "unionstation.db").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("init", "--name", "某总工会", "--code", "99", "--admin", "wang"), 1, "行政区划代码"),
        (("init", "--name", "某总工会", "--code", "330106001"), 2, "--admin"),
        (("check",), 1, "unionstation init"),
        (("restore", "/nonexistent/backup.db"), 1, "找不到备份文件"),
        (("init", "--name", "缺代码"), 2, "--code"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_failures_are_one_line_and_non_zero(tmp_path: Path, args: tuple[str, ...], code: int,
                                             message: str) -> None:
    result = cli(*args, home=tmp_path / "home")
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_json_errors_are_json(tmp_path: Path) -> None:
    result = cli("check", "--json", home=tmp_path / "none")
    assert result.returncode == 1
    payload = as_json(result)
    assert payload["ok"] is False and "unionstation init" in payload["error"]


def test_a_running_instance_blocks_the_cli(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cli("init", "--name", "锁街道总工会", "--code", "330106001", "--admin", ADMIN,
               home=home).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from unionstation.paths import StationHome;"
         "from unionstation.store.lock import InstanceLock;"
         "l = InstanceLock(StationHome(Path(sys.argv[1]))).acquire(); print('ok', flush=True);"
         "sys.stdin.readline()", str(home)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        result = cli("check", "--json", home=home)
        assert result.returncode == 3
        assert "已在使用" in as_json(result)["error"]
    finally:
        holder.communicate("\n", timeout=30)


def test_gui_screenshot_offscreen(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cli("demo", "--members", "40", "--seed", "1", home=home).returncode == 0
    shot = tmp_path / "shot.png"
    result = cli("gui", "--page", "settings", "--screenshot", str(shot), home=home,
                 env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1280, 800)


def test_gui_unknown_page(tmp_path: Path) -> None:
    result = cli("gui", "--page", "nonsense", "--screenshot", str(tmp_path / "x.png"),
                 home=tmp_path / "home", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "nonsense" in result.stderr
