"""Benchmarks: ``python -m bench.<name>`` prints JSON with a same-run baseline (never a test)."""
