"""Fill unfinished entries of the .ts file from JSON files of {"source": "translation"}.

    python resources/i18n/merge_translations.py zh_form.json zh_register.json

Run `make i18n` first (it refreshes the .ts from the code), then this, then `make i18n`
again to compile. Existing finished translations are left as they are.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("unionstation_zh_CN.ts")


def merge(ts: Path, translations: dict[str, str]) -> list[str]:
    """Returns the sources still without a translation."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            continue
        current = (translation.text or "").strip() or "".join(
            (form.text or "") for form in translation.iter("numerusform"))
        done = current and translation.get("type") != "unfinished"
        if done:
            continue
        if source in translations:
            _set(message, translation, translations[source])
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _set(message: ET.Element, translation: ET.Element, text: str) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        # Chinese has one plural form: "%n" stays in it.
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


if __name__ == "__main__":
    merged: dict[str, str] = {}
    for name in sys.argv[1:]:
        merged.update(json.loads(Path(name).read_text(encoding="utf-8")))
    left = merge(TS, merged)
    for source in left:
        print(f"untranslated: {source}", file=sys.stderr)
    sys.exit(1 if left else 0)
