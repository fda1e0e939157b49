"""Acks (回执): the county's signed answer to one batch.

A station marks changes acknowledged only on an ack whose signature verifies against the
county key of its enrolment. `runs` says what became of every change of an applied batch in
ranges, so an ack stays small however many changes it answers; only CONFLICT and REJECTED
changes are listed one by one, in `issues`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from unionstation.sync.canonical import canonical_json, utc_iso
from unionstation.sync.container import (
    MAGIC_ACK,
    MAX_HEADER_BYTES,
    HeaderFields,
    is_code,
    is_hex,
    pack_raw,
    unpack,
    verify,
)
from unionstation.sync.errors import BadSignature, TooLarge
from unionstation.sync.keys import key_id, raw_public_key

ACK_STATUSES = frozenset({"applied", "parked"})
RUN_STATUSES = frozenset({"OK", "DUP", "CONFLICT", "REJECTED"})
ISSUE_STATUSES = frozenset({"CONFLICT", "REJECTED"})
MAX_ACK_BYTES = 2 * MAX_HEADER_BYTES
_FIELDS = frozenset({
    "format", "kind", "county_code", "station_code", "batch_id", "batch_sha256", "status",
    "from_change_seq", "to_change_seq", "applied_through_change_seq", "runs", "issues",
    "counts", "signer_key_id", "issued_at",
})
_ISSUE_FIELDS = frozenset({"change_seq", "entity", "entity_id", "status", "code", "reason"})


@dataclass(frozen=True)
class AckIssue:
    change_seq: int
    entity: str
    entity_id: str
    status: str  # CONFLICT | REJECTED
    code: str
    reason: str


@dataclass(frozen=True)
class Ack:
    county_code: str
    station_code: str
    batch_id: UUID
    batch_sha256: str
    status: str  # applied | parked
    from_change_seq: int
    to_change_seq: int
    applied_through_change_seq: int
    # (first, last, "OK"|"DUP"|"CONFLICT"|"REJECTED"), covering every change of the batch
    # when applied, () when parked.
    runs: tuple[tuple[int, int, str], ...]
    issues: tuple[AckIssue, ...]
    counts: dict[str, Any]  # {"active_members": int, "disbursed_this_year": "0.00"}
    signer_key_id: str
    issued_at: datetime


def ack_file_name(ack: Ack) -> str:
    return ack_file_name_for(ack.station_code, ack.batch_id)


def ack_file_name_for(station_code: str, batch_id: UUID) -> str:
    """The ack's file name from its batch alone (the county names it before writing)."""
    if not is_code(station_code):
        raise ValueError(f"station code {station_code!r} cannot go into a file name")
    return f"US1ACK_{station_code}_{batch_id.hex[:8]}.ack"


def _problem(ack: Ack) -> str | None:
    """What makes `ack` inconsistent, if anything (checked when writing and reading)."""
    if not (is_code(ack.county_code) and is_code(ack.station_code)):
        return "代码格式不对"
    if not (is_hex(ack.batch_sha256, 64) and is_hex(ack.signer_key_id, 16)):
        return "校验值或密钥编号格式不对"
    if ack.status not in ACK_STATUSES:
        return f"状态 {ack.status[:20]!r} 不对"
    if not 0 <= ack.from_change_seq <= ack.to_change_seq:
        return "变更序号范围不对"
    if ack.applied_through_change_seq < 0:
        return "已处理序号不对"
    if ack.status == "parked" and ack.runs:
        return "暂存的批次不应有处理结果"
    if ack.status == "applied":
        expected = ack.from_change_seq
        for first, last, status in ack.runs:
            if first != expected or last < first or status not in RUN_STATUSES:
                return "处理结果没有逐条覆盖整批变更"
            expected = last + 1
        if expected != ack.to_change_seq + 1:
            return "处理结果没有逐条覆盖整批变更"
    for issue in ack.issues:
        if issue.status not in ISSUE_STATUSES:
            return f"问题记录的状态 {issue.status[:20]!r} 不对"
        if not ack.from_change_seq <= issue.change_seq <= ack.to_change_seq:
            return f"问题记录的变更序号 {issue.change_seq} 不在本批范围内"
    return None


def _to_json(ack: Ack) -> dict[str, Any]:
    return {
        "format": 1, "kind": "ack", "county_code": ack.county_code,
        "station_code": ack.station_code, "batch_id": str(ack.batch_id),
        "batch_sha256": ack.batch_sha256, "status": ack.status,
        "from_change_seq": ack.from_change_seq, "to_change_seq": ack.to_change_seq,
        "applied_through_change_seq": ack.applied_through_change_seq,
        "runs": [list(run) for run in ack.runs],
        "issues": [{"change_seq": i.change_seq, "entity": i.entity, "entity_id": i.entity_id,
                    "status": i.status, "code": i.code, "reason": i.reason}
                   for i in ack.issues],
        "counts": ack.counts, "signer_key_id": ack.signer_key_id,
        "issued_at": utc_iso(ack.issued_at),
    }


def write_ack(ack: Ack, signing_key: Ed25519PrivateKey) -> bytes:
    problem = _problem(ack)
    if problem:
        raise ValueError(f"inconsistent ack: {problem}")
    if ack.signer_key_id != key_id(raw_public_key(signing_key.public_key())):
        raise ValueError("ack.signer_key_id is not the id of the signing key")
    header = canonical_json(_to_json(ack))
    if len(header) > MAX_HEADER_BYTES:
        raise TooLarge(f"回执有 {len(ack.issues)} 条问题记录,超过回执文件的大小上限。")
    return pack_raw(MAGIC_ACK, header, signing_key)


def _run(fields: HeaderFields, value: Any) -> tuple[int, int, str]:
    if (isinstance(value, list) and len(value) == 3 and type(value[0]) is int
            and type(value[1]) is int and isinstance(value[2], str)):
        return value[0], value[1], value[2]
    raise fields.damaged("处理结果(runs)格式不对")


def _issue(fields: HeaderFields, value: Any) -> AckIssue:
    if (isinstance(value, dict) and value.keys() == _ISSUE_FIELDS
            and type(value["change_seq"]) is int
            and all(isinstance(value[k], str) for k in _ISSUE_FIELDS - {"change_seq"})):
        return AckIssue(value["change_seq"], value["entity"], value["entity_id"],
                        value["status"], value["code"], value["reason"])
    raise fields.damaged("问题记录(issues)格式不对")


def read_ack(data: bytes, county_signing_key: Ed25519PublicKey) -> Ack:
    """The ack, once its signature verifies against the county's key (BadSignature if not)."""
    if len(data) > MAX_ACK_BYTES:
        raise TooLarge("回执文件大得不正常,不是县总工会的回执,未作处理。")
    envelope = unpack(data, MAGIC_ACK)
    expected = key_id(raw_public_key(county_signing_key))
    signer = envelope.header.get("signer_key_id")
    if isinstance(signer, str) and is_hex(signer, 16) and signer != expected:
        raise BadSignature(f"签名不符:此回执由密钥 {signer} 签发,而不是本站登记的"
                           f"县总工会密钥 {expected}。")
    verify(envelope, county_signing_key)
    fields = HeaderFields(envelope, "ack", _FIELDS)
    if envelope.payload:
        raise fields.damaged("文件末尾有多余数据")
    ack = Ack(
        county_code=fields.text("county_code"), station_code=fields.text("station_code"),
        batch_id=fields.uuid("batch_id"), batch_sha256=fields.text("batch_sha256"),
        status=fields.text("status"), from_change_seq=fields.integer("from_change_seq"),
        to_change_seq=fields.integer("to_change_seq"),
        applied_through_change_seq=fields.integer("applied_through_change_seq"),
        runs=tuple(_run(fields, run) for run in fields.array("runs")),
        issues=tuple(_issue(fields, issue) for issue in fields.array("issues")),
        counts=fields.obj("counts"), signer_key_id=fields.text("signer_key_id"),
        issued_at=fields.time("issued_at"),
    )
    if ack.signer_key_id != expected:
        raise BadSignature("签名不符:回执没有写明签发密钥,或写的不是本站登记的县总工会密钥。")
    problem = _problem(ack)
    if problem:
        raise fields.damaged(problem)
    return ack
