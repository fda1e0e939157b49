"""One roster row as the member it will become, with what is wrong (rejects) or odd (warns).

Validation is `clean_draft`'s, the same as the enrollment form's; what only a roster has
(cells of the wrong type, sheet values that disagree with the ID number) is checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any
from uuid import UUID

from unionstation.domain.codes import (
    Education,
    Ethnicity,
    Gender,
    HouseholdKind,
    LabeledEnum,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.domain.text import normalize_text, strip_all_spaces
from unionstation.exchange.cells import (
    CellProblem,
    id_number_text,
    parse_code,
    parse_date,
    parse_yes_no,
    plain_text,
)
from unionstation.exchange.roster_columns import field_label
from unionstation.exchange.spreadsheet import Cell, cell_text
from unionstation.services.errors import InvalidField
from unionstation.services.member_fields import FIELD_LABELS, MemberDraft, clean_draft

TOTAL_WORDS = ("合计", "总计", "小计", "共计")

CODE_FIELDS: dict[str, type[LabeledEnum]] = {
    "ethnicity": Ethnicity,
    "education": Education,
    "political_status": PoliticalStatus,
    "priority_group": PriorityGroup,
    "household_kind": HouseholdKind,
}
TEXT_FIELDS = ("employer", "job", "remarks", "native_place", "household_place",
               "professional_title", "skill_level", "address")
_LABEL_TO_FIELD = {label: key for key, label in FIELD_LABELS.items()}

REJECTED = "rejected"
IMPORTED = "imported"
UPDATED = "updated"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Problem:
    field: str  # the column's header as the sheet writes it
    reason: str


@dataclass
class RowOutcome:
    row: int  # the sheet's own 1-based row number
    values: dict[str, Any] = field(default_factory=dict)
    given: set[str] = field(default_factory=set)  # fields whose mapped cell was not empty
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    result: str = ""
    note: str = ""  # why skipped, or what was updated
    shown: dict[str, str] = field(default_factory=dict)  # the sheet's own text, for a preview

    @property
    def ok(self) -> bool:
        return not self.errors

    def reject(self, column: str, reason: str) -> None:
        self.errors.append(Problem(column, reason))


def is_total_row(cells: Sequence[Cell]) -> bool:
    leading = cells[:6]
    # Every total word ends in 计: most rows are told apart without normalising a cell.
    if not any(isinstance(v, str) and "计" in v for v in leading):
        return False
    texts = [strip_all_spaces(cell_text(v)) for v in leading]
    return any(t.startswith(word) for t in texts for word in TOTAL_WORDS)


# Columns whose values are one person's own: a memo of them would only grow.
_UNIQUE_FIELDS = frozenset({"name", "id_number", "phone", "card_no"})
_MEMO_LIMIT = 20_000
_SHOWN_FIELDS = ("name", "id_number")

Parsed = tuple[str, Any, str | None]  # the cell's text, its value, what is wrong with it


class _Column:
    """One mapped column: its field, its parser and, for values that repeat (dates, codes,
    employers), the parsed result of each distinct cell value."""

    __slots__ = ("field", "index", "memo", "parse")

    def __init__(self, index: int, field_key: str) -> None:
        self.index = index
        self.field = field_key
        self.parse = _parser(field_key)
        self.memo: dict[tuple[type, Cell], Parsed] | None = (
            None if field_key in _UNIQUE_FIELDS else {})

    def read(self, value: Cell) -> Parsed:
        memo = self.memo
        if memo is None:
            return self._read(value)
        token = (value.__class__, value)  # 1, 1.0 and True are equal keys otherwise
        found = memo.get(token)
        if found is None:
            found = self._read(value)
            if len(memo) < _MEMO_LIMIT:
                memo[token] = found
        return found

    def _read(self, value: Cell) -> Parsed:
        text = cell_text(value).strip()
        if text == "":
            return text, None, None
        try:
            return text, self.parse(value), None
        except CellProblem as problem:
            return text, None, str(problem)


def _parser(key: str) -> Callable[[Cell], Any]:
    if key == "id_number":
        return id_number_text
    if key in ("birth_date", "joined_on"):
        return parse_date
    if key == "migrant_worker":
        return parse_yes_no
    if key == "gender":
        return partial(parse_code, Gender)
    if key in CODE_FIELDS:
        return partial(parse_code, CODE_FIELDS[key])
    if key == "card_no":
        return lambda value: strip_all_spaces(cell_text(value)).upper()
    if key == "name":
        return cell_text
    return plain_text


class RowReader:
    """Reads data rows against one mapping; `unions` maps normalised names to (id, closed)."""

    def __init__(self, headers: Sequence[str], fields: Sequence[str | None],
                 unions: dict[str, tuple[UUID, bool]], default_union: UUID | None,
                 today: date) -> None:
        self._columns = [_Column(i, f) for i, f in enumerate(fields) if f is not None]
        self._header = {c.field: (headers[c.index] or field_label(c.field))
                        for c in self._columns}
        self._unions = unions
        self._default_union = default_union
        self._today = today

    def column(self, field_key: str) -> str:
        """The sheet's header of the field's column, or the field's label if unmapped."""
        return self._header.get(field_key) or field_label(field_key)

    def read(self, row_number: int, cells: Sequence[Cell]) -> RowOutcome:
        outcome = RowOutcome(row_number)
        raw: dict[str, Any] = {}
        width = len(cells)
        for column in self._columns:
            key = column.field
            text, parsed, problem = column.read(cells[column.index]
                                                if column.index < width else "")
            if key in _SHOWN_FIELDS:
                outcome.shown[key] = text
            if text == "":
                continue
            if problem is not None:
                if key in CODE_FIELDS:
                    outcome.warnings.append(Problem(self.column(key), problem))
                else:
                    outcome.reject(self.column(key), problem)
                continue
            raw[key] = parsed
            outcome.given.add(key)
        if "name" not in raw:
            outcome.reject(self.column("name"), "姓名为空。")
        if "id_number" not in raw and not any(e.field == self.column("id_number")
                                              for e in outcome.errors):
            outcome.reject(self.column("id_number"), "身份证号为空。")
        union_id = self._union(outcome, raw.get("union"))
        if outcome.errors or union_id is None:
            return outcome
        self._clean(outcome, raw, union_id)
        return outcome

    def _union(self, outcome: RowOutcome, name: str | None) -> UUID | None:
        if name is None:
            if self._default_union is None:
                outcome.reject(self.column("union"),
                               "未填写所属工会,也没有指定默认的基层工会。")
            return self._default_union
        found = self._unions.get(normalize_text(name))
        if found is None:
            outcome.reject(self.column("union"), f"“{name}”不是本站登记的基层工会。")
            return None
        union_id, closed = found
        if closed:
            outcome.reject(self.column("union"), f"“{name}”已撤销,请改填其他基层工会。")
            return None
        return union_id

    def _clean(self, outcome: RowOutcome, raw: dict[str, Any], union_id: UUID) -> None:
        draft = MemberDraft(name=raw["name"], id_number=raw["id_number"],
                            grassroots_union_id=union_id,
                            joined_on=raw.get("joined_on") or self._today,
                            phone=raw.get("phone", ""),
                            migrant_worker=bool(raw.get("migrant_worker", False)))
        for key in (*CODE_FIELDS, *TEXT_FIELDS):
            if key in raw:
                setattr(draft, key, raw[key])
        try:
            clean = clean_draft(draft, self._today)
        except InvalidField as exc:
            key = _LABEL_TO_FIELD.get(exc.field, "")
            outcome.reject(self.column(key) if key else exc.field, exc.reason)
            return
        identity = clean.identity
        born = raw.get("birth_date")
        if born is not None and born > self._today:
            outcome.reject(self.column("birth_date"), "出生日期晚于今天。")
            return
        if born is not None and not _same_birth(born, identity.birth_date):
            outcome.warnings.append(Problem(
                self.column("birth_date"),
                f"表中出生日期{born.isoformat()}与身份证号不符,"
                f"按身份证号登记为{identity.birth_date.isoformat()}。"))
        gender = raw.get("gender")
        if gender is not None and gender is not identity.gender:
            outcome.warnings.append(Problem(
                self.column("gender"),
                f"表中性别“{gender.label}”与身份证号不符,按身份证号登记为“"
                f"{identity.gender.label}”。"))
        values = dict(clean.values)
        values["gender"] = identity.gender
        values["birth_date"] = identity.birth_date
        values["card_no"] = raw.get("card_no")
        outcome.values = values  # the ID number's gender and birth date among them


def _same_birth(sheet: date, actual: date) -> bool:
    """A year and month alone ("出生年月", read as the 1st) match any day of that month."""
    if (sheet.year, sheet.month) != (actual.year, actual.month):
        return False
    return sheet.day in (1, actual.day)
