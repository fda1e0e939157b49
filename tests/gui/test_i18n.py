from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from unionstation.paths import resource_path

I18N = resource_path("i18n")


def test_every_text_is_translated() -> None:
    result = subprocess.run([sys.executable, str(I18N / "check_translations.py")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(I18N / "unionstation_zh_CN.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True, timeout=60)
    assert compiled.read_bytes() == (I18N / "unionstation_zh_CN.qm").read_bytes(), \
        "run `make i18n` and commit resources/i18n"


def test_the_code_has_no_text_missing_from_the_ts(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "src" /
                                      "unionstation" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    import xml.etree.ElementTree as ET

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(ctx.findtext("name", ""), msg.findtext("source", ""))
                for ctx in root.iter("context") for msg in ctx.iter("message")}

    missing = texts(fresh) - texts(I18N / "unionstation_zh_CN.ts")
    assert not missing, f"run `make i18n` and translate: {sorted(missing)}"
