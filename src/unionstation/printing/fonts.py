"""Finding CJK TrueType fonts that reportlab can embed (DESIGN.md section 6).

Order: a font chosen in settings, then `resources/fonts/`, then the Windows system fonts, then
Linux ones. Body text wants a Song or FangSong face, titles a Hei face; with only one usable
face it serves both. CFF-outlined fonts (Debian's Noto CJK, most .otf) cannot be embedded by
reportlab and are skipped. Embedding is as a subset, reportlab's default for TTF.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from unionstation.printing.errors import PrintError

FONT_SUFFIXES = (".ttf", ".ttc")
_HEI = re.compile(r"hei|yahei|msyh|黑", re.IGNORECASE)

# (file name, sub-font index, display name); body candidates in order of preference.
WINDOWS_BODY = (("simsun.ttc", 0, "宋体 SimSun"), ("simfang.ttf", 0, "仿宋 FangSong"),
                ("simkai.ttf", 0, "楷体 KaiTi"), ("msyh.ttc", 0, "微软雅黑 Microsoft YaHei"),
                ("simhei.ttf", 0, "黑体 SimHei"))
WINDOWS_TITLE = (("simhei.ttf", 0, "黑体 SimHei"), ("msyh.ttc", 0, "微软雅黑 Microsoft YaHei"),
                 ("msyhbd.ttc", 0, "微软雅黑 Microsoft YaHei Bold"))
LINUX_BODY = (("arphic/uming.ttc", 0, "AR PL UMing"),
              ("arphic-gbsn00lp/gbsn00lp.ttf", 0, "AR PL SungtiL GB"),
              ("arphic/ukai.ttc", 0, "AR PL UKai"),
              ("wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"),
              ("wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"))
LINUX_TITLE = (("wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"),
               ("wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"))
LINUX_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"),
              Path("/usr/local/share/fonts"))

INSTALL_HINT = (
    "找不到可以嵌入PDF的中文字体。请把宋体(simsun.ttc)、仿宋(simfang.ttf)或黑体(simhei.ttf)"
    "复制到程序的 resources/fonts 文件夹,或在设置里选择一个 TrueType 字体文件;"
    "Linux 上可安装 fonts-wqy-microhei、fonts-wqy-zenhei 或 fonts-arphic-uming。"
)


@dataclass(frozen=True)
class FontFace:
    path: Path
    index: int
    label: str

    @property
    def key(self) -> str:
        """The name the face is registered under in reportlab."""
        stem = re.sub(r"[^A-Za-z0-9]", "", self.path.stem) or "font"
        where = hashlib.sha1(str(self.path).encode("utf-8")).hexdigest()[:6]
        return f"US-{stem}-{self.index}-{where}"


@dataclass(frozen=True)
class FontChoice:
    body: FontFace
    title: FontFace

    @property
    def name(self) -> str:
        """What the CLI reports as "font"."""
        if self.body == self.title:
            return self.body.label
        return f"{self.body.label} + {self.title.label}"


def _windows_dir() -> Path | None:
    root = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    return Path(root) / "Fonts" if root else None


def _is_hei(face: FontFace) -> bool:
    return bool(_HEI.search(face.path.name) or _HEI.search(face.label))


def folder_faces(folder: Path) -> list[FontFace]:
    """Every .ttf/.ttc in a folder (sub-font 0 of a collection), by file name."""
    if not folder.is_dir():
        return []
    return [FontFace(path, 0, path.stem) for path in sorted(folder.iterdir())
            if path.suffix.lower() in FONT_SUFFIXES]


def _known(folder: Path | None, table: Iterable[tuple[str, int, str]]) -> list[FontFace]:
    if folder is None:
        return []
    return [FontFace(folder / name, index, label) for name, index, label in table]


def candidates(chosen: Path | None, resource_fonts: Path, *,
               windows: Path | None = None, linux: Sequence[Path] = LINUX_DIRS,
               ) -> tuple[list[FontFace], list[FontFace]]:
    """(body candidates, title candidates) in order of preference; files may not exist."""
    own: list[FontFace] = []
    if chosen is not None:
        own.append(FontFace(chosen, 0, chosen.stem))
    own += folder_faces(resource_fonts)
    body = [f for f in own if not _is_hei(f)] + [f for f in own if _is_hei(f)]
    title = [f for f in own if _is_hei(f)] + [f for f in own if not _is_hei(f)]
    win = windows if windows is not None else _windows_dir()
    body += _known(win, WINDOWS_BODY)
    title += _known(win, WINDOWS_TITLE)
    for folder in linux:
        body += _known(folder, LINUX_BODY)
        title += _known(folder, LINUX_TITLE)
    return body, title


def register(face: FontFace) -> bool:
    """Register a face with reportlab once; False when the file is missing or not embeddable."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not face.path.is_file():
        return False
    if face.key in pdfmetrics.getRegisteredFontNames():
        return True
    try:
        font = TTFont(face.key, str(face.path), subfontIndex=face.index)
    except (TTFError, OSError, ValueError, IndexError):
        return False  # CFF outlines, a broken file, a missing sub-font
    pdfmetrics.registerFont(font)
    return True


def _first(faces: Iterable[FontFace]) -> FontFace | None:
    seen: set[tuple[Path, int]] = set()
    for face in faces:
        if (face.path, face.index) in seen:
            continue
        seen.add((face.path, face.index))
        if register(face):
            return face
    return None


def choose_fonts(chosen: Path | None = None, resource_fonts: Path | None = None, *,
                 windows: Path | None = None, linux: Sequence[Path] = LINUX_DIRS,
                 ) -> FontChoice:
    """The body and title faces, registered with reportlab; PrintError saying what to
    install when no CJK font can be embedded."""
    if resource_fonts is None:
        from unionstation.paths import resource_path

        resource_fonts = resource_path("fonts")
    body_list, title_list = candidates(chosen, resource_fonts, windows=windows, linux=linux)
    body = _first(body_list)
    if body is None:
        raise PrintError(INSTALL_HINT)
    title = _first(title_list) or body
    return FontChoice(body, title)
