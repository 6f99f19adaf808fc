"""Hostile media corpus, generated here (PyAV and raw bytes), ingested as a user would.

Every file is either rejected at ingest with a one-line reason naming it (exit 1, the library
left empty, nothing in the store or the staging folder), or ingested cleanly (exit 0, the stored
bytes equal the file, the library consistent, ``reviewer show`` works). Which were accepted is
recorded for the proof table. Playing the accepted ones in the desk belongs to the desk's tests.
"""

from __future__ import annotations

import json
import os
import random
import socket
import threading

import pytest

from tests.conftest import clip_bytes
from tests.reliability import corpus
from tests.reliability.checks import (
    library_problems,
    sha256_file,
    snapshot,
    temp_leftovers,
)
from tests.reliability.conftest import count, user_error_problems

CHECK = "hostile media corpus"
TRUNCATE_AT = (0.01, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99)
RANDOM_FILES = count("random_media", 5, 100)
MUTATIONS = count("media_mutations", 40, 600)


class Listener:
    """A local TCP port that counts connections (what a playlist disguised as a clip points at)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.hits += 1
            conn.close()


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.sock.close()


def _write(data: bytes):
    return lambda p: p.write_bytes(data)


def _cases() -> list[tuple[str, str, object]]:
    """(id, expectation, maker(path, listener)); expectation: rejected | ingested | either."""
    plain = clip_bytes()
    cases: list[tuple[str, str, object]] = [
        ("zero-bytes.mp4", "rejected", lambda p, _: p.write_bytes(b"")),
        ("audio-only-m4a.mp4", "rejected", lambda p, _: corpus.audio_only(p)),
        ("video-stream-without-frames.mp4", "rejected", lambda p, _: corpus.header_only(p)),
        ("8k-7680x4320.mp4", "ingested", lambda p, _: corpus.encode_video(p, width=7680, height=4320, frames=2)),
        ("over-8k-8200x4400.mp4", "rejected", lambda p, _: corpus.encode_video(p, width=8200, height=4400, frames=2)),
        ("zero-duration-headers.mp4", "rejected", lambda p, _: corpus.zero_duration(p)),
        (
            "zero-duration-headers-and-samples.mp4",
            "rejected",
            lambda p, _: corpus.zero_duration(p, ("mvhd", "tkhd", "mdhd", "stts")),
        ),
        (
            "zero-duration-edit-list.mp4",
            "rejected",
            lambda p, _: corpus.zero_duration(p, ("mvhd", "tkhd", "mdhd", "elst", "stts")),
        ),
        ("one-frame.mp4", "ingested", lambda p, _: corpus.single_frame(p)),
        (
            "variable-frame-rate.mp4",
            "ingested",
            lambda p, _: corpus.encode_video(
                p, width=320, height=240, frames=10, pts_ms=[0, 40, 50, 300, 310, 900, 1000, 1040, 1900, 2500]
            ),
        ),
        ("random-with-mp4-header.mp4", "rejected", lambda p, _: p.write_bytes(plain[:64] + os.urandom(50_000))),
        (
            "concat-playlist-url.mp4",
            "rejected",
            lambda p, lst: p.write_text(f"ffconcat version 1.0\nfile 'http://127.0.0.1:{lst.port}/x.mp4'\n"),
        ),
        (
            "concat-playlist-local.mp4",
            "rejected",
            lambda p, _: (
                p.with_name("seg.mp4").write_bytes(plain),
                p.write_text("ffconcat version 1.0\nfile 'seg.mp4'\n"),
            ),
        ),
        (
            "hls-playlist-url.mp4",
            "rejected",
            lambda p, lst: p.write_text(
                f"#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\nhttp://127.0.0.1:{lst.port}/seg.ts\n#EXT-X-ENDLIST\n"
            ),
        ),
        (
            "sdp-session-url.mp4",
            "rejected",
            lambda p, lst: p.write_text(
                f"v=0\no=- 0 0 IN IP4 127.0.0.1\ns=x\nc=IN IP4 127.0.0.1\nt=0 0\n"
                f"m=video {lst.port} RTP/AVP 96\na=rtpmap:96 H264/90000\n"
            ),
        ),
    ]
    for f in TRUNCATE_AT:
        cases.append(
            (
                f"truncated-{int(f * 100):02d}pct-index-at-end.mp4",
                "either",
                lambda p, _, f=f: p.write_bytes(corpus.truncated(plain, f)),
            )
        )
        cases.append(
            (
                f"truncated-{int(f * 100):02d}pct-index-at-front.mp4",
                "either",
                lambda p, _, f=f: p.write_bytes(
                    corpus.truncated(corpus.faststart(p.with_name("fs.mp4")).read_bytes(), f)
                ),
            )
        )
    for k in range(RANDOM_FILES):
        cases.append(
            (
                f"random-bytes-{k:03d}.mp4",
                "rejected",
                lambda p, _, k=k: p.write_bytes(random.Random(k).randbytes(random.Random(-k).randint(1, 200_000))),
            )
        )
    return cases


CASES = _cases()


@pytest.mark.parametrize("name,expect,maker", CASES, ids=[c[0] for c in CASES])
def test_hostile_file_is_rejected_with_a_reason_or_ingested_cleanly(
    name, expect, maker, cli, home, tmp_path, listener, proof
):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    maker(path, listener)
    hits_before = listener.hits
    r = cli("ingest", "--json", str(path))
    problems = user_error_problems(r.err)
    rows = json.loads(r.out) if r.out.strip() else []
    if len(rows) != 1:
        problems.append(f"expected one result row, got {rows!r} (stderr {r.err.strip()[:200]!r})")
        proof.trial(problems, label=name)
        proof.assert_clean()
        return
    row = rows[0]
    outcome = row["result"]
    if outcome == "rejected":
        reason = row["reason"] or ""
        if r.code != 1:
            problems.append(f"rejected but exit {r.code}")
        if not reason or "\n" in reason or not reason.startswith(name):
            problems.append(f"reason is not one line naming the file: {reason!r}")
        snap = snapshot(home / "reviewer.db")
        if snap.versions or snap.events:
            problems.append("a rejected file changed the library")
        stored = [p for p in (home / "media").rglob("*") if p.is_file()]
        if stored:
            problems.append(f"a rejected file left {len(stored)} files in the store")
        proof.note("outcome", {name: f"rejected: {reason[len(name) + 2 :]}"})
    elif outcome == "ingested":
        if r.code != 0:
            problems.append(f"ingested but exit {r.code}")
        found, _ = library_problems(home)
        problems += found
        shown = cli("show", "--json", row["clip_id"])
        if shown.code != 0:
            problems.append(f"reviewer show fails on it: {shown.err.strip()[:200]}")
        else:
            v = json.loads(shown.out)["versions"][0]
            if v["sha256"] != sha256_file(path):
                problems.append("the stored version is not the file's bytes")
            if v["duration_ms"] <= 0 or v["width"] <= 0:
                problems.append(f"ingested with duration {v['duration_ms']} ms and width {v['width']}")
        proof.note("outcome", {name: "accepted"})
    else:
        problems.append(f"unexpected result {outcome}")
    if temp_leftovers(home) or any((home / "tmp").iterdir()):
        problems.append(f"staging folder not empty: {[p.name for p in (home / 'tmp').iterdir()]}")
    if expect != "either" and outcome != expect:
        problems.append(f"expected {expect}, got {outcome}: {row.get('reason')}")
    if listener.hits != hits_before:
        problems.append(f"ingest connected to the network address the file names ({listener.hits - hits_before} times)")
    proof.trial(problems, label=name)
    proof.assert_clean()


def test_mutated_real_clips_never_crash_ingest(services, tmp_path, proof):
    """Real clips with flipped, cut, zeroed or inserted bytes: each is ingested or rejected with
    a one-line reason; the library stays consistent throughout."""
    proof.check = "hostile media: mutated real clips"
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    proof.note("seed", seed)
    sources = [clip_bytes(), corpus.faststart(tmp_path / "fs.mp4").read_bytes()]
    for n in range(MUTATIONS):
        data = corpus.mutated(rng.choice(sources), rng)
        path = tmp_path / "in" / f"m{n:04d}.mp4"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        problems = []
        try:
            results = services.ingest.ingest([path])
        except Exception as exc:  # noqa: BLE001 - exactly what this trial looks for
            results = []
            problems.append(f"ingest raised {type(exc).__name__}: {exc}")
        for res in results:
            if res.result == "rejected" and (not res.reason or "\n" in res.reason):
                problems.append(f"reason is not one line: {res.reason!r}")
            proof.tally("results", res.result)
            if res.result == "rejected" and "damaged or unsupported video file (" in (res.reason or ""):
                proof.tally("results", "rejected after an unexpected PyAV error (mapped to a reason)")
        if problems and len(proof.details) < 5:
            keep = tmp_path.parent / f"failing-mutation-{n}.mp4"
            keep.write_bytes(data)
            problems.append(f"kept as {keep}")
        proof.trial(problems, label=f"mutation {n} (seed {seed})")
        path.unlink()
    found, _ = library_problems(services.home)
    proof.trial(found, label="library after all mutations")
    proof.assert_clean()
