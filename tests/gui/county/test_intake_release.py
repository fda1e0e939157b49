"""A file whose import lets parked batches through shows its own result; the batches it
let through are listed apart, each under its own file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import (
    LI,
    WANG,
    ZHANG,
    Station,
    copy_county,
    make_county,
    make_station,
    pair,
)
from tests.gui.conftest import ScriptedDialogs
from tests.gui.county.test_county_window import OpenCounty, open_county_window, page_of
from unionstation.county.home import CountyHome
from unionstation.ui.county.intake import APPLIED, PARKED, IntakePage

__all__ = ["open_county_window"]  # the fixture, shared with the window's own tests

TIMEOUT = 20_000


@pytest.fixture
def out_of_order(tmp_path: Path) -> Iterator[tuple[CountyHome, Path, Path]]:
    """A county that has seen nothing from the west station, and two of its batches: the
    first, and a second that starts where a twin county's receipt for the first left off."""
    county = make_county(tmp_path / "county")
    west = make_station(tmp_path / "west", "330106001", "西湖街道总工会",
                        [("张三", ZHANG), ("李四", LI)])
    try:
        pair(county, west, "西湖街道总工会")
        county.close()
        twin = copy_county(tmp_path / "county", tmp_path / "twin")
        try:
            first = export(west, tmp_path / "stick-1")
            answer = twin.import_batch(first.read_bytes())
            assert answer.status == APPLIED and answer.ack is not None
            west.sync.accept_ack(answer.ack)
        finally:
            twin.close()
        west.enroll("王五", WANG)
        second = export(west, tmp_path / "stick-2")
    finally:
        west.runtime.close()
    yield CountyHome(tmp_path / "county"), first, second


def ack_name(batch: Path) -> str:
    """US1_<station>_<id8>.usb is answered by US1ACK_<station>_<id8>.ack."""
    return batch.name.replace("US1_", "US1ACK_", 1).replace(".usb", ".ack")


def export(station: Station, folder: Path) -> Path:
    folder.mkdir()
    batch = station.sync.export_to(folder).batch
    assert batch is not None
    return batch


def test_a_file_that_releases_parked_batches_shows_its_own_result(
        qtbot: QtBot, out_of_order: tuple[CountyHome, Path, Path],
        open_county_window: OpenCounty, dialogs: ScriptedDialogs) -> None:
    home, first, second = out_of_order
    window, _ = open_county_window(home)
    intake = page_of(window, "intake", IntakePage)
    assert isinstance(intake, IntakePage)

    with qtbot.waitSignal(intake.imported, timeout=TIMEOUT) as done:
        intake.import_paths([second, first])  # the later batch comes first: it is parked
    report = done.args[0]

    assert [(o.path, o.result) for o in report.files] == [(second, PARKED), (first, APPLIED)]
    assert not any(o.was_parked for o in report.files)
    [released] = report.released
    assert (released.result, released.released_by) == (APPLIED, first)
    assert released.path == second  # its own file, as it was parked from
    # The parked answer went beside its file; the released batch's receipt goes beside the
    # file that let it through (the stick in hand), with the first's.
    assert sorted((ack.parent.name, ack.name) for ack in report.acks) == sorted([
        ("stick-2", ack_name(second)), ("stick-1", ack_name(first)),
        ("stick-1", ack_name(second))])
    assert "Applied: 1" in intake.summary.text() and "Parked: 1" in intake.summary.text()
    assert "let through: applied 1" in intake.summary.text()

    model = intake.results
    rows = [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]
    assert [row[1] for row in rows] == ["Parked: an earlier batch is missing", "Applied",
                                        "Parked earlier, applied now"]
    assert rows[1][0] == first.name
    assert rows[2][0].strip().startswith("↳")
    assert second.name in rows[2][0]
    assert rows[2][2] == f"Let through by {first.name}"
