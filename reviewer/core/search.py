"""Accent- and case-insensitive search keys, so "quoc hoi" finds "Quốc hội"."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case ASCII-ish form of ``text``: marks removed, đ → d, whitespace collapsed."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def search_key(*parts: str | None) -> str:
    """The folded text a clip is found by (title, id, author, platform), joined by ' | '."""
    return " | ".join(fold(p) for p in parts if p)
