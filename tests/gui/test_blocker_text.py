"""The desk words the core's reason codes in its language; an unknown code still shows the service's text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reviewer.core.blockers import (
    BLOCKING_ITEM_FAILED,
    CHECKLIST_UNANSWERED,
    HEADLESS_NEEDS_FULL_VIEW_OFF,
    NOT_FULLY_WATCHED,
    REASON_REQUIRED,
    SIGNING_LOCKED,
    Blocker,
)
from reviewer.core.checklist import load_template
from reviewer.ui.i18n import LanguageSwitcher
from reviewer.ui.signoff_text import blocker_text


@pytest.fixture
def vietnamese(qapp):
    switcher = LanguageSwitcher(QApplication.instance())
    assert switcher.apply("vi")
    yield
    switcher.apply("en")


def test_every_code_is_worded_in_vietnamese_never_as_the_english_text(vietnamese):
    template = load_template(Path(__file__).resolve().parents[2] / "resources" / "checklists" / "default.toml")
    item = next(i for i in template.items if i.blocking)
    until = datetime.now(timezone.utc) + timedelta(minutes=5)
    texts = {
        code: blocker_text(Blocker(code, "ENGLISH", params), template)
        for code, params in [
            (CHECKLIST_UNANSWERED, {"unanswered": 3, "total": 15}),
            (BLOCKING_ITEM_FAILED, {"item_id": item.id, "label_en": item.label.en}),
            (NOT_FULLY_WATCHED, {"principal": "a", "fraction": 0.5, "version": 2, "gaps": ((1000, 2000),)}),
            (SIGNING_LOCKED, {"principal": "a", "locked_until": until}),
            (REASON_REQUIRED, {"decision": "reject"}),
        ]
    }
    assert texts[CHECKLIST_UNANSWERED] == "Chưa hoàn tất kiểm duyệt: còn 3/15 mục chưa trả lời"
    assert item.label.vi in texts[BLOCKING_ITEM_FAILED]
    assert "50" in texts[NOT_FULLY_WATCHED] and "2" in texts[NOT_FULLY_WATCHED]
    assert all(t and t != "ENGLISH" for t in texts.values()), texts
    assert all(not t.startswith(("Checklist", "Blocking", "You have", "Signing", "Write")) for t in texts.values())


def test_an_unknown_code_shows_the_service_text_and_a_missing_template_the_english_label(qapp):
    assert blocker_text(Blocker("some_future_rule", "a rule the desk does not word yet")) == (
        "a rule the desk does not word yet"
    )
    # The desk never signs headless, so that code keeps the service's (CLI) words.
    assert blocker_text(Blocker(HEADLESS_NEEDS_FULL_VIEW_OFF, "headless signing is not allowed")) == (
        "headless signing is not allowed"
    )
    failed = blocker_text(Blocker(BLOCKING_ITEM_FAILED, "x", {"item_id": "nope", "label_en": "Names and titles"}))
    assert failed == "Blocking item failed: Names and titles"
