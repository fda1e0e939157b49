"""Run the command line as county scripts do: a subprocess, one JSON object back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def cli(*args: str, home: Path | None = None, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    full = [sys.executable, "-m", "unionstation", *args]
    if home is not None:
        full[3:3] = ["--home", str(home)]
    environment = {**os.environ, **(env or {})}
    return subprocess.run(full, capture_output=True, text=True, timeout=180, env=environment)


def as_json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    payload = json.loads(lines[0])
    assert isinstance(payload, dict)
    return payload
