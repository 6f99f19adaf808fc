"""The monthly report: HTML and a printable PDF, in Vietnamese or English, with charts.

For the head and the governing body: clips vetted, approved, sent back, rejected and why, review
times, publications per platform, the effect of the clips (top and bottom by reach and by
engagement, political clips' reach), the audience and when it is online, and at the end the
data sources (which export files, exported when). Charts are matplotlib (Agg) PNGs; the PDF is
laid out by Qt (QTextDocument painted into a QPdfWriter), like the approval certificate, on an
``offscreen`` QGuiApplication when there is none.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Set
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reviewer.core.stats.model import PLATFORM_NAMES
from reviewer.errors import ReviewerError
from reviewer.media.stats_charts import bars, fmt_float, fmt_int, fmt_pct, grouped_bars, hbars, hours_chart

__all__ = ["render_report", "report_html", "TEXTS"]

_NAVY = "#14325c"

TEXTS: dict[str, dict[str, str]] = {
    "title": {"vi": "Báo cáo tháng %s", "en": "Monthly report %s"},
    "subtitle": {
        "vi": "Kiểm duyệt, đăng phát và hiệu quả clip ngắn",
        "en": "Vetting, publication and effectiveness of short clips",
    },
    "period": {"vi": "Kỳ báo cáo", "en": "Period"},
    "generated": {"vi": "Lập lúc", "en": "Generated"},
    "by": {"vi": "Người lập", "en": "Prepared by"},
    "s_review": {"vi": "1. Kiểm duyệt", "en": "1. Vetting"},
    "vetted": {"vi": "Clip được kiểm duyệt", "en": "Clips vetted"},
    "approved": {"vi": "Phê duyệt", "en": "Approved"},
    "changes": {"vi": "Yêu cầu sửa", "en": "Sent back (changes)"},
    "rejected": {"vi": "Từ chối", "en": "Rejected"},
    "decisions_chart": {"vi": "Quyết định trong tháng", "en": "Decisions this month"},
    "time_to_decision": {
        "vi": "Thời gian từ lúc nhận clip đến quyết định",
        "en": "Time from ingest to the head's decision",
    },
    "median": {"vi": "trung vị", "en": "median"},
    "mean": {"vi": "trung bình", "en": "mean"},
    "longest": {"vi": "lâu nhất", "en": "longest"},
    "hours": {"vi": "giờ", "en": "h"},
    "rounds": {"vi": "Số vòng yêu cầu sửa mỗi clip", "en": "Rounds of changes per clip"},
    "rounds_dist": {"vi": "phân bố (số vòng: số clip)", "en": "distribution (rounds: clips)"},
    "reasons": {"vi": "Lý do từ chối và yêu cầu sửa", "en": "Why clips were rejected or sent back"},
    "none": {"vi": "Không có", "en": "None"},
    "failed_items": {"vi": "Mục kiểm duyệt không đạt", "en": "Failed checklist items"},
    "item": {"vi": "Mục", "en": "Item"},
    "times": {"vi": "Số lần", "en": "Times"},
    "s_publication": {"vi": "2. Đăng phát", "en": "2. Publication"},
    "publications": {"vi": "Bài đã đăng theo nền tảng", "en": "Publications per platform"},
    "approval_to_pub": {"vi": "Thời gian từ phê duyệt đến đăng phát", "en": "Time from approval to publication"},
    "never_published": {"vi": "Clip đã phê duyệt nhưng chưa đăng phát", "en": "Clips approved but never published"},
    "s_effect": {"vi": "3. Hiệu quả", "en": "3. Effectiveness"},
    "effect_note": {
        "vi": "Số liệu trọn đời của mỗi bài theo bản xuất mới nhất; clip tính trong tháng đăng phát. "
        "Tỷ lệ tương tác = (cảm xúc + bình luận + chia sẻ) / lượt tiếp cận. ★ = clip chính trị.",
        "en": "Lifetime numbers of each post from its newest export; a clip counts in the month it was "
        "published. Engagement rate = (reactions + comments + shares) / reach. ★ = political clip.",
    },
    "platform": {"vi": "Nền tảng", "en": "Platform"},
    "clips": {"vi": "Clip", "en": "Clips"},
    "views": {"vi": "Lượt xem", "en": "Views"},
    "reach": {"vi": "Lượt tiếp cận", "en": "Reach"},
    "interactions": {"vi": "Cảm xúc, bình luận, chia sẻ", "en": "Reactions, comments, shares"},
    "engagement": {"vi": "Tỷ lệ tương tác", "en": "Engagement rate"},
    "watch_through": {"vi": "Tỷ lệ xem hết", "en": "Watch-through"},
    "views_reach_chart": {"vi": "Lượt xem và lượt tiếp cận theo nền tảng", "en": "Views and reach by platform"},
    "political": {"vi": "Clip chính trị", "en": "Political clips"},
    "other": {"vi": "Clip khác", "en": "Other clips"},
    "political_reach": {"vi": "Lượt tiếp cận: chính trị / khác", "en": "Reach: political / other"},
    "top_reach": {"vi": "Clip có lượt tiếp cận cao nhất", "en": "Top clips by reach"},
    "bottom_reach": {"vi": "Clip có lượt tiếp cận thấp nhất", "en": "Bottom clips by reach"},
    "top_eng": {"vi": "Clip có tỷ lệ tương tác cao nhất", "en": "Top clips by engagement"},
    "bottom_eng": {"vi": "Clip có tỷ lệ tương tác thấp nhất", "en": "Bottom clips by engagement"},
    "clip": {"vi": "Clip", "en": "Clip"},
    "topics": {"vi": "Theo chủ đề", "en": "By topic"},
    "topic": {"vi": "Chủ đề", "en": "Topic"},
    "no_numbers": {
        "vi": "Chưa có số liệu của các nền tảng cho tháng này.",
        "en": "No platform numbers for this month yet.",
    },
    "s_audience": {"vi": "4. Công chúng", "en": "4. Audience"},
    "audience_note": {
        "vi": "Chỉ số liệu tổng hợp do nền tảng cung cấp, không có thông tin cá nhân.",
        "en": "Aggregates the platforms give only; nothing about any person.",
    },
    "hours_title": {
        "vi": "Giờ công chúng trực tuyến và giờ đăng phát",
        "en": "When the audience is online and when we publish",
    },
    "hours_posts": {"vi": "Số bài đăng theo giờ", "en": "Posts per hour"},
    "hours_active": {"vi": "Người theo dõi đang hoạt động", "en": "Active followers"},
    "hours_views": {"vi": "Lượt xem mỗi clip theo giờ đăng phát", "en": "Views per clip by hour"},
    "best_hours": {"vi": "Giờ đăng có hiệu quả tốt nhất", "en": "Hours when our clips do best"},
    "age_gender": {"vi": "Độ tuổi và giới tính", "en": "Age and gender"},
    "city": {"vi": "Thành phố", "en": "Cities"},
    "country": {"vi": "Quốc gia", "en": "Countries"},
    "gender": {"vi": "Giới tính", "en": "Gender"},
    "subscription": {"vi": "Trạng thái đăng ký", "en": "Subscription status"},
    "age": {"vi": "Độ tuổi", "en": "Age"},
    "viewers": {"vi": "Người xem mới và quay lại", "en": "New and returning viewers"},
    "new": {"vi": "mới", "en": "new"},
    "returning": {"vi": "quay lại", "en": "returning"},
    "total": {"vi": "tổng", "en": "total"},
    "no_audience": {"vi": "Chưa nhập tệp công chúng nào.", "en": "No audience file imported yet."},
    "s_sources": {"vi": "5. Nguồn dữ liệu", "en": "5. Data sources"},
    "file": {"vi": "Tệp", "en": "File"},
    "kind": {"vi": "Loại", "en": "Kind"},
    "exported": {"vi": "Xuất lúc", "en": "Exported"},
    "imported": {"vi": "Nhập lúc", "en": "Imported"},
    "rows": {"vi": "Dòng", "en": "Rows"},
    "no_sources": {"vi": "Chưa nhập tệp nào.", "en": "No file imported."},
    "k_posts": {"vi": "bài đăng", "en": "posts"},
    "k_daily": {"vi": "theo ngày", "en": "daily"},
    "k_audience": {"vi": "công chúng", "en": "audience"},
    "page": {"vi": "Trang", "en": "Page"},
    "footer": {"vi": "Báo cáo tháng %s · lập bằng reviewer", "en": "Monthly report %s · made with reviewer"},
}

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _t(key: str, lang: str) -> str:
    return TEXTS[key][lang]


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _month_title(month: str, lang: str) -> str:
    y, m = (int(x) for x in month.split("-"))
    return f"{m:02d}/{y}" if lang == "vi" else f"{_MONTHS_EN[m - 1]} {y}"


def _date(dt: datetime | None, zone, lang: str, *, time: bool = True) -> str:
    if dt is None:
        return "–"
    local = dt.astimezone(zone)
    return (
        local.strftime("%d/%m/%Y %H:%M" if time else "%d/%m/%Y")
        if lang == "vi"
        else local.strftime("%Y-%m-%d %H:%M" if time else "%Y-%m-%d")
    )


def _hours(v: float | None, lang: str) -> str:
    return "–" if v is None else f"{fmt_float(v, lang)} {_t('hours', lang)}"


def _platform(p: str) -> str:
    return PLATFORM_NAMES.get(p, p)


# -- charts ---------------------------------------------------------------------------------------
def _figure(width_in: float = 7.0, height_in: float = 2.6):
    from matplotlib.figure import Figure

    return Figure(figsize=(width_in, height_in), dpi=150, layout="constrained")


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, facecolor="white")
    return buf.getvalue()


def _charts(data: dict[str, Any], lang: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    r = data["review"]
    d = r["decisions"]
    fig = _figure(7.0, 2.3)
    ax1, ax2 = fig.subplots(1, 2)
    bars(
        ax1,
        [_t("approved", lang), _t("changes", lang), _t("rejected", lang)],
        [d["approval"], d["changes"], d["rejection"]],
        _t("decisions_chart", lang),
        lang,
        colors=("#3a8f5c", "#d9822b", "#b8433e"),
    )
    pubs = r["publications"]["by_platform"]
    bars(ax2, [_platform(p) for p in pubs] or ["–"], list(pubs.values()) or [0], _t("publications", lang), lang)
    out["review.png"] = _png(fig)

    summary = data["summary"]
    plat = summary.by.get("platform", [])
    if plat:
        fig = _figure(7.0, 2.4)
        ax1, ax2 = fig.subplots(1, 2, width_ratios=[3, 2])
        grouped_bars(
            ax1,
            [_platform(g.key) for g in plat],
            {_t("views", lang): [g.views for g in plat], _t("reach", lang): [g.reach for g in plat]},
            _t("views_reach_chart", lang),
            lang,
        )
        pol = {g.key: g for g in summary.by.get("political", [])}
        bars(
            ax2,
            [_t("political", lang), _t("other", lang)],
            [pol["political"].reach if "political" in pol else 0, pol["other"].reach if "other" in pol else 0],
            _t("political_reach", lang),
            lang,
            colors=("#b8433e", "#1f5a99"),
        )
        out["effect.png"] = _png(fig)
    if data["top_reach"]:
        top = data["top_reach"]
        fig = _figure(7.0, 0.5 + 0.32 * len(top))
        hbars(fig.subplots(), [c["title"] for c in top], [c["reach"] for c in top], _t("top_reach", lang), lang)
        out["top_reach.png"] = _png(fig)
    if data["top_engagement"]:
        eng = data["top_engagement"]
        fig = _figure(7.0, 0.5 + 0.32 * len(eng))
        hbars(
            fig.subplots(),
            [c["title"] for c in eng],
            [c["engagement_rate"] for c in eng],
            _t("top_eng", lang),
            lang,
            percent=True,
            color="#3a8f5c",
        )
        out["top_eng.png"] = _png(fig)
    aud = data["audience"]
    active: dict[Any, Any] = {}
    for hours in aud["active_followers_by_hour"].values():
        for h, v in hours.items():
            active[h] = active.get(h, 0) + v
    vpc = {g.key: (g.views / g.clips if g.clips else None) for g in summary.by.get("hour", [])}
    if active or aud["publications_by_hour"] or vpc:
        fig = _figure(7.0, 3.6)
        ax, ax_views = fig.subplots(2, 1, height_ratios=[3, 2], sharex=True)
        hours_chart(
            ax,
            active,
            aud["publications_by_hour"],
            vpc,
            {
                "title": _t("hours_title", lang),
                "posts": _t("hours_posts", lang),
                "active": _t("hours_active", lang),
                "views": _t("hours_views", lang),
            },
            lang,
            ax_views=ax_views,
        )
        out["hours.png"] = _png(fig)
    return out


# -- HTML -------------------------------------------------------------------------------------------
def _h2(text: str) -> str:
    return (
        f'<h2 style="color:{_NAVY}; font-size:13pt; margin-top:16px; margin-bottom:6px; '
        f'border-bottom:1px solid #c9ced6">{_e(text)}</h2>'
    )


def _h3(text: str) -> str:
    return f'<h3 style="color:#374151; font-size:10pt; margin-top:10px; margin-bottom:4px">{_e(text)}</h3>'


def _table(header: list[str], rows: list[list[str]], *, right: Set[int] = frozenset()) -> str:
    head = "".join(
        f'<th align="{"right" if i in right else "left"}" style="background:#eef2f7">{_e(h)}</th>'
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>" + "".join(f'<td align="{"right" if i in right else "left"}">{c}</td>' for i, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse:collapse; border-color:#c9ced6; font-size:8.5pt">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _img(name: str, images: dict[str, bytes], embed: bool) -> str:
    if name not in images:
        return ""
    src = f"data:image/png;base64,{base64.b64encode(images[name]).decode()}" if embed else name
    return f'<p align="center"><img src="{src}" width="640"></p>'


def report_html(data: dict[str, Any], lang: str, images: dict[str, bytes], *, embed: bool = True) -> str:
    """The report as one HTML document (``embed``: charts inline as data URIs)."""
    zone = data["zone"]
    r = data["review"]
    s = data["summary"]
    month = _month_title(data["month"], lang)
    labels = data.get("checklist") or {}
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{_e(_t('title', lang) % month)}</title></head>",
        "<body style=\"font-family:'DejaVu Sans', sans-serif; font-size:9pt; color:#111827\">",
        f'<h1 style="color:{_NAVY}; font-size:18pt; margin-bottom:2px">{_e(_t("title", lang) % month)}</h1>',
        f'<p style="color:#4b5563; margin-top:0">{_e(_t("subtitle", lang))}<br>',
        f"{_e(_t('period', lang))}: {_date(data['start'], zone, lang, time=False)} – "
        f"{_date(data['end'] - timedelta(seconds=1), zone, lang, time=False)} "
        f"· {_e(_t('generated', lang))}: {_date(data['generated_at'], zone, lang)}"
        + (f" · {_e(_t('by', lang))}: {_e(data.get('station'))}" if data.get("station") else "")
        + "</p>",
    ]
    # 1. Vetting
    d = r["decisions"]
    w = r["time_to_decision"]
    rounds = r["rounds_of_changes"]
    parts.append(_h2(_t("s_review", lang)))
    parts.append(
        _table(
            [_t("vetted", lang), _t("approved", lang), _t("changes", lang), _t("rejected", lang)],
            [
                [
                    fmt_int(r["vetted"], lang),
                    fmt_int(d["approval"], lang),
                    fmt_int(d["changes"], lang),
                    fmt_int(d["rejection"], lang),
                ]
            ],
            right={0, 1, 2, 3},
        )
    )
    parts.append(_img("review.png", images, embed))
    parts.append(
        f"<p>{_e(_t('time_to_decision', lang))}: {_e(_t('median', lang))} {_hours(w['median_h'], lang)}, "
        f"{_e(_t('mean', lang))} {_hours(w['mean_h'], lang)}, {_e(_t('longest', lang))} {_hours(w['max_h'], lang)} "
        f"(n = {w['n']}).<br>{_e(_t('rounds', lang))}: {_e(_t('mean', lang))} {fmt_float(rounds['mean'], lang, 2)}, "
        f"{_e(_t('longest', lang))} {fmt_int(rounds['max'], lang)}; {_e(_t('rounds_dist', lang))}: "
        + ", ".join(f"{k}: {v}" for k, v in rounds["distribution"].items())
        + ".</p>"
    )
    parts.append(_h3(_t("reasons", lang)))
    reason_rows = [
        [_e(_t("rejected" if kind == "rejection" else "changes", lang)), _e(x["clip_id"]), _e(x["reason"])]
        for kind in ("rejection", "changes")
        for x in r["reasons"][kind]
    ]
    parts.append(
        _table([_t("kind", lang), _t("clip", lang), ""], reason_rows)
        if reason_rows
        else f"<p>{_e(_t('none', lang))}</p>"
    )
    parts.append(_h3(_t("failed_items", lang)))
    if r["failed_items"]:
        parts.append(
            _table(
                [_t("item", lang), _t("times", lang)],
                [[_e(labels.get(k, {}).get(lang) or k), fmt_int(v, lang)] for k, v in r["failed_items"].items()],
                right={1},
            )
        )
    else:
        parts.append(f"<p>{_e(_t('none', lang))}</p>")
    # 2. Publication
    a = r["approval_to_publication"]
    parts.append(_h2(_t("s_publication", lang)))
    pubs = r["publications"]["by_platform"]
    parts.append(
        _table(
            [_t("platform", lang), _t("publications", lang)],
            [[_e(_platform(p)), fmt_int(n, lang)] for p, n in pubs.items()] or [[_e(_t("none", lang)), "0"]],
            right={1},
        )
    )
    parts.append(
        f"<p>{_e(_t('approval_to_pub', lang))}: {_e(_t('median', lang))} {_hours(a['median_h'], lang)}, "
        f"{_e(_t('mean', lang))} {_hours(a['mean_h'], lang)} (n = {a['n']}).</p>"
    )
    never = r["approved_never_published"]
    clips = data["clips"]
    parts.append(_h3(f"{_t('never_published', lang)} ({len(never)})"))
    if never:
        parts.append(
            "<p>"
            + "; ".join(f"{_e(clips[c].title if c in clips else c)} ({_e(c)})" for c in never[:30])
            + ("; …" if len(never) > 30 else "")
            + "</p>"
        )
    # 3. Effectiveness
    parts.append(_h2(_t("s_effect", lang)))
    parts.append(f'<p style="color:#4b5563">{_e(_t("effect_note", lang))}</p>')
    plat = s.by.get("platform", [])
    if plat:
        head = [
            _t("platform", lang),
            _t("clips", lang),
            _t("views", lang),
            _t("reach", lang),
            _t("interactions", lang),
            _t("engagement", lang),
            _t("watch_through", lang),
        ]
        rows = []
        for g in plat + [s.totals]:
            j = g.to_json()
            name = _platform(g.key) if g is not s.totals else ("Tổng" if lang == "vi" else "Total")
            rows.append(
                [
                    _e(name),
                    fmt_int(j["clips"], lang),
                    fmt_int(j["views"], lang),
                    fmt_int(j["reach"], lang),
                    fmt_int(j["interactions"], lang),
                    fmt_pct(j["engagement_rate"], lang),
                    fmt_pct(j["watch_through"], lang),
                ]
            )
        parts.append(_table(head, rows, right={1, 2, 3, 4, 5, 6}))
        parts.append(_img("effect.png", images, embed))
        pol = {g.key: g.to_json() for g in s.by.get("political", [])}
        parts.append(
            _table(
                ["", _t("clips", lang), _t("reach", lang), _t("engagement", lang)],
                [
                    [
                        _e(_t(k, lang)),
                        fmt_int(pol[k]["clips"], lang),
                        fmt_int(pol[k]["reach"], lang),
                        fmt_pct(pol[k]["engagement_rate"], lang),
                    ]
                    for k in ("political", "other")
                    if k in pol
                ],
                right={1, 2, 3},
            )
        )
        for key, items, _metric in (
            ("top_reach", data["top_reach"], "reach"),
            ("bottom_reach", data["bottom_reach"], "reach"),
            ("top_eng", data["top_engagement"], "eng"),
            ("bottom_eng", data["bottom_engagement"], "eng"),
        ):
            if not items:
                continue
            parts.append(_h3(_t(key, lang)))
            if key in ("top_reach", "top_eng"):
                parts.append(_img("top_reach.png" if key == "top_reach" else "top_eng.png", images, embed))
            parts.append(
                _table(
                    [
                        _t("clip", lang),
                        _t("platform", lang),
                        _t("views", lang),
                        _t("reach", lang),
                        _t("engagement", lang),
                    ],
                    [
                        [
                            _e(c["title"])
                            + f' <span style="color:#6b7280">({_e(c["clip_id"])})</span>'
                            + (" ★" if c["political"] else ""),
                            _e(", ".join(_platform(p) for p in c["platforms"])),
                            fmt_int(c["views"], lang),
                            fmt_int(c["reach"], lang),
                            fmt_pct(c["engagement_rate"], lang),
                        ]
                        for c in items
                    ],
                    right={2, 3, 4},
                )
            )
        topics = [g.to_json() for g in s.by.get("topic", [])][:10]
        if topics:
            parts.append(_h3(_t("topics", lang)))
            parts.append(
                _table(
                    [
                        _t("topic", lang),
                        _t("clips", lang),
                        _t("views", lang),
                        _t("reach", lang),
                        _t("engagement", lang),
                    ],
                    [
                        [
                            _e(t["key"]),
                            fmt_int(t["clips"], lang),
                            fmt_int(t["views"], lang),
                            fmt_int(t["reach"], lang),
                            fmt_pct(t["engagement_rate"], lang),
                        ]
                        for t in topics
                    ],
                    right={1, 2, 3, 4},
                )
            )
    else:
        parts.append(f"<p>{_e(_t('no_numbers', lang))}</p>")
    # 4. Audience
    aud = data["audience"]
    parts.append(_h2(_t("s_audience", lang)))
    parts.append(f'<p style="color:#4b5563">{_e(_t("audience_note", lang))}</p>')
    parts.append(_img("hours.png", images, embed))
    if aud["best_hours"]:
        parts.append(
            "<p>"
            + _e(_t("best_hours", lang))
            + ": "
            + ", ".join(
                f"{g['key']}h ({fmt_int(g['views_per_clip'], lang)} {_e(_t('views', lang).lower())}/clip)"
                for g in aud["best_hours"][:3]
            )
            + ".</p>"
        )
    if aud["shares"] or aud["viewers"]:
        for platform, dims in aud["shares"].items():
            for dim, values in dims.items():
                label = TEXTS.get(dim, {}).get(lang, dim)
                shown = list(values.items())[:8]
                is_count = any(v is not None and v > 1 for _k, v in shown)
                total = sum(v or 0 for _k, v in values.items()) if is_count else None
                cells = ", ".join(
                    f"{_e(k.replace('|', ' · '))} {fmt_pct((v or 0) / total, lang) if total else fmt_pct(v, lang)}"
                    for k, v in shown
                )
                parts.append(f"<p><b>{_e(_platform(platform))} — {_e(label)}</b>: {cells}</p>")
        for platform, v in aud["viewers"].items():
            parts.append(
                f"<p><b>{_e(_platform(platform))} — {_e(_t('viewers', lang))}</b>: "
                + ", ".join(f"{_e(_t(k, lang) if k in TEXTS else k)} {fmt_int(n, lang)}" for k, n in v.items())
                + "</p>"
            )
    else:
        parts.append(f"<p>{_e(_t('no_audience', lang))}</p>")
    # 5. Sources
    parts.append(_h2(_t("s_sources", lang)))
    if data["sources"]:
        parts.append(
            _table(
                [
                    _t("file", lang),
                    _t("platform", lang),
                    _t("kind", lang),
                    _t("exported", lang),
                    _t("imported", lang),
                    _t("rows", lang),
                    "SHA-256",
                ],
                [
                    [
                        _e(x["file"]),
                        _e(_platform(x["platform"])),
                        _e(_t("k_" + x["kind"], lang)),
                        _date(x["exported_at"], zone, lang),
                        _date(x["imported_at"], zone, lang),
                        fmt_int(x["rows"], lang),
                        f'<span style="font-family:monospace; font-size:7pt">{_e(x["sha256"][:16])}…</span>',
                    ]
                    for x in data["sources"]
                ],
                right={5},
            )
        )
    else:
        parts.append(f"<p>{_e(_t('no_sources', lang))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


# -- PDF -----------------------------------------------------------------------------------------
def _write_pdf(text: str, images: dict[str, bytes], path: Path, *, title: str, footer: str, lang: str) -> None:
    from reviewer.media.certificate import _ensure_gui_app

    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontDatabase,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("reviewer — clip sign-off desk")
    dpi = writer.resolution()

    def mm(v: float) -> float:
        return v / 25.4 * dpi

    page = QRectF(writer.pageLayout().paintRectPixels(dpi))
    content = page.adjusted(mm(18), mm(16), -mm(18), -mm(20))
    families = set(QFontDatabase.families())
    base = QFont("DejaVu Sans" if "DejaVu Sans" in families else QFont().family())
    base.setPointSizeF(9)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(base)
    doc.setDocumentMargin(0)
    for name, data in images.items():
        image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # PySide6 takes str too; its stub says bytes
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setPageSize(QSizeF(content.width(), content.height()))
    doc.setHtml(text)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise ReviewerError(f"cannot write {path.name}")
    try:
        small = QFont(base)
        small.setPointSizeF(7)
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(content.left(), content.top() - n * content.height())
            doc.drawContents(painter, QRectF(0, n * content.height(), content.width(), content.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#6b7280"))
            foot = QRectF(content.left(), page.bottom() - mm(14), content.width(), mm(6))
            painter.drawLine(foot.topLeft(), foot.topRight())
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
            painter.drawText(
                foot,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{_t('page', lang)} {n + 1}/{pages}",
            )
    finally:
        painter.end()


def render_report(data: dict[str, Any], out: Path, *, lang: str = "vi", html: bool = False) -> list[Path]:
    """Write the PDF (and ``out.with_suffix('.html')`` with ``html``); returns the paths written."""
    if lang not in ("vi", "en"):
        raise ReviewerError(f"no report language '{lang}' (vi or en)")
    images = _charts(data, lang)
    month = _month_title(data["month"], lang)
    written = []
    try:
        _write_pdf(
            report_html(data, lang, images, embed=False),
            images,
            out,
            title=_t("title", lang) % month,
            footer=_t("footer", lang) % month,
            lang=lang,
        )
        written.append(out)
        if html:
            page = out.with_suffix(".html")
            page.write_text(report_html(data, lang, images, embed=True), encoding="utf-8")
            written.append(page)
    except OSError as exc:
        raise ReviewerError(f"cannot write the report: {exc.strerror or exc}") from None
    return written
