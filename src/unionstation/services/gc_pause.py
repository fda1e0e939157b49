"""Pausing Python's cyclic garbage collector while a big batch is built and written."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """A big import makes millions of objects (cells, rows, change records) that all live
    until it ends; the cyclic collector would walk them again and again, which costs
    seconds. The pause is process-wide (the window's thread collects no cycles either for
    those seconds); cycles made meanwhile (the ORM's) are collected once it ends. Nested or
    overlapping pauses in several threads end when the last one does."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
