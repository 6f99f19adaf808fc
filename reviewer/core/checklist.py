"""Bilingual compliance checklists: templates from TOML, answers, and the approval rule.

Template file (see resources/checklists/default.toml)::

    id = "default"            # letters, digits, . _ -
    version = 1               # integer >= 1
    [meta]
    title.vi = "…"; title.en = "…"
    [[groups]]  id, label.vi, label.en
    [[items]]   id, group, blocking (bool), label.vi/en, guidance.vi/en

A template's ``hash`` is the SHA-256 of the file's raw bytes, recorded in every signed record so
the exact wording the signer saw can be proven later. Text is normalised to NFC on load (a
template typed on macOS may be NFD); the hash stays over the bytes as they are.

Which template is active: the settings' ``checklist = "<id>"`` (default ``"default"``) names a
template id. Templates are looked up by their ``id`` key, not their file name, first in
``<home>/checklists/*.toml`` (the station's own), then in ``<resources>/checklists/*.toml`` (the
shipped ones); a station template with the same id overrides the shipped one. A broken station
template is an error rather than silently skipped, so a station never believes its stricter list
is in force while the default is used.

Approval rule: a clip may be approved only when every item is answered and no blocking item
failed ("na" counts as answered and never blocks).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from reviewer.core.blockers import BLOCKING_ITEM_FAILED, CHECKLIST_UNANSWERED, Blocker
from reviewer.core.canonical import nfc, sha256_hex
from reviewer.errors import UsageError

__all__ = [
    "ChecklistError",
    "Bilingual",
    "ChecklistGroup",
    "ChecklistItem",
    "ChecklistTemplate",
    "Answer",
    "ChecklistState",
    "PASS",
    "FAIL",
    "NA",
    "RESULTS",
    "DEFAULT_TEMPLATE_ID",
    "load_template",
    "find_templates",
    "active_template",
    "evaluate",
    "parse_answers_json",
    "answers_for_record",
    "template_to_json",
    "keep_note",
    "kept_note_origin",
]

PASS = "pass"
FAIL = "fail"
NA = "na"
RESULTS: tuple[str, ...] = (PASS, FAIL, NA)
DEFAULT_TEMPLATE_ID = "default"

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # 100 = storage column width
_LANGS = ("vi", "en")


class ChecklistError(UsageError):
    """A checklist template or an answers file is invalid (one line, naming the file)."""


@dataclass(frozen=True)
class Bilingual:
    """A text in Vietnamese and English (both NFC)."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("vi" or "en"); any other language gets English."""
        return self.vi if lang.lower().startswith("vi") else self.en

    def to_json(self) -> dict[str, str]:
        """``{"vi": …, "en": …}``."""
        return {"vi": self.vi, "en": self.en}


@dataclass(frozen=True)
class ChecklistGroup:
    """A heading that items belong to."""

    id: str
    label: Bilingual


@dataclass(frozen=True)
class ChecklistItem:
    """One question; a failed ``blocking`` item forbids approval."""

    id: str
    group: str
    label: Bilingual
    guidance: Bilingual
    blocking: bool


@dataclass(frozen=True)
class ChecklistTemplate:
    """A loaded template; ``hash`` is the SHA-256 of the TOML file's raw bytes."""

    id: str
    version: int
    hash: str
    title: Bilingual
    groups: tuple[ChecklistGroup, ...]
    items: tuple[ChecklistItem, ...]
    path: Path | None = None

    def item(self, item_id: str) -> ChecklistItem:
        """The item with ``item_id`` (KeyError if absent)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def items_in(self, group_id: str) -> tuple[ChecklistItem, ...]:
        """The items of one group, in file order."""
        return tuple(i for i in self.items if i.group == group_id)

    @property
    def item_ids(self) -> tuple[str, ...]:
        """All item ids in file order."""
        return tuple(i.id for i in self.items)


@dataclass(frozen=True)
class Answer:
    """One reviewer's answer to one item: ``result`` is "pass", "fail" or "na"."""

    item_id: str
    result: str
    note: str = ""

    def to_json(self) -> dict[str, str]:
        """``{"item_id", "result", "note"}`` as stored in a signed record."""
        return {"item_id": self.item_id, "result": self.result, "note": self.note}


@dataclass(frozen=True)
class ChecklistState:
    """Where a checklist stands for one version; ``can_approve`` is the approval rule."""

    complete: bool
    failed_blocking: tuple[str, ...]
    failed: tuple[str, ...]
    unanswered: tuple[str, ...]
    progress: tuple[int, int]
    can_approve: bool
    blockers: tuple[Blocker, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the checklist does not allow approval, in English (the desk words ``blockers``)."""
        return tuple(b.text for b in self.blockers)


# ---------------------------------------------------------------- loading


class _Loader:
    """Validates one parsed TOML document, raising one-line errors that name the file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, problem: str) -> ChecklistError:
        return ChecklistError(f"checklist {self.path}: {problem}")

    def keys(self, table: Mapping[str, Any], where: str, allowed: set[str]) -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            raise self.fail(f"{where}: unknown key {extra[0]!r}")

    def ident(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value:
            raise self.fail(f"{where}: missing id")
        if not _ID_RE.match(value):
            raise self.fail(f"{where}: id {value!r} may only use letters, digits, '.', '_', '-'")
        return value

    def bilingual(self, value: Any, where: str) -> Bilingual:
        if not isinstance(value, dict):
            raise self.fail(f"{where}: missing (needs vi and en)")
        self.keys(value, where, set(_LANGS))
        texts = {}
        for lang in _LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{where}: missing {lang} text")
            texts[lang] = nfc(text.strip())
        return Bilingual(**texts)

    def table_list(self, doc: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
        value = doc.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(f"no [[{key}]] defined")
        for i, entry in enumerate(value, 1):
            if not isinstance(entry, dict):
                raise self.fail(f"{key} entry {i} is not a table")
        return value

    def template(self, raw: bytes) -> ChecklistTemplate:
        try:
            doc = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise self.fail("not UTF-8 text") from None
        except tomllib.TOMLDecodeError as exc:
            raise self.fail(f"invalid TOML ({exc})") from None
        self.keys(doc, "top level", {"id", "version", "meta", "groups", "items"})
        template_id = self.ident(doc.get("id"), "top level")
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("version must be an integer >= 1")
        meta = doc.get("meta")
        if not isinstance(meta, dict):
            raise self.fail("missing [meta] table")
        self.keys(meta, "[meta]", {"title"})
        title = self.bilingual(meta.get("title"), "[meta] title")

        groups: list[ChecklistGroup] = []
        seen_groups: set[str] = set()
        for i, entry in enumerate(self.table_list(doc, "groups"), 1):
            gid_raw = entry.get("id")
            where = f"group {gid_raw!r}" if isinstance(gid_raw, str) else f"group {i}"
            self.keys(entry, where, {"id", "label"})
            gid = self.ident(entry.get("id"), where)
            if gid in seen_groups:
                raise self.fail(f"duplicate group id {gid!r}")
            seen_groups.add(gid)
            groups.append(ChecklistGroup(gid, self.bilingual(entry.get("label"), f"{where} label")))

        items: list[ChecklistItem] = []
        seen_items: set[str] = set()
        for i, entry in enumerate(self.table_list(doc, "items"), 1):
            where = f"item {entry.get('id')!r}" if isinstance(entry.get("id"), str) else f"item {i}"
            self.keys(entry, where, {"id", "group", "label", "guidance", "blocking"})
            iid = self.ident(entry.get("id"), where)
            if iid in seen_items:
                raise self.fail(f"duplicate item id {iid!r}")
            seen_items.add(iid)
            group = entry.get("group")
            if not isinstance(group, str) or not group:
                raise self.fail(f"{where}: missing group")
            if group not in seen_groups:
                raise self.fail(f"{where}: unknown group {group!r}")
            blocking = entry.get("blocking")
            if not isinstance(blocking, bool):
                raise self.fail(f"{where}: blocking must be true or false")
            items.append(
                ChecklistItem(
                    id=iid,
                    group=group,
                    label=self.bilingual(entry.get("label"), f"{where} label"),
                    guidance=self.bilingual(entry.get("guidance"), f"{where} guidance"),
                    blocking=blocking,
                )
            )
        for g in groups:
            if not any(item.group == g.id for item in items):
                raise self.fail(f"group {g.id!r} has no items")
        # Item order follows the groups' order, so every view lists items the same way.
        order = {g.id: n for n, g in enumerate(groups)}
        items.sort(key=lambda item: order[item.group])  # stable: file order within a group
        return ChecklistTemplate(
            id=template_id,
            version=version,
            hash=sha256_hex(raw),
            title=title,
            groups=tuple(groups),
            items=tuple(items),
            path=self.path,
        )


def load_template(path: str | Path) -> ChecklistTemplate:
    """Load and validate one template file; raises :class:`ChecklistError`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(f"checklist {path}: cannot read ({exc.strerror or exc})") from None
    return _Loader(path).template(raw)


def find_templates(dirs: Iterable[str | Path]) -> dict[str, ChecklistTemplate]:
    """Every ``*.toml`` template in ``dirs``, by id; a later dir overrides an earlier one.

    Missing dirs are skipped. Two files with the same id in one dir, or any invalid file, raise
    :class:`ChecklistError`.
    """
    found: dict[str, ChecklistTemplate] = {}
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            continue
        here: dict[str, Path] = {}
        for path in sorted(d.glob("*.toml")):
            template = load_template(path)
            if template.id in here:
                raise ChecklistError(f"checklist {path}: id {template.id!r} is also used by {here[template.id]}")
            here[template.id] = path
            found[template.id] = template
    return found


def active_template(home_dir: str | Path, resources_dir: str | Path, name: str | None = None) -> ChecklistTemplate:
    """The template in force: id ``name`` (settings ``checklist``; None = "default").

    ``<home_dir>/checklists`` overrides ``<resources_dir>/checklists`` (see module docstring).
    """
    wanted = name or DEFAULT_TEMPLATE_ID
    dirs = [Path(resources_dir) / "checklists", Path(home_dir) / "checklists"]
    templates = find_templates(dirs)
    if wanted not in templates:
        available = ", ".join(sorted(templates)) or "none"
        raise ChecklistError(
            f"no checklist template with id {wanted!r} in {dirs[1]} or {dirs[0]} (available: {available})"
        )
    return templates[wanted]


# ---------------------------------------------------------------- answers and the rule


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def evaluate(template: ChecklistTemplate, answers: Iterable[Answer] | Mapping[str, Answer]) -> ChecklistState:
    """Apply the approval rule to ``answers`` (the latest per item; later entries win).

    Answers to ids not in the template are ignored: they may belong to an older template.
    """
    if isinstance(answers, Mapping):
        answers = answers.values()
    by_item: dict[str, Answer] = {}
    for answer in answers:
        if answer.result not in RESULTS:
            raise ValueError(f"invalid checklist result {answer.result!r}")
        by_item[answer.item_id] = answer
    unanswered: list[str] = []
    failed: list[str] = []
    failed_blocking: list[str] = []
    for item in template.items:
        answer = by_item.get(item.id)
        if answer is None:
            unanswered.append(item.id)
        elif answer.result == FAIL:
            failed.append(item.id)
            if item.blocking:
                failed_blocking.append(item.id)
    total = len(template.items)
    blockers: list[Blocker] = []
    if unanswered:
        blockers.append(
            Blocker(
                CHECKLIST_UNANSWERED,
                f"{_plural(len(unanswered), 'item')} unanswered",
                {"unanswered": len(unanswered), "total": total},
            )
        )
    for item_id in failed_blocking:
        label = template.item(item_id).label.en
        blockers.append(
            Blocker(BLOCKING_ITEM_FAILED, f"blocking item failed: {label}", {"item_id": item_id, "label_en": label})
        )
    complete = not unanswered
    return ChecklistState(
        complete=complete,
        failed_blocking=tuple(failed_blocking),
        failed=tuple(failed),
        unanswered=tuple(unanswered),
        progress=(total - len(unanswered), total),
        can_approve=complete and not failed_blocking,
        blockers=tuple(blockers),
    )


def parse_answers_json(data: Any, template: ChecklistTemplate) -> list[Answer]:
    """Answers from the CLI's ANSWERS.json ``{"item id": {"result": …, "note": "…"}}``.

    Returns them in template order. Unknown ids, bad results or extra keys raise
    :class:`ChecklistError` with one line naming the item.
    """
    if not isinstance(data, dict):
        raise ChecklistError('answers must be a JSON object: {"item id": {"result": "pass|fail|na", "note": "…"}}')
    known = set(template.item_ids)
    for item_id, entry in data.items():
        if item_id not in known:
            raise ChecklistError(
                f"answers: unknown checklist item {item_id!r} (template {template.id} v{template.version})"
            )
        if not isinstance(entry, dict):
            raise ChecklistError(f"answers: item {item_id!r} must be an object with result and note")
        extra = sorted(set(entry) - {"result", "note"})
        if extra:
            raise ChecklistError(f"answers: item {item_id!r} has unknown key {extra[0]!r}")
        result = entry.get("result")
        if result not in RESULTS:
            raise ChecklistError(f"answers: item {item_id!r} result must be pass, fail or na, not {result!r}")
        note = entry.get("note", "")
        if note is None:
            note = ""
        if not isinstance(note, str):
            raise ChecklistError(f"answers: item {item_id!r} note must be text")
    return [
        Answer(item_id, data[item_id]["result"], nfc(data[item_id].get("note") or "").strip())
        for item_id in template.item_ids
        if item_id in data
    ]


def answers_for_record(
    template: ChecklistTemplate, answers: Iterable[Answer] | Mapping[str, Answer]
) -> list[dict[str, str]]:
    """Answers as the signed record stores them: template order, one per answered item."""
    if isinstance(answers, Mapping):
        answers = answers.values()
    by_item = {a.item_id: a for a in answers}
    return [by_item[i].to_json() for i in template.item_ids if i in by_item]


def template_to_json(template: ChecklistTemplate) -> dict[str, Any]:
    """The template as ``reviewer checklist show --json`` prints it."""
    return {
        "id": template.id,
        "version": template.version,
        "hash": template.hash,
        "title": template.title.to_json(),
        "groups": [{"id": g.id, "label": g.label.to_json()} for g in template.groups],
        "items": [
            {
                "id": i.id,
                "group": i.group,
                "label": i.label.to_json(),
                "guidance": i.guidance.to_json(),
                "blocking": i.blocking,
            }
            for i in template.items
        ],
    }


# ---------------------------------------------------------------- notes kept across a changed answer

_KEPT_NOTE = {
    PASS: ("Ghi chú khi còn Đạt", "note written under Pass"),
    FAIL: ("Ghi chú khi còn Không đạt", "note written under Fail"),
    NA: ("Ghi chú khi còn Không áp dụng", "note written under N/A"),
}


def _kept_prefix(result: str) -> str:
    vi, en = _KEPT_NOTE[result]
    return f"[{vi} / {en}] "


def kept_note_origin(note: str) -> tuple[str | None, str]:
    """``(result the note was written under, the note's own text)``; None when it was not kept.

    A note kept when its answer changed says so in its own text (see :func:`keep_note`), so the
    signed record, the certificate and every view show it for what it is.
    """
    for result in RESULTS:
        prefix = _kept_prefix(result)
        if note.startswith(prefix):
            return result, note[len(prefix) :]
    return None, note


def keep_note(note: str, previous: str | None, new: str) -> str:
    """The note to store when an answer changes from ``previous`` to ``new`` and the note is kept.

    A note written under another result ("Sai chức danh" under a Fail that is now a Pass) is
    marked with the result it was written under, in both languages; it loses the mark when the
    answer goes back to that result.
    """
    origin, text = kept_note_origin(note)
    origin = origin or previous
    if not text or origin is None or origin == new:
        return text
    return _kept_prefix(origin) + text
