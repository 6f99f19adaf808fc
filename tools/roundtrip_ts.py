"""Regenerate resources/i18n/roundtrip_{vi,en}.ts from the sources (pyside6-lupdate) and a
translation table: python tools/roundtrip_ts.py tools/roundtrip_vi_table.py (VI = {source: text}), then make translations.

Only the "RoundTrip" context goes into these catalogues (the round trip with the editors,
issue 9); every other context stays in reviewer_*.ts / signoff_*.ts.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    "reviewer/ui/changes_panel.py",
    "reviewer/ui/compare_window.py",
    "reviewer/ui/roundtrip_integration.py",
    "reviewer/ui/open_notes.py",
    "reviewer/ui/notes_panel.py",
    "reviewer/ui/history_panel.py",
]


def main(table: str) -> int:
    """Write the Qt catalogues of the round-trip panels from the translation table ``table``."""
    vi = runpy.run_path(table)["VI"]
    with tempfile.TemporaryDirectory() as d:
        raw = Path(d) / "raw.ts"
        subprocess.run(
            [str(ROOT / ".venv/bin/pyside6-lupdate"), *SOURCES, "-ts", str(raw)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        root = ET.parse(raw).getroot()
    sources = [
        m.findtext("source")
        for ctx in root.iter("context")
        if ctx.findtext("name") == "RoundTrip"
        for m in ctx.iter("message")
    ]
    missing = [s for s in sources if s not in vi]
    if missing:
        print("untranslated:", *missing, sep="\n  ")
        return 1
    for lang in ("vi", "en"):
        ts = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
        ctx = ET.SubElement(ts, "context")
        ET.SubElement(ctx, "name").text = "RoundTrip"
        for source in sources:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = unicodedata.normalize(
                "NFC", vi[source] if lang == "vi" else source
            )
        ET.indent(ts, space="    ")
        out = ROOT / "resources" / "i18n" / f"roundtrip_{lang}.ts"
        out.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(ts, encoding="unicode") + "\n",
            encoding="utf-8",
        )
        print(f"{out.relative_to(ROOT)}: {len(sources)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
