"""The county's reader process under Windows (`make windows-smoke` runs this).

    pythonw.exe reader_check.py RESULT.json

Run by the installed pythonw.exe, as the window runs: a signed batch of 3,000 changes is
read by a reader process (unionstation.county.reader, which starts python.exe beside it
with pipes for its standard streams) and in this process; the result file says whether the
reader ended its work itself and whether both read the same changes. pythonw.exe has no
console to print to, hence the file.
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from unionstation.county import reader
from unionstation.county.apply import PROJECTED
from unionstation.county.staging import synced_entities
from unionstation.sync.batch import write_batch

CHANGES = 3_000


def main() -> None:
    county_key = X25519PrivateKey.generate()
    now = datetime.now(UTC)
    lines = []
    for seq in range(1, CHANGES + 1):
        union = str(uuid.uuid4())
        lines.append({"change_id": str(uuid.uuid4()), "change_seq": seq,
                      "entity": "grassroots_union", "entity_id": union, "version": 1,
                      "base_version": 0, "op": "upsert", "officer": "smoke",
                      "created_at": now.isoformat(),
                      "data": {"id": union, "name": f"第{seq}基层工会"}})
    data = write_batch(lines, station_code="610625100", batch_id=uuid.uuid4(),
                       previous_batch_sha256=None, signing_key=Ed25519PrivateKey.generate(),
                       county_public_key=county_key.public_key(), created_at=now)
    entities = synced_entities()
    started = reader._Reader(data, county_key, 500, entities, PROJECTED)
    with started:
        by_reader = [change.content_sha256 for chunk in started.chunks() for change in chunk]
    here = [change.content_sha256 for chunk in reader.local_chunks(data, county_key, 500, entities)
            for change in chunk]
    result = {"command": reader._command(), "finished": started.finished,
              "changes": len(by_reader), "same": by_reader == here}
    Path(sys.argv[1]).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
