"""Write resources/i18n/guifix_{vi,en}.ts: the desk's strings added while fitting the merged
branches together (ingest's attached files in the Add clips dialog, the side tabs' short names).

python tools/guifix_ts.py, then make translations. Locations are found in the sources, so the
catalogue follows the code; a string missing from the code stops the script.
"""

from __future__ import annotations

import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (context, source file, English source, Vietnamese)
MESSAGES = [
    ("IngestDialog", "reviewer/ui/ingest_dialog.py", "Attached", "Kèm theo"),
    ("IngestDialog", "reviewer/ui/ingest_dialog.py", "Captions (%1)", "Phụ đề (%1)"),
    ("IngestDialog", "reviewer/ui/ingest_dialog.py", "Captions", "Phụ đề"),
    ("IngestDialog", "reviewer/ui/ingest_dialog.py", "Post text", "Nội dung bài đăng"),
    ("IngestDialog", "reviewer/ui/ingest_dialog.py", "Metadata", "Thông tin clip"),
    ("IngestDialog", "reviewer/ui/ingest_dialog.py", "%1: %2", "%1: %2"),
    # Every note of the version being signed goes into the record, resolved or not.
    ("SignDialog", "reviewer/ui/sign_dialog.py", "Notes on this version", "Ghi chú trên phiên bản này"),
]


def _line(path: str, context: str, source: str) -> int:
    needle = f'"{context}", "{source}"'
    for n, text in enumerate((ROOT / path).read_text(encoding="utf-8").splitlines(), 1):
        if needle in text:
            return n
    raise SystemExit(f"not in {path}: {needle}")


def main() -> int:
    for lang in ("vi", "en"):
        ts = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
        contexts: dict[str, ET.Element] = {}
        for context, path, source, vi in MESSAGES:
            if context not in contexts:
                contexts[context] = ET.SubElement(ts, "context")
                ET.SubElement(contexts[context], "name").text = context
            msg = ET.SubElement(contexts[context], "message")
            ET.SubElement(msg, "location", filename=f"../../{path}", line=str(_line(path, context, source)))
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = unicodedata.normalize("NFC", vi if lang == "vi" else source)
        ET.indent(ts, space="    ")
        out = ROOT / "resources" / "i18n" / f"guifix_{lang}.ts"
        body = ET.tostring(ts, encoding="unicode")
        out.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
