"""``python -m articleparse``: the same command line as ``articleparse``."""

from articleparse.cli import main

raise SystemExit(main())
