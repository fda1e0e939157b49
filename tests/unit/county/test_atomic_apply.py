"""An import that dies part way leaves nothing applied, and succeeds when run again."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.unit.county.batches import TestStation, county_state
from unionstation.county import projections
from unionstation.county.home import CountyHome
from unionstation.county.projections import Projector, RecordState
from unionstation.county.service import County


def test_a_failure_mid_apply_rolls_everything_back(county: County, station: TestStation,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data = station.batch()
    before = county_state(county)
    original = projections.PROJECTORS["member"]
    made: list[int] = []

    def dying_row(code: str, state: RecordState) -> dict[str, Any]:
        made.append(1)
        if len(made) == 2:
            raise RuntimeError("power cut")
        return original.row(code, state)

    monkeypatch.setitem(projections.PROJECTORS, "member",
                        Projector(original.table, original.key, dying_row))
    with pytest.raises(RuntimeError, match="power cut"):
        county.import_batch(data)

    assert county_state(county) == before
    assert county.alerts() == []
    monkeypatch.setitem(projections.PROJECTORS, "member", original)
    outcome = county.import_batch(data)
    assert outcome.status == "applied"
    assert county.stations()[0].members == 3


def test_a_process_killed_mid_apply_leaves_nothing_applied(
        county: County, county_home: CountyHome, station: TestStation,
        tmp_path: Path) -> None:
    batch = tmp_path / "batch.usb"
    batch.write_bytes(station.batch())
    before = county_state(county)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from unionstation.county import projections
        from unionstation.county.home import CountyHome
        from unionstation.county.service import open_county

        def die(*args):
            os._exit(9)  # no rollback, no cleanup: as if the power went

        original = projections.PROJECTORS["member"]
        projections.PROJECTORS["member"] = projections.Projector(
            original.table, original.key, die)
        county = open_county(CountyHome(Path({str(county_home.root)!r})),
                             {county.store.url!r})
        county.import_batch(Path({str(batch)!r}).read_bytes())
        os._exit(0)
    """)
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, timeout=120,
                            check=False, capture_output=True, text=True)
    assert result.returncode == 9, result.stderr

    assert county_state(county) == before
    outcome = county.import_batch(batch.read_bytes())
    assert outcome.status == "applied"
    assert county.stations()[0].members == 3
