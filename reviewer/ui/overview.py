"""What awaits the head, above the queue: political clips pending, due today, overdue, re-reviews."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from reviewer.errors import ReviewerError

if TYPE_CHECKING:
    from reviewer.storage.overview import Overview

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

_STYLE = """
QLabel[overview] { border-radius: 4px; padding: 3px 6px; background: #2a2d31; color: #c5c9cf; }
QLabel[overview][hot="true"] { font-weight: 700; }
QLabel[overview="political"][hot="true"] { background: #5c2624; color: #ffd9d6; }
QLabel[overview="due_today"][hot="true"] { background: #5a4310; color: #ffe3b0; }
QLabel[overview="overdue"][hot="true"] { background: #6b2323; color: #ffd9d6; }
QLabel[overview="re_reviews"][hot="true"] { background: #27364f; color: #d6e4ff; }
"""

KINDS = ("political", "due_today", "overdue", "re_reviews")


def end_of_local_day(now: datetime) -> datetime:
    """Midnight after ``now`` on the workstation's clock, as an aware UTC time."""
    local = now.astimezone()
    tomorrow = datetime.combine(local.date() + timedelta(days=1), time(0, 0), tzinfo=local.tzinfo)
    return tomorrow.astimezone(timezone.utc)


class OverviewHeader(QWidget):
    """Four counts of the pending queue, read from the library on :meth:`refresh`."""

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewHeader")
        self.setStyleSheet(_STYLE)
        self._db = db
        self._counts: Overview | None = None
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        for i, kind in enumerate(KINDS):
            label = QLabel()
            label.setProperty("overview", kind)
            label.setProperty("hot", "false")
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.labels[kind] = label
            grid.addWidget(label, i // 2, i % 2)
        self.refresh()

    def refresh(self) -> None:
        """Count again (after an ingest, a decision, or every half minute)."""
        from reviewer.storage.overview import overview

        now = datetime.now(timezone.utc)
        try:
            self._counts = overview(self._db, now, end_of_local_day(now))
        except ReviewerError as exc:
            log.warning("overview: %s", exc)
        except Exception:  # a header must not break the desk
            log.exception("overview counts failed")
        self.retranslate()

    def counts(self) -> dict[str, int]:
        """The four counts shown."""
        c = self._counts
        return {k: getattr(c, k) for k in KINDS} if c else {k: 0 for k in KINDS}

    def retranslate(self) -> None:
        """Texts in the UI language."""
        names = {
            "political": translate("Overview", "Political: %1"),
            "due_today": translate("Overview", "Due today: %1"),
            "overdue": translate("Overview", "Overdue: %1"),
            "re_reviews": translate("Overview", "Re-reviews: %1"),
        }
        tips = {
            "political": translate("Overview", "Political clips waiting for your decision (they head the queue)"),
            "due_today": translate("Overview", "Pending clips whose deadline is later today"),
            "overdue": translate("Overview", "Pending clips past their deadline"),
            "re_reviews": translate(
                "Overview", "New versions of clips that were sent back (changes requested or rejected)"
            ),
        }
        loc = QLocale()
        counts = self.counts()
        for kind, label in self.labels.items():
            label.setText(names[kind].replace("%1", loc.toString(counts[kind])))
            label.setToolTip(tips[kind])
            hot = "true" if counts[kind] else "false"
            if label.property("hot") != hot:
                label.setProperty("hot", hot)
                label.style().unpolish(label)
                label.style().polish(label)

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
