"""Words the sign-off panels share: results, decisions, approval states, times, blocked reasons.

Everything here is translated at call time (``QCoreApplication.translate`` with the literal
context ``"Signoff"``), so callers re-read it after a language switch. The service says why a
decision cannot be signed as codes with parameters (:mod:`reviewer.core.blockers`; their English
text is the CLI's); :func:`blocker_text` words each code here, so a director reading Vietnamese
never meets English.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QLocale

from reviewer.core.blockers import (
    BLOCKING_ITEM_FAILED,
    CHECKLIST_UNANSWERED,
    NOT_FULLY_WATCHED,
    REASON_REQUIRED,
    SIGNING_LOCKED,
    Blocker,
)
from reviewer.core.canonical import parse_rfc3339
from reviewer.core.checklist import FAIL, NA, PASS, ChecklistState, ChecklistTemplate
from reviewer.ui import theme
from reviewer.ui.i18n import fill

translate = QCoreApplication.translate

# Approval states (reviewer.core.verification) -> badge colours (background, text).
STATE_COLOURS: dict[str, tuple[str, str]] = {
    "none": ("#2f3136", "#c5c9cf"),
    "valid": ("#1f4d33", "#c8f2d6"),
    "file_changed": ("#5a4310", "#ffe3b0"),
    "invalid": ("#6b2323", "#ffd9d6"),
    "revoked": ("#3a3d43", "#d5d8dc"),
}

RESULT_COLOURS: dict[str, str] = {PASS: "#2f7d4f", FAIL: "#b03a3a", NA: "#4f5f78"}


def ui_language() -> str:
    """``"vi"`` or ``"en"``: the language the desk shows now (the switcher sets the default locale)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def result_name(result: str) -> str:
    """Pass / Fail / N/A in the UI language."""
    return {
        PASS: translate("Signoff", "Pass"),
        FAIL: translate("Signoff", "Fail"),
        NA: translate("Signoff", "N/A"),
    }.get(result, result)


def decision_name(decision: str) -> str:
    """What the user decides: approve, request changes, reject, revoke."""
    return {
        "approve": translate("Signoff", "Approve"),
        "changes": translate("Signoff", "Request changes"),
        "reject": translate("Signoff", "Reject"),
        "revoke": translate("Signoff", "Revoke the approval"),
    }.get(decision, decision)


def record_kind_name(kind: str) -> str:
    """The kind of a signed record as a short noun."""
    return {
        "approval": translate("Signoff", "Approval"),
        "changes": translate("Signoff", "Changes requested"),
        "rejection": translate("Signoff", "Rejection"),
        "recommendation": translate("Signoff", "Recommendation"),
        "revocation": translate("Signoff", "Revocation"),
    }.get(kind, kind)


def state_name(state: str) -> str:
    """An approval's state for the badge."""
    return {
        "none": translate("Signoff", "No approval yet"),
        "valid": translate("Signoff", "Approval valid"),
        "file_changed": translate("Signoff", "File changed since approval"),
        "invalid": translate("Signoff", "Approval invalid"),
        "revoked": translate("Signoff", "Approval revoked"),
    }.get(state, state)


def validity_name(state: str) -> str:
    """A signed record's validity as an adjective (history table)."""
    return {
        "valid": translate("Signoff", "valid"),
        "file_changed": translate("Signoff", "file changed"),
        "invalid": translate("Signoff", "invalid"),
        "revoked": translate("Signoff", "revoked"),
    }.get(state, state)


def role_name(role: str) -> str:
    """A signer's role."""
    return {
        "head": translate("Signoff", "Head (approves)"),
        "editor": translate("Signoff", "Editor (recommends)"),
    }.get(role, role)


def signed_from_name(where: str) -> str:
    """Where a record was signed."""
    return {
        "desk": translate("Signoff", "signed in the desk"),
        "cli": translate("Signoff", "signed on the command line"),
    }.get(where, where)


def local_time(value: datetime | str | None, *, seconds: bool = True) -> str:
    """A UTC time (datetime or RFC 3339 text) in local time: ``14:05:09 21/05/2025``."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        text = value
        try:
            value = parse_rfc3339(text)
        except (TypeError, ValueError):
            return text
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%H:%M:%S %d/%m/%Y" if seconds else "%H:%M %d/%m/%Y")


def utc_offset_text(value: datetime | None = None) -> str:
    """``UTC+07:00`` for the local zone at ``value`` (now by default)."""
    local = (value or datetime.now(timezone.utc)).astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def percent(fraction: float) -> str:
    """``87,5%`` / ``87.5%`` in the UI locale (one decimal, never rounded up to 100)."""
    value = max(0.0, min(1.0, float(fraction))) * 100
    shown = int(value * 10) / 10  # floor: 99.96 % must not read as 100 %
    return fill(translate("Signoff", "%1%"), QLocale().toString(shown, "f", 1))


def duration_text(seconds: float) -> str:
    """A waiting time: seconds under two minutes, minutes under two hours, else hours."""
    secs = max(1, int(seconds + 0.999))
    if secs < 120:
        return fill(translate("Signoff", "%1 s"), secs)
    if secs < 7200:
        return fill(translate("Signoff", "%1 min"), (secs + 59) // 60)
    return fill(translate("Signoff", "%1 h"), QLocale().toString(secs / 3600, "f", 1))


def checklist_summary(state: ChecklistState, answers: dict) -> str:
    """``13/14 answered: 12 pass · 0 fail · 1 N/A``."""
    counts = {PASS: 0, FAIL: 0, NA: 0}
    for a in answers.values():
        if a.result in counts:
            counts[a.result] += 1
    done, total = state.progress
    return fill(
        translate("Signoff", "%1/%2 answered: %3 pass · %4 fail · %5 N/A"),
        done,
        total,
        counts[PASS],
        counts[FAIL],
        counts[NA],
    )


def item_label(template: ChecklistTemplate, item_id: str) -> str:
    """An item's label in the UI language (the id if the template no longer has it)."""
    try:
        return template.item(item_id).label.get(ui_language())
    except KeyError:
        return item_id


def blocker_text(blocker: Blocker, template: ChecklistTemplate | None = None) -> str:
    """Why a decision cannot be signed now (a code of :mod:`reviewer.core.blockers`), in the UI
    language; a code the desk does not know yet is shown as the service wrote it, never dropped
    (``HEADLESS_NEEDS_FULL_VIEW_OFF`` is one: the desk never signs headless)."""
    p = blocker.params
    if blocker.code == CHECKLIST_UNANSWERED:
        return fill(
            translate("Signoff", "Checklist not finished: %1 of %2 items not answered yet"), p["unanswered"], p["total"]
        )
    if blocker.code == BLOCKING_ITEM_FAILED:
        label = item_label(template, p["item_id"]) if template is not None else p["label_en"]
        return fill(translate("Signoff", "Blocking item failed: %1"), label)
    if blocker.code == NOT_FULLY_WATCHED:
        return coverage_reason(p["fraction"], p["version"])
    if blocker.code == SIGNING_LOCKED:
        return locked_reason(p["locked_until"])
    if blocker.code == REASON_REQUIRED:
        return reason_required(p["decision"])
    return blocker.text


def coverage_reason(fraction: float, version: int) -> str:
    """The coverage rule is not met yet."""
    return fill(
        translate("Signoff", "You have watched %1 of version %2; watch the whole clip before approving"),
        percent(fraction),
        version,
    )


def locked_reason(locked_until: datetime, now: datetime | None = None) -> str:
    """Signing is locked after too many wrong passphrases."""
    now = now or datetime.now(timezone.utc)
    return fill(
        translate("Signoff", "Signing is locked after too many wrong passphrases; try again in %1 (at %2)"),
        duration_text((locked_until - now).total_seconds()),
        local_time(locked_until),
    )


def no_key_reason(principal: str) -> str:
    """The person at the desk cannot sign at all."""
    return fill(
        translate(
            "Signoff", "%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1"
        ),
        principal,
    )


def reason_required(decision: str) -> str:
    """A decision that needs a reason was asked for without one."""
    return {
        "changes": translate("Signoff", "Write the reason first: requesting changes needs a reason."),
        "reject": translate("Signoff", "Write the reason first: a rejection needs a reason."),
        "revoke": translate("Signoff", "Write the reason first: revoking an approval needs a reason."),
    }.get(decision, translate("Signoff", "Write the reason first."))


def muted_style() -> str:
    """Style of secondary text."""
    return f"color: {theme.MUTED_TEXT.name()};"


def warning_style() -> str:
    """Style of a reason why something cannot be done yet."""
    return f"color: {theme.WARNING.name()};"


def error_style() -> str:
    """Style of a refused action."""
    return f"color: {theme.DANGER.name()}; font-weight: 600;"


def badge_style(state: str) -> str:
    """Stylesheet of an approval-state badge."""
    bg, fg = STATE_COLOURS.get(state, STATE_COLOURS["none"])
    return f"background: {bg}; color: {fg}; border-radius: 3px; padding: 2px 8px; font-weight: 600;"
