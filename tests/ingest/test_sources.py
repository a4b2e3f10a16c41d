"""Byte-level helpers: sniffing, binary detection, decoding, bounded line reading."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.ingest.sources import (
    Missing,
    Truncated,
    binary_kind,
    decode,
    expand,
    format_from_name,
    iter_lines,
    open_bytes,
    peek,
    sniff,
)


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        (b'\n {"id": 1, "text": "x"}', "jsonl"),
        (b'{\n  "id": 1', "jsonl"),
        (b'[{"id": 1}]', "jsonl"),
        (b"{Reuters} Wheat prices rose", "txt"),
        (b"[Updated] Talks resume", "txt"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"<!-- c --><html><body>", "html"),
        (b"China Today (English)\n\nHeadline", "txt"),
        (b"<b>not really html</b>", "txt"),
    ],
)
def test_sniff(head: bytes, fmt: str) -> None:
    assert sniff(head) == fmt


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.4\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"PK\x03\x04rest", "zip"),
        (b"abc\x00def", "binary"),
        (bytes(range(1, 32)) * 4, "binary"),
        (b"plain text\twith tabs\r\n", None),
        ("caf\u00e9".encode("utf-16"), None),
        (b"", None),
    ],
)
def test_binary_kind(head: bytes, kind: str | None) -> None:
    assert binary_kind(head) == kind


@pytest.mark.parametrize(
    ("data", "text", "warned"),
    [
        ("na\u00efve".encode(), "na\u00efve", False),
        (b"\xef\xbb\xbfbom", "bom", False),
        (b"caf\xe9", "caf\u00e9", True),
        ("\u00fcber".encode("utf-16"), "\u00fcber", False),
    ],
)
def test_decode(data: bytes, text: str, warned: bool) -> None:
    got, warning = decode(data)
    assert got == text and (warning is not None) == warned


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.txt", "txt"), ("a.HTM", "html"), ("a.warc.gz", "warc"), ("a.jsonl.gz", "jsonl"),
     ("a.json", "jsonl"), ("a.gz", None), ("README", None)],
)
def test_format_from_name(name: str, fmt: str | None) -> None:
    assert format_from_name(name) == fmt


@given(st.lists(st.binary(max_size=40).filter(lambda b: b"\n" not in b), max_size=30),
       st.booleans())
def test_iter_lines_round_trip(lines: list[bytes], final_newline: bool) -> None:
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    got = [(n, raw) for n, raw, _ in iter_lines(io.BufferedReader(io.BytesIO(data)), 1000)]
    expected = lines if (final_newline or not lines or lines[-1]) else lines[:-1]
    assert [raw for _, raw in got] == expected
    assert [n for n, _ in got] == list(range(1, len(expected) + 1))


def test_iter_lines_bounds_long_lines() -> None:
    data = b"short\n" + b"x" * 300_000 + b"\nafter\n" + b"y" * 200_000
    got = list(iter_lines(io.BufferedReader(io.BytesIO(data)), 1000))
    assert got == [(1, b"short", 5), (2, None, 300_000), (3, b"after", 5), (4, None, 200_000)]


def test_iter_lines_truncated_gzip() -> None:
    z = gzip.compress(b"".join(b"line %d\n" % i for i in range(20000)))
    stream = gzip.GzipFile(fileobj=io.BytesIO(z[: len(z) // 2]))
    got = []
    with pytest.raises(Truncated) as info:
        for _, raw, _ in iter_lines(stream, 100):
            got.append(raw)
    assert got == [b"line %d" % i for i in range(len(got))] and len(got) > 1000
    assert info.value.lines == len(got)


def test_open_bytes_gunzips_and_peeks(tmp_path: Path) -> None:
    p = tmp_path / "x"
    p.write_bytes(gzip.compress(b"WARC/1.0\r\n"))
    with open_bytes(str(p)) as s:
        assert sniff(peek(s)) == "warc"
        assert s.read() == b"WARC/1.0\r\n"


def test_stdin_is_not_closed() -> None:
    src = io.BufferedReader(io.BytesIO(b"hello"))
    with open_bytes("-", stdin=src) as s:
        assert s.read() == b"hello"
    assert not src.closed


def test_expand(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text("x")
    (tmp_path / "d" / "a.html").write_text("x")
    (tmp_path / "d" / ".seen").write_text("x")
    got = list(expand([str(tmp_path / "d"), str(tmp_path / "nope*"), "-"]))
    assert [getattr(g, "path", None) for g in got] == [
        str(tmp_path / "d" / "a.html"), str(tmp_path / "d" / "b.txt"), str(tmp_path / "nope*"), "-",
    ]
    assert isinstance(got[2], Missing)


def test_glob_matching_a_directory_reads_its_files(tmp_path: Path) -> None:
    (tmp_path / "2024-01").mkdir()
    (tmp_path / "2024-01" / "a.txt").write_text("x")
    (tmp_path / "2024-02.txt").write_text("x")
    got = [g.path for g in expand([str(tmp_path / "2024-*")]) if not isinstance(g, Missing)]
    assert got == [str(tmp_path / "2024-01" / "a.txt"), str(tmp_path / "2024-02.txt")]
