"""``reviewer diff`` media comparison against its floor: decoding both versions once with PyAV.

Two 60 s 1080p25 H.264/AAC versions of one clip (v2: 2 s of new pictures and sound at 20 s, one
second cut out at 40 s) are written first. Then, alternating so that both see the same machine
load, several runs of:

* baseline — PyAV decodes every video and audio frame of v1, then of v2 (as ``ffmpeg -i A -f
  null -`` + the same for B would), nothing else;
* diff — :func:`reviewer.media.compare.compare_media` (decode both at reduced size on two
  threads, align, compare).

Prints JSON with the medians of wall-clock time, ratio = diff / baseline (target ≤ 1.5), the same
for CPU time (the work done, steady on a shared machine) and the segments found.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

W, H, FPS, SECONDS = 1920, 1080, 25, 60


def _write(path: Path, frame_ids: list[int]) -> None:
    """1080p frames: a block pattern per second (new blocks for ids >= 10_000) over a moving band."""
    yy, xx = np.mgrid[0:H, 0:W]
    ramp = ((xx + yy) // 3).astype(np.int32)
    band = slice(H // 3, 2 * H // 3)
    cache: dict[int, np.ndarray] = {}
    rate = 48000
    with av.open(str(path), "w") as out:
        vs = out.add_stream("libx264", rate=FPS)
        vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
        vs.options = {"preset": "ultrafast", "crf": "23", "g": str(2 * FPS)}
        a_s = out.add_stream("aac", rate=rate)
        a_s.layout = "mono"
        for i, fid in enumerate(frame_ids):
            second = fid // FPS
            if second not in cache:
                rng = np.random.default_rng(second)
                blocks = rng.integers(0, 256, (9, 16, 3), dtype=np.uint8)
                cache[second] = np.kron(blocks, np.ones((H // 9 + 1, W // 16 + 1, 1), np.uint8))[:H, :W].copy()
            img = cache[second].copy()
            img[band, :, 1] = ((ramp[band] + fid * 4) % 256).astype(np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            for packet in vs.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        per = rate // FPS
        pcm = np.concatenate(
            [
                (0.2 * np.sin(2 * np.pi * (220 + 20 * ((fid // FPS) % 16)) * (np.arange(per) + fid * per) / rate))
                for fid in frame_ids
            ]
        ).astype(np.float32)
        for start in range(0, len(pcm), 1024):
            chunk = pcm[start : start + 1024]
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
            af.sample_rate, af.pts, af.time_base = rate, start, Fraction(1, rate)
            for packet in a_s.encode(af):
                out.mux(packet)
        for packet in a_s.encode():
            out.mux(packet)


def _decode_all(path: Path) -> int:
    frames = 0
    with av.open(str(path)) as c:
        for _frame in c.decode(*c.streams.video, *c.streams.audio):
            frames += 1
    return frames


def run(runs: int = 3) -> dict:
    from reviewer.media.compare import compare_media

    n = SECONDS * FPS
    v1_ids = list(range(n))
    new = [10_000 * FPS + k for k in range(2 * FPS)]  # two seconds of pictures v1 never had
    v2_ids = v1_ids[: 20 * FPS] + new + v1_ids[22 * FPS : 40 * FPS] + v1_ids[41 * FPS :]
    with tempfile.TemporaryDirectory(prefix="bench-diff-") as d:
        d = Path(d)
        t = time.perf_counter()
        _write(d / "v1.mp4", v1_ids)
        _write(d / "v2.mp4", v2_ids)
        made = time.perf_counter() - t
        for p in (d / "v1.mp4", d / "v2.mp4"):  # page cache warm for both contenders
            p.read_bytes()
        base, diff, base_cpu, diff_cpu = [], [], [], []
        segments = []
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            _decode_all(d / "v1.mp4")
            _decode_all(d / "v2.mp4")
            base.append(time.perf_counter() - t)
            base_cpu.append(time.process_time() - c)
            t, c = time.perf_counter(), time.process_time()
            segments = [s.to_json() for s in compare_media(d / "v1.mp4", d / "v2.mp4")]
            diff.append(time.perf_counter() - t)
            diff_cpu.append(time.process_time() - c)
        b, m = statistics.median(base), statistics.median(diff)
        bc, mc = statistics.median(base_cpu), statistics.median(diff_cpu)
        return {
            "clips": f"2 × {SECONDS} s {W}x{H} {FPS} fps H.264 + AAC",
            "sizes_mb": [round((d / f).stat().st_size / 1e6, 1) for f in ("v1.mp4", "v2.mp4")],
            "generate_s": round(made, 1),
            "runs": runs,
            "baseline_decode_both_s": round(b, 2),
            "diff_s": round(m, 2),
            "ratio": round(m / b, 2),
            "target_ratio": 1.5,
            # CPU seconds of this process (all threads): the work done, whatever else the machine runs.
            "baseline_cpu_s": round(bc, 2),
            "diff_cpu_s": round(mc, 2),
            "cpu_ratio": round(mc / bc, 2),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "cores": os.cpu_count(),
            "all_baseline_s": [round(x, 2) for x in base],
            "all_diff_s": [round(x, 2) for x in diff],
            "segments": segments,
        }


if __name__ == "__main__":
    json.dump(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3), sys.stdout, indent=2)
    sys.stdout.write("\n")
