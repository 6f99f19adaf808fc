"""Checklist templates load, stay bilingual and NFC, and enforce the approval rule."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from reviewer.core.blockers import BLOCKING_ITEM_FAILED, CHECKLIST_UNANSWERED
from reviewer.core.canonical import canonical_bytes, sha256_hex
from reviewer.core.checklist import (
    FAIL,
    NA,
    PASS,
    Answer,
    ChecklistError,
    active_template,
    answers_for_record,
    evaluate,
    find_templates,
    load_template,
    parse_answers_json,
    template_to_json,
)
from reviewer.errors import UsageError

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEFAULT = RESOURCES / "checklists" / "default.toml"

MINIMAL = """\
id = "station"
version = 2
[meta]
title.vi = "Danh mục của Đài"
title.en = "Station checklist"
[[groups]]
id = "g"
label.vi = "Nhóm"
label.en = "Group"
[[items]]
id = "a"
group = "g"
blocking = true
label.vi = "Mục A"
label.en = "Item A"
guidance.vi = "Hướng dẫn"
guidance.en = "Guidance"
[[items]]
id = "b"
group = "g"
blocking = false
label.vi = "Mục B"
label.en = "Item B"
guidance.vi = "Hướng dẫn"
guidance.en = "Guidance"
"""


@pytest.fixture(scope="module")
def default():
    return load_template(DEFAULT)


def all_pass(template):
    return [Answer(i.id, PASS) for i in template.items]


def test_default_template_covers_the_four_areas(default):
    assert default.id == "default"
    assert [g.id for g in default.groups] == ["political", "tone", "legal", "captions"]
    labels = {g.label.vi for g in default.groups}
    assert labels == {"Chính xác chính trị", "Tư tưởng – nhân văn", "Pháp lý", "Phụ đề và bài đăng"}
    assert len(default.items) >= 15
    for group in default.groups:
        assert default.items_in(group.id)
    # Political and legal items block approval; at least some style items do not.
    for item in default.items:
        if item.group in ("political", "legal"):
            assert item.blocking, item.id
    assert any(not i.blocking for i in default.items)
    text = " ".join(i.label.vi + i.guidance.vi + i.guidance.en for i in default.items)
    for needle in ("Luật Báo chí", "Luật An ninh mạng", "Hoàng Sa", "Trường Sa", "trẻ em"):
        assert needle in text


def test_all_vietnamese_text_is_nfc_and_has_diacritics(default):
    raw = DEFAULT.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    texts = [default.title.vi] + [g.label.vi for g in default.groups]
    texts += [t for i in default.items for t in (i.label.vi, i.guidance.vi)]
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)
        assert any(ord(c) > 127 for c in text), f"no Vietnamese diacritics in {text!r}"
    for item in default.items:
        assert item.label.en.isascii() or "Hoàng Sa" in item.guidance.en
        assert item.label.get("vi") == item.label.vi and item.label.get("en") == item.label.en


def test_nfd_template_is_normalised_on_load(tmp_path):
    path = tmp_path / "nfd.toml"
    path.write_text(unicodedata.normalize("NFD", MINIMAL), encoding="utf-8")
    t = load_template(path)
    assert t.title.vi == "Danh mục của Đài" and unicodedata.is_normalized("NFC", t.title.vi)


def test_hash_is_over_raw_bytes_and_changes_with_them(default, tmp_path):
    assert default.hash == sha256_hex(DEFAULT.read_bytes())
    assert load_template(DEFAULT).hash == default.hash
    copy = tmp_path / "copy.toml"
    copy.write_bytes(DEFAULT.read_bytes() + b"\n# a comment\n")
    changed = load_template(copy)
    assert changed.hash != default.hash
    assert changed.items == default.items  # same content, still a different template hash


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: s.replace('id = "b"', 'id = "a"'), "duplicate item id 'a'"),
        (lambda s: s + '[[groups]]\nid = "g"\nlabel.vi = "x"\nlabel.en = "x"\n', "duplicate group id 'g'"),
        (
            lambda s: s.replace('group = "g"\nblocking = false', 'group = "zzz"\nblocking = false'),
            "unknown group 'zzz'",
        ),
        (lambda s: s.replace('label.en = "Item A"\n', ""), "item 'a' label: missing en text"),
        (lambda s: s.replace('guidance.vi = "Hướng dẫn"\n', "", 1), "item 'a' guidance: missing vi text"),
        (lambda s: s.replace("blocking = true", 'blocking = "yes"'), "blocking must be true or false"),
        (lambda s: s.replace("version = 2", 'version = "2"'), "version must be an integer"),
        (lambda s: s.replace('id = "station"', 'id = "bad id!"'), "may only use letters"),
        (lambda s: s.replace("blocking = true", "blocking = true\nbloking = false"), "unknown key 'bloking'"),
        (lambda s: s.replace('title.en = "Station checklist"\n', ""), "[meta] title: missing en"),
        (lambda s: s + "[[[", "invalid TOML"),
        (lambda s: s.split("[[items]]")[0], "no [[items]] defined"),
    ],
)
def test_invalid_templates_give_one_line_errors_naming_the_file(tmp_path, edit, message):
    path = tmp_path / "broken.toml"
    path.write_text(edit(MINIMAL), encoding="utf-8")
    with pytest.raises(ChecklistError) as info:
        load_template(path)
    text = str(info.value)
    assert isinstance(info.value, UsageError)
    assert message in text and str(path) in text and "\n" not in text


def test_unreadable_template(tmp_path):
    with pytest.raises(ChecklistError, match="cannot read"):
        load_template(tmp_path / "absent.toml")


def test_station_template_overrides_default(tmp_path):
    home = tmp_path / "home"
    assert active_template(home, RESOURCES).id == "default"  # no station folder at all
    (home / "checklists").mkdir(parents=True)
    (home / "checklists" / "ours.toml").write_text(MINIMAL, encoding="utf-8")
    assert active_template(home, RESOURCES).id == "default"  # not configured: default stays
    assert active_template(home, RESOURCES, "station").version == 2
    # A station file with id "default" replaces the shipped default.
    (home / "checklists" / "ours.toml").write_text(
        MINIMAL.replace('id = "station"', 'id = "default"'), encoding="utf-8"
    )
    replaced = active_template(home, RESOURCES)
    assert replaced.id == "default" and replaced.path.parent == home / "checklists"
    with pytest.raises(ChecklistError, match="no checklist template with id 'nope'.*available: default"):
        active_template(home, RESOURCES, "nope")


def test_broken_station_template_is_an_error_not_a_silent_fallback(tmp_path):
    (tmp_path / "checklists").mkdir()
    (tmp_path / "checklists" / "bad.toml").write_text("id = ", encoding="utf-8")
    with pytest.raises(ChecklistError, match="bad.toml"):
        active_template(tmp_path, RESOURCES)


def test_find_templates_refuses_two_files_with_one_id(tmp_path):
    shutil.copy(DEFAULT, tmp_path / "a.toml")
    shutil.copy(DEFAULT, tmp_path / "b.toml")
    with pytest.raises(ChecklistError, match="also used by"):
        find_templates([tmp_path])
    assert set(find_templates([RESOURCES / "checklists", tmp_path / "missing"])) == {"default"}


def test_all_pass_can_approve(default):
    state = evaluate(default, all_pass(default))
    assert state.complete and state.can_approve
    assert state.progress == (len(default.items), len(default.items))
    assert state.reasons == () and state.failed_blocking == ()


def test_blocking_fail_disables_approve_but_non_blocking_does_not(default):
    blocking = next(i for i in default.items if i.blocking)
    minor = next(i for i in default.items if not i.blocking)
    answers = all_pass(default) + [Answer(minor.id, FAIL, "lỗi nhỏ")]
    state = evaluate(default, answers)
    assert state.can_approve and state.failed == (minor.id,)
    state = evaluate(default, answers + [Answer(blocking.id, FAIL, "sai chức danh")])
    assert not state.can_approve
    assert state.failed_blocking == (blocking.id,)
    assert state.reasons == (f"blocking item failed: {blocking.label.en}",)
    # The desk words the reason from its code and facts, not from the English text.
    assert [(b.code, dict(b.params)) for b in state.blockers] == [
        (BLOCKING_ITEM_FAILED, {"item_id": blocking.id, "label_en": blocking.label.en})
    ]


def test_na_counts_as_answered_and_never_blocks(default):
    state = evaluate(default, [Answer(i.id, NA) for i in default.items])
    assert state.complete and state.can_approve


def test_incomplete_disables_approve(default):
    answers = all_pass(default)[:-3]
    state = evaluate(default, answers)
    assert not state.complete and not state.can_approve
    assert state.reasons == ("3 items unanswered",)
    assert [(b.code, dict(b.params)) for b in state.blockers] == [
        (CHECKLIST_UNANSWERED, {"unanswered": 3, "total": len(default.items)})
    ]
    assert state.progress == (len(default.items) - 3, len(default.items))
    assert evaluate(default, all_pass(default)[:-1]).reasons == ("1 item unanswered",)


def test_later_answers_win_and_unknown_ids_are_ignored(default):
    first = default.items[0]
    answers = all_pass(default) + [Answer(first.id, FAIL), Answer("from.old.template", FAIL)]
    state = evaluate(default, answers)
    assert state.failed == (first.id,)
    assert state.progress[1] == len(default.items)
    answers.append(Answer(first.id, PASS))
    assert evaluate(default, answers).can_approve
    assert evaluate(default, {a.item_id: a for a in answers}).can_approve


def test_parse_answers_json(default):
    data = json.loads(
        json.dumps(
            {
                "tone.concise": {"result": "fail", "note": "Hơi dài"},
                "political.facts": {"result": "pass"},
                "legal.rights": {"result": "na", "note": None},
            }
        )
    )
    answers = parse_answers_json(data, default)
    # In template order, notes defaulted to "".
    assert answers == [
        Answer("political.facts", PASS, ""),
        Answer("tone.concise", FAIL, "Hơi dài"),
        Answer("legal.rights", NA, ""),
    ]
    assert answers_for_record(default, reversed(answers)) == [a.to_json() for a in answers]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "answers must be a JSON object"),
        ({"nope": {"result": "pass"}}, "unknown checklist item 'nope'"),
        ({"political.facts": "pass"}, "must be an object with result and note"),
        ({"political.facts": {"result": "ok"}}, "result must be pass, fail or na, not 'ok'"),
        ({"political.facts": {}}, "result must be pass, fail or na, not None"),
        ({"political.facts": {"result": "pass", "note": 3}}, "note must be text"),
        ({"political.facts": {"result": "pass", "why": ""}}, "unknown key 'why'"),
    ],
)
def test_parse_answers_json_errors(default, data, message):
    with pytest.raises(ChecklistError) as info:
        parse_answers_json(data, default)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_template_to_json(default):
    data = template_to_json(default)
    assert data["id"] == "default" and data["hash"] == default.hash and data["version"] == 1
    assert [i["id"] for i in data["items"]] == list(default.item_ids)
    first = data["items"][0]
    assert set(first) == {"id", "group", "label", "guidance", "blocking"}
    assert set(first["label"]) == {"vi", "en"} and set(first["guidance"]) == {"vi", "en"}
    canonical_bytes(data)  # printable as canonical JSON
