"""The review desk window: queue | clip, video and transport | checklist and the rest, decision bar.

The window composes the desk and owns the widgets; each concern has one owner:

* :class:`reviewer.ui.playback.PlaybackController` — the player, play/pause/shuttle, scrubbing
  and viewing coverage; the transport, transcript and sign-off panels listen to it;
* :class:`reviewer.ui.window_state.WindowState` — geometry and splitters between sessions;
* :class:`reviewer.ui.identity.DeskIdentity` — who is at the desk (the actor of every note,
  answer and view session);
* :class:`reviewer.ui.signoff_integration.SignoffDesk` — checklist, decision bar and history
  (always built);
* :func:`reviewer.ui.shortcuts.shortcut_table` — the one keyboard table: one action per entry.

It never touches libvlc or the database directly: every playback command goes through the
controller, every read and write through the ``Library`` and the services.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QLocale, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from reviewer.errors import ReviewerError
from reviewer.ui import messages, theme
from reviewer.ui.i18n import LANGUAGES, LanguageSwitcher, fill

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from reviewer.core.coverage import IntervalSet
    from reviewer.core.model import Clip, ClipDetail, ClipVersion
    from reviewer.media.player import Player
    from reviewer.services import Services
    from reviewer.storage.library import Library
    from reviewer.storage.quick import TopClip
    from reviewer.ui.export_dialog import CertificatePrinter, ExportDialog
    from reviewer.ui.identity import DeskIdentity, PersonChooser
    from reviewer.ui.ingest_dialog import IngestDialog
    from reviewer.ui.notes_panel import NoteDialog
    from reviewer.ui.playback import PlaybackController
    from reviewer.ui.roundtrip_integration import RoundTripDesk
    from reviewer.ui.shortcuts import ShortcutsDialog, ShortcutSpec
    from reviewer.ui.signoff_integration import SignoffDesk
    from reviewer.ui.stats_integration import StatsDesk
    from reviewer.ui.video_view import VideoView

# The panels, models and the player are imported in MainWindow.bind() and where they are used,
# not here: the window must be on screen within a few tens of milliseconds of the Qt import
# (bench.desk cold start), and those modules cost more than that to import. For the same reason
# the Qt namespace is reached as QtCore.Qt at call time: the first `from PySide6.QtCore import Qt`
# in a process builds all of its ~90 enums (~20 ms), which the window need not wait for.

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

VOLUME_STEP = 5
COUNTS_REFRESH_MS = 30_000
ANNOUNCE_MS = 300
PLAYING_STATES = {"playing"}
# A clip without its first-frame still gets one made this long after it began opening.
_STILL_DELAY_MS = 2000


_Part = TypeVar("_Part")


def _bound(part: _Part | None, name: str) -> _Part:
    """A part of the window that bind() makes; a clear error, not a None, if it has not run."""
    if part is None:
        raise RuntimeError(f"MainWindow.{name} is not there yet: MainWindow.bind() has not run")
    return part


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

    # Set by reviewer.ui.desk after bind() when the part could be installed.
    roundtrip: RoundTripDesk
    stats: StatsDesk

    def __init__(self, settings, switcher: LanguageSwitcher, *, demo: bool = False) -> None:
        """A light window (menus, status bar, "opening" message); :meth:`bind` fills it."""
        super().__init__()
        from reviewer.ui.window_state import WindowState

        self.settings = settings
        self.switcher = switcher
        self.demo = demo
        self.services: Services | None = None
        self.library: Library | None = None
        self.player: Player | None = None
        self.playback: PlaybackController | None = None
        self.identity: DeskIdentity | None = None
        self.signoff: SignoffDesk | None = None
        self._bound = False
        self._detail: ClipDetail | None = None
        self._version: ClipVersion | None = None
        self._shut_down = False
        self._note_dialog: NoteDialog | None = None
        self._shortcuts_dialog: ShortcutsDialog | None = None
        self._fullscreen_hidden: list[QWidget] = []
        self._normal_geometry: QRect | None = None
        self._fullscreen = False
        self._volume_feedback = False  # show the volume in the status bar only when the user changed it
        self._last_counts: dict[str, int] = {}
        self._offered_paths: list[Path] = []
        self._stills_asked: set[str] = set()  # versions (sha256) whose missing first-frame still is being made
        self.actions_by_name: dict[str, QAction] = {}
        self.ingest_dialog: IngestDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.certificate_printer: CertificatePrinter | None = None
        self.person_chooser: PersonChooser | None = None

        self.setObjectName("ReviewDesk")
        self.window_state = WindowState(self, settings)
        self._early: TopClip | None = None  # the top clip put on screen before the library was open (TopClip)
        self._extra_shortcut_specs: list = []  # other parts' commands for Help → Shortcuts
        self.station_setup_dialog = None  # the station set-up, while it is open
        self.video_view: VideoView | None = None  # made with the columns, after the first paint (_make_skeleton)
        # Plain text, centred and wrapped by the stylesheet (QLabel#openingMessage): rich text would
        # lay out a QTextDocument before the first paint (~3-5 ms, bench.desk), and setAlignment()
        # would build the Qt namespace's enums (~20 ms).
        self._opening_label = QLabel(objectName="openingMessage")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.setCentralWidget(self._opening_label)
        self._make_menu_titles()
        self.window_state.restore_geometry()
        self.retranslate()

    # -- the parts bind() makes -------------------------------------------------------------
    # None until bind() has run (the window is on screen before the library is open, and says
    # so while it opens); the methods that need them reach them through these.
    @property
    def _services(self) -> Services:
        return _bound(self.services, "services")

    @property
    def _library(self) -> Library:
        return _bound(self.library, "library")

    @property
    def _player(self) -> Player:
        return _bound(self.player, "player")

    @property
    def _playback(self) -> PlaybackController:
        return _bound(self.playback, "playback")

    @property
    def _identity(self) -> DeskIdentity:
        return _bound(self.identity, "identity")

    @property
    def _video_view(self) -> VideoView:
        """The video area (made by _make_skeleton(), from bind() or, earlier, start_picture())."""
        return _bound(self.video_view, "video_view")

    def bind(self, services, player) -> None:
        """Connect the window to the library and the player and build every panel."""
        from reviewer.ui import icons
        from reviewer.ui.identity import DeskIdentity
        from reviewer.ui.playback import PlaybackController
        from reviewer.ui.shortcuts import ShortcutGuard

        self.setWindowIcon(icons.app_icon())
        self.services = services
        self.settings = services.settings
        self.window_state.settings = services.settings
        self.library = services.library
        self.player = player
        player.set_caption_folder(services.home / "tmp")
        self.identity = DeskIdentity(services.signoff, self.settings, self._save_settings, parent=self)
        self.identity.resolve()
        self.playback = PlaybackController(player, self.library, self.identity.principal, parent=self)
        self.coverage = self.playback.coverage

        self._make_skeleton()
        self._make_actions()
        self._make_widgets()
        self._fill_menus()
        self._connect_player()
        self.identity.changed.connect(self._person_changed)

        self.guard = ShortcutGuard(self._shortcut_keys(), self, leave_field=self._leave_text_field)
        app = QApplication.instance()
        assert app is not None  # the desk runs inside its QApplication
        app.installEventFilter(self.guard)
        messages.global_bridge.error_reported.connect(self._show_error, messages.connection_type())
        messages.global_bridge.warning_reported.connect(self._show_warning, messages.connection_type())
        messages.global_bridge.info_reported.connect(self._show_info, messages.connection_type())
        messages.global_bridge.internal_error_reported.connect(self._show_internal_error, messages.connection_type())

        self._counts_timer = QTimer(self, interval=COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self._periodic_refresh)
        self._counts_timer.start()
        self._announce_timer = QTimer(self, singleShot=True, interval=ANNOUNCE_MS)
        self._announce_timer.timeout.connect(self._announce_clip)
        self._pending_announce: tuple[str, int] | None = None

        self._bound = True
        self.retranslate()
        self.window_state.attach_splitters(self.main_splitter)
        self.queue_model.set_filter(status="pending", search="")
        self._update_counts()
        if self.isVisible():
            self.window_state.place_once()

    def show_startup_error(self, text: str) -> None:
        """The library could not be opened: say so in the window."""
        if self.video_view is None:
            import html

            colour = theme.DANGER.name()
            self._opening_label.setText(f'<p align="center" style="color:{colour}">{html.escape(text)}</p>')
        else:
            self.video_view.show_message(text, error=True)

    def _make_skeleton(self) -> None:
        """The three columns, the video area (empty but for it: the panels come in bind()) and the
        status bar.

        The video area is made here, in its final place, so the top clip can be put on screen
        before the library is open (:meth:`start_picture`): a native window that libvlc draws
        into must never change parent afterwards. Made after the first paint: the video area's
        module builds Qt's enums, which the first paint need not wait for.
        """
        if self.video_view is not None:
            return
        from PySide6.QtWidgets import QSplitter, QVBoxLayout

        self._make_status_bar()  # here too: the first paint shows the menus and the "opening" message

        from reviewer.ui.video_view import VideoView

        self.left = QWidget()
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setContentsMargins(6, 6, 0, 0)
        self.left_layout.setSpacing(0)
        self.video_view = VideoView()
        self.center = QWidget()
        self.center_layout = QVBoxLayout(self.center)
        self.center_layout.setContentsMargins(3, 0, 3, 0)
        self.center_layout.setSpacing(4)
        self.center_layout.addWidget(self.video_view, 1)
        self.side = QWidget()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(3, 6, 6, 2)
        self.side_layout.setSpacing(4)
        self.main_splitter = QSplitter(QtCore.Qt.Orientation.Horizontal)
        for w in (self.left, self.center, self.side):
            self.main_splitter.addWidget(w)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setStretchFactor(2, 0)
        self.main_splitter.setChildrenCollapsible(False)
        opening = self._opening_label.text()
        self.setCentralWidget(self.main_splitter)  # replaces (and deletes) the "opening" label
        self.video_view.show_message(translate("MainWindow", "Opening the library…") if opening else "")

    def start_picture(self, db_url: str, home: Path) -> bool:
        """Before the library is open: the top clip's first frame on screen, with a player made
        now (bind() then takes that player and that clip over). False when there is nothing to
        show early (another database, an empty queue, a missing file)."""
        from reviewer.storage.quick import top_of_queue

        top = top_of_queue(db_url)
        if top is None or not (home / top.store_path).is_file() or self.player is not None:
            self._make_skeleton()
            return False
        from reviewer.media import player as player_module

        player_module.prewarm(QApplication.platformName())  # libvlc starts meanwhile
        self._make_skeleton()
        self._video_view.set_aspect(top.width, top.height, top.display_aspect)
        self._video_view.show_video()
        if self._show_first_frame(home, Path(top.store_path).stem, home / top.store_path):
            # The clip's frame 0 on screen now, while libvlc starts (~150 ms) and opens it: the
            # new columns shown (a queued call of their layouts) and laid out, then the cover
            # shown and painted, before the player is made.
            for _ in range(3):  # main window, splitter, centre column
                QCoreApplication.sendPostedEvents()
            self._video_view.stage.set_covered(True)
            self._video_view.stage.cover.repaint()
            self._video_view.stage.cover.announce()
        Player = player_module.Player  # noqa: N806 - a class, looked up after prewarm() started libvlc

        player = Player()
        player.priming_changed.connect(self._video_view.stage.set_covered)
        player.attach(self._video_view.surface)
        self._video_view.stage.fit_player(player)
        player.set_volume(int(self.settings.volume))
        player.set_muted(bool(self.settings.muted))
        player.load(str(home / top.store_path), fps=top.fps if top.fps > 0 else None, paused_on_first_frame=True)
        self.player = player
        self._early = top
        return True

    def early_player(self):
        """The player made by :meth:`start_picture`, if any."""
        return self.player if self._early is not None else None

    # ======================================================================================
    # construction
    def _handlers(self) -> dict:
        pb = self._playback
        return {
            "play_pause": self.toggle_play,
            "pause": self.pause,
            "shuttle_back": lambda: pb.shuttle(-1),
            "shuttle_forward": lambda: pb.shuttle(+1),
            "play_unwatched": self.play_unwatched,
            "loop": self._toggle_loop,
            "back_5s": lambda: self.seek_relative(-5000),
            "forward_5s": lambda: self.seek_relative(+5000),
            "back_1s": lambda: self.seek_relative(-1000),
            "forward_1s": lambda: self.seek_relative(+1000),
            "frame_back": lambda: self.step_frame(-1),
            "frame_forward": lambda: self.step_frame(+1),
            "go_start": lambda: self.seek(0),
            "go_end": pb.go_end,
            "slower": lambda: pb.change_speed(-1),
            "faster": lambda: pb.change_speed(+1),
            "normal_speed": lambda: self.set_speed(1.0),
            "volume_down": lambda: self._change_volume(-VOLUME_STEP),
            "volume_up": lambda: self._change_volume(+VOLUME_STEP),
            "mute": self._toggle_mute,
            "fullscreen": self.toggle_fullscreen,
            "subtitles": self._toggle_subtitles,
            "captions_top": self._apply_subtitles,
            "add_note": self.add_note_at_current_time,
            "switch_person": self.choose_person,
            "checklist": lambda: self._signoff_desk().focus_checklist(),
            "approve": lambda: self._signoff_desk().approve(),
            "reason": lambda: self._signoff_desk().focus_reason(),
            "history": lambda: self._signoff_desk().show_history(),
            "next_clip": self.next_clip,
            "previous_clip": self.previous_clip,
            "focus_search": lambda: self.queue_pane.focus_search(),
            "focus_queue": self.focus_queue,
            "add_clips": self.add_clips,
            "export_package": self.export_current,
            "print_certificate": self.print_current,
        }

    def _signoff_desk(self) -> SignoffDesk:
        """The checklist, decision and history part (made in _make_widgets(), after the actions
        that reach it, before any of them can fire)."""
        return _bound(self.signoff, "signoff")

    def _make_actions(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        from reviewer.ui.shortcuts import shortcut_table

        handlers = self._handlers()
        for spec in shortcut_table():
            action = QAction(self)
            action.setObjectName(spec.command)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[spec.command])
            # Actions live on the window itself, so they work even with the menu bar hidden.
            self.addAction(action)
            self.actions_by_name[spec.command] = action
        for name in ("loop", "subtitles", "mute", "fullscreen", "captions_top"):
            self.actions_by_name[name].setCheckable(True)
        self.actions_by_name["subtitles"].setChecked(bool(self.settings.subtitle_overlay))
        self.actions_by_name["mute"].setChecked(bool(self.settings.muted))
        self.actions_by_name["captions_top"].setChecked(self.settings.caption_position == "top")

        self.exit_fullscreen_action = QAction(self)
        self.exit_fullscreen_action.setShortcut(QKeySequence(QtCore.Qt.Key.Key_Escape))
        self.exit_fullscreen_action.triggered.connect(lambda: self.set_fullscreen(False))
        self.exit_fullscreen_action.setEnabled(False)
        self.addAction(self.exit_fullscreen_action)

        self.add_folder_action = QAction(self)
        self.add_folder_action.triggered.connect(lambda: self.add_clips(folder=True))
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
        from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout

        from reviewer.ui.identity import PersonButton
        from reviewer.ui.notes_panel import NotesPanel
        from reviewer.ui.overview import OverviewHeader
        from reviewer.ui.post_panel import PostPanel
        from reviewer.ui.queue_model import QueueModel
        from reviewer.ui.queue_view import QueuePane
        from reviewer.ui.signed_banner import SignedBanner
        from reviewer.ui.signoff_integration import SignoffDesk
        from reviewer.ui.transcript_panel import TranscriptPanel
        from reviewer.ui.transport import Transport

        # -- left: what awaits, and the queue
        self.overview = OverviewHeader(self._library.db)
        self.queue_model = QueueModel(self._library, parent=self)
        self.queue_pane = QueuePane(self.queue_model)
        self.queue_pane.clip_selected.connect(self.load_clip)
        self.queue_pane.paths_dropped.connect(lambda paths: self.add_clips(paths=paths, start=True))
        self.left_layout.addWidget(self.overview)
        self.left_layout.addWidget(self.queue_pane, 1)

        # -- centre: the clip
        self.title_label = QLabel(objectName="clipTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.title_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.meta_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label.setWordWrap(True)
        self.meta_label.setMinimumWidth(120)
        self.political_badge = QLabel(objectName="badgePolitical")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.overdue_badge = QLabel(objectName="badgeOverdue")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.status_badge = QLabel(objectName="badgeStatus")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
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
        self.banner = SignedBanner()
        self.banner.export_requested.connect(self.export_clip)
        self.banner.print_requested.connect(self.print_certificate)

        self._video_view.double_clicked.connect(self.toggle_fullscreen)
        self._video_view.clicked.connect(self.focus_player)
        self.transport = Transport(self.actions_by_name)
        self.transport.seek_requested.connect(self._playback.scrub_to)
        self.transport.scrub_started.connect(self._playback.scrub_started)
        self.transport.scrub_finished.connect(self._playback.scrub_finished)
        self.transport.volume_requested.connect(self._volume_from_slider)

        # Around the video area, which is already in place (see _make_skeleton).
        self.center_layout.insertWidget(0, header)
        self.center_layout.insertWidget(1, self.banner)
        self.center_layout.addWidget(self.transport)

        # -- right: the work (checklist first), the decision bar always under it
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(False)
        self.side_tabs.setUsesScrollButtons(False)
        self.side_tabs.tabBar().setExpanding(False)
        self.side_tabs.setElideMode(QtCore.Qt.TextElideMode.ElideNone)
        self.side_tabs.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.signoff = SignoffDesk(self, self.services, self._identity)
        self.signoff.signed.connect(self.banner.signed)
        self.signoff.signed.connect(lambda _r: self.overview.refresh())
        self.transcript_panel = TranscriptPanel()
        self.transcript_panel.seek_requested.connect(self.seek)
        self.transcript_panel.track_combo.currentIndexChanged.connect(lambda _i: self._apply_subtitles())
        self.notes_panel = NotesPanel()
        self.notes_panel.seek_requested.connect(self.seek)
        self.notes_panel.add_requested.connect(self.add_note_at_current_time)
        self.post_panel = PostPanel(self.settings.platform_limits)
        self.side_tabs.addTab(self.signoff.checklist_panel, "")
        self.side_tabs.addTab(self.transcript_panel, "")
        self.side_tabs.addTab(self.post_panel, "")
        self.side_tabs.addTab(self.notes_panel, "")
        self.side_tabs.addTab(self.signoff.history_panel, "")
        self.side_tabs.tabBar().setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        decision = self.signoff.decision_panel
        decision.setObjectName("decisionBar")
        self.side_layout.addWidget(self.side_tabs, 1)
        # Never in a splitter or a scroll area: the three decisions stay in sight at every size.
        self.side_layout.addWidget(decision, 0)

        self.person_button = PersonButton(self._identity)
        self.person_button.choose_requested.connect(self.choose_person)
        self.person_button.setup_requested.connect(self.start_station_setup)
        self.statusBar().addPermanentWidget(self.person_button)

    def _make_menu_titles(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.playback_menu = bar.addMenu("")
        self.review_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.language_menu: QMenu | None = None

    def _fill_menus(self) -> None:
        a = self.actions_by_name
        for action in (
            a["add_clips"],
            self.add_folder_action,
            None,
            a["export_package"],
            a["print_certificate"],
            None,
            self.refresh_action,
            None,
            self.quit_action,
        ):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        for name in (
            "play_pause",
            "pause",
            "shuttle_back",
            "shuttle_forward",
            "play_unwatched",
            "loop",
            None,
            "back_5s",
            "forward_5s",
            "back_1s",
            "forward_1s",
            "frame_back",
            "frame_forward",
            "go_start",
            "go_end",
            None,
            "slower",
            "faster",
            "normal_speed",
            None,
            "volume_down",
            "volume_up",
            "mute",
        ):
            if name is None:
                self.playback_menu.addSeparator()
            else:
                self.playback_menu.addAction(a[name])
        for name in (
            "add_note",
            None,
            "checklist",
            "approve",
            "reason",
            "history",
            None,
            "next_clip",
            "previous_clip",
            "focus_search",
            "focus_queue",
            None,
            "switch_person",
        ):
            if name is None:
                self.review_menu.addSeparator()
            else:
                self.review_menu.addAction(a[name])
        self.view_menu.addAction(a["fullscreen"])
        self.view_menu.addAction(a["subtitles"])
        self.view_menu.addAction(a["captions_top"])
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
        for w in (self.pending_label, self.overdue_label):
            sb.addPermanentWidget(w)

    def _shortcut_keys(self) -> set[int]:
        keys: set[int] = set()
        for action in self.actions():
            for seq in action.shortcuts():
                if seq.count():
                    keys.add(seq[0].toCombined())  # type: ignore[index]  # QKeySequence has operator[]; stubs omit it
        keys.add(QKeyCombination(QtCore.Qt.Key.Key_Escape).toCombined())
        return keys

    def _connect_player(self) -> None:
        pb, p = self._playback, self._player
        early = self._early is not None
        if not early:  # the early player is bound to the surface and covers it already
            p.attach(self._video_view.surface)
            self._video_view.stage.fit_player(p)
        # The panels listen to the controller themselves.
        pb.position_changed.connect(self.transport.set_position)
        pb.position_changed.connect(self.transcript_panel.set_time)
        pb.state_changed.connect(lambda state: self.transport.set_playing(state in PLAYING_STATES))
        pb.duration_changed.connect(self.transport.set_duration)
        pb.rate_changed.connect(self.transport.set_rate)
        pb.uncounted_changed.connect(self.transport.set_uncounted)
        pb.unwatched_mode_changed.connect(self._unwatched_mode)
        pb.error_occurred.connect(self._on_player_error)
        pb.first_frame_shown.connect(self._on_first_frame)
        pb.coverage_changed.connect(self._on_coverage)
        p.volume_changed.connect(self._on_volume)
        if hasattr(p, "audio_unavailable"):
            p.audio_unavailable.connect(self._on_audio_unavailable)
        if hasattr(p, "priming_changed") and not early:
            p.priming_changed.connect(self._video_view.stage.set_covered)
        if getattr(p, "audio_problem", None) and p.audio_problem():
            self.transport.set_audio_problem(p.audio_problem())
        p.set_volume(int(self.settings.volume))
        p.set_muted(bool(self.settings.muted))
        self.transport.set_volume(int(self.settings.volume), bool(self.settings.muted))

    # ======================================================================================
    # who is at the desk
    def choose_person(self):
        """Ask who is at the desk (Ctrl+Shift+P, the status bar); returns the chooser (or None)."""
        if self.identity.nobody_enrolled():
            self.start_station_setup()
            return None
        from reviewer.ui.identity import PersonChooser

        if self.person_chooser is not None:
            self.person_chooser.raise_()
            return self.person_chooser
        dlg = PersonChooser(self.identity, self)
        dlg.chosen.connect(self.identity.choose)
        dlg.finished.connect(lambda _r: self._chooser_closed(dlg))
        self.person_chooser = dlg
        dlg.open()
        return dlg

    def _chooser_closed(self, dlg) -> None:
        if self.person_chooser is dlg:
            self.person_chooser = None
        dlg.deleteLater()
        self.take_keys_back()

    def start_station_setup(self):
        """Nobody is enrolled: open the station set-up (first-run hook); once someone is enrolled,
        read the people again. Returns the dialog (or None)."""
        from reviewer.ui import identity

        def done() -> None:
            self._identity.reload()
            if self._identity.resolve() == "ask":
                self.choose_person()

        self.station_setup_dialog = identity.start_station_setup(self, self.services, done)
        if self.station_setup_dialog is not None:
            self.station_setup_dialog.finished.connect(lambda _r: self.take_keys_back())
        return self.station_setup_dialog

    def _person_changed(self, _person) -> None:
        self._playback.set_person(self._identity.principal)
        self._show_notes()
        self._update_counts()

    def ask_person_if_needed(self, *, explain: bool = False) -> None:
        """Several people may sit here and none was remembered: ask. Nobody enrolled is said once,
        by the checklist (the status bar's person button offers the set-up); ``explain`` (an action
        the user just tried, such as N) says it in the status bar too."""
        if self._identity.principal is not None:
            return
        if not self._identity.nobody_enrolled():
            self.choose_person()
        elif explain:
            self.statusBar().showMessage(
                translate("MainWindow", "No one is enrolled: set up the station first (status bar, bottom right)."),
                15000,
            )

    # ======================================================================================
    # panels and commands added by the desk's other parts (round trip, statistics)
    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab beside the desk's own side tabs; returns its index.

        The caller keeps the title current on language switches with :meth:`set_side_panel_title`.
        """
        return self.side_tabs.addTab(widget, title)

    def add_shortcut_specs(self, specs) -> None:
        """List more commands in Help → Keyboard shortcuts, after the desk's own table.

        ``specs()`` returns :class:`reviewer.ui.shortcuts.ShortcutSpec` items translated in the
        current language; a spec's ``command`` is the object name of the window action that has
        those keys (the caller adds the actions before calling this).
        """
        self._extra_shortcut_specs.append(specs)
        # Their keys now also win over a focused widget's own use of them (see ShortcutGuard).
        self.guard.set_keys(self._shortcut_keys())
        if self._shortcuts_dialog is not None:
            self._shortcuts_dialog.retranslate()

    def set_side_panel_title(self, widget: QWidget, title: str) -> None:
        """Rename a side tab."""
        i = self.side_tabs.indexOf(widget)
        if i >= 0:
            self.side_tabs.setTabText(i, title)

    def show_side_panel(self, widget: QWidget) -> None:
        """Bring a side tab to the front."""
        i = self.side_tabs.indexOf(widget)
        if i >= 0:
            self.side_tabs.setCurrentIndex(i)

    def shortcut_specs(self) -> list[ShortcutSpec]:
        """Every command the shortcuts dialog lists: the one table, then the other parts' commands."""
        from reviewer.ui.shortcuts import shortcut_table

        specs = list(shortcut_table())
        for extra in self._extra_shortcut_specs:
            specs.extend(extra())
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
        """What the person at the desk has watched of the current version (stored and unsaved)."""
        return self._playback.coverage.intervals()

    def coverage_fraction(self) -> float:
        """Watched share of the current version (0..1)."""
        return self._playback.coverage.fraction()

    def save_coverage(self) -> bool:
        """Write unsaved viewing coverage to the library now (e.g. right before signing)."""
        return self._playback.coverage.save()

    def refresh_notes(self) -> None:
        """Re-read the notes of the version under review (a note was edited, resolved or replied to)."""
        self._show_notes()

    def refresh_clip(self, clip_id: str) -> None:
        """Re-read one clip after a change made elsewhere (decision, new version); no queue reload."""
        self.queue_model.refresh_clip(clip_id)
        if self._detail is not None and self._detail.clip.id == clip_id:
            try:
                detail = self._library.clip_detail(clip_id)
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
        QTimer.singleShot(0, self._after_first_clip)

    def _after_first_clip(self) -> None:
        self.ask_person_if_needed()
        if self._offered_paths:
            paths, self._offered_paths = self._offered_paths, []
            self.add_clips(paths=paths, start=False)

    def offer_for_ingest(self, paths) -> None:
        """Open with these paths offered in Add clips (``reviewer PACKAGE.zip``), after the first clip."""
        self._offered_paths = [Path(p) for p in paths]

    def focus_queue(self) -> None:
        """Keyboard focus to the queue list."""
        self.queue_pane.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def focus_player(self) -> None:
        """The keys go to the player (a click on the picture, Esc in a text field)."""
        self._video_view.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)

    def take_keys_back(self) -> None:
        """A dialog of the desk closed (accepted or cancelled): the window is active again and the
        keys go to the player, never back to the button that opened it (Space would press it)."""
        self.activateWindow()
        self.focus_player()

    def _leave_text_field(self, widget: QWidget) -> bool:
        """Esc in one of the window's text fields: back to the player (dialogs keep their Esc)."""
        if widget.window() is not self:
            return False
        self.focus_player()
        return True

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
        self._playback.leave()
        try:
            detail = self._library.clip_detail(clip_id)
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
        fps = version.fps if version.fps and version.fps > 0 else 25.0

        # The player first: libvlc opens and decodes on its own threads while the panels fill.
        path = self._services.home / version.store_path
        if not path.is_file():
            self._playback.close()
            self._playback.coverage.start(detail.clip.id, version.id, version.duration_ms)
            self._video_view.show_message(
                translate("MainWindow", "This clip cannot be played"),
                fill(translate("MainWindow", "The media file is missing from the library: %1"), str(path)),
                error=True,
            )
        elif self._adopt_early(detail.clip.id, path):
            # Already on screen (or opening) since before the library was open: take it over.
            self._playback.adopt(
                detail.clip.id,
                version.id,
                duration_ms=version.duration_ms,
                fps=fps,
                loop=self.actions_by_name["loop"].isChecked(),
            )
            # It was opened before the library could say what its captions are.
            self._set_caption_track(version.captions[0] if version.captions else None)
        else:
            self._video_view.set_aspect(version.width, version.height, version.display_aspect)
            self._video_view.show_video()
            self._show_first_frame(self._services.home, version.sha256, path)
            self._playback.open(
                detail.clip.id,
                version.id,
                str(path),
                duration_ms=version.duration_ms,
                fps=fps,
                loop=self.actions_by_name["loop"].isChecked(),
            )
            # After load: loading a clip clears the previous clip's caption overlay.
            self._set_caption_track(version.captions[0] if version.captions else None)

        self._show_header()
        self.banner.show_for(detail.clip.id)
        self.transport.set_clip(version.duration_ms, fps)
        self.transport.set_rate(1.0)
        self.transport.set_uncounted(False)
        self.transcript_panel.set_tracks(version.captions, fps)
        self.post_panel.set_post(version.post_text, detail.clip.platform)
        self._show_notes()
        self.queue_pane.select_clip(detail.clip.id)
        self._pending_announce = (detail.clip.id, version.number)
        if self._video_view.is_showing_message():
            self._announce_clip()
        elif getattr(self.player, "has_picture", lambda: False)() and self._playback.adopted():
            self._on_first_frame()  # its first frame came before anyone listened
        else:
            self._announce_timer.start()
        return True

    def _show_first_frame(self, home: Path, sha256: str, media: Path) -> bool:
        """The cover shows the clip's first-frame still while the player opens it (True); a clip
        ingested before the desk kept one gets it made now, off the GUI thread, for its next
        opening (False: black meanwhile)."""
        from reviewer.media.store import first_frame_still

        still = first_frame_still(home, sha256)
        if still.is_file():
            self._video_view.stage.set_first_frame(still)
            return True
        self._video_view.stage.set_first_frame(None)
        if sha256 in self._stills_asked:
            return False
        self._stills_asked.add(sha256)

        def make() -> None:
            try:
                from reviewer.media.probe import make_first_frame

                make_first_frame(media, still)
            except Exception:  # noqa: BLE001 - a convenience: the clip opens under black without it
                log.warning("first-frame still of %s not made", media.name, exc_info=True)

        # Once the clip is on screen: decoding it now would only slow libVLC's opening of it.
        QTimer.singleShot(
            _STILL_DELAY_MS, self, lambda: threading.Thread(target=make, name="first-frame-still", daemon=True).start()
        )
        return False

    def _adopt_early(self, clip_id: str, path: Path) -> bool:
        early, self._early = self._early, None
        return (
            early is not None
            and early.clip_id == clip_id
            and self._player.path() == str(path)
            and self._player.state() not in ("error", "idle", "stopped")
        )

    def _announce_clip(self) -> None:
        """Emit clip_changed for the clip loaded last (see the signal's description)."""
        self._announce_timer.stop()
        pending, self._pending_announce = self._pending_announce, None
        if pending is not None:
            self.clip_changed.emit(*pending)

    def _show_nothing(self) -> None:
        self._playback.leave()
        self._detail = None
        self._version = None
        self._playback.close()
        self.transport.set_clip(0, 25.0)
        self.transcript_panel.set_tracks((), 25.0)
        self.post_panel.set_post(None, "")
        self.notes_panel.set_notes([], 25.0)
        self.transport.set_markers([])
        self.banner.show_for("")
        self._show_header()
        self._video_view.show_message(translate("MainWindow", "No clip to review"), self._empty_queue_text())
        self._pending_announce = ("", 0)
        self._announce_clip()

    @staticmethod
    def _empty_queue_text() -> str:
        return translate(
            "MainWindow",
            "The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.",
        )

    def _show_header(self) -> None:
        from datetime import datetime, timezone

        from reviewer.core.timecode import duration_text
        from reviewer.ui.queue_model import is_overdue, status_name

        if self._detail is None:
            self.title_label.setText(translate("MainWindow", "No clip selected"))
            self.meta_label.setText("")
            self.political_badge.hide()
            self.overdue_badge.hide()
            self.status_badge.setText("")
            self.setWindowTitle(translate("MainWindow", "Review desk"))
            return
        clip, version = self._detail.clip, self._version
        assert version is not None  # set together with _detail (load_clip)
        now = datetime.now(timezone.utc)
        self.title_label.setText(clip.title)
        parts = [
            clip.id,
            fill(translate("MainWindow", "version %1"), version.number),
            clip.platform or "—",
            duration_text(version.duration_ms),
        ]
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
            notes = self._library.notes(self._detail.clip.id, self._version.number)
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            notes = []
        fps = self._version.fps if self._version.fps and self._version.fps > 0 else 25.0
        self.notes_panel.set_notes(notes, fps, name_of=self._identity.name_of)
        self.transport.set_markers([(n.start_ms, n.end_ms) for n in notes])
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.notes_panel), self._notes_tab_title(len(notes)))

    @staticmethod
    def _notes_tab_title(count: int) -> str:
        # No "(0)": at 1280 px a new version's Changes tab needs that room in the side tabs' row.
        return fill(translate("MainWindow", "Notes (%1)"), count) if count else translate("MainWindow", "Notes")

    def _set_caption_track(self, track) -> None:
        """Overlay ``track`` (or none), at the top when asked, visible as the C key says."""
        if track is None:
            self._player.set_caption_cues(None)
            return
        # The checked cues, never the caption file as received (see media/caption_overlay.py).
        self._player.set_caption_cues(track.cues, top=self.actions_by_name["captions_top"].isChecked())
        self._player.set_subtitles_visible(self.actions_by_name["subtitles"].isChecked())

    def _apply_subtitles(self) -> None:
        self.settings.caption_position = "top" if self.actions_by_name["captions_top"].isChecked() else "bottom"
        if self._version is None or self._video_view.is_showing_message():
            return
        self._set_caption_track(self.transcript_panel.current_track())

    # ======================================================================================
    # playback commands (the controller does the work; these are the window's public API)
    def _playable(self) -> bool:
        return self._version is not None and not self._video_view.is_showing_message()

    def toggle_play(self) -> None:
        """Space: play at 1× or pause."""
        if self._playable():
            self._playback.play_normal()

    def pause(self) -> None:
        """K: always pauses (and stops a shuttle)."""
        if self._playable():
            self._playback.pause()

    def play_unwatched(self) -> None:
        """U: play only the parts not yet watched."""
        if not self._playable():
            return
        if not self._playback.play_unwatched():
            self.statusBar().showMessage(translate("MainWindow", "You have watched all of this version."), 4000)

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (a seek: the jump never counts as watched)."""
        if self._version is not None:
            self._playback.seek(ms)

    def seek_relative(self, delta_ms: int) -> None:
        """Move by ``delta_ms`` from the current position."""
        if self._version is not None:
            self._playback.seek_relative(delta_ms)

    def step_frame(self, direction: int) -> None:
        """One frame back or forward (pauses)."""
        if self._version is not None:
            self._playback.step_frame(direction)

    def set_speed(self, rate: float) -> None:
        """Playback speed (0.5×–2×)."""
        self._playback.set_speed(rate)

    def _change_volume(self, delta: int) -> None:
        self._volume_feedback = True
        self._player.set_volume(max(0, min(100, int(self.settings.volume) + delta)))

    def _volume_from_slider(self, value: int) -> None:
        self._player.set_volume(int(value))

    def _toggle_mute(self) -> None:
        self._volume_feedback = True
        self._player.set_muted(self.actions_by_name["mute"].isChecked())

    def _toggle_loop(self) -> None:
        self._player.set_loop(self.actions_by_name["loop"].isChecked())

    def _toggle_subtitles(self) -> None:
        visible = self.actions_by_name["subtitles"].isChecked()
        self.settings.subtitle_overlay = visible
        self._player.set_subtitles_visible(visible)

    # ======================================================================================
    # player events
    def _on_first_frame(self) -> None:
        self._video_view.show_video()
        # After this turn of the event loop, so the frame is painted before listeners run.
        QTimer.singleShot(0, self, self._announce_clip)

    def _on_player_error(self, message: str) -> None:
        log.warning("player error: %s", message)
        self._video_view.show_message(translate("MainWindow", "This clip cannot be played"), message, error=True)
        self._announce_clip()

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

    def _on_audio_unavailable(self, reason: str) -> None:
        self.transport.set_audio_problem(reason)

    def _on_coverage(self, fraction: float) -> None:
        self.transport.set_coverage(
            self._playback.coverage.intervals(), self._playback.coverage.duration_ms(), fraction
        )
        self.coverage_changed.emit(fraction)

    def _unwatched_mode(self, on: bool) -> None:
        if on:
            self.statusBar().showMessage(translate("MainWindow", "Playing the parts you have not watched yet…"), 4000)

    # ======================================================================================
    # notes
    def add_note_at_current_time(self) -> None:
        """N: pause and open the note dialog at the current time."""
        if self._version is None or self._detail is None:
            return
        if self._identity.principal is None:
            self.ask_person_if_needed(explain=True)
            return
        if self._note_dialog is not None:
            self._note_dialog.raise_()
            return
        if self._playback.is_playing():
            self._playback.pause()
        start = self._playback.position()
        from reviewer.ui.notes_panel import NoteDialog

        fps = self._playback.fps()
        dlg = NoteDialog(start, self._playback.duration(), fps, self._detail.clip.title, self)
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
        from reviewer.ui.core_text import core_message

        principal = self._identity.principal
        if principal is None:
            dlg.set_error(translate("MainWindow", "Choose who is at the desk first."))
            return
        try:
            self._library.add_note(clip_id, number, principal, start, end, text)
        except ReviewerError as exc:
            dlg.set_error(core_message(exc.message))
            return
        dlg.accept()
        if self._detail is not None and self._detail.clip.id == clip_id:
            self._show_notes()
            try:
                self._detail = self._library.clip_detail(clip_id)
            except ReviewerError:
                pass
        self.statusBar().showMessage(translate("MainWindow", "Note saved."), 3000)
        self.note_added.emit(clip_id, number)

    def _note_dialog_closed(self, dlg: NoteDialog) -> None:
        if self._note_dialog is dlg:
            self._note_dialog = None
        dlg.deleteLater()
        self.take_keys_back()

    # ======================================================================================
    # everything from the desk: add clips, export, print
    def add_clips(self, *, paths=None, start: bool = False, folder: bool = False):
        """File → Add clips… (Ctrl+O); drops on the queue and ``reviewer PACKAGE.zip`` come here too."""
        from reviewer.ui.ingest_dialog import IngestDialog

        principal = self._identity.principal
        if principal is None:
            from reviewer.ui.signoff_integration import nobody_text

            messages.error(nobody_text(self._identity))
            return None
        if self.ingest_dialog is not None:
            if paths:
                self.ingest_dialog.add_paths(paths)
                if start:
                    self.ingest_dialog.start()
            self.ingest_dialog.raise_()
            self.ingest_dialog.activateWindow()
            return self.ingest_dialog
        dlg = IngestDialog(self.services, principal, paths=paths, parent=self)
        dlg.ingested.connect(self._clips_ingested)
        dlg.finished.connect(lambda _r: self._ingest_closed(dlg))
        self.ingest_dialog = dlg
        dlg.open()
        if paths and start:
            dlg.start()
        elif not paths:
            if folder:
                dlg.choose_folder()
            else:
                dlg.choose_files()
        return dlg

    def _ingest_closed(self, dlg) -> None:
        if self.ingest_dialog is dlg:
            self.ingest_dialog = None
        dlg.deleteLater()
        self.take_keys_back()

    def _clips_ingested(self, clip_ids: list) -> None:
        self.refresh_queue()
        self.overview.refresh()
        if self._detail is not None and self._detail.clip.id in clip_ids:
            self.refresh_clip(self._detail.clip.id)
        elif self._detail is None and clip_ids:
            self.queue_pane.select_clip(clip_ids[0], emit=True)

    def export_current(self):
        """File → Export approval package… for the clip under review."""
        clip = self.current_clip()
        if clip is None:
            return None
        return self.export_clip(clip.id)

    def export_clip(self, clip_id: str):
        """The export dialog for ``clip_id`` (the person at the desk exports it)."""
        from reviewer.ui.export_dialog import ExportDialog

        person = self._identity.person
        if person is None:
            from reviewer.ui.signoff_integration import nobody_text

            messages.error(nobody_text(self._identity))
            return None
        try:
            version = self._library.clip(clip_id).current_version
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            return None
        if self.export_dialog is not None:
            self.export_dialog.reject()
        dlg = ExportDialog(self.services, clip_id, version, person.principal, person.name, self)
        dlg.exported.connect(lambda _r: self._signoff_desk().history_panel.mark_changed())
        dlg.finished.connect(lambda _r: self._export_closed(dlg))
        self.export_dialog = dlg
        dlg.open()
        return dlg

    def _export_closed(self, dlg) -> None:
        if self.export_dialog is dlg:
            self.export_dialog = None
        dlg.deleteLater()
        self.take_keys_back()

    def print_current(self):
        """File → Print approval certificate… for the clip under review."""
        clip = self.current_clip()
        return self.print_certificate(clip.id) if clip is not None else None

    def print_certificate(self, clip_id: str):
        """Qt's print dialog with the clip's approval certificate; returns the printer object."""
        from reviewer.ui.core_text import core_message
        from reviewer.ui.export_dialog import CertificatePrinter

        try:
            printer = CertificatePrinter(self.services, clip_id, self)
        except ReviewerError as exc:
            messages.error(core_message(exc.message))
            return None
        self.certificate_printer = printer
        printer.open()
        return printer

    # ======================================================================================
    # view
    def toggle_fullscreen(self) -> None:
        """Picture and transport only, over the whole screen (F; Esc leaves)."""
        self.set_fullscreen(not self._fullscreen)

    def set_fullscreen(self, on: bool) -> None:
        """Enter or leave fullscreen (tracked here: without a window manager Qt's state may lag)."""
        if on == self._fullscreen:
            self.actions_by_name["fullscreen"].setChecked(on)
            return
        self._fullscreen = on
        hide = [self.left, self.side, self.header, self.banner, self.menuBar(), self.statusBar()]
        if on:
            self._normal_geometry = self.geometry()
            self._fullscreen_hidden = [w for w in hide if w.isVisible()]
            for w in self._fullscreen_hidden:
                w.hide()
            self.showFullScreen()
            # Without a window manager (kiosk, Xvfb) nothing else makes it cover the screen.
            screen = self.screen()
            if screen is not None:
                self.setGeometry(screen.geometry())
        else:
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
            for w in self._fullscreen_hidden:
                w.show()
            self._fullscreen_hidden = []
            self.banner.show_for(self._detail.clip.id if self._detail else "")
        self.actions_by_name["fullscreen"].setChecked(on)
        self.exit_fullscreen_action.setEnabled(on)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts."""
        if self._shortcuts_dialog is None:
            from reviewer.ui.shortcuts import ShortcutsDialog

            self._shortcuts_dialog = ShortcutsDialog(self, self.shortcut_specs)
        if self._shortcuts_dialog.isVisible():
            self._shortcuts_dialog.raise_()
        self._shortcuts_dialog.show()
        return self._shortcuts_dialog

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from reviewer import __version__

        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About the review desk"))
        box.setText(
            fill(
                translate("MainWindow", "Clip review and sign-off desk, version %1.\nLibrary: %2"),
                __version__,
                str(self._services.home),
            )
        )
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
    def changeEvent(self, event) -> None:
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
            if self.video_view is None and not self._opening_label.text():
                self._opening_label.setText(translate("MainWindow", "Opening the library…"))
            return
        from reviewer.ui.shortcuts import key_text, shortcut_table

        for spec in shortcut_table():
            action = self.actions_by_name[spec.command]
            action.setText(spec.label)
            action.setToolTip(f"{spec.label} ({key_text(spec.keys)})")
        self.add_folder_action.setText(translate("MainWindow", "Add a folder of clips…"))
        self.refresh_action.setText(translate("MainWindow", "Refresh queue"))
        self.quit_action.setText(translate("MainWindow", "Quit"))
        self.shortcuts_action.setText(translate("MainWindow", "Keyboard shortcuts…"))
        self.about_action.setText(translate("MainWindow", "About…"))
        _bound(self.language_menu, "language_menu").setTitle(translate("MainWindow", "Language"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.transcript_panel), translate("MainWindow", "Captions"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.post_panel), translate("MainWindow", "Post"))
        self.side_tabs.setTabText(
            self.side_tabs.indexOf(self.notes_panel), self._notes_tab_title(len(self.notes_panel.notes()))
        )
        self._signoff_desk().retranslate()
        self._show_header()
        self._update_counts()
        if self._version is None and self._video_view.is_showing_message():
            self._video_view.show_message(translate("MainWindow", "No clip to review"), self._empty_queue_text())

    # ======================================================================================
    # status bar and messages
    def _update_counts(self) -> None:
        try:
            counts = self._library.status_counts()
        except ReviewerError as exc:
            log.warning("status counts: %s", exc)
            return
        self._last_counts = counts
        loc = QLocale()
        self.pending_label.setText(fill(translate("MainWindow", "Pending: %1"), loc.toString(counts.get("pending", 0))))
        overdue = counts.get("overdue", 0)
        self.overdue_label.setText(fill(translate("MainWindow", "Overdue: %1"), loc.toString(overdue)))
        self.overdue_label.setStyleSheet("color: #e05252; font-weight: 600;" if overdue else "")

    def _periodic_refresh(self) -> None:
        before = dict(self._last_counts)
        self._update_counts()
        self.overview.refresh()
        self.queue_model.tick()
        self._show_header()
        if before and self._last_counts != before:
            # Clips were added or decided elsewhere (another desk, the CLI): show them.
            self.refresh_queue()

    def _show_error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("MainWindow", "Review desk"), text, QMessageBox.StandardButton.Ok, self
        )
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "Close"))
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_warning(self, text: str) -> None:
        self.statusBar().showMessage("⚠ " + text, 8000)

    def _show_info(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def _show_internal_error(self, summary: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("MainWindow", "Review desk"),
            summary,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(details)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "Close"))
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ======================================================================================
    # settings and shutdown
    def _save_settings(self) -> None:
        if not self._bound:
            return
        self.window_state.save()
        try:
            self.settings.save(self._services.home)
        except OSError as exc:
            log.warning("cannot save settings: %s", exc)

    def shutdown(self) -> None:
        """Save coverage and settings, then release the player (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        if not self._bound:
            if self.player is not None:  # the early picture's player (closed before the library opened)
                self.player.shutdown()
            return
        self._counts_timer.stop()
        self._announce_timer.stop()
        self._playback.stop_timers()
        if self.ingest_dialog is not None:
            self.ingest_dialog.wait_done()
        try:
            self._playback.leave()
        except Exception:  # closing must go on; the error is logged
            log.exception("saving coverage at shutdown failed")
        if self._fullscreen:
            self.set_fullscreen(False)
        self._save_settings()
        app = QApplication.instance()
        assert app is not None  # the desk runs inside its QApplication
        app.removeEventFilter(self.guard)
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
        self._player.shutdown()

    def showEvent(self, event) -> None:
        """First show without saved splitter positions: give the video the most room."""
        super().showEvent(event)
        if self._bound:
            self.window_state.place_once()

    def closeEvent(self, event) -> None:
        """Closing while a clip plays: save coverage, release the player, then let Qt destroy widgets."""
        self.shutdown()
        event.accept()
        super().closeEvent(event)
