"""How far this station has ever exported, kept beside the keys, outside the database.

A database restored from an older backup forgets batches it exported after that backup;
its next changes would reuse change numbers the county already holds with other content.
The mark outside the database tells such a station apart, so it stops exporting and says
why instead of sending changes the county must refuse (or, worse, taking old acks for new
changes).
"""

from __future__ import annotations

import json
from pathlib import Path

from unionstation.paths import StationHome
from unionstation.sync.atomic import write_atomic

FILE_NAME = "sync-high-water.json"


def _path(home: StationHome) -> Path:
    return home.keys_dir / FILE_NAME


def exported_through(home: StationHome) -> int:
    """The highest change number this station ever put in a batch (0 if none or unknown)."""
    try:
        value = json.loads(_path(home).read_text(encoding="utf-8")).get("exported_through", 0)
    except (OSError, ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) and value >= 0 else 0


def restored_elsewhere(home: StationHome) -> bool:
    """Whether these keys came back with a backup onto a new machine (store.backup_keys):
    what was sent after that backup is not known here."""
    try:
        return json.loads(_path(home).read_text(encoding="utf-8")).get("restored") is True
    except (OSError, ValueError, AttributeError):
        return False


def note_export(home: StationHome, to_seq: int) -> None:
    if to_seq > exported_through(home):
        home.keys_dir.mkdir(parents=True, exist_ok=True)
        mark: dict[str, object] = {"exported_through": to_seq}
        if restored_elsewhere(home):
            mark["restored"] = True
        write_atomic(_path(home), json.dumps(mark).encode())


def restore_warning(home: StationHome, database_exported_through: int) -> str | None:
    """A sentence when the database remembers less than was exported, else None."""
    mark = exported_through(home)
    if restored_elsewhere(home):
        return ("本站是从备份恢复到这台电脑上的:备份之后报送过哪些变更,本机无从知道。"
                "为免与县总工会已收到的数据冲突,报送已暂停;数据都在本机,不会丢失。"
                "请向县总工会索取重建文件(county rebase),"
                "在“报送”页用“从县总工会重建”导入后即可继续报送。")
    if mark <= database_exported_through:
        return None
    return (f"本机数据库是从较早的备份恢复的:恢复前已报送到第 {mark} 条变更,"
            f"而数据库只记得报送到第 {database_exported_through} 条。继续报送会与县总工会"
            "已收到的数据冲突,报送已暂停;已恢复的数据和新录入的数据都在本机,不会丢失。"
            "请向县总工会索取重建文件(county rebase),"
            "在“报送”页用“从县总工会重建”导入后即可继续报送。")


# The change log's mark of a re-base: one acknowledged row at the county's sequence, so
# the next change takes the number after it. Never sent (sync.rebase).
REBASE_ENTITY = "sync_rebase"


def reset_mark(home: StationHome, to_seq: int) -> None:
    """After a re-base: the station has exported exactly what the county applied."""
    home.keys_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(_path(home), json.dumps({"exported_through": to_seq}).encode())
