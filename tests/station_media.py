"""What stations send, made with PyAV: camera and phone containers, a recorder's WebM without a
duration, a portrait phone video with a rotation flag, and files that are not clips.

Every file is written here (no third-party samples): small (320x240, 1 s), real codecs of each
kind (MPEG-2 program stream, AVCHD-like H.264/AC-3 in M2TS, 3GP, WMV2/WMA, FLV, XDCAM-like
MPEG-2/PCM in MXF, DV, VP8/Opus WebM).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av

from reviewer.media.synth import _write_tone

#: file name -> (container format, video codec, audio codec or None, width, height, muxer options)
CAMERA_FORMATS: dict[str, tuple[str, str, str | None, int, int, dict[str, str]]] = {
    "news.mpg": ("mpeg", "mpeg2video", "mp2", 320, 240, {}),
    "archive.mpeg": ("mpeg", "mpeg1video", "mp2", 320, 240, {}),
    "dvd.vob": ("vob", "mpeg2video", "mp2", 720, 576, {}),
    "avchd.m2ts": ("mpegts", "libx264", "ac3", 320, 240, {"mpegts_m2ts_mode": "1"}),
    "camera.mts": ("mpegts", "libx264", "ac3", 320, 240, {"mpegts_m2ts_mode": "1"}),
    "hdv.m2t": ("mpegts", "mpeg2video", "mp2", 320, 240, {}),
    "phone.3gp": ("3gp", "libx264", "aac", 320, 240, {}),
    "office.wmv": ("asf", "wmv2", "wmav2", 320, 240, {}),
    "web.flv": ("flv", "flv", "mp3", 320, 240, {}),
    "xdcam.mxf": ("mxf", "mpeg2video", "pcm_s16le", 720, 576, {}),
    "tape.dv": ("dv", "dvvideo", "pcm_s16le", 720, 576, {}),
}


def _flat(rgb: tuple[int, int, int], width: int, height: int) -> bytes:
    return bytes(rgb) * (width * height)


def quadrant_painter(width: int, height: int) -> bytes:
    """Top half red, bottom half green, a white block in the top-left corner: shows any turn."""
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            if x < width // 4 and y < height // 4:
                row += b"\xff\xff\xff"
            elif y < height // 2:
                row += b"\xff\x00\x00"
            else:
                row += b"\x00\xc0\x00"
        rows.append(bytes(row))
    return b"".join(rows)


def write_video(
    path: Path,
    fmt: str,
    vcodec: str,
    acodec: str | None,
    width: int = 320,
    height: int = 240,
    *,
    seconds: float = 1.0,
    fps: int = 25,
    options: dict[str, str] | None = None,
    rotation: float | None = None,
    picture: bytes | None = None,
) -> Path:
    """One real clip in ``fmt`` (a flat grey picture unless ``picture`` gives RGB24 bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    picture = picture or _flat((90, 90, 90), width, height)
    with av.open(str(path), mode="w", format=fmt, options=options or {}) as out:
        vs = out.add_stream(vcodec, rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        if vcodec == "libx264":
            vs.options = {"preset": "ultrafast"}
        if rotation is not None:
            vs.set_display_rotation(rotation)
        audio = None
        if acodec:
            rate = 44100 if acodec in ("wmav2", "mp3") else 48000
            audio = out.add_stream(acodec, rate=rate)
            audio.layout = "stereo" if fmt == "dv" else "mono"
            audio.bit_rate = 128000
        for i in range(int(seconds * fps)):
            frame = av.VideoFrame(width, height, "rgb24")
            frame.planes[0].update(picture)
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in vs.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        if audio is not None:
            _write_tone(out, audio, seconds)
    return path


def camera_clip(folder: Path, name: str) -> Path:
    """The file ``name`` of CAMERA_FORMATS, written into ``folder`` (each its own grey, so no two
    are the same bytes)."""
    fmt, vcodec, acodec, width, height, options = CAMERA_FORMATS[name]
    grey = 40 + 12 * sorted(CAMERA_FORMATS).index(name)
    return write_video(
        folder / name,
        fmt,
        vcodec,
        acodec,
        width,
        height,
        options=options,
        picture=_flat((grey, grey, grey), width, height),
    )


def recorder_webm(path: Path, seconds: float = 2.0) -> Path:
    """VP8/Opus WebM as a browser or phone recorder writes it: no duration, no cues (live)."""
    return write_video(path, "webm", "libvpx", "libopus", seconds=seconds, options={"live": "1"})


def portrait_phone_mov(path: Path, rotation: float = -90) -> Path:
    """A 640x360 MOV whose display matrix turns it 90° clockwise (rotation -90): portrait 360x640."""
    return write_video(
        path, "mov", "libx264", "aac", 640, 360, seconds=1.0, rotation=rotation, picture=quadrant_painter(640, 360)
    )


def audio_only(path: Path, codec: str = "mp3", fmt: str = "mp3") -> Path:
    """A real sound file (a tone), no picture."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w", format=fmt) as out:
        stream = out.add_stream(codec, rate=44100)
        stream.layout = "mono"
        _write_tone(out, stream, 1.0)
    return path


def image(path: Path, fmt: str) -> Path:
    """A real still picture (PNG, JPEG or a two-frame animated GIF)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    codec = {"png": "png", "jpg": "mjpeg", "gif": "gif"}[fmt]
    pix = {"png": "rgb24", "jpg": "yuvj420p", "gif": "rgb8"}[fmt]
    frames = 2 if fmt == "gif" else 1
    muxer = "gif" if fmt == "gif" else "image2"
    with av.open(str(path), mode="w", format=muxer) as out:
        stream = out.add_stream(codec, rate=2)
        stream.width, stream.height, stream.pix_fmt = 64, 48, pix
        for i in range(frames):
            frame = av.VideoFrame(64, 48, "rgb24")
            frame.planes[0].update(_flat((200, 40 * i, 40), 64, 48))
            frame.pts = i
            frame.time_base = Fraction(1, 2)
            for packet in stream.encode(frame.reformat(format=pix)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path
