"""A process killed right after a commit loses nothing that was committed."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import select

from tests.factories import TEST_KEY
from unionstation.paths import StationHome
from unionstation.services.runtime import open_station
from unionstation.store.models import Member

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from sqlalchemy import select
    from unionstation.paths import StationHome
    from unionstation.services.members import MemberDraft, MemberService
    from unionstation.services.runtime import open_station
    from unionstation.store.models import GrassrootsUnion
    sys.path.insert(0, sys.argv[2])
    from tests.factories import TEST_KEY, make_id_number

    runtime = open_station(StationHome(Path(sys.argv[1])), TEST_KEY)
    with runtime.context.reading() as session:
        union_id = session.scalars(select(GrassrootsUnion.id)).first()
    MemberService(runtime.context).enroll(MemberDraft(
        name="赵六", id_number=make_id_number("330106", date(1980, 2, 3), 11),
        grassroots_union_id=union_id, joined_on=date(2025, 1, 1)))
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_killed_process_loses_no_committed_member(station_home: StationHome) -> None:
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[3])
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(station_home.root), root],
        capture_output=True, text=True, timeout=120,
    )
    assert "committed" in result.stdout, result.stderr
    assert result.returncode != 0  # it really was killed
    runtime = open_station(station_home, TEST_KEY)
    try:
        with runtime.context.reading() as session:
            names = set(session.scalars(select(Member.name)))
    finally:
        runtime.close()
    assert "赵六" in names
