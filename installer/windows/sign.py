"""Sign one Windows executable in place with osslsigncode (optional; build.py and NSIS call it).

    UNIONSTATION_SIGN_PFX=cert.pfx UNIONSTATION_SIGN_PASSWORD=... python sign.py FILE

UNIONSTATION_SIGN_TIMESTAMP_URL (optional): an RFC 3161 timestamp server, so the signature
outlives the certificate. The password goes to osslsigncode through a private file, never
on its command line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__)
        return 2
    target = Path(args[0])
    pfx = os.environ["UNIONSTATION_SIGN_PFX"]
    with tempfile.TemporaryDirectory() as tmp:
        password = Path(tmp, "password")
        password.touch(mode=0o600)
        password.write_text(os.environ.get("UNIONSTATION_SIGN_PASSWORD", ""))
        signed = Path(tmp, target.name)
        command = ["osslsigncode", "sign", "-pkcs12", pfx, "-readpass", str(password),
                   "-h", "sha256", "-n", "工会会员管理 (UnionStation)"]
        url = os.environ.get("UNIONSTATION_SIGN_TIMESTAMP_URL")
        if url:
            command += ["-ts", url]
        subprocess.run([*command, "-in", str(target), "-out", str(signed)], check=True)
        target.write_bytes(signed.read_bytes())
    print(f"signed {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
