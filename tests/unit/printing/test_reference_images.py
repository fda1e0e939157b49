"""Each document rendered at 50 dpi against the reference PNG an engineer looked at.

The references in tests/fixtures/print/ were made with WenQuanYi Micro Hei (Debian's
fonts-wqy-microhei); with another font the comparison is skipped. To renew them after a
deliberate layout change: UNIONSTATION_UPDATE_PRINT_REFERENCES=1 pytest this file, then look
at every PNG before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.unit.printing.conftest import PrintStation
from tests.unit.printing.pdf import needs_poppler, render_png
from unionstation.printing.api import render_to_pdf

pytestmark = needs_poppler

REFERENCES = Path(__file__).resolve().parents[2] / "fixtures" / "print"
REFERENCE_FONT = "WenQuanYi Micro Hei"
UPDATE = os.environ.get("UNIONSTATION_UPDATE_PRINT_REFERENCES") == "1"
# A pixel counts as changed when its grey level moves by more than this; the page may
# have this share of changed pixels (anti-aliasing differences between poppler versions).
LEVEL, SHARE = 64, 0.004

DOCUMENTS = {
    "application": ("application", ("long_name",), {}),
    "registration": ("registration", ("long_name",), {}),
    "card_single": ("card", ("long_name",), {"layout": "single"}),
    "card_sheet": ("card", ("long_name", "zhang_san"), {"layout": "sheet"}),
    "certificate": ("certificate", ("long_name",), {}),
    "transfer_letter": ("transfer_letter", ("li_si",), {}),
    "calibration": ("calibration", (), {}),
    "registration_fill_in": ("registration", ("long_name",), {"fill_in": True}),
}


def _changed_share(fresh: Path, reference: Path) -> float:
    from PIL import Image, ImageChops

    with Image.open(fresh) as new, Image.open(reference) as old:
        assert new.size == old.size, f"{fresh.name}: {new.size} vs {old.size}"
        difference = ImageChops.difference(new.convert("L"), old.convert("L"))
        histogram = difference.histogram()
        changed = sum(histogram[LEVEL + 1:])
        return changed / (new.size[0] * new.size[1])


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_matches_its_reference_png(printing: PrintStation, tmp_path: Path,
                                            name: str) -> None:
    kind, members, options = DOCUMENTS[name]
    runtime = printing.runtime
    ids = [getattr(printing, member) for member in members]
    result = render_to_pdf(runtime.context, runtime.home, kind, ids,  # type: ignore[arg-type]
                           tmp_path / f"{name}.pdf", record_history=False,
                           **options)
    if result.font != REFERENCE_FONT:
        pytest.skip(f"references were drawn with {REFERENCE_FONT}, this machine has "
                    f"{result.font}")
    pages = render_png(result.out, tmp_path / name)
    assert len(pages) == result.pages
    for page in pages:
        reference = REFERENCES / page.name
        if UPDATE:
            REFERENCES.mkdir(parents=True, exist_ok=True)
            reference.write_bytes(page.read_bytes())
            continue
        assert reference.is_file(), f"no reference {reference.name}; see the module docstring"
        share = _changed_share(page, reference)
        assert share <= SHARE, f"{page.name}: {share:.2%} of the pixels changed"
