"""Tie export rows to publications, never silently by guesswork.

1. **Post id / URL**: the row's post id, the id its permalink names, or its normalised URL equals
   a publication's (``method`` "post_id" or "url").
2. **Clip code**: the station writes the clip's id into the post text ("Mã clip: ts-quoc-hoi");
   the configurable pattern finds it after NFKC normalisation (posts often use "bold" Unicode
   letters, 𝐌𝐚̃ → Mã). The row counts for that clip; it is tied to the clip's publication on that
   platform when there is one (the nearest in time when there are several). ``method`` "clip_code".
3. Everything else stays unmatched. :func:`suggest` offers candidates — publish time within a
   window, similar duration, similar title (``rapidfuzz``) — for a person to confirm by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reviewer.core.stats.model import PostRow, Publication
from reviewer.core.stats.values import fold
from reviewer.errors import UsageError

__all__ = ["DEFAULT_CODE_PATTERN", "compile_code_pattern", "Matcher", "Candidate", "Suggestion", "suggest"]

DEFAULT_CODE_PATTERN = r"(?:mã\s*clip|mã|clip|code)\s*[:#]\s*([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])"
"""Finds "Mã clip: ts-2026-11-27-quoc-hoi", "clip#news-1", "Code: abc" (case-insensitive)."""


def compile_code_pattern(pattern: str) -> re.Pattern[str]:
    """The clip-code regular expression (NFKC, case-insensitive); its first group is the code."""
    try:
        compiled = re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)
    except re.error as exc:
        raise UsageError(f"stats_clip_code_pattern is not a valid regular expression ({exc})") from None
    if compiled.groups < 1:
        raise UsageError("stats_clip_code_pattern needs one group ( … ) around the clip code")
    return compiled


def _named_group(pattern: str) -> str | None:
    """The pattern with its first capturing group named (for Arrow's extract_regex), or None."""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # skip a character class
            j = i + 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(" and not pattern.startswith("(?", i):
            return pattern[:i] + "(?P<code>" + pattern[i + 1 :]
        i += 1
    return None


class Matcher:
    """Matches the rows of one export against the library's publications and clip ids."""

    def __init__(self, publications: list[Publication], clip_ids: list[str], code_pattern: re.Pattern[str]) -> None:
        self.by_key: dict[tuple[str, str], Publication] = {}
        self.by_clip: dict[tuple[str, str], list[Publication]] = {}
        for p in publications:
            if p.post_id:
                self.by_key[(p.platform, p.post_id)] = p
            if p.url_key:
                self.by_key[(p.platform, p.url_key)] = p
            self.by_clip.setdefault((p.clip_id, p.platform), []).append(p)
        self.clips = {cid.casefold(): cid for cid in clip_ids}
        self.pattern = code_pattern

    def code_in(self, *texts: str) -> str | None:
        """The first clip code in the texts that names a clip of the library."""
        for text in texts:
            if not text:
                continue
            norm = unicodedata.normalize("NFKC", text)
            for m in self.pattern.finditer(norm):
                found = self.clips.get(m.group(1).casefold())
                if found:
                    return found
        return None

    def match(self, platform: str, row: PostRow) -> bool:
        """Fill ``row.publication_id``/``clip_id``/``match``; True when matched."""
        by_key = self.by_key
        for key, method in ((row.post_id, "post_id"), (row.alt_id, "post_id"), (row.url_key, "url")):
            if key:
                pub = by_key.get((platform, key))
                if pub is not None:
                    row.publication_id, row.clip_id, row.match = pub.id, pub.clip_id, method
                    return True
        clip_id = self.code_in(row.title, row.text)
        if clip_id is None:
            return False
        row.clip_id, row.match, row.code = clip_id, "clip_code", clip_id
        pubs = self.by_clip.get((clip_id, platform))
        if pubs:
            if row.published_at is not None and len(pubs) > 1:
                when = row.published_at
                pubs = sorted(pubs, key=lambda p: abs((p.published_at - when).total_seconds()))
            row.publication_id = pubs[0].id
        return True

    def match_all(self, platform: str, rows: list[PostRow]) -> int:
        """Match every row; returns how many matched."""
        match = self.match
        return sum(1 for row in rows if match(platform, row))

    def _by_code(self, platform: str, clip_id: str, when: Any) -> tuple[str, int | None, str]:
        pubs = self.by_clip.get((clip_id, platform))
        pub_id = None
        if pubs:
            if when is not None and len(pubs) > 1:
                pubs = sorted(pubs, key=lambda p: abs((p.published_at - when).total_seconds()))
            pub_id = pubs[0].id
        return (clip_id, pub_id, "clip_code")

    def match_table(self, platform: str, table: Any) -> dict[int, tuple[str, int | None, str]]:
        """Match the rows of a posts table (whole columns at once); returns
        {row index: (clip id, publication id or None, method)} of the rows matched."""
        import pyarrow as pa
        import pyarrow.compute as pc

        out: dict[int, tuple[str, int | None, str]] = {}
        keys = {k: p for (pl, k), p in self.by_key.items() if pl == platform}
        if keys and table.num_rows:
            value_set = pa.array(list(keys), pa.string())
            for column, method in (("post_id", "post_id"), ("alt_id", "post_id"), ("url_key", "url")):
                col = table.column(column).combine_chunks()
                mask = pc.fill_null(pc.is_in(col, value_set=value_set), False)
                if not pc.any(mask).as_py():
                    continue
                idx = pc.indices_nonzero(mask)
                for i, key in zip(idx.to_pylist(), pc.take(col, idx).to_pylist()):
                    if i not in out:
                        pub = keys[key]
                        out[i] = (pub.clip_id, pub.id, method)
        if not self.clips or not table.num_rows:
            return out
        titles = table.column("title").combine_chunks()
        texts = table.column("text").combine_chunks()
        joined = pc.binary_join_element_wise(titles, texts, "\n")
        published = table.column("published_at").combine_chunks()
        # Rows with characters NFKC would change (bold letters, full-width forms, emoji…) go
        # through Python; the others are searched as they are, a whole column at once.
        special = pc.fill_null(pc.match_substring_regex(joined, r"[^\x{0000}-\x{009F}\x{00A1}-\x{1EFF}]"), False)
        codes = None
        several = None
        named = _named_group(self.pattern.pattern)
        if named is not None:
            try:
                codes = pc.struct_field(pc.extract_regex(joined, "(?i)" + named), [0])
                # How many codes the row holds, in the title and text as Python reads them
                # (apart) and joined: one code seen alike both ways is all Python would see.
                found = pc.count_substring_regex(joined, "(?i)" + named)
                apart = pc.add(
                    pc.count_substring_regex(titles, "(?i)" + named), pc.count_substring_regex(texts, "(?i)" + named)
                )
                several = pc.fill_null(pc.or_(pc.greater(found, 1), pc.not_equal(found, apart)), True)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # not an RE2 pattern
                codes = None
        slow = special if codes is not None else pc.is_valid(joined)
        if codes is not None:
            known = pa.array(list(self.clips), pa.string())
            hit = pc.and_(pc.invert(special), pc.fill_null(pc.is_in(pc.utf8_lower(codes), value_set=known), False))
            # A first code that names no clip: Python looks at the other codes of the text too
            # (a row with that one code only names no clip: nothing to look at).
            slow = pc.or_(slow, pc.and_(pc.and_(pc.is_valid(codes), pc.invert(hit)), several))
            idx = pc.indices_nonzero(hit)
            for i, code, when in zip(
                idx.to_pylist(), pc.take(codes, idx).to_pylist(), pc.take(published, idx).to_pylist()
            ):
                if i not in out:
                    out[i] = self._by_code(platform, self.clips[code.casefold()], when)
        idx = pc.indices_nonzero(slow)
        rows = zip(
            idx.to_pylist(),
            pc.take(titles, idx).to_pylist(),
            pc.take(texts, idx).to_pylist(),
            pc.take(published, idx).to_pylist(),
        )
        for i, title, text, when in rows:
            if i in out:
                continue
            clip_id = self.code_in(title, text)
            if clip_id is not None:
                out[i] = self._by_code(platform, clip_id, when)
        return out


@dataclass(frozen=True)
class Candidate:
    """A clip a row might belong to: its title and post text, duration and reference times."""

    clip_id: str
    title: str
    post_text: str
    duration_s: float | None
    published: tuple[datetime, ...] = ()  # this platform's publications
    approved_at: datetime | None = None


@dataclass(frozen=True)
class Suggestion:
    """A candidate for an unmatched row, with its score (0–100) and why."""

    clip_id: str
    score: float
    title_score: float
    hours_apart: float | None
    duration_diff_s: float | None

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of ``stats unmatched --json`` suggestions."""
        return {
            "clip_id": self.clip_id,
            "score": round(self.score, 1),
            "title_score": round(self.title_score, 1),
            "hours_apart": None if self.hours_apart is None else round(self.hours_apart, 1),
            "duration_diff_s": None if self.duration_diff_s is None else round(self.duration_diff_s, 1),
        }


def _simple(text: str) -> str:
    return " ".join(re.sub(r"[^\w#]+", " ", fold(unicodedata.normalize("NFKC", text or ""))).split())


def suggest(
    title: str,
    text: str,
    published_at: datetime | None,
    duration_s: float | None,
    candidates: list[Candidate],
    *,
    window_hours: float = 48.0,
    limit: int = 3,
    min_score: float = 55.0,
    min_title: float = 50.0,
) -> list[Suggestion]:
    """The best candidates for one unmatched row (never applied by themselves).

    Score = 60 % title similarity (token set ratio of the folded title + post text) + 25 %
    closeness in time (publication, else approval, within ``window_hours``) + 15 % duration
    (within 1.5 s or 5 %). A candidate needs a title score of ``min_title``; outside the time
    window, (nearly) the same title.
    """
    from rapidfuzz import fuzz  # imported when needed: the desk should not pay for it at start

    row_text = _simple(f"{title} {text}")
    out: list[Suggestion] = []
    for c in candidates:
        cand_text = _simple(f"{c.title} {c.post_text}")
        title_score = fuzz.token_set_ratio(row_text, cand_text) if row_text and cand_text else 0.0
        if title_score < min_title:
            continue  # time and duration rank candidates; they do not make one
        hours = None
        if published_at is not None:
            refs = c.published or ((c.approved_at,) if c.approved_at else ())
            if refs:
                hours = min(abs((r - published_at).total_seconds()) / 3600 for r in refs)
        if hours is not None and hours > window_hours and fuzz.ratio(_simple(title), _simple(c.title)) < 90:
            continue
        time_part = 0.0 if hours is None else max(0.0, 1 - hours / window_hours)
        dur_diff = None
        dur_part = 0.0
        if duration_s is not None and c.duration_s:
            dur_diff = abs(duration_s - c.duration_s)
            if dur_diff <= max(1.5, 0.05 * c.duration_s):
                dur_part = 1.0
            elif dur_diff <= max(5.0, 0.2 * c.duration_s):
                dur_part = 0.4
        score = 0.6 * title_score + 25 * time_part + 15 * dur_part
        if score >= min_score:
            out.append(Suggestion(c.clip_id, score, title_score, hours, dur_diff))
    out.sort(key=lambda s: -s.score)
    return out[:limit]
