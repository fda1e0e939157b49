"""Qt lives in ui/ only: everything else imports with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    sys.modules["PySide6"] = None
    sys.modules["shiboken6"] = None
    import unionstation
    imported = []
    SKIP = {"unionstation.ui", "unionstation.__main__"}

    def walk(package):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if info.name in SKIP or info.name.endswith(".migrations"):
                continue  # the window, the entry point, and alembic scripts
            module = importlib.import_module(info.name)
            imported.append(info.name)
            if info.ispkg:
                walk(module)

    walk(unionstation)
    assert "PySide6.QtCore" not in sys.modules
    print(len(imported), " ".join(sorted(imported)))
    """
)


def test_every_package_but_ui_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    count, names = result.stdout.split(" ", 1)
    for package in ("unionstation.domain.idnumber", "unionstation.store.models",
                    "unionstation.services.members", "unionstation.cli", "unionstation.app"):
        assert package in names.split()
    assert int(count) >= 20
