"""A member's editable fields, their officers' names, and how typed values are cleaned.

Shared by enrollment, editing and (later) roster import, so a field is validated the same
way wherever it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any
from uuid import UUID

from unionstation.domain.codes import (
    ConsentMethod,
    Education,
    Ethnicity,
    HouseholdKind,
    ModelWorkerLevel,
    PoliticalStatus,
    PriorityGroup,
)
from unionstation.domain.idnumber import IdNumber, InvalidIdNumber, parse_id_number
from unionstation.domain.phone import InvalidPhone, normalize_phone
from unionstation.domain.text import looks_like_formula, normalize_name, normalize_text
from unionstation.services.errors import InvalidField

FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "id_number": "身份证号",
    "grassroots_union_id": "所属基层工会",
    "joined_on": "入会日期",
    "phone": "联系电话",
    "employer": "工作单位",
    "job": "岗位(工种)",
    "priority_group": "人员类别",
    "migrant_worker": "是否农民工",
    "ethnicity": "民族",
    "education": "文化程度",
    "political_status": "政治面貌",
    "native_place": "籍贯",
    "household_place": "户籍所在地",
    "household_kind": "户口性质",
    "professional_title": "职称",
    "skill_level": "技能等级",
    "model_worker_level": "劳模级别",
    "model_worker_title": "劳模称号",
    "model_worker_year": "授予年份",
    "model_worker_body": "授予单位",
    "address": "家庭住址",
    "remarks": "备注",
    "consent_on": "个人信息处理同意日期",
    "consent_method": "同意方式",
    "photo_hash": "照片",
    "transfer_in_from": "转入前所在工会",
}


@dataclass
class MemberDraft:
    """What an officer types about a member: validated by `clean_draft`."""

    name: str
    id_number: str
    grassroots_union_id: UUID
    joined_on: date
    phone: str = ""
    employer: str = ""
    job: str = ""
    priority_group: PriorityGroup | None = None
    migrant_worker: bool = False
    ethnicity: Ethnicity | None = None
    education: Education | None = None
    political_status: PoliticalStatus | None = None
    native_place: str = ""
    household_place: str = ""
    household_kind: HouseholdKind | None = None
    professional_title: str = ""
    skill_level: str = ""
    model_worker_level: ModelWorkerLevel | None = None
    model_worker_title: str = ""
    model_worker_year: int | None = None
    model_worker_body: str = ""
    address: str = ""
    remarks: str = ""
    consent_on: date | None = None
    consent_method: ConsentMethod | None = ConsentMethod.SIGNED_APPLICATION
    photo_hash: str | None = None
    transfer_in_from: str = ""


DRAFT_FIELDS = tuple(f.name for f in fields(MemberDraft))
FORMULA_REFUSAL = "不能以 = + - @ 开头(表格软件会把它当作公式执行),请去掉开头的符号。"
_TEXT_FIELDS = ("employer", "job", "native_place", "household_place", "professional_title",
                "skill_level", "model_worker_title", "model_worker_body", "address",
                "transfer_in_from")


@dataclass(frozen=True)
class CleanDraft:
    """A draft whose every field is valid, with what the ID number says."""

    values: dict[str, Any]
    identity: IdNumber


def record_name(name: str) -> str:
    clean = normalize_name(name)
    return f"会员“{clean}”" if clean else "会员"


def parse_member_id_number(name: str, raw: str, today: date) -> IdNumber:
    try:
        return parse_id_number(raw, today=today)
    except InvalidIdNumber as exc:
        raise InvalidField(record_name(name), FIELD_LABELS["id_number"], str(exc)) from exc


def clean_draft(draft: MemberDraft, today: date) -> CleanDraft:
    """Normalise every field; raise InvalidField naming the member and the field."""
    name = normalize_name(draft.name)
    record = record_name(name)
    if not name:
        raise InvalidField(record, FIELD_LABELS["name"], "不能为空。")
    if looks_like_formula(name):
        raise InvalidField(record, FIELD_LABELS["name"], FORMULA_REFUSAL)
    identity = parse_member_id_number(name, draft.id_number, today)
    values: dict[str, Any] = {f: getattr(draft, f) for f in DRAFT_FIELDS}
    values["name"] = name
    values["id_number"] = identity.value
    values["phone"] = ""
    if draft.phone.strip():
        try:
            values["phone"] = normalize_phone(draft.phone)
        except InvalidPhone as exc:
            raise InvalidField(record, FIELD_LABELS["phone"], str(exc)) from exc
    for field in _TEXT_FIELDS:
        values[field] = normalize_text(getattr(draft, field))  # written quoted (ledger)
    values["remarks"] = draft.remarks.strip()
    if draft.joined_on > today:
        raise InvalidField(record, FIELD_LABELS["joined_on"], "不能晚于今天。")
    if draft.joined_on < identity.birth_date:
        raise InvalidField(record, FIELD_LABELS["joined_on"], "早于出生日期,请核对。")
    year = draft.model_worker_year
    if year is not None and not (1950 <= year <= today.year):
        raise InvalidField(record, FIELD_LABELS["model_worker_year"],
                           f"应在1950年至{today.year}年之间。")
    if draft.model_worker_level is None and (draft.model_worker_title or year):
        raise InvalidField(record, FIELD_LABELS["model_worker_level"],
                           "填写了劳模称号或年份,请选择劳模级别。")
    values["consent_on"] = draft.consent_on or draft.joined_on
    return CleanDraft(values, identity)
