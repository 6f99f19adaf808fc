"""Display copies of caption tracks for the overlay: the same cues, drawn at the top of the picture.

A lower third (name, title, place) sits where captions are drawn; with captions at the top both
stay readable. The copy is an SRT file whose every cue starts with the ``{\\an8}`` position tag
(top centre), which libvlc's caption decoder honours; it is made from the cues the library
parsed, in ``<home>/tmp/overlay/``, and is only ever shown, never signed or exported.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from reviewer.core.model import Cue

TOP_TAG = "{\\an8}"


def _srt_time(ms: int) -> str:
    ms = max(0, int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def top_srt_text(cues: Iterable[Cue]) -> str:
    """SRT text of ``cues`` with every cue placed at the top centre."""
    blocks = []
    for n, cue in enumerate(cues, 1):
        text = "\n".join(line for line in cue.text.splitlines() if line.strip()) or " "
        blocks.append(f"{n}\n{_srt_time(cue.start_ms)} --> {_srt_time(cue.end_ms)}\n{TOP_TAG}{text}\n")
    return "\n".join(blocks)


def top_overlay_file(home: Path, key: str, cues: Iterable[Cue]) -> Path:
    """The top-placed copy of a track (``key``: the track's SHA-256), written once, atomically."""
    text = top_srt_text(cues)
    digest = hashlib.sha256((key + "\0" + text).encode("utf-8")).hexdigest()[:16]
    folder = home / "tmp" / "overlay"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}.top.srt"
    if not path.is_file():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return path
