"""The human-readable approval certificate: certificate.html and certificate.pdf.

The PDF is laid out by Qt (QTextDocument from the same HTML, painted page by page into a
QPdfWriter with a framed border and a footer naming the record's SHA-256), so it needs a
QGuiApplication: an existing one is used, otherwise one is created on the ``offscreen`` platform
(the CLI has no window). Labels are bilingual, Vietnamese first. The certificate is for people;
the proof is approval.json and its signature (see VERIFY.txt).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from reviewer.errors import ReviewerError

__all__ = ["certificate_html", "render_certificate", "write_pdf"]

_APP = None  # the QGuiApplication we created, kept alive for the process

_RESULT = {
    "pass": ("✓ Đạt", "Pass", "#1b6e3a"),
    "fail": ("✗ Không đạt", "Fail", "#b3261e"),
    "na": ("— Không áp dụng", "N/A", "#5f6368"),
    "": ("… Chưa trả lời", "Not answered", "#9a6700"),
}
_KIND = {
    "approval": ("PHÊ DUYỆT", "APPROVED"),
    "recommendation": ("ĐỀ XUẤT", "RECOMMENDATION"),
    "changes": ("YÊU CẦU CHỈNH SỬA", "CHANGES REQUESTED"),
    "rejection": ("TỪ CHỐI", "REJECTED"),
}
_ROLE = {"head": ("Lãnh đạo", "Head"), "editor": ("Biên tập viên", "Editor")}
_NAVY = "#14325c"
_GOLD = "#a8842c"


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _label(vi: str, en: str) -> str:
    return f'{_e(vi)}<br><span style="color:#6b7280; font-size:7.5pt">{_e(en)}</span>'


def _row(vi: str, en: str, value: str) -> str:
    return (
        f'<tr><td width="30%" valign="top" style="color:#374151">{_label(vi, en)}</td>'
        f'<td valign="top">{value}</td></tr>'
    )


def _section(vi: str, en: str) -> str:
    return (
        f'<h3 style="color:{_NAVY}; font-size:11pt; margin-top:14px; margin-bottom:4px">'
        f'{_e(vi)} <span style="color:#6b7280; font-weight:normal; font-size:9pt">/ {_e(en)}</span></h3>'
    )


def _table(rows: str, *, header: str = "") -> str:
    return (
        '<table width="100%" cellspacing="0" cellpadding="5" border="1" '
        'style="border-collapse:collapse; border-color:#c9ced6; border-style:solid; font-size:8.5pt">'
        f"{header}{rows}</table>"
    )


def _note_html(note: str) -> str:
    """An item's note under its label; a note kept from another answer says so, in amber."""
    if not note:
        return ""
    from reviewer.core.checklist import kept_note_origin

    origin, text = kept_note_origin(note)
    if origin is None:
        return f'<br><i style="color:#374151">{_e(note)}</i>'
    mark = note[: len(note) - len(text)].strip()
    return (
        f'<br><span style="color:#b45309; font-size:7.5pt"><b>{_e(mark)}</b></span> '
        f'<i style="color:#374151">{_e(text)}</i>'
    )


def certificate_html(facts: dict[str, Any], *, for_pdf: bool = False) -> str:
    """The certificate as one HTML document (certificate.html; ``for_pdf`` for Qt's layout)."""
    f = facts
    s = f["signer"]
    kind_vi, kind_en = _KIND.get(f["kind"], (f["kind"].upper(), f["kind"].upper()))
    role_vi, role_en = _ROLE.get(s["role"], (s["role"], s["role"]))
    mono = "style=\"font-family:'DejaVu Sans Mono', monospace; font-size:7.5pt\""

    thumb = (
        f'<img src="{_e(f["thumbnail"])}" width="200">'
        if f.get("thumbnail")
        else '<span style="color:#9ca3af">(không có ảnh / no thumbnail)</span>'
    )
    facts_rows = "".join(
        [
            _row("Tiêu đề", "Title", f"<b>{_e(f['title'])}</b>"),
            _row("Mã clip · phiên bản", "Clip id · version", f"{_e(f['clip_id'])} · v{_e(f['version'])}"),
            _row("Tệp", "File", _e(f["clip_file"])),
            _row(
                "Thời lượng · khung hình",
                "Duration · frame",
                f"{_e(f['duration'])} · {_e(f['resolution'])} @ {f['fps']:g} fps · {_e(f['codecs'])}",
            ),
            _row("Dung lượng", "Size", f"{f['size']:,} bytes".replace(",", ".")),
            _row(
                "Nền tảng",
                "Platform",
                _e(f["platform"] or "—")
                + (' · <b style="color:#b3261e">Chính trị / Political</b>' if f["political"] else ""),
            ),
            _row("Tác giả", "Author", _e(f["author"] or "—")),
            _row("SHA-256 của clip", "Clip SHA-256", f"<span {mono}>{_e(f['sha256'])}</span>"),
        ]
    )
    clip_block = (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
        f'<td width="34%" valign="top" style="padding-right:10px">{thumb}</td>'
        f'<td valign="top"><table width="100%" cellspacing="0" cellpadding="3" border="0" '
        f'style="font-size:8.5pt">{facts_rows}</table></td></tr></table>'
    )

    reason = _row("Lý do", "Reason", _e(f["reason"])) if f["reason"] else ""
    decision_rows = "".join(
        [
            _row(
                "Quyết định", "Decision", f'<b style="color:{_NAVY}; font-size:10pt">{_e(kind_vi)}</b> / {_e(kind_en)}'
            ),
            _row("Ý nghĩa của chữ ký", "Meaning of signature", f"<b>{_e(f['meaning'])}</b>"),
            reason,
            _row("Người ký", "Signed by", f"<b>{_e(s['name'])}</b>"),
            _row("Chức vụ · vai trò", "Title · role", f"{_e(s['title'] or '—')} · {_e(role_vi)} / {_e(role_en)}"),
            _row("Định danh", "Principal", _e(s["principal"])),
            _row("Thời điểm ký", "Signed at", f"<b>{_e(f['signed_at_display'])}</b><br>{_e(f['signed_at_local'])}"),
            _row(
                "Ký tại",
                "Signed from",
                "Bàn duyệt / desk" if f["signed_from"] == "desk" else "Dòng lệnh / command line",
            ),
            _row(
                "Đã xem",
                "Viewed",
                f"{f['coverage']['percent']:g}% ({_e(f['coverage']['viewed'])} / {_e(f['coverage']['duration'])})",
            ),
            _row("Khóa ký (Ed25519)", "Signing key", f"<span {mono}>{_e(s['key_fingerprint'])}</span>"),
        ]
    )

    checklist_rows = []
    for g in f["checklist"]["groups"]:
        checklist_rows.append(
            f'<tr><td colspan="2" bgcolor="#eef2f8" style="color:{_NAVY}"><b>{_e(g["label"]["vi"])}</b>'
            f' <span style="color:#6b7280">/ {_e(g["label"]["en"])}</span></td></tr>'
        )
        for item in g["items"]:
            vi, en, color = _RESULT.get(item["result"], _RESULT[""])
            blocking = (
                ' <span style="color:#b3261e; font-size:7pt">[bắt buộc / blocking]</span>' if item["blocking"] else ""
            )
            note = _note_html(item["note"])
            checklist_rows.append(
                f'<tr><td width="74%">{_e(item["label"]["vi"])}{blocking}<br>'
                f'<span style="color:#6b7280; font-size:7.5pt">{_e(item["label"]["en"])}</span> '
                f"<span style=\"color:#9ca3af; font-family:'DejaVu Sans Mono', monospace; font-size:6.5pt\">"
                f"{_e(item['id'])}</span>{note}</td>"
                f'<td width="26%" style="color:{color}"><b>{_e(vi)}</b><br>'
                f'<span style="font-size:7.5pt">{_e(en)}</span></td></tr>'
            )
    checklist_title = f["checklist"]["title"]
    checklist_caption = (
        f'<p style="font-size:8pt; color:#374151">{_e(checklist_title["vi"])} / {_e(checklist_title["en"])} '
        if checklist_title
        else '<p style="font-size:8pt; color:#374151">'
    ) + f"— mẫu / template <span {mono}>{_e(f['checklist']['id'])} · {_e(f['checklist']['hash'][:16])}…</span></p>"

    caption_rows = (
        "".join(
            f"<tr><td>{_e(c['file'])}</td><td>{_e(c['language'] or '—')}</td><td {mono}>{_e(c['sha256'])}</td></tr>"
            for c in f["captions"]
        )
        or '<tr><td colspan="3">—</td></tr>'
    )
    post = (
        '<p style="font-size:8.5pt">' + _e(f["post_text"]).replace("\n", "<br>") + "</p>"
        f'<p style="font-size:7.5pt; color:#6b7280">SHA-256: <span {mono}>{_e(f["post_sha256"])}</span></p>'
        if f["post_text"] is not None
        else '<p style="font-size:8.5pt">—</p>'
    )
    notes = (
        "".join(
            f'<tr><td width="22%" {mono}>{_e(n["time"])}</td><td width="22%">{_e(n["author"])}</td>'
            f"<td>{_e(n['text'])}</td></tr>"
            for n in f["notes"]
        )
        or '<tr><td colspan="3">— (không có ghi chú / no notes)</td></tr>'
    )

    # Qt's rich text would apply the page frame to the body; the PDF paints its own frame.
    screen_css = (
        ""
        if for_pdf
        else (f"  body {{ max-width: 820px; margin: 24px auto; padding: 28px 36px; border: 3px double {_NAVY}; }}\n")
    )
    ns = f["namespace"]
    verify_rows = "".join(
        [
            _row("SHA-256 bản ghi đã ký", "Signed record SHA-256", f"<span {mono}>{_e(f['record_sha256'])}</span>"),
            _row("Sự kiện kiểm toán", "Audit event", f"#{f['audit_seq']} · <span {mono}>{_e(f['audit_hash'])}</span>"),
            _row("Điểm neo đã ký", "Signed checkpoint", f"seq {f['checkpoint_seq']}"),
            _row(
                "Khóa gốc của Đài",
                "Station key",
                f"{_e(f.get('station', {}).get('name', ''))}<br><span {mono}>"
                f"{_e(f.get('station', {}).get('fingerprint', ''))}</span>",
            ),
            _row(
                "Chứng thư khóa",
                "Key certificate",
                f"{_e(s.get('role', ''))}:{_e(s['principal'])} · serial {_e(s.get('certificate_serial', '—'))}",
            ),
            _row(
                "Lệnh kiểm tra",
                "Verify with",
                f"<span {mono}>sha256sum -c SHA256SUMS<br>ssh-keygen -Y verify -f station_allowed_signers "
                f"-I {_e(s.get('role', 'head'))}:{_e(s['principal'])} -n {_e(ns)} -s approval.json.sig "
                f"&lt; approval.json</span>",
            ),
        ]
    )

    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Giấy chứng nhận phê duyệt clip — {_e(f["title"])}</title>
<style>
  body {{ font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt; color: #111827; }}
{screen_css}  td {{ vertical-align: top; }}
</style></head>
<body>
<p align="center" style="color:{_GOLD}; font-size:8pt; letter-spacing:2px; margin-bottom:0">
BÀN DUYỆT CLIP · CLIP SIGN-OFF DESK</p>
<h1 align="center" style="font-family:'DejaVu Serif', Georgia, serif; color:{_NAVY}; font-size:20pt;
 margin-top:4px; margin-bottom:0">GIẤY CHỨNG NHẬN PHÊ DUYỆT</h1>
<p align="center" style="font-family:'DejaVu Serif', Georgia, serif; color:{_NAVY}; font-size:12pt;
 margin-top:2px">APPROVAL CERTIFICATE</p>
<p align="center" style="font-size:11pt; margin-top:6px"><b>{_e(f["meaning"])}</b></p>
<hr style="color:{_GOLD}">
{_section("Clip", "Clip")}
{clip_block}
{_section("Quyết định và chữ ký", "Decision and signature")}
<table width="100%" cellspacing="0" cellpadding="3" border="0" style="font-size:8.5pt">{decision_rows}</table>
{_section("Danh mục kiểm duyệt", "Compliance checklist")}
{checklist_caption}
{_table("".join(checklist_rows))}
{_section("Phụ đề", "Captions")}
{_table(caption_rows, header='<tr bgcolor="#eef2f8"><td>Tệp / File</td><td>Ngôn ngữ / Language</td><td>SHA-256</td></tr>')}
{_section("Nội dung bài đăng", "Post text")}
{post}
{_section("Ghi chú theo thời điểm", "Timecoded notes")}
{_table(notes)}
{_section("Kiểm chứng", "Verification")}
<table width="100%" cellspacing="0" cellpadding="3" border="0" style="font-size:8.5pt">{verify_rows}</table>
<p style="font-size:7.5pt; color:#6b7280">Giấy này để đọc; bằng chứng là approval.json và chữ ký số
approval.json.sig — xem VERIFY.txt. / This certificate is for reading; the proof is approval.json and
its signature approval.json.sig — see VERIFY.txt.</p>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="margin-top:18px"><tr>
<td width="45%"></td>
<td align="center" style="font-size:9pt">
<i>{_e(f["signed_at_local"] or f["signed_at_display"])}</i><br>
<b>{_e(s["title"] or role_vi).upper()}</b><br>
<span style="color:#6b7280; font-size:7.5pt">Đã ký số / Digitally signed (Ed25519, SSHSIG)</span><br><br>
<span style="font-family:'DejaVu Serif', Georgia, serif; font-size:13pt; color:{_NAVY}"><b>{_e(s["name"])}</b></span><br>
<span {mono}>{_e(s["key_fingerprint"])}</span>
</td></tr></table>
</body></html>
"""


def _ensure_gui_app():
    """The running QGuiApplication, or a new one on the offscreen platform (headless CLI)."""
    global _APP
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        _APP = QGuiApplication(["reviewer", "-platform", "offscreen"])
        return _APP
    if not isinstance(app, QGuiApplication):
        raise ReviewerError("the PDF certificate needs a GUI application; this process runs a console one")
    return app


def write_pdf(html_text: str, pdf_path: Path, *, resources: Path, title: str, footer: str) -> None:
    """Lay ``html_text`` out on A4 pages with a double frame and a footer; write ``pdf_path``."""
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontDatabase,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
        QTextDocument,
    )

    writer = QPdfWriter(str(pdf_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("reviewer — clip sign-off desk")
    dpi = writer.resolution()

    def mm(v: float) -> float:
        return v / 25.4 * dpi

    page = QRectF(writer.pageLayout().paintRectPixels(dpi))
    content = page.adjusted(mm(20), mm(18), -mm(20), -mm(20))

    families = set(QFontDatabase.families())
    base = QFont("DejaVu Sans" if "DejaVu Sans" in families else QFont().family())
    base.setPointSizeF(9)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(base)
    doc.setDocumentMargin(0)
    for img in resources.glob("*.jpg"):
        image = QImage(str(img))
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(img.name), image)
    doc.setPageSize(QSizeF(content.width(), content.height()))
    doc.setHtml(html_text)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise ReviewerError(f"cannot write {pdf_path.name}")
    try:
        small = QFont(base)
        small.setPointSizeF(7)
        for n in range(pages):
            if n:
                writer.newPage()
            frame = page.adjusted(mm(9), mm(9), -mm(9), -mm(9))
            painter.setPen(QPen(QColor(_NAVY), mm(0.8)))
            painter.drawRect(frame)
            painter.setPen(QPen(QColor(_GOLD), mm(0.3)))
            painter.drawRect(frame.adjusted(mm(1.6), mm(1.6), -mm(1.6), -mm(1.6)))
            painter.save()
            painter.translate(content.topLeft() - QPointF(0, n * content.height()))
            doc.drawContents(painter, QRectF(0, n * content.height(), content.width(), content.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#6b7280"))
            foot = QRectF(content.left(), page.bottom() - mm(17), content.width(), mm(6))
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
            painter.drawText(
                foot,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"Trang / Page {n + 1}/{pages}",
            )
    finally:
        painter.end()


def render_certificate(facts: dict[str, Any], folder: Path) -> list[str]:
    """Write certificate.html and certificate.pdf into ``folder``; returns the names written."""
    (folder / "certificate.html").write_text(certificate_html(facts), encoding="utf-8")
    text = certificate_html(facts, for_pdf=True)
    footer = (
        f"{facts['clip_id']} v{facts['version']} · approval.json SHA-256 {facts['record_sha256'][:16]}… · "
        f"audit #{facts['audit_seq']}"
    )
    write_pdf(
        text,
        folder / "certificate.pdf",
        resources=folder,
        title=f"Giấy chứng nhận phê duyệt — {facts['title']}",
        footer=footer,
    )
    return ["certificate.html", "certificate.pdf"]
