"""Signing on the command line, exporting, and a stranger verifying with ssh-keygen and sha256sum."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reviewer.core.canonical import sha256_hex
from reviewer.core.record import parse_record
from reviewer.security.signer import SshCrypto
from tests.signoff_support import (  # noqa: F401 - fixtures
    EDITOR,
    HEAD,
    PASSPHRASE,
    POST,
    SRT_VI,
    all_pass,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli_subprocess,
)

pytestmark = pytest.mark.usefixtures("memory_keyring", "fast_kdf")


def _init(cli, who=HEAD):
    principal, name, title, role = who
    r = cli("keys", "init", "--principal", principal, "--name", name, "--title", title, "--role", role,
            "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    return r


def _answers(cli, tmp_path: Path, **override) -> Path:
    template = cli("checklist", "show", "--json").json()
    data = {item["id"]: {"result": "pass", "note": ""} for item in template["items"]}
    data.update(override)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def signed(cli, home, tmp_path):
    """A head's key, one ingested clip, headless signing allowed, and an approval signed on the CLI."""
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    assert cli("note", "news-1", "--at", "0.5", "--to", "1.2", "Kiểm tra lại chức danh").code == 0
    _init(cli)
    assert cli("policy", "set", "require_full_view", "false").code == 0
    answers = _answers(cli, tmp_path, **{"tone.concise": {"result": "na", "note": "Clip ngắn"}})
    r = cli("sign", "news-1", "--decision", "approve", "--checklist", str(answers),
            "--principal", HEAD[0], "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    return r


def test_cli_approval_exports_a_package_strangers_verify_with_openssh_and_coreutils(signed, cli, home, tmp_path):
    assert "approved: news-1 v1" in signed.out
    assert cli("queue", "--status", "approved", "--json").json()[0]["id"] == "news-1"
    assert cli("verify", "--files").code == 0

    out = tmp_path / "gửi bàn đăng"
    r = run_cli_subprocess(home, "export", "news-1", "--out", str(out))
    assert r.code == 0, r.err
    names = sorted(p.name for p in out.iterdir())
    seq = int(re.search(r"audit seq (\d+)", signed.out).group(1))
    cp_name = f"checkpoint-{seq:08d}.json"
    assert names == sorted([
        "SHA256SUMS", "VERIFY.txt", "allowed_signers", "approval.json", "approval.json.sig",
        "audit-event.json", "bản tin news-1.mp4", "bản tin news-1.vi.srt", "certificate.html",
        "certificate.pdf", cp_name, cp_name + ".sig", "post.txt",
        "thumbnail.jpg",
    ])  # fmt: skip

    # A stranger, with OpenSSH and coreutils only.
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    listed = {line.split("  ", 1)[1] for line in (out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()}
    assert listed == set(names) - {"SHA256SUMS"}
    verify = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", HEAD[0], "-n", "clip-approval",
         "-s", "approval.json.sig"],
        stdin=open(out / "approval.json", "rb"), cwd=out, capture_output=True, text=True,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    record = parse_record((out / "approval.json").read_bytes())
    assert f'Good "clip-approval" signature for {HEAD[0]}' in verify.stdout + verify.stderr
    assert record["signer"]["key_fingerprint"] in verify.stdout + verify.stderr
    fp = subprocess.run("cut -d' ' -f3- allowed_signers | ssh-keygen -lf -", shell=True, cwd=out,
                        capture_output=True, text=True)  # fmt: skip
    assert record["signer"]["key_fingerprint"] in fp.stdout
    cp = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", HEAD[0], "-n", "clip-approval-checkpoint",
         "-s", cp_name + ".sig"],
        stdin=open(out / cp_name, "rb"), cwd=out, capture_output=True, text=True,
    )  # fmt: skip
    assert cp.returncode == 0, cp.stderr
    # The approval signature is not accepted as a checkpoint signature (separate namespaces).
    wrong = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", HEAD[0], "-n", "clip-approval-checkpoint",
         "-s", "approval.json.sig"],
        stdin=open(out / "approval.json", "rb"), cwd=out, capture_output=True, text=True,
    )  # fmt: skip
    assert wrong.returncode != 0

    # VERIFY.txt gives exactly the commands run above.
    text = (out / "VERIFY.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in text
    assert (f"ssh-keygen -Y verify -f allowed_signers -I {HEAD[0]} -n clip-approval "
            "-s approval.json.sig < approval.json") in text  # fmt: skip
    grep = subprocess.run(["grep", "-F", record["clip"]["sha256"], "SHA256SUMS"], cwd=out, capture_output=True,
                          text=True)  # fmt: skip
    assert grep.stdout.strip().endswith("bản tin news-1.mp4")

    # What was signed: the clip, captions and post text bytes; who, when, what it means.
    assert record["kind"] == "approval" and record["signed_from"] == "cli"
    assert record["clip"]["sha256"] == sha256_hex((out / "bản tin news-1.mp4").read_bytes())
    assert record["captions"][0]["sha256"] == sha256_hex(SRT_VI) == sha256_hex((out / "bản tin news-1.vi.srt").read_bytes())
    assert record["post_text"]["text"] == POST and (out / "post.txt").read_bytes() == POST.encode("utf-8")
    assert record["signer"] == {"principal": HEAD[0], "name": HEAD[1], "title": HEAD[2], "role": "head",
                                "key_fingerprint": record["signer"]["key_fingerprint"]}
    assert record["meaning"] == "Phê duyệt đăng trên Facebook / Approved for publication on Facebook"
    assert record["coverage"]["fraction"] == 0 and record["coverage"]["rule"]["require_full_view"] is False
    assert {"item_id": "tone.concise", "result": "na", "note": "Clip ngắn"} in record["checklist"]["answers"]
    assert record["notes"] == [{"start_ms": 500, "end_ms": 1200, "text": "Kiểm tra lại chức danh",
                                "author": record["notes"][0]["author"]}]

    # The same record verified by our own verifier, and the whole package by verify-package.
    public_key = (out / "allowed_signers").read_text().split()[2:4]
    assert SshCrypto().verify((out / "approval.json.sig").read_text(), (out / "approval.json").read_bytes(),
                              "clip-approval", " ".join(public_key)) is None
    r = cli("verify-package", str(out))
    assert r.code == 0, r.out
    assert "OK: the package verifies" in r.out

    # The certificate is readable text with Vietnamese diacritics intact.
    html = (out / "certificate.html").read_text(encoding="utf-8")
    assert "GIẤY CHỨNG NHẬN PHÊ DUYỆT" in html and HEAD[1] in html and "Giám đốc" in html
    if shutil.which("pdftotext"):
        pdf = subprocess.run(["pdftotext", str(out / "certificate.pdf"), "-"], capture_output=True, text=True)
        flat = " ".join(pdf.stdout.split())
        for phrase in ("GIẤY CHỨNG NHẬN PHÊ DUYỆT", HEAD[1], "Phê duyệt đăng trên Facebook", "Chính xác chính trị"):
            assert phrase in flat, phrase

    # The export itself is in the audit trail, after the sign-off and its checkpoint.
    from reviewer.app import build_services

    s = build_services(None, None)
    try:
        tail = [(e.seq, e.kind) for e in s.library.audit_events()][-3:]
    finally:
        s.close()
    assert tail == [(seq, "signoff"), (seq + 1, "checkpoint"), (seq + 2, "export")]
    assert cli("verify", "--json").json()["ok"]


def test_verify_package_catches_a_swapped_clip_and_an_edited_record(signed, cli, home, tmp_path):
    out = tmp_path / "pkg"
    assert run_cli_subprocess(home, "export", "news-1", "--out", str(out)).code == 0

    bad = tmp_path / "bad-clip"
    shutil.copytree(out, bad)
    (bad / "bản tin news-1.mp4").write_bytes(b"\x00" * 1000)
    r = cli("verify-package", str(bad))
    assert r.code == 1 and "bản tin news-1.mp4 does not match its SHA-256" in r.out

    bad2 = tmp_path / "bad-record"
    shutil.copytree(out, bad2)
    data = (bad2 / "approval.json").read_bytes().replace(b'"approve"', b'"reject!"')
    (bad2 / "approval.json").write_bytes(data)
    lines = [
        (f"{sha256_hex(data)}  approval.json" if line.endswith("  approval.json") else line)
        for line in (bad2 / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    ]
    (bad2 / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("verify-package", str(bad2))
    assert r.code == 1 and "PROBLEM" in r.out
    ssh = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", HEAD[0], "-n", "clip-approval",
         "-s", "approval.json.sig"], stdin=open(bad2 / "approval.json", "rb"), cwd=bad2, capture_output=True,
    )  # fmt: skip
    assert ssh.returncode != 0


def test_headless_signing_is_refused_while_full_view_is_required(cli, home, tmp_path):
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    _init(cli)
    assert cli("policy", "show", "--json").json() == {"require_full_view": True}
    r = cli("sign", "news-1", "--decision", "approve", "--checklist", str(_answers(cli, tmp_path)),
            "--principal", HEAD[0], "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1
    assert "headless signing is not allowed while the policy require_full_view is on" in r.err
    assert "reviewer policy set require_full_view false" in r.err
    assert cli("queue", "--json").json()[0]["status"] == "pending"
    assert cli("verify", "--json").json()["signoffs"] == 0


def test_changes_and_reject_need_a_reason_and_set_the_status(cli, home, tmp_path):
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    _init(cli)
    cli("policy", "set", "require_full_view", "false")
    answers = _answers(cli, tmp_path, **{"political.facts": {"result": "fail", "note": "Sai chức danh"}})
    args = ["sign", "news-1", "--checklist", str(answers), "--principal", HEAD[0], "--passphrase-stdin"]
    r = cli(*args, "--decision", "approve", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "blocking item failed" in r.err
    r = cli(*args, "--decision", "changes", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "needs a reason" in r.err
    r = cli(*args, "--decision", "changes", "--reason", "Sửa chức danh ở giây thứ 12", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert "Yêu cầu chỉnh sửa trước khi đăng trên Facebook" in r.out
    assert cli("queue", "--status", "changes", "--json").json()[0]["id"] == "news-1"
    r = cli(*args, "--decision", "reject", "--reason", "Không phù hợp", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert cli("queue", "--status", "rejected", "--json").json()[0]["id"] == "news-1"
    # Nothing to export: a rejection is not an approval.
    r = cli("export", "news-1", "--out", str(tmp_path / "out"))
    assert r.code == 1 and "no approval of its current version" in r.err
    assert not (tmp_path / "out").exists()
    assert cli("verify").code == 0


def test_editor_decision_is_a_signed_recommendation_and_leaves_the_status(cli, home, tmp_path):
    assert cli("ingest", str(make_source(tmp_path / "in"))).code == 0
    _init(cli, EDITOR)
    cli("policy", "set", "require_full_view", "false")
    r = cli("sign", "news-1", "--decision", "approve", "--checklist", str(_answers(cli, tmp_path)),
            "--principal", EDITOR[0], "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert r.json()["kind"] == "recommendation" and r.json()["decision"] == "approve"
    assert cli("queue", "--json").json()[0]["status"] == "pending"
    r = cli("export", "news-1", "--out", str(tmp_path / "out"))
    assert r.code == 1 and "only a head's signed approval" in r.err
    r = cli("revoke", "news-1", "--reason", "x", "--principal", EDITOR[0], "--passphrase-stdin",
            stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "only a head can revoke" in r.err


def test_revocation_is_signed_and_blocks_export(signed, cli, home, tmp_path):
    r = cli("revoke", "news-1", "--reason", "Phát hiện sai số liệu sau khi duyệt", "--principal", HEAD[0],
            "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert "revoked: news-1 v1" in r.out
    assert cli("queue", "--status", "revoked", "--json").json()[0]["id"] == "news-1"
    r = cli("export", "news-1", "--out", str(tmp_path / "out"))
    assert r.code == 1 and "was revoked (Phát hiện sai số liệu sau khi duyệt)" in r.err
    report = cli("verify", "--json").json()
    assert report["ok"] and report["signoffs"] == 2


def test_checklist_show_json_lists_the_active_template(cli):
    data = cli("checklist", "show", "--json").json()
    assert data["id"] == "default" and re.fullmatch(r"[0-9a-f]{64}", data["hash"])
    item = data["items"][0]
    assert set(item) >= {"id", "group", "label", "blocking"} and set(item["label"]) == {"vi", "en"}
    assert {i["group"] for i in data["items"]} == {"political", "tone", "legal", "captions"}
    text = cli("checklist", "show").out
    assert "Chính xác chính trị / Political accuracy" in text and "[B] political.facts" in text


def test_policy_changes_are_audited_and_checked(cli):
    assert cli("policy", "set", "require_full_view", "maybe").code == 2
    assert cli("policy", "set", "no_such_rule", "true").code == 2
    r = cli("policy", "set", "require_full_view", "false")
    assert r.code == 0 and "true -> false" in r.out
    assert cli("policy", "show").out.strip() == "require_full_view = false"
    from reviewer.app import build_services

    s = build_services(None, None)
    try:
        events = [e for e in s.library.audit_events() if e.kind == "policy_changed"]
    finally:
        s.close()
    assert [e.payload for e in events] == [{"key": "require_full_view", "old": True, "new": False}]


def test_keys_list_allowed_signers_and_retire(signed, cli, tmp_path):
    listed = cli("keys", "list", "--json").json()
    assert [(k["principal"], k["role"], k["active"]) for k in listed] == [(HEAD[0], "head", True)]
    fp = listed[0]["fingerprint"]
    lines = cli("keys", "allowed-signers").out.splitlines()
    assert lines == [f'{HEAD[0]} namespaces="clip-approval,clip-approval-checkpoint" {listed[0]["public_key"]}']

    r = cli("keys", "retire", fp, "--reason", "Rời nhiệm sở")
    assert r.code == 0 and "retired" in r.out
    assert cli("keys", "allowed-signers").code == 1
    every = cli("keys", "allowed-signers", "--all").out
    assert listed[0]["public_key"] in every and f"# {fp} retired" in every
    # Records signed before retirement stay valid; the retired key can never sign again.
    assert cli("verify").code == 0
    r = cli("sign", "news-1", "--decision", "approve", "--checklist", str(_answers(cli, tmp_path)),
            "--principal", HEAD[0], "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.code == 1 and "has no active signing key" in r.err
    # A new key for the same person can then be enrolled.
    _init(cli)
    assert len(cli("keys", "list", "--json").json()) == 2
