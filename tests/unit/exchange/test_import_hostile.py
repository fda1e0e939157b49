"""Files that are not rosters, or are built to hurt: refused with a message, memory kept."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest

from tests.unit.exchange import rosters
from unionstation.exchange import spreadsheet
from unionstation.exchange.roster_import import NoHeader, load_roster
from unionstation.exchange.spreadsheet import UnreadableFile
from unionstation.services.import_mappings import ImportMappingService
from unionstation.services.runtime import StationRuntime


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with pytest.raises(UnreadableFile, match="不是 Excel"):
        load_roster(path)
    fake_zip = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(fake_zip, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UnreadableFile, match="损坏或不是 Excel"):
        load_roster(fake_zip)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="空的"):
        load_roster(empty)


def test_decompression_bomb_refused_without_inflating(tmp_path: Path) -> None:
    good = rosters.write_xlsx(tmp_path / "good.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(
            bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with target.open("xl/worksheets/sheet9.xml", "w") as entry:
            block = b"<row>" + b" " * (1024 * 1024) + b"</row>"
            for _ in range(300):  # 300 MB inflated, a few hundred KB on disk
                entry.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(UnreadableFile, match="解压后超过"):
        load_roster(bomb)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 100 * 1024


def test_sixty_megabyte_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(UnreadableFile, match="超过了 40 MB"):
        load_roster(path)


def test_too_many_rows_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 5)
    with pytest.raises(UnreadableFile, match="超过 5 行"):
        load_roster(rosters.write_xlsx(tmp_path / "r.xlsx"))
    with pytest.raises(UnreadableFile, match="超过 5 行"):
        load_roster(rosters.write_csv(tmp_path / "r.csv"))


def test_no_header_and_missing_sheet(tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx", rows=[], header=["甲", "乙"])
    with pytest.raises(NoHeader, match="前10行"):
        load_roster(path)
    with pytest.raises(UnreadableFile, match="没有名为“名单”"):
        load_roster(path, sheet="名单")


def test_header_on_another_sheet_and_row(tmp_path: Path) -> None:
    path = rosters.write_xlsx(tmp_path / "r.xlsx")
    assert load_roster(path, sheet="说明", header_row=1).header.headers == ["这里不是花名册"]


def test_saved_mapping_offered_for_same_headers(runtime: StationRuntime,
                                                tmp_path: Path) -> None:
    sheet = load_roster(rosters.write_xlsx(tmp_path / "r.xlsx"))
    service = ImportMappingService(runtime.context)
    fields = list(sheet.header.fields)
    fields[16] = "remarks"
    fields[15] = None
    service.save("县里的花名册", sheet.header.headers, fields)
    found = service.matching(sheet.header.headers)
    assert [(m.name, list(m.fields)) for m in found] == [("县里的花名册", fields)]
    assert service.matching(["姓名", "身份证号"]) == []
