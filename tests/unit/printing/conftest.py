"""A station with members made to stress the printed forms, on a fixed day."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

import pytest

from tests.factories import make_id_number
from unionstation.domain.codes import Education, Ethnicity, PoliticalStatus, PriorityGroup
from unionstation.services.runtime import StationRuntime

LONG_NAME = "阿卜杜热合曼·买买提艾力"
LONG_EMPLOYER = "新疆乌鲁木齐天山区国际物流供应链管理服务有限公司第二分公司仓储配送中心"
FIXED_NOW = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)


@dataclass(frozen=True)
class PrintStation:
    runtime: StationRuntime
    long_name: UUID
    zhang_san: UUID
    li_si: UUID
    union_name: str


def make_photo(folder: Path) -> Path:
    """A drawn head and shoulders, the same every time."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (295, 413), (200, 215, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse((92, 70, 202, 200), fill=(235, 200, 170))
    draw.rectangle((40, 230, 255, 413), fill=(40, 60, 110))
    draw.ellipse((60, 190, 235, 300), fill=(40, 60, 110))
    path = folder / "photo.png"
    image.save(path)
    return path


@pytest.fixture(autouse=True)
def _invariant_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def printing(runtime: StationRuntime, tmp_path: Path) -> Iterator[PrintStation]:
    from unionstation.services.members import MemberDraft, MemberService
    from unionstation.services.photos import PhotoStore
    from unionstation.services.transfers import TransferService
    from unionstation.services.unions import UnionService

    context = runtime.context
    context.clock = lambda: FIXED_NOW
    union = UnionService(context).resolve("杭州示范机械有限公司工会委员会")
    photo = PhotoStore(runtime.home.files_dir).store(make_photo(tmp_path))
    members = MemberService(context)
    long_name = members.enroll(MemberDraft(
        name=LONG_NAME, id_number=make_id_number("650102", date(1988, 7, 1), 135),
        grassroots_union_id=union.id, joined_on=date(2025, 6, 18), phone="13900002222",
        employer=LONG_EMPLOYER, job="仓储配送员", ethnicity=Ethnicity.UYGHUR,
        education=Education.HIGH_SCHOOL, political_status=PoliticalStatus.MASSES,
        priority_group=PriorityGroup.COURIER, migrant_worker=True, native_place="新疆喀什",
        photo_hash=photo))
    zhang_san = _by_name(runtime, "张三")
    li_si = _by_name(runtime, "李四")
    TransferService(context).out(li_si, "杭州市西湖区文新街道总工会", date(2026, 3, 2))
    yield PrintStation(runtime, long_name.id, zhang_san, li_si, union.name)


def _by_name(runtime: StationRuntime, name: str) -> UUID:
    from unionstation.services.member_query import MemberFilter, MemberQueryService

    rows = MemberQueryService(runtime.context).rows(MemberFilter(text=name))
    return next(row.id for row in rows if row.name == name)
