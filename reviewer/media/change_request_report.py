"""notes.html and notes.pdf of a change request: what the head asks the editor to change.

One language per document (Vietnamese, or English when the desk is in English): the clip and
version, the decision with its reason, the checklist items that failed with their notes, then
every note with its timecode and a still of that frame. The PDF is laid out by Qt from the same
HTML (:func:`reviewer.media.certificate.write_pdf`: A4, framed, a footer naming the signed
record's SHA-256); the stills are the package's still-NN.jpg files.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from reviewer.media.certificate import write_pdf

__all__ = ["report_html", "render_report"]

_NAVY = "#14325c"
_RED = "#b3261e"

TEXT: dict[str, dict[str, Any]] = {
    "vi": {
        "doc": "YÊU CẦU SỬA CLIP",
        "sub": "Gói yêu cầu sửa gửi biên tập viên",
        "clip": "Clip",
        "title": "Tiêu đề",
        "id": "Mã clip · phiên bản",
        "file": "Tệp",
        "start": "Mốc bắt đầu",
        "rate": "Tốc độ khung hình",
        "df": "drop-frame",
        "ndf": "non-drop",
        "decision": "Quyết định",
        "reason": "Lý do",
        "signed": "Người ký",
        "at": "Thời điểm ký",
        "failed": "Mục kiểm duyệt không đạt",
        "none_failed": "Không có mục nào không đạt.",
        "notes": "Ghi chú theo thời điểm",
        "no_notes": "Không có ghi chú.",
        "n": "#",
        "tc": "Mốc thời gian",
        "by": "Người ghi",
        "note": "Ghi chú",
        "still": "Khung hình",
        "kind": {"changes": "YÊU CẦU SỬA", "rejection": "TỪ CHỐI"},
        "proof": "Bằng chứng là decision.json và chữ ký số decision.json.sig — cách kiểm tra trong VERIFY.txt.",
        "import": "Nhập ghi chú vào phần mềm dựng: DaVinci Resolve — Timelines → Import → Timeline Markers from EDL "
        "(notes.edl) hoặc notes.fcpxml; Final Cut Pro — notes.fcpxml; Premiere Pro — notes.srt.",
        "page": "Trang",
    },
    "en": {
        "doc": "CHANGE REQUEST",
        "sub": "Change request package for the editor",
        "clip": "Clip",
        "title": "Title",
        "id": "Clip id · version",
        "file": "File",
        "start": "Start timecode",
        "rate": "Frame rate",
        "df": "drop-frame",
        "ndf": "non-drop",
        "decision": "Decision",
        "reason": "Reason",
        "signed": "Signed by",
        "at": "Signed at",
        "failed": "Checklist items that failed",
        "none_failed": "No checklist item failed.",
        "notes": "Timecoded notes",
        "no_notes": "No notes.",
        "n": "#",
        "tc": "Timecode",
        "by": "Author",
        "note": "Note",
        "still": "Frame",
        "kind": {"changes": "CHANGES REQUESTED", "rejection": "REJECTED"},
        "proof": "The proof is decision.json and its signature decision.json.sig — see VERIFY.txt to check it.",
        "import": "Import the notes: DaVinci Resolve — Timelines → Import → Timeline Markers from EDL (notes.edl) "
        "or notes.fcpxml; Final Cut Pro — notes.fcpxml; Premiere Pro — notes.srt.",
        "page": "Page",
    },
}


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _fps(value: float, language: str) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "vi" else text


def report_html(facts: dict[str, Any], *, for_pdf: bool = False) -> str:
    """The change request as one HTML document in ``facts["language"]``."""
    lang = facts.get("language", "vi")
    t = TEXT["en" if lang == "en" else "vi"]
    f = facts
    s = f["signer"]
    mono = "style=\"font-family:'DejaVu Sans Mono', monospace\""

    def row(label: str, value: str) -> str:
        return f'<tr><td width="28%" style="color:#4b5563">{_e(label)}</td><td>{value}</td></tr>'

    kind = t["kind"].get(f["kind"], f["kind"].upper())
    facts_rows = "".join(
        [
            row(t["title"], f"<b>{_e(f['title'])}</b>"),
            row(t["id"], f"{_e(f['clip_id'])} · v{_e(f['version'])}"),
            row(t["file"], _e(f["clip_file"])),
            row(t["start"], f"<span {mono}>{_e(f['start_timecode'])}</span>"),
            row(t["rate"], f"{_fps(f['fps'], lang)} fps ({t['df'] if f['drop_frame'] else t['ndf']})"),
            row(t["decision"], f'<b style="color:{_RED}">{_e(kind)}</b> — {_e(f["meaning"])}'),
            row(t["reason"], f"<b>{_e(f['reason']) or '—'}</b>"),
            row(t["signed"], f"{_e(s['name'])}, {_e(s['title'] or s['role'])} ({_e(s['principal'])})"),
            row(t["at"], _e(f["signed_at_display"])),
        ]
    )
    failed = "".join(
        f'<tr><td width="40%"><b>{_e(i["label_vi"] if lang == "vi" else i["label_en"])}</b><br>'
        f'<span style="color:#6b7280; font-size:7.5pt">{_e(i["id"])}</span></td>'
        f"<td>{_e(i['note']) or '—'}</td></tr>"
        for i in f["failed"]
    )
    failed_block = (
        f'<table width="100%" cellspacing="0" cellpadding="5" border="1" style="border-collapse:collapse; '
        f'border-color:#d1d5db">{failed}</table>'
        if failed
        else f"<p>{_e(t['none_failed'])}</p>"
    )
    note_rows = []
    for n in f["notes"]:
        tc = _e(n["tc_in"]) + (f"<br>→ {_e(n['tc_out'])}" if n["tc_out"] else "")
        img = f'<img src="{_e(n["still"])}" width="{150 if for_pdf else 240}">' if n.get("still") else "—"
        note_rows.append(
            f'<tr><td width="5%" valign="top">{n["number"]}</td>'
            f'<td width="19%" valign="top"><span {mono}><b>{tc}</b></span></td>'
            f'<td valign="top">{_e(n["text"])}<br><span style="color:#6b7280; font-size:7.5pt">{_e(n["author"])}</span></td>'
            f'<td width="{30 if for_pdf else 34}%" valign="top">{img}</td></tr>'
        )
    notes_block = (
        '<table width="100%" cellspacing="0" cellpadding="5" border="1" style="border-collapse:collapse; '
        'border-color:#d1d5db">'
        f'<tr bgcolor="#eef2f8"><td>{t["n"]}</td><td>{t["tc"]}</td><td>{t["note"]} · {t["by"]}</td>'
        f"<td>{t['still']}</td></tr>{''.join(note_rows)}</table>"
        if note_rows
        else f"<p>{_e(t['no_notes'])}</p>"
    )
    screen = "" if for_pdf else "  body { max-width: 900px; margin: 24px auto; padding: 0 24px; }\n"
    return f"""<!DOCTYPE html>
<html lang="{"en" if lang == "en" else "vi"}"><head><meta charset="utf-8">
<title>{_e(t["doc"])} — {_e(f["title"])}</title>
<style>
  body {{ font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt; color: #111827; }}
{screen}  td {{ vertical-align: top; }}
  h2 {{ color: {_NAVY}; font-size: 11pt; margin-top: 14px; margin-bottom: 4px; }}
</style></head>
<body>
<h1 style="color:{_NAVY}; font-size:18pt; margin-bottom:0">{_e(t["doc"])}</h1>
<p style="color:#6b7280; margin-top:2px">{_e(t["sub"])}</p>
<table width="100%" cellspacing="0" cellpadding="3" border="0">{facts_rows}</table>
<h2>{_e(t["failed"])}</h2>
{failed_block}
<h2>{_e(t["notes"])} ({len(f["notes"])})</h2>
{notes_block}
<p style="font-size:7.5pt; color:#6b7280; margin-top:12px">{_e(t["import"])}</p>
<p style="font-size:7.5pt; color:#6b7280">{_e(t["proof"])}<br>decision.json SHA-256:
<span {mono}>{_e(f["record_sha256"])}</span></p>
</body></html>
"""


def render_report(facts: dict[str, Any], folder: Path) -> list[str]:
    """Write notes.html and notes.pdf into ``folder`` (the stills are already there)."""
    (folder / "notes.html").write_text(report_html(facts), encoding="utf-8")
    t = TEXT["en" if facts.get("language") == "en" else "vi"]
    write_pdf(
        report_html(facts, for_pdf=True),
        folder / "notes.pdf",
        resources=folder,
        title=f"{t['doc']} — {facts['title']}",
        footer=f"{facts['clip_id']} v{facts['version']} · decision.json SHA-256 {facts['record_sha256'][:16]}…",
    )
    return ["notes.html", "notes.pdf"]
