"""The composition root: builds the services the CLI and the desk share, once, from the home folder.

Nothing else wires services together: the CLI receives :func:`build_services` as its factory and
the desk receives :func:`services_for_desk` (both from :mod:`reviewer.app`). Imports of the heavy
parts happen inside the builders, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.config import Settings, resolve_db_url, resolve_home
from reviewer.errors import ReviewerError

if TYPE_CHECKING:
    from reviewer.core.verification import Segment, SegmentResult

log = logging.getLogger("reviewer")


@dataclass
class Services:
    """Everything the CLI and the desk use, built once from the home folder."""

    home: Path
    settings: Settings
    db: Any
    library: Any
    store: Any
    ingest: Any
    person: str
    signing: Any = None  # storage.signing.SigningRepository
    keystore: Any = None  # security.keystore.KeyStore (OS keyring, checked on first use)
    station: Any = None  # core.station.StationService
    signoff: Any = None  # core.signoff.SignoffService
    verifier: Any = None  # core.verification.Verifier
    exporter: Any = None  # core.export.Exporter
    build_stats: Callable[[str], Any] | None = field(default=None, repr=False)
    _stats: Any = field(default=None, repr=False)

    @property
    def stats(self) -> Any:
        """Publications and platform statistics (core.stats.service.StatsService), built on first
        use: its columns (pyarrow, numpy) are not loaded by a command or a desk that never counts."""
        if self._stats is None and self.build_stats is not None:
            self._stats = self.build_stats(self.person)
        return self._stats

    def set_actor(self, actor: str) -> None:
        """Record ``actor`` as the one acting in every audit event from now on."""
        self.person = actor
        for service in (self.ingest, self.station, self.signoff, self._stats):
            if service is not None:
                service.actor = actor

    def close(self) -> None:
        """Release database connections."""
        self.db.dispose()


NO_ONE = "unidentified"
"""The actor recorded when nobody is enrolled yet and no one said who they are (never the OS user)."""


def default_person(services: Services) -> str:
    """Who acts when nobody said: the only enrolled person, else the configured one, else no one."""
    try:
        people = [k.principal for k in services.station.trust().people() if k.active]
    except ReviewerError:
        people = []
    if len(people) == 1:
        return people[0]
    if services.settings.person and services.settings.person in people:
        return services.settings.person
    return NO_ONE


def setup_logging(home: Path, verbose: bool = False) -> None:
    """Log to ``<home>/logs/reviewer.log`` (rotated); warnings also to stderr when verbose."""
    import logging.handlers  # here: the desk's window is on screen before this is needed

    root = logging.getLogger("reviewer")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)

    class _LogFile(logging.handlers.RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
            """A log line that cannot be written (the disk is full) is dropped: logging's default
            prints a traceback to the terminal, and the user must see only the operation's own
            one-line message (the full proof's disk-full ingest trial found one)."""

    try:
        fh = _LogFile(home / "logs" / "reviewer.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(fh)
    except OSError:
        pass
    if verbose:
        sh = logging.StreamHandler(sys.stderr)
        sh.setLevel(logging.DEBUG)
        root.addHandler(sh)


def build_services(home_arg: str | None, db_arg: str | None) -> Services:
    """Open (and migrate) the library in the home folder and wire the services."""
    from reviewer.core.ingest import IngestService
    from reviewer.media import captions, packages, probe
    from reviewer.media.store import MediaStore
    from reviewer.storage.db import Database
    from reviewer.storage.library import Library

    home = resolve_home(home_arg)
    settings = Settings.load(home)
    setup_logging(home)
    db = Database(resolve_db_url(db_arg, home))
    db.upgrade()
    store = MediaStore(home)
    store.clean_stale()
    library = Library(db, home)
    person = NO_ONE
    limits = packages.ZipLimits(settings.zip_max_members, settings.zip_max_total_bytes, settings.zip_max_ratio)
    ingest = IngestService(
        library=library,
        store=store,
        probe=probe.probe,
        thumbnail=probe.make_stills,
        parse_captions=lambda name, raw, language=None: captions.parse_caption_file(
            name, raw, language=language, max_cps=settings.caption_max_cps, max_line=settings.caption_max_line
        ),
        decode_text=captions.decode_caption_bytes,
        extract_package=lambda path, tmp: packages.extract_package(path, tmp, limits),
        actor=person,
        max_clip_bytes=settings.max_clip_bytes,
    )
    signing, keystore, station, signoff, verifier, exporter = build_signing(home, settings, library, person)
    services = Services(
        home=home,
        settings=settings,
        db=db,
        library=library,
        store=store,
        ingest=ingest,
        person=person,
        signing=signing,
        keystore=keystore,
        station=station,
        signoff=signoff,
        verifier=verifier,
        exporter=exporter,
        build_stats=lambda actor: build_stats(settings, library, verifier, actor),
    )
    services.set_actor(default_person(services))
    return services


def build_stats(settings: Settings, library, verifier, person: str):
    """Publications and platform statistics."""
    from reviewer.core.stats.service import StatsService
    from reviewer.storage.stats import StatsRepository

    return StatsService(
        repo=StatsRepository(library),
        library=library,
        verifier=verifier,
        actor=person,
        timezone_name=settings.stats_timezone,
        code_pattern=settings.stats_clip_code_pattern,
        match_window_h=settings.stats_match_window_h,
    )


def build_signing(home: Path, settings: Settings, library, person: str):
    """The sign-off services: repository, keyring store, station, signing, verification, export."""
    from reviewer import __version__
    from reviewer.config import resources_dir
    from reviewer.core.checklist import active_template
    from reviewer.core.export import Exporter
    from reviewer.core.signoff import SignoffService
    from reviewer.core.station import StationService
    from reviewer.core.verification import Verifier
    from reviewer.core.witness import Witness
    from reviewer.security.keystore import KeyStore
    from reviewer.security.signer import SshCrypto
    from reviewer.security.witness import KeyringWitness
    from reviewer.storage.signing import SigningRepository

    def render_certificate(facts, folder):
        # Qt is imported only when a certificate is actually rendered.
        try:
            from reviewer.media.certificate import render_certificate as render
        except ImportError as exc:
            raise ReviewerError(f"Qt is not available to lay out the PDF ({exc})") from None
        return render(facts, folder)

    signing = SigningRepository(library.db, library)
    keystore = KeyStore(timeout=settings.keyring_timeout_s)
    crypto = SshCrypto()
    witness = Witness(KeyringWitness(settings.keyring_timeout_s))
    station = StationService(
        repo=signing,
        crypto=crypto,
        vault=keystore,
        witness=witness,
        actor=person,
        validity_days=settings.cert_validity_days,
    )
    signoff = SignoffService(
        repo=signing,
        library=library,
        crypto=crypto,
        vault=keystore,
        station=station,
        template=lambda: active_template(home, resources_dir(), settings.checklist),
        home=home,
        coverage_tolerance_ms=settings.coverage_tolerance_ms,
        app_version=__version__,
        actor=person,
    )
    workers = settings.verify_workers or min(os.cpu_count() or 1, 8)
    verifier = Verifier(
        repo=signing,
        library=library,
        crypto=crypto,
        home=home,
        witness=witness,
        segment_runner=SegmentRunner(library.db.url, home, workers),
        workers=workers,
    )
    exporter = Exporter(signoff=signoff, verifier=verifier, render_certificate=render_certificate)
    return signing, keystore, station, signoff, verifier, exporter


def _process_context():
    """How worker processes are started: forked when this process is a plain single-threaded
    command (``reviewer verify``: a worker is ready in milliseconds, not the second a new Python
    takes to import the program), spawned otherwise (beside Qt, libvlc or any other thread a fork
    could copy mid-lock). A forked worker never touches the connections it inherits: it opens
    its own, and leaves with ``os._exit`` as every multiprocessing child does."""
    import multiprocessing
    import threading

    if (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not any(name in sys.modules for name in ("PySide6.QtCore", "vlc"))
    ):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class SegmentRunner:
    """Verifies chain segments in worker processes (see :func:`_process_context`).

    Each process opens the library and replays the trust once, when it starts (the pool's
    initializer), and reuses them for every segment it takes.

    With ``local`` (the caller verifying a segment itself), ``workers - 1`` processes take the
    segments from the front while the caller takes from the back those no process has started:
    every core works, and the caller does not sit idle while the processes start.
    """

    def __init__(self, db_url: str, home: Path, workers: int) -> None:
        self.args = (db_url, str(home))
        self.workers = max(1, workers)

    def __call__(
        self, segments: list[Segment], *, local: Callable[[Segment], SegmentResult] | None = None
    ) -> list[SegmentResult]:
        """Verify ``segments`` in parallel; results in the same order."""
        from concurrent.futures import ProcessPoolExecutor

        if local is not None and self.workers < 2:  # no core to spare for a process
            return [local(seg) for seg in segments]
        processes = self.workers - 1 if local is not None else self.workers
        ctx = _process_context()
        results: list[SegmentResult | None] = [None] * len(segments)
        with ProcessPoolExecutor(
            max_workers=min(processes, len(segments)), mp_context=ctx, initializer=_open_worker, initargs=self.args
        ) as pool:
            futures = [pool.submit(_verify_segment, seg) for seg in segments]
            if local is not None:
                for n in reversed(range(len(segments))):
                    if futures[n].cancel():  # no process has taken it yet
                        results[n] = local(segments[n])
            return [r if r is not None else f.result() for r, f in zip(results, futures, strict=True)]


# A worker process's verifier and trust, made once by ``_open_worker`` (or what opening them
# raised, raised again by every segment the process takes, as if each had opened the library).
_worker: tuple[Any, Any] | Exception | None = None


def _open_worker(db_url: str, home: str) -> None:
    """Worker process initializer: open the library read-only-in-practice and replay the trust."""
    global _worker
    from multiprocessing.util import Finalize

    from reviewer.core.verification import Verifier
    from reviewer.security.signer import SshCrypto
    from reviewer.storage.db import Database
    from reviewer.storage.library import Library
    from reviewer.storage.signing import SigningRepository

    try:
        db = Database(db_url)
        Finalize(None, db.dispose, exitpriority=10)  # when the process ends (the pool shuts down)
        library = Library(db, Path(home))
        verifier = Verifier(repo=SigningRepository(db, library), library=library, crypto=SshCrypto(), home=Path(home))
        _worker = (verifier, verifier.trust())
    except Exception as exc:  # noqa: BLE001 - raised again by each segment: the caller sees it there
        _worker = exc


def _verify_segment(segment: Segment) -> SegmentResult:
    """Worker process: verify one segment with the process's library and trust."""
    if _worker is None:
        raise RuntimeError("segment verification outside a SegmentRunner worker process")
    if isinstance(_worker, Exception):
        raise _worker
    verifier, trust = _worker
    return verifier.verify_segment(segment, trust)


def services_for_desk(home_arg: str | None, db_arg: str | None) -> Services:
    """The desk's services; a checkpoint file lost to a crash of the last desk is written again."""
    services = build_services(home_arg, db_arg)
    try:
        restored = services.signoff.restore_checkpoint_file()
    except (OSError, ReviewerError) as exc:  # the desk still opens; `reviewer verify` will say it
        log.warning("could not restore the newest checkpoint file: %s", exc)
    else:
        if restored is not None:
            log.info("restored %s from the audit chain (the last desk stopped before writing it)", restored.name)
    return services
