"""The items of a QTreeWidget, as Qt's typed lists: ``topLevelItem(i)`` and ``child(i)`` are
declared Optional (None past the end), never None for an index below the count."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    items = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None  # i < topLevelItemCount()
        items.append(item)
    return items


def child_items(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """An item's children, in order."""
    items = []
    for i in range(parent.childCount()):
        item = parent.child(i)
        assert item is not None  # i < childCount()
        items.append(item)
    return items
