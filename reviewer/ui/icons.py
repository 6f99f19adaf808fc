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
