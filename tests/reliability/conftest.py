"""Shared pieces of the reliability trials: counts, the proof recorder, child processes, sources.

Counts are reduced inside ``make test`` and full with ``REVIEWER_PROOF=1`` (``make proof``); any
count can be set on its own with ``REVIEWER_PROOF_<NAME>=N`` (e.g. ``REVIEWER_PROOF_KILL_TRIALS``).
Each test reports to ``python -m tests.reliability.proof`` through the ``proof`` fixture (or, for a
test that is one trial, just its module's ``CHECK`` name).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import write_clip

ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("REVIEWER_PROOF") == "1"
MAX_DETAILS = 20


def count(name: str, reduced: int, full: int) -> int:
    """How many trials of ``name``: reduced, full under REVIEWER_PROOF=1, or REVIEWER_PROOF_<NAME>."""
    override = os.environ.get(f"REVIEWER_PROOF_{name.upper()}")
    if override:
        return int(override)
    return full if FULL else reduced


@dataclass
class Proof:
    """Trials and failures of one check, handed to the proof table through user_properties."""

    check: str
    trials: int = 0
    failures: int = 0
    details: list[str] = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def trial(self, problems: list[str] | str | None = None, label: str = "") -> bool:
        """Count one trial; ``problems`` (non-empty) makes it a failure. Returns success."""
        self.trials += 1
        if isinstance(problems, str):
            problems = [problems]
        if problems:
            self.failures += 1
            if len(self.details) < MAX_DETAILS:
                self.details.append(f"{label}: " + " | ".join(problems[:4]))
            return False
        return True

    def note(self, key: str, value) -> None:
        """Extra figures for the JSON (phases hit, files accepted, timings...)."""
        self.notes[key] = value

    def tally(self, key: str, item: str, n: int = 1) -> None:
        """Count ``item`` under ``key`` in the notes."""
        self.notes.setdefault(key, {})
        self.notes[key][item] = self.notes[key].get(item, 0) + n

    def assert_clean(self) -> None:
        """Fail the test (after all its trials ran) when any trial failed."""
        assert self.failures == 0, f"{self.failures}/{self.trials} trials failed:\n" + "\n".join(self.details)

    def as_dict(self) -> dict:
        return {
            "check": self.check,
            "trials": self.trials,
            "failures": self.failures,
            "details": self.details,
            "notes": self.notes,
        }


@pytest.fixture(autouse=True)
def _proof_check_name(request):
    """Tag every reliability test with its check (its module's CHECK) for the proof table."""
    request.node.user_properties.append(("proof_check", getattr(request.module, "CHECK", request.module.__name__)))


@pytest.fixture
def proof(request):
    """A Proof for this test's check; its figures go to the proof table at teardown."""
    p = Proof(getattr(request.module, "CHECK", request.node.name))
    yield p
    request.node.user_properties.append(("proof", p.as_dict()))


# -- child processes --------------------------------------------------------------------------
def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child: this checkout importable, no inherited home or database."""
    env = {k: v for k, v in os.environ.items() if k not in ("REVIEWER_HOME", "REVIEWER_DB")}
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


@dataclass
class DriverChild:
    """A ``python -m tests.reliability.driver MODE ...`` process and the lines it printed so far.

    ``ready`` is set when it prints READY (or its output ends, so nobody waits forever).
    """

    proc: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None

    @classmethod
    def start(cls, *args: str) -> DriverChild:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.driver", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=child_env(),
        )
        child = cls(proc)
        child.reader = threading.Thread(target=child._read, daemon=True)
        child.reader.start()
        return child

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                self.ready.set()
        self.ready.set()  # EOF: whoever waits for READY must not wait forever

    def finish(self) -> str:
        """Wait for the process and the reader; returns stderr."""
        self.proc.wait(timeout=120)
        self.reader.join(timeout=60)
        err = self.proc.stderr.read()
        self.proc.stderr.close()
        self.proc.stdout.close()
        return err

    def reported(self, tag: str) -> list[tuple[str, str]]:
        """The two fields after ``tag`` of every line the child printed starting with it."""
        return [tuple(line.split()[1:3]) for line in self.lines if line.startswith(tag + " ")]


def reviewer_cmd(home: Path, *args: str) -> list[str]:
    """``reviewer --home HOME ARGS`` as a user runs it (main.py of this checkout)."""
    return [sys.executable, str(ROOT / "main.py"), "--home", str(home), *args]


def run_reviewer(home: Path, *args: str, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """Run reviewer in a child process and capture its output."""
    return subprocess.run(
        reviewer_cmd(home, *args), capture_output=True, text=True, timeout=timeout, env=child_env(), cwd=ROOT, **kw
    )


def user_error_problems(stderr: str) -> list[str]:
    """What must never reach a user: a traceback, an internal error, a raw 'database is locked'."""
    problems = []
    if "Traceback" in stderr:
        problems.append("a traceback reached the user")
    if "internal error" in stderr:
        problems.append("an internal error reached the user: " + stderr.strip().splitlines()[-1][:200])
    if "database is locked" in stderr:
        problems.append("'database is locked' reached the user")
    return problems


# -- sources ----------------------------------------------------------------------------------
_VARIANTS = itertools.count(1)

SRT = (
    "1\n00:00:00,000 --> 00:00:01,000\nThủ tướng phát biểu tại hội nghị\n\n"
    "2\n00:00:01,000 --> 00:00:01,900\nNgười dân phấn khởi\n"
).encode("utf-8")


def new_clip(path: Path, **kw) -> Path:
    """A real clip with bytes no other clip of this session has."""
    return write_clip(path, variant=next(_VARIANTS), **kw)


def clip_with_companions(folder: Path, stem: str, *, meta: dict | None = None, **kw) -> Path:
    """``stem.mp4`` with Vietnamese captions, a post text and (optionally) metadata."""
    video = new_clip(folder / f"{stem}.mp4", **kw)
    (folder / f"{stem}.vi.srt").write_bytes(SRT)
    (folder / f"{stem}.post.txt").write_text(f"Bài đăng {stem} #tin", encoding="utf-8")
    if meta is not None:
        (folder / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return video


def clip_package(path: Path, stems: list[str]) -> Path:
    """A .zip package holding a clip (with captions) per stem."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.parent / f".{path.stem}-src"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for stem in stems:
            clip = new_clip(staging / f"{stem}.mp4")
            zf.write(clip, f"pkg/{stem}.mp4")
            zf.writestr(f"pkg/{stem}.vi.srt", SRT)
    for f in staging.iterdir():
        f.unlink()
    staging.rmdir()
    return path


def tree(root: Path, *, exclude: Path | None = None) -> dict[str, tuple[int, int]]:
    """{relative path: (size, mtime_ns)} of everything under ``root`` (for 'nothing written' checks)."""
    out: dict[str, tuple[int, int]] = {}
    if not root.exists():
        return out
    for p in root.rglob("*"):
        if exclude is not None and (p == exclude or exclude in p.parents):
            continue
        try:
            st = p.lstat()
        except OSError:
            continue
        out[p.relative_to(root).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out
