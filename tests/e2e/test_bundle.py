"""The PyInstaller bundle: build it from installer/unionstation.spec and run what it ships.

Slow (about a minute to build): it runs the frozen program as a user would, the CLI and a
screenshot of the window, and checks what the spec leaves out and what it must put in.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from importlib.metadata import version
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "unionstation.spec"
EXE_NAME = "unionstation.exe" if sys.platform == "win32" else "unionstation"
STATION = "测试街道总工会"
UNUSED_QT = re.compile(r"Qt6?(Quick|Qml|3D|WebEngine|Multimedia)|VirtualKeyboard", re.I)
FONT_SUFFIXES = {".ttf", ".ttc", ".otf"}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build/dist/unionstation, built once for the module into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    build = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=1200, check=False,
    )
    assert result.returncode == 0, f"pyinstaller failed:\n{result.stderr[-6000:]}"
    folder = build / "dist" / "unionstation"
    assert (folder / EXE_NAME).is_file()
    return folder


def run(bundle: Path, *args: str, timeout: float = 120,
        login: tuple[str, str] = ("admin", "bundle-pass-1")) -> subprocess.CompletedProcess[str]:
    """As the officer `login` (an `init --admin admin` station's; demo/demo for a demo one)."""
    env = {k: v for k, v in os.environ.items() if k != "UNIONSTATION_HOME"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["UNIONSTATION_USER"], env["UNIONSTATION_PASSWORD"] = login
    result = subprocess.run(
        [str(bundle / EXE_NAME), *args], capture_output=True, text=True, encoding="utf-8",
        errors="replace", env=env, timeout=timeout, check=False,
    )
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
    return result


def files(bundle: Path) -> list[Path]:
    return [path for path in bundle.rglob("*") if path.is_file()]


def test_version_comes_from_the_package_metadata(bundle: Path) -> None:
    result = run(bundle, "--version")
    assert version("unionstation") in result.stdout + result.stderr


def test_cli_creates_a_station_and_adds_demo_members(bundle: Path, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    created = json.loads(run(bundle, "--home", home, "init", "--name", STATION,
                             "--code", "330106001", "--admin", "admin", "--json").stdout)
    assert created["ok"] is True
    assert created["station"]["name"] == STATION
    # Faker's locales and pypinyin's dictionaries are data files the bundle must carry.
    demo = json.loads(run(bundle, "--home", home, "--json", "demo", "--members", "20").stdout)
    assert demo["ok"] is True and demo["members_added"] == 20
    check = json.loads(run(bundle, "--home", home, "--json", "check").stdout)
    assert check["ok"] is True and check["schema_current"] is True


def test_sync_pairs_a_station_with_a_county(bundle: Path, tmp_path: Path) -> None:
    """Crypto, the county's migrations and its store all work from the bundle."""
    station, county = str(tmp_path / "station"), str(tmp_path / "county")
    demo = ("demo", "demo")
    run(bundle, "--home", station, "demo", "--members", "5", login=demo)
    run(bundle, "--home", county, "county", "init", "--name", "县总工会", "--code", "330106")
    enrolment, key, stick = tmp_path / "e.us1", tmp_path / "s.key", tmp_path / "stick"
    stick.mkdir()
    run(bundle, "--home", county, "county", "enrol", "--station-code", "330106001",
        "--station-name", STATION, "--out", str(enrolment))
    run(bundle, "--home", station, "sync", "enrol", str(enrolment), "--key-out", str(key),
        login=demo)
    run(bundle, "--home", county, "county", "register", str(key))
    exported = json.loads(run(bundle, "--home", station, "--json", "sync", "export",
                              "--to", str(stick), login=demo).stdout)
    assert exported["changes"] > 0
    imported = json.loads(run(bundle, "--home", county, "--json", "county", "import",
                              str(stick)).stdout)
    assert imported["applied"] == 1 and imported["refused"] == []
    members = json.loads(run(bundle, "--home", county, "--json", "county", "members").stdout)
    assert members["total"] >= 5


def png_size_and_pixels(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    idat, offset = b"", 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        if kind == b"IDAT":
            idat += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    return width, height, zlib.decompress(idat)


def test_window_renders_a_screenshot(bundle: Path, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    run(bundle, "--home", home, "init", "--name", STATION, "--code", "330106001", "--admin",
        "admin", "--json")
    shot = tmp_path / "shot.png"
    run(bundle, "--home", home, "gui", "--page", "members", "--screenshot", str(shot))
    assert shot.is_file()
    width, height, pixels = png_size_and_pixels(shot)
    assert (width, height) == (1280, 800)
    assert shot.stat().st_size > 10_000, "the screenshot is (nearly) blank"
    assert len(set(pixels)) > 32, "the screenshot has almost no distinct colours"


def test_unused_qt_modules_are_left_out(bundle: Path) -> None:
    unused = sorted(str(p.relative_to(bundle)) for p in files(bundle) if UNUSED_QT.search(p.name))
    assert unused == []
    assert not any(p.name == "qml" and p.is_dir() for p in bundle.rglob("qml"))


@pytest.mark.parametrize("module", ["Pdf", "Charts"])
def test_qt_pdf_and_charts_are_shipped(bundle: Path, module: str) -> None:
    names = {p.name for p in files(bundle)}
    assert any(re.match(rf"Qt{module}\.(abi3\.so|pyd)$", name) for name in names), "module"
    assert any(re.match(rf"(lib)?Qt6{module}\.(so|dll|dylib)", name) for name in names), "lib"


def test_a_cjk_font_is_in_resources_fonts(bundle: Path) -> None:
    folders = list(bundle.rglob("resources/fonts"))
    assert folders, "no resources/fonts in the bundle"
    fonts = [p for p in folders[0].iterdir() if p.suffix.lower() in FONT_SUFFIXES]
    assert fonts, "no font in resources/fonts"
    assert max(p.stat().st_size for p in fonts) > 1_000_000, "too small for CJK glyphs"


def test_migrations_ship_as_files_next_to_the_store(bundle: Path) -> None:
    # store/migrate.py finds them at Path(__file__).parent / "migrations", in _MEIPASS
    found = list(bundle.rglob("unionstation/store/migrations"))
    assert len(found) == 1
    migrations = found[0]
    assert (migrations.parents[2] / "resources").is_dir(), "not beside resources/ in _MEIPASS"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    source = ROOT / "src" / "unionstation" / "store" / "migrations" / "versions"
    assert shipped == {p.name for p in source.glob("*.py")}


def test_resources_ship_without_their_sources(bundle: Path) -> None:
    shipped = next(bundle.rglob("resources/fonts")).parent
    for folder in ("i18n", "icons"):
        wanted = {p.name for p in (ROOT / "resources" / folder).glob("*")
                  if p.is_file() and p.suffix not in {".ts", ".py"}}
        assert wanted <= {p.name for p in (shipped / folder).glob("*")}, folder
    assert not list(shipped.rglob("*.ts")) and not list(shipped.rglob("*.py"))
