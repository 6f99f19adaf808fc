"""No core dump from a process that opened a key.

A core file of a process holding an unlocked key would hold the key's seed and the passphrase
(the issue's last attack: ``ulimit -c unlimited``, then a crash while signing). Three children of
``python -m tests.reliability.driver core-dump``, each started by ``bash -c 'ulimit -c unlimited;
exec ...'`` in its own empty folder, then aborted with SIGABRT (``os.abort()``) — the machine's
``core_pattern`` is left as it is (not changed: it is global to the host):

- ``none`` (control): opened no key, so it must dump core with these settings (a core file in its
  folder, or the kernel's core-dumped flag in its wait status); where it cannot, the trial skips,
  saying why, since the other two would prove nothing;
- ``raw`` (control): decrypted the key without the hardening: it dumps core too, and the core is
  searched for the passphrase and the seed (a note: how real the threat is);
- ``unlock``: opened the key with ``SshCrypto.unlock``, as every signing, export and station
  command does: it must report RLIMIT_CORE 0 (soft and hard) and ``PR_GET_DUMPABLE`` 0 after
  unlocking, and leave no core file and no core-dumped flag.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from tests.reliability.conftest import ROOT, child_env
from tests.signoff_support import PASSPHRASE

CHECK = "no core dump while a key is open"

# The children are started by a small spawner process started NOW, while pytest collects: a test
# that opens a key in pytest's own process (many do) sets its RLIMIT_CORE hard limit to 0, which
# every later child inherits and, without CAP_SYS_RESOURCE (a container's root), cannot raise.
# The spawner keeps the limits pytest started with. It reports each child's raw wait status:
# only that carries the kernel's core-dumped flag.
_SPAWNER = r"""
import json, os, subprocess, sys
for line in sys.stdin:
    req = json.loads(line)
    proc = subprocess.Popen(req["argv"], cwd=req["cwd"], env=req["env"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err = proc.stdout.read(), proc.stderr.read()
    _pid, status = os.waitpid(proc.pid, 0)
    proc.returncode = 0
    print(json.dumps({"status": status, "out": out.decode(errors="replace"), "err": err.decode(errors="replace")}),
          flush=True)
"""
try:
    _SPAWNER_PROC: subprocess.Popen | None = subprocess.Popen(
        [sys.executable, "-c", _SPAWNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    atexit.register(lambda: (_SPAWNER_PROC.stdin.close(), _SPAWNER_PROC.wait(timeout=30), _SPAWNER_PROC.stdout.close()))
except OSError:
    _SPAWNER_PROC = None


def _run(mode: str, secrets: Path, folder: Path) -> tuple[list[str], bool, int, list[Path]]:
    """(lines printed, core-dumped flag, terminating signal, core files in its folder)."""
    folder.mkdir()
    if _SPAWNER_PROC is None:
        pytest.skip("the spawner process could not be started")
    script = (
        f"ulimit -c unlimited || exit 97; exec {sys.executable} -m tests.reliability.driver core-dump {secrets} {mode}"
    )
    request = {"argv": ["bash", "-c", script], "cwd": str(folder), "env": child_env(PYTHONPATH=str(ROOT))}
    _SPAWNER_PROC.stdin.write(json.dumps(request) + "\n")
    _SPAWNER_PROC.stdin.flush()
    reply = json.loads(_SPAWNER_PROC.stdout.readline())
    status, out, err = reply["status"], reply["out"], reply["err"]
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 97:
        pytest.skip(f"cannot raise the core size limit here (ulimit -c unlimited refused: {err.strip()[:200]})")
    cores = sorted(p for p in folder.iterdir() if p.name == "core" or p.name.startswith("core."))
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    return out.splitlines(), bool(os.WIFSIGNALED(status) and os.WCOREDUMP(status)), sig, cores


def test_a_process_that_unlocked_a_key_dumps_no_core(tmp_path, proof):
    from reviewer.security import keys

    private_key, _public = keys.generate_keypair()
    blob = keys.encrypt_private_key(private_key, PASSPHRASE, kdf=keys.KdfParams.for_tests())
    secrets = tmp_path / "key.json"
    secrets.write_text(
        json.dumps({"blob": base64.b64encode(blob).decode(), "passphrase": PASSPHRASE}), encoding="utf-8"
    )
    seed = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    pattern = Path("/proc/sys/kernel/core_pattern")
    proof.note("core_pattern", pattern.read_text().strip() if pattern.exists() else "?")

    _lines, dumped, sig, cores = _run("none", secrets, tmp_path / "none")
    if sig != signal.SIGABRT or not (dumped or cores):
        pytest.skip(
            f"this machine writes no core dump even for a process that opened no key (signal {sig}, "
            f"core-dumped flag {dumped}, core_pattern {proof.notes['core_pattern']!r}); nothing to compare"
        )
    proof.note("control_without_key", {"core_dumped_flag": dumped, "core_files": [p.name for p in cores]})
    problems: list[str] = []

    _lines, dumped, sig, cores = _run("raw", secrets, tmp_path / "raw")
    data = b"".join(p.read_bytes() for p in cores)
    proof.note(
        "control_raw_decrypt",
        {
            "core_dumped_flag": dumped,
            "core_files": [p.name for p in cores],
            "passphrase_in_core": PASSPHRASE.encode("utf-8") in data,
            "seed_in_core": seed in data,
        },
    )
    for p in cores:
        p.unlink()  # a core with the secrets in it: not left in the temp folder

    lines, dumped, sig, cores = _run("unlock", secrets, tmp_path / "unlock")
    state = next((ln.split()[1:] for ln in lines if ln.startswith("STATE ")), None)
    if state is None:
        problems.append(f"the child did not report its state after unlocking: {lines}")
    else:
        soft, hard, dumpable = state
        proof.note("after_unlock", {"rlimit_core": [soft, hard], "dumpable": dumpable})
        if (soft, hard) != ("0", "0"):
            problems.append(f"RLIMIT_CORE after unlocking is {soft}/{hard}, not 0/0")
        if dumpable != "0":
            problems.append("PR_GET_DUMPABLE after unlocking is 1")
    if sig != signal.SIGABRT:
        problems.append(f"the child ended with signal {sig}, not SIGABRT")
    if dumped or cores:
        problems.append(f"a process that unlocked a key dumped core (flag {dumped}, files {[p.name for p in cores]})")
        for p in cores:
            p.unlink()
    proof.trial(problems, label="SIGABRT after SshCrypto.unlock with ulimit -c unlimited")
    proof.assert_clean()
