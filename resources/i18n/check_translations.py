"""Check that every source text in the .ts file has a Chinese translation.

`make i18n` runs lupdate (which keeps existing translations) and then this script, which
fails listing any text still unfinished, before lrelease compiles the .qm.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("unionstation_zh_CN.ts")


def unfinished(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        text = "" if translation is None else (translation.text or "").strip() or "".join(
            (form.text or "") for form in translation.iter("numerusform"))
        if translation is None or not text or translation.get("type") == "unfinished":
            missing.append(source)
    return missing


if __name__ == "__main__":
    todo = unfinished(TS)
    for text in todo:
        print(f"untranslated: {text}", file=sys.stderr)
    sys.exit(1 if todo else 0)
