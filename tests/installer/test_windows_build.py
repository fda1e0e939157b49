"""The Windows installer as built by `make windows`: what it lists, where its shortcuts
point, what it leaves out, and the small rules of the build scripts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.installer.windows import SCRIPTS, built, script

NSI = SCRIPTS / "unionstation.nsi"
# DLLs every Windows 10 has in System32 (icuuc.dll since 1903: Qt 6 uses Windows' ICU).
WINDOWS_DLLS = {
    "advapi32.dll", "authz.dll", "bcrypt.dll", "bcryptprimitives.dll", "comdlg32.dll",
    "crypt32.dll", "d3d11.dll", "d3d12.dll", "d3d9.dll", "d3dcompiler_47.dll", "dnsapi.dll",
    "dwmapi.dll", "dwrite.dll", "dxgi.dll", "gdi32.dll", "icuuc.dll", "imm32.dll",
    "iphlpapi.dll", "kernel32.dll", "mpr.dll", "ncrypt.dll", "netapi32.dll", "ntdll.dll",
    "ole32.dll", "oleaut32.dll", "psapi.dll", "rpcrt4.dll", "secur32.dll", "setupapi.dll",
    "shell32.dll", "shlwapi.dll", "uiautomationcore.dll", "user32.dll", "userenv.dll",
    "uxtheme.dll", "version.dll", "winhttp.dll", "winmm.dll", "winspool.drv", "ws2_32.dll",
    "wtsapi32.dll",
}


def defines() -> dict[str, str]:
    return dict(re.findall(r'^!define (\w+) "([^"]*)"', NSI.read_text(), re.MULTILINE))


def expand(text: str, names: dict[str, str]) -> str:
    for _ in range(3):
        text = re.sub(r"\$\{(\w+)\}", lambda m: names.get(m.group(1), m.group(0)), text)
    return text


def archive_paths(setup: Path) -> set[str]:
    """What the setup.exe carries, as 7-Zip reads NSIS installers ($INSTDIR-relative)."""
    listing = subprocess.run(["7z", "l", "-ba", "-slt", str(setup)], capture_output=True,
                             text=True, check=True).stdout
    return set(re.findall(r"^Path = (.+)$", listing, re.MULTILINE))


@pytest.fixture(scope="module")
def build() -> Path:
    return built()


@pytest.fixture(scope="module")
def carried(build: Path) -> set[str]:
    version = script("build").project_version()
    return archive_paths(build / f"UnionStation-{version}-setup.exe")


def test_every_file_listed_is_in_the_installer(build: Path, carried: set[str]) -> None:
    listed = set((build / "manifest.txt").read_text().split())
    stage = build / "stage"
    assert listed == set(script("stage").manifest(stage))
    assert listed <= carried, sorted(listed - carried)[:10]
    extra = {p for p in carried - listed if not p.startswith("$PLUGINSDIR/")}
    assert extra == {"uninstall.exe"}


def test_shortcuts_point_at_files_that_exist(build: Path, carried: set[str]) -> None:
    names = defines()
    shortcuts = re.findall(r'CreateShortCut "([^"]+)" "([^"]+)" "[^"]*" "([^"]+)"',
                           NSI.read_text())
    assert len(shortcuts) == 2  # Start menu and desktop
    for link, target, icon in shortcuts:
        for path in (expand(target, names), expand(icon, names)):
            assert path.startswith("$INSTDIR\\"), (link, path)
            relative = path.removeprefix("$INSTDIR\\").replace("\\", "/")
            assert relative in carried, f"{link} points at {path}, not in the installer"
            assert (build / "stage" / relative).is_file()
    assert expand("${GUI_EXE}", names).endswith("pythonw.exe")  # no console window
    assert expand("${GUI_ARGS}", names) == "-m unionstation"
    assert (build / "stage" / "lib" / "unionstation" / "__main__.py").is_file()


def test_python_finds_the_app_and_its_resources(build: Path) -> None:
    stage = build / "stage"
    pth = (stage / "python" / "python313._pth").read_text().splitlines()
    assert "..\\lib" in pth and "import site" in pth
    # paths.resource_dir() of an unpacked tree: lib/unionstation/paths.py -> parents[2]
    assert (stage / "lib" / "unionstation" / "paths.py").is_file()
    assert (stage / "resources" / "i18n" / "unionstation_zh_CN.qm").is_file()
    assert list((stage / "resources" / "fonts").glob("*.tt[cf]"))
    launcher = (stage / "bin" / "unionstation.exe").read_bytes()
    assert launcher[:2] == b"MZ"
    assert b"#!<launcher_dir>\\..\\python\\python.exe" in launcher


def test_unused_qt_is_left_out_and_what_is_kept_loads(build: Path) -> None:
    pyside = build / "stage" / "lib" / "PySide6"
    names = {p.name for p in pyside.iterdir()}
    assert {"QtCore.pyd", "QtWidgets.pyd", "QtPdf.pyd", "QtPrintSupport.pyd"} <= names
    assert not {n for n in names if re.search(r"Quick|Qml|WebEngine|3D|Multimedia", n)}
    assert not list(pyside.glob("*.exe")) and not (pyside / "qml").exists()
    translations = {p.name for p in (pyside / "translations").iterdir()}
    assert "qtbase_zh_CN.qm" in translations
    assert all(re.search(r"_(zh_CN|en)\.qm$", n) for n in translations), translations
    # Every DLL a kept binary imports ships too, or is part of Windows.
    stage = build / "stage"
    binaries = [p for p in stage.rglob("*") if p.suffix.lower() in (".dll", ".pyd")]
    present = {p.name.lower() for p in binaries}
    imports = script("stage").pe_imports
    for binary in binaries:
        for name in imports(binary):
            assert (name in present or name in WINDOWS_DLLS
                    or name.startswith(("api-ms-win-", "ext-ms-"))), f"{binary}: {name}"


def test_the_installer_is_small_and_named_for_the_version(build: Path) -> None:
    version = script("build").project_version()
    setup = build / f"UnionStation-{version}-setup.exe"
    assert setup.stat().st_size < 120 * 2**20
    assert version.encode("utf-16-le") in setup.read_bytes()  # the file properties


def test_the_windows_version_has_four_numbers() -> None:
    to_windows = script("build").windows_version
    assert to_windows("0.1.0") == "0.1.0.0"
    assert to_windows("1.2.3rc1") == "1.2.3.0"
    assert to_windows("2.0.1.7.9") == "2.0.1.7"


def test_path_entries_are_added_once_and_removed_exactly() -> None:
    changed = script("path_env").changed
    folder = r"C:\Users\li\AppData\Local\Programs\UnionStation\bin"
    entries = [r"C:\Windows", folder.upper() + "\\", ""]
    assert changed(entries, folder, add=True) == [r"C:\Windows", folder]
    assert changed(entries, folder, add=False) == [r"C:\Windows"]


def test_the_lock_pins_every_dependency_of_pyproject() -> None:
    """installer/windows/requirements.txt is regenerated (make windows-lock) whenever
    pyproject.toml's dependencies change; a stale lock would build an installer that
    fails on its first import (as sqlcipher3 would have)."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    with (SCRIPTS.parents[1] / "pyproject.toml").open("rb") as handle:
        wanted = [Requirement(text) for text in tomllib.load(handle)["project"]["dependencies"]]
    lock = (SCRIPTS / "requirements.txt").read_text()
    pinned = {canonicalize_name(name): version for name, version
              in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", lock, re.MULTILINE)}
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement}: not in requirements.txt (make windows-lock)"
        assert requirement.specifier.contains(pinned[name], prereleases=True), \
            f"{requirement}: requirements.txt pins {pinned[name]} (make windows-lock)"
        for extra in requirement.extras:  # psycopg[binary] -> psycopg-binary
            assert canonicalize_name(f"{requirement.name}-{extra}") in pinned, requirement
    assert re.search(r"^sqlcipher3==.*\n(\s+--hash=sha256:\w+ \\\n)*\s+--hash=", lock,
                     re.MULTILINE), "requirements.txt pins without hashes"
