"""The monthly report: PDF (and HTML) in Vietnamese and English, with its charts and sources.

The PDF is laid out by Qt, so the command runs in a child process (as the export test does)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta, timezone

import pytest

from reviewer.config import Settings
from reviewer.core.stats.values import station_zone
from tests.signoff_support import run_cli_subprocess
from tests.stats_support import build_template_home, copy_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template_home(tmp_path_factory.mktemp("stats-template"))


@pytest.fixture
def stats_home(home, template):
    copy_template(template[0], home)
    return template[1]


def _station_month() -> str:
    """This month in the station's zone (UTC+7), as the report counts it: in the first hours of a
    station month the UTC month is still the previous one, which holds none of this library's
    decisions."""
    return datetime.now(timezone.utc).astimezone(station_zone(Settings().stats_timezone)).strftime("%Y-%m")


def _pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_monthly_report_in_vietnamese_lists_decisions_numbers_and_sources(stats_home, home, tmp_path):
    month = _station_month()
    out = tmp_path / "bao-cao.pdf"
    r = run_cli_subprocess(home, "stats", "report", "--month", month, "--out", str(out), "--html")
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(b"%PDF") and out.with_suffix(".html").is_file()
    text = _pdf_text(out)
    for words in (
        "Báo cáo tháng",
        "1. Kiểm duyệt",
        "2. Đăng phát",
        "3. Hiệu quả",
        "4. Công chúng",
        "5. Nguồn dữ liệu",
        "Số liệu chưa được kiểm chứng",
        "Clip có lượt tiếp cận cao nhất",
        "facebook-posts.csv",
        "Audience.csv",
        "Lễ hội hoa xuân phố cổ chuẩn bị khai mạc",
    ):
        assert words in text, words
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") >= 3  # the charts travel inside the HTML
    assert "Phê duyệt" in html and "Tỷ lệ tương tác" in html


def test_monthly_report_in_english_and_bad_arguments(stats_home, home, tmp_path):
    month = _station_month()
    out = tmp_path / "report.pdf"
    r = run_cli_subprocess(home, "stats", "report", "--month", month, "--out", str(out), "--lang", "en")
    assert r.code == 0, r.err
    text = _pdf_text(out)
    assert "Monthly report" in text and "Data sources" in text and "Engagement rate" in text
    bad = run_cli_subprocess(home, "stats", "report", "--month", "2026-13", "--out", str(out))
    assert bad.code == 2 and "month '2026-13' is not YYYY-MM" in bad.err
    bad = run_cli_subprocess(home, "stats", "report", "--month", month, "--out", str(tmp_path / "x.docx"))
    assert bad.code == 2 and "must name a .pdf" in bad.err


def test_decision_records_are_read_only_for_the_period_asked(stats_home, home):
    """The review numbers of a month read the records (reason, failed items) of that month's
    decisions only; every decision still comes with its times."""
    from reviewer.services import build_services

    services = build_services(str(home), None)
    try:
        repo = services.stats.repo
        every = repo.decision_facts()
        assert any(d.reason for d in every) and any(d.failed_items for d in every)
        assert all(d.signed_at.tzinfo is not None and d.version_ingested_at is not None for d in every)
        bare = repo.decision_facts(details=None)
        assert [(d.clip_id, d.version, d.kind, d.signed_at, d.version_ingested_at) for d in bare] == [
            (d.clip_id, d.version, d.kind, d.signed_at, d.version_ingested_at) for d in every
        ]
        assert not any(d.reason or d.failed_items for d in bare)
        first = min(d.signed_at for d in every if d.reason)
        later = repo.decision_facts(details=(first + timedelta(microseconds=1), None))
        assert [d.reason for d in later if d.signed_at == first] == [""]
        assert [d.reason for d in later if d.signed_at > first] == [d.reason for d in every if d.signed_at > first]
    finally:
        services.close()
