"""Drawing in millimetres from a page's top-left corner, with text that fits its box.

Every document draws through `Page`: fixed parts of a form (titles, rules, printed labels)
with `label`, `title`, `line`, `rect`, and the member's data with `data` and `photo`. In
fill-in mode (pre-printed forms) the fixed parts are skipped and everything moves by the
printer's offset; a county's form that puts a field elsewhere moves it through `positions`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from unionstation.printing.fonts import FontChoice

MM = 72 / 25.4
PT_MM = 25.4 / 72
LEADING = 1.25
ASCENT = 0.86
Align = Literal["left", "centre", "right"]

_TOKEN = re.compile(r"[A-Za-z0-9_\-./@]+|\s+|.", re.DOTALL)
NO_LINE_START = set("·,。、;:?!)》」』”’%")


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


BLANK_DATE = "年　　月　　日"


def text_width(text: str, font: str, size: float) -> float:
    """Width in millimetres."""
    return float(stringWidth(text, font, size)) * PT_MM


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy lines no wider than `width` mm: Chinese breaks between any two characters,
    Latin words and numbers stay whole unless longer than a line, `·` never starts one."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for token in _TOKEN.findall(paragraph):
            if text_width(current + token, font, size) <= width or not current:
                if text_width(token, font, size) > width and not current:
                    for char in token:
                        if current and text_width(current + char, font, size) > width:
                            lines.append(current)
                            current = ""
                        current += char
                    continue
                current += token
                continue
            if token in NO_LINE_START and len(current) > 1:
                lines.append(current[:-1])
                current = current[-1] + token
                continue
            lines.append(current.rstrip())
            current = token.lstrip()
        lines.append(current.rstrip())
    return lines


def _sizes(start: float, stop: float) -> list[float]:
    sizes = []
    current = start
    while current >= stop - 0.001:
        sizes.append(current)
        current -= 0.5
    return sizes or [stop]


def fit(text: str, font: str, size: float, width: float, height: float, *,
        min_size: float = 4.5, wrap_lines: bool = True,
        shrink: float = 0.75) -> tuple[float, list[str]]:
    """The size (not above `size`) and lines at which `text` fits `width`×`height` mm: first
    one line shrunk down to `shrink` of the size (names rather shrink than wrap), then
    wrapped lines, then smaller; at `min_size` the lines that still do not fit are cut
    with "…"."""
    if "\n" not in text:
        for current in _sizes(size, max(min_size, size * shrink)):
            if text_width(text, font, current) <= width and current * PT_MM <= height + 0.01:
                return current, [text]
    for current in _sizes(size, min_size) if wrap_lines else []:
        lines = wrap(text, font, current, width)
        line_height = current * PT_MM
        if len(lines) * line_height * LEADING <= height + 0.01 or \
                len(lines) == 1 and line_height <= height:
            return current, lines
    if not wrap_lines:
        for current in _sizes(size, min_size):
            if text_width(text, font, current) <= width:
                return current, [text]
    lines = wrap(text, font, min_size, width) if wrap_lines else [text]
    keep = max(1, int(height / (min_size * PT_MM * LEADING)))
    if len(lines) > keep or text_width(lines[-1], font, min_size) > width:
        lines = lines[:keep]
        last = lines[-1]
        while last and text_width(last + "…", font, min_size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return min_size, lines


@dataclass
class Page:
    canvas: Canvas
    fonts: FontChoice
    height: float
    fill_in: bool = False
    offset: tuple[float, float] = (0.0, 0.0)
    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    origin: tuple[float, float] = (0.0, 0.0)

    def at(self, x: float, y: float) -> Page:
        """The same page with its origin moved (a card on a sheet)."""
        return Page(self.canvas, self.fonts, self.height, self.fill_in, self.offset,
                    self.positions, (self.origin[0] + x, self.origin[1] + y))

    def point(self, x: float, y: float) -> tuple[float, float]:
        """Page millimetres to PDF points."""
        return self._x(x), self._y(y)

    def _x(self, x: float) -> float:
        return (self.origin[0] + self.offset[0] + x) * MM

    def _y(self, y: float) -> float:
        return (self.height - self.origin[1] - self.offset[1] - y) * MM

    def font(self, kind: Literal["body", "title"]) -> str:
        return (self.fonts.title if kind == "title" else self.fonts.body).key

    def _string(self, x: float, y: float, text: str, font: str, size: float,
                align: Align) -> None:
        self.canvas.setFont(font, size)
        if align == "centre":
            self.canvas.drawCentredString(self._x(x), self._y(y), text)
        elif align == "right":
            self.canvas.drawRightString(self._x(x), self._y(y), text)
        else:
            self.canvas.drawString(self._x(x), self._y(y), text)

    def label(self, x: float, y: float, text: str, size: float = 11, *, align: Align = "left",
              title: bool = False, width: float | None = None) -> None:
        """Fixed text of the form at baseline `y`; shrinks to `width` when given."""
        if self.fill_in:
            return
        font = self.font("title" if title else "body")
        if width is not None:
            while size > 4 and text_width(text, font, size) > width:
                size -= 0.5
        self._string(x, y, text, font, size, align)

    def paragraph(self, x: float, y: float, width: float, height: float, text: str,
                  size: float = 12, *, indent: bool = True) -> float:
        """Fixed running text (a pledge) from top `y`; returns the y below its last line."""
        body = ("\u3000\u3000" + text) if indent else text
        size, lines = fit(body, self.font("body"), size, width, height, min_size=8)
        step = size * PT_MM * 1.6
        for number, line in enumerate(lines):
            self.label(x, y + size * PT_MM * ASCENT + number * step, line, size)
        return y + len(lines) * step

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6,
             dash: tuple[float, float] | None = None) -> None:
        if self.fill_in:
            return
        canvas = self.canvas
        canvas.setLineWidth(width)
        canvas.setDash(*dash) if dash else canvas.setDash()
        canvas.line(self._x(x1), self._y(y1), self._x(x2), self._y(y2))
        if dash:
            canvas.setDash()

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.6) -> None:
        if self.fill_in:
            return
        self.canvas.setLineWidth(width)
        self.canvas.rect(self._x(x), self._y(y + h), w * MM, h * MM, stroke=1, fill=0)

    def data(self, name: str, x: float, y: float, w: float, h: float, text: str,
             size: float = 11, *, align: Align = "left", pad: float = 1.5,
             wrap_lines: bool = True, min_size: float = 4.5, shrink: float = 0.75) -> None:
        """The member's data inside the box x, y, w, h (mm): shrunk or wrapped, never out."""
        if name in self.positions:
            x, y = self.positions[name]
        self._boxed(x, y, w, h, text, size, align, pad, wrap_lines, min_size, "body",
                    shrink=shrink)

    def caption(self, x: float, y: float, w: float, h: float, text: str, size: float = 10.5,
                *, align: Align = "centre", title: bool = False, top: bool = False) -> None:
        """A fixed label fitted inside a table cell (or at the top of a box)."""
        if not self.fill_in:
            self._boxed(x, y, w, h, text, size, align, 1.2, True, 5,
                        "title" if title else "body", top)

    def _boxed(self, x: float, y: float, w: float, h: float, text: str, size: float,
               align: Align, pad: float, wrap_lines: bool, min_size: float,
               kind: Literal["body", "title"], top: bool = False,
               shrink: float = 0.75) -> None:
        if not text:
            return
        font = self.font(kind)
        inner_w, inner_h = max(w - 2 * pad, 1.0), max(h - 1.0, 1.0)
        size, lines = fit(text, font, size, inner_w, inner_h, min_size=min_size,
                          wrap_lines=wrap_lines, shrink=shrink)
        step = size * PT_MM * (LEADING if len(lines) > 1 else 1.0)
        block = step * (len(lines) - 1) + size * PT_MM
        first = y + 0.5 if top else y + (h - block) / 2
        for number, line in enumerate(lines):
            baseline = first + number * step + size * PT_MM * ASCENT
            if align == "centre":
                self._string(x + w / 2, baseline, line, font, size, align)
            elif align == "right":
                self._string(x + w - pad, baseline, line, font, size, align)
            else:
                self._string(x + pad, baseline, line, font, size, align)

    def photo(self, name: str, x: float, y: float, w: float, h: float,
              jpeg: bytes | None) -> None:
        if jpeg is None:
            return
        if name in self.positions:
            x, y = self.positions[name]
        self.canvas.drawImage(ImageReader(io.BytesIO(jpeg)), self._x(x), self._y(y + h),
                              w * MM, h * MM, preserveAspectRatio=True, anchor="c")

    def fill(self, x: float, y: float, w: float, h: float, grey: float) -> None:
        if self.fill_in:
            return
        self.canvas.setFillGray(grey)
        self.canvas.rect(self._x(x), self._y(y + h), w * MM, h * MM, stroke=0, fill=1)
        self.canvas.setFillGray(0)


@dataclass(frozen=True)
class Job:
    """What every document needs beside the member: the station, its wording, the day."""

    station_name: str
    station_code: str
    texts: Mapping[str, str]
    today: date
    card_issue: str = "today"  # the card's 发证日期: "today" or "joined" (the joining date)


Cell = tuple[float, str, str | None]
"""(width mm, text, data field name or None for a printed label)."""


def table_row(page: Page, x: float, y: float, height: float, cells: list[Cell],
              size: float = 10.5) -> float:
    """One ruled row of a form; returns the x after its last cell."""
    for width, text, name in cells:
        page.rect(x, y, width, height)
        if name is None:
            page.caption(x, y, width, height, text, size)
        else:
            page.data(name, x, y, width, height, text, size,
                      shrink=0.6 if name == "name" else 0.75)
        x += width
    return x


def template(text: str, values: Mapping[str, str]) -> str:
    """The station's wording with the member's values in; a broken template prints as is."""
    try:
        return text.format_map(dict(values))
    except (KeyError, ValueError, IndexError):
        return text
