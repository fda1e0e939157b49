"""UnionStation: the offline-first register of a township union federation."""

from __future__ import annotations


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("unionstation")
    except PackageNotFoundError:  # running from a tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~45 ms; the window must not pay it before it paints.
    if name == "__version__":
        value = _version()
        globals()["__version__"] = value
        return value
    raise AttributeError(name)
