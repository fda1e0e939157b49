"""Run the command line as county scripts do: a subprocess, one JSON object back.

Every command logs in: `cli` passes an officer through $UNIONSTATION_USER and
$UNIONSTATION_PASSWORD: the one `init --admin` made (remembered per data folder), the test
template's for a station copied from it, else the demo station's demo/demo. A test's own
`env` wins.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

DEMO_LOGIN = {"UNIONSTATION_USER": "demo", "UNIONSTATION_PASSWORD": "demo"}
ADMIN = "admin"
ADMIN_PASSWORD = "station-pass-1"
ADMIN_LOGIN = {"UNIONSTATION_USER": ADMIN, "UNIONSTATION_PASSWORD": ADMIN_PASSWORD}
_LOGINS: dict[str, dict[str, str]] = {}


def _home_of(args: tuple[str, ...], home: Path | None, env: dict[str, str]) -> str:
    if home is not None:
        return str(Path(home).resolve())
    if "--home" in args:
        return str(Path(args[args.index("--home") + 1]).resolve())
    return str(Path(env.get("UNIONSTATION_HOME", "")).resolve())


def _known_officer(root: Path) -> dict[str, str]:
    """The test template's officer (tests.conftest) for a station copied from it, else
    the demo station's."""
    from tests.factories import TEST_ADMIN, TEST_PASSWORD
    from unionstation.paths import StationHome
    from unionstation.store.keyring import KeyRing

    home = StationHome(root)
    if KeyRing.exists(home) and TEST_ADMIN in KeyRing.load(home).logins():
        return {"UNIONSTATION_USER": TEST_ADMIN, "UNIONSTATION_PASSWORD": TEST_PASSWORD}
    return DEMO_LOGIN


def cli(*args: str, home: Path | None = None, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    full = [sys.executable, "-m", "unionstation", *args]
    if home is not None:
        full[3:3] = ["--home", str(home)]
    where = _home_of(args, home, {**os.environ, **(env or {})})
    made: dict[str, str] | None = None
    if "init" in args and "--admin" in args and "county" not in args:
        made = {"UNIONSTATION_USER": args[args.index("--admin") + 1],
                "UNIONSTATION_PASSWORD": (env or {}).get("UNIONSTATION_PASSWORD",
                                                         ADMIN_PASSWORD)}
    credentials = made or _LOGINS.get(where) or _known_officer(Path(where))
    environment = {**os.environ, **credentials, **(env or {})}
    result = subprocess.run(full, capture_output=True, text=True, timeout=180, env=environment)
    if made is not None and result.returncode == 0:
        _LOGINS[where] = made
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    payload = json.loads(lines[0])
    assert isinstance(payload, dict)
    return payload
