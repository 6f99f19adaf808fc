"""Shared fixtures: a fresh home folder per test, real generated clips, a CLI runner."""

from __future__ import annotations

import io
import json
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.media.synth import make_clip

# The key store refuses every keyring but the OS's own; the suite's in-memory one (and child
# processes started by the tests, which inherit this) is accepted only under this switch.
os.environ["REVIEWER_ALLOW_TEST_KEYRING"] = "1"

CLIP_CACHE: dict[tuple, bytes] = {}


def clip_bytes(
    seconds: float = 2.0,
    width: int = 320,
    height: int = 240,
    fps: int = 25,
    audio: bool = True,
    tmp_root: Path | None = None,
) -> bytes:
    """Bytes of a real H.264 MP4 (generated once per parameter set and session)."""
    key = (seconds, width, height, fps, audio)
    if key not in CLIP_CACHE:
        import tempfile

        with tempfile.TemporaryDirectory() as d:
            p = make_clip(Path(d) / "c.mp4", seconds=seconds, width=width, height=height, fps=fps, audio=audio)
            CLIP_CACHE[key] = p.read_bytes()
    return CLIP_CACHE[key]


def write_clip(path: Path, *, variant: int = 0, **kw) -> Path:
    """Write a real clip; ``variant`` changes the bytes (a new version) without re-encoding."""
    data = clip_bytes(**kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    if variant:
        # An MP4 'free' box appended at the end is ignored by demuxers but changes the hash.
        pad = f"variant-{variant}".encode()
        data = data + (8 + len(pad)).to_bytes(4, "big") + b"free" + pad
    path.write_bytes(data)
    return path


@pytest.fixture(scope="session")
def library_template(tmp_path_factory) -> Path:
    """An empty library at the newest schema, made once per test process (each xdist worker).

    Opening a new library runs every Alembic revision (a quarter of a second a library); the
    ``services`` and ``cli`` fixtures copy this instead. What it holds is exactly what a first
    opening leaves: the migrated, empty ``reviewer.db`` and the empty folders. The migrations
    themselves are tested on an empty database in tests/storage/test_migrations.py.
    """
    from reviewer.services import build_services

    made = tmp_path_factory.mktemp("library-template") / "home"
    build_services(str(made), None).close()
    return made


def _from_template(home: Path, template: Path) -> None:
    """Lay the empty library into ``home`` unless the test already put something there."""
    if home.exists():
        return
    # The log file is not copied: the process logs to the first home it opened (setup_logging).
    shutil.copytree(template, home, ignore=shutil.ignore_patterns("reviewer.log*"))


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh, empty data home; REVIEWER_HOME points at it."""
    h = tmp_path / "home"
    monkeypatch.setenv("REVIEWER_HOME", str(h))
    monkeypatch.delenv("REVIEWER_DB", raising=False)
    return h


@dataclass
class CliResult:
    """Exit code and captured output of one CLI call."""

    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cli(home, library_template):
    """Run ``reviewer --home HOME ...`` in-process and capture its output (the library is made
    from ``library_template`` at the first call when HOME does not exist yet)."""
    from reviewer.app import main

    def run(*args: str, stdin: str | None = None) -> CliResult:
        _from_template(home, library_template)
        out, err = io.StringIO(), io.StringIO()
        old_stdin = None
        if stdin is not None:
            import sys

            old_stdin = sys.stdin
            sys.stdin = io.StringIO(stdin)
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = main(["--home", str(home), *args])
        finally:
            if old_stdin is not None:
                import sys

                sys.stdin = old_stdin
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def services(home, library_template):
    """Services built on the fresh home (closed after the test), its library copied from
    ``library_template`` when the home does not exist yet."""
    from reviewer.services import build_services

    _from_template(home, library_template)
    s = build_services(str(home), None)
    yield s
    s.close()


TESTS = Path(__file__).resolve().parent
RELIABILITY = TESTS / "reliability"
# The modules that take longest outside the trials (pytest --durations on this machine, 29/11/2026:
# about a third of the rest of the suite): real encodes of many clips, monthly reports rendered to
# PDF, the statistics view over a filled library, a desk window per test. `make test` runs them;
# `make test-fast` leaves them out (marker ``slow``).
SLOW_MODULES = frozenset(
    TESTS / name
    for name in (
        "gui/test_stats_view.py",
        "gui/test_roundtrip_desk.py",
        "storage/test_stats_report.py",
        "storage/test_station_corpus.py",
        "unit/test_demo_source.py",
        "roundtrip/test_change_request.py",
        "roundtrip/test_media_compare.py",
    )
)


def pytest_collection_modifyitems(config, items) -> None:
    """Mark the reliability trials ``trial`` and the slowest modules ``slow`` (make test-fast skips both)."""
    for item in items:
        path = Path(str(item.path))
        if RELIABILITY in path.parents:
            item.add_marker(pytest.mark.trial)
        if path in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
