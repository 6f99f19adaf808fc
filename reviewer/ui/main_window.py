"""The review desk window: queue | clip header, video and transport | transcript, notes, post text.

The window owns the widgets and wires them to the services it is given (library, settings, the
player facade). It never touches libvlc or the database directly: every playback command goes
through :class:`reviewer.media.player.Player`, every read and write through the ``Library``.

Hooks for the sign-off work (see ``add_side_panel``, ``clip_changed``, ``current_version``,
``coverage``, ``save_coverage``, ``refresh_clip``, ``review_menu``, ``add_shortcut_specs``).
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QKeyCombination, QLocale, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from reviewer.ui import messages
from reviewer.ui.i18n import LANGUAGES, LanguageSwitcher, fill

if TYPE_CHECKING:
    from reviewer.core.coverage import IntervalSet
    from reviewer.core.model import Clip, ClipDetail, ClipVersion
    from reviewer.ui.notes_panel import NoteDialog
    from reviewer.ui.shortcuts import ShortcutsDialog, ShortcutSpec, ShortcutSpecs

# The panels, models and the player are imported in MainWindow.bind() and where they are used,
# not here: the window must be on screen within a few tens of milliseconds of the Qt import
# (bench.desk cold start), and those modules cost more than that to import. For the same reason
# the Qt namespace is reached as QtCore.Qt at call time: the first `from PySide6.QtCore import Qt`
# in a process builds all of its ~90 enums (~20 ms), which the window need not wait for.

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
VOLUME_STEP = 5
COUNTS_REFRESH_MS = 30_000
ANNOUNCE_MS = 300
PLAYING_STATES = {"playing"}
STOPPED_STATES = {"stopped", "ended", "error", "idle"}


class MainWindow(QMainWindow):
    """The review desk.

    Signals:
        clip_changed(str, int): a clip version is now under review (clip id, version number);
            ("", 0) when nothing is loaded. Emitted once its first frame is on screen (or the
            video area says why it cannot be), at most ANNOUNCE_MS after ``load_clip``: listeners
            that do heavy work then never delay the picture, and a burst of clip switches only
            announces the clip the user stopped on. ``current_clip()``/``current_version()``
            are right as soon as ``load_clip`` returns.
        coverage_changed(float): the watched share of the current version changed (0..1).
        note_added(str, int): a note was stored on (clip id, version number).
    """

    clip_changed = Signal(str, int)
    coverage_changed = Signal(float)
    note_added = Signal(str, int)

    def __init__(self, settings, switcher: LanguageSwitcher, *, demo: bool = False) -> None:
        """A light window (menus, status bar, "opening" message); :meth:`bind` fills it."""
        super().__init__()
        self.settings = settings
        self.switcher = switcher
        self.demo = demo
        self.services = None
        self.library = None
        self.player = None
        self._bound = False
        self._detail: ClipDetail | None = None
        self._version: ClipVersion | None = None
        self._state = "idle"
        self._rate = 1.0
        self._position = 0
        self._duration = 0
        self._fps = 25.0
        self._shut_down = False
        self._note_dialog: NoteDialog | None = None
        self._shortcuts_dialog: ShortcutsDialog | None = None
        self._extra_shortcut_specs: list[ShortcutSpecs] = []
        self._fullscreen_hidden: list[QWidget] = []
        self._side_panels: list[QWidget] = []
        self._pending_scrub: int | None = None
        self._was_playing_before_scrub = False
        self._volume_feedback = False  # show the volume in the status bar only when the user changed it
        self._splitter_placed = False
        self._last_counts: dict[str, int] = {}
        self.actions_by_name: dict[str, QAction] = {}

        self.setObjectName("ReviewDesk")
        # QLabel centres vertically by default; the HTML centres horizontally (see the note above).
        self._opening_label = QLabel(objectName="videoMessage")
        self.setCentralWidget(self._opening_label)
        self._make_menu_titles()
        self._make_status_bar()
        self._restore_geometry()
        self.retranslate()

    def bind(self, services, player) -> None:
        """Connect the window to the library and the player and build every panel."""
        from reviewer.ui import icons
        from reviewer.ui.shortcuts import ShortcutGuard
        from reviewer.ui.viewing import ViewingCoverage

        self.setWindowIcon(icons.app_icon())
        self.services = services
        self.settings = services.settings
        self.library = services.library
        self.player = player
        player.set_caption_folder(services.home / "tmp")
        self.coverage = ViewingCoverage(self.library, services.person, parent=self)

        self._make_actions()
        self._make_widgets()
        self._fill_menus()
        self._connect_player()

        self.guard = ShortcutGuard(self._shortcut_keys(), self)
        QApplication.instance().installEventFilter(self.guard)
        messages.global_bridge.error_reported.connect(self._show_error, messages.connection_type())
        messages.global_bridge.warning_reported.connect(self._show_warning, messages.connection_type())
        messages.global_bridge.info_reported.connect(self._show_info, messages.connection_type())
        messages.global_bridge.internal_error_reported.connect(self._show_internal_error, messages.connection_type())

        self._counts_timer = QTimer(self, interval=COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self._periodic_refresh)
        self._counts_timer.start()
        self._scrub_timer = QTimer(self, singleShot=True, interval=40)
        self._scrub_timer.timeout.connect(self._apply_scrub)
        self._announce_timer = QTimer(self, singleShot=True, interval=ANNOUNCE_MS)
        self._announce_timer.timeout.connect(self._announce_clip)
        self._pending_announce: tuple[str, int] | None = None

        self._bound = True
        self.retranslate()
        self._restore_splitters()
        self.queue_model.set_filter(status="pending", search="")
        self._update_counts()
        if self.isVisible() and not self._splitter_placed:
            self._splitter_placed = True
            QTimer.singleShot(0, self._place_splitters)

    def show_startup_error(self, text: str) -> None:
        """The library could not be opened: say so in the window."""
        self._set_opening_text(text)

    def _set_opening_text(self, text: str) -> None:
        import html

        self._opening_label.setText(f'<p align="center">{html.escape(text)}</p>')

    # ======================================================================================
    # construction
    def _make_actions(self) -> None:
        from reviewer.ui.shortcuts import shortcut_table

        handlers = {
            "play_pause": self.toggle_play,
            "shuttle_back": lambda: self._shuttle(-1),
            "shuttle_forward": lambda: self._shuttle(+1),
            "loop": self._toggle_loop,
            "back_5s": lambda: self.seek_relative(-5000),
            "forward_5s": lambda: self.seek_relative(+5000),
            "back_1s": lambda: self.seek_relative(-1000),
            "forward_1s": lambda: self.seek_relative(+1000),
            "frame_back": lambda: self.step_frame(-1),
            "frame_forward": lambda: self.step_frame(+1),
            "go_start": lambda: self.seek(0),
            "go_end": self._go_end,
            "slower": lambda: self._change_speed(-1),
            "faster": lambda: self._change_speed(+1),
            "normal_speed": lambda: self.set_speed(1.0),
            "volume_down": lambda: self._change_volume(-VOLUME_STEP),
            "volume_up": lambda: self._change_volume(+VOLUME_STEP),
            "mute": self._toggle_mute,
            "fullscreen": self.toggle_fullscreen,
            "subtitles": self._toggle_subtitles,
            "add_note": self.add_note_at_current_time,
            "next_clip": self.next_clip,
            "previous_clip": self.previous_clip,
            "focus_search": lambda: self.queue_pane.focus_search(),
            "focus_queue": self.focus_queue,
        }
        for spec in shortcut_table():
            action = QAction(self)
            action.setObjectName(spec.command)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[spec.command])
            # Actions live on the window itself, so they work even with the menu bar hidden.
            self.addAction(action)
            self.actions_by_name[spec.command] = action
        for name in ("loop", "subtitles", "mute", "fullscreen"):
            self.actions_by_name[name].setCheckable(True)
        self.actions_by_name["subtitles"].setChecked(bool(self.settings.subtitle_overlay))
        self.actions_by_name["mute"].setChecked(bool(self.settings.muted))

        self.exit_fullscreen_action = QAction(self)
        self.exit_fullscreen_action.setShortcut(QKeySequence(QtCore.Qt.Key.Key_Escape))
        self.exit_fullscreen_action.triggered.connect(lambda: self.set_fullscreen(False))
        self.exit_fullscreen_action.setEnabled(False)
        self.addAction(self.exit_fullscreen_action)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh_queue)
        self.addAction(self.refresh_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(QtCore.Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions.get(self.switcher.language, self.language_actions["en"]).setChecked(True)

    def _make_widgets(self) -> None:
        from reviewer.ui.notes_panel import NotesPanel
        from reviewer.ui.post_panel import PostPanel
        from reviewer.ui.queue_model import QueueModel
        from reviewer.ui.queue_view import QueuePane
        from reviewer.ui.transcript_panel import TranscriptPanel
        from reviewer.ui.transport import Transport
        from reviewer.ui.video_view import VideoView

        self.queue_model = QueueModel(self.library, parent=self)
        self.queue_pane = QueuePane(self.queue_model)
        self.queue_pane.clip_selected.connect(self.load_clip)

        self.title_label = QLabel(objectName="clipTitle")
        self.title_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel(objectName="clipMeta")
        self.meta_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label.setWordWrap(True)
        self.meta_label.setMinimumWidth(120)
        self.political_badge = QLabel(objectName="badgePolitical")
        self.overdue_badge = QLabel(objectName="badgeOverdue")
        self.status_badge = QLabel(objectName="badgeStatus")
        for w in (self.title_label, self.meta_label, self.political_badge, self.overdue_badge, self.status_badge):
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        badges = QHBoxLayout()
        badges.setContentsMargins(0, 0, 0, 0)
        badges.setSpacing(6)
        for badge in (self.political_badge, self.overdue_badge, self.status_badge):
            badges.addWidget(badge, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        badges.addWidget(self.meta_label, 1, QtCore.Qt.AlignmentFlag.AlignTop)
        header = QWidget()
        hl = QVBoxLayout(header)
        hl.setContentsMargins(8, 6, 8, 2)
        hl.setSpacing(3)
        hl.addWidget(self.title_label)
        hl.addLayout(badges)
        self.header = header

        self.video_view = VideoView()
        self.video_view.double_clicked.connect(self.toggle_fullscreen)
        self.transport = Transport(self.actions_by_name)
        self.transport.seek_requested.connect(self._scrub_to)
        self.transport.scrub_started.connect(self._scrub_started)
        self.transport.scrub_finished.connect(self._scrub_finished)
        self.transport.volume_requested.connect(self._volume_from_slider)

        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(3, 0, 3, 0)
        cl.setSpacing(4)
        cl.addWidget(header)
        cl.addWidget(self.video_view, 1)
        cl.addWidget(self.transport)
        self.center = center

        self.transcript_panel = TranscriptPanel()
        self.transcript_panel.seek_requested.connect(self.seek)
        self.transcript_panel.track_combo.currentIndexChanged.connect(lambda _i: self._apply_subtitles())
        self.notes_panel = NotesPanel()
        self.notes_panel.seek_requested.connect(self.seek)
        self.notes_panel.add_requested.connect(self.add_note_at_current_time)
        self.post_panel = PostPanel(self.settings.platform_limits)
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(False)
        self.side_tabs.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.side_tabs.addTab(self.transcript_panel, "")
        self.side_tabs.addTab(self.notes_panel, "")
        self.post_box = QWidget()
        pl = QVBoxLayout(self.post_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(2)
        self.post_title = QLabel(objectName="paneTitle")
        pl.addWidget(self.post_title)
        pl.addWidget(self.post_panel, 1)
        self.side_splitter = QSplitter(QtCore.Qt.Orientation.Vertical)
        self.side_splitter.addWidget(self.side_tabs)
        self.side_splitter.addWidget(self.post_box)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.side_splitter.setChildrenCollapsible(False)
        self._side_sizes_before_panel: list[int] | None = None
        self.side_tabs.currentChanged.connect(self._side_tab_changed)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(3, 6, 6, 6)
        sl.addWidget(self.side_splitter)
        self.side = side

        self.main_splitter = QSplitter(QtCore.Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.queue_pane)
        self.main_splitter.addWidget(center)
        self.main_splitter.addWidget(side)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setStretchFactor(2, 0)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)  # replaces (and deletes) the "opening" label

    def _make_menu_titles(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.playback_menu = bar.addMenu("")
        # The sign-off work adds its commands here (see review_menu).
        self.review_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.language_menu = None

    def _fill_menus(self) -> None:
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        for name in ("play_pause", "shuttle_back", "shuttle_forward", "loop", None, "back_5s", "forward_5s", "back_1s",
                     "forward_1s", "frame_back", "frame_forward", "go_start", "go_end", None, "slower", "faster",
                     "normal_speed", None, "volume_down", "volume_up", "mute"):
            if name is None:
                self.playback_menu.addSeparator()
            else:
                self.playback_menu.addAction(self.actions_by_name[name])
        for name in ("add_note", None, "next_clip", "previous_clip", "focus_search", "focus_queue"):
            if name is None:
                self.review_menu.addSeparator()
            else:
                self.review_menu.addAction(self.actions_by_name[name])
        self.view_menu.addAction(self.actions_by_name["fullscreen"])
        self.view_menu.addAction(self.actions_by_name["subtitles"])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _make_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setSizeGripEnabled(False)
        self.pending_label = QLabel()
        self.overdue_label = QLabel()
        self.person_label = QLabel()
        for w in (self.pending_label, self.overdue_label, self.person_label):
            sb.addPermanentWidget(w)

    def _shortcut_keys(self) -> set[int]:
        keys: set[int] = set()
        for action in self.actions():
            for seq in action.shortcuts():
                if seq.count():
                    keys.add(seq[0].toCombined())
        keys.add(QKeyCombination(QtCore.Qt.Key.Key_Escape).toCombined())
        return keys

    def _connect_player(self) -> None:
        p = self.player
        p.attach(self.video_view.surface)
        p.position_changed.connect(self._on_position)
        p.state_changed.connect(self._on_state)
        p.media_loaded.connect(self._on_media_loaded)
        p.error_occurred.connect(self._on_player_error)
        p.rate_changed.connect(self._on_rate)
        p.volume_changed.connect(self._on_volume)
        p.first_frame_shown.connect(self._on_first_frame)
        # Every jump (seek, frame step, shuttle step, loop) re-anchors coverage: never credited.
        p.seeked.connect(self.coverage.seeked)
        self.coverage.coverage_changed.connect(self._on_coverage)
        p.set_volume(int(self.settings.volume))
        p.set_muted(bool(self.settings.muted))
        self.transport.set_volume(int(self.settings.volume), bool(self.settings.muted))

    # ======================================================================================
    # hooks for other parts of the desk (sign-off)
    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab beside Transcript and Notes (e.g. the checklist and signing panel); returns its index.

        The caller keeps the title current on language switches with :meth:`set_side_panel_title`.
        """
        self._side_panels.append(widget)
        return self.side_tabs.addTab(widget, title)

    def set_side_panel_title(self, widget: QWidget, title: str) -> None:
        """Rename the tab of a panel added with :meth:`add_side_panel`."""
        i = self.side_tabs.indexOf(widget)
        if i >= 0:
            self.side_tabs.setTabText(i, title)

    def show_side_panel(self, widget: QWidget) -> None:
        """Bring a side panel's tab to the front."""
        i = self.side_tabs.indexOf(widget)
        if i >= 0:
            self.side_tabs.setCurrentIndex(i)

    def add_shortcut_specs(self, specs: ShortcutSpecs) -> None:
        """List more commands in Help → Keyboard shortcuts, after the desk's own (e.g. sign-off).

        ``specs()`` returns :class:`reviewer.ui.shortcuts.ShortcutSpec` items translated in the
        current language; the dialog calls it each time it fills (language switches included).
        A spec's ``command`` is the object name of the window action that has those keys; the
        caller adds the actions themselves (``addAction``, ``review_menu``) before calling this.
        """
        self._extra_shortcut_specs.append(specs)
        # Their keys now also win over a focused widget's own use of them (see ShortcutGuard).
        self.guard.set_keys(self._shortcut_keys())
        if self._shortcuts_dialog is not None:
            self._shortcuts_dialog.retranslate()

    def shortcut_specs(self) -> list[ShortcutSpec]:
        """Every command the shortcuts dialog lists: the desk's table, then the added ones."""
        from reviewer.ui.shortcuts import shortcut_table

        specs = shortcut_table()
        for extra in self._extra_shortcut_specs:
            try:
                specs.extend(extra())
            except Exception:  # noqa: BLE001 - the desk's own keys must still be listed
                log.exception("listing added shortcuts failed")
        return specs

    def current_clip(self) -> Clip | None:
        """The clip under review (as read when it was loaded or last refreshed)."""
        return self._detail.clip if self._detail else None

    def current_detail(self) -> ClipDetail | None:
        """The clip under review with all its versions and notes."""
        return self._detail

    def current_version(self) -> ClipVersion | None:
        """The version under review (the clip's latest), or None."""
        return self._version

    def coverage_intervals(self) -> IntervalSet:
        """What the current person has watched of the current version (stored and unsaved)."""
        return self.coverage.intervals()

    def coverage_fraction(self) -> float:
        """Watched share of the current version (0..1)."""
        return self.coverage.fraction()

    def save_coverage(self) -> bool:
        """Write unsaved viewing coverage to the library now (e.g. right before signing)."""
        return self.coverage.save()

    def refresh_notes(self) -> None:
        """Re-read the notes of the version under review (a note was edited, resolved or replied to)."""
        self._show_notes()

    def refresh_clip(self, clip_id: str) -> None:
        """Re-read one clip after a change made elsewhere (decision, new version); no queue reload."""
        self.queue_model.refresh_clip(clip_id)
        if self._detail is not None and self._detail.clip.id == clip_id:
            try:
                detail = self.library.clip_detail(clip_id)
            except ReviewerError as exc:
                messages.report_exception(exc, "")
                return
            if detail.current.id != (self._version.id if self._version else None):
                self.load_clip(clip_id, force=True)
            else:
                self._detail = detail
                self._show_header()
        self._update_counts()

    # ======================================================================================
    # clips
    def load_first_clip(self) -> None:
        """Select and load the top clip of the queue (paused on its first frame); focus the queue."""
        clip_id = self.queue_pane.select_first()
        if clip_id:
            self.load_clip(clip_id)
        else:
            self._show_nothing()
        self.focus_queue()

    def focus_queue(self) -> None:
        """Keyboard focus to the queue list."""
        self.queue_pane.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def next_clip(self) -> bool:
        """Review the next clip in the queue."""
        return self.queue_pane.step(+1)

    def previous_clip(self) -> bool:
        """Review the previous clip in the queue."""
        return self.queue_pane.step(-1)

    def load_clip(self, clip_id: str, *, force: bool = False) -> bool:
        """Put a clip's current version under review: panels, coverage, and the player (paused)."""
        if not force and self._detail is not None and self._detail.clip.id == clip_id:
            return True
        self._leave_clip()
        try:
            detail = self.library.clip_detail(clip_id)
        except ReviewerError as exc:
            messages.report_exception(exc, translate("MainWindow", "Cannot open the clip"))
            self._show_nothing()
            return False
        if not detail.versions:
            self._show_nothing()
            return False
        self._detail = detail
        version = detail.current
        self._version = version
        self._fps = version.fps if version.fps and version.fps > 0 else 25.0
        self._duration = version.duration_ms
        self._position = 0
        self._rate = 1.0
        self.coverage.start(detail.clip.id, version.id, version.duration_ms)

        # The player first: libvlc opens and decodes on its own threads while the panels fill.
        path = self.services.home / version.store_path
        if not path.is_file():
            self.player.stop()
            self.video_view.show_message(
                translate("MainWindow", "This clip cannot be played"),
                fill(translate("MainWindow", "The media file is missing from the library: %1"), str(path)),
                error=True,
            )
        else:
            self.video_view.show_video()
            self.player.set_loop(self.actions_by_name["loop"].isChecked())
            self.player.load(str(path), fps=self._fps, paused_on_first_frame=True)
            # After load: loading a clip clears the previous clip's caption overlay. The first
            # track, as the transcript shows it first (the track combo re-applies its choice).
            track = version.captions[0] if version.captions else None
            # The checked cues, never the caption file as received (see media/caption_overlay.py).
            self.player.set_caption_cues(track.cues if track else None)
            self.player.set_subtitles_visible(self.actions_by_name["subtitles"].isChecked())

        self._show_header()
        self.transport.set_clip(version.duration_ms, self._fps)
        self.transport.set_rate(1.0)
        self.transcript_panel.set_tracks(version.captions, self._fps)
        self.post_panel.set_post(version.post_text, detail.clip.platform)
        self._show_notes()
        self.queue_pane.select_clip(detail.clip.id)
        self._pending_announce = (detail.clip.id, version.number)
        if self.video_view.is_showing_message():
            self._announce_clip()
        else:
            self._announce_timer.start()
        return True

    def _announce_clip(self) -> None:
        """Emit clip_changed for the clip loaded last (see the signal's description)."""
        self._announce_timer.stop()
        pending, self._pending_announce = self._pending_announce, None
        if pending is not None:
            self.clip_changed.emit(*pending)

    def _leave_clip(self) -> None:
        """Save what was watched of the outgoing clip."""
        if self._version is not None:
            self.coverage.interrupted()
            self.coverage.save()

    def _show_nothing(self) -> None:
        self._leave_clip()
        self._detail = None
        self._version = None
        self.player.stop()
        self.coverage.clear()
        self.transport.set_clip(0, 25.0)
        self.transcript_panel.set_tracks((), 25.0)
        self.post_panel.set_post(None, "")
        self.notes_panel.set_notes([], 25.0)
        self.transport.set_markers([])
        self._show_header()
        self.video_view.show_message(
            translate("MainWindow", "No clip to review"),
            translate("MainWindow", "The queue is empty for this filter. New clips appear here after 'reviewer ingest'."),
        )
        self._pending_announce = ("", 0)
        self._announce_clip()

    def _show_header(self) -> None:
        from reviewer.ui.queue_model import format_duration, is_overdue, status_name

        if self._detail is None:
            self.title_label.setText(translate("MainWindow", "No clip selected"))
            self.meta_label.setText("")
            self.political_badge.hide()
            self.overdue_badge.hide()
            self.status_badge.setText("")
            self.setWindowTitle(translate("MainWindow", "Review desk"))
            return
        clip, version = self._detail.clip, self._version
        now = datetime.now(timezone.utc)
        self.title_label.setText(clip.title)
        parts = [clip.id, fill(translate("MainWindow", "version %1"), version.number), clip.platform or "—",
                 format_duration(version.duration_ms)]
        if clip.deadline is not None:
            local = clip.deadline.astimezone()
            parts.append(fill(translate("MainWindow", "deadline %1"), local.strftime("%H:%M %d/%m/%Y")))
        if clip.author:
            parts.append(fill(translate("MainWindow", "by %1"), clip.author))
        self.meta_label.setText("  ·  ".join(parts))
        self.political_badge.setText(translate("MainWindow", "POLITICAL"))
        self.political_badge.setVisible(clip.political)
        self.overdue_badge.setText(translate("MainWindow", "OVERDUE"))
        self.overdue_badge.setVisible(is_overdue(clip, now))
        self.status_badge.setText(status_name(clip.status.value))
        self.setWindowTitle(fill(translate("MainWindow", "%1 — Review desk"), clip.title))

    def _show_notes(self) -> None:
        if self._detail is None or self._version is None:
            return
        try:
            notes = self.library.notes(self._detail.clip.id, self._version.number)
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            notes = []
        self.notes_panel.set_notes(notes, self._fps)
        self.transport.set_markers([(n.start_ms, n.end_ms) for n in notes])
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.notes_panel),
                                  fill(translate("MainWindow", "Notes (%1)"), len(notes)))

    def _apply_subtitles(self) -> None:
        track = self.transcript_panel.current_track()
        if track is None:
            self.player.set_caption_cues(None)
            return
        self.player.set_caption_cues(track.cues)
        self.player.set_subtitles_visible(self.actions_by_name["subtitles"].isChecked())

    # ======================================================================================
    # playback commands
    def toggle_play(self) -> None:
        """Play or pause (K, Space)."""
        if self._version is None or self.video_view.is_showing_message():
            return
        if self._state in PLAYING_STATES:
            self.player.pause()
        else:
            if self._state == "ended" or (self._duration and self._position >= self._duration - 50):
                self.seek(0)
            self.player.play()

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (a seek: the jump never counts as watched)."""
        if self._version is None:
            return
        ms = max(0, min(int(ms), self._duration or int(ms)))
        self.player.seek(ms)  # emits seeked: the coverage tracker re-anchors there
        self._position = ms
        self.transport.set_position(ms)
        self.transcript_panel.set_time(ms)

    def seek_relative(self, delta_ms: int) -> None:
        """Move by ``delta_ms`` from the current position."""
        self.seek(max(0, self._current_position() + delta_ms))

    def _current_position(self) -> int:
        pos = self.player.position_ms()
        return pos if pos is not None and pos >= 0 else self._position

    def _go_end(self) -> None:
        # The last frame, not past it: libvlc stops when asked for the very end.
        self.seek(max(0, self._duration - int(round(1000 / self._fps))))

    def step_frame(self, direction: int) -> None:
        """One frame back or forward (pauses)."""
        if self._version is None:
            return
        self.coverage.interrupted()
        self.player.step_frame(direction)

    def _shuttle(self, direction: int) -> None:
        if self._version is None:
            return
        self.coverage.interrupted()
        self.player.shuttle(direction)

    def set_speed(self, rate: float) -> None:
        """Playback speed (0.5×–2×)."""
        self.player.set_rate(float(rate))

    def _change_speed(self, step: int) -> None:
        current = min(SPEEDS, key=lambda s: abs(s - abs(self._rate)))
        i = max(0, min(len(SPEEDS) - 1, SPEEDS.index(current) + step))
        self.set_speed(SPEEDS[i])

    def _change_volume(self, delta: int) -> None:
        self._volume_feedback = True
        self.player.set_volume(max(0, min(100, int(self.settings.volume) + delta)))

    def _volume_from_slider(self, value: int) -> None:
        self.player.set_volume(int(value))

    def _toggle_mute(self) -> None:
        self._volume_feedback = True
        self.player.set_muted(self.actions_by_name["mute"].isChecked())

    def _toggle_loop(self) -> None:
        self.player.set_loop(self.actions_by_name["loop"].isChecked())

    def _toggle_subtitles(self) -> None:
        visible = self.actions_by_name["subtitles"].isChecked()
        self.settings.subtitle_overlay = visible
        self.player.set_subtitles_visible(visible)

    # -- scrubbing on the seek bar ----------------------------------------------------------
    def _scrub_started(self) -> None:
        self._was_playing_before_scrub = self._state in PLAYING_STATES
        if self._was_playing_before_scrub:
            self.player.pause()

    def _scrub_to(self, ms: int) -> None:
        # Coalesce a fast drag into at most one seek per 40 ms: libvlc seeks are not free.
        self._pending_scrub = ms
        if not self._scrub_timer.isActive():
            self._scrub_timer.start()

    def _apply_scrub(self) -> None:
        if self._pending_scrub is not None:
            ms, self._pending_scrub = self._pending_scrub, None
            self.seek(ms)

    def _scrub_finished(self) -> None:
        self._scrub_timer.stop()
        self._apply_scrub()
        if self._was_playing_before_scrub:
            self.player.play()

    # ======================================================================================
    # player events
    def _on_position(self, ms: int) -> None:
        if ms < 0:
            return
        self._position = ms
        self.transport.set_position(ms)
        self.transcript_panel.set_time(ms)
        self.coverage.observe(ms, playing=self._state in PLAYING_STATES, rate=self._rate)

    def _on_state(self, state: str) -> None:
        previous, self._state = self._state, state
        self.transport.set_playing(state in PLAYING_STATES)
        if state in PLAYING_STATES and previous not in PLAYING_STATES:
            # Anchor at where playback starts: the first report after this may be credited.
            # libvlc reports a few ms while the first frame is on screen: that is the start.
            start = self._current_position()
            version = self.current_version()
            frame_ms = int(1000 / version.fps) if version and version.fps > 0 else 40
            self.coverage.seeked(0 if start <= frame_ms else start)
        if previous in PLAYING_STATES and state not in PLAYING_STATES:
            # Credit up to the exact stop position, then write the view session.
            pos = self._current_position()
            self.coverage.observe(pos, playing=True, rate=self._rate)
            self.coverage.interrupted()
            self.coverage.save()
        if state in STOPPED_STATES:
            self.coverage.interrupted()

    def _on_media_loaded(self, duration_ms: int, fps: float) -> None:
        if self._version is None:
            return
        if fps and fps > 0 and abs(fps - self._fps) > 0.01 and not (self._version.fps and self._version.fps > 0):
            self._fps = fps
        if duration_ms > 0:
            self._duration = duration_ms
            self.transport.set_duration(duration_ms)
            self.coverage.set_duration(duration_ms)

    def _on_first_frame(self) -> None:
        self.video_view.show_video()
        # After this turn of the event loop, so the frame is painted before listeners run.
        QTimer.singleShot(0, self, self._announce_clip)

    def _on_player_error(self, message: str) -> None:
        log.warning("player error: %s", message)
        self.video_view.show_message(translate("MainWindow", "This clip cannot be played"), message, error=True)
        self._announce_clip()

    def _on_rate(self, rate: float) -> None:
        self._rate = rate
        self.transport.set_rate(rate)

    def _on_volume(self, volume: int, muted: bool) -> None:
        self.settings.volume = int(volume)
        self.settings.muted = bool(muted)
        self.actions_by_name["mute"].setChecked(bool(muted))
        self.transport.set_volume(volume, muted)
        if self._volume_feedback:
            self._volume_feedback = False
            self.statusBar().showMessage(
                translate("MainWindow", "Muted") if muted else fill(translate("MainWindow", "Volume %1%"), volume), 1500
            )

    def _on_coverage(self, fraction: float) -> None:
        self.transport.set_coverage(self.coverage.intervals(), self.coverage.duration_ms(), fraction)
        self.coverage_changed.emit(fraction)

    # ======================================================================================
    # notes
    def add_note_at_current_time(self) -> None:
        """N: pause and open the note dialog at the current time."""
        if self._version is None or self._detail is None:
            return
        if self._note_dialog is not None:
            self._note_dialog.raise_()
            return
        if self._state in PLAYING_STATES:
            self.player.pause()
        start = self._current_position()
        from reviewer.ui.notes_panel import NoteDialog

        dlg = NoteDialog(start, self._duration, self._fps, self._detail.clip.title, self)
        clip_id, number = self._detail.clip.id, self._version.number
        dlg.note_entered.connect(lambda s, e, t: self._store_note(dlg, clip_id, number, s, e, t))
        dlg.finished.connect(lambda _r: self._note_dialog_closed(dlg))
        self._note_dialog = dlg
        dlg.open()

    @property
    def note_dialog(self) -> NoteDialog | None:
        """The open note dialog, if any."""
        return self._note_dialog

    def _store_note(self, dlg: NoteDialog, clip_id: str, number: int, start: int, end, text: str) -> None:
        try:
            self.library.add_note(clip_id, number, self.services.person, start, end, text)
        except ReviewerError as exc:
            dlg.set_error(exc.message)
            return
        dlg.accept()
        if self._detail is not None and self._detail.clip.id == clip_id:
            self._show_notes()
        self.statusBar().showMessage(translate("MainWindow", "Note saved."), 3000)
        self.note_added.emit(clip_id, number)

    def _note_dialog_closed(self, dlg: NoteDialog) -> None:
        if self._note_dialog is dlg:
            self._note_dialog = None
        dlg.deleteLater()

    # ======================================================================================
    # view
    def toggle_fullscreen(self) -> None:
        """Picture and transport only, over the whole screen (F; Esc leaves)."""
        self.set_fullscreen(not self.isFullScreen())

    def set_fullscreen(self, on: bool) -> None:
        """Enter or leave fullscreen."""
        if on == self.isFullScreen():
            self.actions_by_name["fullscreen"].setChecked(on)
            return
        hide = [self.queue_pane, self.side, self.header, self.menuBar(), self.statusBar()]
        if on:
            self._fullscreen_hidden = [w for w in hide if w.isVisible()]
            for w in self._fullscreen_hidden:
                w.hide()
            self.showFullScreen()
        else:
            self.showNormal()
            for w in self._fullscreen_hidden:
                w.show()
            self._fullscreen_hidden = []
        self.actions_by_name["fullscreen"].setChecked(on)
        self.exit_fullscreen_action.setEnabled(on)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts."""
        if self._shortcuts_dialog is None:
            from reviewer.ui.shortcuts import ShortcutsDialog

            self._shortcuts_dialog = ShortcutsDialog(self, self.shortcut_specs)
        self._shortcuts_dialog.show()
        self._shortcuts_dialog.raise_()
        return self._shortcuts_dialog

    def _show_about(self) -> None:
        from reviewer import __version__

        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About the review desk"))
        box.setText(fill(translate("MainWindow", "Clip review and sign-off desk, version %1.\nLibrary: %2"), __version__, str(self.services.home)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "Close"))
        box.open()

    def set_language(self, code: str) -> None:
        """Switch the interface language now and remember it."""
        self.switcher.apply(code)
        self.settings.language = code
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)
        self._save_settings()

    def refresh_queue(self) -> None:
        """Read the queue again, keeping the clip under review selected (F5)."""
        current = self.queue_pane.current_clip_id()
        self.queue_model.reload()
        if current:
            self.queue_pane.select_clip(current)
        self._update_counts()

    # ======================================================================================
    # language
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every text of the window in the current language."""
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.playback_menu.setTitle(translate("MainWindow", "&Playback"))
        self.review_menu.setTitle(translate("MainWindow", "&Review"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        if not self._bound:
            self.setWindowTitle(translate("MainWindow", "Review desk"))
            if not self._opening_label.text():
                self._set_opening_text(translate("MainWindow", "Opening the library…"))
            return
        from reviewer.ui.shortcuts import shortcut_table

        for spec in shortcut_table():
            action = self.actions_by_name[spec.command]
            action.setText(spec.label)
            action.setToolTip(f"{spec.label} ({', '.join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys)})")
        self.refresh_action.setText(translate("MainWindow", "Refresh queue"))
        self.quit_action.setText(translate("MainWindow", "Quit"))
        self.shortcuts_action.setText(translate("MainWindow", "Keyboard shortcuts…"))
        self.about_action.setText(translate("MainWindow", "About…"))
        self.language_menu.setTitle(translate("MainWindow", "Language"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.transcript_panel), translate("MainWindow", "Transcript"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.notes_panel),
                                  fill(translate("MainWindow", "Notes (%1)"), len(self.notes_panel.notes())))
        self.post_title.setText(translate("MainWindow", "POST TEXT"))
        self._show_header()
        self._update_counts()
        if self._version is None and self.video_view.is_showing_message():
            self.video_view.show_message(
                translate("MainWindow", "No clip to review"),
                translate("MainWindow", "The queue is empty for this filter. New clips appear here after 'reviewer ingest'."),
            )

    # ======================================================================================
    # status bar and messages
    def _update_counts(self) -> None:
        try:
            counts = self.library.status_counts()
        except ReviewerError as exc:
            log.warning("status counts: %s", exc)
            return
        self._last_counts = counts
        loc = QLocale()
        self.pending_label.setText(fill(translate("MainWindow", "Pending: %1"), loc.toString(counts.get("pending", 0))))
        overdue = counts.get("overdue", 0)
        self.overdue_label.setText(fill(translate("MainWindow", "Overdue: %1"), loc.toString(overdue)))
        self.overdue_label.setStyleSheet("color: #e05252; font-weight: 600;" if overdue else "")
        self.person_label.setText(fill(translate("MainWindow", "Reviewer: %1"), self.services.person))

    def _periodic_refresh(self) -> None:
        before = dict(self._last_counts)
        self._update_counts()
        self.queue_model.tick()
        self._show_header()
        if before and self._last_counts != before:
            # Clips were added or decided elsewhere (another desk, the CLI): show them.
            self.refresh_queue()

    def _show_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Review desk"), text, QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "Close"))
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_warning(self, text: str) -> None:
        self.statusBar().showMessage("⚠ " + text, 8000)

    def _show_info(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def _show_internal_error(self, summary: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, translate("MainWindow", "Review desk"), summary, QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(details)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "Close"))
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ======================================================================================
    # settings and shutdown
    def _restore_geometry(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode("ascii")))
        else:
            self.resize(1400, 860)
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode("ascii")))

    def _restore_splitters(self) -> None:
        s = self.settings
        if s.splitter_main:
            self.main_splitter.restoreState(QByteArray.fromBase64(s.splitter_main.encode("ascii")))
        if s.splitter_side:
            self.side_splitter.restoreState(QByteArray.fromBase64(s.splitter_side.encode("ascii")))

    def _save_settings(self) -> None:
        if not self._bound:
            return
        s = self.settings
        if self._side_sizes_before_panel is not None:
            # Keep the user's own split, not the one a sign-off tab borrowed for a while.
            self.side_splitter.setSizes(self._side_sizes_before_panel)
            self._side_sizes_before_panel = None
        if not self.isFullScreen():
            s.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        s.window_state = bytes(self.saveState().toBase64()).decode("ascii")
        s.splitter_main = bytes(self.main_splitter.saveState().toBase64()).decode("ascii")
        s.splitter_side = bytes(self.side_splitter.saveState().toBase64()).decode("ascii")
        try:
            s.save(self.services.home)
        except OSError as exc:
            log.warning("cannot save settings: %s", exc)

    def shutdown(self) -> None:
        """Save coverage and settings, then release the player (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        if not self._bound:
            return
        self._counts_timer.stop()
        self._scrub_timer.stop()
        self._announce_timer.stop()
        try:
            self._leave_clip()
        except Exception:  # noqa: BLE001 - closing must go on; the error is logged
            log.exception("saving coverage at shutdown failed")
        if self.isFullScreen():
            self.set_fullscreen(False)
        self._save_settings()
        QApplication.instance().removeEventFilter(self.guard)
        for sig, slot in (
            (messages.global_bridge.error_reported, self._show_error),
            (messages.global_bridge.warning_reported, self._show_warning),
            (messages.global_bridge.info_reported, self._show_info),
            (messages.global_bridge.internal_error_reported, self._show_internal_error),
        ):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        # libvlc first (stop, release player, release instance), while its window still exists.
        self.player.shutdown()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """First show without saved splitter positions: give the video the most room."""
        super().showEvent(event)
        if self._bound and not self._splitter_placed:
            self._splitter_placed = True
            # After the first layout pass, when the splitters know their real size.
            QTimer.singleShot(0, self._place_splitters)

    def _side_tab_changed(self, index: int) -> None:
        """Panels added beside Transcript and Notes (checklist, history) get most of the height;
        the post text stays visible, smaller, and gets its size back on Transcript or Notes."""
        sizes = self.side_splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        if index >= 2:
            if self._side_sizes_before_panel is None:
                self._side_sizes_before_panel = sizes
            post = min(sizes[1], max(120, total // 6))
            self.side_splitter.setSizes([total - post, post])
        elif self._side_sizes_before_panel is not None:
            self.side_splitter.setSizes(self._side_sizes_before_panel)
            self._side_sizes_before_panel = None

    def _place_splitters(self) -> None:
        if not self.settings.splitter_main:
            w = max(900, self.main_splitter.width())
            queue, side = int(w * 0.26), int(w * 0.29)
            self.main_splitter.setSizes([queue, w - queue - side, side])
        if not self.settings.splitter_side:
            h = max(400, self.side_splitter.height())
            self.side_splitter.setSizes([int(h * 0.58), h - int(h * 0.58)])

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing while a clip plays: save coverage, release the player, then let Qt destroy widgets."""
        self.shutdown()
        event.accept()
        super().closeEvent(event)

