"""The change-request package: editors' formats read back by independent readers, one marker per
note at its frame; the decision verifies with ssh-keygen; the request reads in Vietnamese."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import xml.etree.ElementTree as ET
from fractions import Fraction

import opentimelineio as otio
import pycmx
import pysubs2
import pytest

from tests.roundtrip.versions import write_version
from tests.signoff_support import (  # noqa: F401 - fixtures
    HEAD,
    PASSPHRASE,
    STATION_NAME,
    STATION_PASSPHRASE,
    fast_kdf,
    memory_keyring,
    run_cli_subprocess,
)

pytestmark = pytest.mark.usefixtures("memory_keyring", "fast_kdf")

NOTES = [
    # (start s, end s or None, text)
    ("2.52", None, "Chức danh sai: “Phó Thủ tướng”, không phải “Thủ tướng”"),
    ("4", "6", "Cắt đoạn này: hình ảnh chưa được phép phát sóng"),
    ("9.6", None, "Phụ đề câu cuối quá dài, đọc không kịp; rút gọn còn một dòng, tối đa 42 ký tự mỗi dòng"),
]


def _signed_changes(cli, tmp_path, *, fps=25, timecode="10:00:00:00", frames=300):
    src = tmp_path / "in"
    write_version(src / "tin.mp4", list(range(frames)), fps=fps, timecode=timecode)
    (src / "tin.vi.srt").write_text("1\n00:00:00,000 --> 00:00:02,000\nThủ tướng phát biểu\n", encoding="utf-8")
    (src / "tin.post.txt").write_text("Thủ tướng phát biểu tại hội nghị. #VTV", encoding="utf-8")
    (src / "tin.json").write_text(
        json.dumps(
            {"id": "tin-1", "title": "Hội nghị Chính phủ", "platform": "facebook", "political": True},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert cli("ingest", str(src)).code == 0
    for start, end, text in NOTES:
        args = ["note", "tin-1", "--at", start] + (["--to", end] if end else []) + [text]
        assert cli(*args).code == 0
    principal, name, title, role = HEAD
    assert (
        cli("station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n").code == 0
    )
    assert (
        cli(
            "keys",
            "init",
            "--principal",
            principal,
            "--name",
            name,
            "--title",
            title,
            "--role",
            role,
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{STATION_PASSPHRASE}\n",
        ).code
        == 0
    )
    assert cli("policy", "set", "require_full_view", "false").code == 0
    template = cli("checklist", "show", "--json").json()
    answers = {i["id"]: {"result": "pass", "note": ""} for i in template["items"]}
    answers["political.facts"] = {"result": "fail", "note": "Sai chức danh người phát biểu"}
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    r = cli(
        "sign",
        "tin-1",
        "--decision",
        "changes",
        "--checklist",
        str(path),
        "--reason",
        "Sửa chức danh và cắt đoạn chưa được phép",
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err


def _export(home, out, *extra):
    r = run_cli_subprocess(home, "export", "tin-1", "--notes", "--out", str(out), "--json", *extra)
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_the_editor_gets_every_note_at_its_frame_in_every_format(cli, home, tmp_path):
    _signed_changes(cli, tmp_path)
    out = tmp_path / "yêu cầu sửa"
    result = _export(home, out)
    assert result["notes"] == 3 and result["kind"] == "changes"
    assert result["start_timecode"] == "10:00:00:00" and result["drop_frame"] is False
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            "notes.edl",
            "notes.fcpxml",
            "notes.csv",
            "notes.srt",
            "notes.html",
            "notes.pdf",
            "still-01.jpg",
            "still-02.jpg",
            "still-03.jpg",
            "decision.json",
            "decision.json.sig",
            "decision-signer-cert.pub",
            "station_allowed_signers",
            "VERIFY.txt",
            "SHA256SUMS",
        ]
    )
    # Frames at 25 fps from the file's own start timecode 10:00:00:00 (= frame 900000).
    start = 10 * 3600 * 25
    frames = [start + 63, start + 100, start + 240]  # 2.52 s, 4 s (range to 6 s = frame 150), 9.6 s
    tcs = ["10:00:02:13", "10:00:04:00", "10:00:09:15"]

    # CMX 3600 read by OpenTimelineIO's reader: one marker per note at its frame.
    edl = otio.adapters.read_from_file(str(out / "notes.edl"), rate=25)
    markers = [m for clip in edl.find_clips() for m in clip.markers]
    assert [int(m.marked_range.start_time.value) for m in markers] == frames
    assert [m.name for m in markers][0].startswith("Chức danh sai")
    # ... and by pycmx, an independent CMX 3600 parser: one event per note, record in = the note's timecode.
    events = list(pycmx.parse_cmx3600(io.StringIO((out / "notes.edl").read_text(encoding="utf-8"))).events)
    assert [e.edits[0].record_in for e in events] == tcs
    assert [e.edits[0].record_out for e in events] == ["10:00:02:14", "10:00:06:00", "10:00:09:16"]
    resolve_lines = [s.content for e in events for s in e.unrecognized_statements if s.content.startswith("|C:")]
    assert resolve_lines[1] == "|C:ResolveColorRed |M:Cắt đoạn này: hình ảnh chưa được phép phát sóng |D:50"

    # FCPXML: version 1.8+, one marker per note; the range note carries its 2 s.
    root = ET.parse(out / "notes.fcpxml").getroot()
    assert root.tag == "fcpxml" and tuple(map(int, root.get("version").split("."))) >= (1, 8)
    xml_markers = root.findall(".//marker")
    assert [Fraction(m.get("start")[:-1]) * 25 for m in xml_markers] == frames
    assert [m.get("duration") for m in xml_markers] == ["1/25s", "2s", "1/25s"]
    fcpx = otio.adapters.read_from_file(str(out / "notes.fcpxml"))
    fmarkers = [m for clip in fcpx.find_clips() for m in clip.markers]
    assert len(fmarkers) == 3
    # The adapter's reader truncates start * rate (900062.999… → 900062): within one frame.
    assert all(abs(m.marked_range.start_time.to_frames(25) - f) <= 1 for m, f in zip(fmarkers, frames))
    assert fmarkers[1].marked_range.duration.to_seconds() == 2.0

    # SRT read by pysubs2: each note from the frame it points at, in media time.
    subs = pysubs2.load(str(out / "notes.srt"))
    assert [ev.start for ev in subs] == [2520, 4000, 9600]
    assert subs[1].end == 6000 and subs[0].text.startswith("[10:00:02:13]")

    # CSV with BOM for Excel: tc in, tc out, author, text.
    raw = (out / "notes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Mốc vào", "Mốc ra", "Người ghi", "Ghi chú"]
    assert [r[:2] for r in rows[1:]] == [["10:00:02:13", ""], ["10:00:04:00", "10:00:06:00"], ["10:00:09:15", ""]]
    assert rows[3][3] == NOTES[2][2]

    # The request as people read it: Vietnamese, decision, reason, the failed item, every note with its still.
    html = (out / "notes.html").read_text(encoding="utf-8")
    for text in (
        "YÊU CẦU SỬA CLIP",
        "Sửa chức danh và cắt đoạn chưa được phép",
        "Sai chức danh người phát biểu",
        "still-02.jpg",
        "10:00:09:15",
        "Nguyễn Văn An",
    ):
        assert text in html
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(out / "notes.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "YÊU CẦU SỬA CLIP" in pdf_text and "10:00:04:00" in pdf_text and "Sai chức danh" in pdf_text

    # The editor checks it with OpenSSH and coreutils.
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True).returncode == 0
    assert result["namespace"] == "clip-changes"
    with open(out / "decision.json", "rb") as f:
        verify = subprocess.run(
            [
                "ssh-keygen",
                "-Y",
                "verify",
                "-f",
                "station_allowed_signers",
                "-I",
                f"head:{HEAD[0]}",
                "-n",
                result["namespace"],
                "-s",
                "decision.json.sig",
            ],
            cwd=out,
            stdin=f,
            capture_output=True,
            text=True,
        )
    assert verify.returncode == 0 and f'Good "clip-changes" signature for head:{HEAD[0]}' in verify.stdout
    # VERIFY.txt's command is the one that works.
    line = next(
        ln.strip()
        for ln in (out / "VERIFY.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip().startswith("ssh-keygen -Y verify")
    )
    assert subprocess.run(line, shell=True, cwd=out, capture_output=True).returncode == 0
    decision = json.loads((out / "decision.json").read_bytes())
    assert decision["kind"] == "changes" and len(decision["notes"]) == 3
    # The export is audited.
    history = cli("show", "tin-1", "--json").json()
    assert history["status"] == "changes"


def test_drop_frame_2997_timecodes_and_english(cli, home, tmp_path):
    _signed_changes(cli, tmp_path, fps=Fraction(30000, 1001), timecode="01:00:00;00", frames=330)
    out = tmp_path / "cr"
    result = _export(home, out, "--lang", "en")
    assert result["drop_frame"] is True and result["start_timecode"] == "01:00:00;00"
    events = list(pycmx.parse_cmx3600(io.StringIO((out / "notes.edl").read_text(encoding="utf-8"))).events)

    def drop_frame(frame: int) -> str:
        # SMPTE 12M drop-frame, written out here (not the writer's OTIO): 2 numbers dropped each
        # minute except every tenth.
        d, m = divmod(frame, 17982)
        frame += 18 * d + (2 * ((m - 2) // 1798) if m >= 2 else 0)
        return f"{frame // 108000:02d}:{frame // 1800 % 60:02d}:{frame // 30 % 60:02d};{frame % 30:02d}"

    start = 107892  # 01:00:00;00 at 29.97 drop-frame
    expected = [start + int(Fraction(ms) * Fraction(30000, 1001) / 1000) for ms in (2520, 4000, 9600)]
    assert [e.edits[0].record_in for e in events] == [drop_frame(f) for f in expected]
    assert (out / "notes.edl").read_text(encoding="utf-8").splitlines()[1] == "FCM: DROP FRAME"
    # OpenTimelineIO reads the drop-frame events at their frames (its LOC reader knows only
    # non-drop "HH:MM:SS:FF", so here the events, one per note, are what it checks).
    edl = otio.adapters.read_from_file(str(out / "notes.edl"), rate=30000 / 1001)
    assert [int(c.source_range.start_time.value) for c in edl.find_clips()] == expected
    html = (out / "notes.html").read_text(encoding="utf-8")
    assert "CHANGE REQUEST" in html and "29.97 fps (drop-frame)" in html
    assert list(csv.reader(io.StringIO((out / "notes.csv").read_bytes().decode("utf-8-sig"))))[0] == [
        "TC in",
        "TC out",
        "Author",
        "Note",
    ]


def test_no_change_request_without_a_signed_changes_or_reject_decision(cli, home, tmp_path):
    src = tmp_path / "in"
    write_version(src / "tin.mp4", list(range(50)))
    (src / "tin.json").write_text(json.dumps({"id": "tin-1"}), encoding="utf-8")
    assert cli("ingest", str(src)).code == 0
    r = cli("export", "tin-1", "--notes", "--out", str(tmp_path / "out"))
    assert r.code == 1
    assert r.err.strip() == (
        "reviewer: clip tin-1 has no signed decision yet; a change request is sent after a "
        "head signs 'request changes' or 'reject'"
    )
    assert not (tmp_path / "out").exists()
