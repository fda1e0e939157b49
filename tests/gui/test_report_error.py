"""One way every window reports a failure: officers' errors as written, files by reason,
bugs as an apology pointing at the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import ScriptedDialogs
from unionstation.services.errors import UserError
from unionstation.store.backup import BackupError
from unionstation.ui.dialogs import report_error


@pytest.mark.parametrize(("exc", "shown"), [
    (UserError("身份证号校验位不对"), "身份证号校验位不对"),
    (BackupError("备份文件已损坏"), "备份文件已损坏"),  # a failed restore says why
    (PermissionError(13, "Permission denied"), "Permission denied"),
])
def test_errors_for_officers_are_shown_as_they_are(
        dialogs: ScriptedDialogs, exc: BaseException, shown: str, tmp_path: Path) -> None:
    report_error(dialogs, "标题", exc, tmp_path / "x.log")
    assert dialogs.shown == [("warn", "标题", dialogs.shown[0][2])]
    assert shown in dialogs.shown[0][2] and "x.log" not in dialogs.shown[0][2]


def test_a_bug_is_an_apology_naming_the_log(dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    report_error(dialogs, "标题", KeyError("secret"), tmp_path / "x.log")
    assert "x.log" in dialogs.shown[0][2] and "secret" not in dialogs.shown[0][2]
