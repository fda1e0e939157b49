"""Staging and validating one batch's change lines before they are applied (county.apply).

Staging gives each line the hash that tells a replay from a forgery and the `data` text
county_record stores; validation marks what the county cannot take (REJECTED, with a code
and a reason), which the rest of the batch does not wait for.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from unionstation.domain.idnumber import InvalidIdNumber, parse_id_number
from unionstation.sync.canonical import LINE_DECODER, canonical_line
from unionstation.sync.errors import DamagedFile

MAX_INT = 2**31 - 1  # PostgreSQL's integer
_ENTITY_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


def synced_entities() -> frozenset[str]:
    """Table names of every station model that declares itself synced (`__synced__`)."""
    import unionstation.store.models  # noqa: F401  (fills Base's registry)
    from unionstation.store.base import Base  # here: county.reader's process needs none

    return frozenset(
        str(mapper.class_.__tablename__) for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__synced__", False)
    )


@dataclass(slots=True)
class Staged:
    """One change line, checked, with the hash that tells a replay from a forgery.

    The fields are in the order county.reader sends them between processes."""

    seq: int
    change_id: str  # UUID text, lower-case with dashes (decrypt_batch checked the form)
    entity: str
    entity_id: str  # the same
    version: int
    base_version: int
    op: str
    officer: str
    created_at: str
    content_sha256: str  # of the line's canonical JSON
    data_json: str  # the canonical JSON of `data`, as county_record stores it
    rejected: tuple[str, str] | None = None  # (code, reason)
    parsed: dict[str, Any] | None = None  # `data`, when it has been read

    @property
    def data(self) -> dict[str, Any]:
        """The change's data object (read from data_json the first time, if it was not
        handed over read)."""
        if self.parsed is None:
            self.parsed = LINE_DECODER.decode(self.data_json)
        return self.parsed

    @property
    def line(self) -> dict[str, Any]:
        """The change line as the station sent it (a conflict keeps it whole)."""
        return {"base_version": self.base_version, "change_id": self.change_id,
                "change_seq": self.seq, "created_at": self.created_at, "data": self.data,
                "entity": self.entity, "entity_id": self.entity_id, "officer": self.officer,
                "op": self.op, "version": self.version}


def _damaged(index: int, what: str) -> DamagedFile:
    return DamagedFile(f"批次文件第 {index + 1} 条变更格式不对({what}),整批不予接收。")


def data_text(line: bytes) -> str:
    """The `data` object's text within a change line's canonical JSON (UTF-8).

    The line has exactly the change-line keys (decrypt_batch checked), sorted: the four
    before "data" and the five after it hold plain strings and numbers, in which a quote
    is always escaped; so the first `,"data":` and the last `,"entity":` are the keys.
    """
    start = line.index(b',"data":') + len(b',"data":')
    return line[start:line.rindex(b',"entity":')].decode("utf-8")


def stage(lines: Sequence[dict[str, Any]], before: int = 0) -> list[Staged]:
    """Every change line with its hash; a line the county's columns cannot hold refuses the
    batch as damaged, named by its place in the batch (`before` lines came in earlier
    chunks). (decrypt_batch has checked each line's keys and their types.)"""
    staged: list[Staged] = []
    append, sha256, names = staged.append, hashlib.sha256, set()  # entity names checked
    for index, line in enumerate(lines, before):
        entity, seq = line["entity"], line["change_seq"]
        version, base_version = line["version"], line["base_version"]
        if entity not in names:
            if not _ENTITY_NAME.fullmatch(entity):
                raise _damaged(index, "数据类型名称不对")
            names.add(entity)
        if not (seq <= MAX_INT and 1 <= version <= MAX_INT and 0 <= base_version <= MAX_INT):
            raise _damaged(index, "序号或版本号超出范围")
        try:
            encoded = canonical_line(line)
        except UnicodeEncodeError:  # a lone surrogate, as a \ud800 escape can give
            raise _damaged(index, "文字含有无效的字符") from None
        except ValueError:  # NaN or infinity in the data
            raise _damaged(index, "数据含有无法表示的数值") from None
        # positional: a quarter of the time by keyword
        append(Staged(seq, line["change_id"], entity, line["entity_id"], version,
                      base_version, line["op"], line["officer"], line["created_at"],
                      sha256(encoded).hexdigest(), data_text(encoded), None, line["data"]))
    return staged


Validator = Callable[[dict[str, Any]], tuple[str, str] | None]


def _member(data: dict[str, Any]) -> tuple[str, str] | None:
    value = data.get("id_number")
    if not isinstance(value, str):
        return "bad_id_number", "会员记录缺少身份证号码"
    try:
        parsed = parse_id_number(value)
    except InvalidIdNumber as exc:
        return "bad_id_number", str(exc)
    if parsed.value != value:
        return "bad_id_number", "身份证号码未按18位标准形式保存"
    return None


# Checks of an entity's data beyond the ones every change gets; a later entity may add one.
VALIDATORS: dict[str, Validator] = {"member": _member}


def validate(staged: Iterable[Staged], entities: frozenset[str]) -> None:
    """Mark the changes the county cannot take as REJECTED (code and reason)."""
    for change in staged:
        if change.entity not in entities:
            change.rejected = ("unknown_entity",
                               f"县总工会不认识数据类型“{change.entity}”(站点程序可能比县里的新)")
        elif change.data.get("id") != change.entity_id:
            change.rejected = ("id_mismatch", "记录内容的编号与变更的记录编号不一致")
        elif (check := VALIDATORS.get(change.entity)) is not None:
            change.rejected = check(change.data)
