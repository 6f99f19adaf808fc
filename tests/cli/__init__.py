"""Command-line tests: `reviewer ...` run in-process through the `cli` fixture (tests/conftest.py)."""
