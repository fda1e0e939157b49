"""The standards venues are scored against (六有, 十有, the nursing room's star items), read
from `resources/standards/standards.json`, so that a province's variant is an edit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from unionstation.domain.homes import STANDARD_OF_KIND, VenueKind
from unionstation.paths import resource_path


@dataclass(frozen=True)
class StandardItem:
    item: str
    title: str


@dataclass(frozen=True)
class Standard:
    code: str
    title: str
    items: tuple[StandardItem, ...]


@cache
def standards() -> dict[str, Standard]:
    raw = json.loads(resource_path("standards", "standards.json").read_text("utf-8"))
    return {code: Standard(code, str(value["title"]),
                           tuple(StandardItem(str(i["item"]), str(i["title"]))
                                 for i in value["items"]))
            for code, value in raw.items()}


def standard_for(kind: VenueKind) -> Standard:
    return standards()[STANDARD_OF_KIND[kind]]
