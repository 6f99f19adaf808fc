"""Caption rules on parsed cues: ordering, lookup by time, and the warnings a reviewer should see.

Pure Python on :class:`reviewer.core.model.Cue`; decoding and parsing caption files lives in
``reviewer.media.captions``. Cue numbers in warnings count from 1 in time order, which is the
order a reviewer sees in the transcript (not necessarily the order of the file).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from reviewer.core.limits import MAX_CPS, MAX_LINE
from reviewer.core.model import Cue
from reviewer.core.timecode import srt_time

__all__ = [
    "MAX_CPS",
    "MAX_LINE",
    "CueTimeline",
    "caption_warnings",
    "count_reading_characters",
    "cue_at",
    "normalise_text",
    "render_srt",
    "sort_cues",
]

_WHITESPACE_RUN = re.compile(r"\s+")


def normalise_text(s: str) -> str:
    """Return ``s`` in NFC with CRLF (and lone CR) line ends turned into LF."""
    # Lone CR comes from old Mac editors; left in, it would hide line breaks from every parser.
    return unicodedata.normalize("NFC", s.replace("\r\n", "\n").replace("\r", "\n"))


def sort_cues(cues: Iterable[Cue]) -> list[Cue]:
    """Return the cues sorted by (start, end); cues that tie keep their file order."""
    return sorted(cues, key=lambda cue: (cue.start_ms, cue.end_ms))


def cue_at(cues: Sequence[Cue], ms: int) -> int | None:
    """Index of the cue showing at ``ms`` in sorted ``cues``, or None; on overlap the latest-starting.

    A cue covers ``[start_ms, end_ms)``. Finding the candidates is a bisection; a time between cues
    may scan back further, so a caller asking many times (the player's highlight) should build a
    :class:`CueTimeline` once instead.
    """
    # Every cue starting after ms is out; the latest-starting cover is the first one found going back.
    j = bisect_right(cues, ms, key=lambda cue: cue.start_ms) - 1
    while j >= 0:
        if cues[j].end_ms > ms:
            return j
        j -= 1
    return None


class CueTimeline:
    """Sorted cues indexed for repeated time lookups (the transcript highlight during playback)."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.cues: tuple[Cue, ...] = tuple(sort_cues(cues))
        self._starts = [cue.start_ms for cue in self.cues]
        # Running maximum of end times: once it is <= ms, no earlier cue can still be showing,
        # which bounds the backward scan even across long gaps between cues.
        self._max_end: list[int] = []
        latest = None
        for cue in self.cues:
            latest = cue.end_ms if latest is None else max(latest, cue.end_ms)
            self._max_end.append(latest)

    def index_at(self, ms: int) -> int | None:
        """Index into ``self.cues`` of the cue showing at ``ms`` (latest-starting on overlap)."""
        j = bisect_right(self._starts, ms) - 1
        while j >= 0 and self._max_end[j] > ms:
            if self.cues[j].end_ms > ms:
                return j
            j -= 1
        return None

    def cue_at(self, ms: int) -> Cue | None:
        """The cue showing at ``ms``, or None."""
        index = self.index_at(ms)
        return None if index is None else self.cues[index]


def count_reading_characters(text: str) -> int:
    """Characters a viewer reads in ``text``: NFC, line breaks not counted, spaces collapsed."""
    total = 0
    for line in unicodedata.normalize("NFC", text).split("\n"):
        total += len(_WHITESPACE_RUN.sub(" ", line).strip())
    return total


def caption_warnings(cues: Iterable[Cue], *, max_cps: float = MAX_CPS, max_line: int = MAX_LINE) -> list[str]:
    """Readable warnings about overlaps, reading speed, long lines and empty durations.

    Each names the cue (1-based in time order) and its start timecode, e.g.
    ``cue 4 (00:00:07,200) overlaps cue 3 by 300 ms``.
    """
    ordered = sort_cues(cues)
    warnings: list[str] = []
    # (number, end_ms) of earlier cues still showing; pruned as start times advance so a normal
    # file stays linear, while a cue spanning several others is still reported against each.
    active: list[tuple[int, int]] = []
    for number, cue in enumerate(ordered, start=1):
        where = f"cue {number} ({srt_time(cue.start_ms)})"
        duration = cue.end_ms - cue.start_ms

        active = [(n, end) for n, end in active if end > cue.start_ms]
        for other, other_end in active:
            overlap = min(other_end, cue.end_ms) - cue.start_ms
            if overlap > 0:
                warnings.append(f"{where} overlaps cue {other} by {overlap} ms")
        if duration > 0:
            active.append((number, cue.end_ms))

        if duration == 0:
            warnings.append(f"{where} has zero duration")
        elif duration < 0:
            warnings.append(f"{where} ends {-duration} ms before it starts")
        else:
            chars = count_reading_characters(cue.text)
            cps = chars * 1000 / duration
            if cps > max_cps:
                warnings.append(
                    f"{where} reads at {cps:.1f} characters per second (limit {max_cps:g}): "
                    f"{chars} characters in {duration / 1000:g} s"
                )

        for line_number, line in enumerate(unicodedata.normalize("NFC", cue.text).split("\n"), 1):
            length = len(line.strip())
            if length > max_line:
                warnings.append(f"{where} line {line_number} has {length} characters (limit {max_line})")
    return warnings


def render_srt(cues: Iterable[Cue]) -> str:
    """Render cues as SRT text (LF line ends), in time order and numbered from 1.

    Blank lines inside a cue are dropped, since SRT ends a cue at a blank line. Raises
    ValueError for a negative time, which SRT cannot express. (Here, not beside the caption
    parsers: the player writes its overlay file with it, and the desk's start need not import them.)
    """
    blocks = []
    for number, cue in enumerate(sort_cues(cues), start=1):
        if cue.start_ms < 0 or cue.end_ms < 0:
            raise ValueError(f"cue {number} has a negative time; SRT cannot express it")
        lines = [line for line in normalise_text(cue.text).split("\n") if line.strip()]
        blocks.append(
            f"{number}\n{srt_time(cue.start_ms)} --> {srt_time(cue.end_ms)}\n" + "".join(line + "\n" for line in lines)
        )
    return "\n".join(blocks)
