"""Everything from the desk, with the real libvlc player under Xvfb: adding clips, and the overview.

File → Add clips… takes files, folders and .zip packages with a progress bar and a result per item
(in the desk's language); dropping them on the queue does the same; ``reviewer PACKAGE.zip`` opens
the desk with the package offered. The header above the queue counts what awaits the head.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import write_clip
from tests.gui.real_desk import close_real_desk, open_real_desk
from tests.signoff_support import HEAD, PASSPHRASE, enroll, fast_kdf, make_source, memory_keyring  # noqa: F401

pytestmark = pytest.mark.video

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    results = services.ingest.ingest([make_source(tmp_path / "in1", "news-1")])
    assert results[0].result == "ingested"
    enroll(services)
    return services


def _package(tmp_path: Path, name: str, clip_id: str, variant: int) -> Path:
    folder = make_source(tmp_path / f"src-{clip_id}", clip_id, variant=variant, title=f"Gói {clip_id}")
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted(folder.iterdir()):
            z.write(f, f"pkg/{f.name}")
    return path


def _wait_done(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_running() and bool(dialog.results), timeout=60000)


def test_add_clips_from_files_folders_and_packages_with_progress_and_results(qtbot, library, tmp_path):
    folder = make_source(tmp_path / "thu-muc", "news-2", variant=2)
    package = _package(tmp_path, "usb.zip", "news-3", 3)
    single = write_clip(tmp_path / "le" / "phong-su.mp4", variant=4)
    empty = tmp_path / "le" / "hong.mp4"
    empty.write_bytes(b"")
    window = open_real_desk(qtbot, library, language="vi")
    try:
        window.actions_by_name["add_clips"].trigger()  # Tệp → Thêm clip… (Ctrl+O)
        dialog = window.ingest_dialog
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
        assert dialog.windowTitle() == "Thêm clip"
        chooser = dialog.file_dialog
        qtbot.waitUntil(chooser.isVisible)
        assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles and "*.zip" in chooser.nameFilters()[0]
        chooser.reject()
        dialog.add_paths([folder, package, single, empty])
        assert dialog.paths_list.count() == 4 and dialog.start_button.isEnabled()
        progress: list[int] = []
        dialog.progress.valueChanged.connect(progress.append)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        _wait_done(qtbot, dialog)
        assert progress and progress[-1] == 1000 and len(set(progress)) > 2  # it moved along the way
        rows = [
            (
                dialog.results_tree.topLevelItem(i).text(0),
                dialog.results_tree.topLevelItem(i).text(1),
                dialog.results_tree.topLevelItem(i).text(2),
            )
            for i in range(dialog.results_tree.topLevelItemCount())
        ]
        results = {r.result for r in dialog.results}
        assert results == {"ingested", "attached", "rejected"}
        assert ("Đã thêm", "news-2 v1") in [(a, b) for a, b, _c in rows]
        assert ("Đã thêm", "news-3 v1") in [(a, b) for a, b, _c in rows]
        # What came with a clip: one row each, right under the clip, saying what the file is.
        clip_row = [a for a, b, _c in rows].index("Đã thêm")
        first = rows[clip_row][1]
        stem = f"bản tin {first.split()[0]}"
        assert sorted(rows[clip_row + 1 : clip_row + 4]) == [
            ("Kèm theo", first, f"Nội dung bài đăng: {stem}.post.txt"),
            ("Kèm theo", first, f"Phụ đề (vi): {stem}.vi.srt"),
            ("Kèm theo", first, f"Thông tin clip: {stem}.json"),
        ]
        assert dialog.summary_label.text() == "Đã thêm: 3 · Kèm theo: 6 · Bị từ chối: 1"
        # A rejection in the desk's language, naming the file.
        assert ("Bị từ chối", "", "hong.mp4: tệp rỗng (0 byte)") in rows
        # Caption warnings too, times as the desk's timecode.
        assert (
            "",
            "",
            "⚠ bản tin news-2.vi.srt: Câu 1 (00:00:00:00) cần đọc 32,0 ký tự mỗi giây (giới hạn 20): "
            "32 ký tự trong 1 giây",
        ) in rows
        # The queue shows them now; the person at the desk added them.
        ids = {c.id for c in library.library.queue("pending")}
        assert {"news-2", "news-3"} <= ids
        assert window.queue_model.total() == len(ids)
        events = [e for e in library.library.audit_events() if e.kind == "ingest"]
        assert {e.actor for e in events if e.payload["clip_id"] in ("news-2", "news-3")} == {HEAD[0]}
        dialog.close()
    finally:
        close_real_desk(window)


def test_dropping_a_folder_on_the_queue_adds_it(qtbot, library, tmp_path):
    folder = make_source(tmp_path / "keo-tha", "news-9", variant=9)
    window = open_real_desk(qtbot, library)
    try:
        viewport = window.queue_pane.table.viewport()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(folder))])
        pos = QPointF(viewport.rect().center())
        action = Qt.DropAction.CopyAction
        enter = QDragEnterEvent(pos.toPoint(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, enter)
        assert enter.isAccepted()
        move = QDragMoveEvent(pos.toPoint(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
        drop = QDropEvent(pos, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, drop)
        assert drop.isAccepted()
        dialog = window.ingest_dialog
        assert dialog is not None
        _wait_done(qtbot, dialog)
        # The clip, then its metadata, post text and captions (issue 13: a row per file).
        assert [r.result for r in dialog.results] == ["ingested", "attached", "attached", "attached"]
        rows = [
            tuple(dialog.results_tree.topLevelItem(i).text(c) for c in range(3))
            for i in range(dialog.results_tree.topLevelItemCount())
        ]
        assert ("Attached", "news-9 v1", "Captions (vi): bản tin news-9.vi.srt") in rows
        assert ("Attached", "news-9 v1", "Post text: bản tin news-9.post.txt") in rows
        assert window.queue_model.row_of("news-9") >= 0
        # Text (not files) dropped on the queue is not for the desk.
        other = QMimeData()
        other.setText("không phải tệp")
        refused = QDragEnterEvent(
            QPoint(5, 5), action, other, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, refused)
        assert not refused.isAccepted()
        dialog.close()
    finally:
        close_real_desk(window)


def test_reviewer_with_a_zip_opens_the_desk_offering_it(library, tmp_path):
    package = _package(tmp_path, "từ USB.zip", "news-7", 7)
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from reviewer import app
        from reviewer.ui.main_window import MainWindow

        original = MainWindow._after_first_clip

        def after(self):
            original(self)
            d = self.ingest_dialog
            print("OFFERED", [str(p) for p in d.paths()] if d else None, "RUNNING", d.is_running() if d else None,
                  "VISIBLE", d.isVisible() if d else None, flush=True)
            QTimer.singleShot(300, self.close)

        MainWindow._after_first_clip = after
        sys.exit(app.main(sys.argv[1:]))
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb")
    proc = subprocess.run(
        [sys.executable, "-c", script, "--home", str(library.home), str(package)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=str(ROOT),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"OFFERED {[str(package)]!r} RUNNING False VISIBLE True" in proc.stdout, proc.stdout
    # Offered, not added behind the user's back.
    assert "news-7" not in {c.id for c in library.library.queue("all")}


def test_the_overview_counts_what_awaits_the_head(qtbot, library, tmp_path):
    now = datetime.now(timezone.utc)
    local_midnight = datetime.combine(
        now.astimezone().date() + timedelta(days=1), datetime.min.time(), tzinfo=now.astimezone().tzinfo
    )
    soon = min(now + timedelta(minutes=30), local_midnight - timedelta(minutes=1))
    for clip_id, meta in (
        ("due-1", {"deadline": soon.isoformat(), "political": False}),
        ("late-1", {"deadline": (now - timedelta(hours=2)).isoformat(), "political": True}),
    ):
        folder = make_source(tmp_path / clip_id, clip_id, variant=len(clip_id) + 20)
        meta_file = next(folder.glob("*.json"))
        data = json.loads(meta_file.read_text(encoding="utf-8"))
        data.update(meta)
        meta_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert library.ingest.ingest([folder])[0].result == "ingested"
    # news-1 sent back with a signed request for changes, then a new version arrives: a re-review.
    library.signoff.sign(
        "news-1",
        decision="changes",
        reason="Sửa chức danh",
        passphrase=PASSPHRASE,
        principal=HEAD[0],
        signed_from="desk",
    )
    assert library.ingest.ingest([make_source(tmp_path / "v2", "news-1", variant=40)])[0].result == "new_version"
    window = open_real_desk(qtbot, library, language="vi")
    try:
        header = window.overview
        # news-1 (political, from make_source) and late-1 are political; due-1 is due later today.
        assert header.counts() == {"political": 2, "due_today": 1, "overdue": 1, "re_reviews": 1}
        assert header.labels["political"].text() == "Chính trị: 2"
        assert header.labels["due_today"].text() == "Hạn hôm nay: 1"
        assert header.labels["overdue"].text() == "Quá hạn: 1"
        assert header.labels["re_reviews"].text() == "Duyệt lại: 1"
        assert header.labels["overdue"].property("hot") == "true"
    finally:
        close_real_desk(window)
