"""The frozen program's entry point: the same `main` as the `unionstation` console script."""

import multiprocessing
import sys

from unionstation.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
