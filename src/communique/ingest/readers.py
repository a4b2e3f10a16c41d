"""One reader per format; each turns the bytes of one input into Articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from communique.ingest.html import decode_html, extract_html
from communique.ingest.layout import detect_header
from communique.ingest.problems import ReadReport
from communique.ingest.sources import (
    Truncated,
    decode,
    iter_lines,
    looks_binary,
    peek,
    read_bounded,
)
from communique.record import Article, Source
from communique.settings import Settings

# Per-record messages of one file stop after this many; the rest are counted and summed up
# in one closing message, so a file of garbage cannot flood standard error.
MAX_MESSAGES_PER_FILE = 20


def _stable_id(path: str, index: int) -> str:
    return f"{path}#{index}"


def _max_chars(settings: Settings) -> int:
    return int(settings.get("read.max_chars", 2_000_000))


class _FileMessages:
    """Per-file limiter in front of ReadReport.problem."""

    def __init__(self, path: str, report: ReadReport) -> None:
        self.path = path
        self.report = report
        self.shown = 0
        self.hidden = 0

    def problem(self, record: str | None, reason: str, message: str) -> None:
        if self.shown < MAX_MESSAGES_PER_FILE:
            self.shown += 1
            self.report.problem(self.path, record, reason, message)
        else:
            self.hidden += 1
            self.report.count(reason)

    def close(self) -> None:
        if self.hidden:
            self.report.warn(
                self.path, None, "messages",
                f"{self.hidden:,} more bad records not shown (counted in the summary)",
            )


def read_txt(path: str, data: bytes, report: ReadReport, settings: Settings) -> Iterator[Article]:
    if looks_binary(data[:8192]):
        report.problem(path, None, "binary", "binary file, not text; skipped")
        return
    text, warning = decode(data)
    if not text.strip():
        report.problem(path, None, "empty", "no text in file; skipped")
        return
    if len(text) > _max_chars(settings):
        report.problem(
            path, None, "too-long",
            f"{len(text):,} characters in one article is over read.max_chars; skipped",
        )
        return
    if warning:
        report.warn(path, None, "encoding", warning)
    art = Article(id=_stable_id(path, 0), raw_text=text, source=Source(path, "txt", 0))
    header = detect_header(text)
    for h in header:
        if h.role == "publication":
            art.publication = h.text.strip()
        else:
            art.headline = h.text.strip()
    art.meta["header"] = [(h.start, h.end, h.role) for h in header]
    if warning:
        art.warnings.append(warning)
    yield art


def article_from_html(
    path: str, fmt: str, index: int, html: str, url: str | None,
    report: ReadReport, settings: Settings, record: str | None,
) -> Article | None:
    """An Article of the page's main text, or None (with a message) when it has none."""
    if len(html) > int(settings.get("read.max_html_chars", 20_000_000)):
        report.problem(path, record, "too-long", f"HTML of {len(html):,} characters; skipped")
        return None
    try:
        got = extract_html(html, url=url, settings=settings)
    except Exception as e:  # noqa: BLE001 - a parser crash on one page ends that page only
        report.problem(path, record, "html", f"HTML could not be parsed ({e}); skipped")
        return None
    if got is None or not got.text.strip():
        report.problem(path, record, "no-article", "HTML page has no article text; skipped")
        return None
    text = got.text
    if len(text) > _max_chars(settings):
        report.problem(path, record, "too-long", f"article of {len(text):,} characters; skipped")
        return None
    art = Article(
        id=_stable_id(path, index),
        raw_text=text,
        source=Source(path, fmt, index, got.url or url),
        publication=got.sitename,
        headline=got.title,
        published=got.date,
        author=got.author,
    )
    art.meta["header"] = _headline_block(text, got.title)
    art.meta["boilerplate_removed"] = True  # cleaning skips its repeated-line heuristic
    if got.fallback:
        art.warnings.append(f"main text from the {got.fallback} fallback extractor")
    return art


def _norm_title(s: str) -> str:
    return " ".join(s.split()).casefold().strip(" .:")


def _headline_block(text: str, title: str | None) -> list[tuple[int, int, str]]:
    """The page's headline when the main text opens with it: a header line, as in the
    print layout, so cleaning drops it from the body (it stays in `headline`)."""
    if not title:
        return []
    end = text.find("\n\n")
    if end < 0:
        return []
    if _norm_title(text[:end]) == _norm_title(title):
        return [(0, end, "headline")]
    return []


def read_html(path: str, data: bytes, report: ReadReport, settings: Settings) -> Iterator[Article]:
    if looks_binary(data[:8192]):
        report.problem(path, None, "binary", "binary file, not HTML; skipped")
        return
    html, warning = decode_html(data)
    if not html.strip():
        report.problem(path, None, "empty", "no text in file; skipped")
        return
    art = article_from_html(path, "html", 0, html, None, report, settings, None)
    if art is not None:
        if warning:
            report.warn(path, None, "encoding", warning)
        yield art


def _clean_date(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 4:
        return None
    from communique.extract.dates import normalise_date

    try:
        return normalise_date(value)
    except (ValueError, OverflowError):
        return None


def read_jsonl(
    path: str, stream: BinaryIO, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    """One article per JSON line; also a JSON array of objects, or one pretty-printed object."""
    msgs = _FileMessages(path, report)
    try:
        yield from _jsonl_rows(path, stream, report, settings, msgs)
    finally:
        msgs.close()


def _jsonl_rows(
    path: str, stream: BinaryIO, report: ReadReport, settings: Settings, msgs: _FileMessages
) -> Iterator[Article]:
    max_chars = _max_chars(settings)
    # A line may hold HTML or JSON escapes: allow several times the text limit in bytes.
    max_line = max(max_chars * 4, int(settings.get("read.max_html_chars", 20_000_000)))
    head = peek(stream).lstrip()
    if head.startswith(b"["):
        try:
            data, more = read_bounded(stream, max_line)
        except Truncated as t:
            report.problem(path, None, "truncated", f"compressed stream is damaged ({t}); skipped")
            return
        if more:
            report.problem(
                path, None, "too-long", f"JSON document over {max_line:,} bytes; skipped"
            )
            return
        yield from _json_document(path, data, report, settings, msgs)
        return
    seen_any = False
    bad_utf8: list[int] = []
    lines = iter_lines(stream, max_line)
    try:
        for lineno, raw, length in lines:
            where = f"line {lineno}"
            if raw is None:
                seen_any = True
                msgs.problem(where, "too-long", f"{length:,} bytes on one line; skipped")
                continue
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                bad_utf8.append(lineno)
                line = decode(raw)[0]
            if not seen_any and line.strip() == "{":
                # Not JSON lines: one object printed over several lines.
                parts = [raw]
                for _, more_raw, _ in lines:
                    if more_raw is None or sum(map(len, parts)) > max_line:
                        report.problem(path, None, "too-long", "JSON document too long; skipped")
                        return
                    parts.append(more_raw)
                yield from _json_document(path, b"\n".join(parts), report, settings, msgs)
                return
            seen_any = True
            art = _row_article(path, lineno - 1, where, line, report, settings, msgs)
            if art is not None:
                if lineno in bad_utf8[-1:]:
                    art.warnings.append("invalid UTF-8 on this line; read as Windows-1252")
                yield art
    except Truncated as t:
        msgs.problem(
            f"after line {t.lines}", "truncated",
            f"compressed stream is damaged ({t}); kept the {t.lines:,} lines before it",
        )
        return
    finally:
        if bad_utf8:
            others = f" (and {len(bad_utf8) - 1:,} more lines)" if len(bad_utf8) > 1 else ""
            report.warn(
                path, f"line {bad_utf8[0]}", "encoding",
                f"invalid UTF-8{others}; read as Windows-1252",
            )
    if not seen_any:
        report.problem(path, None, "empty", "no JSON lines in file; skipped")


def _json_document(
    path: str, data: bytes, report: ReadReport, settings: Settings, msgs: _FileMessages
) -> Iterator[Article]:
    """A whole-file JSON value: an array of article objects or a single object."""
    try:
        value = json.loads(decode(data)[0])
    except json.JSONDecodeError as e:
        report.problem(path, f"line {e.lineno}", "json", f"malformed JSON ({e.msg}); skipped")
        return
    rows = value if isinstance(value, list) else [value]
    for i, row in enumerate(rows):
        where = f"item {i}" if isinstance(value, list) else None
        art = _row_article(path, i, where, row, report, settings, msgs)
        if art is not None:
            yield art


def _row_article(
    path: str, index: int, where: str | None, line: str | Any,
    report: ReadReport, settings: Settings, msgs: _FileMessages,
) -> Article | None:
    """The Article of one JSON record (a line's text, or an already parsed value)."""
    if isinstance(line, str):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            msgs.problem(where, "json", f"malformed JSON ({e.msg} at column {e.colno}); skipped")
            return None
    else:
        row = line
    if not isinstance(row, dict):
        msgs.problem(where, "json", "JSON value is not an object; skipped")
        return None
    max_chars = _max_chars(settings)
    rid = row.get("id")
    rid_s = str(rid) if rid is not None and str(rid) != "" else _stable_id(path, index)
    url = row.get("url") if isinstance(row.get("url"), str) else None
    text, html = row.get("text"), row.get("html")
    art: Article | None
    if isinstance(text, str) and text.strip():
        if len(text) > max_chars:
            msgs.problem(where, "too-long", f"text of {len(text):,} characters; skipped")
            return None
        art = Article(id=rid_s, raw_text=text, source=Source(path, "jsonl", index, url))
        art.meta["header"] = []  # a JSON line's text is body text: nothing is stripped
    elif isinstance(html, str) and html.strip():
        art = article_from_html(path, "jsonl", index, html, url, report, settings, where)
        if art is None:
            return None
        art.id = rid_s
    else:
        msgs.problem(where, "no-text", "record has no 'text' or 'html'; skipped")
        return None
    if isinstance(row.get("title"), str) and row["title"].strip():
        art.headline = row["title"].strip()
    if isinstance(row.get("publication"), str) and row["publication"].strip():
        art.publication = row["publication"].strip()
    if isinstance(row.get("author"), str) and row["author"].strip():
        art.author = row["author"].strip()
    date = _clean_date(row.get("date"))
    if date:
        art.published = date
    return art


def read_warc(
    path: str, stream: BinaryIO, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    from communique.ingest.warc import iter_warc

    yield from iter_warc(path, stream, report, settings, article_from_html)
