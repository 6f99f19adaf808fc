"""Helpers for the desk's GUI tests: libraries built from real generated clips, and a fake player.

The fake player lets widget tests run without libvlc (offscreen); the video tests use the real
``reviewer.media.player.Player`` under Xvfb.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from tests.conftest import write_clip

SRT = """1
00:00:00,000 --> 00:00:01,000
Xin chào quý vị khán giả

2
00:00:01,000 --> 00:00:02,000
Bản tin thời sự hôm nay

3
00:00:02,000 --> 00:00:03,000
Quốc hội thảo luận dự thảo luật

4
00:00:03,000 --> 00:00:04,000
Cảm ơn quý vị đã theo dõi
"""

POST = "Bản tin tối nay: Quốc hội thảo luận dự thảo luật. #VTV #ThoiSu @vtv24\n"


def build_library(
    services, root: Path, count: int = 3, seconds: float = 4.0, political_first: bool = True
) -> list[str]:
    """Ingest ``count`` real clips (with Vietnamese captions, post text, metadata); returns their ids."""
    import json

    src = root / "incoming"
    src.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(count):
        name = f"clip{i:02d}"
        write_clip(src / f"{name}.mp4", variant=i, seconds=seconds, width=320, height=240)
        (src / f"{name}.vi.srt").write_text(SRT, encoding="utf-8")
        (src / f"{name}.post.txt").write_text(POST, encoding="utf-8")
        meta = {
            "id": f"test-{name}",
            "title": f"Bản tin số {i + 1}: Quốc hội thảo luận",
            "platform": "facebook",
            "priority": 1 + i,
            "political": political_first and i == 0,
            "author": "biên tập viên",
        }
        (src / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        ids.append(meta["id"])
    results = services.ingest.ingest([src])
    assert all(r.result in ("ingested", "new_version", "attached") for r in results), [
        (r.result, r.reason) for r in results
    ]
    return ids


class FakePlayer(QObject):
    """The Player facade's API without libvlc: time advances on a timer while 'playing'."""

    media_loaded = Signal(int, float)
    position_changed = Signal(int)
    state_changed = Signal(str)
    display_aspect_changed = Signal(float)
    first_frame_shown = Signal()
    error_occurred = Signal(str)
    rate_changed = Signal(float)
    volume_changed = Signal(int, bool)
    seeked = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = "idle"
        self._pos = 0
        self._duration = 0
        self._rate = 1.0
        self._volume = 80
        self._muted = False
        self._loop = False
        self.subtitle_file = None
        self.caption_cues = None
        self.caption_folder = None
        self.subtitles_visible = True
        self.loads: list[str] = []
        self.shut_down = False
        self._timer = QTimer(self, interval=40)
        self._timer.timeout.connect(self._tick)
        self._t0 = time.monotonic()

    def attach(self, widget) -> None:
        self.widget = widget

    def fill_surface(self, width: int, height: int) -> None:
        self.surface_size = (width, height)

    def load(self, path: str, fps: float | None = None, paused_on_first_frame: bool = True) -> None:
        self.loads.append(path)
        self._timer.stop()
        self._pos = 0
        if not os.path.exists(path) or os.path.getsize(path) < 100:
            self._set_state("error")
            self.error_occurred.emit("cannot open the media file")
            return
        self._duration = 4000
        self.media_loaded.emit(self._duration, fps or 25.0)
        self._set_state("paused")
        self.position_changed.emit(0)
        self.first_frame_shown.emit()

    def _set_state(self, s: str) -> None:
        if s != self._state:
            self._state = s
            self.state_changed.emit(s)

    def _tick(self) -> None:
        now = time.monotonic()
        self._pos = min(self._duration, self._pos + int((now - self._t0) * 1000 * self._rate))
        self._t0 = now
        self.position_changed.emit(self._pos)
        if self._pos >= self._duration:
            self._timer.stop()
            self._set_state("ended")

    def play(self) -> None:
        self._t0 = time.monotonic()
        self._timer.start()
        self._set_state("playing")

    def pause(self) -> None:
        self._timer.stop()
        self._set_state("paused")

    def toggle(self) -> None:
        self.pause() if self._state == "playing" else self.play()

    def stop(self) -> None:
        self._timer.stop()
        self._set_state("stopped")

    def seek(self, ms: int) -> None:
        self._pos = max(0, min(self._duration, int(ms)))
        self._t0 = time.monotonic()
        self.seeked.emit(self._pos)
        self.position_changed.emit(self._pos)

    def step_frame(self, direction: int) -> None:
        self.pause()
        self.seek(self._pos + 40 * direction)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self.rate_changed.emit(rate)

    def shuttle(self, direction: int) -> None:
        self.set_rate(2.0 if direction > 0 else 1.0)
        self.play()

    def set_volume(self, v: int) -> None:
        self._volume = v
        self.volume_changed.emit(v, self._muted)

    def set_muted(self, m: bool) -> None:
        self._muted = m
        self.volume_changed.emit(self._volume, m)

    def set_loop(self, on: bool) -> None:
        self._loop = on

    def set_subtitle_file(self, path) -> None:
        self.subtitle_file = path

    def set_caption_folder(self, folder) -> None:
        self.caption_folder = folder

    def set_caption_cues(self, cues, *, top: bool = False) -> None:
        self.caption_cues = tuple(cues) if cues else None
        self.captions_top = top

    def set_subtitles_visible(self, on: bool) -> None:
        self.subtitles_visible = on

    def position_ms(self) -> int:
        return self._pos

    def duration_ms(self) -> int:
        return self._duration

    def state(self) -> str:
        return self._state

    def rate(self) -> float:
        return self._rate

    def shutdown(self) -> None:
        self._timer.stop()
        self.shut_down = True


def bulk_insert_clips(db, n: int, *, start: int = 0) -> None:
    """Insert ``n`` queue rows straight into the clips table (SQLAlchemy core, one transaction)."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import insert

    from reviewer.storage.models import ClipRow

    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    platforms = ("facebook", "youtube", "tiktok", "zalo")
    rows = [
        {
            "id": f"bulk-{i:06d}",
            "title": f"Bản tin {i:06d}: {'Quốc hội' if i % 10 == 0 else 'Thời sự'} {'kinh tế' if i % 7 == 0 else 'xã hội'}",
            "platform": platforms[i % 4],
            "priority": 1 + i % 5,
            "deadline": now + timedelta(minutes=i),
            "political": i % 10 == 0,
            "author": f"editor{i % 13}",
            "status": "pending" if i % 3 else "approved",
            "created_at": now,
            "updated_at": now,
            "current_version": 1,
            "current_sha256": f"{i:064x}",
            "duration_ms": 10_000 + i % 50_000,
        }
        for i in range(start, start + n)
    ]
    with db.engine.begin() as conn:
        for k in range(0, len(rows), 20_000):
            conn.execute(insert(ClipRow.__table__), rows[k : k + 20_000])
