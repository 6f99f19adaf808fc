"""The video area: a native child window for libvlc, kept at the picture's shape on a black stage.

libvlc draws the picture into its own X11 child window and leaves the rest of that window to
whoever painted it last: after a resize, full screen or seek while paused, the bars above and
beside the picture kept stale pixels (old frames, panels). So the native window is never larger
than the picture: :class:`VideoStage` keeps it at the clip's aspect ratio, centred, and paints
the bars itself in black (an ordinary Qt widget, repainted by Qt after every resize).

While the player opens a clip paused on its first frame it runs the first frames up to the
pause (libvlc shows the picture after the one it pauses on); a black native cover over the
surface hides that run-up, so the first picture the reviewer sees is frame 0 (``set_covered``).
When the library keeps the clip's first frame as a still (written at ingest), the cover shows
that frame instead of black (``set_first_frame``): the reviewer sees the clip at once, and
libVLC's own frame 0 replaces the same picture when the cover goes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from reviewer.ui import theme


def _make_native(widget: QWidget) -> None:
    """An X11/Win32 window of the widget's own (not its ancestors'), painted wholly by its owner."""
    widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
    widget.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)


class VideoSurface(QWidget):
    """A native, black child window whose handle the player binds to (set_xwindow/hwnd/nsobject).

    Signals:
        double_clicked(): the user double-clicked the picture (fullscreen toggle).
        clicked(): the user clicked the picture (the keyboard goes to the player).
    """

    double_clicked = Signal()
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # libvlc needs a real window of its own; Qt must not paint over what it draws.
        _make_native(self)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def mousePressEvent(self, event) -> None:
        """A click on the picture gives the keyboard back to the player."""
        self.clicked.emit()
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        """Double-click toggles fullscreen, as in every player."""
        self.double_clicked.emit()
        event.accept()


class VideoCover(QWidget):
    """A native window over the surface while the player primes: black, or the clip's first frame.

    Signals:
        first_frame_shown(): the first-frame still was painted (once per still set).
    """

    first_frame_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A window of its own too, stacked above the surface: only a window covers a window.
        _make_native(self)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._still: Path | None = None
        self._image: QImage | None = None
        self._decoded_for = QSize()
        self._announced = self._emitted = False

    def set_still(self, path: Path | None) -> None:
        """Show this JPEG (the clip's frame 0, scaled to the cover) instead of black; None: black."""
        self._still, self._image, self._announced, self._emitted = path, None, False, False
        if self.isVisible():
            self.update()

    def still(self) -> Path | None:
        """The first-frame still shown (or to be shown), if any."""
        return self._still

    def paintEvent(self, event) -> None:
        """The still over the whole cover (it has the picture's shape), else black."""
        painter = QPainter(self)
        image = self._picture()
        if image is None:
            painter.fillRect(event.rect(), QColor(0, 0, 0))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(self.rect(), image)
        if not self._announced:
            self._announced = True
            # Queued: after this paint has been flushed to the window.
            QTimer.singleShot(0, self, self.announce)

    def announce(self) -> None:
        """Emit first_frame_shown once the still has been painted (a caller that painted it with
        repaint(), which flushes at once, may call this right after; it emits only once)."""
        if self._announced and self._image is not None and not self._emitted:
            self._emitted = True
            self.first_frame_shown.emit()

    def _picture(self) -> QImage | None:
        if self.width() < 2 or self.height() < 2:
            return None  # not laid out yet: black until it is
        # Decoded for the cover's size; again when the cover was resized while it shows (a
        # still decoded small and stretched would look blurred).
        if self._still is not None and (self._image is None or self._decoded_for != self.size()):
            self._decoded_for = self.size()
            reader = QImageReader(str(self._still))
            full = reader.size()
            if full.isValid() and (full.width() > self.width() or full.height() > self.height()):
                # JPEG decodes straight to a smaller size (a 1080p still into a 900 px area: ~15 ms).
                reader.setScaledSize(full.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if image.isNull():  # gone or damaged: black, as without a still
                self._still = None
                return None
            self._image = image
        return self._image


class VideoStage(QWidget):
    """Black bars painted by Qt, and the native surface centred at the picture's aspect ratio.

    Signals:
        surface_resized(int, int): the surface's new size in pixels.
    """

    surface_resized = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._aspect = 16 / 9
        self.surface = VideoSurface(self)
        self.cover = VideoCover(self)
        self.cover.hide()
        self._last_size = (0, 0)

    def set_aspect(self, width: int, height: int) -> None:
        """The picture's width and height (display pixels); the surface follows its shape."""
        self.set_aspect_ratio(width / height if width > 0 and height > 0 else 16 / 9)

    def set_aspect_ratio(self, aspect: float) -> None:
        """The picture's width / height; the surface follows its shape."""
        if abs(aspect - self._aspect) > 1e-6:
            self._aspect = aspect
            self._place()

    def fit_player(self, player) -> None:
        """``player`` (attached to :attr:`surface`) draws over the whole surface, which this stage
        shapes to each clip: by its stored size first, by its shape on screen once the player has
        read it (a clip with non-square pixels)."""
        self.surface_resized.connect(player.fill_surface)
        player.display_aspect_changed.connect(self.set_aspect_ratio)
        player.fill_surface(self.surface.width(), self.surface.height())

    def set_first_frame(self, still: Path | None) -> None:
        """The still the cover shows while the clip about to be opened primes (None: black).
        Call before the player opens the clip; the cover forgets it when it goes."""
        self.cover.set_still(still)

    def set_covered(self, on: bool) -> None:
        """Hide the picture under the cover (True) while it may show frames nobody asked for."""
        if on:
            self.cover.setGeometry(self.surface.geometry())
            self.cover.show()
            self.cover.raise_()
        else:
            self.cover.hide()
            self.cover.set_still(None)  # only the opening of its own clip shows frame 0

    def is_covered(self) -> bool:
        """Whether the picture is hidden under the cover."""
        return self.cover.isVisible()

    def aspect(self) -> float:
        """Width / height of the picture area."""
        return self._aspect

    def picture_rect(self) -> QRect:
        """Where the surface is, in this widget's coordinates."""
        return self.surface.geometry()

    def _place(self) -> None:
        w, h = self.width(), self.height()
        if w <= 0 or h <= 0:
            return
        if w / h > self._aspect:
            pw, ph = max(1, round(h * self._aspect)), h
        else:
            pw, ph = w, max(1, round(w / self._aspect))
        rect = QRect((w - pw) // 2, (h - ph) // 2, pw, ph)
        if rect != self.surface.geometry():
            self.surface.setGeometry(rect)
        self.cover.setGeometry(rect)
        # The bars are ours: repaint them now, whatever the old frame left there.
        self.update()
        if (pw, ph) != self._last_size:
            self._last_size = (pw, ph)
            self.surface_resized.emit(pw, ph)

    def resizeEvent(self, event) -> None:
        """Keep the picture's shape at every size (window resize, full screen)."""
        super().resizeEvent(event)
        self._place()

    def paintEvent(self, event) -> None:
        """The bars around the picture: always black."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(0, 0, 0))


class VideoView(QWidget):
    """The stage with the picture, or in its place a message saying why nothing can be shown.

    Signals:
        double_clicked(): forwarded from the surface.
        clicked(): the picture was clicked.
    """

    double_clicked = Signal()
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = VideoStage()
        self.surface = self.stage.surface
        self.message = QLabel(objectName="videoMessage")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.message.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.stage)
        self._stack.addWidget(self.message)
        self.surface.double_clicked.connect(self.double_clicked)
        self.surface.clicked.connect(self.clicked)
        # The player's keys go to the window whenever the picture has the focus (click on it).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, theme.BASE)
        self.setPalette(pal)

    def set_aspect(self, width: int, height: int, display_aspect: float | None = None) -> None:
        """The shape of the clip's picture: its shape on screen where it is known (stored at
        ingest: a clip with non-square pixels gets its final shape before it opens), else its
        stored size."""
        if display_aspect and display_aspect > 0:
            self.stage.set_aspect_ratio(display_aspect)
        else:
            self.stage.set_aspect(width, height)

    def mousePressEvent(self, event) -> None:
        """A click on the bars or the message takes the keyboard too."""
        self.clicked.emit()
        super().mousePressEvent(event)

    def show_video(self) -> None:
        """Show the picture."""
        self._stack.setCurrentWidget(self.stage)

    def show_message(self, title: str, detail: str = "", *, error: bool = False) -> None:
        """Replace the picture with ``title`` (bold, red for an error) and ``detail`` under it."""
        colour = theme.DANGER.name() if error else theme.TEXT.name()
        html = f'<div style="font-size:14pt; font-weight:600; color:{colour}">{_esc(title)}</div>'
        if detail:
            html += f'<div style="margin-top:10px; color:{theme.MUTED_TEXT.name()}">{_esc(detail)}</div>'
        self.message.setText(html)
        self._stack.setCurrentWidget(self.message)

    def message_text(self) -> str:
        """The message shown (plain text), or "" when the picture is shown."""
        if not self.is_showing_message():
            return ""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.message.text())
        return doc.toPlainText()

    def is_showing_message(self) -> bool:
        """Whether a message replaces the picture."""
        return self._stack.currentWidget() is self.message


def _esc(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")
