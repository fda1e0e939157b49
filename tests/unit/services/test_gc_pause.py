"""The collector's pause ends with the last holder and restores what was there before."""

from __future__ import annotations

import gc

from unionstation.services.gc_pause import cyclic_gc_paused


def test_overlapping_pauses_end_with_the_last_one() -> None:
    assert gc.isenabled()
    outer = cyclic_gc_paused()
    inner = cyclic_gc_paused()
    outer.__enter__()
    inner.__enter__()
    assert not gc.isenabled()
    outer.__exit__(None, None, None)  # the first to leave is not the last
    assert not gc.isenabled()
    inner.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
