from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from unionstation.paths import StationHome
from unionstation.store.lock import AlreadyRunning, InstanceLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from unionstation.paths import StationHome
    from unionstation.store.lock import InstanceLock
    lock = InstanceLock(StationHome(Path(sys.argv[1]))).acquire()
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


def test_a_second_instance_is_refused(home: StationHome) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home.root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(AlreadyRunning, match="已在使用数据文件夹"):
            InstanceLock(home).acquire()
    finally:
        holder.communicate("\n", timeout=30)
    # once the first instance is gone, the folder is free again
    with InstanceLock(home):
        pass


def test_the_lock_is_released_when_the_holder_dies(home: StationHome) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home.root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    holder.kill()
    holder.wait(timeout=30)
    with InstanceLock(home):
        pass
