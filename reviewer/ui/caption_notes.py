"""The caption reader's notes in the desk's language.

``reviewer.media.captions`` and ``reviewer.media.webvtt`` word what they found while reading a
caption file in English (a skipped WebVTT cue and why, an unusual SRT timestamp, text outside
any cue); the transcript shows them to the reviewer through :func:`describe_reader_note`.
Translations: ``resources/i18n/captions_<lang>.ts``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reviewer.ui.i18n import fill

translate = QCoreApplication.translate

__all__ = ["describe_reader_note"]

_PREFIX = r"^(?:[^:]*?: )?"  # "clip.vi.srt: " when the note comes with its file name
_QUOTED = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""  # a line as Python's repr() quotes it
_NOTES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_PREFIX + r"line (\d+): cue skipped: malformed timing " + _QUOTED + r": (.+)$"), "skipped"),
    (re.compile(_PREFIX + r"line (\d+): text outside any cue ignored$"), "outside"),
    (re.compile(_PREFIX + r"lines? ([\d-]+) before the first cue ignored$"), "before"),
    (
        re.compile(
            _PREFIX
            + r"line (\d+): no blank line before the timing on line (\d+): "
            + _QUOTED
            + r" is shown as the last line of the cue above$"
        ),
        "folded",
    ),
    (
        re.compile(
            _PREFIX + r"line (\d+): this cue has no text \(in WebVTT a blank line right below "
            r"the timing ends the cue\)$"
        ),
        "empty",
    ),
    (re.compile(_PREFIX + r"line (\d+): unusual timestamp " + _QUOTED + r": (.+)$"), "unusual"),
    (re.compile(_PREFIX + r"(\d+) more timing lines with unusual timestamps$"), "more"),
    (
        re.compile(
            _PREFIX + r"(\d+) timestamps with '\.' before the milliseconds \(SRT uses ','\): "
            r"most players accept it, some do not$"
        ),
        "dots",
    ),
    (
        re.compile(
            _PREFIX + r"line (\d+): no blank line before the cue number (\d+): some players show "
            r"the number and the timing below it as text of the cue above$"
        ),
        "number",
    ),
]

_DIGIT_MILLIS = re.compile(r"^(\d)-digit milliseconds \(WebVTT needs exactly 3\)$")
_READ_AS = re.compile(r"^(\d)-digit milliseconds read as (\d+) ms \(FFmpeg-based players read (\d+)\)$")


def _reason(text: str) -> str:
    """One reason a timing was refused, or one oddity of a timestamp, translated when known."""
    for prefix, context_text in (("start time: ", "start time: %1"), ("end time: ", "end time: %1")):
        if text.startswith(prefix):
            inner = _reason(text[len(prefix) :])
            if context_text == "start time: %1":
                return fill(translate("CaptionNote", "start time: %1"), inner)
            return fill(translate("CaptionNote", "end time: %1"), inner)
    if m := _DIGIT_MILLIS.match(text):
        return fill(translate("CaptionNote", "%1-digit milliseconds (WebVTT needs exactly 3)"), m.group(1))
    if m := _READ_AS.match(text):
        return fill(
            translate("CaptionNote", "%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)"), *m.groups()
        )
    known = {
        "a time must start with a digit": translate("CaptionNote", "a time must start with a digit"),
        "a time needs minutes and seconds (mm:ss.ttt)": translate(
            "CaptionNote", "a time needs minutes and seconds (mm:ss.ttt)"
        ),
        "minutes and seconds need exactly two digits": translate(
            "CaptionNote", "minutes and seconds need exactly two digits"
        ),
        "minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)": translate(
            "CaptionNote", "minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)"
        ),
        "minutes over 59": translate("CaptionNote", "minutes over 59"),
        "',' before the milliseconds (WebVTT needs '.')": translate(
            "CaptionNote", "',' before the milliseconds (WebVTT needs '.')"
        ),
        "the milliseconds are missing (hh:mm:ss.ttt)": translate(
            "CaptionNote", "the milliseconds are missing (hh:mm:ss.ttt)"
        ),
        "minutes or seconds over 59": translate("CaptionNote", "minutes or seconds over 59"),
        "the arrow '-->' must follow the start time": translate(
            "CaptionNote", "the arrow '-->' must follow the start time"
        ),
        "a vertical tab is not a space in WebVTT": translate("CaptionNote", "a vertical tab is not a space in WebVTT"),
        "no hours": translate("CaptionNote", "no hours"),
        "one-digit minutes or seconds": translate("CaptionNote", "one-digit minutes or seconds"),
    }
    return known.get(text, text)


def describe_reader_note(text: str) -> str:
    """A caption reader's note in the desk's language (unknown wordings are shown as they are)."""
    for pattern, kind in _NOTES:
        m = pattern.match(text)
        if not m:
            continue
        g = m.groups()
        if kind == "skipped":
            return fill(
                translate("CaptionNote", "Line %1: cue skipped: malformed timing %2: %3"), g[0], g[1], _reason(g[2])
            )
        if kind == "outside":
            return fill(translate("CaptionNote", "Line %1: text outside any cue ignored"), g[0])
        if kind == "before":
            if "-" in g[0]:
                return fill(translate("CaptionNote", "Lines %1 before the first cue ignored"), g[0])
            return fill(translate("CaptionNote", "Line %1 before the first cue ignored"), g[0])
        if kind == "folded":
            return fill(
                translate(
                    "CaptionNote",
                    "Line %1: no blank line before the timing on line %2: %3 is shown "
                    "as the last line of the cue above",
                ),
                *g,
            )
        if kind == "empty":
            return fill(
                translate(
                    "CaptionNote",
                    "Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)",
                ),
                g[0],
            )
        if kind == "unusual":
            reasons = "; ".join(_reason(part) for part in g[2].split("; "))
            return fill(translate("CaptionNote", "Line %1: unusual timestamp %2: %3"), g[0], g[1], reasons)
        if kind == "more":
            return fill(translate("CaptionNote", "%1 more timing lines with unusual timestamps"), g[0])
        if kind == "dots":
            return fill(
                translate(
                    "CaptionNote",
                    "%1 timestamps with '.' before the milliseconds (SRT uses ','): "
                    "most players accept it, some do not",
                ),
                g[0],
            )
        if kind == "number":
            return fill(
                translate(
                    "CaptionNote",
                    "Line %1: no blank line before the cue number %2: some players show "
                    "the number and the timing below it as text of the cue above",
                ),
                *g,
            )
    return text
