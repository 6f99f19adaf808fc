"""Run the desk from a source checkout: ``python main.py [sub-command ...]``."""

import sys

from reviewer.app import main

if __name__ == "__main__":
    sys.exit(main())
