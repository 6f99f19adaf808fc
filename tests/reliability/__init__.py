"""Reliability trials: crashes, full disks, concurrent desks, hostile inputs, offline runs.

Reduced counts inside ``make test``; full counts with ``REVIEWER_PROOF=1`` (``make proof``, which
runs ``python -m tests.reliability.proof`` and prints the table of checks, trials and failures).
"""
