"""WARC reader: HTTP responses with HTML bodies become Articles; other records are counted.

The archive is streamed record by record (fastwarc), so its size does not bound memory;
only one record's payload is held at a time.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from communique.ingest.html import decode_html
from communique.ingest.problems import ReadReport
from communique.ingest.sources import STREAM_ERRORS
from communique.record import Article
from communique.settings import Settings

HtmlToArticle = Callable[
    [str, str, int, str, str | None, ReadReport, Settings, str | None], Article | None
]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


def iter_warc(
    path: str,
    stream: BinaryIO,
    report: ReadReport,
    settings: Settings,
    from_html: HtmlToArticle,
) -> Iterator[Article]:
    max_bytes = int(settings.get("read.max_html_chars", 20_000_000))
    other: Counter[str] = Counter()
    index = -1
    try:
        # quirks_mode off: a damaged header raises instead of being read as garbage.
        records = ArchiveIterator(
            _ShortReads(stream), parse_http=True, quirks_mode=False, auto_decode="all"
        )
        for rec in records:
            index += 1
            where = f"record {index}"
            rtype = rec.record_type
            if rtype == WarcRecordType.unknown:
                report.problem(
                    path, where, "warc",
                    f"malformed WARC record (WARC-Type {rec.headers.get('WARC-Type')!r}); skipped",
                )
                continue
            if rtype != WarcRecordType.response:
                other[f"warc {_type_name(rtype)}"] += 1
                continue
            if not rec.is_http:
                other["warc non-HTTP response"] += 1
                continue
            ctype = (rec.http_content_type or "").split(";")[0].strip().lower()
            if ctype and ctype not in _HTML_TYPES:
                other["warc non-HTML response"] += 1
                continue
            # A decoded body (chunked, gzip) differs in length from the record's payload,
            # so only a plain one can be checked against Content-Length for truncation.
            http = rec.http_headers
            encoded = http is not None and (
                http.get("Transfer-Encoding") or http.get("Content-Encoding")
            )
            expected = None if encoded else rec.content_length
            body = rec.reader.read(max_bytes + 1)
            if len(body) > max_bytes:
                report.problem(
                    path, where, "too-long", f"payload over {max_bytes:,} bytes; skipped"
                )
                continue
            if expected is not None and len(body) < expected:
                report.problem(
                    path, where, "warc",
                    f"malformed WARC record: payload has {len(body):,} of {expected:,} bytes; "
                    "skipped",
                )
                continue
            html = decode_html(body, rec.http_charset)[0]
            url = rec.headers.get("WARC-Target-URI")
            art = from_html(path, "warc", index, html, url, report, settings, where)
            if art is None:
                continue
            art.source.warc_date = rec.headers.get("WARC-Date")
            rid = rec.headers.get("WARC-Record-ID")
            if rid:
                art.id = rid.strip("<>")
            yield art
        if index < 0:
            report.problem(path, None, "warc", "no WARC records found; skipped")
    except STREAM_ERRORS as e:
        report.problem(
            path, f"record {index + 1}", "truncated",
            f"compressed stream is damaged ({e}); kept the {index + 1} records before it",
        )
    except (OSError, ValueError) as e:
        report.problem(
            path, f"record {index + 1}", "warc",
            f"malformed WARC record ({e}); rest of file skipped",
        )
    except BaseException as e:  # fastwarc's Rust panics are BaseException, not Exception
        if isinstance(e, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        report.problem(
            path, f"record {index + 1}", "warc",
            f"WARC reader failed ({type(e).__name__}: {e}); rest of file skipped",
        )
    finally:
        for reason, n in sorted(other.items()):
            report.count(reason, n)


class _ShortReads:
    """read(n) as read1(n): a damaged gzip stream then hands over every byte it decoded
    before raising, instead of losing the last partial block with the error."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._read1 = getattr(stream, "read1", stream.read)
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        data = bytes(self._read1(n if n and n > 0 else 1 << 16))
        self._pos += len(data)
        return data

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        raise io.UnsupportedOperation("a stream read once, front to back")

    def close(self) -> None:
        pass  # the caller owns the stream


def _type_name(rtype: object) -> str:
    name = getattr(rtype, "name", None)
    return str(name) if name else str(rtype)
