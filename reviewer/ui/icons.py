"""Small icons painted at run time (status dots, political flag): crisp at any scale, no files."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from reviewer.ui import theme

_SIZE = 32  # drawn large and scaled down by Qt


def _canvas() -> tuple[QPixmap, QPainter]:
    pm = QPixmap(_SIZE, _SIZE)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pm, p


@lru_cache(maxsize=None)
def status_icon(status: str) -> QIcon:
    """A filled dot in the status colour (a ring for pending: nothing decided yet)."""
    colour = theme.STATUS_COLOURS.get(status, theme.MUTED_TEXT)
    pm, p = _canvas()
    if status == "pending":
        p.setPen(QPen(colour, 5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(7, 7, 18, 18))
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(QRectF(5, 5, 22, 22))
    p.end()
    return QIcon(pm)


@lru_cache(maxsize=None)
def political_icon() -> QIcon:
    """A red pennant: the clip touches politics and needs the closest look."""
    pm, p = _canvas()
    p.setPen(QPen(theme.TEXT, 3))
    p.drawLine(QPointF(8, 4), QPointF(8, 29))
    path = QPainterPath(QPointF(9, 5))
    path.lineTo(QPointF(27, 11))
    path.lineTo(QPointF(9, 18))
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.POLITICAL)
    p.drawPath(path)
    p.end()
    return QIcon(pm)


@lru_cache(maxsize=None)
def warning_icon() -> QIcon:
    """An amber triangle with an exclamation mark (caption cues with a problem)."""
    pm, p = _canvas()
    path = QPainterPath(QPointF(16, 3))
    path.lineTo(QPointF(30, 28))
    path.lineTo(QPointF(2, 28))
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.WARNING)
    p.drawPath(path)
    p.setPen(QPen(QColor("#1a1b1e"), 3.5))
    p.drawLine(QPointF(16, 11), QPointF(16, 19))
    p.drawPoint(QPointF(16, 24))
    p.end()
    return QIcon(pm)


@lru_cache(maxsize=None)
def app_icon() -> QIcon:
    """The window icon: a play triangle inside a check-mark badge."""
    pm, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.ACCENT)
    p.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7)
    path = QPainterPath(QPointF(12, 8))
    path.lineTo(QPointF(24, 16))
    path.lineTo(QPointF(12, 24))
    path.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(path)
    p.end()
    return QIcon(pm)


def _line_icon(draw) -> QIcon:
    """An icon drawn with light strokes on a transparent canvas."""
    pm, p = _canvas()
    pen = QPen(theme.TEXT, 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    draw(p)
    p.end()
    return QIcon(pm)


@lru_cache(maxsize=None)
def frame_back_icon() -> QIcon:
    """|◂ : one frame back."""

    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(9, 8), QPointF(9, 24))
        path = QPainterPath(QPointF(24, 8))
        path.lineTo(QPointF(13, 16))
        path.lineTo(QPointF(24, 24))
        path.closeSubpath()
        p.setBrush(theme.TEXT)
        p.drawPath(path)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def frame_forward_icon() -> QIcon:
    """▸| : one frame forward."""

    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(23, 8), QPointF(23, 24))
        path = QPainterPath(QPointF(8, 8))
        path.lineTo(QPointF(19, 16))
        path.lineTo(QPointF(8, 24))
        path.closeSubpath()
        p.setBrush(theme.TEXT)
        p.drawPath(path)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def loop_icon() -> QIcon:
    """Two arrows chasing each other round a loop."""

    def draw(p: QPainter) -> None:
        p.drawArc(QRectF(6, 8, 20, 16), 30 * 16, 150 * 16)
        p.drawArc(QRectF(6, 8, 20, 16), 210 * 16, 150 * 16)
        p.drawLine(QPointF(6.5, 14), QPointF(4, 10))
        p.drawLine(QPointF(6.5, 14), QPointF(10.5, 12))
        p.drawLine(QPointF(25.5, 18), QPointF(28, 22))
        p.drawLine(QPointF(25.5, 18), QPointF(21.5, 20))

    return _line_icon(draw)


@lru_cache(maxsize=None)
def subtitles_icon() -> QIcon:
    """A screen with two caption lines."""

    def draw(p: QPainter) -> None:
        p.drawRoundedRect(QRectF(4, 7, 24, 18), 3, 3)
        p.drawLine(QPointF(9, 16), QPointF(23, 16))
        p.drawLine(QPointF(11, 20.5), QPointF(21, 20.5))

    return _line_icon(draw)


@lru_cache(maxsize=None)
def note_icon() -> QIcon:
    """A speech bubble with a plus: add a note."""

    def draw(p: QPainter) -> None:
        path = QPainterPath(QPointF(6, 6))
        path.lineTo(QPointF(26, 6))
        path.lineTo(QPointF(26, 21))
        path.lineTo(QPointF(14, 21))
        path.lineTo(QPointF(8, 27))
        path.lineTo(QPointF(9, 21))
        path.lineTo(QPointF(6, 21))
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(QPen(theme.NOTE_MARKER, 2.6))
        p.drawLine(QPointF(16, 9.5), QPointF(16, 17.5))
        p.drawLine(QPointF(12, 13.5), QPointF(20, 13.5))

    return _line_icon(draw)


def _triangle(p: QPainter, x: float, y: float, w: float, h: float, *, left: bool = False) -> None:
    path = QPainterPath()
    if left:
        path.moveTo(QPointF(x + w, y))
        path.lineTo(QPointF(x, y + h / 2))
        path.lineTo(QPointF(x + w, y + h))
    else:
        path.moveTo(QPointF(x, y))
        path.lineTo(QPointF(x + w, y + h / 2))
        path.lineTo(QPointF(x, y + h))
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.TEXT)
    p.drawPath(path)


@lru_cache(maxsize=None)
def play_icon() -> QIcon:
    """▶"""
    return _line_icon(lambda p: _triangle(p, 9, 6, 17, 20))


@lru_cache(maxsize=None)
def pause_icon() -> QIcon:
    """❚❚"""

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.TEXT)
        p.drawRoundedRect(QRectF(8, 6, 6, 20), 1.5, 1.5)
        p.drawRoundedRect(QRectF(18, 6, 6, 20), 1.5, 1.5)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def go_start_icon() -> QIcon:
    """|◂◂ : to the start."""

    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(6, 8), QPointF(6, 24))
        _triangle(p, 8, 8, 10, 16, left=True)
        _triangle(p, 17, 8, 10, 16, left=True)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def go_end_icon() -> QIcon:
    """▸▸| : to the end."""

    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(26, 8), QPointF(26, 24))
        _triangle(p, 5, 8, 10, 16)
        _triangle(p, 14, 8, 10, 16)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def shuttle_back_icon() -> QIcon:
    """◂◂ : J."""

    def draw(p: QPainter) -> None:
        _triangle(p, 4, 8, 12, 16, left=True)
        _triangle(p, 15, 8, 12, 16, left=True)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def shuttle_forward_icon() -> QIcon:
    """▸▸ : L."""

    def draw(p: QPainter) -> None:
        _triangle(p, 5, 8, 12, 16)
        _triangle(p, 16, 8, 12, 16)

    return _line_icon(draw)


def _speaker(p: QPainter) -> None:
    path = QPainterPath(QPointF(4, 12))
    path.lineTo(QPointF(9, 12))
    path.lineTo(QPointF(16, 6))
    path.lineTo(QPointF(16, 26))
    path.lineTo(QPointF(9, 20))
    path.lineTo(QPointF(4, 20))
    path.closeSubpath()
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.TEXT)
    p.drawPath(path)
    p.restore()


@lru_cache(maxsize=None)
def volume_icon() -> QIcon:
    """A speaker with sound waves."""

    def draw(p: QPainter) -> None:
        _speaker(p)
        p.drawArc(QRectF(13, 10, 8, 12), -60 * 16, 120 * 16)
        p.drawArc(QRectF(13, 6, 14, 20), -60 * 16, 120 * 16)

    return _line_icon(draw)


@lru_cache(maxsize=None)
def muted_icon() -> QIcon:
    """A speaker crossed out in red."""

    def draw(p: QPainter) -> None:
        _speaker(p)
        p.setPen(QPen(theme.DANGER, 2.6))
        p.drawLine(QPointF(19, 11), QPointF(28, 21))
        p.drawLine(QPointF(28, 11), QPointF(19, 21))

    return _line_icon(draw)


@lru_cache(maxsize=None)
def no_audio_icon() -> QIcon:
    """A speaker with an amber warning mark: no sound device, or the sound output failed."""

    def draw(p: QPainter) -> None:
        _speaker(p)
        pen = QPen(theme.WARNING, 3.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(24, 6), QPointF(24, 19))
        p.drawPoint(QPointF(24, 25.5))

    return _line_icon(draw)
