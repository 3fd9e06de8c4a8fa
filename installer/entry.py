"""Entry point of the frozen application: the same `quorum` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
