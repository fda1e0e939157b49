"""UnionStation: the offline-first register of a township union federation."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("unionstation")
except PackageNotFoundError:  # running from a tree that was never installed
    __version__ = "0.0.0+unknown"
