"""Why a decision cannot be signed now, as codes with parameters: the desk words each one in its
language (``reviewer.ui.signoff_text.blocker_text``), the CLI prints the English :attr:`Blocker.text`.

Core never writes Vietnamese: it says *what* blocks (a code and the facts), the interface says it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "BLOCKING_ITEM_FAILED",
    "CHECKLIST_UNANSWERED",
    "HEADLESS_NEEDS_FULL_VIEW_OFF",
    "NOT_FULLY_WATCHED",
    "REASON_REQUIRED",
    "SIGNING_LOCKED",
    "Blocker",
]

HEADLESS_NEEDS_FULL_VIEW_OFF = "headless_needs_full_view_off"
"""Signing on the command line while the policy ``require_full_view`` is on. No parameters."""
REASON_REQUIRED = "reason_required"
"""A request for changes or a rejection without a reason. ``decision``: ``changes`` or ``reject``."""
CHECKLIST_UNANSWERED = "checklist_unanswered"
"""Items not answered yet. ``unanswered``, ``total``: counts."""
BLOCKING_ITEM_FAILED = "blocking_item_failed"
"""A blocking item answered Fail. ``item_id``; ``label_en`` (the CLI's words)."""
NOT_FULLY_WATCHED = "not_fully_watched"
"""The coverage rule is not met. ``principal``, ``fraction`` (0..1), ``version``, ``gaps`` (start, end ms)."""
SIGNING_LOCKED = "signing_locked"
"""Too many wrong passphrases. ``principal``, ``locked_until`` (aware datetime)."""


@dataclass(frozen=True)
class Blocker:
    """One reason a decision cannot be signed now.

    ``code`` is one of this module's constants, ``params`` the facts the desk words it from, and
    ``text`` the English one-liner the CLI prints.
    """

    code: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)
