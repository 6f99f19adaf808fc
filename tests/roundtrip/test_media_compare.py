"""Changed segments between two real encodes: each edit found once, where it was made, nothing else."""

from __future__ import annotations

import pytest

from reviewer.media.compare import compare_media
from tests.roundtrip.versions import REPLACED, reencode, write_version

V1 = list(range(300))  # 12 s at 25 fps


@pytest.fixture(scope="module")
def v1(tmp_path_factory):
    return write_version(tmp_path_factory.mktemp("v1") / "v1.mp4", V1)


def segments(old, new):
    return [s.to_json() for s in compare_media(old, new)]


def test_a_reencode_of_the_same_content_changes_nothing(v1, tmp_path):
    again = reencode(v1, tmp_path / "again.mp4", crf=30, preset="veryfast")
    assert again.read_bytes() != v1.read_bytes()
    assert segments(v1, again) == []


def test_two_seconds_of_replaced_pictures_are_one_change_of_two_seconds(v1, tmp_path):
    pictures = V1[:100] + [REPLACED + k for k in range(50)] + V1[150:]
    v2 = write_version(tmp_path / "v2.mp4", pictures, V1)  # the sound is v1's
    assert segments(v1, v2) == [
        {
            "start_ms": 4000,
            "end_ms": 6000,
            "kind": "changed",
            "from_start_ms": 4000,
            "from_end_ms": 6000,
            "what": ["video"],
        }
    ]


def test_a_second_removed_at_3_s_is_one_change_at_3_s_not_everything_after(v1, tmp_path):
    v2 = write_version(tmp_path / "v2.mp4", V1[:75] + V1[100:])
    assert segments(v1, v2) == [
        {
            "start_ms": 3000,
            "end_ms": 3000,
            "kind": "removed",
            "from_start_ms": 3000,
            "from_end_ms": 4000,
            "what": ["video"],
        }
    ]


def test_a_second_inserted_at_2_s_is_one_addition(v1, tmp_path):
    inserted = [REPLACED + 500 + k for k in range(25)]
    v2 = write_version(tmp_path / "v2.mp4", V1[:50] + inserted + V1[50:])
    assert segments(v1, v2) == [
        {
            "start_ms": 2000,
            "end_ms": 3000,
            "kind": "added",
            "from_start_ms": 2000,
            "from_end_ms": 2000,
            "what": ["video"],
        }
    ]


def test_new_sound_under_the_same_pictures_is_found_by_its_sound(v1, tmp_path):
    sound = V1[:150] + [REPLACED + 900 + k for k in range(50)] + V1[200:]
    v2 = write_version(tmp_path / "v2.mp4", V1, sound)
    [seg] = segments(v1, v2)
    assert seg["what"] == ["audio"] and seg["kind"] == "changed"
    # Sound is compared in 100 ms windows: the change is placed to the window.
    assert abs(seg["start_ms"] - 6000) <= 100 and abs(seg["end_ms"] - 8000) <= 100


def test_a_shorter_end_is_reported_at_the_end(v1, tmp_path):
    v2 = write_version(tmp_path / "v2.mp4", V1[:250])
    assert segments(v1, v2) == [
        {
            "start_ms": 10000,
            "end_ms": 10000,
            "kind": "removed",
            "from_start_ms": 10000,
            "from_end_ms": 12000,
            "what": ["video"],
        }
    ]


def test_replaced_pictures_with_new_sound_say_both(v1, tmp_path):
    edit = V1[:100] + [REPLACED + k for k in range(50)] + V1[150:]
    v2 = write_version(tmp_path / "v2.mp4", edit)  # new pictures and their own sound
    assert segments(v1, v2) == [
        {
            "start_ms": 4000,
            "end_ms": 6000,
            "kind": "changed",
            "from_start_ms": 4000,
            "from_end_ms": 6000,
            "what": ["video", "audio"],
        }
    ]
