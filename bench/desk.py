"""The review desk against same-run baselines (``python -m bench.desk``; run under Xvfb or a desktop).

Prints JSON with three measurements, each with its baseline measured in the same run:

* ``cold_start``: a new process (``reviewer --home HOME``) to the desk's window first painted, on
  a library of 10,000 clips, against a new process showing a bare PySide6 ``QMainWindow``
  (ratio target ≤ 1.3); and to the first clip on screen (its frame 0 painted: the first-frame
  still kept at ingest, drawn on the cover while libvlc opens the clip), against that bare window
  plus a bare libvlc first frame (a new process playing the same file into a native widget:
  play() to libvlc's first video output), ratio target ≤ 2; beside it the time to libvlc's own
  frame 0 (the player paused on it, the cover gone: ``..._paused_by_libvlc``).
  Runs are interleaved so that disk cache and CPU frequency treat all alike; medians of 21
  start-ups of each kind reported (a start-up's time spreads by a third between runs on a busy
  machine: with 9, the median of the baseline moved enough to move the ratio by ±0.1).
* ``first_frame``: choosing a clip in the queue to its first frame on screen (the still painted,
  or libvlc's frame 0 when that comes first), against a bare python-vlc player embedded in a plain
  native widget playing the same file: its first video output (ratio target ≤ 1.2). Beside it:
  the desk's libvlc first video output, and libvlc paused on frame 0 with the cover gone
  (``desk_paused_by_libvlc_ms``). Medians, interleaved.
* ``queue_search``: ``QueueModel.set_filter`` with a search text (count + first page, what the
  desk does when the user pauses typing) over 100,000 clips: median milliseconds (target < 50);
  beside it, reading the folded search keys once (what focusing the search field costs).

Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_BARE_WINDOW = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print("SHOWN", time.perf_counter() - t0, flush=True)
            QTimer.singleShot(0, w.close)
            self.deleteLater()
        return False
f = Painted()
w.installEventFilter(f)
w.show()
app.exec()
"""

_DESK_WINDOW = r"""
import sys, time
t0 = time.perf_counter()
# Exactly what `reviewer --home HOME` does (reviewer.app.main): the window first, the top clip on
# screen and the library opened beside it. Nothing more is imported here before the window, and in
# the script's order: reviewer.app first (it imports no Qt), then what the bench's hooks need.
from reviewer import app
from PySide6.QtCore import QEvent, QObject, QTimer
from reviewer.ui.main_window import MainWindow

original_init = MainWindow.__init__
original_start = MainWindow.start_picture
original_bind = MainWindow.bind
original_skeleton = MainWindow._make_skeleton
done = []

def init(self, *a, **k):
    original_init(self, *a, **k)
    self.resize(1280, 800)

    class Painted(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                print("SHOWN", time.perf_counter() - t0, flush=True)
                obj.removeEventFilter(self)
            return False

    self._bench_filter = Painted(self)
    self.installEventFilter(self._bench_filter)

def watch(window):
    def state(s):
        # Paused on its first frame: priming over, the cover gone, frame 0 drawn.
        if s == "paused" and not done:
            done.append(1)
            print("READY", time.perf_counter() - t0, flush=True)
            QTimer.singleShot(300, window.close)

    window.player.state_changed.connect(state)

def skeleton(self, *a, **k):
    original_skeleton(self, *a, **k)
    if not hasattr(self, "_bench_still"):
        # The clip's first-frame still painted on the cover (while libvlc opens the clip).
        self._bench_still = True
        self.video_view.stage.cover.first_frame_shown.connect(
            lambda: print("PICTURE", time.perf_counter() - t0, flush=True)
        )

def start_picture(self, *a, **k):
    shown = original_start(self, *a, **k)
    if self.player is not None:
        watch(self)
    return shown

def bind(self, services, player):
    early = self.player is not None
    original_bind(self, services, player)
    if not early:
        watch(self)

MainWindow.__init__ = init
MainWindow.start_picture = start_picture
MainWindow._make_skeleton = skeleton
MainWindow.bind = bind
sys.exit(app.main(["--home", sys.argv[1]]))
"""

_BARE_LIBVLC = r"""
import sys, time
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget
import vlc
app = QApplication(sys.argv[:1])
w = QWidget()
w.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
w.resize(640, 360)
w.show()
end = time.perf_counter() + 0.3
while time.perf_counter() < end:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
instance = vlc.Instance(["--no-video-title-show", "--quiet"])
player = instance.media_player_new()
player.set_xwindow(int(w.winId()))
seen = []
player.event_manager().event_attach(vlc.EventType.MediaPlayerVout, lambda _e: seen.append(time.perf_counter()))
media = instance.media_new(sys.argv[1])
player.set_media(media)
t = time.perf_counter()
player.play()
while not seen and time.perf_counter() < t + 10:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    time.sleep(0.001)
print("VOUT", (seen[0] - t) if seen else float("nan"), flush=True)
player.stop()
player.release()
instance.release()
"""


def _spawn_line(code: str, *args: str, key: str) -> float:
    """The value a child prints on its ``KEY value`` line."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=120
    )
    for line in proc.stdout.splitlines():
        if line.startswith(key + " "):
            return float(line.split()[1])
    raise RuntimeError(f"no {key} line (exit {proc.returncode}): {proc.stderr[-500:]}")


def _spawn_until_shown(code: str, *args: str, ready: list | None = None, picture: list | None = None) -> float:
    """Seconds from spawning a Python process to its window's first paint (as the parent sees it).

    With ``ready``, also waits for a READY line (the desk's first clip paused on libvlc's frame 0)
    and appends its time since spawn; with ``picture``, the time of the first PICTURE line (the
    clip's first-frame still painted), or of READY when none came before it.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    shown = None
    n_picture = len(picture) if picture is not None else 0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SHOWN") and shown is None:
            shown = time.perf_counter() - t
            if ready is None:
                break
        elif line.startswith("PICTURE") and picture is not None and len(picture) == n_picture:
            picture.append(time.perf_counter() - t)
        elif line.startswith("READY") and ready is not None:
            ready.append(time.perf_counter() - t)
            if picture is not None and len(picture) == n_picture:
                picture.append(ready[-1])
            break
    try:
        proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    if shown is None:
        raise RuntimeError(f"window never shown (exit {proc.returncode})")
    return shown


def _make_library(home: Path, clips: int, real_clip: Path | None = None) -> None:
    """A home with ``clips`` queue rows (bulk, SQLAlchemy core) and optionally real clips."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import insert

    from reviewer.services import build_services
    from reviewer.storage.models import ClipRow

    services = build_services(str(home), None)
    try:
        if real_clip is not None:
            results = services.ingest.ingest([real_clip])
            assert results and all(r.result in ("ingested", "attached") for r in results), results
            assert any(r.result == "ingested" for r in results), results
        now = datetime(2026, 1, 1, tzinfo=timezone.utc)
        words = ("Quốc hội", "Thời sự", "Kinh tế", "Thể thao", "Thời tiết", "Giao thông")
        rows = [
            {
                "id": f"bench-{i:06d}",
                "title": f"Bản tin {i:06d}: {words[i % len(words)]}",
                "platform": ("facebook", "youtube", "tiktok", "zalo")[i % 4],
                "priority": 1 + i % 5,
                "deadline": now + timedelta(minutes=i),
                "political": i % 10 == 0,
                "author": f"editor{i % 17}",
                "status": "pending" if i % 3 else "approved",
                "created_at": now,
                "updated_at": now,
                "current_version": 1,
                "current_sha256": f"{i:064x}",
                "duration_ms": 10_000 + i % 50_000,
            }
            for i in range(clips)
        ]
        with services.db.engine.begin() as conn:
            for k in range(0, len(rows), 20_000):
                conn.execute(insert(ClipRow.__table__), rows[k : k + 20_000])
    finally:
        services.close()


def _top_clip(folder: Path) -> Path:
    """A real 6 s 1280×720 clip that heads the queue (political, priority 1, overdue)."""
    import json

    from reviewer.media.synth import make_clip

    make_clip(folder / "top.mp4", seconds=6, width=1280, height=720)
    meta = {
        "id": "bench-top",
        "title": "Clip đầu hàng đợi",
        "political": True,
        "priority": 1,
        "deadline": "2025-01-01T00:00:00+00:00",
    }
    (folder / "top.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return folder


def bench_cold_start(runs: int = 21) -> dict:
    """Window shown, and first clip on screen, from a new process on a 10,000-clip library."""
    with tempfile.TemporaryDirectory(prefix="bench-desk-") as d:
        home = Path(d) / "home"
        _make_library(home, 10_000, _top_clip(Path(d) / "top"))
        top = next((home / "media").rglob("*.mp4"))
        _spawn_until_shown(_BARE_WINDOW)  # warm the page cache for all three
        _spawn_until_shown(_DESK_WINDOW, str(home), ready=[])
        _spawn_line(_BARE_LIBVLC, str(top), key="VOUT")
        bare, desk, ready, picture, vout = [], [], [], [], []
        for _ in range(runs):
            bare.append(_spawn_until_shown(_BARE_WINDOW))
            desk.append(_spawn_until_shown(_DESK_WINDOW, str(home), ready=ready, picture=picture))
            vout.append(_spawn_line(_BARE_LIBVLC, str(top), key="VOUT"))
    b, k = statistics.median(bare), statistics.median(desk)
    v, r = statistics.median(vout), statistics.median(ready) if ready else float("nan")
    p = statistics.median(picture) if picture else float("nan")
    baseline = b + v
    return {
        "clips": 10_000,
        "runs": runs,
        "bare_pyside6_s": round(b, 3),
        "desk_s": round(k, 3),
        "ratio": round(k / b, 2),
        "target_ratio": 1.3,
        "bare_libvlc_first_frame_s": round(v, 3),
        "desk_first_clip_on_screen_s": round(p, 3),
        "first_clip_ratio": round(p / baseline, 2),
        "first_clip_target_ratio": 2.0,
        "desk_first_clip_paused_by_libvlc_s": round(r, 3),
        "first_clip_paused_by_libvlc_ratio": round(r / baseline, 2),
    }


def bench_first_frame(runs: int = 7) -> dict:
    import vlc  # the baseline is libvlc itself, used directly (bench/ is outside the layer rules)
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QWidget

    from reviewer.media.synth import make_clip
    from reviewer.services import build_services
    from reviewer.ui.desk import application, create_desk

    app = application()
    with tempfile.TemporaryDirectory(prefix="bench-frame-") as d:
        d = Path(d)
        clip = make_clip(d / "in" / "bench-clip.mp4", seconds=6, width=1280, height=720)
        other = make_clip(d / "in2" / "bench-other.mp4", seconds=3, width=320, height=240, fps=30)
        home = d / "home"
        _make_library(home, 0, clip.parent)
        services = build_services(str(home), None)
        services.ingest.ingest([other.parent])
        window = create_desk(services, app)
        window.resize(1280, 800)
        window.show()
        _wait(app, 300)
        media_path = str(home / services.library.version("bench-clip").store_path)

        # Baseline: a bare python-vlc player drawing into a plain native widget.
        surface = QWidget()
        surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        surface.resize(640, 360)
        surface.show()
        _wait(app, 200)
        instance = vlc.Instance(["--no-video-title-show", "--quiet"])

        def bare_once() -> float:
            player = instance.media_player_new()
            player.set_xwindow(int(surface.winId()))
            seen: list[float] = []
            em = player.event_manager()
            em.event_attach(vlc.EventType.MediaPlayerVout, lambda _e: seen.append(time.perf_counter()))
            t = time.perf_counter()
            media = instance.media_new(media_path)
            player.set_media(media)
            player.play()
            deadline = time.perf_counter() + 10
            while not seen and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                time.sleep(0.001)
            player.stop()
            player.release()
            media.release()
            return (seen[0] if seen else float("nan")) - t

        vouts: list[float] = []
        paused: list[float] = []

        def desk_once() -> float:
            # Park on the other clip first, so choosing the bench clip is a real switch.
            window.load_clip("bench-other", force=True)
            _wait(app, 600)
            vout: list[float] = []
            shown: list[float] = []
            still: list[float] = []
            c0 = window.video_view.stage.cover.first_frame_shown.connect(lambda: still.append(time.perf_counter()))
            c1 = window.player.first_frame_shown.connect(lambda: vout.append(time.perf_counter()))
            # On screen: paused on frame 0, the cover over the run-up gone.
            c2 = window.player.state_changed.connect(
                lambda s: shown.append(time.perf_counter()) if s == "paused" else None
            )
            t = time.perf_counter()
            window.load_clip("bench-clip", force=True)
            deadline = time.perf_counter() + 10
            while not shown and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            window.video_view.stage.cover.first_frame_shown.disconnect(c0)
            window.player.first_frame_shown.disconnect(c1)
            window.player.state_changed.disconnect(c2)
            vouts.append((vout[0] if vout else float("nan")) - t)
            paused.append((shown[0] if shown else float("nan")) - t)
            # On screen: the still (if it came first), else libvlc's frame 0 with the cover gone.
            return min(still[0] if still else float("inf"), shown[0] if shown else float("nan")) - t

        bare_once()
        desk_once()
        bare, desk = [], []
        for _ in range(runs):
            bare.append(bare_once())
            desk.append(desk_once())
        instance.release()
        surface.close()
        window.close()
        window.deleteLater()
        _wait(app, 100)
        services.close()
    b, k = statistics.median(bare), statistics.median(desk)
    return {
        "runs": runs,
        "bare_libvlc_ms": round(b * 1000, 1),
        "desk_ms": round(k * 1000, 1),
        "ratio": round(k / b, 2),
        "target_ratio": 1.2,
        "desk_first_vout_ms": round(statistics.median(vouts[1:] or vouts) * 1000, 1),
        "desk_paused_by_libvlc_ms": round(statistics.median(paused[1:] or paused) * 1000, 1),
        "paused_by_libvlc_ratio": round(statistics.median(paused[1:] or paused) / b, 2),
    }


def bench_queue_search(runs: int = 5) -> dict:
    from reviewer.services import build_services
    from reviewer.ui.desk import application
    from reviewer.ui.queue_model import QueueModel

    application()
    searches = ["Quốc hội", "000042", "editor3", "Kinh tế", "zalo", "không có", "Bản tin 0999", "thao"]
    with tempfile.TemporaryDirectory(prefix="bench-search-") as d:
        home = Path(d) / "home"
        _make_library(home, 100_000)
        services = build_services(str(home), None)
        model = QueueModel(services.library)
        model.set_filter(status="pending", search="")
        # Once per status filter, when the search field gets the keyboard: the folded keys.
        t = time.perf_counter()
        model.prepare_search()
        keys_read = time.perf_counter() - t
        times = []
        for _ in range(runs):
            for text in searches:
                t = time.perf_counter()
                model.set_filter(search=text)
                times.append(time.perf_counter() - t)
                model.set_filter(search="")
        t = time.perf_counter()
        model.set_filter(search="")
        unfiltered = time.perf_counter() - t
        services.close()
    return {
        "clips": 100_000,
        "searches": len(times),
        "median_ms": round(statistics.median(times) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
        "unfiltered_first_page_ms": round(unfiltered * 1000, 1),
        "search_keys_read_ms": round(keys_read * 1000, 1),
        "target_median_ms": 50,
    }


def _wait(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def _compile_program() -> None:
    """The program's modules compiled, as an installed desk has them (``make setup`` does this
    too): where PYTHONDONTWRITEBYTECODE is set, a module edited since would otherwise be compiled
    from source in every child (main_window.py alone: ~36 ms) while PySide6, the baseline, is not."""
    import compileall

    compileall.compile_dir(str(ROOT / "reviewer"), quiet=1)


def run() -> dict:
    """All three measurements as one JSON-ready dict (each part reports its own error)."""
    _compile_program()
    out: dict = {}
    for name, fn in (
        ("cold_start", bench_cold_start),
        ("first_frame", bench_first_frame),
        ("queue_search", bench_queue_search),
    ):
        try:
            out[name] = fn()
        except Exception as exc:  # noqa: BLE001 - a benchmark reports what it could measure
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
