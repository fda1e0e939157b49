"""Install the Windows build under Wine and use it, as an officer would (`make windows-smoke`).

    python installer/windows/smoke.py [--setup SETUP.exe] [--previous OLD-setup.exe] [--keep]

In a throw-away WINEPREFIX (wine64, no console, WINEDEBUG=-all): install the previous
build silently (default: the same stage packed as version 0.0.1 by build.py --nsis-only),
run the installed unionstation.exe (--version, init --admin, demo --members 200, members
list --json, check --json: the store is SQLCipher-encrypted and opens again, a wrong password
is refused, print card, backup, a window screenshot on the offscreen platform, the county's
reader process started from pythonw.exe), every command
logged in as the station's administrator ($UNIONSTATION_USER/$UNIONSTATION_PASSWORD); add
and remove the
PATH entry as the PATH component does, check that the setup
refuses to upgrade while the app's Python runs, upgrade to the new build (the data stays),
uninstall (the data folder and its backups stay). Exit 1 at the first failed check.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "build" / "windows"
WINE = shutil.which("wine64") or "/usr/lib/wine/wine64"
WINESERVER = shutil.which("wineserver") or "/usr/lib/wine/wineserver"
UNINST_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\UnionStation"
STATION = ("测试镇总工会", "610625100")
ADMIN = ("smoke", "smoke-test-Passw0rd")  # the first administrator, who runs every command
SQLITE_HEADER = b"SQLite format 3\x00"  # what a plain (unencrypted) database starts with
REFUSED = 3  # unionstation.nsi: SetErrorLevel 3 when the app runs


class SmokeError(Exception):
    pass


class Wine:
    """One throw-away Wine prefix and the user's folders inside it."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        # HOME inside the throw-away folder: Wine links the prefix's Desktop and Documents
        # to $HOME, and would put the shortcuts there. No menu entries, no Mono/Gecko
        # prompts. C.UTF-8 keeps Chinese arguments intact on their way in (Wine reads argv
        # in the Unix locale's charset; zh_CN.UTF-8 is not generated on Debian by default);
        # Python's pipes then speak UTF-8 as the code page is 1252.
        home = prefix.parent / "home"
        home.mkdir(exist_ok=True)
        # Nothing of this machine's Python or data folder leaks in (Wine passes the
        # environment on): the app must find its own home, %LOCALAPPDATA%\UnionStation.
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("XDG_", "LC_", "LANG", "DISPLAY", "WAYLAND",
                                           "PYTHON", "VIRTUAL_ENV", "UNIONSTATION_"))}
        # Every command logs in: init makes this officer the administrator.
        self.env.update({"UNIONSTATION_USER": ADMIN[0], "UNIONSTATION_PASSWORD": ADMIN[1]})
        self.env.update({"WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "HOME": str(home),
                         "WINEDLLOVERRIDES": "mscoree,mshtml=,winemenubuilder.exe=d",
                         "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8",
                         "QT_QPA_PLATFORM": "offscreen"})
        user = pwd.getpwuid(os.getuid()).pw_name
        self.profile = prefix / "drive_c" / "users" / user
        self.local = self.profile / "AppData" / "Local"
        self.install_dir = self.local / "Programs" / "UnionStation"
        self.data_dir = self.local / "UnionStation"
        self.exe = self.install_dir / "bin" / "unionstation.exe"

    def run(self, *args: str | Path, timeout: int = 600,
            check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a Windows program; Wine wants pipes (not files) as its standard streams."""
        done = subprocess.run([WINE, *map(str, args)], env=self.env, capture_output=True,
                              encoding="utf-8", errors="replace",
                              stdin=subprocess.DEVNULL, timeout=timeout, check=False)
        if check and done.returncode != 0:
            raise SmokeError(f"{Path(str(args[0])).name} {' '.join(map(str, args[1:]))}: "
                             f"exit {done.returncode}\n{done.stdout}\n{done.stderr}")
        return done

    def wait(self) -> None:
        subprocess.run([WINESERVER, "-w"], env=self.env, check=True, timeout=600)

    def app(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run(self.exe, *args, check=check)

    def app_json(self, *args: str) -> dict[str, object]:
        done = self.app("--json", *args)
        try:
            payload: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError) as exc:
            raise SmokeError(f"unionstation {' '.join(args)}: no JSON in {done.stdout!r}") \
                from exc
        return payload

    def registry(self, key: str, value: str) -> str | None:
        done = self.run("reg", "query", key, "/v", value, check=False)
        for line in done.stdout.splitlines():
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[0] == value:
                return parts[2].strip()
        return None

    def windows_path(self, path: Path) -> str:
        return "C:\\" + str(path.relative_to(self.prefix / "drive_c")).replace("/", "\\")


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeError(what)


class Smoke:
    def __init__(self, wine: Wine, setup: Path, previous: Path) -> None:
        self.wine = wine
        self.setup = setup
        self.previous = previous
        self.timings: list[tuple[str, float]] = []
        self.active: object = None  # active members the first `check --json` counted

    def step(self, name: str, action: Callable[[], None]) -> None:
        started = time.monotonic()
        print(f"-- {name}", flush=True)
        action()
        self.timings.append((name, time.monotonic() - started))

    def install(self, setup: Path) -> None:
        self.wine.run(setup, "/S", "/CURRENTUSER")
        self.wine.wait()
        for name in ("python/pythonw.exe", "bin/unionstation.exe", "uninstall.exe"):
            check((self.wine.install_dir / name).is_file(), f"not installed: {name}")
        version = setup.name.removeprefix("UnionStation-").removesuffix("-setup.exe")
        shown = self.wine.registry(UNINST_KEY, "DisplayVersion")
        check(shown == version, f"Programs and Features shows {shown}, not {version}")
        start_menu = (self.wine.profile / "AppData" / "Roaming" / "Microsoft" / "Windows"
                      / "Start Menu" / "Programs" / "工会会员管理.lnk")
        check(start_menu.is_file(), "no Start-menu shortcut")

    def use(self) -> None:
        out = self.wine.app("--version").stdout
        check("unionstation" in out, f"--version printed {out!r}")
        made = self.wine.app_json("init", "--name", STATION[0], "--code", STATION[1],
                                  "--admin", ADMIN[0])
        check(made.get("admin") == ADMIN[0] and bool(made.get("recovery_code")),
              f"init --admin printed {made}")
        database = self.wine.data_dir / "unionstation.db"
        check(database.is_file(), f"init made no database in {self.wine.data_dir}")
        check((self.wine.data_dir / "unionstation.keys").is_file(), "init wrote no key file")
        self.wine.app("demo", "--members", "200")
        self.members = self.member_total()
        check(self.members >= 200, f"members list shows {self.members} members")
        self.encrypted_and_reopened()

    def encrypted_and_reopened(self) -> None:
        """sqlcipher3's own SQLite under Windows: the file is ciphertext, a new process
        opens it again with the officer's password and finds it whole; a wrong one fails."""
        database = self.wine.data_dir / "unionstation.db"
        check(database.read_bytes()[:16] != SQLITE_HEADER, "the database is not encrypted")
        report = self.wine.app_json("check")
        check(report.get("encrypted") is True, f"check --json: not encrypted: {report}")
        check(report.get("ok") is True, f"check --json: {report}")
        active = report.get("members_active")
        if self.active is None:  # the first opening: what the demo left active
            check(isinstance(active, int) and 0 < active <= self.members,
                  f"check --json counts {active} active members of {self.members}")
            self.active = active
        check(active == self.active, f"check --json counts {active}, not {self.active}")
        saved = self.wine.env["UNIONSTATION_PASSWORD"]
        self.wine.env["UNIONSTATION_PASSWORD"] = "not-the-password"
        try:
            wrong = self.wine.app("members", "list", check=False)
        finally:
            self.wine.env["UNIONSTATION_PASSWORD"] = saved
        check(wrong.returncode != 0 and "密码" in wrong.stderr,
              f"a wrong password: exit {wrong.returncode}, {wrong.stderr!r}")

    def member_total(self) -> int:
        listing = self.wine.app_json("members", "list", "--limit", "5")
        members = listing.get("members")
        check(isinstance(members, list) and bool(members), f"members list: {listing}")
        assert isinstance(members, list)
        self.card_no = str(members[0]["card_no"])
        return int(str(listing["total"]))

    def print_and_backup(self) -> None:
        pdf = self.wine.profile / "card.pdf"
        self.wine.app("print", "card", self.card_no, "--out", self.wine.windows_path(pdf))
        check(pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", "print card made no PDF")
        self.wine.app("backup")
        backups = list((self.wine.data_dir / "backups").glob("*"))
        check(bool(backups), "backup wrote nothing in the data folder's backups")

    def screenshot(self) -> None:
        png = self.wine.profile / "window.png"
        done = self.wine.app("gui", "--page", "members", "--screenshot",
                             self.wine.windows_path(png), check=False)
        if done.returncode == 0 and png.is_file():
            target = OUT / "smoke-window.png"
            shutil.copy2(png, target)
            print(f"window screenshot under Wine: {target}")
        else:
            print(f"window screenshot under Wine failed (exit {done.returncode}); "
                  f"see installer/README.md\n{done.stderr[-2000:]}")

    def county_reader(self) -> None:
        """The county's reader process (county.reader) started from pythonw.exe, as the
        window starts it: it reads a batch whole and hands over what this process reads."""
        pythonw = self.wine.install_dir / "python" / "pythonw.exe"
        result, script = self.wine.profile / "reader.json", self.wine.profile / "reader_check.py"
        shutil.copy2(HERE / "reader_check.py", script)
        self.wine.run(pythonw, self.wine.windows_path(script), self.wine.windows_path(result))
        self.wine.wait()
        check(result.is_file(), "reader_check.py wrote no result")
        outcome = json.loads(result.read_text(encoding="utf-8"))
        check(outcome.get("finished") is True and outcome.get("same") is True
              and outcome.get("changes") == 3000, f"the county's reader process: {outcome}")
        command = str(outcome.get("command", [""])[0]).lower()
        check(command.endswith("python.exe"), f"the reader ran under {command}")

    def path_entry(self) -> None:
        """What the PATH component runs: path_env.py by the installed Python."""
        python = self.wine.install_dir / "python" / "python.exe"
        script = self.wine.install_dir / "path_env.py"
        folder = self.wine.windows_path(self.wine.install_dir / "bin")
        for action, wanted in (("add", True), ("add", True), ("remove", False)):
            self.wine.run(python, script, action, folder)
            entries = (self.wine.registry(r"HKCU\Environment", "Path") or "").split(";")
            check(entries.count(folder) == int(wanted), f"PATH after {action}: {entries}")

    def refuse_while_running(self) -> None:
        python = self.wine.install_dir / "python" / "python.exe"
        running = subprocess.Popen([WINE, str(python), "-c", "import time; time.sleep(120)"],
                                   env=self.wine.env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            time.sleep(5)
            done = self.wine.run(self.setup, "/S", "/CURRENTUSER", check=False)
            check(done.returncode == REFUSED,
                  f"setup over a running app exited {done.returncode}, not {REFUSED}")
            shown = self.wine.registry(UNINST_KEY, "DisplayVersion")
            check(shown != self.version(self.setup), "setup upgraded while the app ran")
        finally:
            running.kill()
            running.wait()
            self.wine.run("wineboot", "-k", check=False)  # end the Windows process too
            self.wine.wait()

    @staticmethod
    def version(setup: Path) -> str:
        return setup.name.removeprefix("UnionStation-").removesuffix("-setup.exe")

    def upgrade(self) -> None:
        self.install(self.setup)
        total = self.member_total()
        check(total == self.members, f"after the upgrade {total} members, not {self.members}")
        self.encrypted_and_reopened()

    def uninstall(self) -> None:
        self.wine.run(self.wine.install_dir / "uninstall.exe", "/S")
        self.wine.wait()  # the uninstaller copies itself to %TEMP% and runs from there
        check(not (self.wine.install_dir / "python").exists(), "program still installed")
        check(self.wine.registry(UNINST_KEY, "DisplayVersion") is None,
              "still in Programs and Features")
        check((self.wine.data_dir / "unionstation.db").is_file(),
              "the uninstaller removed the database")
        check((self.wine.data_dir / "unionstation.keys").is_file(),
              "the uninstaller removed the key file (the database opens no more)")
        check(any((self.wine.data_dir / "backups").glob("*")),
              "the uninstaller removed the backups")

    def run(self) -> None:
        self.step("wineboot (a fresh prefix)", self.boot)
        self.step(f"install {self.previous.name}", lambda: self.install(self.previous))
        self.step("--version, init --admin, demo --members 200, members list, check "
                  "(encrypted, reopened), a wrong password refused", self.use)
        self.step("print card, backup", self.print_and_backup)
        self.step("gui --screenshot (offscreen)", self.screenshot)
        self.step("the county's reader process, started from pythonw.exe", self.county_reader)
        self.step("PATH entry added once, removed", self.path_entry)
        self.step("setup refuses while the app runs", self.refuse_while_running)
        self.step(f"upgrade to {self.setup.name} (data kept)", self.upgrade)
        self.step("uninstall (data kept)", self.uninstall)

    def boot(self) -> None:
        self.wine.run("wineboot", "-i", check=False)
        self.wine.wait()
        stand_in(self.wine.prefix / "drive_c" / "windows" / "system32")


def stand_in(system32: Path) -> None:
    """Wine 8.0 (Debian 12) has no bcryptprimitives.dll, which Windows 10 and 11 carry and
    the Rust modules of cryptography and python-calamine import (ProcessPrng): give the
    prefix a stand-in built from wine/bcryptprimitives.c. Never shipped; Wine 9 has one."""
    target = system32 / "bcryptprimitives.dll"
    if target.exists():
        return
    source = HERE / "wine" / "bcryptprimitives.c"
    compiler = shutil.which("x86_64-w64-mingw32-gcc")
    if compiler is None:
        raise SmokeError("x86_64-w64-mingw32-gcc is missing (apt-get install "
                         "gcc-mingw-w64-x86-64-win32): needed for Wine 8's bcryptprimitives.dll")
    subprocess.run([compiler, "-shared", "-O2", "-s", "-o", str(target), str(source),
                    str(source.with_suffix(".def")), "-ladvapi32"], check=True)
    print(f"Wine has no bcryptprimitives.dll: the stand-in {source.name} put in its place")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", type=Path, default=None)
    parser.add_argument("--previous", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the Wine prefix")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import build

    setup = args.setup or OUT / f"UnionStation-{build.project_version()}-setup.exe"
    if not setup.is_file():
        print(f"{setup}: not built; run `make windows` first", file=sys.stderr)
        return 1
    previous = args.previous
    if previous is None:
        build.main(["--nsis-only", "--version", "0.0.1", "--out", str(OUT / "previous"),
                    "--compressor", "zlib"])
        previous = OUT / "previous" / "UnionStation-0.0.1-setup.exe"
    prefix = Path(tempfile.mkdtemp(prefix="unionstation-wine-")) / "prefix"
    smoke = Smoke(Wine(prefix), setup.resolve(), previous.resolve())
    started = time.monotonic()
    try:
        smoke.run()
    except (SmokeError, subprocess.SubprocessError) as exc:
        print(f"\nwindows-smoke FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        subprocess.run([WINESERVER, "-k"], env=smoke.wine.env, check=False)
        if args.keep:
            print(f"Wine prefix kept: {prefix}")
        else:
            shutil.rmtree(prefix.parent, ignore_errors=True)
        for name, seconds in smoke.timings:
            print(f"{seconds:7.1f} s  {name}")
    print(f"windows-smoke: every check passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
