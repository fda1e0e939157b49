"""The register's model without a window: fed by a fake source, it loads pages lazily."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import uuid4

from PySide6.QtCore import Qt

from unionstation.domain.codes import Gender, MemberStatus, ModelWorkerLevel
from unionstation.services.member_query import MemberFilter, MemberPage, MemberRow
from unionstation.ui.members.register_model import (
    COLUMN_KEYS,
    MAX_PAGES,
    MemberTableModel,
    cell_text,
)


def fake_row(number: int) -> MemberRow:
    return MemberRow(uuid4(), f"会员{number:05d}", Gender.FEMALE, "330106********1234",
                     date(1990, 1, 2), "13800001111", "示范工会", "示范公司", "焊工", None,
                     number % 2 == 0, ModelWorkerLevel.COUNTY if number == 0 else None,
                     f"C{number:05d}", MemberStatus.ACTIVE, date(2024, 3, 1))


@dataclass
class FakeSource:
    size: int
    calls: list[tuple[str, int, int, str, bool]] = field(default_factory=list)

    def search(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
               sort: str = "name", descending: bool = False) -> MemberPage:
        self.calls.append(("search", offset, limit, sort, descending))
        return MemberPage(self.size, self._slice(offset, limit))

    def rows(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
             sort: str = "name", descending: bool = False) -> list[MemberRow]:
        self.calls.append(("rows", offset, limit, sort, descending))
        return self._slice(offset, limit)

    def _slice(self, offset: int, limit: int) -> list[MemberRow]:
        return [fake_row(n) for n in range(offset, min(self.size, offset + limit))]


def test_counts_once_and_loads_pages_on_demand() -> None:
    source = FakeSource(50_000)
    model = MemberTableModel(source)
    model.set_filter(MemberFilter(text="x"))
    assert model.rowCount() == 50_000
    assert model.loaded_rows() == 200
    assert source.calls == [("search", 0, 200, "name", False)]
    assert model.index(49_999, 0).data() == "会员49999"
    assert source.calls[-1] == ("rows", 49_800, 200, "name", False)
    assert model.index(250, 0).data() == "会员00250"
    assert len(source.calls) == 3 and model.loaded_rows() == 600


def test_keeps_a_bounded_number_of_pages() -> None:
    model = MemberTableModel(FakeSource(50_000))
    model.set_filter(MemberFilter())
    for row in range(0, 50_000, 200):
        assert model.index(row, 0).data() == f"会员{row:05d}"
    assert model.loaded_rows() <= MAX_PAGES * 200


def test_sort_asks_the_source_again() -> None:
    source = FakeSource(1_000)
    model = MemberTableModel(source)
    model.set_filter(MemberFilter())
    model.sort(COLUMN_KEYS.index("joined_on"), Qt.SortOrder.DescendingOrder)
    assert source.calls[-1] == ("rows", 0, 200, "joined_on", True)
    assert model.rowCount() == 1_000
    calls = len(source.calls)
    model.sort(COLUMN_KEYS.index("joined_on"), Qt.SortOrder.DescendingOrder)
    assert len(source.calls) == calls  # the same order: nothing to do


def test_cells_show_what_officers_read() -> None:
    row = fake_row(0)
    assert cell_text(row, "gender") == "女"
    assert cell_text(row, "status") == "在册"
    assert cell_text(row, "model_worker_level") == "县级劳动模范"
    assert cell_text(row, "migrant_worker") == "Yes"  # 是 once translations are installed
    assert cell_text(fake_row(1), "migrant_worker") == "No"
    assert cell_text(row, "priority_group") == ""
    assert cell_text(row, "joined_on") == "2024-03-01"
    assert cell_text(row, "id_number") == "330106********1234"
    assert cell_text(row, "union") == "示范工会"


def test_empty_result() -> None:
    model = MemberTableModel(FakeSource(0))
    model.set_filter(MemberFilter(text="nobody"))
    assert model.rowCount() == 0
    assert model.row_at(0) is None
    assert model.loaded_row_of(uuid4()) is None


@dataclass
class CappedSource(FakeSource):
    """A search counted only to 1,000 of `size` matches, as the service does for terms
    its indexes cannot count."""

    def search(self, criteria: MemberFilter, offset: int = 0, limit: int = 100,
               sort: str = "name", descending: bool = False) -> MemberPage:
        self.calls.append(("search", offset, limit, sort, descending))
        return MemberPage(1_000, self._slice(offset, limit), capped=True)

    def count(self, criteria: MemberFilter) -> int:
        self.calls.append(("count", 0, 0, "", False))
        return self.size


def test_a_capped_total_is_counted_out_when_scrolled_to_the_end() -> None:
    source = CappedSource(2_345)
    model = MemberTableModel(source)
    known: list[int] = []
    model.total_known.connect(known.append)
    model.set_filter(MemberFilter(text="zs"))
    assert (model.rowCount(), model.capped) == (1_000, True)
    assert model.canFetchMore()
    assert not [c for c in source.calls if c[0] == "count"]  # not counted up front
    model.fetchMore()
    assert (model.rowCount(), model.capped, known) == (2_345, False, [2_345])
    assert not model.canFetchMore()
    assert model.index(2_344, 0).data() == "会员02344"


def test_a_filter_without_a_count_paints_its_first_page_and_counts_later() -> None:
    """The register opens on every member: the first page first, the count after paint."""
    source = CappedSource(50_000)
    model = MemberTableModel(source)
    known: list[int] = []
    model.total_known.connect(known.append)
    model.set_filter(MemberFilter(), count=False)
    assert source.calls == [("rows", 0, 200, "name", False)]
    assert (model.rowCount(), model.capped, model.loaded_rows()) == (200, True, 200)
    model.fetchMore()
    assert (model.rowCount(), model.capped, known) == (50_000, False, [50_000])
    assert source.calls[-1][0] == "count"
    small = MemberTableModel(CappedSource(30))
    small.set_filter(MemberFilter(), count=False)
    assert (small.rowCount(), small.capped) == (30, False)  # a short page is the total
