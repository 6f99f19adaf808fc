"""Recognise a platform export file by its content and read it.

Known layouts (the file name is never trusted; columns are matched by name, in any order, and
a column the export lacks is simply "no data"):

=====================  ==========  ======================================================
format                 kind        what it looks like
=====================  ==========  ======================================================
meta_posts             posts       Meta Business Suite / Insights post export: UTF-8 (BOM),
                                   ``Post ID``, ``Permalink``/``Publish time`` + metrics
meta_daily             daily       Meta page series: UTF-16, ``sep=,``, the metric's name,
                                   then ``"Date","Primary"``
meta_audience          audience    Meta audience: UTF-16, ``sep=,``, stacked blocks
                                   (``Age & gender``, ``Top cities``, ``Top countries``…)
youtube_content        posts       YouTube Studio advanced mode ``Table data.csv`` by video
                                   (``Content`` = video id; first data row = the total)
youtube_geography      audience    the same by ``Geography``
youtube_subscription   audience    the same by ``Subscription status``
youtube_age/gender     audience    the same by ``Viewer age`` / ``Viewer gender``
youtube_totals         daily       ``Totals.csv``: one row per day
tiktok_content         posts       TikTok Studio ``Content.csv`` (``Video link``, ``Post time``)
tiktok_overview        daily       ``Overview.csv`` (``Date``, ``Video Views``, …)
tiktok_followers       daily       ``FollowerHistory.csv``
tiktok_activity        audience    ``FollowerActivity.csv``: active followers by hour
tiktok_gender          audience    ``FollowerGender.csv``
tiktok_territories     audience    ``FollowerTopTerritories.csv``
tiktok_viewers         audience    ``Viewers.csv``: new and returning viewers by day
=====================  ==========  ======================================================

Anything else, or a known file with a broken row, raises :class:`ExportRejected` with one line
naming the problem; nothing of such a file is kept.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime, timezone, tzinfo
from typing import Any, Callable, Iterable

import pyarrow as pa
import pyarrow.compute as pc

from reviewer.core.stats.columns import (
    POST_SCHEMA,
    CellProblem,
    ShapeProblem,
    floats,
    ints,
    read_csv_table,
    seconds,
    texts,
    times,
)
from reviewer.core.stats.model import AUDIENCE, DAILY, POSTS, AudienceItem, ParsedExport, SeriesPoint
from reviewer.core.stats.urls import parse_post_url, url_key
from reviewer.core.stats.values import (
    NO_DATA,
    ValueProblem,
    parse_day,
    parse_when,
    to_float,
    to_share,
)
from reviewer.errors import InputRejected, UsageError

__all__ = ["ExportRejected", "ChartDataSkipped", "parse_export", "zip_members", "member_time"]

MAX_ZIP_MEMBERS = 64
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200


class ExportRejected(InputRejected):
    """An export file is not one we know, or is broken: nothing of it is stored."""


class ChartDataSkipped(ExportRejected):
    """YouTube's 'Chart data.csv': the chart's points, not used (the zip's table has the totals)."""


def _norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").strip().strip('"').casefold().split())


def _records(text: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise ExportRejected(f"not a readable CSV file ({exc})") from None


def _cell_problem(row_no: int, column: str, exc: ValueProblem) -> ExportRejected:
    return ExportRejected(f"row {row_no}, column '{column}': {exc}")


# -- detection ------------------------------------------------------------------------------
def _to_utf8(raw: bytes) -> bytes:
    """The file's text as UTF-8 bytes without a BOM (UTF-16 files are transcoded)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ExportRejected("the file says UTF-16 but its bytes are not") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:]
    head = raw[:200]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        try:
            return raw.decode("utf-16-le").encode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        # The beginning decides what the file is; Arrow checks the rest of a large one.
        raw[: 1 << 20].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < (1 << 20) - 4:
            raise ExportRejected("not UTF-8 or UTF-16 text (is it a spreadsheet or another file?)") from None
    return raw


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ExportRejected("not UTF-8 or UTF-16 text (is it a spreadsheet or another file?)") from None


def parse_export(
    name: str,
    raw: bytes,
    *,
    zone: tzinfo,
    ref: date,
    platform: str | None = None,
) -> ParsedExport:
    """Read one export file (CSV bytes). ``ref`` is the export date for dates without a year;
    ``platform`` overrides the platform for layouts two platforms share."""
    if not raw[:4096].strip() and not raw.strip():
        raise ExportRejected("the file is empty")
    if raw[:4] == b"PK\x03\x04":
        raise ExportRejected("a zip archive inside the export; unpack it first")
    data = _to_utf8(raw)
    if b"\x00" in data[:65536]:
        raise ExportRejected("binary data, not a CSV text file")
    first_line = data[:65536].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    if first_line.lower().startswith("sep="):
        parsed = _parse_meta_blocks(_text(data), ref=ref)
    else:
        names = next(csv.reader([first_line]), [])
        header = [_norm(h) for h in names]
        parser = _pick(header)
        if parser is None:
            shown = ", ".join(h for h in names[:6] if h.strip())
            raise ExportRejected(
                "not a known export of Meta Business Suite, YouTube Studio or TikTok Studio "
                f"(its columns: {shown or 'none'})"
            )
        if parser in _POST_PARSERS:
            try:
                parsed = parser(header, names, data, zone=zone, ref=ref)
            except (ShapeProblem, CellProblem) as exc:
                raise ExportRejected(str(exc)) from None
        else:
            records = _records(_text(data))
            while records and not any(c.strip() for c in records[-1]):
                records.pop()
            parsed = parser(header, records, zone=zone, ref=ref)
    if platform:
        parsed.platform = platform
    return parsed


Parser = Callable[..., ParsedExport]
"""A layout's reader: (header, records or the file's bytes, zone=, ref=) → the parsed export."""


def _has(header: list[str], *names: str) -> bool:
    return all(n in header for n in names)


def _pick(header: list[str]) -> Parser | None:
    first = header[0] if header else ""
    if "post id" in header and ("permalink" in header or "publish time" in header):
        return _parse_meta_posts
    if first == "content" and "video title" in header:
        return _parse_youtube_content
    if first == "geography" and "views" in header:
        return _audience_table("youtube", "youtube_geography", "country")
    if first == "subscription status" and "views" in header:
        return _audience_table("youtube", "youtube_subscription", "subscription")
    if first in ("viewer age", "viewer gender") and any(h.startswith("views") for h in header):
        dim = "age" if first == "viewer age" else "gender"
        return _audience_table("youtube", f"youtube_{dim}", dim)
    if first == "date" and "content" in header and "views" in header:
        return _reject_chart
    if "video link" in header and "post time" in header:
        return _parse_tiktok_content
    if _has(header, "date", "hour", "active followers"):
        return _parse_tiktok_activity
    if _has(header, "gender", "distribution") and len(header) == 2:
        return _two_column_audience("tiktok", "tiktok_gender", "gender")
    if header and header[0] in ("top territories", "territory", "top territory") and "distribution" in header:
        return _two_column_audience("tiktok", "tiktok_territories", "country")
    if _has(header, "date", "new viewers", "returning viewers"):
        return _parse_tiktok_viewers
    if _has(header, "date", "video views", "profile views"):
        return _series_table("tiktok", "tiktok_overview")
    if _has(header, "date", "followers") and len(header) <= 4:
        return _series_table("tiktok", "tiktok_followers")
    if first == "date" and "views" in header and ("watch time (hours)" in header or len(header) <= 8):
        return _series_table("youtube", "youtube_totals")
    return None


def _reject_chart(header: list[str], records: list[list[str]], **_kw: Any) -> ParsedExport:
    raise ChartDataSkipped(
        "YouTube Studio 'Chart data' (the chart's daily points): import the zip or its Table data.csv"
    )


# -- per-post exports: whole columns through Arrow ----------------------------------------------------
_META_POST_FIELDS: dict[str, tuple[str, str]] = {
    # header (folded) -> (column of POST_SCHEMA, converter)
    "title": ("title", "text"),
    "description": ("text", "text"),
    "duration (sec)": ("duration_s", "float"),
    "publish time": ("published_at", "when"),
    "permalink": ("url", "text"),
    "post type": ("post_type", "text"),
    "views": ("views", "int"),
    "reach": ("reach", "int"),
    "reactions, comments and shares": ("interactions", "int"),
    "reactions": ("reactions", "int"),
    "likes": ("reactions", "int"),
    "comments": ("comments", "int"),
    "shares": ("shares", "int"),
    "seconds viewed": ("seconds_viewed", "float"),
    "average seconds viewed": ("avg_seconds_viewed", "float"),
    "impressions": ("impressions", "int"),
}
_METRIC_FIELDS = (
    "views",
    "reach",
    "interactions",
    "reactions",
    "comments",
    "shares",
    "seconds_viewed",
    "avg_seconds_viewed",
    "impressions",
)
# The post id a link names: the same rules as urls.parse_post_url, for a whole column at once.
_FB_QUERY_ID = r"[?&](?:story_fbid|fbid|v)=(?P<q>\d{5,25}|pfbid[A-Za-z0-9]{10,80})(?:&|#|$)"
_FB_PATH_ID = (
    r"/(?:reel|reels|videos|posts|permalink|watch)/(?:[^/?#]*/)*?"
    r"(?P<p>\d{5,25}|pfbid[A-Za-z0-9]{10,80})(?:[/?#]|$)"
)
_IG_PATH_ID = r"/(?:p|reel|reels|tv)/(?P<p>[A-Za-z0-9_-]+)"
_TT_PATH_ID = r"/(?:video|photo)/(?P<p>\d{5,25})(?:[/?#]|$)"
_MANGLED_RE2 = r"^\s*[+-]?\d(?:[.,]\d+)?[eE][+]?\d+\s*$"


def _null_strings(n: int) -> pa.Array:
    return pa.nulls(n, pa.string())


def _convert(
    tbl: pa.Table,
    header: list[str],
    names: list[str],
    fields: dict[str, tuple[str, str]],
    zone: tzinfo,
    ref: date,
    fast_time: str | None,
) -> dict[str, pa.Array]:
    out: dict[str, pa.Array] = {}
    for i, h in enumerate(header):
        spec = fields.get(h)
        if not spec or spec[0] in out:
            continue
        field, kind = spec
        col = tbl.column(i)
        shown = names[i].strip()
        if kind == "text":
            out[field] = texts(col)
        elif kind == "int":
            out[field] = ints(col, shown)
        elif kind == "float":
            out[field] = floats(col, shown)
        elif kind == "seconds":
            out[field] = seconds(col, shown)
        elif kind == "when":
            out[field] = times(col, shown, zone, ref, fast_format=fast_time)
    return out


def _post_table(n: int, row_no: pa.Array, cols: dict[str, pa.Array]) -> pa.Table:
    arrays = []
    for f in POST_SCHEMA:
        if f.name == "row_no":
            arrays.append(row_no)
        elif f.name in cols:
            a = cols[f.name]
            arrays.append(a if a.type == f.type else a.cast(f.type))
        elif f.name in ("title", "text", "post_type", "url_key"):
            arrays.append(pa.array([""] * n, pa.string()))
        else:
            arrays.append(pa.nulls(n, f.type))
    return pa.Table.from_arrays(arrays, schema=POST_SCHEMA)


def _first(struct: pa.Array) -> pa.Array:
    return pc.struct_field(struct, [0])


def _link_ids(url: pa.Array, platform: str) -> pa.Array:
    """The post id each link names (null where none)."""
    if platform == "instagram":
        return _first(pc.extract_regex(url, _IG_PATH_ID))
    if platform == "tiktok":
        return _first(pc.extract_regex(url, _TT_PATH_ID))
    path = _first(pc.extract_regex(url, _FB_PATH_ID))
    # Only a link with a query (``?v=``, ``story_fbid=``) can name its post there: most links
    # are ``/reel/<id>``, so the query's pattern runs on those few rows only.
    query = pc.fill_null(pc.match_substring(url, "="), False)
    if not pc.any(query).as_py():
        return path
    found = _first(pc.extract_regex(pc.filter(url, query), _FB_QUERY_ID))
    return pc.coalesce(pc.replace_with_mask(pa.nulls(len(url), pa.string()), query, found), path)


def _url_keys(url: pa.Array, *has_id: pa.Array) -> pa.Array:
    """The normalised URL of rows whose link names no post (the others match by their id)."""
    need = pc.is_valid(url)
    for a in has_id:
        need = pc.and_(need, pc.is_null(a))
    keys = [""] * len(url)
    if pc.any(need).as_py():
        urls = url.to_pylist()
        for i in pc.indices_nonzero(need).to_pylist():
            keys[i] = url_key(urls[i])
    return pa.array(keys, pa.string())


def _empty_to_null(a: pa.Array) -> pa.Array:
    return pc.if_else(pc.equal(a, ""), pa.scalar(None, pa.string()), a)


def _parse_meta_posts(header: list[str], names: list[str], data: bytes, *, zone: tzinfo, ref: date) -> ParsedExport:
    if not any(_META_POST_FIELDS.get(h, ("",))[0] in _METRIC_FIELDS for h in header):
        raise ExportRejected("a Meta post export without any numbers (no Views, Reach, Reactions… column)")
    tbl = read_csv_table(data, len(header))
    n = tbl.num_rows
    cols = _convert(tbl, header, names, _META_POST_FIELDS, zone, ref, "%m/%d/%Y %H:%M")
    instagram = "account id" in header or "account username" in header
    platform = "instagram" if instagram else "facebook"
    warnings: list[str] = []
    post_id = _empty_to_null(texts(tbl.column(header.index("post id"))))
    url = _empty_to_null(cols.get("url", _null_strings(n)))
    link = _link_ids(url, platform)
    mangled = pc.fill_null(pc.match_substring_regex(post_id, _MANGLED_RE2), False)
    if pc.any(mangled).as_py():
        ids = post_id.to_pylist()
        links = link.to_pylist()
        fixed = []
        for i in pc.indices_nonzero(mangled).to_pylist():
            if not links[i]:
                raise ExportRejected(
                    f"row {i + 2}: Post ID '{ids[i]}' was turned into a number by a spreadsheet and its "
                    "permalink names no post; export the file again from Meta and import it without "
                    "opening it in Excel"
                )
            fixed.append(ids[i])
            ids[i] = links[i]
        post_id = pa.array(ids, pa.string())
        warnings.append(
            f"{len(fixed)} Post ID{'s' if len(fixed) > 1 else ''} had been turned into numbers by a "
            f"spreadsheet (e.g. {fixed[0]}); the id was taken from the permalink"
        )
    # Older exports name a post "<page id>_<post id>"; otherwise the id its permalink names.
    after = _first(pc.extract_regex(post_id, r"_(?P<a>[^_]+)$"))
    other_link = pc.if_else(pc.fill_null(pc.equal(link, post_id), False), pa.scalar(None, pa.string()), link)
    alt = pc.coalesce(after, other_link)
    cols.update(post_id=post_id, alt_id=alt, url=url, url_key=_url_keys(url, post_id, alt))
    row_no = pa.array(range(2, n + 2), pa.int32())
    return ParsedExport(platform, POSTS, "meta_posts", table=_post_table(n, row_no, cols), warnings=warnings)


# -- Meta files with a "sep=," line: daily series and the audience blocks ----------------------
_AUDIENCE_BLOCKS = {
    "age & gender": "age_gender",
    "top cities": "city",
    "top countries": "country",
    "độ tuổi & giới tính": "age_gender",
    "thành phố hàng đầu": "city",
    "quốc gia hàng đầu": "country",
}
_SKIPPED_BLOCKS = {"top pages", "trang hàng đầu"}


def _parse_meta_blocks(text: str, *, ref: date) -> ParsedExport:
    records = _records(text)[1:]  # the "sep=," line
    blocks: list[tuple[str, list[list[str]]]] = []
    current: list[list[str]] | None = None
    for rec in records:
        if not rec or not any(c.strip() for c in rec):
            current = None
            continue
        if current is None:
            label = rec[0].strip()
            current = []
            blocks.append((label, current))
            continue
        current.append(rec)
    if not blocks:
        raise ExportRejected("a Meta file with nothing after its 'sep=,' line")
    series: list[SeriesPoint] = []
    audience: list[AudienceItem] = []
    warnings: list[str] = []
    platform = "facebook"
    for label, rows in blocks:
        key = _norm(label)
        if key.startswith("instagram"):
            platform = "instagram"
        if rows and _norm(rows[0][0]) == "date":
            series.extend(_meta_series(label, rows, ref))
        elif key in _AUDIENCE_BLOCKS:
            audience.extend(_meta_audience_block(_AUDIENCE_BLOCKS[key], label, rows))
        elif key in _SKIPPED_BLOCKS:
            continue
        else:
            warnings.append(f"block '{label}' is not one the desk reads; skipped")
    if audience:
        return ParsedExport(platform, AUDIENCE, "meta_audience", series=series, audience=audience, warnings=warnings)
    if series:
        return ParsedExport(platform, DAILY, "meta_daily", series=series, warnings=warnings)
    raise ExportRejected("a Meta file without a daily series or an audience block")


def _meta_series(label: str, rows: list[list[str]], ref: date) -> list[SeriesPoint]:
    header = rows[0]
    out: list[SeriesPoint] = []
    names = [label if _norm(h) == "primary" else f"{label}: {h.strip()}" for h in header]
    for n, rec in enumerate(rows[1:], start=2):
        if len(rec) != len(header):
            raise ExportRejected(f"'{label}', row {n}: {len(rec)} cells but the header has {len(header)}")
        try:
            parsed = parse_day(rec[0], ref=ref)
        except ValueProblem as exc:
            raise ExportRejected(f"'{label}', row {n}: {exc}") from None
        if parsed is None:
            continue
        day = parsed[0].isoformat()
        for i in range(1, len(rec)):
            try:
                out.append(SeriesPoint(names[i], day, to_float(rec[i])))
            except ValueProblem as exc:
                raise ExportRejected(f"'{label}', row {n}: {exc}") from None
    return out


def _shares(values: list[str], where: str) -> list[float | None]:
    try:
        nums = [to_float(v) for v in values]
    except ValueProblem as exc:
        raise ExportRejected(f"{where}: {exc}") from None
    percent = any(v is not None and v > 1.0 for v in nums) or any(v.strip().endswith("%") for v in values)
    return [None if v is None else (v / 100.0 if percent else v) for v in nums]


def _meta_audience_block(dimension: str, label: str, rows: list[list[str]]) -> list[AudienceItem]:
    if dimension == "age_gender":
        if not rows:
            return []
        header = rows[0]
        body = rows[1:] if not header[0].strip() else rows
        genders = [h.strip() for h in header[1:]] if not header[0].strip() else [f"#{i}" for i in range(1, len(header))]
        flat: list[tuple[str, str]] = []
        for rec in body:
            for g, v in zip(genders, rec[1:]):
                flat.append((f"{rec[0].strip()}|{g}", v))
        values = _shares([v for _k, v in flat], f"'{label}'")
        return [AudienceItem(dimension, k, v, "share") for (k, _raw), v in zip(flat, values)]
    if len(rows) < 2:
        raise ExportRejected(f"'{label}': names without their values")
    names, raw = rows[0], rows[1]
    if len(names) != len(raw):
        raise ExportRejected(f"'{label}': {len(names)} names but {len(raw)} values")
    values = _shares(raw, f"'{label}'")
    return [AudienceItem(dimension, n.strip(), v, "share") for n, v in zip(names, values) if n.strip()]


# -- YouTube Studio advanced mode ----------------------------------------------------------------
_YT_FIELDS: dict[str, tuple[str, str]] = {
    "video title": ("title", "text"),
    "video publish time": ("published_at", "when"),
    "duration": ("duration_s", "seconds"),
    "views": ("views", "int"),
    "engaged views": ("engaged_views", "int"),
    "watch time (hours)": ("watch_hours", "float"),
    "average view duration": ("avg_seconds_viewed", "seconds"),
    "average percentage viewed (%)": ("avg_pct_viewed", "float"),
    "impressions": ("impressions", "int"),
    "thumbnail impressions": ("impressions", "int"),
    "impressions click-through rate (%)": ("ctr_pct", "float"),
    "thumbnail click-through rate (%)": ("ctr_pct", "float"),
    "stayed to watch (%)": ("stayed_pct", "float"),
    "likes": ("reactions", "int"),
    "comments added": ("comments", "int"),
    "comments": ("comments", "int"),
    "shares": ("shares", "int"),
}


def _is_total(cell: str) -> bool:
    return _norm(cell) in ("total", "tổng", "tổng cộng")


def _parse_youtube_content(
    header: list[str], names: list[str], data: bytes, *, zone: tzinfo, ref: date
) -> ParsedExport:
    tbl = read_csv_table(data, len(header))
    n = tbl.num_rows
    content = texts(tbl.column(0))
    is_total = pc.is_in(pc.utf8_lower(content), value_set=pa.array(["total", "tổng", "tổng cộng"]))
    keep = pc.and_(pc.invert(is_total), pc.not_equal(content, ""))
    warnings: list[str] = []
    if n and not pc.any(is_total).as_py():
        warnings.append("no 'Total' row (YouTube Studio puts the total first); every row read as a video")
    row_no = pc.filter(pa.array(range(2, n + 2), pa.int32()), keep)
    tbl = tbl.filter(keep)
    n = tbl.num_rows
    cols = _convert(tbl, header, names, _YT_FIELDS, zone, ref, "%b %d, %Y")
    vid = texts(tbl.column(0))
    cols["post_id"] = vid
    cols["url"] = pc.binary_join_element_wise("https://www.youtube.com/watch?v=", vid, "")
    cols["url_key"] = pc.binary_join_element_wise("youtube.com/watch?v=", vid, "")
    if all(k in cols for k in ("reactions", "comments", "shares")):
        cols["interactions"] = pc.add(pc.add(cols["reactions"], cols["comments"]), cols["shares"])
    return ParsedExport("youtube", POSTS, "youtube_content", table=_post_table(n, row_no, cols), warnings=warnings)


def _audience_table(platform: str, fmt: str, dimension: str) -> Parser:
    def parse(header: list[str], records: list[list[str]], **_kw: Any) -> ParsedExport:
        share_col = next((i for i, h in enumerate(header) if h.endswith("(%)") and h.startswith("views")), None)
        views_col = header.index("views") if "views" in header else None
        items: list[AudienceItem] = []
        for n, rec in enumerate(records[1:], start=2):
            if not rec or not rec[0].strip() or _is_total(rec[0]):
                continue
            if len(rec) != len(header):
                raise ExportRejected(f"row {n} has {len(rec)} cells but the header has {len(header)}")
            try:
                if share_col is not None:
                    items.append(AudienceItem(dimension, rec[0].strip(), to_share(rec[share_col]), "share"))
                elif views_col is not None:
                    items.append(AudienceItem(dimension, rec[0].strip(), to_float(rec[views_col]), "count"))
            except ValueProblem as exc:
                shown = share_col if share_col is not None else views_col
                raise _cell_problem(n, records[0][shown if shown is not None else 0], exc) from None
        return ParsedExport(platform, AUDIENCE, fmt, audience=items)

    return parse


def _series_table(platform: str, fmt: str) -> Parser:
    def parse(header: list[str], records: list[list[str]], *, zone: tzinfo, ref: date) -> ParsedExport:
        names = [h.strip() for h in records[0]]
        date_col = header.index("date")
        points: list[SeriesPoint] = []
        for n, rec in enumerate(records[1:], start=2):
            if not rec or not any(c.strip() for c in rec):
                continue
            if len(rec) != len(header):
                raise ExportRejected(f"row {n} has {len(rec)} cells but the header has {len(header)}")
            if _is_total(rec[date_col]):
                continue
            try:
                parsed = parse_day(rec[date_col], ref=ref)
            except ValueProblem as exc:
                raise _cell_problem(n, names[date_col], exc) from None
            if parsed is None:
                continue
            day = parsed[0].isoformat()
            for i, value in enumerate(rec):
                if i == date_col:
                    continue
                try:
                    points.append(SeriesPoint(names[i], day, to_float(value)))
                except ValueProblem as exc:
                    raise _cell_problem(n, names[i], exc) from None
        return ParsedExport(platform, DAILY, fmt, series=points)

    return parse


# -- TikTok Studio ---------------------------------------------------------------------------
_TT_FIELDS: dict[str, tuple[str, str]] = {
    "video title": ("title", "text"),
    "video link": ("url", "text"),
    "post time": ("published_at", "when"),
    "total likes": ("reactions", "int"),
    "total comments": ("comments", "int"),
    "total shares": ("shares", "int"),
    "total views": ("views", "int"),
    "total play time": ("seconds_viewed", "seconds"),
    "average watch time": ("avg_seconds_viewed", "seconds"),
    "watched full video": ("avg_pct_viewed", "float"),
}


def _parse_tiktok_content(header: list[str], names: list[str], data: bytes, *, zone: tzinfo, ref: date) -> ParsedExport:
    tbl = read_csv_table(data, len(header))
    n = tbl.num_rows
    exported: datetime | None = None
    if "time" in header:
        # "Time" is the day the Studio made the file, in its language and often without a year.
        col = header.index("time")
        for i, value in enumerate(tbl.column(col).to_pylist()):
            if value and value.strip() and value.strip().lower() not in NO_DATA:
                try:
                    exported = parse_when(value, zone, ref=ref)
                except ValueProblem as exc:
                    raise _cell_problem(i + 2, names[col].strip(), exc) from None
                break
    post_ref = exported.astimezone(zone).date() if exported else ref
    cols = _convert(tbl, header, names, _TT_FIELDS, zone, post_ref, None)
    url = _empty_to_null(cols.get("url", _null_strings(n)))
    ids = _link_ids(url, "tiktok")
    odd = pc.and_(pc.is_valid(url), pc.is_null(ids))
    if pc.any(odd).as_py():
        urls = url.to_pylist()
        for i in pc.indices_nonzero(odd).to_pylist():
            try:
                parse_post_url(urls[i], "tiktok")  # a short vm.tiktok.com link names no id: kept as URL
            except UsageError:
                raise ExportRejected(f"row {i + 2}: '{urls[i]}' is not a TikTok video link") from None
    cols.update(url=url, post_id=ids, url_key=_url_keys(url, ids))
    if all(k in cols for k in ("reactions", "comments", "shares")):
        cols["interactions"] = pc.add(pc.add(cols["reactions"], cols["comments"]), cols["shares"])
    row_no = pa.array(range(2, n + 2), pa.int32())
    return ParsedExport("tiktok", POSTS, "tiktok_content", exported_at=exported, table=_post_table(n, row_no, cols))


def _parse_tiktok_activity(header: list[str], records: list[list[str]], *, zone: tzinfo, ref: date) -> ParsedExport:
    d, h, a = header.index("date"), header.index("hour"), header.index("active followers")
    items: list[AudienceItem] = []
    for n, rec in enumerate(records[1:], start=2):
        if not rec or not any(c.strip() for c in rec):
            continue
        if len(rec) != len(header):
            raise ExportRejected(f"row {n} has {len(rec)} cells but the header has {len(header)}")
        try:
            parsed = parse_day(rec[d], ref=ref)
            m = re.match(r"\s*(\d{1,2})", rec[h])
            if not m or int(m.group(1)) > 23:
                raise ValueProblem(f"'{rec[h]}' is not an hour of the day")
            items.append(
                AudienceItem(
                    "active_hour",
                    str(int(m.group(1))),
                    to_float(rec[a]),
                    "count",
                    parsed[0].isoformat() if parsed else None,
                )
            )
        except ValueProblem as exc:
            raise ExportRejected(f"row {n}: {exc}") from None
    return ParsedExport("tiktok", AUDIENCE, "tiktok_activity", audience=items)


def _two_column_audience(platform: str, fmt: str, dimension: str) -> Parser:
    def parse(header: list[str], records: list[list[str]], **_kw: Any) -> ParsedExport:
        dist = header.index("distribution")
        key = 1 - dist if len(header) == 2 else 0
        body = [r for r in records[1:] if r and any(c.strip() for c in r)]
        for n, rec in enumerate(body, start=2):
            if len(rec) != len(header):
                raise ExportRejected(f"row {n} has {len(rec)} cells but the header has {len(header)}")
        values = _shares([r[dist] for r in body], "Distribution")
        items = [AudienceItem(dimension, r[key].strip(), v, "share") for r, v in zip(body, values)]
        return ParsedExport(platform, AUDIENCE, fmt, audience=items)

    return parse


def _parse_tiktok_viewers(header: list[str], records: list[list[str]], *, zone: tzinfo, ref: date) -> ParsedExport:
    d = header.index("date")
    cols = [(i, h) for i, h in enumerate(header) if i != d]
    names = {"total viewers": "total", "new viewers": "new", "returning viewers": "returning"}
    items: list[AudienceItem] = []
    for n, rec in enumerate(records[1:], start=2):
        if not rec or not any(c.strip() for c in rec):
            continue
        if len(rec) != len(header):
            raise ExportRejected(f"row {n} has {len(rec)} cells but the header has {len(header)}")
        try:
            parsed = parse_day(rec[d], ref=ref)
            if parsed is None:
                continue
            for i, h in cols:
                items.append(AudienceItem("viewers", names.get(h, h), to_float(rec[i]), "count", parsed[0].isoformat()))
        except ValueProblem as exc:
            raise ExportRejected(f"row {n}: {exc}") from None
    return ParsedExport("tiktok", AUDIENCE, "tiktok_viewers", audience=items)


# -- zip archives --------------------------------------------------------------------------------
def zip_members(raw: bytes, name: str) -> list[tuple[str, bytes, datetime | None]]:
    """(member name, bytes, the member's time) of every CSV in a platform's zip, safely.

    Refuses archives with absolute or parent paths, too many members, bombs; skips folders and
    the "__MACOSX" shadow files a Mac adds.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExportRejected(f"a broken zip archive ({exc})") from None
    with zf:
        infos = zf.infolist()
        if any(i.filename == "[Content_Types].xml" for i in infos):
            raise ExportRejected("an Excel workbook (.xlsx); download the CSV export instead")
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ExportRejected(f"a zip with {len(infos)} members; a platform export has a few")
        out: list[tuple[str, bytes, datetime | None]] = []
        for info in infos:
            member = info.filename
            if info.is_dir() or member.startswith("__MACOSX/") or member.rsplit("/", 1)[-1].startswith("._"):
                continue
            if member.startswith(("/", "\\")) or ".." in member.replace("\\", "/").split("/") or ":" in member:
                raise ExportRejected(f"unsafe member name '{member}' in the zip")
            if info.flag_bits & 0x1:
                raise ExportRejected(f"'{member}' in the zip is encrypted")
            if info.file_size > MAX_MEMBER_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024
            ):
                raise ExportRejected(f"'{member}' in the zip is too large when unpacked")
            if not member.lower().endswith((".csv", ".txt")):
                continue
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ExportRejected(f"'{member}' in the zip cannot be read ({exc})") from None
            try:
                when = datetime(*info.date_time)
            except ValueError:
                when = None
            out.append((member, data, when))
    if not out:
        raise ExportRejected("a zip without any CSV file")
    return out


def member_time(when: datetime | None, zone: tzinfo) -> datetime | None:
    """A zip member's local time as aware UTC (zip times carry no zone)."""
    return when.replace(tzinfo=zone).astimezone(timezone.utc) if when else None


def iter_formats() -> Iterable[str]:
    """Every format name this module recognises (for documentation and tests)."""
    return (
        "meta_posts",
        "meta_daily",
        "meta_audience",
        "youtube_content",
        "youtube_geography",
        "youtube_subscription",
        "youtube_age",
        "youtube_gender",
        "youtube_totals",
        "tiktok_content",
        "tiktok_overview",
        "tiktok_followers",
        "tiktok_activity",
        "tiktok_gender",
        "tiktok_territories",
        "tiktok_viewers",
    )


_POST_PARSERS = (_parse_meta_posts, _parse_youtube_content, _parse_tiktok_content)
