"""Finds text the user cannot read in full: labels, buttons and tabs that are elided or clipped.

Used by the layout test (the desk at 1280×720 and 1600×1000, Vietnamese and English) and handy
on its own while arranging widgets: ``clipped_texts(window)`` lists every problem in words.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _name(w: QWidget) -> str:
    parts = []
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(parts)


def _inside_window(w: QWidget, top: QWidget) -> bool:
    """The widget's whole rectangle lies inside every ancestor up to ``top`` (nothing cut off)."""
    rect = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
    parent = w.parentWidget()
    while parent is not None:
        prect = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()) if parent is not top else top.rect()
        if not prect.contains(rect):
            return False
        if parent is top:
            break
        parent = parent.parentWidget()
    return True


def clipped_texts(top: QWidget) -> list[str]:
    """Every visible label, button and tab of ``top`` whose text is not shown in full."""
    problems: list[str] = []
    for label in top.findChildren(QLabel):
        if not _shown(label) or not label.text() or label.window() is not top:
            continue
        cr = label.contentsRect()
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                problems.append(
                    f"label {_name(label)} {label.text()[:60]!r}: needs {need} px height, has {label.height()}"
                )
        else:
            hint = label.minimumSizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                problems.append(
                    f"label {_name(label)} {label.text()[:60]!r}: needs {hint.width()}×{hint.height()}, "
                    f"has {label.width()}×{label.height()} (contents {cr.width()}×{cr.height()})"
                )
        if not _inside_window(label, top):
            problems.append(f"label {_name(label)} {label.text()[:60]!r}: cut off by its parent or the window")
    for button in top.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or button.window() is not top:
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + 1:
            problems.append(f"button {_name(button)} {button.text()!r}: needs {hint.width()} px, has {button.width()}")
        if not _inside_window(button, top):
            problems.append(f"button {_name(button)} {button.text()!r}: cut off by its parent or the window")
    for bar in top.findChildren(QTabBar):
        if not _shown(bar) or bar.window() is not top:
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
            if rect.width() + 1 < hint.width() or rect.right() > bar.width() or rect.left() < 0:
                problems.append(
                    f"tab {bar.tabText(i)!r}: needs {hint.width()} px, has {rect.width()} at {rect.left()}"
                    f" in a bar {bar.width()} wide"
                )
        if not _inside_window(bar, top):
            problems.append(f"tab bar {_name(bar)}: cut off by its parent or the window")
    return problems
