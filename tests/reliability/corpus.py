"""Generated hostile media: files made with PyAV, patched MP4 boxes and raw bytes.

Everything is made on the machine in a few seconds; nothing is downloaded. Each maker writes one
file and returns its path (the zip corpus builds its packages in test_zip_corpus.py).
"""

from __future__ import annotations

import os
import random
from fractions import Fraction
from pathlib import Path

import av


# -- media ----------------------------------------------------------------------------------
def _flat_frames(width: int, height: int, count: int):
    """``count`` flat-grey RGB frames with a moving bright band (cheap at 8K, no numpy)."""
    for i in range(count):
        frame = av.VideoFrame(width, height, "rgb24")
        stride = frame.planes[0].line_size  # rows may be padded past width * 3
        dark, light = b"\x30" * stride, b"\xe0" * stride
        band = (i * 16) % height
        frame.planes[0].update(b"".join(light if band <= y < band + 16 else dark for y in range(height)))
        yield frame


def encode_video(
    path: Path,
    *,
    width: int,
    height: int,
    frames: int,
    fps: int = 25,
    pts_ms: list[int] | None = None,
    options: dict | None = None,
    container_options: dict | None = None,
) -> Path:
    """Encode an H.264 MP4 (ultrafast); ``pts_ms`` gives explicit frame times (variable rate)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w", format="mp4", options=container_options or {}) as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.options = {"preset": "ultrafast", "tune": "zerolatency", **(options or {})}
        if pts_ms is not None:
            vs.time_base = Fraction(1, 1000)
            vs.codec_context.time_base = Fraction(1, 1000)
        for i, frame in enumerate(_flat_frames(width, height, frames)):
            if pts_ms is not None:
                frame.pts, frame.time_base = pts_ms[i], Fraction(1, 1000)
            else:
                frame.pts, frame.time_base = i, Fraction(1, fps)
            for packet in vs.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
    return path


def audio_only(path: Path, seconds: float = 1.0) -> Path:
    """An AAC-in-MP4 (an .m4a) with no video stream, written under whatever name is given."""
    import array
    from math import pi, sin

    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w", format="mp4") as out:
        st = out.add_stream("aac", rate=48000)
        st.layout = "mono"
        total, pts = int(seconds * 48000), 0
        while pts < total:
            n = min(1024, total - pts)
            buf = array.array("f", (0.1 * sin(2 * pi * 440 * (pts + k) / 48000) for k in range(n)))
            fr = av.AudioFrame(format="flt", layout="mono", samples=n)
            fr.planes[0].update(buf.tobytes())
            fr.sample_rate, fr.pts, fr.time_base = 48000, pts, Fraction(1, 48000)
            for p in st.encode(fr):
                out.mux(p)
            pts += n
        for p in st.encode():
            out.mux(p)
    return path


def header_only(path: Path) -> Path:
    """An MP4 with a video stream declared and not one frame in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w", format="mp4") as out:
        vs = out.add_stream("libx264", rate=25)
        vs.width, vs.height, vs.pix_fmt = 320, 240, "yuv420p"
        vs.options = {"preset": "ultrafast"}
        out.start_encoding()
    return path


def single_frame(path: Path) -> Path:
    """A one-frame MP4 (40 ms)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w", format="mp4") as out:
        vs = out.add_stream("libx264", rate=25)
        vs.width, vs.height, vs.pix_fmt = 320, 240, "yuv420p"
        vs.options = {"preset": "ultrafast", "tune": "zerolatency"}
        for frame in _flat_frames(320, 240, 1):
            frame.pts, frame.time_base = 0, Fraction(1, 25)
            for packet in vs.encode(frame.reformat(format="yuv420p")):
                packet.duration = 0
                out.mux(packet)
        for packet in vs.encode():
            packet.duration = 0
            out.mux(packet)
    return path


def zero_duration(path: Path, boxes: tuple[str, ...] = ("mvhd", "tkhd", "mdhd")) -> Path:
    """A one-frame MP4 whose ``boxes`` declare a duration of 0: the movie/track/media headers
    by default; add "elst" (edit list) and "stts" (the frame's own duration) for harder cases."""
    single_frame(path)
    data = bytearray(path.read_bytes())
    for box, offset_v0, offset_v1 in (("mvhd", 16, 24), ("tkhd", 20, 28), ("mdhd", 16, 24)):
        if box not in boxes:
            continue
        for m in _find_boxes(data, box.encode()):
            version = data[m + 4]
            at = m + 4 + (offset_v1 if version == 1 else offset_v0)
            width = 8 if version == 1 else 4
            data[at : at + width] = bytes(width)
    for m in _find_boxes(data, b"elst") if "elst" in boxes else ():
        version, count = data[m + 4], int.from_bytes(data[m + 8 : m + 12], "big")
        entry, width = (20, 8) if version == 1 else (12, 4)
        for k in range(count):
            at = m + 12 + k * entry
            data[at : at + width] = bytes(width)
    for m in _find_boxes(data, b"stts") if "stts" in boxes else ():
        count = int.from_bytes(data[m + 8 : m + 12], "big")
        for k in range(count):
            at = m + 12 + k * 8 + 4  # sample_delta of each entry
            data[at : at + 4] = bytes(4)
    path.write_bytes(bytes(data))
    return path


def _find_boxes(data: bytearray, box: bytes) -> list[int]:
    """Offsets of the 4-byte type of every ``box`` (good enough for our own small files)."""
    out, start = [], 0
    while (i := data.find(box, start)) >= 0:
        out.append(i)
        start = i + 4
    return out


def faststart(path: Path, **kw) -> Path:
    """A real clip with its index (moov) at the front, as web-ready files have."""
    from reviewer.media.synth import make_clip

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".plain.mp4")
    make_clip(tmp, **kw)
    with av.open(str(tmp)) as src, av.open(str(path), mode="w", format="mp4", options={"movflags": "faststart"}) as out:
        streams = {}
        for s in src.streams:
            streams[s.index] = out.add_stream_from_template(s)
        for packet in src.demux():
            if packet.dts is None:
                continue
            packet.stream = streams[packet.stream.index]
            out.mux(packet)
    tmp.unlink()
    return path


def truncated(data: bytes, fraction: float) -> bytes:
    """The first ``fraction`` of ``data`` (as a copy interrupted on a USB stick)."""
    return data[: max(1, int(len(data) * fraction))]


def mutated(data: bytes, rng: random.Random) -> bytes:
    """``data`` with a few bytes flipped, a slice cut out or junk inserted (one to three of them)."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(("flip", "flip", "cut", "insert", "zero"))
        at = rng.randrange(len(out))
        if op == "flip":
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8)
        elif op == "cut":
            del out[at : at + rng.randint(1, 4096)]
        elif op == "insert":
            out[at:at] = os.urandom(rng.randint(1, 512))
        else:
            out[at : at + rng.randint(1, 256)] = bytes(min(256, len(out) - at))
        if not out:
            out = bytearray(b"\0")
    return bytes(out)
