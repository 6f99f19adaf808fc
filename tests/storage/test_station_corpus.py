"""What stations actually send (issue 13): a corpus of our own, ingested as a user runs it.

Camera and phone containers, a recorder's WebM without a duration, a portrait phone video with a
rotation flag, sound files, pictures, office documents and caption files with the mistakes
editors' tools make, in a folder and in a USB package. Every file must get exactly one row in
``reviewer ingest --json``; clips must go in with the right length, size and an upright
thumbnail; caption files are taken, or refused, as the players will read them.

Which test covers which problem of the issue:
  2 (files skipped without a word; camera formats) — test_every_file_of_a_usb_folder_and_package_gets_one_row,
    test_camera_and_phone_formats_given_alone_are_ingested, test_sound_and_pictures_say_plainly_why_they_are_not_clips
  3 (WebM without a duration) — test_a_recorder_webm_without_a_duration_is_measured (+ _is_bounded)
  4 (rotation flag) — test_a_portrait_phone_video_is_listed_upright_with_an_upright_thumbnail
    (the desk's picture: tests/gui/test_station_video.py)
  5 (caption edge cases) — test_caption_files_are_taken_or_refused_as_players_read_them
    (parsing in detail: tests/unit/test_caption_edge_cases.py)
  1 (the caption over the picture) — tests/gui/test_caption_overlay.py
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import av
import pytest

from reviewer.media.store import first_frame_still
from tests import station_media as media
from tests.fixtures_captions import encode_cp1258

NEWS_SRT = "1\r\n00:00:00,000 --> 00:00:01,800\r\nChào mừng quý vị đến với bản tin\r\n"
PHONE_POST = "Người dân Huế đón mưa đầu mùa #VTV"


def _rows(r) -> dict[str, dict]:
    rows = r.json()
    paths = [row["path"] for row in rows]
    assert len(paths) == len(set(paths)), f"a file answered twice: {sorted(paths)}"
    return {row["path"]: row for row in rows}


def _usb_folder(root: Path) -> tuple[Path, set[str]]:
    """A stick as an editor hands it over; returns the folder and the files a reviewer sent."""
    usb = root / "USB"
    for name in media.CAMERA_FORMATS:
        media.camera_clip(usb / "camera", name)
    (usb / "camera" / "news.vi.srt").write_bytes(encode_cp1258(NEWS_SRT))
    (usb / "camera" / "phone.post.txt").write_text(PHONE_POST, encoding="utf-8")
    (usb / "camera" / "avchd.json").write_text(json.dumps({"id": "avchd-hue", "title": "Mưa ở Huế"}), encoding="utf-8")
    media.audio_only(usb / "sound" / "nhac-nen.mp3")
    media.audio_only(usb / "sound" / "phong-van.m4a", codec="aac", fmt="ipod")
    (usb / "sound" / "nhac-nen.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nNhạc nền\n", encoding="utf-8")
    media.image(usb / "pictures" / "logo.gif", "gif")
    media.image(usb / "pictures" / "anh-bia.jpg", "jpg")
    media.image(usb / "pictures" / "thumbnail.png", "png")
    (usb / "kich-ban.docx").write_bytes(b"PK\x03\x04 not really a document")
    # What operating systems leave on a stick: never sent by anyone, so not reported.
    (usb / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (usb / "__MACOSX").mkdir()
    (usb / "__MACOSX" / "._news.mpg").write_bytes(b"\x00\x05\x16\x07")
    (usb / "pictures" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    sent = {
        str(p)
        for p in usb.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") or part == "__MACOSX" for part in p.relative_to(usb).parts)
        and p.name != "Thumbs.db"
    }

    package = root / "pkg"
    media.recorder_webm(package / "phong-su.webm")
    (package / "phong-su.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.500\nPhóng sự từ Đà Nẵng\n", encoding="utf-8")
    media.image(package / "bia.jpg", "jpg")
    with zipfile.ZipFile(usb / "goi-tin.zip", "w") as zf:
        for p in sorted(package.iterdir()):
            zf.write(p, f"goi/{p.name}")
    sent |= {f"{usb / 'goi-tin.zip'}:goi/{name}" for name in ("phong-su.webm", "phong-su.vtt", "bia.jpg")}
    sent.discard(str(usb / "goi-tin.zip"))  # the package itself is opened, its files answered
    return usb, sent


def test_every_file_of_a_usb_folder_and_package_gets_one_row(cli, tmp_path):
    usb, sent = _usb_folder(tmp_path)
    r = cli("ingest", "--json", str(usb))
    assert r.code == 1, r.err  # some files are refused
    assert "Traceback" not in r.err
    rows = _rows(r)
    assert set(rows) == sent

    def row(rel: str) -> dict:
        return rows[str(usb / rel)]

    for name in media.CAMERA_FORMATS:
        assert row(f"camera/{name}")["result"] == "ingested", row(f"camera/{name}")
    assert row("camera/news.vi.srt")["result"] == "attached"
    assert row("camera/news.vi.srt")["clip_id"] == row("camera/news.mpg")["clip_id"]
    assert row("camera/phone.post.txt")["result"] == "attached"
    assert (row("camera/avchd.json")["result"], row("camera/avchd.m2ts")["clip_id"]) == ("attached", "avchd-hue")

    for rel in ("sound/nhac-nen.mp3", "sound/phong-van.m4a"):
        assert row(rel)["result"] == "rejected"
        assert "an audio file" in row(rel)["reason"] and "sound without a picture is not a clip" in row(rel)["reason"]
    assert row("sound/nhac-nen.srt")["reason"].endswith(
        "no video named 'nhac-nen.*' beside it (nhac-nen.mp3 is not a video clip)"
    )
    assert "GIF, not a video clip" in row("pictures/logo.gif")["reason"]
    for rel in ("pictures/anh-bia.jpg", "pictures/thumbnail.png"):
        assert "a still picture, not a video clip" in row(rel)["reason"]
    assert row("kich-ban.docx")["reason"].endswith("unsupported file type '.docx'")

    webm = rows[f"{usb / 'goi-tin.zip'}:goi/phong-su.webm"]
    assert webm["result"] == "ingested"
    assert rows[f"{usb / 'goi-tin.zip'}:goi/phong-su.vtt"]["result"] == "attached"
    assert "still picture" in rows[f"{usb / 'goi-tin.zip'}:goi/bia.jpg"]["reason"]
    for x in rows.values():
        assert x["result"] != "rejected" or (x["reason"] and "\n" not in x["reason"])

    # The caption decoded right and the post text attached; sizes as the cameras wrote them.
    news = cli("show", row("camera/news.mpg")["clip_id"], "--json").json()["versions"][0]
    assert news["captions"][0]["encoding"] == "cp1258"
    assert news["captions"][0]["cues"][0]["text"] == "Chào mừng quý vị đến với bản tin"
    xdcam = cli("show", row("camera/xdcam.mxf")["clip_id"], "--json").json()["versions"][0]
    assert (xdcam["width"], xdcam["height"], xdcam["video_codec"]) == (720, 576, "mpeg2video")
    phone = cli("show", row("camera/phone.3gp")["clip_id"], "--json").json()["versions"][0]
    assert phone["post_text"]["text"] == PHONE_POST

    # The same stick again: every file answered again, nothing added twice.
    again = _rows(cli("ingest", "--json", str(usb)))
    assert set(again) == sent
    for path, x in again.items():
        if rows[path]["result"] in ("ingested", "attached"):
            assert x["result"] == "duplicate", (path, x)


def test_a_caption_changed_beside_a_video_already_in_the_library_is_not_silently_dropped(cli, tmp_path):
    folder = tmp_path / "in"
    media.camera_clip(folder, "news.mpg")
    (folder / "news.vi.srt").write_text(NEWS_SRT, encoding="utf-8")
    first = _rows(cli("ingest", "--json", str(folder)))
    assert [x["result"] for x in first.values()] == ["ingested", "attached"]
    (folder / "news.vi.srt").write_text(NEWS_SRT.replace("bản tin", "chương trình"), encoding="utf-8")
    r = cli("ingest", "--json", str(folder))
    rows = _rows(r)
    assert rows[str(folder / "news.mpg")]["result"] == "duplicate"
    caption = rows[str(folder / "news.vi.srt")]
    assert caption["result"] == "rejected" and r.code == 1
    assert "captions and post text change only with a new version of the video" in caption["reason"]


@pytest.mark.parametrize("name", sorted(media.CAMERA_FORMATS))
def test_camera_and_phone_formats_given_alone_are_ingested(cli, tmp_path, name):
    clip = media.camera_clip(tmp_path, name)
    r = cli("ingest", "--json", str(clip))
    assert r.code == 0, r.out
    [row] = r.json()
    assert row["result"] == "ingested", row
    version = cli("show", row["clip_id"], "--json").json()["versions"][0]
    width, height = media.CAMERA_FORMATS[name][3:5]
    assert (version["width"], version["height"]) == (width, height)
    assert version["duration_ms"] > 400 and version["thumbnail"]


@pytest.mark.parametrize(
    ("name", "maker", "reason"),
    [
        ("nhac.mp3", lambda p: media.audio_only(p), "an audio file (.mp3): sound without a picture is not a clip"),
        ("giong-doc.m4a", lambda p: media.audio_only(p, codec="aac", fmt="ipod"), "an audio file (.m4a)"),
        (
            "logo.gif",
            lambda p: media.image(p, "gif"),
            "unsupported file type '.gif': an animated or still GIF, not a video clip",
        ),
        ("anh.jpg", lambda p: media.image(p, "jpg"), "unsupported file type '.jpg': a still picture, not a video clip"),
        # Sound in a video container: found by its content, said as plainly.
        (
            "am-thanh.mp4",
            lambda p: media.audio_only(p, codec="aac", fmt="mp4"),
            "no video stream (audio-only or data file)",
        ),
    ],
)
def test_sound_and_pictures_say_plainly_why_they_are_not_clips(cli, tmp_path, name, maker, reason):
    path = maker(tmp_path / name)
    r = cli("ingest", "--json", str(path))
    assert r.code == 1 and "Traceback" not in r.err
    [row] = r.json()
    assert row["result"] == "rejected" and reason in row["reason"], row
    assert cli("queue", "--json").json() == []


def test_a_recorder_webm_without_a_duration_is_measured(cli, tmp_path):
    webm = media.recorder_webm(tmp_path / "ghi-hinh.webm", seconds=2.0)
    with av.open(str(webm)) as container:  # what the recorder wrote: no duration anywhere
        assert container.duration is None and container.streams.video[0].duration is None
    r = cli("ingest", "--json", str(webm))
    assert r.code == 0, r.out
    [row] = r.json()
    version = cli("show", row["clip_id"], "--json").json()["versions"][0]
    assert abs(version["duration_ms"] - 2000) <= 60, version["duration_ms"]
    assert cli("queue", "--json").json()[0]["duration_s"] == pytest.approx(2.0, abs=0.06)


def test_measuring_a_missing_duration_is_bounded_in_time(services, tmp_path, monkeypatch):
    from reviewer.media import probe

    monkeypatch.setattr(probe, "DURATION_SCAN_SECONDS", 0.0)
    webm = media.recorder_webm(tmp_path / "dai.webm")
    [row] = services.ingest.ingest([webm])
    assert row.result == "rejected"
    assert row.reason == "dai.webm: no duration in its header, and measuring it took longer than 0 s"


@pytest.mark.parametrize(
    ("rotation", "size", "white_corner"),
    [
        (-90, (360, 640), "top-right"),  # a phone held upright: turned 90° clockwise for display
        (90, (360, 640), "bottom-left"),
        (180, (640, 360), "bottom-right"),
        (None, (640, 360), "top-left"),
    ],
)
def test_a_portrait_phone_video_is_listed_upright_with_an_upright_thumbnail(
    cli, home, tmp_path, rotation, size, white_corner
):
    clip = (
        media.portrait_phone_mov(tmp_path / "dien-thoai.mov", rotation=rotation)
        if rotation is not None
        else media.write_video(
            tmp_path / "dien-thoai.mov", "mov", "libx264", "aac", 640, 360, picture=media.quadrant_painter(640, 360)
        )
    )
    [row] = cli("ingest", "--json", str(clip)).json()
    version = cli("show", row["clip_id"], "--json").json()["versions"][0]
    assert (version["width"], version["height"]) == size
    thumbnail = home / version["thumbnail"]
    # The thumbnail, and the whole first frame the desk shows while libVLC opens the clip.
    still = first_frame_still(home, thumbnail.stem)
    for path, width in ((thumbnail, 240), (still, size[0])):
        with av.open(str(path)) as container:
            picture = next(container.decode(video=0)).to_rgb()
        assert picture.width == width and (picture.width > picture.height) == (size[0] > size[1])
        assert {name for name, rgb in _corners(picture).items() if _colour(rgb) == "white"} == {white_corner}, path.name


def _corners(picture) -> dict[str, bytes]:
    plane, stride = bytes(picture.planes[0]), picture.planes[0].line_size
    w, h = picture.width, picture.height
    at = {"top-left": (4, 4), "top-right": (w - 5, 4), "bottom-left": (4, h - 5), "bottom-right": (w - 5, h - 5)}
    return {name: plane[y * stride + 3 * x : y * stride + 3 * x + 3] for name, (x, y) in at.items()}


def _colour(rgb: bytes) -> str:
    r, g, b = rgb
    return "white" if min(r, g, b) > 200 else "red" if r > 180 and g < 90 else "green" if g > 120 and r < 90 else "?"


def test_caption_files_are_taken_or_refused_as_players_read_them(cli, tmp_path):
    folder = tmp_path / "in"
    media.camera_clip(folder, "news.mpg")
    files = {
        # The first cue's arrow is mistyped: refused, as the same error in any other cue is.
        "news.vi.srt": "1\n00:00:00,000 -> 00:00:01,000\nXin chào\n\n2\n00:00:01,000 --> 00:00:02,000\nBản tin\n",
        # An SRT body renamed .vtt: browsers show none of it.
        "news.en.vtt": "00:00.000 --> 00:01.000\nGood evening\n",
        # WebVTT with a cue the rules skip (vertical tab) and one with 2-digit milliseconds.
        "news.fr.vtt": "WEBVTT\n\n00:00.000\v-->\v00:00.900\nBonsoir\n\n00:01.00 --> 00:01.900\nLes nouvelles\n\n"
        "00:01.000 --> 00:01.900\nÀ Hué\n",
        # SRT with 2-digit milliseconds: taken, the reading named.
        "news.de.srt": "1\n00:00:00,50 --> 00:00:01,900\nGuten Abend\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    r = cli("ingest", "--json", str(folder))
    rows = {Path(x["path"]).name: x for x in _rows(r).values()}
    assert rows["news.mpg"]["result"] == "ingested"
    assert rows["news.vi.srt"]["result"] == "rejected"
    assert rows["news.vi.srt"]["reason"] == "news.vi.srt: line 2: malformed timing '00:00:00,000 -> 00:00:01,000'"
    assert rows["news.en.vtt"]["result"] == "rejected"
    assert "not a WebVTT file" in rows["news.en.vtt"]["reason"]
    fr = rows["news.fr.vtt"]
    assert fr["result"] == "attached"
    assert fr["warnings"] == [
        "line 3: cue skipped: malformed timing '00:00.000\\x0b-->\\x0b00:00.900': a vertical tab is not a space in WebVTT",
        "line 6: cue skipped: malformed timing '00:01.00 --> 00:01.900': start time: 2-digit milliseconds "
        "(WebVTT needs exactly 3)",
    ]
    de = rows["news.de.srt"]
    assert de["result"] == "attached"
    assert de["warnings"] == [
        "line 2: unusual timestamp '00:00:00,50 --> 00:00:01,900': 2-digit milliseconds read "
        "as 500 ms (FFmpeg-based players read 050)"
    ]
    version = cli("show", rows["news.mpg"]["clip_id"], "--json").json()["versions"][0]
    cues = {c["file_name"]: [(q["start_ms"], q["text"]) for q in c["cues"]] for c in version["captions"]}
    assert cues == {"news.fr.vtt": [(1_000, "À Hué")], "news.de.srt": [(500, "Guten Abend")]}


def test_companions_of_a_clip_another_desk_added_meanwhile_are_duplicates(services, tmp_path, monkeypatch):
    """Two desks on one home: the other desk commits the same clip between this desk's duplicate
    check and its own commit (the library then answers "duplicate"). The race is made certain
    here by hiding the first desk's clip from the early check only."""
    folder = tmp_path / "in"
    media.camera_clip(folder, "news.mpg")
    (folder / "news.vi.srt").write_text(NEWS_SRT, encoding="utf-8")
    (folder / "news.post.txt").write_text(PHONE_POST, encoding="utf-8")
    first = services.ingest.ingest([folder])
    assert [r.result for r in first] == ["ingested", "attached", "attached"]
    monkeypatch.setattr(services.library, "version_by_sha", lambda sha: None)
    second = services.ingest.ingest([folder])
    assert [(Path(r.path).name, r.result) for r in second] == [
        ("news.mpg", "duplicate"),
        ("news.post.txt", "duplicate"),
        ("news.vi.srt", "duplicate"),
    ]
    assert len(services.library.clip_detail(first[0].clip_id).versions) == 1
