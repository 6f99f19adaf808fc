"""A platform's post id from a post URL, and a normalised form of the URL to compare by.

* YouTube: the 11-character video id from ``watch?v=``, ``/shorts/``, ``youtu.be/``, ``/live/``,
  ``/embed/``;
* TikTok: the numeric id of ``/@handle/video/<id>`` (and ``/photo/<id>``);
* Facebook: ``/reel/<id>``, ``/videos/<id>`` (also ``/<page>/videos/<slug>/<id>``),
  ``/posts/<id>`` (numeric or ``pfbid…``), ``permalink.php?story_fbid=``, ``watch/?v=``,
  ``?v=``, ``photo.php?fbid=``;
* Zalo and everything else: no id, the URL itself is the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from reviewer.errors import UsageError

__all__ = ["PostRef", "parse_post_url", "url_key", "platform_of_url", "PLATFORM_HOSTS"]

PLATFORM_HOSTS: dict[str, tuple[str, ...]] = {
    "youtube": ("youtube.com", "youtu.be", "youtube-nocookie.com"),
    "tiktok": ("tiktok.com",),
    "facebook": ("facebook.com", "fb.com", "fb.watch"),
    "instagram": ("instagram.com",),
    "zalo": ("zalo.me", "zaloapp.com", "zalo.vn"),
    "x": ("x.com", "twitter.com"),
}

_YT_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_DIGITS = re.compile(r"^\d{5,25}$")
_FB_POST = re.compile(r"^(?:\d{5,25}|pfbid[A-Za-z0-9]{10,80})$")
# Query parameters that name the post; every other one (tracking, share ids) is dropped.
_KEEP_QUERY = ("v", "story_fbid", "fbid", "id")


@dataclass(frozen=True)
class PostRef:
    """What a post URL says: the platform, its post id (None if the URL has none), the key."""

    platform: str
    post_id: str | None
    url: str
    key: str


def _host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    for prefix in ("www.", "m.", "mobile.", "web.", "vm.", "vt.", "mbasic.", "music."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


def platform_of_url(url: str) -> str | None:
    """The platform whose host the URL is on, or None."""
    host = _host(urlsplit(_with_scheme(url)).netloc)
    for platform, hosts in PLATFORM_HOSTS.items():
        if any(host == h or host.endswith("." + h) for h in hosts):
            return platform
    return None


def _with_scheme(url: str) -> str:
    url = url.strip()
    return url if "://" in url else "https://" + url


def url_key(url: str | None) -> str:
    """A normalised URL for comparing: host without www./m., path without trailing slash,
    only the query parameters that name a post; "" for no URL."""
    if not url or not url.strip():
        return ""
    parts = urlsplit(_with_scheme(url))
    host = _host(parts.netloc)
    path = re.sub(r"/+", "/", parts.path).rstrip("/")
    query = parse_qs(parts.query)
    kept = "&".join(f"{k}={query[k][0]}" for k in _KEEP_QUERY if k in query and query[k])
    return f"{host}{path}" + (f"?{kept}" if kept else "")


def _youtube_id(host: str, segments: list[str], query: dict[str, list[str]]) -> str | None:
    if host == "youtu.be" and segments:
        candidate = segments[0]
    elif "v" in query:
        candidate = query["v"][0]
    elif len(segments) >= 2 and segments[0] in ("shorts", "live", "embed", "v", "e"):
        candidate = segments[1]
    else:
        return None
    return candidate if _YT_ID.match(candidate) else None


def _tiktok_id(segments: list[str]) -> str | None:
    for i, seg in enumerate(segments[:-1]):
        if seg in ("video", "photo") and _DIGITS.match(segments[i + 1]):
            return segments[i + 1]
    return None


def _facebook_id(segments: list[str], query: dict[str, list[str]]) -> str | None:
    for name in ("story_fbid", "fbid", "v"):
        if name in query and _FB_POST.match(query[name][0]):
            return query[name][0]
    for i, seg in enumerate(segments):
        if seg in ("reel", "reels", "videos", "posts", "permalink", "watch") and i + 1 < len(segments):
            # /<page>/videos/<slug>/<id>/: the first id-shaped segment after "videos".
            for later in segments[i + 1 :]:
                if _FB_POST.match(later):
                    return later
    return None


def parse_post_url(url: str, platform: str | None = None) -> PostRef:
    """Read ``url``; ``platform`` (when given) must agree with the URL's host.

    Raises :class:`UsageError` for text that is not a web address, or a URL on another
    platform's host than the one named.
    """
    text = (url or "").strip()
    if not text or any(c.isspace() for c in text):
        raise UsageError(f"'{url}' is not a web address")
    parts = urlsplit(_with_scheme(text))
    if parts.scheme not in ("http", "https") or "." not in parts.netloc:
        raise UsageError(f"'{url}' is not a web address")
    host = _host(parts.netloc)
    found = platform_of_url(text)
    if platform and found and found != platform:
        raise UsageError(f"{text} is a {found} address, not {platform}")
    platform = platform or found or "other"
    segments = [s for s in parts.path.split("/") if s]
    query = parse_qs(parts.query)
    post_id: str | None = None
    if found == "youtube":
        post_id = _youtube_id(host, segments, query)
    elif found == "tiktok":
        post_id = _tiktok_id(segments)
    elif found == "facebook":
        post_id = _facebook_id(segments, query)
    elif found == "instagram" and len(segments) >= 2 and segments[0] in ("p", "reel", "reels", "tv"):
        post_id = segments[1]
    elif found == "x":
        for i, seg in enumerate(segments[:-1]):
            if seg == "status" and _DIGITS.match(segments[i + 1]):
                post_id = segments[i + 1]
    return PostRef(platform=platform, post_id=post_id, url=text, key=url_key(text))
