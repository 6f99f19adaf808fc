"""The numbers, dates, durations and ids as platforms write them into export files.

* Numbers: ``1628``, ``1,628``, ``12.5``, ``61%``; ``undefined``, ``-``, empty = no data (None),
  never 0.
* Ids are text. A spreadsheet that opened the file may have turned a long id into a float
  (``1.23457E+17``): :func:`mangled_id` says so, the digits are gone for good.
* Dates: ISO (``2026-11-27T08:30:00``), Meta's ``11/27/2026 08:30``, YouTube's ``Nov 27, 2026``,
  TikTok's in the Studio's language and often without a year (``September 25``, ``18 tháng Sáu``,
  ``18 tháng 6``). A date without a year takes the year that puts it on or before the reference
  date (the export date).
* Durations: seconds (``31``, ``31.5``) or ``H:MM:SS`` / ``M:SS``.

Times without a zone are in the station's time zone (``stats_timezone``), returned as UTC.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache

__all__ = [
    "NO_DATA",
    "decode_text",
    "to_int",
    "to_float",
    "to_share",
    "to_seconds",
    "mangled_id",
    "parse_when",
    "parse_day",
    "station_zone",
    "fold",
]

NO_DATA = frozenset({"", "undefined", "-", "--", "—", "n/a", "na", "null", "none", "nan"})


class ValueProblem(ValueError):
    """A cell does not hold what its column promises (the message names the value)."""


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of an export file: UTF-16 (with BOM, or LE by its zero bytes), UTF-8
    with or without BOM. Raises ValueProblem for anything else."""
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValueProblem("the file says UTF-16 but its bytes are not") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise ValueProblem("the file says UTF-8 but its bytes are not") from None
    head = raw[:200]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        try:
            return raw.decode("utf-16-le"), "utf-16-le"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        raise ValueProblem("not UTF-8 or UTF-16 text (is it a spreadsheet or another file?)") from None


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:([,. \u00a0\u202f])\d{3})(?:\1\d{3})*$")


def _clean_number(text: str) -> str | None:
    s = text.strip().strip('"').strip()
    if s.lower() in NO_DATA:
        return None
    m = _THOUSANDS.match(s)
    if m:
        return s.replace(m.group(1), "")
    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in s and "." not in s:
        # A lone comma is a decimal comma (12,5); thousands were handled above.
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    return s


def to_int(text: str) -> int | None:
    """An integer count; None for no data. Raises ValueProblem for text that is not a number."""
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    s = _clean_number(text)
    if s is None:
        return None
    try:
        return int(s)
    except ValueError:
        try:
            value = float(s)
        except ValueError:
            raise ValueProblem(f"'{text}' is not a number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem(f"'{text}' is not a number") from None
        return int(round(value))


def to_float(text: str) -> float | None:
    """A decimal number (a trailing % is dropped: the value stays in percent)."""
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    s = _clean_number(text)
    if s is None:
        return None
    s = s.rstrip("%")
    try:
        value = float(s)
    except ValueError:
        raise ValueProblem(f"'{text}' is not a number") from None
    if value != value:
        return None
    return value


def to_share(text: str) -> float | None:
    """A share of a whole as 0..1: ``61%`` → 0.61, ``0.61`` → 0.61, ``61`` → 0.61."""
    if not text:
        return None
    value = to_float(text)
    if value is None:
        return None
    if text.strip().endswith("%") or value > 1.0:
        return value / 100.0
    return value


def to_seconds(text: str) -> float | None:
    """A duration in seconds from ``31``, ``31.5``, ``0:31``, ``0:00:31``."""
    if not text:
        return None
    s = text.strip()
    if s.lower() in NO_DATA:
        return None
    if ":" in s:
        try:
            parts = [float(p) for p in s.split(":")]
        except ValueError:
            raise ValueProblem(f"'{text}' is not a duration") from None
        seconds = 0.0
        for p in parts:
            seconds = seconds * 60 + p
        return seconds
    return to_float(s)


_MANGLED = re.compile(r"^\s*[+-]?\d(?:[.,]\d+)?[eE][+]?\d+\s*$")


def mangled_id(text: str | None) -> bool:
    """Whether an id was turned into a float by a spreadsheet (``1.23457E+17``)."""
    return bool(text) and bool(_MANGLED.match(text or ""))


# -- time zones ---------------------------------------------------------------------------------
def station_zone(name: str) -> tzinfo:
    """The tzinfo for a zone name ("Asia/Ho_Chi_Minh"), or a fixed "+07:00"; UTC if empty."""
    if not name:
        return timezone.utc
    m = re.fullmatch(r"(?:UTC)?([+-])(\d{1,2}):?(\d{2})?", name.strip())
    if m:
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return timezone(delta if m.group(1) == "+" else -delta)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - no tz database on this system: Vietnam has no summer time
        if name in ("Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Bangkok", "Asia/Jakarta"):
            return timezone(timedelta(hours=7))
        raise ValueProblem(f"unknown time zone '{name}'") from None


# -- dates ----------------------------------------------------------------------------------------
def fold(text: str) -> str:
    """Lower case without Vietnamese marks (đ → d): for matching month names and titles."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


_EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTHS: dict[str, int] = {}
for _n, _m in enumerate(_EN_MONTHS, 1):
    _MONTHS[_m] = _n
    _MONTHS[_m[:3]] = _n
_MONTHS["sept"] = 9
# Vietnamese month names (folded): "tháng Sáu" → "thang sau"; Giêng and Chạp as people say them.
_VI_WORDS = ["mot", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "muoi mot", "muoi hai"]
for _n, _w in enumerate(_VI_WORDS, 1):
    _MONTHS[f"thang {_w}"] = _n
_MONTHS["thang gieng"] = 1
_MONTHS["thang chap"] = 12
_MONTHS["thang bon"] = 4
for _n in range(1, 13):
    _MONTHS[f"thang {_n}"] = _n
    _MONTHS[f"thg {_n}"] = _n
    _MONTHS[f"th{_n}"] = _n

_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_SLASH = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?")
_CJK = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def _hour(h: int, ampm: str | None) -> int:
    if ampm:
        ampm = ampm.lower()
        if ampm == "pm" and h < 12:
            return h + 12
        if ampm == "am" and h == 12:
            return 0
    return h


def _infer_year(month: int, day: int, ref: date | None) -> int:
    ref = ref or date.today()
    candidate = date(ref.year, month, day) if _valid(ref.year, month, day) else None
    if candidate is None or candidate > ref + timedelta(days=1):
        return ref.year - 1
    return ref.year


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


@lru_cache(maxsize=4096)
def parse_day(text: str, *, ref: date | None = None, day_first: bool = False) -> tuple[date, time | None] | None:
    """(date, time or None) of a date text in any of the forms above; None for no data.

    Raises ValueProblem for text that is not a date. ``ref`` is the export date, for dates
    without a year. ``day_first`` reads 05/06/2026 as 5 June (Meta writes month first).
    """
    s = " ".join(text.strip().strip('"').split())
    if s.lower() in NO_DATA:
        return None
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid(y, mo, d):
            raise ValueProblem(f"'{text}' is not a date")
        t = time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)) if m.group(4) else None
        return date(y, mo, d), t
    m = _SLASH.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 else y
        mo, d = (b, a) if (day_first or a > 12) else (a, b)
        if not _valid(y, mo, d):
            raise ValueProblem(f"'{text}' is not a date")
        t = None
        if m.group(4):
            t = time(_hour(int(m.group(4)), m.group(7)), int(m.group(5)), int(m.group(6) or 0))
        return date(y, mo, d), t
    m = _CJK.match(s)
    if m:
        mo, d = int(m.group(2)), int(m.group(3))
        y = int(m.group(1)) if m.group(1) else _infer_year(mo, d, ref)
        if not _valid(y, mo, d):
            raise ValueProblem(f"'{text}' is not a date")
        return date(y, mo, d), None
    return _named_month(s, text, ref)


def _named_month(s: str, original: str, ref: date | None) -> tuple[date, time | None]:
    t = None
    tm = _TIME.search(s)
    if tm:
        t = time(_hour(int(tm.group(1)), tm.group(4)), int(tm.group(2)), int(tm.group(3) or 0))
        s = (s[: tm.start()] + s[tm.end() :]).strip()
    f = fold(s).replace(",", " ").replace(".", " ")
    f = re.sub(r"\bngay\b", " ", f)
    f = re.sub(r"(?<!thang )\bnam\s+(\d{4})\b", r" \1", f)  # "năm 2026" (year), not "tháng Năm"
    f = " ".join(f.split())
    year = None
    ym = re.search(r"\b(\d{4})\b", f)
    if ym:
        year = int(ym.group(1))
        f = " ".join((f[: ym.start()] + f[ym.end() :]).split())
    day = None
    month = None
    # Longest month names first, so "thang muoi hai" wins over "thang muoi".
    for name in sorted(_MONTHS, key=len, reverse=True):
        pat = re.search(rf"(?:^|\s){re.escape(name)}(?:$|\s)", f)
        if pat:
            month = _MONTHS[name]
            rest = (f[: pat.start()] + " " + f[pat.end() :]).split()
            nums = [int(x) for x in rest if x.isdigit()]
            if len(nums) == 1 and 1 <= nums[0] <= 31:
                day = nums[0]
            break
    if month is None or day is None:
        raise ValueProblem(f"'{original}' is not a date")
    if year is None:
        year = _infer_year(month, day, ref)
    if not _valid(year, month, day):
        raise ValueProblem(f"'{original}' is not a date")
    return date(year, month, day), t


def parse_when(text: str, zone: tzinfo, *, ref: date | None = None, day_first: bool = False) -> datetime | None:
    """A date and time as aware UTC; a zone in the text wins, else ``zone``; a date without a
    time is midnight in ``zone``. None for no data; ValueProblem for text that is not a date."""
    s = text.strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m and m.group(7):
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00").replace(" ", "T", 1)).astimezone(timezone.utc)
        except ValueError:
            raise ValueProblem(f"'{text}' is not a date") from None
    parsed = parse_day(s, ref=ref, day_first=day_first)
    if parsed is None:
        return None
    d, t = parsed
    return datetime.combine(d, t or time(0, 0), tzinfo=zone).astimezone(timezone.utc)
