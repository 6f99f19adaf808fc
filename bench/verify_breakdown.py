"""Where ``reviewer verify`` spends its time besides Ed25519, per signature, in one process.

Builds the same library as :mod:`bench.verify` (``count`` approvals by a certified head, each
followed by its signed checkpoint) and measures, best of ``rounds``, in microseconds per signature:

* ``raw_ed25519_us``: ``Ed25519PublicKey.verify`` of the same signatures (the baseline);
* ``verify_one_process_us``: ``Verifier.verify(workers=1)``;
* ``verify_without_ed25519_us``: the same with every Ed25519 check made a no-op (the key object
  handed to the verifier is wrapped; everything else runs as is): the whole overhead;
* ``read_rows_us``: only reading the chain as the verifier does (``iter_chain``), and
  ``sqlite_fetch_us``: SQLite's own ``fetchall`` of the same join, no Python object made;
* ``chain_pass_us``: ``core.audit.verify_chain`` over the events read, without signature checks,
  and ``event_hash_us`` within it;
* ``overhead_budget_for_0_85_us``: what 0.85x raw Ed25519 in one process leaves for everything
  but the Ed25519 check.

Prints JSON. ``python -m bench.verify_breakdown [COUNT]`` (default 4000).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.verify import _MemoryVault, _MemoryWitness, _use_memory_stores, build_library


class _NoCheck:
    """An Ed25519 public key whose ``verify`` does nothing (everything else is the real key's)."""

    def __init__(self, key) -> None:
        self._key = key

    def verify(self, signature: bytes, data: bytes) -> None:
        return None

    def __getattr__(self, name: str):
        return getattr(self._key, name)


def run(count: int = 4000, rounds: int = 3) -> dict:
    from reviewer.core import audit
    from reviewer.services import build_services

    with tempfile.TemporaryDirectory(prefix="bench-breakdown-") as d:
        home = Path(d) / "home"
        stores = (_MemoryVault(), _MemoryWitness())
        built = build_library(home, count, stores)
        public, raw = built["public"], built["raw"]
        n = len(raw)
        services = build_services(str(home), None)
        try:
            _use_memory_stores(services, stores)
            verifier = services.verifier
            repo = verifier.repo

            def best(fn) -> float:
                times = []
                for _ in range(rounds):
                    t = time.perf_counter()
                    fn()
                    times.append(time.perf_counter() - t)
                return round(min(times) / n * 1e6, 2)

            def raw_loop() -> None:
                for sig, data in raw:
                    public.verify(sig, data)

            def one_process() -> None:
                assert verifier.verify(workers=1).ok

            def read_rows() -> None:
                for _ in repo.iter_chain():
                    pass

            from sqlalchemy.dialects import sqlite

            # The very query iter_chain reads, run by the sqlite3 module alone (no SQLAlchemy rows).
            chain_sql = str(repo.chain_query().compile(dialect=sqlite.dialect()))
            connection = sqlite3.connect(str(home / "reviewer.db"))
            events = [event for event, _ in repo.iter_chain()]

            def chain_pass() -> None:
                assert not audit.verify_chain(iter(events))

            def hashes() -> None:
                for e in events:
                    audit.event_hash(e.seq, e.time, e.actor, e.kind, e.payload_json, e.prev_hash, e.signature)

            result = {
                "signoffs": count,
                "signatures": n,
                "rounds": rounds,
                "raw_ed25519_us": best(raw_loop),
                "verify_one_process_us": best(one_process),
            }
            real_public = verifier.crypto._public
            verifier.crypto._public = lambda line: _NoCheck(real_public(line))
            try:
                result["verify_without_ed25519_us"] = best(one_process)
            finally:
                verifier.crypto._public = real_public
            result["read_rows_us"] = best(read_rows)
            result["sqlite_fetch_us"] = best(lambda: connection.execute(chain_sql).fetchall())
            connection.close()
            result["chain_pass_us"] = best(chain_pass)
            result["event_hash_us"] = best(hashes)
            result["overhead_us"] = round(result["verify_one_process_us"] - result["raw_ed25519_us"], 2)
            result["overhead_budget_for_0_85_us"] = round(result["raw_ed25519_us"] / 0.85 - result["raw_ed25519_us"], 2)
        finally:
            services.close()
    return result


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 4000), indent=2))
    sys.exit(0)
