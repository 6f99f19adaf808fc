"""The one QObject facade over libvlc (the only module that imports ``vlc``).

One libvlc Instance and one MediaPlayer live as long as the :class:`Player`; every clip is a new
Media on the same player (our reference is released at once, the player drops its own on the next
load), so switching clips hundreds of times costs no new threads or windows.

Threading: libvlc reports events on its own threads, and libvlc is not reentrant. The callbacks
here only read the event and emit a private signal with a *queued* connection; all handling, and
every libvlc call, happens on the GUI thread. Each event carries the "generation" of the media it
belongs to, so events of a clip that was replaced are dropped.

libvlc 3 behaviours this module works around (all measured on VLC 3.0.x, see tests/gui):

* ``get_time()`` moves in ~250 ms steps; the position is polled every 40 ms while playing and
  extrapolated from the last step with the wall clock and rate, never moving backwards.
* ``:start-paused`` opens without any picture. To open "paused on the first frame" the clip plays
  muted until its first video output appears (+60 ms for the picture to land), pauses, lets the
  last run-up picture land (80 ms) and seeks back to 0 ("priming").
* A seek while paused lands on the frame *before* an exact frame boundary: seeks aim at the middle
  of the wanted frame.
* A paused seek whose buffering reaches the end of the file drains the decoder: that seek and the
  next show stale or garbled pictures now and then. A small file cache shrinks that tail to the
  last few hundred ms; paused seeks into it (and the one after) reopen the input and prime it
  again on the target (~100 ms; the first frames flash briefly; see ``TAIL_MS``).
* Paused, libvlc only ever draws the first picture that reaches an empty screen after a seek. If
  a picture of an earlier seek was still on its way, that one stays (the seek's own picture never
  shows). So paused seeks go one at a time (the next waits for "buffering 100%"), and each is
  repeated once 80 ms later; the repeat's flush clears a stale picture (invisible otherwise).
  Not in the tail, where the repeat would meet a drained decoder.
* When the machine is starved, libvlc's decoder may "hurry up" and skip or half-decode frames:
  hurry-up is off, a reviewer must never see a garbled frame (late frames are dropped instead).
* At the end libvlc closes the video output; the player re-opens the clip paused on its last
  frame, so the reviewer still sees how it ends.
* libvlc cannot play backwards: the J shuttle is emulated by timed seeks backwards while paused.
* Opening paused plays the first frames at 1/16 speed, so the picture shown
  while priming is frame 0 and never the frames after it. Selecting a caption track (or turning
  one off) while the clip opens restarts its video at full speed: captions are selected once
  primed, just before the seek that puts frame 0 and its cue on screen.

libvlc's own messages go to the desk's log (``reviewer.media.player.libvlc``), never to the
terminal; so do ALSA's, which libasound prints itself. When no sound output can be opened the
player says so once (``audio_unavailable``) and uses libvlc's silent output from then on, instead
of retrying the device dozens of times a second.
"""

from __future__ import annotations

import ctypes
import logging
import math
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import vlc
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reviewer.core.model import Cue, display_aspect
from reviewer.core.timecode import frame_at, frame_start_ms
from reviewer.errors import ReviewerError
from reviewer.media.caption_overlay import CaptionOverlayFiles

log = logging.getLogger(__name__)
vlc_log = logging.getLogger(__name__ + ".libvlc")

STATES = ("idle", "opening", "playing", "paused", "stopped", "ended", "error")
MIN_RATE = 0.25
MAX_RATE = 4.0
SHUTTLE_SPEEDS = (1.0, 2.0, 4.0)
DEFAULT_FPS = 25.0
POLL_MS = 40
REVERSE_TICK_MS = 80
NO_VIDEO_TIMEOUT_MS = 10_000
# A paused seek this close to the end reads to the end of the file (libvlc buffers ~350 ms past
# the target), so it reopens the input, and so does the next paused seek (module doc).
TAIL_MS = 600
# Opening paused: let the first picture reach the screen before pausing (measured: 0 ms leaves
# the window empty now and then; 20 ms at 1/16 speed never did), then let the last run-up
# picture land before the seek back (module doc).
PRIME_SETTLE_MS = 20
# Other containers than MP4/MOV and Matroska/WebM (MPEG program and transport streams, AVCHD,
# Windows Media, ...) show their first picture later: at 1/16 speed, 20 ms left H.264 in M2TS
# black every time and MPEG-1/2 program streams now and then (a cold first start); 200 ms did on
# an idle machine and not always under load (tests/gui/test_station_video); half a second
# leaves room (at 1/16 it is 31 ms of the clip, and the seek back puts frame 0 on screen anyway).
PRIME_SETTLE_SLOW_MS = 500
PRIME_LAND_MS = 40
# The cover stays over the picture after priming until the seek back to frame 0 is decoded
# (libvlc's "buffering 100%"), at most this long: uncovered at once, the run-up's last picture
# showed for ~40 ms before frame 0 (measured under Xvfb, the desk's cover holding frame 0's still).
UNCOVER_GUARD_MS = 250
# Priming crawls at 1/16: frame 0 stays on screen for ~0.6 s (at 25 fps), far longer than the
# pause takes. (libvlc's slowest rate, 1/32, stretches its 100 ms input cache past the 3 s its
# clock accepts: "timestamp conversion failed".)
PRIME_RATE = 1 / 16
# A paused seek is "in flight" until libvlc reports buffering done, or this long at most; then,
# this long later, it is repeated once to confirm the picture (module doc).
SEEK_GUARD_MS = 400
SEEK_SETTLE_MS = 80
# Extrapolate at most this far past libvlc's last time step: if it stalls, so does the position.
EXTRAPOLATE_CAP_MS = 500


def _first_picture_is_quick(path: str | Path) -> bool:
    """MP4/MOV/3GP (an ISO base media box first) or Matroska/WebM (the EBML magic): the
    containers whose first picture is on screen within 20 ms of libvlc's video output."""
    try:
        with open(path, "rb") as f:
            head = f.read(12)
    except OSError:
        return True
    return head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip") or head[:4] == b"\x1a\x45\xdf\xa3"


INSTANCE_ARGS = (
    "--quiet",
    "--ignore-config",  # a user's VLC preferences must not change what the desk shows
    "--no-video-title-show",
    "--no-osd",
    "--no-snapshot-preview",
    "--no-stats",
    "--no-lua",  # no playlist/extension scripts: nothing fetched, nothing run
    "--no-metadata-network-access",
    "--no-sub-autodetect-file",  # only the captions the desk chose are shown
    "--avcodec-hw=none",  # deterministic software decoding; short clips need no GPU
    "--no-avcodec-hurry-up",  # never show a partly decoded frame (module doc)
    # Local files need no 300 ms cache, and a small one keeps paused seeks near the end sound.
    "--file-caching=100",
    # Captions over the picture on a dark box, as broadcast monitors show them: readable over
    # any background, lower thirds included.
    "--freetype-background-opacity=176",
    "--freetype-background-color=0",
    "--freetype-outline-thickness=2",
)
# libvlc log levels (libvlc_log_level) -> Python logging levels.
_VLC_LEVELS = {0: logging.DEBUG, 2: logging.DEBUG, 3: logging.DEBUG, 4: logging.WARNING}
# The same libvlc message again within this many seconds is counted, not written.
LOG_REPEAT_S = 10.0
# libvlc's silent audio output, used once the real one failed.
SILENT_AOUT = "adummy"
# Platforms where Qt has no real windows: libvlc must not open one of its own.
HEADLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "vnc", "wayland", "eglfs", "linuxfb"}

E = vlc.EventType
_PLAYING = E.MediaPlayerPlaying.value
_PAUSED = E.MediaPlayerPaused.value
_END = E.MediaPlayerEndReached.value
_ERROR = E.MediaPlayerEncounteredError.value
_VOUT = E.MediaPlayerVout.value
_ES_ADDED = E.MediaPlayerESAdded.value
_BUFFERING = E.MediaPlayerBuffering.value
_EVENTS = (
    E.MediaPlayerOpening,
    E.MediaPlayerPlaying,
    E.MediaPlayerPaused,
    E.MediaPlayerEndReached,
    E.MediaPlayerEncounteredError,
    E.MediaPlayerVout,
    E.MediaPlayerESAdded,
    E.MediaPlayerBuffering,
)


def instance_args(platform: str, extra_args=()) -> list[str]:
    """The libvlc options of a player on this Qt platform."""
    args = list(INSTANCE_ARGS)
    if sys.platform.startswith("linux"):
        # Qt talks to X through xcb; libvlc must not use Xlib unsynchronised next to it.
        args.append("--no-xlib")
    if platform in HEADLESS_PLATFORMS:
        args.append("--vout=dummy")
    args.extend(extra_args)
    return args


_prewarm: dict = {}
_prewarm_lock = threading.Lock()


def prewarm(platform: str) -> None:
    """Start libvlc (its plugins load in ~0.1–0.3 s) on a thread, for the next :class:`Player`.

    libvlc's start-up is native code that runs without the GIL: the desk builds its video area
    meanwhile. The instance is used only by a Player made with the same options.
    """
    args = instance_args(platform)

    def start() -> None:
        try:
            instance = vlc.Instance(args)
        except Exception:  # noqa: BLE001 - the Player then starts its own (and reports)
            instance = None
        with _prewarm_lock:
            _prewarm["instance"] = instance

    with _prewarm_lock:
        if "thread" in _prewarm:
            return
        _prewarm["args"] = args
        _prewarm["thread"] = threading.Thread(target=start, name="libvlc-start", daemon=True)
        _prewarm["thread"].start()


def _take_prewarmed(args: list[str]):
    """The pre-started instance, if it was made with ``args`` (waits for it); else None."""
    with _prewarm_lock:
        thread = _prewarm.get("thread")
        if thread is None or _prewarm.get("args") != args:
            return None
    thread.join(timeout=30)
    with _prewarm_lock:
        instance = _prewarm.pop("instance", None)
        _prewarm.clear()
    return instance


class _Priming:
    """Opening muted until the first picture, then pausing and seeking to ``target``.

    A plain class, not a dataclass: this module is imported on the way to the first picture, and
    a dataclass compiles its methods at import.
    """

    __slots__ = ("target", "then_play", "final_state", "stage")

    def __init__(self, target: int, then_play: bool, final_state: str, stage: str = "starting") -> None:
        self.target = target
        self.then_play = then_play
        self.final_state = final_state  # once primed and not playing: "paused", or "ended" at the end
        self.stage = stage  # -> "pausing" at the first video output -> "paused" -> done


class Player(QObject):
    """Plays one clip at a time into a native child widget; the desk's only door to libvlc.

    States: "idle" (nothing loaded), "opening", "playing", "paused", "stopped", "ended", "error".
    Positions and durations are integer milliseconds. After :meth:`shutdown` every method is a
    no-op.

    Signals:
        media_loaded(int, float): the clip's duration (ms) and frame rate, once per load, just
            before its first frame is shown.
        position_changed(int): the playhead moved (~every 40 ms while playing, on every seek and
            step; with the duration when playback reaches the end, while still "playing").
        state_changed(str): one of the states above.
        first_frame_shown(): the clip's first picture is on screen (libvlc's first video output).
        display_aspect_changed(float): the clip's shape on screen (width / height, its sample
            aspect included), told at its first video output, when libvlc has read it.
        error_occurred(str): the clip cannot be played; a message for the user. State is "error".
        rate_changed(float): playback rate; negative while the reverse (J) shuttle runs.
        volume_changed(int, bool): volume 0..100 and whether muted.
        seeked(int): the playhead jumped to this ms (user seek, frame step, shuttle step, loop);
            feed it to ``PlaybackTracker.on_seek`` so jumps are never credited as watched.
        audio_unavailable(str): no sound output could be opened; libvlc's reason.
        priming_changed(bool): the picture may now show run-up frames that are not the one asked
            for (True: opening or re-opening paused on a frame), or shows the right one again
            (False, emitted just before the seek that draws it); the desk covers it meanwhile.
    """

    media_loaded = Signal(int, float)
    position_changed = Signal(int)
    state_changed = Signal(str)
    first_frame_shown = Signal()
    display_aspect_changed = Signal(float)
    error_occurred = Signal(str)
    rate_changed = Signal(float)
    volume_changed = Signal(int, bool)
    seeked = Signal(int)
    audio_unavailable = Signal(str)
    priming_changed = Signal(bool)

    # (generation, event type, vout count): the only thing libvlc threads ever touch.
    _vlc_event = Signal(int, int, int)
    # libvlc's reason for having no sound (from its log, on a libvlc thread).
    _vlc_audio_failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        extra_args: tuple[str, ...] | list[str] = (),
        no_video_timeout_ms: int = NO_VIDEO_TIMEOUT_MS,
        caption_folder: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._caption_folder = Path(caption_folder) if caption_folder is not None else None
        self._own_caption_folder: Path | None = None
        self._overlays: CaptionOverlayFiles | None = None
        platform = QGuiApplication.platformName()
        args = instance_args(platform, extra_args)
        _quiet_alsa()
        self._instance = _take_prewarmed(args) or vlc.Instance(args)
        if self._instance is None:
            raise ReviewerError(self.tr("The video engine (libvlc) could not start."))
        self._log_sink = _LibvlcLog(self._vlc_audio_failed.emit)
        self._log_sink.install(self._instance)
        self._audio_reason = ""
        self._mp = self._instance.media_player_new()
        # Keys and clicks go to Qt (J/K/L, Space), not to libvlc's own window.
        self._mp.video_set_key_input(False)
        self._mp.video_set_mouse_input(False)
        self._platform = platform
        self._xwindow: int | None = None  # the X11 window libVLC draws in (attach)
        self._closed = False
        self._surface = (0, 0)  # the surface's size (fill_surface)
        self._fill_ratio: str | None = None  # the aspect ratio libvlc was told (None: its own fit)
        self._clip_aspect: float | None = None  # the open clip's display aspect, once libvlc read it
        self._gen = 0
        self._path: str | None = None
        self._state = "idle"
        self._want_playing = False
        self._priming: _Priming | None = None
        self._vout_seen = False
        self._announced = False
        self._fps: float | None = None
        self._duration = 0
        self._position = 0
        self._rate = 1.0
        self._reverse_speed = 0.0
        self._reverse_last = 0.0
        self._volume = 100
        self._muted = False
        self._loop = False
        self._subtitle_path: str | None = None
        self._subs_visible = True
        self._tail_dirty = False
        # Position extrapolation (see _estimate).
        self._anchor_ms = 0
        self._anchor_t = 0.0
        self._raw_last = -1

        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._no_video_timer = QTimer(self, singleShot=True, interval=max(1, int(no_video_timeout_ms)))
        self._no_video_timer.timeout.connect(self._on_no_video)
        self._reverse_timer = QTimer(self, interval=REVERSE_TICK_MS)
        self._reverse_timer.timeout.connect(self._reverse_tick)
        self._settle_timer = QTimer(self, singleShot=True, interval=PRIME_SETTLE_MS)
        self._settle_timer.timeout.connect(self._pause_primed)
        self._prime_seek_timer = QTimer(self, singleShot=True, interval=PRIME_LAND_MS)
        self._prime_seek_timer.timeout.connect(self._finish_priming)
        self._covered = False  # priming_changed(True) sent, its False not yet
        self._uncover_timer = QTimer(self, singleShot=True, interval=UNCOVER_GUARD_MS)
        self._uncover_timer.timeout.connect(self._uncover)
        # Paused seeks go one at a time, each confirmed by a second identical seek (module doc).
        self._seek_phase: str | None = None  # None | "first" | "settle" | "confirm"
        self._seek_target = 0
        self._seek_confirm = True
        self._seek_pending: tuple[int, bool] | None = None
        self._seek_guard = QTimer(self, singleShot=True, interval=SEEK_GUARD_MS)
        self._seek_guard.timeout.connect(self._seek_buffered)
        self._seek_settle = QTimer(self, singleShot=True, interval=SEEK_SETTLE_MS)
        self._seek_settle.timeout.connect(self._seek_settled)

        self._vlc_event.connect(self._on_vlc_event, Qt.ConnectionType.QueuedConnection)
        self._vlc_audio_failed.connect(self._on_audio_failed, Qt.ConnectionType.QueuedConnection)
        self._events = self._mp.event_manager()
        for kind in _EVENTS:
            self._events.event_attach(kind, self._vlc_callback)

    @property
    def _priming(self) -> _Priming | None:
        return self._priming_now

    @_priming.setter
    def _priming(self, value: _Priming | None) -> None:
        was = getattr(self, "_priming_now", None) is not None
        self._priming_now = value
        if getattr(self, "_closed", True):
            return
        if value is not None:
            self._uncover_timer.stop()
            if not self._covered:
                self._covered = True
                self.priming_changed.emit(True)
        elif was and self._covered:
            # Priming ends with the seek back to frame 0 while the run-up's last picture is
            # still up: uncovered once that seek's picture is decoded (_seek_buffered), or the
            # picture is asked to change (play, seek, step), or at the latest UNCOVER_GUARD_MS.
            self._uncover_timer.start()

    def _uncover(self) -> None:
        """The picture is the one asked for: priming_changed(False), once."""
        self._uncover_timer.stop()
        if self._covered and not self._closed:
            self._covered = False
            self.priming_changed.emit(False)

    # ------------------------------------------------------------------------------------------
    # libvlc thread side: nothing but a queued emit
    def _vlc_callback(self, event) -> None:
        if self._closed:
            return
        count = 0
        if event.type == E.MediaPlayerVout:
            # python-vlc declares new_count as a 64-bit field; libvlc writes a C int.
            count = ctypes.c_int32(event.u.new_count & 0xFFFFFFFF).value
        elif event.type == E.MediaPlayerBuffering:
            count = int(event.u.new_cache)  # percent
        try:
            self._vlc_event.emit(self._gen, event.type.value, count)
        except RuntimeError:  # the QObject is already gone (interpreter shutdown)
            pass

    def _on_audio_failed(self, reason: str) -> None:
        if self._closed or self._audio_reason:
            return
        self._audio_reason = reason or "no audio output"
        log.warning("no sound: %s", self._audio_reason)
        # Retrying a missing device dozens of times a second costs CPU (and the GIL, through the
        # log callback): this clip's sound track is switched off, the next clips play silently.
        try:
            self._mp.audio_set_track(-1)
            self._mp.audio_output_set(SILENT_AOUT)
        except Exception:  # an older libvlc: keep the default output
            log.debug("cannot switch to the silent audio output", exc_info=True)
        self.audio_unavailable.emit(self._audio_reason)

    def audio_problem(self) -> str:
        """Why there is no sound ("" while sound works or nothing was played yet)."""
        return self._audio_reason

    # ------------------------------------------------------------------------------------------
    # setup
    def attach(self, widget: QWidget) -> None:
        """Draw video into ``widget`` (made a native window; X11 via xcb, Windows, macOS)."""
        if self._closed:
            return
        widget.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        handle = int(widget.winId())
        if sys.platform == "win32":
            self._mp.set_hwnd(handle)
        elif sys.platform == "darwin":
            self._mp.set_nsobject(handle)
        elif self._platform == "xcb":
            self._mp.set_xwindow(handle)
            self._xwindow = handle
        elif self._platform == "wayland":
            # libvlc 3 cannot draw into a Wayland surface; the app starts Qt on xcb instead.
            log.warning("video cannot be embedded on Wayland; start with QT_QPA_PLATFORM=xcb")
            msg = self.tr("Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.")
            QTimer.singleShot(0, self, lambda: self.error_occurred.emit(msg))
        # Headless platforms: the instance uses the dummy video output, nothing to bind.

    def fill_surface(self, width: int, height: int) -> None:
        """The surface is shaped to the picture, ``width`` x ``height`` pixels: draw the picture
        over all of it.

        libvlc fits the clip's own aspect ratio into the window; where its rounding differs from
        the surface's by a pixel (a 640x360 clip in 552x310: 551 columns drawn), that line is
        never drawn, and since the window has no background (frame 0 replaces the first-frame
        still without a blink) it keeps stale pixels beside the picture. Given the surface's
        exact ratio, libvlc covers every pixel — only while that ratio is the clip's own display
        aspect within 1 % (a stretch below a pixel): a surface shaped otherwise (for a clip with
        non-square pixels, by its stored size, until ``display_aspect_changed`` reshapes it) is
        left to libvlc's fit.
        """
        self._surface = (width, height)
        self._apply_fill()

    def _apply_fill(self) -> None:
        if self._closed:
            return
        width, height = self._surface
        clip = self._clip_aspect  # None before the clip's video output: square pixels assumed
        ratio = None
        if width > 0 and height > 0 and (clip is None or abs(width / height / clip - 1) < 0.01):
            ratio = f"{width}:{height}"
        if ratio != self._fill_ratio:
            self._fill_ratio = ratio
            self._mp.video_set_aspect_ratio(ratio)

    def _display_aspect(self) -> float | None:
        """The open clip's display aspect (its size times its sample aspect), as libvlc read it;
        None when it has none. Asked once per clip (python-vlc never frees the track list)."""
        media = self._mp.get_media()
        if media is None:
            return None
        try:
            for track in media.tracks_get() or ():
                if track.type == vlc.TrackType.video:
                    # libvlc keeps one pointer to a track's audio, video or subtitle details (a C
                    # union, first in line); python-vlc 3 declares three fields, so the pointer is
                    # read from the first and taken as a video track's.
                    details = ctypes.cast(track.audio, ctypes.POINTER(vlc.VideoTrack))
                    if not details:
                        continue
                    video = details.contents
                    if video.width > 0 and video.height > 0:
                        sar = video.sar_num / video.sar_den if video.sar_den > 0 else None
                        return display_aspect(video.width, video.height, sar)
        except (AttributeError, ValueError, ctypes.ArgumentError):
            return None
        finally:
            media.release()
        return None

    # ------------------------------------------------------------------------------------------
    # loading
    def load(self, path: str | Path, *, fps: float | None = None, paused_on_first_frame: bool = True) -> None:
        """Open ``path``; with ``paused_on_first_frame`` it ends "paused" showing frame 0, else plays.

        ``fps`` (e.g. from probing at ingest) is used for frame steps and timecodes; without it the
        rate libvlc reports is used. The playback rate goes back to 1x for every clip.
        """
        if self._closed:
            return
        self._halt_input()
        self._path = str(path)
        self._fps = float(fps) if fps and fps > 0 and math.isfinite(fps) else None
        self._duration = 0
        self._position = 0
        self._vout_seen = False
        self._clip_aspect = None
        self._apply_fill()  # set before the clip opens: libvlc applies it from its first picture
        self._announced = False
        self._tail_dirty = False
        self._want_playing = False
        self._subtitle_path = None  # captions belong to a clip: never over the next one
        if self._overlays is not None:
            self._overlays.clear()  # the new media carries none of them
        if self._rate != 1.0:
            self._rate = 1.0
            self._mp.set_rate(1.0)
            self.rate_changed.emit(1.0)
        if not Path(path).is_file():
            self._set_state("opening")
            self._fail_later(self.tr("The media file does not exist: %1").replace("%1", Path(path).name))
            return
        self._settle_timer.setInterval(PRIME_SETTLE_MS if _first_picture_is_quick(path) else PRIME_SETTLE_SLOW_MS)
        media = self._instance.media_new_path(str(path))
        self._mp.set_media(media)
        media.release()  # the player keeps its own reference; ours would only leak
        self._set_state("opening")
        self.position_changed.emit(0)
        self._no_video_timer.start()
        if paused_on_first_frame:
            self._start_priming(_Priming(target=0, then_play=False, final_state="paused"))
        else:
            self._want_playing = True
            self._apply_audio()
            self._mp.play()

    def stop(self) -> None:
        """Stop playback and close the clip's input (it stays loaded: play() starts it again)."""
        if self._closed:
            return
        self._halt_input()
        self._want_playing = False
        self._position = 0
        self._set_state("stopped" if self._path else "idle")
        self.position_changed.emit(0)

    # ------------------------------------------------------------------------------------------
    # transport
    def play(self) -> None:
        """Play from the current position (from the start after the end)."""
        if self._closed or self._path is None or self._state == "error":
            return
        self._stop_reverse()
        if self._state == "ended":
            self.seek(0)  # after the end, play means from the start
        if self._priming is not None:
            self._priming.then_play = True
            return
        self._uncover()
        if self._state == "stopped":
            self._want_playing = True
            self._apply_audio()
            self._mp.play()
            return
        if self._want_playing:
            return
        pending = self._seek_pending
        self._cancel_paused_seeks()
        if pending is not None:
            # Resume from where the user last asked to be, not from the seek before it.
            self._mp.set_time(pending[0])
        self._want_playing = True
        self._mp.set_rate(self._rate)
        self._mp.set_pause(0)

    def pause(self) -> None:
        """Pause; the picture is snapped to the frame of the reported position."""
        if self._closed:
            return
        self._stop_reverse()
        if self._priming is not None:
            self._priming.then_play = False
            return
        if not self._want_playing:
            return
        pos = self._estimate() if self._state == "playing" else self._position
        self._want_playing = False
        self._poll_timer.stop()
        self._mp.set_pause(1)
        self._position = pos
        if self._in_tail(pos):
            # Playback has read to the end of the file already (see _seek_paused): no snap, which
            # would reopen the input and flash the first frames; the next paused seek reopens it.
            self._tail_dirty = True
        else:
            # Snap the picture to the reported frame: notes taken now point at what is on screen.
            self._seek_paused(pos)
        self._set_state("paused")
        self.position_changed.emit(pos)

    def toggle(self) -> None:
        """Pause if playing (or about to), else play."""
        if self._want_playing or (self._priming is not None and self._priming.then_play):
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        """Jump to ``ms`` (clamped to the clip's first..last frame); emits seeked and position."""
        self._seek(ms, keep_reverse=False)

    def _seek(self, ms: int, *, keep_reverse: bool) -> None:
        if self._closed or self._path is None or self._state in ("error", "idle"):
            return
        if self._priming is None:
            self._uncover()
        if not keep_reverse:
            self._stop_reverse()
        ms = self._clamp_ms(int(ms))
        self.seeked.emit(ms)
        self._position = ms
        if self._priming is not None:
            self._priming.target = ms
            if self._priming.final_state == "ended":
                self._priming.final_state = "paused"
        elif self._state == "stopped":
            self._start_priming(_Priming(target=ms, then_play=False, final_state="paused"))
        elif self._want_playing:
            self._cancel_paused_seeks()
            self._mp.set_time(self._vlc_target(ms))
            self._tail_dirty = False
            self._anchor(ms)
        else:
            self._seek_paused(ms)
            if self._state == "ended":
                self._set_state("paused")
        self.position_changed.emit(ms)

    def step_frame(self, direction: int) -> None:
        """Pause and show the next (+1) or previous (-1) frame.

        Both directions are seeks to the middle of the wanted frame: libvlc's next_frame() does
        not move get_time() and, right after a seek, re-shows the current frame first.
        """
        if self._closed or self._path is None or self._state in ("error", "idle") or not direction:
            return
        self._stop_reverse()
        if self._want_playing:
            self.pause()
        fps = self.fps()
        frame = frame_at(self._position, fps) + (1 if direction > 0 else -1)
        self.seek(frame_start_ms(max(0, frame), fps))

    def set_rate(self, rate: float) -> None:
        """Playback rate, clamped to 0.25..4 (audio is pitch-corrected by libvlc)."""
        if self._closed:
            return
        rate = min(MAX_RATE, max(MIN_RATE, float(rate)))
        self._stop_reverse(emit=False)
        if self._want_playing and self._state == "playing":
            self._anchor(self._estimate())
        self._rate = rate
        self._mp.set_rate(rate)
        self.rate_changed.emit(rate)

    def shuttle(self, direction: int) -> None:
        """J/K/L shuttle as in Avid: L (+1) plays 1x, 2x, 4x on repeated presses; K (0) pauses.

        J (-1) runs backwards at 1x, 2x, 4x. libvlc cannot decode backwards, so reverse is
        emulated while paused: every 80 ms the playhead seeks back by the time passed times the
        speed (each step decodes from the previous keyframe, so reverse is coarse on long GOPs).
        L after J, or J after L, starts again at 1x in the new direction.
        """
        if self._closed or self._path is None or self._state in ("error", "idle"):
            return
        if direction > 0:
            if self._reverse_speed or not self._want_playing:
                speed = 1.0
            else:
                speed = next((s for s in SHUTTLE_SPEEDS if s > self._rate), SHUTTLE_SPEEDS[-1])
            self._stop_reverse(emit=False)
            self.set_rate(speed)
            self.play()
        elif direction < 0:
            speed = min(SHUTTLE_SPEEDS[-1], self._reverse_speed * 2) if self._reverse_speed else 1.0
            if self._want_playing or (self._priming is not None and self._priming.then_play):
                self.pause()
            self._reverse_speed = speed
            self._reverse_last = time.monotonic()
            self._reverse_timer.start()
            self.rate_changed.emit(-speed)
        else:
            self.pause()

    def set_volume(self, volume: int) -> None:
        """Volume 0..100."""
        if self._closed:
            return
        self._volume = max(0, min(100, int(volume)))
        if self._priming is None:
            self._mp.audio_set_volume(self._volume)
        self.volume_changed.emit(self._volume, self._muted)

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute (the volume is kept)."""
        if self._closed:
            return
        self._muted = bool(muted)
        if self._priming is None:
            self._mp.audio_set_mute(self._muted)
        self.volume_changed.emit(self._volume, self._muted)

    def set_loop(self, on: bool) -> None:
        """At the end, start again from 0 instead of stopping."""
        self._loop = bool(on)

    def set_caption_folder(self, folder: str | Path) -> None:
        """Where :meth:`set_caption_cues` writes its overlay files (the desk gives its home's tmp/)."""
        if self._overlays is not None:
            self._overlays.folder = Path(folder)
        self._caption_folder = Path(folder)

    def set_caption_cues(self, cues: Sequence[Cue] | None, *, top: bool = False) -> None:
        """Overlay these checked cues on the clip loaded (None or empty: no overlay), at the
        bottom of the picture or, with ``top``, at the top (above a lower third).

        libVLC gets a UTF-8 rendering of the cues written here, never the caption file as it
        was received (see ``reviewer.media.caption_overlay``). Call it after :meth:`load`.
        """
        if self._closed:
            return
        if not cues:
            self.set_subtitle_file(None)
            return
        if self._overlays is None:
            folder = self._caption_folder
            if folder is None:
                folder = self._own_caption_folder = Path(tempfile.mkdtemp(prefix="reviewer-captions-"))
            self._overlays = CaptionOverlayFiles(folder)
        self.set_subtitle_file(self._overlays.write(cues, top=top))

    def set_subtitle_file(self, path: str | Path | None) -> None:
        """Overlay this caption file (SRT/VTT/ASS) on the clip loaded, or none.

        libVLC reads the file its own way (guessed encoding, its own markup rules): the desk
        shows checked captions through :meth:`set_caption_cues` instead. Call it after
        :meth:`load`: loading another clip removes the overlay.
        """
        if self._closed:
            return
        self._subtitle_path = str(path) if path else None
        if self._path is None:
            return
        if self._subtitle_path:
            self._add_subtitle_slave(self._subtitle_path)
        self._apply_spu()
        self._redraw_captions()

    def set_subtitles_visible(self, visible: bool) -> None:
        """Show or hide the caption overlay (at once, also in the middle of a cue)."""
        if self._closed:
            return
        was = self._subs_visible
        self._subs_visible = bool(visible)
        self._apply_spu()
        if self._subs_visible and not was:
            self._redraw_captions()

    def _redraw_captions(self) -> None:
        # libvlc draws a cue when its start passes or after a seek, not when the caption track is
        # switched on: seek to where we are so the cue under the playhead shows now.
        if (
            self._subtitle_path
            and self._subs_visible
            and self._priming is None
            and self._state in ("paused", "playing")
        ):
            self._seek(self.position_ms(), keep_reverse=True)

    # ------------------------------------------------------------------------------------------
    # queries
    def position_ms(self) -> int:
        """The playhead (live while playing)."""
        if not self._closed and self._want_playing and self._state == "playing":
            return self._estimate()
        return self._position

    def has_picture(self) -> bool:
        """Whether the clip loaded last has shown its first picture."""
        return self._announced

    def duration_ms(self) -> int:
        """The clip's length (0 until known)."""
        return self._duration

    def fps(self) -> float:
        """Frame rate used for steps (given at load, else libvlc's, else 25)."""
        return self._fps or DEFAULT_FPS

    def state(self) -> str:
        """One of ``STATES``."""
        return self._state

    def rate(self) -> float:
        """Forward playback rate (the reverse shuttle reports through rate_changed only)."""
        return self._rate

    def shuttle_speed(self) -> float:
        """Signed shuttle speed: negative while reversing, else the forward rate."""
        return -self._reverse_speed if self._reverse_speed else self._rate

    def volume(self) -> int:
        """Volume 0..100."""
        return self._volume

    def is_muted(self) -> bool:
        """Whether sound is muted."""
        return self._muted

    def path(self) -> str | None:
        """The clip loaded, if any."""
        return self._path

    # ------------------------------------------------------------------------------------------
    # shutdown
    def shutdown(self) -> None:
        """Stop, release the player, release the instance; idempotent, safe from closeEvent."""
        if self._closed:
            return
        self._closed = True
        for timer in self._timers():
            timer.stop()
        self._gen += 1
        for kind in _EVENTS:
            try:
                self._events.event_detach(kind)
            except Exception:  # detaching must never stop the release below
                log.debug("event_detach failed", exc_info=True)
        self._mp.stop()
        self._mp.release()
        self._mp = None
        self._log_sink.uninstall(self._instance)
        self._instance.release()
        self._instance = None
        if self._overlays is not None:
            self._overlays.clear()
        if self._own_caption_folder is not None:
            shutil.rmtree(self._own_caption_folder, ignore_errors=True)
        self._state = "idle"
        self._want_playing = False
        self._priming = None

    # ------------------------------------------------------------------------------------------
    # GUI-thread event handling
    def _on_vlc_event(self, gen: int, kind: int, count: int) -> None:
        if self._closed or gen != self._gen:
            return  # a replaced clip's late event
        if kind == _VOUT:
            if count >= 1:
                self._on_video_output()
        elif kind == _PLAYING:
            self._on_playing()
        elif kind == _PAUSED:
            if self._priming is not None and self._priming.stage == "pausing":
                # Let the run-up's last picture reach the screen before the seek's flush, or it
                # could win over the seek's own picture (see the module doc).
                self._priming.stage = "paused"
                self._prime_seek_timer.start()
        elif kind == _END:
            self._on_end()
        elif kind == _ERROR:
            name = Path(self._path or "").name
            self._fail(self.tr("This file cannot be played: %1").replace("%1", name))
        elif kind == _ES_ADDED:
            self._apply_spu()
        elif kind == _BUFFERING and count >= 100:
            self._seek_buffered()

    def _on_video_output(self) -> None:
        if self._xwindow is not None:
            # libVLC's picture window (made now) keeps what is on screen when it is uncovered,
            # instead of a black blink until its next redisplay (media/xwindow.py).
            from reviewer.media.xwindow import keep_contents_on_expose

            keep_contents_on_expose(self._xwindow)
        if not self._vout_seen:
            self._vout_seen = True
            self._no_video_timer.stop()
            self._clip_aspect = self._display_aspect()
            if self._clip_aspect is not None:
                self.display_aspect_changed.emit(self._clip_aspect)  # the surface may be reshaped for it
            self._apply_fill()
        if not self._announced:
            self._announced = True
            length = self._mp.get_length()
            if length > 0:
                self._duration = int(length)
            if self._fps is None:
                vlc_fps = self._mp.get_fps()
                self._fps = float(vlc_fps) if vlc_fps and vlc_fps > 0 else None
            self.media_loaded.emit(self._duration, self.fps())
            self.first_frame_shown.emit()
        if self._priming is not None and self._priming.stage == "starting":
            self._priming.stage = "pausing"
            # Pausing before the first picture reached the screen can leave the window empty.
            self._settle_timer.start()

    def _pause_primed(self) -> None:
        if not self._closed and self._priming is not None and self._priming.stage == "pausing":
            self._mp.set_pause(1)

    def _on_playing(self) -> None:
        if self._priming is not None:
            return  # still opening: muted until the first picture, then paused
        if self._duration <= 0:
            self._duration = max(0, int(self._mp.get_length()))
        if not self._want_playing:
            return  # paused again before libvlc got going
        self._apply_audio()
        self._anchor(self._position)
        self._set_state("playing")
        self._poll_timer.start()

    def _on_end(self) -> None:
        if not self._vout_seen:
            name = Path(self._path or "").name
            self._fail(
                self.tr("No picture could be shown from %1; the file is damaged or not a video.").replace("%1", name)
            )
            return
        self._poll_timer.stop()
        if self._duration <= 0:
            self._duration = max(self._position, 0)
        if self._priming is not None:
            # Ended before the pause took effect (a clip of a frame or two): priming again would
            # only end again, so it stays ended.
            self._priming = None
            self._mp.set_rate(self._rate)
            self._apply_audio()
            self._want_playing = False
            self._position = self._duration
            self._set_state("ended")
            return
        if self._state == "playing":
            # It played to the end: report the end while still "playing", so it counts as watched.
            self._position = self._duration
            self.position_changed.emit(self._duration)
            if self._loop and self._want_playing:
                self._restart_input()
                self.seeked.emit(0)
                self._position = 0
                self._anchor(0)
                self.position_changed.emit(0)
                self._want_playing = True
                self._apply_audio()
                self._mp.play()
                return
        self._want_playing = False
        self._position = self._duration
        self._set_state("ended")
        # libvlc closed the video output; open again paused on the last frame.
        last = frame_start_ms(max(0, frame_at(max(0, self._duration - 1), self.fps())), self.fps())
        self._start_priming(_Priming(target=last, then_play=False, final_state="ended"), restart=True)

    def _on_no_video(self) -> None:
        if self._closed or self._vout_seen or self._path is None or self._state == "error":
            return
        name = Path(self._path).name
        self._fail(
            self.tr("No picture could be shown from %1; the file is damaged or not a video.").replace("%1", name)
        )

    # ------------------------------------------------------------------------------------------
    # priming: "paused on a frame" from a closed or fresh input
    def _start_priming(self, priming: _Priming, *, restart: bool = False) -> None:
        if restart or self._state == "stopped":
            # From the start: opening near the target (":start-time") was measured to garble
            # pictures when the machine is busy. The muted run-up shows the first frames briefly.
            self._restart_input()
        self._priming = priming
        self._mp.audio_set_mute(True)  # the few frames before the pause must stay silent
        # Crawl while priming: the first picture stays on screen until the pause, so the
        # reviewer never sees the frames after it flash by before the seek back.
        self._mp.set_rate(PRIME_RATE)
        self._mp.play()

    def _finish_priming(self) -> None:
        if self._closed or self._priming is None or self._priming.stage != "paused":
            return
        priming, self._priming = self._priming, None
        self._mp.set_rate(self._rate)
        # The caption track now, before the seek that puts the first picture (and its cue) on screen.
        self._apply_spu()
        target = self._clamp_ms(priming.target)
        self._position = target
        # On a fresh input even the tail is sound; a second seek there would not be (module doc).
        self._paused_set_time(self._vlc_target(target), confirm=not self._in_tail(target))
        self._tail_dirty = self._in_tail(target)
        self._apply_audio()
        if priming.then_play:
            self._set_state("paused")
            self.position_changed.emit(target)
            self.play()
            return
        self._set_state(priming.final_state)
        self.position_changed.emit(target)

    # ------------------------------------------------------------------------------------------
    # helpers
    def _timers(self) -> tuple[QTimer, ...]:
        return (
            self._poll_timer,
            self._no_video_timer,
            self._reverse_timer,
            self._settle_timer,
            self._prime_seek_timer,
            self._seek_guard,
            self._seek_settle,
        )

    def _halt_input(self) -> None:
        """Close the current input: timers off, libvlc stopped, its late events ignored."""
        for timer in self._timers():
            timer.stop()
        self._cancel_paused_seeks()
        self._reverse_speed = 0.0
        self._priming = None
        self._tail_dirty = False
        self._mp.stop()  # synchronous in libvlc 3: the old input's events are all sent by now
        self._gen += 1
        self._apply_audio()

    def _restart_input(self) -> None:
        """Stop the media so that play() opens it again from 0 (libvlc 3 cannot seek once the
        input ended, and a fresh input is the only cure for a drained decoder)."""
        self._settle_timer.stop()
        self._prime_seek_timer.stop()
        self._cancel_paused_seeks()
        self._tail_dirty = False
        self._mp.stop()
        self._gen += 1

    def _fail(self, message: str) -> None:
        for timer in self._timers():
            timer.stop()
        self._reverse_speed = 0.0
        self._priming = None
        self._cancel_paused_seeks()
        self._want_playing = False
        self._mp.stop()
        self._gen += 1
        self._apply_audio()
        log.info("player error: %s", message)
        self.error_occurred.emit(message)
        self._set_state("error")

    def _fail_later(self, message: str) -> None:
        gen = self._gen

        def fire() -> None:
            if not self._closed and gen == self._gen:
                self._fail(message)

        # Reported from the event loop, like every other player error.
        QTimer.singleShot(0, self, fire)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _apply_audio(self) -> None:
        self._mp.audio_set_volume(self._volume)
        self._mp.audio_set_mute(self._muted)

    def _add_subtitle_slave(self, path: str) -> None:
        uri = Path(path).resolve().as_uri()
        media = self._mp.get_media()
        if media is not None:
            # On the media too, so that the inputs reopened later (end, tail seeks) carry it.
            media.slaves_add(vlc.MediaSlaveType.subtitle, 4, uri)
            media.release()
        running = self._mp.get_state() in (vlc.State.Opening, vlc.State.Buffering, vlc.State.Playing, vlc.State.Paused)
        # Not selected while the clip opens: that restarts its video at full speed (the frames
        # after the first flash by); _finish_priming selects it then.
        select = self._priming is None
        if running and self._mp.add_slave(vlc.MediaSlaveType.subtitle, uri, select) != 0:
            log.warning("libvlc refused the caption file %s", path)

    def _apply_spu(self) -> None:
        if self._closed or self._path is None or self._priming is not None:
            return  # _finish_priming applies it
        if not self._subtitle_path or not self._subs_visible:
            # Only when a track is on: switching the caption track while the clip opens restarts
            # the video at full speed, and the frames after the first flash by (see priming).
            if self._mp.video_get_spu() != -1:
                self._mp.video_set_spu(-1)
            return
        ids = [track[0] for track in (self._mp.video_get_spu_description() or []) if track[0] >= 0]
        if ids:
            # The caption file added last has the highest track id.
            self._mp.video_set_spu(max(ids))

    def _clamp_ms(self, ms: int) -> int:
        ms = max(0, ms)
        if self._duration > 0:
            fps = self.fps()
            last = frame_start_ms(frame_at(self._duration - 1, fps), fps)
            ms = min(ms, last)
        return ms

    def _vlc_target(self, ms: int) -> int:
        # The middle of the frame containing ms: libvlc shows the previous frame for an exact
        # frame boundary that is not a keyframe.
        # The first frame too: at exactly 0 libvlc shows the picture but, paused, not the caption
        # cue that starts at 0 (the middle of frame 0 shows both).
        fps = self.fps()
        frame = frame_at(ms, fps)
        target = int((frame + 0.5) * 1000.0 / fps)
        if self._duration > 0:
            target = min(target, self._duration - 1)
        return max(0, target)

    def _in_tail(self, ms: int) -> bool:
        return self._duration > 0 and ms >= self._duration - TAIL_MS

    def _seek_paused(self, ms: int) -> None:
        if self._tail_dirty or self._in_tail(ms):
            # A paused seek into the tail reads to the end of the file, after which libvlc's
            # decoder is drained: that seek and the next show stale or garbled pictures now and
            # then. Priming a fresh input on the target was never seen to fail.
            self._start_priming(_Priming(target=ms, then_play=False, final_state="paused"), restart=True)
            return
        self._paused_set_time(self._vlc_target(ms))
        self._tail_dirty = self._in_tail(ms)

    def _paused_set_time(self, target: int, *, confirm: bool = True) -> None:
        """A seek while paused: one at a time, the newest waiting one wins."""
        if self._seek_phase is not None:
            self._seek_pending = (target, confirm)
            return
        self._seek_target, self._seek_confirm = target, confirm
        self._seek_phase = "first"
        self._mp.set_time(target)
        self._seek_guard.start()

    def _seek_buffered(self) -> None:
        """libvlc reported "buffering 100%" for the seek in flight (or the guard ran out)."""
        if self._uncover_timer.isActive():
            self._uncover()  # priming's seek back to frame 0 has its picture
        if self._seek_phase == "first":
            self._seek_guard.stop()
            self._seek_phase = "settle"
            self._seek_settle.start()
        elif self._seek_phase == "confirm":
            self._seek_guard.stop()
            self._seek_phase = None
            self._next_paused_seek()

    def _seek_settled(self) -> None:
        if self._closed or self._seek_phase != "settle":
            return
        if self._seek_pending is not None or not self._seek_confirm:
            self._seek_phase = None
            self._next_paused_seek()
            return
        # The same seek again: if the first one's picture lost a race with an earlier picture still
        # on its way to the screen, libvlc (paused) keeps that one; this flush clears it.
        self._seek_phase = "confirm"
        self._mp.set_time(self._seek_target)
        self._seek_guard.start()

    def _next_paused_seek(self) -> None:
        if self._closed or self._seek_pending is None:
            return
        (target, confirm), self._seek_pending = self._seek_pending, None
        if self._priming is None and not self._want_playing:
            self._paused_set_time(target, confirm=confirm)

    def _cancel_paused_seeks(self) -> None:
        self._seek_guard.stop()
        self._seek_settle.stop()
        self._seek_phase = None
        self._seek_pending = None

    def _anchor(self, ms: int) -> None:
        self._anchor_ms = ms
        self._anchor_t = time.monotonic()
        self._raw_last = self._mp.get_time()

    def _estimate(self) -> int:
        """The playhead while playing: libvlc's coarse time, extrapolated, never going back."""
        now = time.monotonic()
        raw = self._mp.get_time()
        if raw >= 0 and raw != self._raw_last:
            self._raw_last = raw
            self._anchor_ms, self._anchor_t = raw, now
        ahead = min((now - self._anchor_t) * 1000.0 * self._rate, EXTRAPOLATE_CAP_MS * self._rate)
        est = int(self._anchor_ms + ahead)
        est = max(est, self._position)
        if self._duration > 0:
            est = min(est, self._duration)
        return est

    def _poll(self) -> None:
        if self._closed or not self._want_playing or self._state != "playing":
            return
        pos = self._estimate()
        if pos != self._position:
            self._position = pos
            self.position_changed.emit(pos)

    def _stop_reverse(self, *, emit: bool = True) -> None:
        if not self._reverse_speed:
            return
        self._reverse_speed = 0.0
        self._reverse_timer.stop()
        if emit:
            self.rate_changed.emit(self._rate)

    def _reverse_tick(self) -> None:
        if self._closed or not self._reverse_speed:
            self._reverse_timer.stop()
            return
        now = time.monotonic()
        step = int((now - self._reverse_last) * 1000.0 * self._reverse_speed)
        self._reverse_last = now
        target = self._position - max(1, step)
        if target <= 0:
            self._seek(0, keep_reverse=True)
            self._stop_reverse()
            return
        self._seek(target, keep_reverse=True)


# --------------------------------------------------------------------------------------------------
# libvlc's and ALSA's messages into the desk's log


def _libc():
    """The C library (vsnprintf): already in the process on Linux, found by name elsewhere."""
    try:
        libc = ctypes.CDLL(None)
        libc.vsnprintf  # noqa: B018 - present?
        return libc
    except (OSError, AttributeError):
        from ctypes import util  # slow (it imports subprocess): only where the process has no libc

        return ctypes.CDLL(util.find_library("c") or "msvcrt")


class _LibvlcLog:
    """libvlc's log callback: messages to ``vlc_log`` (repeats counted), audio failures reported.

    The callback runs on libvlc's threads: it formats the message (vsnprintf over libvlc's
    va_list), writes it to the Python log (thread-safe) and calls ``audio_failed`` (a queued
    signal emit) with the device's own words when the sound output cannot be opened.
    """

    def __init__(self, audio_failed) -> None:
        self._audio_failed = audio_failed
        self._lock = threading.Lock()
        self._last: tuple[str, str] | None = None
        self._last_t = 0.0
        self._repeats = 0
        self._device_reasons: list[str] = []
        self._reported = False
        self._libc: Any = None
        self._get_context: Any = None
        self._callback: Any = None

    def install(self, instance) -> None:
        try:
            libc = _libc()
            libc.vsnprintf.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p]
            libc.vsnprintf.restype = ctypes.c_int
            get_context = vlc.dll.libvlc_log_get_context
            get_context.argtypes = [
                ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_char_p),
                ctypes.POINTER(ctypes.c_char_p),
                ctypes.POINTER(ctypes.c_uint),
            ]
            get_context.restype = None
        except (OSError, AttributeError):
            log.warning("libvlc's log cannot be captured on this system")
            return
        self._libc, self._get_context = libc, get_context
        # Kept on the instance: libvlc calls it until log_unset.
        self._callback = vlc.CallbackDecorators.LogCb(self._on_message)
        instance.log_set(self._callback, None)

    def uninstall(self, instance) -> None:
        if self._callback is not None:
            try:
                instance.log_unset()
            except Exception:  # noqa: BLE001 - shutting down anyway
                pass

    def _on_message(self, _data, level, ctx, fmt, args) -> None:
        try:
            py_level = _VLC_LEVELS.get(level, logging.DEBUG)
            if py_level < logging.WARNING and not vlc_log.isEnabledFor(py_level):
                return
            buf = ctypes.create_string_buffer(1024)
            self._libc.vsnprintf(buf, len(buf), fmt, args)
            text = buf.value.decode("utf-8", "replace")
            module = ctypes.c_char_p()
            self._get_context(ctx, ctypes.byref(module), None, None)
            name = (module.value or b"").decode("ascii", "replace")
            self._write(py_level, name, text)
            if level == 4:
                self._watch_audio(name, text)
        except Exception:  # noqa: BLE001 - never raise into libvlc
            pass

    def _write(self, level: int, module: str, text: str) -> None:
        now = time.monotonic()
        with self._lock:
            key = (module, text)
            if key == self._last and now - self._last_t < LOG_REPEAT_S:
                self._repeats += 1
                return
            repeats, self._repeats = self._repeats, 0
            self._last, self._last_t = key, now
        if repeats:
            vlc_log.log(level, "(the previous message %d more times)", repeats)
        vlc_log.log(level, "%s: %s", module or "libvlc", text)

    def _watch_audio(self, module: str, text: str) -> None:
        if module in ("alsa", "pulse", "vlcpulse", "oss", "jack", "sndio", "mmdevice", "waveout", "auhal"):
            with self._lock:
                if text not in self._device_reasons and len(self._device_reasons) < 3:
                    self._device_reasons.append(text)
        elif module == "main" and text.startswith(("failed to create audio output", "Audio output failed")):
            with self._lock:
                if self._reported:
                    return
                self._reported = True
            self._audio_failed("; ".join(self._device_reasons) or text)


_ALSA_HANDLER: Any = None


def _quiet_alsa() -> None:
    """ALSA prints its errors on stderr by itself: route them to the log (once per process)."""
    global _ALSA_HANDLER
    if _ALSA_HANDLER is not None or not sys.platform.startswith("linux"):
        return
    try:
        asound = ctypes.CDLL("libasound.so.2")
    except OSError:
        _ALSA_HANDLER = False
        return
    alsa_log = logging.getLogger(__name__ + ".alsa")

    # The real handler is variadic; its fixed arguments are all that is read here.
    handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p)

    def handler(file, line, function, err, fmt):
        if alsa_log.isEnabledFor(logging.DEBUG):
            alsa_log.debug(
                "%s:%s %s (error %s)",
                (file or b"").decode(errors="replace"),
                line,
                (function or b"").decode(errors="replace"),
                err,
            )

    _ALSA_HANDLER = handler_type(handler)
    asound.snd_lib_error_set_handler(_ALSA_HANDLER)
