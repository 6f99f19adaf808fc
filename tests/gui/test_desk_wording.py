"""The desk's Vietnamese, as a director reads it (real desk, real libvlc under Xvfb).

The wording fixes found in use: a caption overlap reads "chồng lên câu 1 (600 ms)" with the
desk's timecode (not SRT time); the lock event is "Tạm khóa ký"; an unfinished checklist is
"Chưa hoàn tất kiểm duyệt"; "Tiến 5 giây"; the history does not say "Phê duyệt … (Phê duyệt)";
one word for blocking items in the desk and the certificate; no English plural marks; the
core's messages in the desk's language.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from reviewer.media.certificate import certificate_html
from tests.conftest import write_clip
from tests.gui.real_desk import close_real_desk, open_real_desk
from tests.signoff_support import HEAD, PASSPHRASE, enroll, fast_kdf, memory_keyring, watch_all  # noqa: F401

pytestmark = pytest.mark.video

OVERLAPPING = (
    "1\n00:00:00,000 --> 00:00:01,400\nThủ tướng phát biểu tại hội nghị\n\n"
    "2\n00:00:00,800 --> 00:00:02,000\nNgười dân phấn khởi\n"
)


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    src = tmp_path / "in"
    write_clip(src / "chong.mp4", seconds=2.0)
    (src / "chong.vi.srt").write_text(OVERLAPPING, encoding="utf-8")
    (src / "chong.json").write_text(
        json.dumps({"id": "chong", "title": "Phụ đề chồng nhau", "political": True}, ensure_ascii=False),
        encoding="utf-8",
    )
    assert services.ingest.ingest([src])[0].result == "ingested"
    enroll(services)
    return services


def test_the_desk_speaks_the_directors_vietnamese(qtbot, library, tmp_path):
    window = open_real_desk(qtbot, library, language="vi")
    try:
        transcript = window.transcript_panel
        tip = transcript.model.data(transcript.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
        assert "Câu 2 (00:00:00:20) chồng lên câu 1 (600 ms)" in tip, tip  # the desk's timecode, the ms in brackets
        assert transcript.banner.text() == "Câu phụ đề cần xem lại: 2 (đánh dấu ⚠; di chuột vào để xem chi tiết)."
        assert window.actions_by_name["forward_5s"].text() == "Tiến 5 giây"
        assert window.actions_by_name["forward_1s"].text() == "Tiến 1 giây"
        panel = window.signoff.decision_panel
        assert "Chưa hoàn tất kiểm duyệt: còn 15/15 mục chưa trả lời" in panel.blocked_reasons()
        card = window.signoff.checklist_panel.card
        assert card.critical.text() == "Bắt buộc"  # blocking items: one word…
        from reviewer.ui.history_panel import kind_name

        assert kind_name("signing_locked") == "Tạm khóa ký"
        assert kind_name("checkpoint") == "Điểm chốt nhật ký"
        assert kind_name("key_retired") == "Ngừng sử dụng khóa"

        # A signed approval in the history: "Phê duyệt phiên bản 1, …", not "(Phê duyệt)" again.
        from reviewer.core.checklist import Answer

        library.signoff.save_answers(
            "chong", HEAD[0], [Answer(i, "pass", "") for i in library.signoff.template().item_ids]
        )
        watch_all(library, "chong", HEAD[0])
        result = library.signoff.sign(
            "chong", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="desk"
        )
        history = window.signoff.history_panel
        window.signoff.show_history()
        history.reload()
        summary = next(r for r in history.rows() if r[3] == "Ký duyệt")[4]
        assert summary.startswith("Phê duyệt phiên bản 1, ký tại bàn duyệt") and "(Phê duyệt)" not in summary
        assert next(r for r in history.rows() if r[3] == "Ký duyệt")[2] == HEAD[1]  # by printed name

        # …and the same word on the certificate.
        from reviewer.core.export import certificate_facts

        so = result.signoff
        event = library.signing.event(so.audit_seq)
        cp_event = library.signing.event(so.audit_seq + 1)
        from reviewer.core import audit as core_audit

        detail = library.library.clip_detail("chong")
        facts = certificate_facts(
            detail=detail,
            version=detail.current,
            record=result.record,
            stored=so,
            event=event,
            checkpoint=core_audit.parse_checkpoint(cp_event.payload_json),
            template=library.signoff.template(),
            clip_file="chong.mp4",
            caption_files=["chong.vi.srt"],
            thumbnail=None,
            namespace="clip-approval",
            exported_at=so.signed_at,
        )
        html = certificate_html(facts)
        assert "bắt buộc / blocking" in html and "trọng yếu" not in html.lower()

        # A core message (a note refused by the library) in the desk's language.
        window.seek(500)
        window.add_note_at_current_time()
        dialog = window.note_dialog
        dialog.text_edit.setPlainText("   ")
        from reviewer.errors import UsageError
        from reviewer.ui.core_text import core_message

        assert core_message(UsageError("a note needs some text").message) == "Ghi chú cần có nội dung."
        dialog.reject()
    finally:
        close_real_desk(window)
