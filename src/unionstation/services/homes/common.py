"""What the homes services share: finding a venue or an asset, money in fen, the station."""

from __future__ import annotations

from contextlib import suppress
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionstation.domain.money import InvalidAmount, from_fen, to_decimal
from unionstation.domain.money import to_fen as money_to_fen
from unionstation.domain.text import normalize_text
from unionstation.services import audit
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField, NotFound
from unionstation.store.models import Asset, Station, Venue


def to_fen(value: Decimal | str | int, record: str = "资产", field: str = "单价") -> int:
    """Yuan as typed (domain.money's parsing) to integer fen; negative or unreadable is
    refused with the record and field named."""
    try:
        amount = to_decimal(value if isinstance(value, Decimal | int) else str(value))
    except InvalidAmount as exc:
        raise InvalidField(record, field, f"{exc},应为金额(元),例如 1280.00") from None
    if amount < 0:
        raise InvalidField(record, field, "金额不能为负数")
    return money_to_fen(amount)


def yuan(fen: int) -> Decimal:
    return from_fen(int(fen))


def station_of(session: Session) -> Station:
    station = session.scalars(select(Station).where(Station.deleted_at.is_(None))).first()
    if station is None:
        raise NotFound("本数据文件夹还没有建立工会站点,请先运行 unionstation init。")
    return station


def find_venue(session: Session, key: str | UUID) -> Venue:
    """A venue by its id or its code (what the CLI accepts as VENUE)."""
    venue = None
    if isinstance(key, UUID):
        venue = session.get(Venue, key)
    else:
        text = normalize_text(key)
        with suppress(ValueError):
            venue = session.get(Venue, UUID(text))
        if venue is None:
            venue = session.scalars(select(Venue).where(Venue.code == text.upper())).first()
    if venue is None or venue.deleted_at is not None:
        raise NotFound(f"找不到阵地“{key}”(可用阵地编号或编码,例如 330106001-H-001)。")
    return venue


def find_asset(session: Session, tag: str) -> Asset:
    clean = normalize_text(tag).upper()
    asset = session.scalars(select(Asset).where(Asset.tag == clean,
                                                Asset.deleted_at.is_(None))).first()
    if asset is None:
        raise NotFound(f"找不到资产标签“{tag}”。")
    return asset


def record_export(context: ServiceContext, ledger: str, rows: int) -> None:
    """The audit line of a homes ledger written (what and how many rows, nothing else)."""
    with context.unit_of_work() as session:
        audit.record(session, context.officer, "export.homes", ledger, "", f"rows={rows}")
