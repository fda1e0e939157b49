"""The words, dates and money the hardship commands read and print."""

from __future__ import annotations

import argparse
import os
from datetime import date
from decimal import Decimal
from typing import TypeVar

from unionstation.cli.common import CommandError
from unionstation.domain._labeled import LabeledEnum

E = TypeVar("E", bound=LabeledEnum)


def word(kind: type[E], text: str, option: str) -> E:
    found = kind.from_label(text)
    if found is None:
        codes = ", ".join(f"{m.value}({m.label})" for m in kind)
        raise CommandError(f"{option} {text!r} 不认识,可用:{codes}")
    return found


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD,而不是 {text!r}") from None


def yuan(amount: Decimal) -> str:
    return f"{amount:.2f}"


def who_parser() -> argparse.ArgumentParser:
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--officer", default=os.environ.get("UNIONSTATION_USER") or None,
                     help="the officer who signs the change (default $UNIONSTATION_USER)")
    return who
