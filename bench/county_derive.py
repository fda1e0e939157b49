"""Stations derived from one built station, for bench/county_scale.py.

Building 50 stations of 20,000 members through the services takes hours on two cores;
building one and deriving the rest from its change lines takes minutes. Each derived
station gets:
- its own code (3301 + five digits) and name, written wherever the base's appear
  (the station record, card numbers);
- its own ids: every UUID in the lines gets the station's number as its first 8 hex
  digits (the other 24 stay random), so no record id is shared between stations;
- its own people: each member's ID number is re-made with the station's own region code,
  the same birth date, a sequence number unique for that date in the station (keeping
  the gender digit's parity) and a valid check digit; names (with their pinyin and
  initials) are rotated among the station's members by a station-dependent offset, and
  hardship files follow their member's new name and ID number;
- its own Ed25519 signing key, enrolled with every county and registered there;
and its first batch is written through the product's BatchWriter, sealed to each county.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from unionstation.county.service import County
from unionstation.domain.idnumber import check_digit
from unionstation.services.context import ServiceContext
from unionstation.store.base import utcnow
from unionstation.sync.batch import BatchWriter, batch_file_name
from unionstation.sync.documents import StationKeyFile, read_enrolment, write_station_key
from unionstation.sync.keys import raw_public_key
from unionstation.sync.outbox import unacknowledged

LINES_PER_WRITE = 5_000
_UUID_HEAD = re.compile(r'"[0-9a-f]{8}-(?=[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")')
_MEMBER = '"entity":"member","'
_HARDSHIP = '"entity":"hardship_file","'
_NAME_FIELDS = ("name", "name_pinyin", "name_initials")


def station_code(index: int) -> str:
    return f"3301{index + 1:05d}"


def station_name(index: int) -> str:
    return f"第{index + 1}街道总工会"


def region_code(index: int) -> str:
    """A region code of the station's own (330101, 330102, ... 330109, 330201, ...)."""
    return f"33{index // 9 + 1:02d}{index % 9 + 1:02d}"


def base_lines(context: ServiceContext) -> list[str]:
    """The base station's first batch: every change line, in change_seq order from 1."""
    with context.reading() as session:
        outbox = unacknowledged(session)
    if outbox.from_seq != 1:
        raise SystemExit("the base station has already sent a batch: use a fresh --work")
    return outbox.lines


class People:
    """The base station's members (id, names, ID number), in order of first appearance."""

    def __init__(self, lines: list[str]) -> None:
        self.order: list[str] = []
        self.names: dict[str, tuple[Any, ...]] = {}
        self.id_numbers: dict[str, str] = {}
        for line in lines:
            if _MEMBER not in line:
                continue
            data = json.loads(line)["data"]
            member = data["id"]
            if member not in self.names:
                self.order.append(member)
                self.names[member] = tuple(data.get(field) for field in _NAME_FIELDS)
            if data.get("id_number"):
                self.id_numbers[member] = data["id_number"]

    def for_station(self, index: int) -> tuple[dict[str, tuple[Any, ...]], dict[str, str]]:
        """Station `index`'s names by member id, and its ID numbers by the base's."""
        count = len(self.order)
        shift = (index * 7_919 + 1) % count if count > 1 else 0
        names = {member: self.names[self.order[(at + shift) % count]]
                 for at, member in enumerate(self.order)}
        region = region_code(index)
        used: dict[str, int] = defaultdict(int)
        numbers: dict[str, str] = {}
        for member in self.order:
            old = self.id_numbers.get(member)
            if old is None or len(old) != 18:
                continue
            birth, parity = old[6:14], int(old[16]) % 2
            taken = used[birth]
            used[birth] = taken + 1
            first17 = f"{region}{birth}{2 * taken + parity:03d}"
            numbers[old] = first17 + check_digit(first17)
        return names, numbers


def _derive_line(line: str, index: int, base: tuple[str, str],
                 people: tuple[dict[str, tuple[Any, ...]], dict[str, str]]) -> str:
    names, numbers = people
    if _MEMBER in line or _HARDSHIP in line:
        change = json.loads(line)
        data = change["data"]
        member = data["id"] if _MEMBER in line else data.get("member_id")
        if member in names:
            for field, value in zip(_NAME_FIELDS, names[member], strict=True):
                if field in data:
                    data[field] = value
        if data.get("id_number") in numbers:
            data["id_number"] = numbers[data["id_number"]]
        line = json.dumps(change, ensure_ascii=False, separators=(",", ":"))
    code, name = base
    if code in line:
        line = line.replace(code, station_code(index))
    if name in line:
        line = line.replace(name, station_name(index))
    return _UUID_HEAD.sub(f'"{index + 1:08x}-', line)


def _enrol(county: County, code: str, name: str, key: Ed25519PrivateKey) -> X25519PublicKey:
    enrolment = read_enrolment(county.enrol_station(code, name))
    county.register_station_key(write_station_key(StationKeyFile(
        station_code=code, station_name=name, public_key=raw_public_key(key.public_key()),
        created_at=utcnow()), key))
    return X25519PublicKey.from_public_bytes(enrolment.encryption_public_key)


_PEOPLE: dict[int, People] = {}


def derive_station(index: int, lines: list[str], base_name: str,
                   counties: dict[str, County], sticks: dict[str, Path]) -> int:
    """Enrol station `index` with every county and write its first batch into each
    county's stick; the number of changes."""
    people = _PEOPLE.setdefault(id(lines), People(lines))
    code, name = station_code(index), station_name(index)
    key = Ed25519PrivateKey.generate()
    handles, writers = [], []
    try:
        for kind, county in counties.items():
            batch_id = uuid.uuid4()
            handle = open(sticks[kind] / batch_file_name(code, batch_id), "wb")  # noqa: SIM115
            handles.append(handle)
            writers.append(BatchWriter(
                handle, station_code=code, batch_id=batch_id, from_change_seq=1,
                to_change_seq=len(lines), previous_batch_sha256=None, signing_key=key,
                county_public_key=_enrol(county, code, name, key), created_at=utcnow()))
        mapping = people.for_station(index)
        base = (station_code(0), base_name)
        for start in range(0, len(lines), LINES_PER_WRITE):
            part = [_derive_line(line, index, base, mapping)
                    for line in lines[start:start + LINES_PER_WRITE]]
            part.append("")
            body = "\n".join(part).encode("utf-8")
            for writer in writers:
                writer.write_lines(body)
        for writer in writers:
            writer.finish()
    finally:
        for handle in handles:
            handle.close()
    return len(lines)
