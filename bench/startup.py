"""Start-up time: process start to main window shown, against a bare QMainWindow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5]

Prints a table and, as its last line, one JSON object with the same figures.
Goals (issue 18): the window, or the login dialog, within 1.5x a bare window; the
register's rows on screen within 4x of it, counted from the password's OK (2,000 members).
Each child's CPU seconds are printed too: on a shared machine they vary less.
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
    """Seconds from spawning `command` to each of `marks` appearing on its stdout, and the
    child's CPU seconds ("cpu": user + system; steadier than wall time on a shared
    machine)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seen["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    missing = set(marks) - set(seen)
    if missing:
        raise SystemExit(f"{command[1:]} never printed {sorted(missing)}")
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--members", type=int, default=2000)
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
        # Logged in from the environment as a headless run does: the password's OK is
        # the moment the window has shown ("shown"); "rows": the register painted.
        logged = {**env, "UNIONSTATION_USER": "demo", "UNIONSTATION_PASSWORD": "demo"}
        cold_app = timed(app, env, ("shown", "ready"))
        cold_bare = timed(bare, env, ("shown",))
        app_runs, bare_runs, row_runs = [], [], []
        for _ in range(options.runs):
            app_runs.append(timed(app, env, ("shown", "ready")))
            bare_runs.append(timed(bare, env, ("shown",)))
            row_runs.append(timed(app, logged, ("shown", "rows", "ready")))

    app_shown = statistics.median(run["shown"] for run in app_runs)
    app_ready = statistics.median(run["ready"] for run in app_runs)
    bare_shown = statistics.median(run["shown"] for run in bare_runs)
    rows_after_ok = statistics.median(run["rows"] - run["shown"] for run in row_runs)
    rows_total = statistics.median(run["rows"] for run in row_runs)
    cpu = {name: round(statistics.median(run["cpu"] for run in runs), 3) for name, runs in
           (("bare", bare_runs), ("login_dialog", app_runs), ("rows", row_runs))}
    figures = {
        "runs": options.runs,
        "members": options.members,
        "bare_window_shown_s": round(bare_shown, 3),
        "app_window_shown_s": round(app_shown, 3),
        "app_station_loaded_s": round(app_ready, 3),
        "ratio_shown": round(app_shown / bare_shown, 2),
        "app_login_dialog_s": round(app_ready, 3),
        "ratio_login_dialog": round(app_ready / bare_shown, 2),
        "rows_on_screen_s": round(rows_total, 3),
        "rows_after_ok_s": round(rows_after_ok, 3),
        "ratio_rows_after_ok": round(rows_after_ok / bare_shown, 2),
        "cpu_s": cpu,
        "cpu_ratio_login_dialog": round(cpu["login_dialog"] / cpu["bare"], 2),
        "cpu_ratio_rows": round(cpu["rows"] / cpu["bare"], 2),
        "first_run_bare_shown_s": round(cold_bare["shown"], 3),
        "first_run_app_shown_s": round(cold_app["shown"], 3),
        "goal_ratio": 1.5,
        "goal_ratio_rows": 4,
    }
    print(f"start-up, median of {options.runs} runs ({options.members} members, "
          f"{env['QT_QPA_PLATFORM']})")
    print(f"  {'what':<38}{'seconds':>10}")
    print(f"  {'bare QMainWindow shown':<38}{bare_shown:>10.3f}")
    print(f"  {'UnionStation window shown':<38}{app_shown:>10.3f}")
    print(f"  {'UnionStation station loaded':<38}{app_ready:>10.3f}")
    print(f"  {'ratio shown (goal <= 1.5)':<38}{app_shown / bare_shown:>10.2f}")
    print(f"  {'login dialog / bare (goal <= 1.5)':<38}{app_ready / bare_shown:>10.2f}")
    print(f"  {'rows after the OK / bare (goal <= 4)':<38}{rows_after_ok / bare_shown:>10.2f}")
    print(f"  {'CPU s: bare / login dialog / rows':<38}"
          f"{cpu['bare']:>5.2f} / {cpu['login_dialog']:.2f} / {cpu['rows']:.2f}")
    print(f"  {'first run: bare / app shown':<38}"
          f"{cold_bare['shown']:>5.2f} / {cold_app['shown']:.2f}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
