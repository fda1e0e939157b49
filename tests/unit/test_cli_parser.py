from __future__ import annotations

import pytest

from unionstation.cli import build_parser, wants_window


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--lang", "en"], True),
        (["--home", "gui", "check"], False),  # a folder named gui is not the gui command
        (["--home", "/data", "gui", "--page", "members"], True),
        (["gui"], True),
        (["check", "--json"], False),
        (["--json", "members", "list"], False),
        (["--version"], False),
        (["--help"], False),
    ],
)
def test_only_the_window_takes_the_light_parser(argv: list[str], window: bool) -> None:
    assert wants_window(argv) is window


def test_the_light_parser_knows_the_window_options() -> None:
    args = build_parser(window_only=True).parse_args(
        ["--home", "/data", "gui", "--page", "members/form", "--size", "1024x600"])
    assert (args.command, args.page, args.size) == ("gui", "members/form", (1024, 600))
