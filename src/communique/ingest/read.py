"""Dispatch inputs to the reader of their format; bad input never stops the run."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator

from communique.ingest import readers
from communique.ingest.problems import ReadReport
from communique.ingest.sources import FORMATS, InputFile, expand, open_bytes, sniff
from communique.record import Article
from communique.settings import Settings


def read_inputs(
    inputs: list[str],
    *,
    input_format: str | None = None,
    report: ReadReport | None = None,
    settings: Settings | None = None,
) -> Iterator[Article]:
    """Articles from every input, in order; problems go to `report`."""
    report = report if report is not None else ReadReport()
    settings = settings or Settings()
    if input_format is not None and input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")
    for item in expand(inputs):
        if isinstance(item, str):
            report.problem(item.split(":")[0], None, "missing", item.split(": ", 1)[1])
            continue
        for art in _read_one(item, input_format, report, settings):
            report.read += 1
            yield art


def _read_one(
    item: InputFile, forced: str | None, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    path = item.path
    try:
        stream = open_bytes(path)
    except OSError as e:
        report.problem(path, None, "unreadable", f"cannot open ({e.strerror or e})")
        return
    with stream:
        fmt = forced or item.format
        try:
            if fmt is None:
                head = _peek(stream)
                fmt = sniff(head)
            if fmt == "jsonl":
                yield from readers.read_jsonl(path, stream, report, settings)
            elif fmt == "warc":
                yield from readers.read_warc(path, stream, report, settings)
            else:
                data = _read_all(stream, path, report, settings)
                if data is None:
                    return
                if fmt == "html":
                    yield from readers.read_html(path, data, report, settings)
                else:
                    yield from readers.read_txt(path, data, report, settings)
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            report.problem(path, None, "truncated", f"compressed stream is damaged ({e}); skipped")
        except OSError as e:
            report.problem(path, None, "unreadable", f"read failed ({e}); skipped")


def _peek(stream: io.BufferedIOBase) -> bytes:
    if isinstance(stream, io.BufferedReader):
        return stream.peek(4096)[:4096]
    if isinstance(stream, gzip.GzipFile):
        return stream.peek(4096)[:4096]
    return b""


def _read_all(
    stream: io.BufferedIOBase, path: str, report: ReadReport, settings: Settings
) -> bytes | None:
    limit = int(settings.get("read.max_bytes", 200_000_000))
    data = stream.read(limit + 1)
    if len(data) > limit:
        report.problem(path, None, "too-large", f"over read.max_bytes ({limit:,} bytes); skipped")
        return None
    return data
