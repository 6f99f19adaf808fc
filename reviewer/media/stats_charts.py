"""The effectiveness charts, drawn with matplotlib for both the desk view and the monthly report.

Each function draws on a matplotlib ``Axes`` it is given, with texts it is given (the desk
passes Qt-translated strings, the report its own bilingual table), so one drawing serves the
embedded Qt canvas and the PNG in the PDF alike. Numbers follow the language: ``1.628`` and
``4,9 %`` in Vietnamese, ``1,628`` and ``4.9%`` in English.
"""

from __future__ import annotations

from typing import Callable, Sequence

__all__ = ["PALETTE", "fmt_int", "fmt_pct", "fmt_float", "bars", "grouped_bars", "hbars", "hours_chart", "style_axes"]

PALETTE = ("#1f5a99", "#d9822b", "#3a8f5c", "#b8433e", "#7a5ca8", "#8c6d46", "#c45c9a", "#6b7280")
_NAVY = "#14325c"


def fmt_int(value: float | int | None, lang: str) -> str:
    """A count with the language's thousands separator; "–" for no data."""
    if value is None:
        return "–"
    text = f"{int(round(value)):,}"
    return text.replace(",", ".") if lang == "vi" else text


def fmt_float(value: float | None, lang: str, digits: int = 1) -> str:
    """A decimal number with the language's decimal mark."""
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def fmt_pct(value: float | None, lang: str, digits: int = 1) -> str:
    """A share 0..1 as a percentage: "4,9 %" (vi), "4.9%" (en)."""
    if value is None:
        return "–"
    return fmt_float(value * 100, lang, digits) + (" %" if lang == "vi" else "%")


def style_axes(ax, title: str) -> None:
    """The common look: a title, light grid, no top/right spines."""
    ax.set_title(title, fontsize=10, color=_NAVY, loc="left", fontweight="bold")
    ax.grid(axis="y", color="#e5e7eb", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)


def _formatter(fmt: Callable[[float], str]):
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: fmt(v))


def bars(
    ax,
    labels: Sequence[str],
    values: Sequence[float | None],
    title: str,
    lang: str,
    *,
    percent: bool = False,
    colors: Sequence[str] | None = None,
) -> None:
    """One bar per label, its value written above it."""
    style_axes(ax, title)
    vals = [v or 0 for v in values]
    fmt = (lambda v: fmt_pct(v, lang)) if percent else (lambda v: fmt_int(v, lang))
    rects = ax.bar(range(len(vals)), vals, color=list(colors or PALETTE)[: len(vals)] or PALETTE[0], width=0.6)
    if not percent:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xticks(range(len(vals)), labels)
    ax.yaxis.set_major_formatter(_formatter(fmt))
    for rect, v in zip(rects, values):
        ax.annotate(
            fmt(v) if v is not None else "–",
            (rect.get_x() + rect.get_width() / 2, rect.get_height()),
            ha="center",
            va="bottom",
            fontsize=7.5,
            xytext=(0, 2),
            textcoords="offset points",
        )
    if not any(vals):
        ax.set_ylim(0, 1)


def grouped_bars(
    ax, categories: Sequence[str], series: dict[str, Sequence[float | None]], title: str, lang: str
) -> None:
    """Bars of several series side by side for each category (e.g. views and reach by platform)."""
    style_axes(ax, title)
    n = max(1, len(series))
    width = 0.8 / n
    for i, (name, values) in enumerate(series.items()):
        xs = [c + (i - (n - 1) / 2) * width for c in range(len(categories))]
        ax.bar(xs, [v or 0 for v in values], width=width * 0.95, label=name, color=PALETTE[i % len(PALETTE)])
    ax.set_xticks(range(len(categories)), categories)
    ax.yaxis.set_major_formatter(_formatter(lambda v: fmt_int(v, lang)))
    if series:
        ax.legend(fontsize=7.5, frameon=False)


def hbars(
    ax,
    names: Sequence[str],
    values: Sequence[float | None],
    title: str,
    lang: str,
    *,
    percent: bool = False,
    color: str = PALETTE[0],
) -> None:
    """Horizontal bars, largest on top (top clips)."""
    style_axes(ax, title)
    ax.grid(axis="x", color="#e5e7eb", linewidth=0.8)
    ax.grid(axis="y", visible=False)
    fmt = (lambda v: fmt_pct(v, lang)) if percent else (lambda v: fmt_int(v, lang))
    names = [n if len(n) <= 38 else n[:37] + "…" for n in names]
    ys = list(range(len(values)))[::-1]
    ax.barh(ys, [v or 0 for v in values], color=color, height=0.6)
    ax.set_yticks(ys, names)
    ax.xaxis.set_major_formatter(_formatter(fmt))
    for y, v in zip(ys, values):
        ax.annotate(fmt(v), (v or 0, y), va="center", fontsize=7.5, xytext=(3, 0), textcoords="offset points")


def hours_chart(
    ax,
    active: dict[str, float],
    posts: dict[str, int],
    views_per_clip: dict[str, float | None],
    texts: dict[str, str],
    lang: str,
    ax_views=None,
) -> None:
    """When the audience is online (line, right axis) beside when the station publishes (bars);
    on ``ax_views`` (under it) the mean views per clip by hour of publication."""
    from matplotlib.ticker import MaxNLocator

    style_axes(ax, texts["title"])
    hours = list(range(24))
    ax.bar(hours, [posts.get(f"{h:02d}", 0) for h in hours], color="#9fb3cf", label=texts["posts"], width=0.7)
    ax.set_xticks(range(0, 24, 3), [f"{h}h" for h in range(0, 24, 3)])
    ax.set_xlim(-0.6, 23.6)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    handles, labels = ax.get_legend_handles_labels()
    if active:
        right = ax.twinx()
        right.spines["top"].set_visible(False)
        right.tick_params(labelsize=8, colors=PALETTE[1])
        right.plot(hours, [active.get(f"{h:02d}") for h in hours], color=PALETTE[1], linewidth=2, label=texts["active"])
        right.set_ylim(bottom=0)
        right.yaxis.set_major_formatter(_formatter(lambda v: fmt_int(v, lang)))
        h2, l2 = right.get_legend_handles_labels()
        handles, labels = handles + h2, labels + l2
    ax.legend(handles, labels, fontsize=7.5, frameon=False, loc="upper left")
    if ax_views is not None:
        style_axes(ax_views, texts["views"])
        ax_views.bar(hours, [views_per_clip.get(f"{h:02d}") or 0 for h in hours], color=PALETTE[2], width=0.7)
        ax_views.set_xticks(range(0, 24, 3), [f"{h}h" for h in range(0, 24, 3)])
        ax_views.set_xlim(-0.6, 23.6)
        ax_views.yaxis.set_major_formatter(_formatter(lambda v: fmt_int(v, lang)))
