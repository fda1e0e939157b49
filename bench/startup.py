"""Start-up time: process start to main window shown, against a bare QMainWindow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5]

Prints a table and, as its last line, one JSON object with the same figures.
Goal (foundation issue): ratio of medians at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The baseline: a bare PySide6 QMainWindow, shown and timed the same way.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    """Seconds from spawning `command` to each of `marks` appearing on its stdout."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env)
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        mark = line.strip()
        if mark in marks and mark not in seen:
            seen[mark] = time.perf_counter() - start
    process.wait(timeout=120)
    missing = set(marks) - set(seen)
    if missing:
        raise SystemExit(f"{command[1:]} never printed {sorted(missing)}")
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--members", type=int, default=500)
    options = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        subprocess.run([sys.executable, "-m", "unionstation", "--home", str(home), "demo",
                        "--members", str(options.members), "--seed", "1"],
                       check=True, capture_output=True, env=env)
        app = [sys.executable, "-m", "unionstation", "--home", str(home), "gui",
               "--exit-when-shown"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        cold_app = timed(app, env, ("shown", "ready"))
        cold_bare = timed(bare, env, ("shown",))
        app_runs, bare_runs = [], []
        for _ in range(options.runs):
            app_runs.append(timed(app, env, ("shown", "ready")))
            bare_runs.append(timed(bare, env, ("shown",)))

    app_shown = statistics.median(run["shown"] for run in app_runs)
    app_ready = statistics.median(run["ready"] for run in app_runs)
    bare_shown = statistics.median(run["shown"] for run in bare_runs)
    figures = {
        "runs": options.runs,
        "members": options.members,
        "bare_window_shown_s": round(bare_shown, 3),
        "app_window_shown_s": round(app_shown, 3),
        "app_station_loaded_s": round(app_ready, 3),
        "ratio_shown": round(app_shown / bare_shown, 2),
        "first_run_bare_shown_s": round(cold_bare["shown"], 3),
        "first_run_app_shown_s": round(cold_app["shown"], 3),
        "goal_ratio": 1.5,
    }
    print(f"start-up, median of {options.runs} runs ({options.members} members, "
          f"{env['QT_QPA_PLATFORM']})")
    print(f"  {'what':<38}{'seconds':>10}")
    print(f"  {'bare QMainWindow shown':<38}{bare_shown:>10.3f}")
    print(f"  {'UnionStation window shown':<38}{app_shown:>10.3f}")
    print(f"  {'UnionStation station loaded':<38}{app_ready:>10.3f}")
    print(f"  {'ratio shown (goal <= 1.5)':<38}{app_shown / bare_shown:>10.2f}")
    print(f"  {'first run: bare / app shown':<38}"
          f"{cold_bare['shown']:>5.2f} / {cold_app['shown']:.2f}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
