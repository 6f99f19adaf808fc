"""Caption and post-text diffs: cue by cue, aligned across inserted and deleted cues; word by word."""

from __future__ import annotations

from reviewer.core.diff import caption_changes, post_text_ops
from reviewer.core.model import Cue

BASE = [
    Cue(0, 2000, "Một"),
    Cue(2000, 4000, "Hai"),
    Cue(4000, 6000, "Ba"),
    Cue(6000, 8000, "Bốn"),
    Cue(8000, 10000, "Năm"),
]


def test_identical_cues_give_nothing():
    assert caption_changes(BASE, list(BASE), 25) == []


def test_a_cue_inserted_at_the_top_does_not_shift_every_later_cue_into_a_change():
    new = [Cue(0, 500, "Mở đầu")] + [Cue(c.start_ms, c.end_ms, c.text) for c in BASE]
    new[1] = Cue(500, 2000, "Một")  # the first cue now starts later to make room: a timing change
    assert caption_changes(BASE, new, 25) == [
        {"kind": "added", "to_index": 1, "start_ms": 0, "after_ms": [0, 500], "after": "Mở đầu"},
        {
            "kind": "timing",
            "from_index": 1,
            "to_index": 2,
            "start_ms": 500,
            "before_ms": [0, 2000],
            "after_ms": [500, 2000],
        },
    ]


def test_a_deleted_cue_is_one_removal():
    new = BASE[:2] + BASE[3:]
    assert caption_changes(BASE, new, 25) == [
        {"kind": "removed", "from_index": 3, "start_ms": 4000, "before_ms": [4000, 6000], "before": "Ba"}
    ]


def test_a_rewritten_cue_in_place_is_a_text_change_with_both_texts():
    new = list(BASE)
    new[1] = Cue(2000, 4000, "Hai mươi")
    assert caption_changes(BASE, new, 25) == [
        {"kind": "text", "from_index": 2, "to_index": 2, "start_ms": 2000, "before": "Hai", "after": "Hai mươi"}
    ]


def test_timing_within_one_frame_is_not_a_change_but_beyond_it_is():
    near = [Cue(c.start_ms + 30, c.end_ms + 30, c.text) for c in BASE]  # 30 ms < one frame at 25 fps
    assert caption_changes(BASE, near, 25) == []
    far = list(BASE)
    far[3] = Cue(6500, 8500, "Bốn")
    assert [c["kind"] for c in caption_changes(BASE, far, 25)] == ["timing"]


def test_a_rewritten_cue_next_to_an_inserted_one_pairs_by_time():
    new = list(BASE)
    new[2] = Cue(4000, 5000, "Ba (sửa lại hoàn toàn)")
    new.insert(3, Cue(5000, 6000, "Câu mới"))
    kinds = [(c["kind"], c.get("from_index"), c.get("to_index")) for c in caption_changes(BASE, new, 25)]
    assert kinds == [("text", 3, 3), ("timing", 3, 3), ("added", None, 4)]


def test_post_text_one_changed_word_is_one_replace_op():
    before = "Các đại biểu Quốc hội thảo luận dự thảo Luật Báo chí. #VTV"
    after = "Nhiều đại biểu Quốc hội thảo luận dự thảo Luật Báo chí. #VTV"
    assert post_text_ops(before, after) == {
        "changed": True,
        "ops": [{"op": "replace", "before": "Các", "after": "Nhiều", "at_word": 0}],
    }
    assert post_text_ops(before, before) == {"changed": False, "ops": []}


def test_post_text_insertions_and_deletions_name_only_those_words():
    ops = post_text_ops("a b c d", "a c d e")["ops"]
    assert ops == [
        {"op": "delete", "before": "b", "after": "", "at_word": 1},
        {"op": "insert", "before": "", "after": "e", "at_word": 3},
    ]
