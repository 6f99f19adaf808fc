"""``reviewer diff`` on two ingested versions reports exactly the edits made, nothing else."""

from __future__ import annotations

import json

import pytest

from tests.roundtrip.versions import REPLACED, reencode, write_version

V1_PICTURES = list(range(300))  # 12 s at 25 fps

SRT_V1 = """1
00:00:00,000 --> 00:00:02,000
Thủ tướng phát biểu tại hội nghị

2
00:00:02,000 --> 00:00:04,000
Các đại biểu thảo luận dự thảo luật

3
00:00:04,000 --> 00:00:06,000
Người dân theo dõi trực tiếp

4
00:00:07,000 --> 00:00:09,000
Kết quả sẽ được công bố sau

5
00:00:10,000 --> 00:00:11,500
Cảm ơn quý vị đã theo dõi
"""

# Cue 2 rewritten, cue 4 moved by 500 ms, one cue added between 3 and 4.
SRT_V2 = """1
00:00:00,000 --> 00:00:02,000
Thủ tướng phát biểu tại hội nghị

2
00:00:02,000 --> 00:00:04,000
Đại biểu Quốc hội thảo luận dự thảo Luật Báo chí

3
00:00:04,000 --> 00:00:06,000
Người dân theo dõi trực tiếp

4
00:00:06,000 --> 00:00:06,900
Phóng viên VTV đưa tin

5
00:00:07,500 --> 00:00:09,500
Kết quả sẽ được công bố sau

6
00:00:10,000 --> 00:00:11,500
Cảm ơn quý vị đã theo dõi
"""

POST_V1 = "Các đại biểu Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi). #VTV #thoisu"
POST_V2 = "Nhiều đại biểu Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi). #VTV #thoisu"
META = {"id": "qh-1", "title": "Quốc hội thảo luận Luật Báo chí", "platform": "facebook", "political": True}


def _source(folder, pictures, sounds, srt, post, *, clip=None):
    folder.mkdir(parents=True)
    if clip is None:
        write_version(folder / "qh.mp4", pictures, sounds)
    else:
        (folder / "qh.mp4").write_bytes(clip.read_bytes())
    (folder / "qh.vi.srt").write_text(srt, encoding="utf-8")
    (folder / "qh.post.txt").write_text(post, encoding="utf-8")
    (folder / "qh.json").write_text(json.dumps(META, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def two_versions(cli, tmp_path):
    v1 = _source(tmp_path / "v1", V1_PICTURES, None, SRT_V1, POST_V1)
    assert cli("ingest", str(v1)).code == 0
    assert cli("note", "qh-1", "--at", "2.5", "Câu 2: ghi rõ đại biểu Quốc hội").code == 0
    pictures = V1_PICTURES[:100] + [REPLACED + k for k in range(50)] + V1_PICTURES[150:]  # 4 s-6 s new pictures
    v2 = _source(tmp_path / "v2", pictures, V1_PICTURES, SRT_V2, POST_V2)
    result = cli("ingest", "--json", str(v2))
    assert result.code == 0 and result.json()[0]["result"] == "new_version", result.out
    return v1, v2


def test_diff_reports_exactly_the_edits_made(cli, two_versions):
    result = cli("diff", "qh-1", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["clip_id"], data["from"], data["to"]) == ("qh-1", 1, 2)
    media = data["media"]
    assert media["same_bytes"] is False
    assert media["duration_ms"] == [12000, 12000]
    assert media["changed_segments"] == [
        {
            "start_ms": 4000,
            "end_ms": 6000,
            "kind": "changed",
            "from_start_ms": 4000,
            "from_end_ms": 6000,
            "what": ["video"],
        }
    ]
    assert data["captions"] == [
        {
            "language": "vi",
            "file": ["qh.vi.srt", "qh.vi.srt"],
            "changes": [
                {
                    "kind": "text",
                    "from_index": 2,
                    "to_index": 2,
                    "start_ms": 2000,
                    "before": "Các đại biểu thảo luận dự thảo luật",
                    "after": "Đại biểu Quốc hội thảo luận dự thảo Luật Báo chí",
                },
                {
                    "kind": "added",
                    "to_index": 4,
                    "start_ms": 6000,
                    "after_ms": [6000, 6900],
                    "after": "Phóng viên VTV đưa tin",
                },
                {
                    "kind": "timing",
                    "from_index": 4,
                    "to_index": 5,
                    "start_ms": 7500,
                    "before_ms": [7000, 9000],
                    "after_ms": [7500, 9500],
                },
            ],
        }
    ]
    assert data["post_text"] == {
        "changed": True,
        "ops": [{"op": "replace", "before": "Các", "after": "Nhiều", "at_word": 0}],
    }
    assert data["metadata"] == {}
    [note] = data["notes"]
    assert (note["version"], note["at_ms"], note["text"], note["resolved"]) == (
        1,
        2500,
        "Câu 2: ghi rõ đại biểu Quốc hội",
        False,
    )

    # People read the same facts.
    text = cli("diff", "qh-1").out
    assert "changed 00:00:04.000–00:00:06.000 (pictures)" in text
    assert "“Các” → “Nhiều”" in text
    assert "[OPEN] Câu 2" in text


def test_a_reencode_of_the_same_clip_gives_no_media_change(cli, tmp_path):
    v1 = _source(tmp_path / "v1", V1_PICTURES, None, SRT_V1, POST_V1)
    assert cli("ingest", str(v1)).code == 0
    again = reencode(v1 / "qh.mp4", tmp_path / "again.mp4", crf=28, preset="veryfast")
    v2 = _source(tmp_path / "v2", None, None, SRT_V1, POST_V1, clip=again)
    assert cli("ingest", str(v2)).code == 0
    data = cli("diff", "qh-1", "--json").json()
    assert data["media"]["same_bytes"] is False
    assert data["media"]["changed_segments"] == []
    assert data["captions"][0]["changes"] == []
    assert data["post_text"] == {"changed": False, "ops": []}


def test_diff_says_plainly_when_there_is_nothing_to_compare(cli, tmp_path):
    v1 = _source(tmp_path / "v1", V1_PICTURES[:50], None, SRT_V1, POST_V1)
    assert cli("ingest", str(v1)).code == 0
    result = cli("diff", "qh-1")
    assert result.code == 2
    assert result.err.strip() == "reviewer: clip qh-1 has only one version; there is nothing to compare yet"
    assert cli("diff", "qh-1", "--from", "1", "--to", "3").err.startswith("reviewer: clip qh-1 has no version 3")
    assert cli("diff", "nope").code == 1
