"""The social platforms a clip goes to: the one list, their names, and their post-text limits.

Everything else derives from here: ingest's accepted ``platform`` values, the sign-off meaning
text, the desk's post-text counter (``Settings.platform_limits``), the statistics' names and
filters, and the CLI's help.
"""

from __future__ import annotations

PLATFORMS: tuple[str, ...] = ("facebook", "youtube", "tiktok", "zalo", "instagram", "x", "web", "other")
"""Every platform id a clip's metadata may name (``other``: none of the others)."""

NAMES: dict[str, str] = {
    "facebook": "Facebook",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "zalo": "Zalo",
    "instagram": "Instagram",
    "x": "X",
    "web": "Web",
    "other": "Other",
}
"""How people see each platform's name (lists, charts, reports)."""

POST_TEXT_LIMITS: dict[str, int] = {
    # Characters of post text each platform shows or accepts; stations adjust these in config.toml.
    "facebook": 63206,
    "youtube": 5000,
    "tiktok": 2200,
    "zalo": 2000,
    "instagram": 2200,
    "x": 280,
}
"""Default post-text limits (``Settings.platform_limits``); the web and other have none."""

STATISTICS_PLATFORMS: tuple[str, ...] = ("facebook", "youtube", "tiktok", "zalo", "instagram")
"""The platforms the effectiveness view can filter by (those whose numbers are imported)."""


def meaning_name(platform: str | None) -> str:
    """How a signed meaning text names a platform ("" for ``other`` and unknown ids).

    The web stays lower case ("to be published on web"), as every record signed so far wrote it.
    """
    key = (platform or "").strip().lower()
    if key in ("", "other") or key not in NAMES:
        return ""
    return "web" if key == "web" else NAMES[key]
