"""Shared by the Windows installer tests: the build scripts of installer/windows/."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "installer" / "windows"
# Set by `make windows` after it built: then the tests of the built installer must run.
BUILD_ENV = "UNIONSTATION_WINDOWS_BUILD"


def script(name: str) -> ModuleType:
    """One of installer/windows/*.py, imported as a module."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module(name)


def built() -> Path:
    """build/windows (or $UNIONSTATION_WINDOWS_BUILD) with a setup.exe and its stage; skip
    when nothing is built, unless `make windows` asked for these tests."""
    wanted = os.environ.get(BUILD_ENV)
    folder = Path(wanted) if wanted else ROOT / "build" / "windows"
    version = script("build").project_version()
    setup = folder / f"UnionStation-{version}-setup.exe"
    if not (setup.is_file() and (folder / "stage").is_dir()):
        if wanted:
            pytest.fail(f"{BUILD_ENV}={wanted}: no {setup.name} and stage/ there")
        pytest.skip("the Windows installer is not built here (make windows runs these)")
    return folder
