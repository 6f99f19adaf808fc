"""The desk's look: a calm, dark-neutral palette that keeps the picture the brightest thing on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# Named colours used by painted widgets (coverage bar, markers, badges), one place to tune them.
BACKGROUND = QColor("#1e1f22")
PANEL = QColor("#26282c")
BASE = QColor("#1a1b1e")
RAISED = QColor("#2f3136")
BORDER = QColor("#3a3d43")
TEXT = QColor("#e3e5e8")
MUTED_TEXT = QColor("#9aa0a8")
ACCENT = QColor("#4c8dde")
COVERED = QColor("#3fae6a")
UNCOVERED = QColor("#3a3d43")
WARNING = QColor("#e0a030")
DANGER = QColor("#e05252")
NOTE_MARKER = QColor("#f2c14e")
HIGHLIGHT_ROW = QColor("#34507a")
POLITICAL = QColor("#d9534f")

STATUS_COLOURS = {
    "pending": QColor("#e0a030"),
    "approved": QColor("#3fae6a"),
    "changes": QColor("#4c8dde"),
    "rejected": QColor("#e05252"),
    "revoked": QColor("#8a8f98"),
}

STYLESHEET = """
QMainWindow, QDialog { background: #1e1f22; }
QSplitter::handle { background: #1e1f22; }
QSplitter::handle:horizontal { width: 5px; }
QSplitter::handle:vertical { height: 5px; }
QTableView, QTreeView, QListView, QPlainTextEdit, QTextEdit {
    background: #1a1b1e; border: 1px solid #3a3d43; border-radius: 4px;
    selection-background-color: #34507a; selection-color: #ffffff;
}
QHeaderView::section {
    background: #26282c; color: #9aa0a8; border: none; border-bottom: 1px solid #3a3d43;
    padding: 4px 6px;
}
QLineEdit, QComboBox, QAbstractSpinBox {
    background: #1a1b1e; border: 1px solid #3a3d43; border-radius: 4px; padding: 3px 6px;
    min-height: 20px;
}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTableView:focus, QTreeView:focus {
    border: 1px solid #4c8dde;
}
QPushButton, QToolButton {
    background: #2f3136; border: 1px solid #3a3d43; border-radius: 4px; padding: 4px 10px;
}
QPushButton:hover, QToolButton:hover { background: #383b41; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: #34507a; }
QPushButton:default { border: 1px solid #4c8dde; }
QWidget#transport QToolButton { padding: 3px; border: 1px solid transparent; background: transparent; }
QWidget#transport QToolButton:hover { background: #383b41; border: 1px solid #3a3d43; }
QWidget#transport QToolButton:checked { background: #34507a; border: 1px solid #4c8dde; }
QTabWidget::pane { border: 1px solid #3a3d43; border-radius: 4px; top: -1px; }
QTabBar::tab {
    background: #26282c; color: #9aa0a8; padding: 5px 4px; border: 1px solid #3a3d43; font-size: 9pt;
    border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px; margin-right: 1px;
}
QTabBar::tab:selected { background: #1a1b1e; color: #e3e5e8; }
QStatusBar { background: #26282c; color: #c5c9cf; }
QStatusBar QLabel { padding: 0 8px; }
QMenuBar { background: #26282c; }
QMenuBar::item:selected { background: #34507a; }
QMenu { background: #26282c; border: 1px solid #3a3d43; }
QMenu::item { padding: 5px 28px 5px 22px; }
QMenu::item:selected { background: #34507a; }
QMenu::separator { height: 1px; background: #3a3d43; margin: 4px 8px; }
QToolTip { background: #2f3136; color: #e3e5e8; border: 1px solid #3a3d43; padding: 4px; }
QLabel#clipTitle { font-size: 13pt; font-weight: 600; color: #f0f2f5; }
QLabel#clipMeta { color: #9aa0a8; }
QLabel#badgePolitical {
    background: #7a2a28; color: #ffd9d6; border-radius: 3px; padding: 1px 6px; font-weight: 600;
}
QLabel#badgeOverdue {
    background: #6b4a12; color: #ffe3b0; border-radius: 3px; padding: 1px 6px; font-weight: 600;
}
QLabel#badgeStatus {
    color: #c5c9cf; border: 1px solid #3a3d43; border-radius: 3px; padding: 0px 6px;
}
QLabel#timecode {
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: 13pt; color: #f0f2f5;
    padding: 0 4px;
}
QLabel#timecodeDuration {
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; color: #9aa0a8;
}
QLabel#coveragePercent { font-weight: 600; min-width: 56px; }
QLabel#videoMessage {
    color: #f0f2f5; background: #101113; font-size: 12pt; padding: 24px;
}
QLabel#openingMessage {
    color: #e3e5e8; background: #101113; font-size: 14pt; font-weight: 600; padding: 24px;
    qproperty-alignment: AlignCenter; qproperty-wordWrap: true;
}
QLabel#paneTitle { color: #9aa0a8; font-weight: 600; padding: 2px 2px; }
QLabel#warningBanner {
    background: #4a3a14; color: #ffe3b0; border-radius: 4px; padding: 5px 8px;
}
QLabel#charCount { font-weight: 600; }
"""


_THEMED = "reviewerThemed"  # an application property: apply_theme has set the style and the stylesheet


def apply_theme(app: QApplication, *, fusion: bool = False) -> None:
    """Fusion style, the dark palette and the stylesheet, with a readable base font size.

    Applied again (every ``application()`` call), the style and the stylesheet are not set anew:
    setting either re-polishes every widget, half a second with a desk open. ``fusion``: the
    application was made in the Fusion style (Qt's ``-style`` option), so its style is not asked
    for: the first ``app.style()`` in a process builds PySide6's QStyle type and its ten enums
    (~6 ms of the desk's first paint, bench.desk).
    """
    themed = bool(app.property(_THEMED)) and app.styleSheet() == STYLESHEET
    if not themed and not fusion and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: PANEL,
        QPalette.ColorRole.ToolTipBase: RAISED,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: RAISED,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: QColor("#ffffff"),
        QPalette.ColorRole.Highlight: HIGHLIGHT_ROW,
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.PlaceholderText: MUTED_TEXT,
        QPalette.ColorRole.Mid: BORDER,
        QPalette.ColorRole.Dark: BASE,
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7078"))
    app.setPalette(pal)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    if not themed:
        app.setStyleSheet(STYLESHEET)
        app.setProperty(_THEMED, True)
