"""``make proof``: run the reliability trials with full counts and print what they prove.

    python -m tests.reliability.proof [--quick] [--json FILE] [-k EXPR] [PYTEST_ARGS...]

Runs ``tests/reliability`` under pytest with ``REVIEWER_PROOF=1`` (full counts; ``--quick`` keeps
the reduced counts of ``make test``), then prints a table (check, trials, failures, seconds) and
the same figures as JSON after a ``--- json ---`` line (and into FILE with ``--json``). Exits 1
when any trial failed or any test errored, 0 otherwise. A single count can be changed with
``REVIEWER_PROOF_<NAME>=N``, e.g. ``REVIEWER_PROOF_KILL_TRIALS=200`` (kill trials: ``KILL_TRIALS``,
``SIGN_KILL_TRIALS``, ``ENROL_KILL_TRIALS``, ``EXPORT_KILL_TRIALS``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent


class Collector:
    """A pytest plugin gathering each test's outcome and its proof figures."""

    def __init__(self) -> None:
        self.tests: dict[str, dict] = {}

    def pytest_collectreport(self, report) -> None:
        if report.failed:
            self.tests[report.nodeid or "collection"] = {
                "nodeid": report.nodeid or "collection",
                "outcome": "error",
                "seconds": 0.0,
                "check": f"collecting {report.nodeid}",
                "proof": None,
                "message": (report.longreprtext or "").strip().splitlines()[-1][:300] if report.longreprtext else "",
            }

    def pytest_runtest_logreport(self, report) -> None:
        t = self.tests.setdefault(
            report.nodeid,
            {"nodeid": report.nodeid, "outcome": "passed", "seconds": 0.0, "check": None, "proof": None, "message": ""},
        )
        t["seconds"] += report.duration
        for key, value in report.user_properties:
            if key == "proof_check":
                t["check"] = value
            elif key == "proof":
                t["proof"] = value
        if report.failed:
            t["outcome"] = "failed" if report.when == "call" else "error"
            t["message"] = (report.longreprtext or "").strip().splitlines()[-1:][0][:300] if report.longreprtext else ""
        elif report.skipped and t["outcome"] == "passed":
            t["outcome"] = "skipped"
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            t["message"] = reason.removeprefix("Skipped: ")[:300]


def summarise(tests: list[dict]) -> list[dict]:
    """One row per check: trials and failures summed over its tests."""
    rows: dict[str, dict] = {}
    for t in tests:
        proof = t["proof"] or {}
        name = proof.get("check") or t["check"] or t["nodeid"]
        row = rows.setdefault(
            name,
            {
                "check": name,
                "trials": 0,
                "failures": 0,
                "seconds": 0.0,
                "skipped": [],
                "details": [],
                "notes": {},
                "tests": 0,
            },
        )
        row["tests"] += 1
        row["seconds"] += t["seconds"]
        if t["outcome"] == "skipped":
            row["skipped"].append(f"{t['nodeid'].split('::')[-1]}: {t['message']}")
            continue
        trials = proof.get("trials", 1) if proof else 1
        failures = proof.get("failures", 0) if proof else 0
        if t["outcome"] in ("failed", "error") and failures == 0:
            failures = 1  # failed outside its counted trials (or is one trial)
            row["details"].append(f"{t['nodeid'].split('::')[-1]}: {t['message']}")
        row["trials"] += max(trials, failures)
        row["failures"] += failures
        row["details"] += proof.get("details", [])
        for key, value in proof.get("notes", {}).items():
            if isinstance(value, dict) and isinstance(row["notes"].get(key), dict):
                for k, v in value.items():
                    row["notes"][key][k] = row["notes"][key].get(k, 0) + v if isinstance(v, (int, float)) else v
            elif isinstance(value, list) and isinstance(row["notes"].get(key), list):
                row["notes"][key] += value
            else:
                row["notes"][key] = value
    for row in rows.values():
        row["seconds"] = round(row["seconds"], 1)
    return list(rows.values())


def table(rows: list[dict]) -> str:
    """The human table."""
    width = max([len("check")] + [len(r["check"]) for r in rows])
    lines = [
        f"{'check':<{width}}  {'trials':>7}  {'failures':>8}  {'seconds':>7}",
        f"{'-' * width}  {'-' * 7}  {'-' * 8}  {'-' * 7}",
    ]
    for r in rows:
        skipped = f"  (skipped {len(r['skipped'])}: {r['skipped'][0]})" if r["skipped"] else ""
        lines.append(f"{r['check']:<{width}}  {r['trials']:>7}  {r['failures']:>8}  {r['seconds']:>7}{skipped}")
    total_t = sum(r["trials"] for r in rows)
    total_f = sum(r["failures"] for r in rows)
    lines.append(f"{'-' * width}  {'-' * 7}  {'-' * 8}  {'-' * 7}")
    lines.append(f"{'total':<{width}}  {total_t:>7}  {total_f:>8}  {round(sum(r['seconds'] for r in rows), 1):>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the trials, print the table and the JSON; exit 1 on any failure."""
    ap = argparse.ArgumentParser(prog="python -m tests.reliability.proof", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="reduced counts (as in make test)")
    ap.add_argument("--json", metavar="FILE", help="also write the JSON figures to FILE")
    ap.add_argument("-k", metavar="EXPR", help="only the tests matching EXPR (pytest -k)")
    args, extra = ap.parse_known_args(argv)
    if not args.quick:
        os.environ["REVIEWER_PROOF"] = "1"
    else:
        os.environ.pop("REVIEWER_PROOF", None)

    import pytest

    collector = Collector()
    pytest_args = ["-p", "no:cacheprovider", "-q", "-rs", "--timeout=0", str(HERE)]
    if args.k:
        pytest_args += ["-k", args.k]
    pytest_args += extra
    started = time.monotonic()
    code = pytest.main(pytest_args, plugins=[collector])
    elapsed = time.monotonic() - started

    rows = summarise(list(collector.tests.values()))
    failed = sum(r["failures"] for r in rows)
    print()
    print(f"Reliability proof ({'full' if not args.quick else 'reduced'} counts, {elapsed:.0f} s)")
    print(table(rows))
    for r in rows:
        for d in r["details"][:5]:
            print(f"  FAILED {r['check']}: {d}")
    result = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "mode": "full" if not args.quick else "reduced",
        "seconds": round(elapsed, 1),
        "machine": {"python": platform.python_version(), "system": platform.platform(), "cpus": os.cpu_count()},
        "pytest_exit_code": int(code),
        "checks": rows,
        "trials": sum(r["trials"] for r in rows),
        "failures": failed,
    }
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print("--- json ---")
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    if not rows:
        print("no reliability trials ran", file=sys.stderr)
        return 1
    return 1 if failed or int(code) not in (0,) else 0


if __name__ == "__main__":
    sys.exit(main())
