"""A throwaway PostgreSQL cluster for the county tests.

`postgres_server` (session scope) runs Debian's `postgresql` binaries on a temp folder:
initdb with trust authentication, a free port on 127.0.0.1, the socket in the same folder,
fsync off. Postgres refuses to run as root, so as root (CI) the folder is handed to an
unprivileged user and every command goes through `runuser`. `fresh_database` gives each
test module or test its own empty database on that server.

Missing binaries skip the tests on a developer's machine and fail them in CI (`CI` set):
CI must never skip them silently.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

INSTALL_HINT = "sudo apt-get install postgresql"
UNPRIVILEGED_USERS = ("nobody", "postgres")
START_TIMEOUT_S = 60


def find_binaries() -> tuple[Path, Path] | None:
    """initdb and pg_ctl of one PostgreSQL version: on PATH, else the newest in /usr/lib."""
    on_path = shutil.which("initdb"), shutil.which("pg_ctl")
    if on_path[0] and on_path[1]:
        return Path(on_path[0]), Path(on_path[1])

    def version(folder: str) -> tuple[int, ...]:
        name = Path(folder).parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        initdb, pg_ctl = Path(folder, "initdb"), Path(folder, "pg_ctl")
        if initdb.is_file() and pg_ctl.is_file():
            return initdb, pg_ctl
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def to_conninfo(url: str) -> str:
    """The libpq form of a SQLAlchemy URL (psycopg does not know the `+psycopg` part)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def fresh_database(server_url: str) -> str:
    """CREATE DATABASE with a unique name on the server; its SQLAlchemy URL."""
    import psycopg

    name = f"us_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(to_conninfo(server_url) + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # the name is ours: no user input here
    return f"{server_url}/{name}"


def binaries_missing() -> NoReturn:
    """Skip on a developer's machine; fail in CI, which must never skip these tests."""
    message = f"PostgreSQL server binaries (initdb, pg_ctl) not found: {INSTALL_HINT}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must run the PostgreSQL tests, not skip them)")
    pytest.skip(message)


class _Cluster:
    def __init__(self, initdb: Path, pg_ctl: Path) -> None:
        self.initdb = initdb
        self.pg_ctl = pg_ctl
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self.user = self._unprivileged_user()
        self.root = Path(tempfile.mkdtemp(prefix="us-pg-", dir=self._temp_parent()))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.started = False
        if self.user is not None:
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)

    def _unprivileged_user(self) -> pwd.struct_passwd:
        for name in UNPRIVILEGED_USERS:
            try:
                return pwd.getpwnam(name)
            except KeyError:
                continue
        pytest.fail(f"running as root and none of the users {UNPRIVILEGED_USERS} exists: "
                    "PostgreSQL refuses to run as root")

    def _temp_parent(self) -> str | None:
        """As root the folder's parents must be passable by the unprivileged user."""
        parent = tempfile.gettempdir()
        if self.user is None:
            return None
        if all(os.stat(p).st_mode & 0o001 for p in [parent, *map(str, Path(parent).parents)]):
            return parent
        return "/tmp"

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(arg) for arg in args]
        if self.user is not None:
            runuser = shutil.which("runuser")
            if runuser is None:
                pytest.fail("running as root but runuser (util-linux) is missing")
            command = [runuser, "-u", self.user.pw_name, "--", *command]
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        env.pop("PGDATA", None)
        result = subprocess.run(command, cwd=self.root, env=env, capture_output=True, text=True,
                                timeout=START_TIMEOUT_S + 30, check=False)
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}\n{self.log_tail()}")
        return result

    def log_tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def create(self) -> None:
        self.run(self.initdb, "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                 "--no-locale")

    def start(self) -> int:
        last_error: Exception | None = None
        for _attempt in range(3):  # another process may take the free port in between
            port = free_port()
            settings = {
                "listen_addresses": "'127.0.0.1'",
                "port": str(port),
                "unix_socket_directories": f"'{self.root}'",
                "fsync": "off",
                "synchronous_commit": "off",
                "full_page_writes": "off",
                "max_connections": "50",
            }
            options = " ".join(f"-c {key}={value}" for key, value in settings.items())
            try:
                self.run(self.pg_ctl, "-D", self.data, "-l", self.log, "-w",
                         "-t", str(START_TIMEOUT_S), "-o", options, "start")
            except RuntimeError as exc:
                last_error = exc
                continue
            self.started = True
            self._wait_ready(port)
            return port
        raise RuntimeError(f"PostgreSQL did not start: {last_error}")

    def _wait_ready(self, port: int) -> None:
        import psycopg

        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                with psycopg.connect(host="127.0.0.1", port=port, user="postgres",
                                     dbname="postgres", connect_timeout=5) as conn:
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def destroy(self) -> None:
        try:
            if self.started:
                self.run(self.pg_ctl, "-D", self.data, "-m", "immediate", "-w", "stop",
                         check=False)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A running throwaway PostgreSQL server: `postgresql+psycopg://postgres@127.0.0.1:PORT`."""
    binaries = find_binaries()
    if binaries is None:
        binaries_missing()
    cluster = _Cluster(*binaries)
    try:
        cluster.create()
        port = cluster.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        cluster.destroy()
        pytest.fail(f"could not start a throwaway PostgreSQL cluster: {exc}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        cluster.destroy()
