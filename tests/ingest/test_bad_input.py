"""Bad input never stops a run: each case gets one message, a count, and good files still
come out. Run through the CLI as a user would (`communique extract ... --until clean`)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcdata import GARBAGE, TORN, archive

from communique.cli import app

GOOD_TEXT = "The minister said talks would resume next week. Both sides agreed.\n"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(app, ["extract", *args, "--until", "clean"], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, rows, result.stderr


def summary(stderr: str) -> str:
    lines = [x for x in stderr.splitlines() if "articles read" in x]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    return p


def _truncated_gzip(data: bytes) -> bytes:
    z = gzip.compress(data)
    return z[: len(z) * 2 // 3]


def _jsonl(n: int) -> bytes:
    return "".join(
        json.dumps({"id": f"r{i}", "text": f"Story {i} reports that rain fell in the north. " * 40})
        + "\n"
        for i in range(n)
    ).encode()


# (file name, bytes, expected message fragment, summary fragment)
CASES = [
    ("random.txt", bytes(range(256)) * 20, "binary file", "1 binary"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
     "binary file (PDF)", "1 binary"),
    ("story.txt.gz", _truncated_gzip(GOOD_TEXT.encode() * 3000), "damaged", "1 truncated"),
    ("empty.txt", b"", "empty file", "1 empty"),
    ("blank.txt", b"  \n\n \t\n", "no text", "1 empty"),
    ("rows.jsonl", b'{"id": "x", "text": "fine"}\n{"id": "y", "text": oops}\n',
     "line 2: malformed JSON", "1 json"),
    ("rows2.jsonl", b'{"id": "z"}\n', "line 1: record has no 'text' or 'html'", "1 no-text"),
    ("menu.html",
     b'<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
     "HTML page has no article text", "1 no-article"),
    ("bad.warc", archive() + GARBAGE, "record 5: malformed WARC record", "1 warc"),
    ("torn.warc", archive() + TORN, "record 5: malformed WARC record", "1 warc"),
]


@pytest.mark.parametrize(("name", "data", "message", "counted"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_reported_and_run_goes_on(
    tmp_path: Path, good: Path, name: str, data: bytes, message: str, counted: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    code, rows, err = run(str(bad), str(good))
    assert code == 0
    msgs = [x for x in err.splitlines() if message in x]
    assert len(msgs) == 1, err
    assert str(bad) in msgs[0]
    assert counted in summary(err)
    assert any(r["source"]["path"] == str(good) for r in rows)


def test_invalid_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\u00e9 owners in Z\u00fcrich said prices rose.\n".encode("latin-1"))
    code, rows, err = run(str(p))
    assert code == 0
    assert "invalid UTF-8 at byte 3; read as Windows-1252" in err
    assert "1 warnings (1 encoding)" in summary(err)
    assert rows[0]["text"].startswith("Caf\u00e9 owners in Z\u00fcrich")


def test_invalid_utf8_in_jsonl_line(tmp_path: Path) -> None:
    p = tmp_path / "rows.jsonl"
    p.write_bytes(b'{"id": "a", "text": "Na\xefve text here."}\n{"id": "b", "text": "ok"}\n')
    code, rows, err = run(str(p))
    assert code == 0 and [r["id"] for r in rows] == ["a", "b"]
    assert "line 1: invalid UTF-8" in err
    assert rows[0]["text"] == "Na\u00efve text here."


def test_truncated_jsonl_gz_keeps_lines_before_damage(tmp_path: Path) -> None:
    p = tmp_path / "rows.jsonl.gz"
    p.write_bytes(_truncated_gzip(_jsonl(300)))
    code, rows, err = run(str(p))
    assert code == 0
    assert len(rows) > 100
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(len(rows))]
    assert "compressed stream is damaged" in err and f"kept the {len(rows)} lines" in err
    assert "1 truncated" in summary(err)


@pytest.mark.parametrize("name", ["huge.txt", "huge.jsonl"])
def test_50mb_single_line_is_fast_and_skipped(tmp_path: Path, good: Path, name: str) -> None:
    p = tmp_path / name
    with open(p, "wb") as f:
        if name.endswith(".jsonl"):
            f.write(b'{"id": "big", "text": "')
        chunk = b"word " * 200_000
        for _ in range(50):
            f.write(chunk)
        if name.endswith(".jsonl"):
            f.write(b'"}')
    assert p.stat().st_size >= 50_000_000
    t = time.perf_counter()
    code, rows, err = run(str(p), str(good))
    assert time.perf_counter() - t < 20
    assert code == 0 and len(rows) == 1
    assert len([x for x in err.splitlines() if str(p) in x]) == 1
    assert "1 too-long" in summary(err)


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, rows, err = run(str(tmp_path / "empty.txt"), str(tmp_path / "nope-*.txt"))
    assert code != 0 and rows == []
    assert "no such file, directory or matching glob" in err
    assert "0 articles read; 2 skipped (1 empty, 1 missing)" in summary(err)


def test_flood_of_bad_lines_is_capped(tmp_path: Path) -> None:
    p = tmp_path / "junk.jsonl"
    p.write_bytes(b'{"id": "ok", "text": "Good line."}\n' + b"{broken\n" * 500)
    code, rows, err = run(str(p))
    assert code == 0 and len(rows) == 1
    assert len(err.splitlines()) < 30
    assert "480 more bad records not shown" in err
    assert "500 json" in summary(err)


def test_stdin_plain_and_gzip() -> None:
    code, rows, err = run("-", stdin=GOOD_TEXT.encode())
    assert code == 0 and rows[0]["source"]["path"] == "<stdin>"
    assert rows[0]["source"]["format"] == "txt"
    code, rows, err = run("-", stdin=gzip.compress(_jsonl(3)))
    assert code == 0 and [r["id"] for r in rows] == ["r0", "r1", "r2"]


def test_input_format_overrides_detection(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text("<html><body><article><p>" + "A real sentence of the story. " * 20
                 + "</p></article></body></html>", encoding="utf-8")
    _, rows, _ = run(str(p))
    assert rows[0]["source"]["format"] == "txt" and "<p>" in rows[0]["text"]
    _, rows, _ = run(str(p), "--input-format", "html")
    assert rows[0]["source"]["format"] == "html" and "<p>" not in rows[0]["text"]


def test_directory_glob_and_gz(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / ".hidden").mkdir()
    (d / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (d / "sub" / "b.txt.gz").write_bytes(gzip.compress(GOOD_TEXT.encode()))
    (d / ".hidden" / "c.txt").write_text(GOOD_TEXT, encoding="utf-8")
    rows_json = [{"id": "j1", "text": "One."}, {"id": "j2", "text": "Two."}]
    (d / "rows.json").write_text(json.dumps(rows_json))
    _, rows, err = run(str(d))
    assert sorted(r["id"] for r in rows) == sorted(
        ["j1", "j2", f"{d / 'a.txt'}#0", f"{d / 'sub' / 'b.txt.gz'}#0"]
    ), err
    _, rows, _ = run(str(tmp_path / "in" / "**" / "*.gz"))
    assert [r["source"]["path"] for r in rows] == [str(d / "sub" / "b.txt.gz")]


def test_warc_other_records_counted(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(gzip.compress(archive()))
    code, rows, err = run(str(p))
    assert code == 0 and len(rows) == 2
    s = summary(err)
    assert "2 articles read" in s
    assert "1 warc non-HTML response" in s and "1 warc request" in s and "1 warc warcinfo" in s
