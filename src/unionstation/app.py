"""Start-up: arguments, paths and logging, then the window or a headless command.

Only what painting the window needs is imported before it shows (bench/startup.py).
"""

from __future__ import annotations

import logging
import sys

from unionstation.cli import EXIT_OK, EXIT_USAGE, build_parser, home_of, run, wants_window
from unionstation.paths import StationHome


def setup_logging(home: StationHome) -> None:
    """Log to a rotating file in the data folder. Never log personal data."""
    import logging.handlers  # ~20 ms: the window sets this up after it paints

    try:
        home.logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            home.log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    parser = build_parser(window_only=wants_window(arguments))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse: --help, --version, or a usage error
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    home = home_of(args)
    if args.command in (None, "gui"):
        from unionstation.ui.launch import launch

        return launch(
            home,
            after_show=lambda: setup_logging(home),
            page=getattr(args, "page", "members"),
            screenshot=getattr(args, "screenshot", None),
            size=getattr(args, "size", (1280, 800)),
            lang=args.lang,
            exit_when_shown=getattr(args, "exit_when_shown", False),
        )
    setup_logging(home)
    return run(args)
