"""The rollback witness: the newest witnessed (seq, hash) of the chain, kept outside the data home.

Checkpoint files live in the data home, so whoever can restore an old copy of the database can
also delete the newer checkpoint files. The witness is one small entry in the OS keyring (a
separate store, with its own lock), written after every checkpoint and every security event
(enrolment, retirement, revocation, wrong passphrase, lock, export). ``reviewer verify`` fails
when the chain is behind the witness or does not contain the event it names.

What it cannot stop: an administrator who rolls back both the data home and the keyring (or the
whole machine) to an earlier state. Exported packages and the station's published revocation
list are the evidence that survives that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from reviewer.core.audit import AuditEvent
from reviewer.core.canonical import canonical_bytes, is_sha256_hex
from reviewer.core.signing_model import WitnessStore
from reviewer.errors import ReviewerError

__all__ = ["WITNESS_SCHEMA", "Witness", "WitnessMark"]

WITNESS_SCHEMA = "reviewer/witness/1"


@dataclass(frozen=True)
class WitnessMark:
    """What the witness remembers about one library."""

    station_fingerprint: str
    seq: int
    hash: str
    time: str

    def to_bytes(self) -> bytes:
        """Canonical JSON, as stored in the keyring."""
        return canonical_bytes(
            {
                "schema": WITNESS_SCHEMA,
                "station_fingerprint": self.station_fingerprint,
                "seq": self.seq,
                "hash": self.hash,
                "time": self.time,
            }
        )

    @classmethod
    def parse(cls, data: bytes) -> WitnessMark:
        """Read stored bytes; ValueError when they are not a witness."""
        doc = json.loads(data)
        if not isinstance(doc, dict) or doc.get("schema") != WITNESS_SCHEMA:
            raise ValueError("not a witness entry")
        seq, digest = doc.get("seq"), doc.get("hash")
        if not isinstance(seq, int) or isinstance(seq, bool) or not is_sha256_hex(digest):
            raise ValueError("witness entry damaged")
        return cls(str(doc.get("station_fingerprint", "")), seq, digest, str(doc.get("time", "")))


class Witness:
    """Reads and advances the witness of one library (its id comes from the station event)."""

    def __init__(self, store: WitnessStore | None) -> None:
        self.store = store

    def read(self, library_id: str) -> WitnessMark | None:
        """The stored mark, None when there is none; ReviewerError when the store cannot be read
        or holds something damaged."""
        if self.store is None:
            return None
        data = self.store.read(library_id)
        if data is None:
            return None
        try:
            return WitnessMark.parse(data)
        except (ValueError, TypeError):
            raise ReviewerError("the rollback witness in the keyring is damaged") from None

    def advance(self, library_id: str, station_fingerprint: str, event: AuditEvent) -> str | None:
        """Remember ``event`` as the newest witnessed one (never moves back); a warning or None.

        Called after the event's transaction committed, so the witness never names an event that
        is not in the chain. A failure to write is a warning, not an error: the chain is intact
        and the next security event writes it again.
        """
        if self.store is None:
            return None
        try:
            current = self.read(library_id)
            if current is not None and current.seq >= event.seq and current.station_fingerprint == station_fingerprint:
                return None
            self.store.write(library_id, WitnessMark(station_fingerprint, event.seq, event.hash, event.time).to_bytes())
        except ReviewerError as exc:
            return f"the rollback witness could not be written to the keyring ({exc})"
        return None

    def reset(self, library_id: str, station_fingerprint: str, event: AuditEvent) -> None:
        """Write the witness anew at ``event`` (station passphrase holders only; see StationService)."""
        if self.store is None:
            raise ReviewerError("no keyring to hold the rollback witness")
        self.store.write(library_id, WitnessMark(station_fingerprint, event.seq, event.hash, event.time).to_bytes())
