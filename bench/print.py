"""Printing speed: membership cards on A4 sheets against reportlab's floor.

    .venv/bin/python bench/print.py --cards 1000

Builds a station with N members, each with their own photo, then times
`render_to_pdf(..., "card", ids, layout="sheet")` (front and back pages, photo, QR code)
and, as the floor set by the library, a reportlab canvas with the same number of pages and
one line of Chinese text on each in the same font. Prints a table and, as its last line,
one JSON object with the same figures. Goal (issue 5): 1,000 cards under 12 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from unionstation.paths import StationHome
from unionstation.services.runtime import StationRuntime, open_station

GOAL_SECONDS = 12.0

# The data key of this benchmark's throwaway stations (they have no officers).
BENCH_KEY = bytes(range(100, 132))


def _id_number(born: date, seq: int) -> str:
    from unionstation.domain.idnumber import check_digit

    first17 = f"330106{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def build(runtime: StationRuntime, cards: int, folder: Path) -> list[object]:
    """A station, one union and `cards` members with a photo each."""
    from PIL import Image, ImageDraw

    from unionstation.services.members import MemberDraft, MemberService
    from unionstation.services.photos import PhotoStore
    from unionstation.services.station import StationService
    from unionstation.services.unions import UnionService

    context = runtime.context
    StationService(context).create("测试街道总工会", "330106001", "测试县总工会")
    union = UnionService(context).add("杭州示范机械有限公司工会委员会")
    photos = PhotoStore(runtime.home.files_dir)
    drafts = []
    source = folder / "photo.png"
    for number in range(cards):
        image = Image.new("RGB", (295, 413), (150 + number % 100, 180, 220 - number % 90))
        ImageDraw.Draw(image).ellipse((92, 70, 202, 200), fill=(235, 200, 170))
        image.save(source)
        born = date(1970 + number % 30, 1 + number % 12, 1 + number % 28)
        drafts.append(MemberDraft(
            name=f"测试会员{number:04d}", id_number=_id_number(born, number % 1000),
            grassroots_union_id=union.id, joined_on=date(2025, 1, 1),
            employer="杭州示范机械有限公司", photo_hash=photos.store(source)))
    return [m.id for m in MemberService(context).enroll_many(drafts)]


def floor(pages: int, out: Path) -> float:
    """Seconds for reportlab to write `pages` pages with one line of text each."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from unionstation.printing.fonts import choose_fonts

    font = choose_fonts().body.key
    start = time.perf_counter()
    canvas = Canvas(str(out), pagesize=A4, initialFontName=font)
    for number in range(pages):
        canvas.setFont(font, 12)
        canvas.drawString(72, 720, f"中华全国总工会会员证 第 {number + 1} 页")
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="us-print-bench-") as temporary:
        folder = Path(temporary)
        home = StationHome(folder / "home")
        home.ensure()
        runtime = open_station(home, BENCH_KEY)
        try:
            build_start = time.perf_counter()
            ids = build(runtime, args.cards, folder)
            built = time.perf_counter() - build_start
            from unionstation.printing.api import render_to_pdf
            from unionstation.printing.fonts import choose_fonts

            choose_fonts()  # font loading once, as the window does before printing
            start = time.perf_counter()
            result = render_to_pdf(runtime.context, home, "card", ids,  # type: ignore[arg-type]
                                   folder / "cards.pdf", layout="sheet",
                                   record_history=False)
            cards_seconds = time.perf_counter() - start
            size = result.out.stat().st_size
        finally:
            runtime.close()
        floor_seconds = floor(result.pages, folder / "floor.pdf")
    ratio = cards_seconds / floor_seconds if floor_seconds else float("inf")
    rows = [
        ("cards", f"{args.cards}"),
        ("pages (A4, front+back)", f"{result.pages}"),
        ("font", result.font),
        ("station build (not timed)", f"{built:.1f} s"),
        ("cards PDF", f"{cards_seconds:.2f} s"),
        ("reportlab floor, same pages", f"{floor_seconds:.2f} s"),
        ("ratio", f"{ratio:.1f}x"),
        ("PDF size", f"{size / 1e6:.1f} MB"),
        ("goal", f"< {GOAL_SECONDS:.0f} s: {'met' if cards_seconds < GOAL_SECONDS else 'MISSED'}"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    print(json.dumps({"cards": args.cards, "pages": result.pages, "font": result.font,
                      "cards_s": round(cards_seconds, 3), "floor_s": round(floor_seconds, 3),
                      "ratio": round(ratio, 2), "pdf_bytes": size,
                      "goal_met": cards_seconds < GOAL_SECONDS}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
