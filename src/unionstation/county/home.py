"""The county's data folder: `county.json`, the default SQLite store, keys and logs.

`county.json` marks a folder as a county's: {"db_url": URL or null, "code": CODE}. A null
URL means the SQLite file `county.db` beside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionstation.county.errors import NotACountyHome
from unionstation.paths import COUNTY_MARKER
from unionstation.sync.atomic import write_atomic

CONFIG_NAME = COUNTY_MARKER


@dataclass(frozen=True)
class CountyConfig:
    code: str
    db_url: str | None


@dataclass(frozen=True)
class CountyHome:
    """The data folder of one county federation."""

    root: Path

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def db_path(self) -> Path:
        return self.root / "county.db"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def encryption_key_path(self) -> Path:
        return self.keys_dir / "county-encryption.pem"

    @property
    def signing_key_path(self) -> Path:
        return self.keys_dir / "county-signing.pem"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def default_db_url(self) -> str:
        return f"sqlite:///{self.db_path.as_posix()}"

    def is_initialised(self) -> bool:
        return self.config_path.is_file()

    def ensure(self) -> None:
        for folder in (self.root, self.keys_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def read_config(self) -> CountyConfig:
        try:
            raw: Any = json.loads(self.config_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotACountyHome(
                f"{self.root} 不是县总工会数据文件夹(没有 {CONFIG_NAME}),"
                "请先运行 unionstation county init。") from None
        except (OSError, ValueError) as exc:
            raise NotACountyHome(f"无法读取 {self.config_path}:{exc}") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
            raise NotACountyHome(f"{self.config_path} 内容不完整(缺少县总工会代码)。")
        db_url = raw.get("db_url")
        return CountyConfig(code=raw["code"], db_url=db_url if isinstance(db_url, str) else None)

    def write_config(self, config: CountyConfig) -> None:
        text = json.dumps({"db_url": config.db_url, "code": config.code},
                          ensure_ascii=False, indent=2)
        write_atomic(self.config_path, (text + "\n").encode("utf-8"))

    def db_url(self, config: CountyConfig, override: str | None = None) -> str:
        """The store's URL: the one given, else county.json's (`config`), else the SQLite file."""
        return override or config.db_url or self.default_db_url


def is_county_home(path: Path) -> bool:
    """Whether `path` is a county data folder (it holds county.json)."""
    return CountyHome(Path(path)).is_initialised()
