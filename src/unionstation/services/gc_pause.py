"""Pausing Python's cyclic garbage collector while a big batch is built and written."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """A big import makes millions of objects (cells, rows, change records) that all live
    until it ends; the cyclic collector would walk them again and again, which costs
    seconds. Batch code makes no reference cycles, so collection waits until the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
