"""Workers' homes speed (issue 16), one JSON line per measure:

    .venv/bin/python bench/homes.py

- the asset list of 20,000 rows, from reading to first paint (goal < 100 ms);
- 1,000 asset labels to PDF (goal < 10 s);
- a month's totals of one venue over a year of daily logs at 50 venues (goal < 100 ms).

Builds a throw-away station in a temporary folder (rows written in one transaction each
table, through the ORM so the change log sees them as a real station would).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH_KEY = bytes(range(100, 132))

from unionstation.domain.homes import AssetCategory, ServiceKind, VenueKind  # noqa: E402
from unionstation.paths import StationHome  # noqa: E402
from unionstation.services.homes.venues import VenueDraft, VenueService  # noqa: E402
from unionstation.services.runtime import StationRuntime, open_station  # noqa: E402
from unionstation.services.station import StationService  # noqa: E402
from unionstation.store.models import Asset, ServiceLog  # noqa: E402

ASSETS, LABELS, VENUES = 20_000, 1_000, 50


def build(root: Path) -> tuple[StationRuntime, list[object]]:
    runtime = open_station(StationHome(root), BENCH_KEY)
    context = runtime.context
    station = StationService(context).create("测试街道总工会", "330106001", "测试县总工会")
    venues = [VenueService(context).add(VenueDraft(VenueKind.OUTDOOR_STATION, f"驿站{n}",
                                                   "工会")).id for n in range(VENUES)]
    with context.unit_of_work() as session:
        session.add_all(Asset(station_id=station.id, venue_id=venues[n % VENUES],
                              tag=f"ZC{n + 1:06d}", name=f"折叠椅{n}",
                              category=AssetCategory.FURNITURE, quantity=1, unit="把",
                              unit_value_fen=4550, funding={"own_funds": 100},
                              location="", disposal_reason="") for n in range(ASSETS))
    start = date(2025, 1, 1)
    services = (ServiceKind.REST, ServiceKind.WATER, ServiceKind.HAIRCUT)
    with context.unit_of_work() as session:
        session.add_all(ServiceLog(venue_id=venue, day=start + timedelta(days=d), service=s,
                                   count=(d % 40) + 1)
                        for venue in venues for d in range(365) for s in services)
    return runtime, venues


def first_paint(runtime: StationRuntime) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from unionstation.services.station import StationService
    from unionstation.ui.dialogs import DialogService
    from unionstation.ui.homes.assets_tab import AssetsTab
    from unionstation.ui.page_context import PageContext

    app = QApplication.instance() or QApplication([])
    context = PageContext(runtime, StationService(runtime.context).require(), DialogService())
    tab = AssetsTab(context)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    began = time.perf_counter()
    tab.show_venue(None)
    tab.table.viewport().repaint()
    app.processEvents()
    took = (time.perf_counter() - began) * 1000
    assert tab.model.total == ASSETS and tab.model.rowCount() >= 30
    return {"measure": "asset_list_first_paint", "rows": tab.model.total,
            "read_at_first_paint": tab.model.rowCount(), "ms": round(took, 1),
            "goal_ms": 100, "ok": took < 100}


def labels(runtime: StationRuntime, folder: Path) -> dict[str, object]:
    from unionstation.printing.homes_api import print_asset_tags

    tags = [f"ZC{n + 1:06d}" for n in range(LABELS)]
    began = time.perf_counter()
    result = print_asset_tags(runtime.context, folder / "labels.pdf", tags=tags)
    took = time.perf_counter() - began
    return {"measure": "asset_labels", "labels": result.labels, "pages": result.pages,
            "s": round(took, 2), "goal_s": 10, "ok": took < 10}


def month(runtime: StationRuntime, venues: list[object]) -> dict[str, object]:
    from unionstation.services.homes.service_logs import ServiceLogService

    logs = ServiceLogService(runtime.context)
    logs.month_totals(venues[0], date(2025, 6, 1))  # warm the connection
    began = time.perf_counter()
    totals = logs.month_totals(venues[17], date(2025, 6, 1))
    took = (time.perf_counter() - began) * 1000
    assert sum(totals.values()) > 0
    return {"measure": "service_month_totals", "rows": VENUES * 365 * 3,
            "ms": round(took, 1), "goal_ms": 100, "ok": took < 100}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        runtime, venues = build(Path(folder) / "station")
        try:
            cold = first_paint(runtime)
            cold["measure"] = "asset_list_first_paint_cold"
            for result in (cold, first_paint(runtime), labels(runtime, Path(folder)),
                           month(runtime, venues)):
                print(json.dumps(result, ensure_ascii=False), flush=True)
        finally:
            runtime.close()


if __name__ == "__main__":
    main()
