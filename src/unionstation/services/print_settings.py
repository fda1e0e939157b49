"""Per-station print settings in the `setting` table: the fixed sentences of the forms (each
county words them a little differently), a chosen font file, field positions for printing on
pre-printed forms, and each printer's offset in millimetres."""

from __future__ import annotations

from pathlib import Path

from unionstation.domain.permissions import Action
from unionstation.domain.text import normalize_text
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.setting_values import read_setting, write_setting

TEXT_PREFIX = "print.text."
FONT_KEY = "print.font_path"
OFFSETS_KEY = "print.printer_offsets"
POSITIONS_PREFIX = "print.fill_in."
CARD_LAYOUT_KEY = "print.card_layout"
CARD_LAYOUTS = ("sheet", "single")  # A4 sheets of cards, or one card a page (card printer)
CARD_DATE_KEY = "print.card_issue_date"
CARD_DATES = ("today", "joined")  # the card's 发证日期: the day it is printed, or joining
MAX_OFFSET_MM = 50.0

TEXT_DEFAULTS: dict[str, str] = {
    "pledge": (
        "我志愿加入中华全国总工会,遵守工会章程,执行工会决议,参加工会活动,"
        "按期交纳会费,维护职工合法权益,为实现党在新时代的中心任务贡献力量。"
    ),
    "card_notice": (
        "本证是中华全国总工会会员的凭证,限本人使用,不得转借。"
        "会员组织关系接转时请出示本证。遗失请及时向所在基层工会报告。"
    ),
    "certificate": (
        "{name}同志:\n您于{joined}经{union}批准,加入中华全国总工会,"
        "成为光荣的工会会员。特发此证,以资纪念。"
    ),
    "letter": (
        "兹有{name}同志(性别:{gender},公民身份号码:{id_number}),"
        "原系{union}会员,会员证号{card_no},于{joined}入会。"
        "因工作变动,其会员组织关系自{transfer_on}起转往你处,请予接转。"
    ),
    "receipt": (
        "{station}:\n你处介绍的{name}同志(会员证号{card_no})的会员组织关系"
        "已转入我处,特此回执。"
    ),
}


class PrintSettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def text(self, name: str) -> str:
        """A fixed sentence of the forms: the station's wording, else the default."""
        if name not in TEXT_DEFAULTS:
            raise KeyError(name)
        value = read_setting(self._ctx, TEXT_PREFIX + name)
        return str(value) if isinstance(value, str) and value.strip() else TEXT_DEFAULTS[name]

    def texts(self) -> dict[str, str]:
        return {name: self.text(name) for name in TEXT_DEFAULTS}

    def set_text(self, name: str, value: str | None) -> None:
        """Save the station's wording; None or blank goes back to the default."""
        if name not in TEXT_DEFAULTS:
            raise KeyError(name)
        clean = value.strip() if value else ""
        write_setting(self._ctx, TEXT_PREFIX + name, clean or None)

    def font_path(self) -> Path | None:
        value = read_setting(self._ctx, FONT_KEY)
        return Path(value) if isinstance(value, str) and value else None

    def set_font_path(self, path: Path | None) -> None:
        write_setting(self._ctx, FONT_KEY, str(path) if path else None)

    def card_layout(self) -> str:
        value = read_setting(self._ctx, CARD_LAYOUT_KEY)
        return value if value in CARD_LAYOUTS else "sheet"

    def set_card_layout(self, layout: str) -> None:
        if layout not in CARD_LAYOUTS:
            raise InvalidField("打印设置", "会员证版式", f"不认识的版式“{layout}”。")
        write_setting(self._ctx, CARD_LAYOUT_KEY, None if layout == "sheet" else layout)

    def card_issue_date(self) -> str:
        value = read_setting(self._ctx, CARD_DATE_KEY)
        return value if value in CARD_DATES else "today"

    def set_card_issue_date(self, which: str) -> None:
        if which not in CARD_DATES:
            raise InvalidField("打印设置", "发证日期", f"不认识的选项“{which}”。")
        write_setting(self._ctx, CARD_DATE_KEY, None if which == "today" else which)

    def printer_offsets(self) -> dict[str, tuple[float, float]]:
        """Every printer's stored offset, by name."""
        offsets = read_setting(self._ctx, OFFSETS_KEY)
        if not isinstance(offsets, dict):
            return {}
        return {str(name): (float(v[0]), float(v[1])) for name, v in offsets.items()
                if isinstance(v, list) and len(v) == 2}

    def printer_offset(self, printer_name: str) -> tuple[float, float]:
        """(x, y) in millimetres, right and down positive; (0, 0) for a printer not set."""
        offsets = read_setting(self._ctx, OFFSETS_KEY)
        if isinstance(offsets, dict):
            value = offsets.get(normalize_text(printer_name))
            if isinstance(value, list) and len(value) == 2:
                return float(value[0]), float(value[1])
        return 0.0, 0.0

    def set_printer_offset(self, printer_name: str, x_mm: float, y_mm: float) -> None:
        """Whoever may print may calibrate the printer it prints on."""
        self._ctx.require(Action.PRINT, "printer offset")
        name = normalize_text(printer_name)
        if not name:
            raise InvalidField("套打偏移", "打印机", "请先选择打印机。")
        for axis, value in (("左右偏移", x_mm), ("上下偏移", y_mm)):
            if not -MAX_OFFSET_MM <= value <= MAX_OFFSET_MM:
                raise InvalidField(name, axis, f"应在 ±{MAX_OFFSET_MM:.0f} 毫米之内。")
        offsets = read_setting(self._ctx, OFFSETS_KEY)
        table = dict(offsets) if isinstance(offsets, dict) else {}
        table[name] = [round(float(x_mm), 1), round(float(y_mm), 1)]
        write_setting(self._ctx, OFFSETS_KEY, table)

    def fill_in_positions(self, kind: str) -> dict[str, tuple[float, float]]:
        """Field name -> (x, y) mm from the page's top-left, where a county's printed form
        puts a field elsewhere than ours; fields not listed stay where our form has them."""
        value = read_setting(self._ctx, POSITIONS_PREFIX + kind)
        if not isinstance(value, dict):
            return {}
        return {str(k): (float(v[0]), float(v[1])) for k, v in value.items()
                if isinstance(v, list) and len(v) == 2}

    def set_fill_in_position(self, kind: str, field: str, position: tuple[float, float] | None,
                             ) -> None:
        table = dict(self.fill_in_positions(kind))
        if position is None:
            table.pop(field, None)
        else:
            table[field] = (float(position[0]), float(position[1]))
        write_setting(self._ctx, POSITIONS_PREFIX + kind,
                      {k: [v[0], v[1]] for k, v in table.items()} or None)
