"""WARC reader on a hand-made archive: responses become articles, the rest is counted."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from warcdata import ARTICLE_A, GARBAGE, TORN, archive, record

from communique.ingest import ReadReport, read_inputs


@pytest.mark.parametrize("compress", [False, True])
def test_responses_keep_target_uri_and_warc_date(tmp_path: Path, compress: bool) -> None:
    data = archive()
    p = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    p.write_bytes(gzip.compress(data) if compress else data)
    report = ReadReport(stream=None)
    arts = list(read_inputs([str(p)], report=report))
    assert [a.source.url for a in arts] == [
        "https://news.example.org/geneva", "https://news.example.org/harvest",
    ]
    assert [a.source.warc_date for a in arts] == ["2024-03-01T10:00:02Z", "2024-03-02T11:30:00Z"]
    assert [a.source.index for a in arts] == [2, 3]
    assert all(a.source.format == "warc" and a.source.path == str(p) for a in arts)
    assert arts[0].id == "urn:uuid:00000000-0000-0000-0000-000000000003"
    assert arts[0].headline == "Ministers meet in Geneva"
    assert "talks went on for hours" in arts[0].raw_text
    assert report.read == 2 and not report.problems
    assert report.skipped == {
        "warc warcinfo": 1, "warc request": 1, "warc non-HTML response": 1,
    }


@pytest.mark.parametrize("tail", [GARBAGE, TORN], ids=["garbage", "torn"])
def test_malformed_record_is_reported_and_earlier_records_kept(tmp_path: Path, tail: bytes) -> None:
    p = tmp_path / "bad.warc"
    p.write_bytes(archive() + tail)
    report = ReadReport(stream=None)
    arts = list(read_inputs([str(p)], report=report))
    assert len(arts) == 2
    [problem] = report.problems
    assert problem.record == "record 5" and "malformed WARC record" in problem.message


def test_sniffed_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "crawl-0001"
    p.write_bytes(gzip.compress(archive()))
    assert len(list(read_inputs([str(p)], report=ReadReport(stream=None)))) == 2


def test_truncated_warc_gz_keeps_records_before_damage(tmp_path: Path) -> None:
    z = gzip.compress(archive() * 3)
    p = tmp_path / "cut.warc.gz"
    p.write_bytes(z[: len(z) * 3 // 4])
    report = ReadReport(stream=None)
    arts = list(read_inputs([str(p)], report=report))
    assert len(arts) >= 1
    assert report.skipped["truncated"] == 1
    assert "kept the" in report.problems[-1].message


def test_chunked_and_gzip_bodies_are_decoded(tmp_path: Path) -> None:
    body = ARTICLE_A.encode()
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + 100]), body[i : i + 100])
        for i in range(0, len(body), 100)
    ) + b"0\r\n\r\n"
    gz = gzip.compress(body)
    blocks = [
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunked,
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        + b"Content-Length: %d\r\n\r\n" % len(gz) + gz,
    ]
    headers = {"WARC-Target-URI": "https://x.example/", "WARC-Date": "2024-01-01T00:00:00Z",
               "Content-Type": "application/http; msgtype=response"}
    p = tmp_path / "enc.warc"
    p.write_bytes(b"".join(record("response", headers, b) for b in blocks))
    report = ReadReport(stream=None)
    arts = list(read_inputs([str(p)], report=report))
    assert len(arts) == 2 and not report.problems
    assert all("talks went on for hours" in a.raw_text for a in arts)
