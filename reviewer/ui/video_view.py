"""The video area: a native child window for libvlc to draw into, and a message page over it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from reviewer.ui import theme


class VideoSurface(QWidget):
    """A native, black child window whose handle the player binds to (set_xwindow/hwnd/nsobject).

    Signals:
        double_clicked(): the user double-clicked the picture (fullscreen toggle).
    """

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # libvlc needs a real window of its own; Qt must not paint over what it draws.
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Double-click toggles fullscreen, as in every player."""
        self.double_clicked.emit()
        event.accept()


class VideoView(QWidget):
    """The surface, or in its place a message saying why nothing can be shown.

    Signals:
        double_clicked(): forwarded from the surface.
    """

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surface = VideoSurface()
        self.message = QLabel(objectName="videoMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.message.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.surface)
        self._stack.addWidget(self.message)
        self.surface.double_clicked.connect(self.double_clicked)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, theme.BASE)
        self.setPalette(pal)

    def show_video(self) -> None:
        """Show the picture."""
        self._stack.setCurrentWidget(self.surface)

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
        if self._stack.currentWidget() is not self.message:
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
