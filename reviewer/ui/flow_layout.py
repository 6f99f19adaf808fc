"""A layout that places its items left to right and wraps them onto new lines (Qt's flow layout example)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items in reading order, wrapped at the available width; height follows the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        """Qt API."""
        self._items.append(item)

    def count(self) -> int:
        """Qt API."""
        return len(self._items)

    def itemAt(self, index: int):
        """Qt API."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        """Qt API."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Qt API."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Qt API."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Qt API."""
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        """Qt API."""
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        """Qt API."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """The widest item (everything else may wrap)."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            w = item.widget()
            if w is not None and (parent := w.parentWidget()) is not None and not w.isVisibleTo(parent):
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def flow_widget(spacing: int = 4) -> tuple[QWidget, FlowLayout]:
    """A widget whose children flow and wrap (its height follows its width)."""
    w = QWidget()
    lay = FlowLayout(w, spacing)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    w.setSizePolicy(policy)
    return w, lay
