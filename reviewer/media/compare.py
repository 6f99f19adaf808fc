"""Where the pictures or the sound of two versions of a clip differ, aligned by time.

Both files are decoded once with PyAV at reduced size:

* **pictures** — every frame's luma plane is averaged into a 32×18 grid of cells (a strided
  block mean straight from the decoder's buffer, no colour conversion or scaler). Two frames
  are "the same" when the RMS difference of their cells is under :data:`FRAME_THRESHOLD` grey
  levels: a re-encode moves a 60×60-pixel average by a level or two, a new shot, a new lower
  third or a replaced picture by tens.
* **sound** — mono 8 kHz, cut into 100 ms windows, each described by its energy in eight
  frequency bands (dB). Two windows are the same when no band within :data:`AUDIO_RANGE_DB` of
  the loudest differs by more than :data:`AUDIO_THRESHOLD_DB` (under :data:`AUDIO_FLOOR_DB`: silence).

The frames are then aligned like a text diff with a fuzzy "equal": walking both sequences, a
mismatch is resolved by the smallest step (frames skipped in the old plus frames skipped in the
new) after which both run equal again for :data:`RESYNC_FRAMES` frames. So one second removed at
3 s is one change at 3 s (the rest aligns with a one-second offset), not "everything after 3 s
changed", and 2 s of replaced pictures are one change of 2 s. The sound is compared only where
the pictures align (with the pictures' offset), window by window, tolerating one window of
shift (AAC encoders pad the start differently).

:func:`compare_media` returns :class:`ChangedSegment` items in the new version's time, with the
old version's range beside them. Pure PyAV + numpy: no Qt, no player.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import av
import numpy as np

from reviewer.errors import MediaError
from reviewer.media.probe import OPEN_OPTIONS

log = logging.getLogger(__name__)

GRID_W, GRID_H = 32, 18
FRAME_THRESHOLD = 6.0
"""RMS difference of the 32×18 luma cells (grey levels 0-255) above which two frames differ."""
RESYNC_FRAMES = 8
"""Frames that must match in a row before two versions count as aligned again after a change."""
MAX_SEARCH_FRAMES = 3000
"""How far ahead (in frames of each version) a re-alignment is looked for (2 min at 25 fps)."""
AUDIO_RATE = 8000
AUDIO_WINDOW_MS = 100
AUDIO_BANDS = (0, 150, 300, 600, 1000, 1600, 2400, 3200, 4000)
AUDIO_THRESHOLD_DB = 9.0
AUDIO_FLOOR_DB = -60.0
AUDIO_RANGE_DB = 30.0
"""Bands more than this under the loudest band of a window are not compared."""
AUDIO_MIN_WINDOWS = 3
"""Consecutive differing windows (300 ms) before a sound change is reported."""


@dataclass(frozen=True)
class MediaSignature:
    """What the comparison needs of one file: per-frame cells and per-window sound bands."""

    frame_ms: np.ndarray  # (n,) presentation time of each frame, ms from the stream start
    cells: np.ndarray  # (n, GRID_H * GRID_W) float32 luma cell means
    fps: float
    duration_ms: int
    audio: np.ndarray | None  # (m, bands) dB per AUDIO_WINDOW_MS window, or None without sound


@dataclass(frozen=True)
class ChangedSegment:
    """One change: ``[start_ms, end_ms)`` in the new version, ``[from_start_ms, from_end_ms)`` in the
    old. ``kind``: "changed" (different pictures or sound), "removed" (only in the old version:
    start == end), "added" (only in the new version: from_start == from_end); ``what`` names the
    tracks that differ ("video", "audio" or both)."""

    start_ms: int
    end_ms: int
    from_start_ms: int
    from_end_ms: int
    kind: str
    what: tuple[str, ...]

    def to_json(self) -> dict:
        """The documented JSON of ``reviewer diff``'s media.changed_segments items."""
        return {
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "kind": self.kind,
            "from_start_ms": self.from_start_ms,
            "from_end_ms": self.from_end_ms,
            "what": list(self.what),
        }


# --------------------------------------------------------------------------- decoding


def _cells(frame) -> np.ndarray:
    """32×18 block means of the luma plane, read from the decoder's buffer without a copy."""
    plane = frame.planes[0]
    h, w = frame.height, frame.width
    luma = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)[:h, :w]
    cy, cx = max(1, h // GRID_H), max(1, w // GRID_W)
    # Every n-th pixel of each cell (6x6 samples or more per cell): both versions are sampled at
    # the same places, and the mean of 36 samples of a 60x60 cell moves under re-encoding noise
    # by well under a grey level, at a hundredth of the memory traffic of the whole plane.
    step = max(1, min(cy, cx) // 6)
    if h < GRID_H or w < GRID_W:
        # Tiny pictures: stretch to the grid by index (nearest), cells then are pixels.
        ys = (np.arange(GRID_H) * h // GRID_H)[:, None]
        xs = (np.arange(GRID_W) * w // GRID_W)[None, :]
        return luma[ys, xs].astype(np.float32).ravel()
    sampled = luma[: cy * GRID_H : step, : cx * GRID_W : step]
    ky, kx = sampled.shape[0] // GRID_H, sampled.shape[1] // GRID_W
    grid = sampled[: ky * GRID_H, : kx * GRID_W].reshape(GRID_H, ky, GRID_W, kx)
    return (grid.sum(axis=(1, 3), dtype=np.uint32) / np.float32(ky * kx)).astype(np.float32).ravel()


_GRAY_FORMATS = {
    "yuv420p",
    "yuvj420p",
    "yuv422p",
    "yuvj422p",
    "yuv444p",
    "yuvj444p",
    "nv12",
    "nv21",
    "gray",
    "yuv420p10le",
    "yuv422p10le",
}


def _frame_cells(frame) -> np.ndarray:
    fmt = frame.format.name
    if fmt in _GRAY_FORMATS and not fmt.endswith("10le"):
        return _cells(frame)
    # Other pixel formats (RGB, 10-bit...): let swscale make a small grey picture instead.
    small = frame.reformat(width=GRID_W * 4, height=GRID_H * 4, format="gray")
    return _cells(small)


def _band_energies(samples: np.ndarray, rate: int = AUDIO_RATE) -> np.ndarray:
    """dB energy per band for each AUDIO_WINDOW_MS window of mono ``samples`` at ``rate``."""
    win = rate * AUDIO_WINDOW_MS // 1000
    n = len(samples) // win
    if n == 0:
        return np.zeros((0, len(AUDIO_BANDS) - 1), np.float32)
    frames = samples[: n * win].reshape(n, win) * np.hanning(win).astype(np.float32)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    freqs = np.fft.rfftfreq(win, 1.0 / rate)
    bands = []
    for lo, hi in zip(AUDIO_BANDS[:-1], AUDIO_BANDS[1:]):
        # The top band ends at 4 kHz whatever the rate: speech and music differ below it, and
        # encoders differ above it.
        sel = (freqs >= lo) & (freqs < hi)
        bands.append(power[:, sel].sum(axis=1) / win)
    energy = np.stack(bands, axis=1)
    return (10.0 * np.log10(energy + 1e-10)).astype(np.float32)


_PLANAR_FLOAT = {"fltp", "flt"}


def _mono(frame, holder: list) -> np.ndarray:
    """The frame's samples as mono float32 at the stream's rate (AAC decodes to fltp: read it
    directly; other formats go through one resampler to AUDIO_RATE, set up on first use)."""
    if not holder and frame.format.name in _PLANAR_FLOAT:
        data = frame.to_ndarray()
        if frame.format.name == "flt":  # packed: (1, samples * channels)
            data = data.reshape(-1, max(1, len(frame.layout.channels))).T
        return data.mean(axis=0, dtype=np.float32) if data.shape[0] > 1 else data[0].astype(np.float32, copy=False)
    if not holder:
        holder.append(av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE))
    out = [f.to_ndarray().reshape(-1).astype(np.float32, copy=False) for f in holder[0].resample(frame)]
    return np.concatenate(out) if out else np.zeros(0, np.float32)


def signature(path: Path) -> MediaSignature:
    """Decode ``path`` once (pictures and sound) into a :class:`MediaSignature`."""
    name = Path(path).name
    try:
        container = av.open(str(path), options=dict(OPEN_OPTIONS))
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise MediaError(f"{name}: cannot be read to compare ({exc})") from None
    try:
        if not container.streams.video:
            raise MediaError(f"{name}: no video stream to compare")
        vs = container.streams.video[0]
        a_s = container.streams.audio[0] if container.streams.audio else None
        v_start = vs.start_time or 0
        v_tb = float(vs.time_base) if vs.time_base else 1 / 90000
        times: list[float] = []
        cells: list[np.ndarray] = []
        chunks: list[np.ndarray] = []
        a_rate = int(a_s.codec_context.sample_rate or 0) if a_s is not None else 0
        resampler_holder: list = []  # a resampler, only for sample formats read directly below
        streams = [vs] + ([a_s] if a_s is not None else [])
        for packet in container.demux(*streams):
            try:
                decoded = packet.decode()
            except av.FFmpegError as exc:  # a damaged packet: compare what decodes
                log.warning("%s: a packet does not decode (%s)", name, exc)
                continue
            # Only the video and audio streams are demuxed: no subtitle frames come out.
            for frame in cast("list[av.VideoFrame | av.AudioFrame]", decoded):
                if packet.stream is vs:
                    if frame.pts is not None:
                        times.append((frame.pts - v_start) * v_tb * 1000.0)
                    else:  # no timestamp (rare, raw streams): one frame after the last
                        times.append(times[-1] + 1000.0 / float(vs.guessed_rate or 25) if times else 0.0)
                    cells.append(_frame_cells(frame))
                else:
                    chunks.append(_mono(frame, resampler_holder))
        if not cells:
            raise MediaError(f"{name}: no video frame decodes")
        rate = vs.average_rate or vs.guessed_rate or vs.base_rate
        fps = float(rate) if rate else 25.0
        order = np.argsort(np.asarray(times), kind="stable")  # B-frames arrive in display order already; be sure
        frame_ms = np.asarray(times, dtype=np.float64)[order]
        grid = np.stack(cells)[order]
        duration_ms = int(round(frame_ms[-1] + 1000.0 / fps))
        if resampler_holder and resampler_holder[0] is not None:
            for out in resampler_holder[0].resample(None):
                chunks.append(out.to_ndarray().reshape(-1).astype(np.float32, copy=False))
            a_rate = AUDIO_RATE
        chunks = [c for c in chunks if c is not None and len(c)]
        audio = _band_energies(np.concatenate(chunks), a_rate or AUDIO_RATE) if chunks else None
        return MediaSignature(frame_ms=frame_ms, cells=grid, fps=fps, duration_ms=duration_ms, audio=audio)
    finally:
        container.close()


# --------------------------------------------------------------------------- alignment


def _resample(sig: MediaSignature, step_ms: float) -> tuple[np.ndarray, np.ndarray]:
    """(times, cells) on a regular grid of ``step_ms``: the frame on screen at each grid time."""
    n = max(1, int(round(sig.duration_ms / step_ms)))
    grid_t = np.arange(n) * step_ms
    idx = np.searchsorted(sig.frame_ms, grid_t + step_ms * 0.25, side="right") - 1
    idx = np.clip(idx, 0, len(sig.frame_ms) - 1)
    return grid_t, sig.cells[idx]


def _rms(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sqrt(np.mean((a - b) ** 2, axis=-1))


def _resync(a: np.ndarray, b: np.ndarray, i: int, j: int, k: int) -> tuple[int, int] | None:
    """The smallest (di, dj) (by di + dj) after which ``a[i+di:]`` and ``b[j+dj:]`` run equal for
    ``k`` frames, or None within MAX_SEARCH_FRAMES."""
    wa = a[i : i + MAX_SEARCH_FRAMES]
    wb = b[j : j + MAX_SEARCH_FRAMES]
    if len(wa) < k or len(wb) < k:
        return None
    # Squared distances of every pair at once (|x|² + |y|² - 2x·y), as RMS over the cells.
    d2 = (np.sum(wa * wa, axis=1)[:, None] + np.sum(wb * wb, axis=1)[None, :] - 2.0 * (wa @ wb.T)) / wa.shape[1]
    same = d2 <= FRAME_THRESHOLD**2
    run = same[: len(wa) - k + 1, : len(wb) - k + 1].copy()
    for s in range(1, k):
        run &= same[s : len(wa) - k + 1 + s, s : len(wb) - k + 1 + s]
    found = np.argwhere(run)
    if not len(found):
        return None
    cost = found.sum(axis=1) * 4 + np.abs(found[:, 0] - found[:, 1])  # least skipped, then most even
    di, dj = found[int(np.argmin(cost))]
    return int(di), int(dj)


@dataclass(frozen=True)
class _Run:
    """Old [ai, ai+n) aligned with new [bj, bj+n), in grid steps."""

    ai: int
    bj: int
    n: int


def align(a: np.ndarray, b: np.ndarray, k: int = RESYNC_FRAMES) -> tuple[list[_Run], list[tuple[int, int, int, int]]]:
    """Equal runs and changes ``(ai, ai_end, bj, bj_end)`` between two cell sequences."""
    runs: list[_Run] = []
    changes: list[tuple[int, int, int, int]] = []
    i = j = 0
    na, nb = len(a), len(b)
    while i < na and j < nb:
        n = min(na - i, nb - j)
        diff = _rms(a[i : i + n], b[j : j + n]) > FRAME_THRESHOLD
        first = int(np.argmax(diff)) if diff.any() else n
        if first:
            runs.append(_Run(i, j, first))
            i, j = i + first, j + first
            continue
        step = _resync(a, b, i, j, k)
        if step is None:
            changes.append((i, na, j, nb))
            i, j = na, nb
            break
        di, dj = step
        changes.append((i, i + di, j, j + dj))
        i, j = i + di, j + dj
    if i < na or j < nb:
        changes.append((i, na, j, nb))
    return runs, changes


def _audio_changes(old: np.ndarray, new: np.ndarray, runs: list[_Run], step_ms: float) -> list[tuple[float, float]]:
    """New-version time spans (ms) where the sound differs within picture-aligned runs."""
    per = AUDIO_WINDOW_MS
    spans: list[tuple[float, float]] = []
    for run in runs:
        offset_ms = (run.ai - run.bj) * step_ms
        w0 = int(np.ceil(run.bj * step_ms / per))
        w1 = int((run.bj + run.n) * step_ms // per)
        bad_start = None
        bad_count = 0
        for w in range(w0, min(w1, len(new))):
            ow = int(round((w * per + offset_ms) / per))
            best = None
            for cand in (ow - 1, ow, ow + 1):
                if 0 <= cand < len(old):
                    # Bands far under the window's loudest are inaudible there and the first
                    # thing an encoder changes: compare only what a listener hears.
                    floor = max(AUDIO_FLOOR_DB, float(max(old[cand].max(), new[w].max())) - AUDIO_RANGE_DB)
                    x, y = np.maximum(old[cand], floor), np.maximum(new[w], floor)
                    d = float(np.max(np.abs(x - y)))
                    best = d if best is None else min(best, d)
            differs = best is None or best > AUDIO_THRESHOLD_DB
            if differs:
                if bad_start is None:
                    bad_start, bad_count = w, 0
                bad_count += 1
            if (not differs or w == min(w1, len(new)) - 1) and bad_start is not None:
                end = w + 1 if differs else w
                if bad_count >= AUDIO_MIN_WINDOWS:
                    spans.append((bad_start * per, end * per))
                bad_start = None
    return spans


def _merge(spans: list[tuple[float, float, str]], gap: float) -> list[tuple[float, float, set[str]]]:
    out: list[tuple[float, float, set[str]]] = []
    for s, e, what in sorted(spans):
        if out and s <= out[-1][1] + gap:
            ps, pe, pw = out[-1]
            out[-1] = (ps, max(pe, e), pw | {what})
        else:
            out.append((s, e, {what}))
    return out


def compare_signatures(old: MediaSignature, new: MediaSignature) -> list[ChangedSegment]:
    """Changed segments between two decoded versions (see the module docstring)."""
    step = 1000.0 / min(old.fps, new.fps) if old.fps > 0 and new.fps > 0 else 40.0
    ta, ca = _resample(old, step)
    tb, cb = _resample(new, step)
    runs, changes = align(ca, cb)

    def ms(index: int, times: np.ndarray, duration: int) -> int:
        return int(round(times[index])) if index < len(times) else duration

    video: list[tuple[int, int, int, int]] = [
        (
            ms(a0, ta, old.duration_ms),
            ms(a1, ta, old.duration_ms),
            ms(b0, tb, new.duration_ms),
            ms(b1, tb, new.duration_ms),
        )
        for a0, a1, b0, b1 in changes
    ]
    spans: list[tuple[float, float, str]] = []
    old_ranges: dict[tuple[float, float], tuple[int, int]] = {}
    for a0, a1, b0, b1 in video:
        spans.append((b0, b1, "video"))
        old_ranges[(b0, b1)] = (a0, a1)
    if (old.audio is None) != (new.audio is None):
        spans.append((0, new.duration_ms, "audio"))
    elif old.audio is not None and new.audio is not None:
        # Where the pictures were replaced by as many frames, the sound is compared too (same
        # offset), so a segment says whether its sound is new as well.
        replaced = [_Run(a0, b0, a1 - a0) for a0, a1, b0, b1 in changes if a1 - a0 == b1 - b0 > 0]
        for s, e in _audio_changes(old.audio, new.audio, runs + replaced, step):
            spans.append((s, min(e, new.duration_ms), "audio"))

    segments: list[ChangedSegment] = []
    for s, e, what in _merge(spans, gap=step * 0.5):
        s_i, e_i = int(round(s)), int(round(e))
        # The old version's range: from the video change it contains, else through the alignment.
        olds = [old_ranges[k] for k in old_ranges if k[0] >= s - 1 and k[1] <= e + 1]
        if olds:
            fs, fe = min(o[0] for o in olds), max(o[1] for o in olds)
        else:
            fs, fe = _map_to_old(s_i, runs, step), _map_to_old(e_i, runs, step)
        if e_i == s_i:
            kind = "removed"
        elif fe == fs:
            kind = "added"
        else:
            kind = "changed"
        segments.append(ChangedSegment(s_i, e_i, fs, fe, kind, tuple(sorted(what, key=("video", "audio").index))))
    return segments


def _map_to_old(ms: int, runs: list[_Run], step: float) -> int:
    for run in runs:
        if run.bj * step <= ms <= (run.bj + run.n) * step:
            return int(round(ms + (run.ai - run.bj) * step))
    return ms


def compare_media(old_path: Path, new_path: Path) -> list[ChangedSegment]:
    """Decode both files once and return where the new version's pictures or sound changed.

    The two files are decoded at the same time on two threads (FFmpeg and numpy release the
    GIL), so a two-core desk compares in about the time one file takes to decode.
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="compare") as pool:
        old_sig, new_sig = pool.map(signature, [Path(old_path), Path(new_path)])
    return compare_signatures(old_sig, new_sig)
