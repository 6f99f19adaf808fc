"""Real clip versions made with PyAV, edited the way an editor edits a v2.

A version is a list of *picture ids* and a list of *sound ids*, one per frame: id ``n`` is always
the same picture (a block pattern that changes every 5 frames over a gradient that moves every
frame, so no two ids look alike) and the same 40 ms of sound (a tone whose pitch steps every
second). v2 of a clip is v1's id list with some ids removed, inserted or replaced — exactly the
edits the diff must find, and nothing else — encoded again from scratch, as an editor's export is.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

REPLACED = 100_000  # ids at or above this are pictures / sounds that v1 never had


def picture(pid: int, width: int, height: int) -> np.ndarray:
    """RGB24 picture ``pid`` (deterministic)."""
    rng = np.random.default_rng(pid // 5 + (7_777_777 if pid >= REPLACED else 0))
    blocks = rng.integers(0, 256, (6, 8, 3), dtype=np.uint8)
    img = np.kron(blocks, np.ones((height // 6 + 1, width // 8 + 1, 1), np.uint8))[:height, :width].copy()
    yy, xx = np.mgrid[0:height, 0:width]
    band = slice(height // 3, 2 * height // 3)
    img[band, :, 1] = (((xx + yy) * 2 + pid * 5) % 256).astype(np.uint8)[band]
    return img


def sound(sid: int, samples: int, rate: int) -> np.ndarray:
    """Mono float32 samples of sound ``sid`` (its 1/fps second of the clip)."""
    t = (np.arange(samples) + sid * samples) / rate
    if sid >= REPLACED:
        rng = np.random.default_rng(sid)
        return (0.2 * rng.standard_normal(samples)).astype(np.float32)
    freq = 220.0 * 2 ** (((sid // 25) % 12) / 12.0)
    return (0.25 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def write_version(
    path: Path,
    pictures: list[int],
    sounds: list[int] | None = None,
    *,
    width: int = 320,
    height: int = 180,
    fps: int | float | Fraction = 25,
    crf: int = 20,
    preset: str = "ultrafast",
    timecode: str | None = None,
    audio: bool = True,
) -> Path:
    """Encode one version: H.264 (+ AAC) MP4 with the given picture and sound ids, one per frame.

    The encoding is deterministic (the same arguments give the same bytes), so each version is
    encoded once per test process and written again from memory after that.
    """
    sounds = pictures if sounds is None else sounds
    path.parent.mkdir(parents=True, exist_ok=True)
    key = (path.suffix, tuple(pictures), tuple(sounds), width, height, Fraction(fps), crf, preset, timecode, audio)
    if key not in _ENCODED:
        _encode(path, pictures, sounds, width, height, fps, crf, preset, timecode, audio)
        _ENCODED[key] = path.read_bytes()
    else:
        path.write_bytes(_ENCODED[key])
    return path


_ENCODED: dict[tuple, bytes] = {}


def _encode(path, pictures, sounds, width, height, fps, crf, preset, timecode, audio) -> None:
    rate = 48000
    fps = Fraction(fps).limit_denominator(1001)
    with av.open(str(path), "w") as out:
        if timecode:
            out.metadata["timecode"] = timecode
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.options = {"preset": preset, "crf": str(crf), "g": str(round(fps))}
        if timecode:
            vs.metadata["timecode"] = timecode
        a_s = None
        if audio:  # every stream exists before the first packet is written
            a_s = out.add_stream("aac", rate=rate)
            a_s.layout = "mono"
        for i, pid in enumerate(pictures):
            frame = av.VideoFrame.from_ndarray(picture(pid, width, height), format="rgb24")
            frame.pts, frame.time_base = i, 1 / fps
            for packet in vs.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        if a_s is not None:
            # Frame i's sound runs from sample round(i * rate / fps) to the next frame's.
            bounds = [round(i * rate / fps) for i in range(len(sounds) + 1)]
            pcm = np.concatenate([sound(sid, bounds[i + 1] - bounds[i], rate) for i, sid in enumerate(sounds)])
            pts = 0
            for start in range(0, len(pcm), 1024):
                chunk = pcm[start : start + 1024]
                frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
                frame.sample_rate, frame.pts, frame.time_base = rate, pts, Fraction(1, rate)
                pts += len(chunk)
                for packet in a_s.encode(frame):
                    out.mux(packet)
            for packet in a_s.encode():
                out.mux(packet)


def reencode(src: Path, dest: Path, *, crf: int = 28, preset: str = "veryfast") -> Path:
    """Decode ``src`` and encode the same pictures and sound again (another encoder setting)."""
    with av.open(str(src)) as inp, av.open(str(dest), "w") as out:
        ivs = inp.streams.video[0]
        vs = out.add_stream("libx264", rate=ivs.average_rate)
        vs.width, vs.height, vs.pix_fmt = ivs.codec_context.width, ivs.codec_context.height, "yuv420p"
        vs.options = {"preset": preset, "crf": str(crf)}
        a_in = inp.streams.audio[0] if inp.streams.audio else None
        a_s = None
        if a_in is not None:
            a_s = out.add_stream("aac", rate=a_in.codec_context.sample_rate)
            a_s.layout = "mono"
        for frame in inp.decode(ivs):
            frame.pict_type = av.video.frame.PictureType.NONE
            for packet in vs.encode(frame):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        if a_in is not None:
            inp.seek(0)
            for frame in inp.decode(a_in):
                frame.pts = None
                for packet in a_s.encode(frame):
                    out.mux(packet)
            for packet in a_s.encode():
                out.mux(packet)
    return dest
