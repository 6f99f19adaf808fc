"""Which translations survived a catalogue change: the catalogues of a git revision against today's.

python tools/i18n_compare.py REV [--list]

For each language, every (context, source) → translation held by any ``resources/i18n/*_<lang>.ts``
at REV is looked up in the working tree's catalogues: kept with the same text, kept with another
text, or gone (a string no source uses any more). Strings new since REV are counted too. The
translations are compared as stored, so a changed word shows up here.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("vi", "en")


def entries(texts: list[str]) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation (None when unfinished) over several .ts texts."""
    out: dict[tuple[str, str], str | None] = {}
    for text in texts:
        for ctx in ET.fromstring(text).iter("context"):
            for message in ctx.iter("message"):
                tr = message.find("translation")
                key = (ctx.findtext("name") or "", message.findtext("source") or "")
                if key in out:
                    print(f"  note: {key!r} is in more than one catalogue")
                out[key] = tr.text if tr is not None and tr.get("type") is None else None
    return out


def at_revision(rev: str, lang: str) -> list[str]:
    """The texts of every ``*_<lang>.ts`` of revision ``rev``."""
    names = subprocess.run(
        ["git", "ls-tree", "--name-only", rev, "resources/i18n/"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    return [
        subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
        for name in names
        if name.endswith(f"_{lang}.ts")
    ]


def now(lang: str) -> list[str]:
    """The texts of every ``*_<lang>.ts`` in the working tree."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources/i18n").glob(f"*_{lang}.ts"))]


def main(argv: list[str]) -> int:
    """Print, per language, how the translations of a revision fared."""
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2])
        return 2
    rev, show = argv[0], "--list" in argv
    for lang in LANGUAGES:
        before, after = entries(at_revision(rev, lang)), entries(now(lang))
        same = [k for k in before if k in after and after[k] == before[k]]
        changed = [k for k in before if k in after and after[k] != before[k]]
        gone = [k for k in before if k not in after]
        new = [k for k in after if k not in before]
        unfinished = [k for k in after if after[k] is None]
        print(
            f"{lang}: {len(before)} before, {len(after)} now; {len(same)} kept as they were, "
            f"{len(changed)} kept with another text, {len(gone)} gone, {len(new)} new, "
            f"{len(unfinished)} unfinished"
        )
        if show:
            for k in changed:
                print(f"  changed {k[0]} {k[1]!r}: {before[k]!r} -> {after[k]!r}")
            for k in gone:
                print(f"  gone    {k[0]} {k[1]!r}: {before[k]!r}")
            for k in new:
                print(f"  new     {k[0]} {k[1]!r}: {after[k]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
