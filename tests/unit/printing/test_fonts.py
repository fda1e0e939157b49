"""Font discovery: own fonts first, then Windows, then Linux; a clear message when none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unionstation.printing.errors import PrintError
from unionstation.printing.fonts import FontFace, candidates, choose_fonts, register

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
needs_wqy = pytest.mark.skipif(not WQY.is_file(), reason="fonts-wqy-microhei not installed")


def test_no_font_anywhere_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="fonts-wqy-microhei") as caught:
        choose_fonts(None, tmp_path, windows=tmp_path / "Windows" / "Fonts", linux=[tmp_path])
    assert "resources/fonts" in str(caught.value)


def test_windows_prefers_song_for_body_and_hei_for_titles(tmp_path: Path) -> None:
    body, title = candidates(None, tmp_path / "none", windows=tmp_path, linux=[])
    assert body[0].path.name == "simsun.ttc" and body[0].index == 0
    assert title[0].path.name == "simhei.ttf"


def test_own_fonts_come_first_and_hei_named_files_serve_titles(tmp_path: Path) -> None:
    own = tmp_path / "fonts"
    own.mkdir()
    (own / "FZXiaoBiaoSong.ttf").write_bytes(b"")
    (own / "SourceHei.ttf").write_bytes(b"")
    body, title = candidates(None, own, windows=tmp_path / "win", linux=[])
    assert body[0].path.name == "FZXiaoBiaoSong.ttf"
    assert title[0].path.name == "SourceHei.ttf"
    chosen, _ = candidates(tmp_path / "chosen.ttf", own, windows=None, linux=[])
    assert chosen[0].path.name == "chosen.ttf"


def test_a_file_that_is_not_an_embeddable_truetype_is_skipped(tmp_path: Path) -> None:
    fake = tmp_path / "simsun.ttc"
    fake.write_bytes(b"OTTO" + bytes(200))  # CFF-outlined, like Noto CJK
    assert not register(FontFace(fake, 0, "宋体"))
    assert not register(FontFace(tmp_path / "absent.ttf", 0, "none"))


@needs_wqy
def test_a_windows_font_folder_is_used_before_linux(tmp_path: Path) -> None:
    shutil.copy(WQY, tmp_path / "simsun.ttc")
    choice = choose_fonts(None, tmp_path / "none", windows=tmp_path, linux=[])
    assert choice.body.label == "宋体 SimSun"
    assert choice.title == choice.body  # no Hei face there: one font for all
    assert choice.name == "宋体 SimSun"


@needs_wqy
def test_linux_wenquanyi_serves_both(tmp_path: Path) -> None:
    choice = choose_fonts(None, tmp_path)
    assert "WenQuanYi" in choice.name
