"""The social post text of the clip: read-only, hashtags and mentions highlighted, length vs limit."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reviewer.core.model import PostText
from reviewer.ui import theme
from reviewer.ui.i18n import fill

translate = QCoreApplication.translate

# \w is Unicode-aware, so #ĐổiMới and @nhà_báo are one tag each.
HASHTAG = re.compile(r"(?<![\w#])#\w+")
MENTION = re.compile(r"(?<![\w@])@[\w.]*\w")


def post_length(text: str) -> int:
    """Characters of the post as platforms count them (code points of the NFC text)."""
    return len(unicodedata.normalize("NFC", text))


class TagHighlighter(QSyntaxHighlighter):
    """Colours #hashtags and @mentions."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self._hashtag = QTextCharFormat()
        self._hashtag.setForeground(QColor("#6fb1ff"))
        self._hashtag.setFontWeight(QFont.Weight.DemiBold)
        self._mention = QTextCharFormat()
        self._mention.setForeground(QColor("#f2c14e"))
        self._mention.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:
        """Mark the tags of one paragraph."""
        for m in HASHTAG.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self._hashtag)
        for m in MENTION.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self._mention)


class PostPanel(QWidget):
    """Post text with its character count against the platform's limit (``Settings.platform_limits``)."""

    def __init__(self, platform_limits: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limits = {k.lower(): int(v) for k, v in platform_limits.items()}
        self._platform = ""
        self._post: PostText | None = None
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.editor.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.editor.setFont(font)
        self.highlighter = TagHighlighter(self.editor.document())
        self.count_label = QLabel(objectName="charCount")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.tags_label = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.tags_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count_label)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addWidget(self.editor, 1)
        lay.addLayout(row)
        lay.addWidget(self.tags_label)
        self.set_post(None, "")

    def set_post(self, post: PostText | None, platform: str) -> None:
        """Show the post text of a version for ``platform``."""
        self._post = post
        self._platform = (platform or "").lower()
        self.editor.setPlainText(post.text if post else "")
        self.retranslate()

    def limit(self) -> int | None:
        """The platform's character limit, if configured."""
        return self._limits.get(self._platform)

    def length(self) -> int:
        """Characters in the post text."""
        return post_length(self._post.text) if self._post else 0

    def over_limit(self) -> bool:
        """Whether the text is longer than the platform allows."""
        limit = self.limit()
        return limit is not None and self.length() > limit

    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        loc = QLocale()
        self.editor.setPlaceholderText(translate("PostPanel", "This version has no post text."))
        if self._post is None:
            self.count_label.setText("")
            self.tags_label.setText("")
            return
        n, limit = self.length(), self.limit()
        platform = self._platform or translate("PostPanel", "no platform")
        if limit is None:
            text = fill(translate("PostPanel", "%1 characters · %2 (no limit configured)"), loc.toString(n), platform)
            colour = theme.MUTED_TEXT
        elif n > limit:
            text = fill(
                translate("PostPanel", "%1 / %2 characters · %3 · %4 too long"),
                loc.toString(n),
                loc.toString(limit),
                platform,
                loc.toString(n - limit),
            )
            colour = theme.DANGER
        else:
            text = fill(
                translate("PostPanel", "%1 / %2 characters · %3"), loc.toString(n), loc.toString(limit), platform
            )
            colour = theme.COVERED
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {colour.name()}")
        tags = HASHTAG.findall(self._post.text)
        mentions = MENTION.findall(self._post.text)
        self.tags_label.setText(
            fill(
                translate("PostPanel", "Hashtags: %1 · Mentions: %2"), " ".join(tags) or "—", " ".join(mentions) or "—"
            )
        )

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
