"""Probing a recorder's WebM that has no duration in its header, against the same recording with one.

A browser or phone recorder writes WebM without a duration; the probe then reads every packet to
measure it (bounded by ``probe.DURATION_SCAN_SECONDS``). This prints JSON: the file size, the
probe time with the scan, the probe time of the same recording muxed with a duration (baseline,
same run), their ratio and the scan's read rate. Medians of several runs, page cache warm.

Run: ``python -m bench.duration_scan [MINUTES]`` (default 30 minutes of 640x360 VP8 + Opus, made
of one 10 s recording repeated).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _remux(source: Path, dest: Path, live: bool, repeat: int) -> Path:
    """``source``'s packets ``repeat`` times over into a WebM, with (live=False) or without a
    duration (encoding a long clip would take minutes; its packets are what the scan reads)."""
    import av

    with av.open(str(source)) as src:
        packets = [p for p in src.demux() if p.dts is not None]
        span = {
            s.index: max(p.pts + (p.duration or 0) for p in packets if p.stream_index == s.index) for s in src.streams
        }
        with av.open(str(dest), "w", format="webm", options={"live": "1"} if live else {}) as out:
            streams = {s.index: out.add_stream_from_template(s) for s in src.streams}
            for k in range(repeat):
                for packet in packets:
                    copy = av.Packet(bytes(packet))
                    shift = k * span[packet.stream_index]
                    copy.pts, copy.dts = packet.pts + shift, packet.dts + shift
                    copy.duration, copy.is_keyframe = packet.duration, packet.is_keyframe
                    copy.time_base = packet.time_base
                    copy.stream = streams[packet.stream_index]
                    out.mux(copy)
    return dest


def run(minutes: int = 30, runs: int = 5) -> dict:
    from reviewer.media import probe
    from tests.station_media import write_video

    with tempfile.TemporaryDirectory(prefix="bench-duration-") as d:
        d = Path(d)
        source = write_video(d / "source.webm", "webm", "libvpx", "libopus", 640, 360, seconds=10)
        recorder = _remux(source, d / "recorder.webm", live=True, repeat=minutes * 6)
        finished = _remux(source, d / "finished.webm", live=False, repeat=minutes * 6)
        scanned = probe.probe(recorder)
        stated = probe.probe(finished)
        for path in (recorder, finished):
            path.read_bytes()  # warm the page cache
        scan_s = _median(lambda: probe.probe(recorder), runs)
        base_s = _median(lambda: probe.probe(finished), runs)
        size = recorder.stat().st_size
        return {
            "minutes_of_video": minutes,
            "size_mb": round(size / 1e6, 2),
            "duration_ms_measured": scanned.duration_ms,
            "duration_ms_in_header": stated.duration_ms,
            "probe_with_scan_s": round(scan_s, 4),
            "probe_with_header_s": round(base_s, 4),
            "ratio": round(scan_s / base_s, 2),
            "scan_minutes_of_video_per_s": round(minutes / max(1e-9, scan_s - base_s), 1),
            "scan_limit_s": probe.DURATION_SCAN_SECONDS,
        }


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 30), indent=2))
