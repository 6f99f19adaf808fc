"""Checkpoint files: a writer killed mid-write leaves a temp file; the next writer removes it."""

from __future__ import annotations

import os
import subprocess
import sys

from reviewer.core.checkpoints import remove_dead_writers_leftovers as _remove_dead_writers_leftovers


def test_leftovers_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # that process has exited
    stale = tmp_path / f".checkpoint-00000007.json.{dead_pid}.tmp"
    live = tmp_path / f".checkpoint-00000008.json.{os.getppid()}.tmp"
    mine = tmp_path / f".checkpoint-00000009.json.{os.getpid()}.tmp"
    kept = tmp_path / "checkpoint-00000006.json"
    for p in (stale, live, mine, kept):
        p.write_text("x")
    _remove_dead_writers_leftovers(tmp_path)
    assert not stale.exists()
    assert live.exists() and mine.exists() and kept.exists()
