"""What :class:`~reviewer.core.stats.service.StatsService` needs from the parts handed in.

Core never imports storage (the layer rules), so the service is typed against these protocols;
``reviewer.storage.stats.StatsRepository``, ``reviewer.storage.library.Library`` and
``reviewer.core.verification.Verifier`` satisfy them (mypy checks it where the composition root
builds the service).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable, Protocol

from reviewer.core.model import Clip
from reviewer.core.stats.grouped import ClipTopicColumns, SummaryColumns
from reviewer.core.stats.model import (
    AudienceItem,
    ClipFacts,
    DecisionFact,
    MetricRow,
    ParsedExport,
    Publication,
    PublicationFact,
    SeriesPoint,
    StatFile,
)
from reviewer.core.verification import ApprovalState

__all__ = ["StatsStore", "ClipLibrary", "ApprovalVerifier"]


class StatsStore(Protocol):
    """Publications, imported export files and the numbers read from them."""

    def publications(self, clip_id: str | None = None) -> list[Publication]:
        """As ``StatsRepository.publications``."""

    def publication_facts(self) -> list[PublicationFact]:
        """As ``StatsRepository.publication_facts``."""

    def approved_clip_ids(self) -> list[str]:
        """As ``StatsRepository.approved_clip_ids``."""

    def publication_keys(self) -> list[tuple[int, str, str, str | None, str, datetime]]:
        """As ``StatsRepository.publication_keys``."""

    def first_publications(self) -> dict[tuple[str, str], datetime]:
        """As ``StatsRepository.first_publications``."""

    def clip_ids(self) -> list[str]:
        """As ``StatsRepository.clip_ids``."""

    def effect_rows(self) -> list[tuple[Any, ...]]:
        """As ``StatsRepository.effect_rows``."""

    def summary_columns(
        self, *, start: datetime | None, end: datetime | None, with_titles: bool = False
    ) -> SummaryColumns:
        """As ``StatsRepository.summary_columns``."""

    def clip_topic_columns(self) -> ClipTopicColumns:
        """As ``StatsRepository.clip_topic_columns``."""

    def find_publication(self, platform: str, post_id: str | None, url_key: str) -> Publication | None:
        """As ``StatsRepository.find_publication``."""

    def add_publication(
        self,
        *,
        clip_id: str,
        version: int,
        version_sha256: str,
        platform: str,
        url: str,
        url_key: str,
        post_id: str | None,
        published_at: datetime,
        approval_sha256: str,
        actor: str,
    ) -> tuple[Publication, int]:
        """As ``StatsRepository.add_publication``."""

    def file_by_sha(self, sha256: str) -> StatFile | None:
        """As ``StatsRepository.file_by_sha``."""

    def files(self) -> list[StatFile]:
        """As ``StatsRepository.files``."""

    def store_import(
        self,
        *,
        sha256: str,
        file_name: str,
        parsed: ParsedExport,
        exported_at: datetime,
        actor: str,
        matches: dict[int, tuple[str, int | None, str]] | None = None,
    ) -> StatFile | None:
        """As ``StatsRepository.store_import``."""

    def metric_rows(self, clip_ids: Iterable[str] | None = None) -> list[MetricRow]:
        """As ``StatsRepository.metric_rows``."""

    def unmatched_rows(self, *, platform: str | None = None, limit: int | None = None) -> list[MetricRow]:
        """As ``StatsRepository.unmatched_rows``."""

    def match_row(self, row_ref: int, clip_id: str, actor: str) -> int:
        """As ``StatsRepository.match_row``."""

    def series(self, *, platform: str | None = None) -> list[tuple[str, SeriesPoint]]:
        """As ``StatsRepository.series``."""

    def audience(self, *, platform: str | None = None) -> list[tuple[str, StatFile, AudienceItem]]:
        """As ``StatsRepository.audience``."""

    def clip_facts(self, *, with_post_text: bool = True) -> list[ClipFacts]:
        """As ``StatsRepository.clip_facts``."""

    def decision_facts(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        details: tuple[datetime | None, datetime | None] | None = (None, None),
    ) -> list[DecisionFact]:
        """As ``StatsRepository.decision_facts``."""

    def first_version_ingested(self) -> dict[str, datetime]:
        """As ``StatsRepository.first_version_ingested``."""


class ClipLibrary(Protocol):
    """The clips: resolving a reference, one clip, which clip a version's bytes belong to."""

    def resolve_clip_id(self, ref: str) -> str:
        """As ``Library.resolve_clip_id``."""

    def clip(self, clip_id: str) -> Clip:
        """As ``Library.clip``."""

    def version_by_sha(self, sha256: str) -> tuple[str, int] | None:
        """As ``Library.version_by_sha``."""


class ApprovalVerifier(Protocol):
    """Whether a clip's approval (and its other decisions) verify."""

    def approval_state(self, clip_ref: str, *, check_files: bool = True) -> ApprovalState:
        """As ``Verifier.approval_state``."""

    def signoff_states(self, clip_ref: str, *, check_files: bool = True) -> list[ApprovalState]:
        """As ``Verifier.signoff_states``."""
