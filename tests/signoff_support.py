"""Helpers for the sign-off tests: an in-memory keyring, cheap keys, clips with captions, signers.

Import the fixtures into a test module with ``from tests.signoff_support import *`` (they are
plain pytest fixtures).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import keyring
import pytest

from reviewer.core.checklist import Answer
from tests.conftest import CliResult, write_clip
from tests.memory_keyring import MemoryKeyring

__all__ = [
    "HEAD",
    "EDITOR",
    "PASSPHRASE",
    "STATION_NAME",
    "STATION_PASSPHRASE",
    "ensure_station",
    "SRT_VI",
    "POST",
    "memory_keyring",
    "fast_kdf",
    "make_source",
    "all_pass",
    "all_pass_answers",
    "enroll",
    "watch_all",
    "run_cli",
    "run_cli_subprocess",
]

PASSPHRASE = "Bí mật ký số 2024!"
STATION_PASSPHRASE = "Trạm phát sóng bí mật 77"
STATION_NAME = "Đài PT-TH Thử nghiệm"
HEAD = ("giamdoc@dai.vn", "Nguyễn Văn An", "Giám đốc", "head")
EDITOR = ("bientap@dai.vn", "Trần Thị Bình", "Biên tập viên", "editor")
SRT_VI = (
    "1\r\n00:00:00,000 --> 00:00:01,000\r\nThủ tướng phát biểu tại hội nghị\r\n\r\n"
    "2\r\n00:00:01,000 --> 00:00:01,900\r\nNgười dân phấn khởi\r\n"
).encode("utf-8")
POST = "Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi). #VTV #thoisu"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def memory_keyring():
    """Install an in-memory keyring backend process-wide; the previous one is restored after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def fast_kdf(monkeypatch):
    """Keys made during the test use cheap Argon2id parameters (the blob records them)."""
    from reviewer.security import keys, signer

    monkeypatch.setattr(signer, "NEW_KEY_KDF", keys.KdfParams.for_tests())


def make_source(
    folder: Path,
    clip_id: str = "news-1",
    *,
    platform: str = "facebook",
    variant: int = 0,
    title: str = "Quốc hội thảo luận dự thảo Luật Báo chí",
) -> Path:
    """A folder with one clip, its Vietnamese captions, post text and metadata."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"bản tin {clip_id}"
    write_clip(folder / f"{stem}.mp4", variant=variant)
    (folder / f"{stem}.vi.srt").write_bytes(SRT_VI)
    (folder / f"{stem}.post.txt").write_text(POST, encoding="utf-8")
    meta = {
        "id": clip_id,
        "title": title,
        "platform": platform,
        "political": True,
        "priority": 1,
        "author": "Nguyễn Thu Hà",
    }
    (folder / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return folder


def all_pass(template) -> dict:
    """ANSWERS.json content answering every item 'pass'."""
    return {i: {"result": "pass", "note": ""} for i in template.item_ids}


def all_pass_answers(template) -> list[Answer]:
    """Every item answered 'pass'."""
    return [Answer(i, "pass", "") for i in template.item_ids]


def ensure_station(services):
    """The library's station key (made with STATION_PASSPHRASE the first time)."""
    if services.station.station() is None:
        services.station.init(name=STATION_NAME, passphrase=STATION_PASSPHRASE)
    return services.station.station()


def enroll(services, who=HEAD, passphrase: str = PASSPHRASE):
    """Enrol a signer, certified by the station (made first if needed; the keyring must be the
    memory one). The desk/CLI actor becomes the only enrolled person, as the app would choose."""
    principal, name, title, role = who
    ensure_station(services)
    key = services.station.enrol_new_key(
        principal=principal,
        name=name,
        title=title,
        role=role,
        passphrase=passphrase,
        station_passphrase=STATION_PASSPHRASE,
    )
    from reviewer.services import default_person

    services.set_actor(default_person(services))
    return key


def watch_all(services, clip_id: str, principal: str, upto_ms: int | None = None) -> None:
    """Record that ``principal`` watched the current version (whole, or up to ``upto_ms``)."""
    v = services.library.version(clip_id)
    end = v.duration_ms if upto_ms is None else upto_ms
    services.library.save_coverage(clip_id, v.id, principal, [[0, end]], [[0, end]], end)


def run_cli(home: Path, *args: str, stdin: str | None = None) -> CliResult:
    """``reviewer --home HOME ...`` in-process (for a home other than the ``cli`` fixture's)."""
    from reviewer.app import main

    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--home", str(home), *args])
    finally:
        sys.stdin = old
    return CliResult(code, out.getvalue(), err.getvalue())


def run_cli_subprocess(home: Path, *args: str, keyring=None, stdin: str | None = None) -> CliResult:
    """``reviewer`` in a child process: exports render the PDF with Qt, kept out of pytest's process.

    With ``keyring`` (the test's MemoryKeyring) the child sees its entries through a shared file,
    and what the child stores (the rollback witness, keys) comes back into it afterwards.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    shared = None
    if keyring is not None:
        from tests.memory_keyring import share_keyring

        shared = Path(home).parent / f"keyring-{os.getpid()}.json"
        share_keyring(keyring, shared)
        env["REVIEWER_TEST_KEYRING"] = str(shared)
        cmd = [sys.executable, "-m", "tests.reliability.driver", "cli", "--home", str(home), *args]
    else:
        cmd = [
            sys.executable,
            "-c",
            "import sys; from reviewer.app import main; sys.exit(main(sys.argv[1:]))",
            "--home",
            str(home),
            *args,
        ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=240, input=stdin)
    if shared is not None:
        from tests.memory_keyring import take_back_keyring

        take_back_keyring(keyring, shared)
        shared.unlink(missing_ok=True)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)
