"""Hardship aid at scale: a station with 12,000 files and 100,000 visits and payments.

    .venv/bin/python bench/hardship.py [--files 12000] [--entries 100000] [--runs 5]

Times, as medians of `--runs`: the hardship page's first paint (built, shown, painted:
the lists load after it), the overview's lists (reminders and the first 2,000 files), a
campaign's totals, the reminders alone, and the sign-off sheet of a 1,000-household
campaign. The data goes in through the ORM bulk path (change records included), as a
roster import writes. Prints a table and, last, one JSON object. Goals (issue 15): first
paint < 100 ms; campaign totals and reminders < 200 ms; sign-off for 1,000 < 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH_KEY = bytes(range(100, 132))

from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.runtime import StationRuntime, open_station  # noqa: E402

PAINT_GOAL_MS, QUERY_GOAL_MS, SIGNOFF_GOAL_S = 100.0, 200.0, 5.0
SIGNOFF_HOUSEHOLDS = 1000


def _id_number(seq: int) -> str:
    from unionstation.domain.idnumber import check_digit

    born = date(1960, 1, 1) + timedelta(days=seq % 12000)
    first17 = f"330106{born:%Y%m%d}{seq % 1000:03d}"
    return first17 + check_digit(first17)


def build(runtime: StationRuntime, files: int, entries: int) -> Any:
    """The station, `files` files, a 1,000-household campaign paid in full, and the rest
    of `entries` as visits (half with cash, so a payment each)."""
    from sqlalchemy import insert

    from unionstation.domain.hardship import (
        CampaignKind,
        FileStatus,
        FundingSource,
        HardshipCategory,
        HardshipCause,
        VisitKind,
    )
    from unionstation.services.hardship.campaigns import CampaignDraft, CampaignService
    from unionstation.services.station import StationService
    from unionstation.store.base import new_ids
    from unionstation.store.models import CampaignHousehold, HardshipFile, Payment, Visit

    ctx = runtime.context
    station = StationService(ctx).create("测试街道总工会", "330106001", "测试县总工会")
    today = ctx.today()
    statuses = (FileStatus.FORMAL,) * 8 + (FileStatus.TEMPORARY, FileStatus.RELIEVED)
    ids = new_ids(files)
    rows = [{
        "id": ids[n], "station_id": station.id, "file_no": f"KN{today.year}{n + 1:05d}",
        "name": f"困难户{n:05d}", "id_number": _id_number(n),
        "category": list(HardshipCategory)[n % 3], "main_cause": list(HardshipCause)[n % 8],
        "secondary_causes": [], "household_size": 1 + n % 5,
        "monthly_income": Decimal(1000 + n % 3000), "income_per_capita":
            (Decimal(1000 + n % 3000) / (1 + n % 5)).quantize(Decimal("0.01")),
        "status": statuses[n % 10], "opened_on": today - timedelta(days=n % 700),
        "last_check_on": today - timedelta(days=n % 700),
        "recheck_due": today - timedelta(days=n % 700) + timedelta(days=365),
        "follow_up_on": today + timedelta(days=n % 90) if n % 10 == 9 else None,
        "union_name": "示范工会", "entered_by": "王干事"} for n in range(files)]
    with ctx.unit_of_work() as session:
        session.execute(insert(HardshipFile), rows)
    campaign = CampaignService(ctx).create(CampaignDraft(
        f"{today.year}年送温暖", CampaignKind.WINTER_WARMTH, today.year, "2000000",
        {HardshipCategory.SEVERE: "1000", HardshipCategory.RELATIVE: "500",
         HardshipCategory.SUDDEN: "800"}))
    formal = [rows[n] for n in range(files) if rows[n]["status"] is FileStatus.FORMAL]
    chosen = formal[:SIGNOFF_HOUSEHOLDS]
    payments = [{"file_id": r["id"], "campaign_id": campaign.id, "amount": Decimal("800.00"),
                 "paid_on": today, "year": today.year, "funding": FundingSource.OWN_FUNDS,
                 "officer": "王干事", "reason": "", "override_reason": ""} for r in chosen]
    visits_left = max(entries - len(payments), 0) * 2 // 3
    visit_ids = new_ids(visits_left)
    visits = [{"id": visit_ids[n], "file_id": rows[n % files]["id"],
               "visited_on": today - timedelta(days=n % 365), "kind": VisitKind.LIVING,
               "officers": "王干事", "goods": "大米", "goods_quantity": 1,
               "goods_value": Decimal("80.00"), "funding": FundingSource.DONATION,
               "signed": True} for n in range(visits_left)]
    cash = [{"file_id": v["file_id"], "visit_id": v["id"], "amount": Decimal("200.00"),
             "paid_on": v["visited_on"], "year": v["visited_on"].year,
             "funding": FundingSource.DONATION, "officer": "王干事", "reason": "",
             "override_reason": ""} for v in visits[: entries - len(payments) - visits_left]]
    with ctx.unit_of_work() as session:
        session.execute(insert(CampaignHousehold), [
            {"campaign_id": campaign.id, "file_id": r["id"], "added_on": today,
             "signed": False} for r in formal[:SIGNOFF_HOUSEHOLDS + 200]])
        session.execute(insert(Payment), payments)
        for start in range(0, len(visits), 20000):
            session.execute(insert(Visit), visits[start:start + 20000])
        for start in range(0, len(cash), 20000):
            session.execute(insert(Payment), cash[start:start + 20000])
    return campaign.id, len(visits) + len(payments) + len(cash)


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def first_paint(runtime: StationRuntime, runs: int) -> tuple[float, float]:
    """(first paint ms, lists loaded ms) of the hardship page, medians."""
    from PySide6.QtWidgets import QApplication

    from unionstation.services.station import StationService
    from unionstation.ui.dialogs import DialogService
    from unionstation.ui.hardship.page import HardshipPage
    from unionstation.ui.page_context import PageContext

    app = QApplication.instance() or QApplication([])
    context = PageContext(runtime, StationService(runtime.context).require(), DialogService())
    paints, loads = [], []
    for _ in range(runs):
        start = time.perf_counter()
        page = HardshipPage(context)
        page.resize(1100, 780)
        page.show()
        page.repaint()
        paints.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        while page.overview.model.rowCount() == 0:
            app.processEvents()
        loads.append((time.perf_counter() - start) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()
    return statistics.median(paints), statistics.median(loads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=12000)
    parser.add_argument("--entries", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from unionstation.printing.fonts import choose_fonts
    from unionstation.printing.signoff_sheet import render_signoff
    from unionstation.services.hardship.campaigns import CampaignService
    from unionstation.services.hardship.reminders import ReminderService

    with tempfile.TemporaryDirectory(prefix="us-hardship-bench-") as temporary:
        folder = Path(temporary)
        home = StationHome(folder / "home")
        home.ensure()
        runtime = open_station(home, BENCH_KEY)
        try:
            start = time.perf_counter()
            campaign, entries = build(runtime, args.files, args.entries)
            built = time.perf_counter() - start
            ctx = runtime.context
            paint_ms, lists_ms = first_paint(runtime, args.runs)
            totals_ms = median_ms(lambda: CampaignService(ctx).show(campaign), args.runs)
            households_ms = median_ms(lambda: CampaignService(ctx).households(campaign),
                                      args.runs)
            reminders_ms = median_ms(lambda: ReminderService(ctx).all(), args.runs)
            choose_fonts()
            start = time.perf_counter()
            result = render_signoff(ctx, folder / "signoff.pdf", campaign_id=campaign)
            signoff_s = time.perf_counter() - start
        finally:
            runtime.close()
    met = {"paint": paint_ms < PAINT_GOAL_MS,
           "totals": totals_ms < QUERY_GOAL_MS and reminders_ms < QUERY_GOAL_MS,
           "signoff": signoff_s < SIGNOFF_GOAL_S}
    rows = [
        ("files / visits and payments", f"{args.files} / {entries}"),
        ("station build (not timed)", f"{built:.1f} s"),
        ("page first paint", f"{paint_ms:.1f} ms (goal < {PAINT_GOAL_MS:.0f})"),
        ("overview lists loaded after paint", f"{lists_ms:.1f} ms"),
        ("campaign totals", f"{totals_ms:.1f} ms (goal < {QUERY_GOAL_MS:.0f})"),
        ("campaign households with progress", f"{households_ms:.1f} ms"),
        ("reminders", f"{reminders_ms:.1f} ms (goal < {QUERY_GOAL_MS:.0f})"),
        (f"sign-off sheet, {result.rows} households", f"{signoff_s:.2f} s, {result.pages} pages "
         f"(goal < {SIGNOFF_GOAL_S:.0f})"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    print(json.dumps({"files": args.files, "entries": entries, "paint_ms": round(paint_ms, 1),
                      "lists_ms": round(lists_ms, 1), "totals_ms": round(totals_ms, 1),
                      "households_ms": round(households_ms, 1),
                      "reminders_ms": round(reminders_ms, 1),
                      "signoff_s": round(signoff_s, 2), "signoff_pages": result.pages,
                      "goals_met": met}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
