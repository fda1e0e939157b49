"""Workers' homes (职工之家 阵地): venue kinds and their code letters, model-home levels, asset
categories, conditions, funding sources and the services a rest stop counts.

The codes are the command line's fixed words (issue 16) and the stored values.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from unionstation.domain._labeled import LabeledEnum

__all__ = [
    "STANDARD_OF_KIND", "AssetCategory", "AssetCondition", "FundingSource", "ModelLevel",
    "ServiceKind", "VenueKind", "asset_qr", "month_bounds", "parse_asset_scan", "parse_month",
    "venue_qr",
]


class VenueKind(LabeledEnum):
    WORKERS_HOME = "workers_home", "职工之家"
    SMALL_HOME = "small_home", "职工小家"
    READING_ROOM = "reading_room", "职工书屋"
    NURSING_ROOM = "nursing_room", "母婴关爱室"
    OUTDOOR_STATION = "outdoor_station", "户外劳动者服务站点", "工会驿站", "驿站"
    SERVICE_CENTER = "service_center", "职工服务中心", "服务大厅"
    INNOVATION_STUDIO = "innovation_studio", "劳模创新工作室", "创新工作室"

    @property
    def letter(self) -> str:
        """The letter of the venue code `<station code>-<letter>-<serial>`."""
        return _LETTERS[self]


_LETTERS = {
    VenueKind.WORKERS_HOME: "H", VenueKind.SMALL_HOME: "S", VenueKind.READING_ROOM: "R",
    VenueKind.NURSING_ROOM: "N", VenueKind.OUTDOOR_STATION: "O",
    VenueKind.SERVICE_CENTER: "C", VenueKind.INNOVATION_STUDIO: "I",
}

# The standard each kind is scored against (the lists live in resources/standards.json).
STANDARD_OF_KIND = {
    VenueKind.WORKERS_HOME: "six_haves", VenueKind.SMALL_HOME: "six_haves",
    VenueKind.OUTDOOR_STATION: "six_haves", VenueKind.SERVICE_CENTER: "six_haves",
    VenueKind.INNOVATION_STUDIO: "six_haves", VenueKind.READING_ROOM: "ten_haves",
    VenueKind.NURSING_ROOM: "nursing_stars",
}


class ModelLevel(LabeledEnum):
    NATIONAL = "national", "全国", "国家级"
    PROVINCIAL = "provincial", "省级"
    CITY = "city", "市级"
    COUNTY = "county", "县级"


class AssetCategory(LabeledEnum):
    SPORTS = "sports", "文体器材", "体育"
    BOOKS = "books", "图书", "书籍"
    APPLIANCES = "appliances", "家用电器", "电器"
    FURNITURE = "furniture", "家具"
    FIRST_AID = "first_aid", "急救用品", "医药箱"
    IT = "it", "信息化设备", "智慧屏", "电脑"
    OTHER = "other", "其他"


class AssetCondition(LabeledEnum):
    GOOD = "good", "完好", "正常"
    DAMAGED = "damaged", "损坏", "待修"
    SCRAPPED = "scrapped", "报废"


class FundingSource(LabeledEnum):
    OWN_FUNDS = "own_funds", "单位自筹", "自筹"
    HIGHER_UNION = "higher_union", "上级工会补助", "上级补助"
    DONATION = "donation", "社会捐赠", "捐赠"
    SPECIAL_FUND = "special_fund", "专项资金"


class ServiceKind(LabeledEnum):
    REST = "rest", "歇脚休息"
    WATER = "water", "饮水"
    CHARGING = "charging", "充电"
    MICROWAVE = "microwave", "热饭"
    HAIRCUT = "haircut", "理发"
    SHOWER = "shower", "洗浴"
    BOOK_LENT = "book_lent", "图书借阅"
    MEDICAL_KIT = "medical_kit", "医药箱"
    OTHER = "other", "其他"


def venue_qr(venue_code: str) -> str:
    return f"US1:V:{venue_code}"


def asset_qr(station_code: str, tag: str) -> str:
    return f"US1:A:{station_code}:{tag}"


_ASSET_SCAN = re.compile(r"^US1:A:([^:]+):(.+)$")


def parse_asset_scan(text: str) -> tuple[str | None, str]:
    """(station code or None, tag) from what was typed or scanned: the QR text
    `US1:A:<station>:<tag>` or the bare tag."""
    clean = text.strip()
    found = _ASSET_SCAN.match(clean)
    if found:
        return found.group(1), found.group(2).strip()
    return None, clean


def parse_month(text: str) -> date:
    """`YYYY-MM` to the month's first day; ValueError otherwise."""
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not found:
        raise ValueError(f"月份应写作 YYYY-MM,而不是 {text!r}")
    return date(int(found.group(1)), int(found.group(2)), 1)


def month_bounds(first: date) -> tuple[date, date]:
    """[first day, first day of the next month)."""
    start = first.replace(day=1)
    following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, following


def money(value: Decimal | str | int) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))
