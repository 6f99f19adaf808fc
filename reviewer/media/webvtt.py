"""WebVTT files read by the WebVTT parsing rules (W3C WebVTT, "file parsing"), with reasons.

A browser (and every platform player built on one) reads a ``.vtt`` file by one algorithm: no
``WEBVTT`` signature, no captions at all; a block whose timing does not parse is skipped; a
cue's text runs to the first blank line, or to the next line holding ``-->``. The desk follows
the same rules, so the transcript a head checks holds the cues viewers will see, and it says
why anything was left out: each skipped block gets a note naming its line and the reason.

The web-platform-tests ``webvtt/parsing/file-parsing`` cases are the reference; the test
fixtures of this project are our own files written after them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["VttCue", "WebVttError", "cue_plain_text", "parse_webvtt", "parse_timestamp"]

# ASCII whitespace as the WebVTT rules use it: space, tab, line feed, form feed, carriage
# return. Not the vertical tab, which Python's str.isspace() and "\s" would accept.
_WHITESPACE = " \t\n\f\r"
_DIGITS = "0123456789"
# A cue text tag runs from "<" to the next ">" (or to the end of the cue text).
_TAG = re.compile(r"<[^>]*(?:>|$)")
# Blocks that are not cues and are meant to be skipped: comments, style sheets, regions.
_SILENT_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)")


class WebVttError(ValueError):
    """The text is not a WebVTT file (no ``WEBVTT`` signature)."""


@dataclass(frozen=True)
class VttCue:
    """One cue as the rules read it: times in ms, its raw cue text, the line of its timing (1-based)."""

    start_ms: int
    end_ms: int
    text: str
    identifier: str
    line: int


def parse_timestamp(text: str, pos: int) -> tuple[int, int] | str:
    """Collect a WebVTT timestamp at ``pos``: (milliseconds, position after it), or why it fails."""

    def digits(at: int) -> tuple[str, int]:
        end = at
        while end < len(text) and text[end] in _DIGITS:
            end += 1
        return text[at:end], end

    if pos >= len(text) or text[pos] not in _DIGITS:
        return "a time must start with a digit"
    first, pos = digits(pos)
    hours_first = len(first) != 2 or int(first) > 59
    if pos >= len(text) or text[pos] != ":":
        return "a time needs minutes and seconds (mm:ss.ttt)"
    second, pos = digits(pos + 1)
    if len(second) != 2:
        return "minutes and seconds need exactly two digits"
    third = None
    if hours_first or (pos < len(text) and text[pos] == ":"):
        if pos >= len(text) or text[pos] != ":":
            if len(first) != 2:
                return "minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)"
            return "minutes over 59"
        third, pos = digits(pos + 1)
        if len(third) != 2:
            return "minutes and seconds need exactly two digits"
    if pos >= len(text) or text[pos] != ".":
        if pos < len(text) and text[pos] == ",":
            return "',' before the milliseconds (WebVTT needs '.')"
        return "the milliseconds are missing (hh:mm:ss.ttt)"
    fraction, pos = digits(pos + 1)
    if len(fraction) != 3:
        return f"{len(fraction)}-digit milliseconds (WebVTT needs exactly 3)"
    if third is None:
        hours, minutes, seconds = 0, int(first), int(second)
    else:
        hours, minutes, seconds = int(first), int(second), int(third)
    if minutes > 59 or seconds > 59:
        return "minutes or seconds over 59"
    return hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + int(fraction), pos


def _parse_timing(line: str) -> tuple[int, int] | str:
    """Collect WebVTT cue timings: (start ms, end ms), or why they fail (settings are not needed)."""
    reason = _timing_or_reason(line)
    if isinstance(reason, str) and "\v" in line:
        return "a vertical tab is not a space in WebVTT"
    return reason


def _timing_or_reason(line: str) -> tuple[int, int] | str:
    def skip_whitespace(at: int) -> int:
        while at < len(line) and line[at] in _WHITESPACE:
            at += 1
        return at

    start = parse_timestamp(line, skip_whitespace(0))
    if isinstance(start, str):
        return f"start time: {start}"
    pos = skip_whitespace(start[1])
    if line[pos : pos + 3] != "-->":
        return "the arrow '-->' must follow the start time"
    end = parse_timestamp(line, skip_whitespace(pos + 3))
    if isinstance(end, str):
        return f"end time: {end}"
    return start[0], end[0]


def _excerpt(line: str) -> str:
    line = line.strip(_WHITESPACE)
    return repr(line if len(line) <= 60 else line[:57] + "...")


def parse_webvtt(text: str) -> tuple[list[VttCue], list[str]]:
    """Read WebVTT text (LF line ends, no NUL) by the parsing rules; return the cues and notes.

    Notes say, by line, what a player following the rules leaves out: a skipped cue and why,
    text outside any cue, a line that joins the cue above because no blank line separates it
    from the next timing. Raises WebVttError without the ``WEBVTT`` signature.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("WEBVTT") or (len(text) > 6 and text[6] not in " \t\n"):
        raise WebVttError("not a WebVTT file: the first line must be 'WEBVTT'")
    lines = text.split("\n")
    cues: list[VttCue] = []
    notes: list[str] = []
    i = 1
    # The header: lines up to the first blank line, or up to a line holding "-->".
    while i < len(lines) and lines[i] and "-->" not in lines[i]:
        i += 1
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        i = _collect_block(lines, i, cues, notes)
    return cues, notes


def _collect_block(lines: list[str], i: int, cues: list[VttCue], notes: list[str]) -> int:
    """Collect one block starting at line index ``i``; return the index where the next begins."""
    first = i
    count = 0
    buffer: list[str] = []
    seen_arrow = False
    timing: tuple[int, int] | None = None
    identifier = ""
    timing_line = -1
    dropped: str | None = None
    ended_by_timing = False
    while i < len(lines):
        line = lines[i]
        count += 1
        if "-->" in line:
            if count == 1 or (count == 2 and not seen_arrow):
                seen_arrow = True
                identifier = "\n".join(buffer)
                timing_line = i
                parsed = _parse_timing(line)
                if isinstance(parsed, str):
                    dropped = parsed
                    timing = None
                else:
                    timing = parsed
                    buffer = []
                i += 1
                continue
            ended_by_timing = True
            break  # this line begins the next block
        if not line:
            break
        buffer.append(line)
        i += 1

    if timing is not None:
        cues.append(VttCue(timing[0], timing[1], "\n".join(buffer), identifier, timing_line + 1))
        if not any(line.strip(_WHITESPACE) for line in buffer):
            notes.append(
                f"line {timing_line + 1}: this cue has no text "
                "(in WebVTT a blank line right below the timing ends the cue)"
            )
        if ended_by_timing and buffer:
            notes.append(
                f"line {i}: no blank line before the timing on line {i + 1}: "
                f"{_excerpt(buffer[-1])} is shown as the last line of the cue above"
            )
    elif dropped is not None:
        notes.append(f"line {timing_line + 1}: cue skipped: malformed timing {_excerpt(lines[timing_line])}: {dropped}")
    elif not _SILENT_BLOCK.match(lines[first]):
        notes.append(f"line {first + 1}: text outside any cue ignored")
    return i


def cue_plain_text(text: str) -> str:
    """The text a viewer reads from WebVTT cue text: tags removed, character references decoded."""
    pieces = _TAG.split(text)
    return "".join(html.unescape(piece) for piece in pieces)
