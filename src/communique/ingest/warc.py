"""WARC reader: HTTP responses with HTML bodies become Articles; other records are counted."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from communique.ingest.problems import ReadReport
from communique.ingest.sources import decode
from communique.record import Article
from communique.settings import Settings

HtmlToArticle = Callable[
    [str, str, int, str, str | None, ReadReport, Settings, str | None], Article | None
]


def iter_warc(
    path: str,
    stream: io.BufferedIOBase,
    report: ReadReport,
    settings: Settings,
    from_html: HtmlToArticle,
) -> Iterator[Article]:
    data = stream.read()
    if not data.strip():
        report.problem(path, None, "empty", "empty file; skipped")
        return
    other: Counter[str] = Counter()
    index = -1
    end = 0
    try:
        for rec in ArchiveIterator(io.BytesIO(data), parse_http=True, quirks_mode=True):
            index += 1
            end = rec.stream_pos + (rec.content_length or 0)
            rtype = rec.record_type
            if rtype != WarcRecordType.response or not rec.is_http:
                other[_type_name(rtype)] += 1
                continue
            ctype = (rec.http_content_type or "").lower()
            if ctype and "html" not in ctype:
                other[f"response {ctype}"] += 1
                continue
            body = rec.reader.read()
            html = _decode_body(body, rec.http_charset)
            url = rec.headers.get("WARC-Target-URI")
            art = from_html(path, "warc", index, html, url, report, settings, f"record {index}")
            if art is None:
                continue
            art.source.warc_date = rec.headers.get("WARC-Date")
            art.id = rec.headers.get("WARC-Record-ID") or art.id
            yield art
    except Exception as e:  # noqa: BLE001 - any parser failure ends this file only
        report.problem(path, f"record {index + 1}", "warc", f"malformed WARC record ({e}); rest of file skipped")
        return
    if index < 0:
        report.problem(path, None, "warc", "no WARC records found; skipped")
    elif end and len(data) - end > 64 and b"WARC/" in data[end:]:
        report.problem(path, f"record {index + 1}", "warc", "malformed WARC record; rest of file skipped")
    if other:
        report.skipped.update({f"warc {k}": n for k, n in other.items()})


def _type_name(rtype: object) -> str:
    name = getattr(rtype, "name", None)
    return str(name) if name else str(rtype)


def _decode_body(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body)[0]
