"""Dispatch inputs to the reader of their format; bad input never stops the run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from communique.ingest import readers
from communique.ingest.problems import ReadReport
from communique.ingest.sources import (
    FORMATS,
    STREAM_ERRORS,
    InputFile,
    Missing,
    Truncated,
    binary_kind,
    expand,
    open_bytes,
    peek,
    read_bounded,
    sniff,
)
from communique.record import Article
from communique.settings import Settings

STDIN_LABEL = "<stdin>"


def read_inputs(
    inputs: list[str],
    *,
    input_format: str | None = None,
    report: ReadReport | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """Articles from every input, in order; problems go to `report`.

    `stdin` replaces the process's standard input for '-' (tests, embedding).
    """
    report = report if report is not None else ReadReport()
    settings = settings or Settings()
    if input_format is not None and input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")
    for item in expand(inputs):
        if isinstance(item, Missing):
            report.problem(item.path, None, "missing", item.message)
            continue
        for art in _read_one(item, input_format, report, settings, stdin):
            report.read += 1
            yield art


def _read_one(
    item: InputFile,
    forced: str | None,
    report: ReadReport,
    settings: Settings,
    stdin: BinaryIO | None,
) -> Iterator[Article]:
    label = STDIN_LABEL if item.path == "-" else item.path
    try:
        stream = open_bytes(item.path, stdin)
    except OSError as e:
        report.problem(label, None, "unreadable", f"cannot open ({e.strerror or e}); skipped")
        return
    with stream:
        try:
            head = peek(stream)
        except STREAM_ERRORS as e:
            report.problem(label, None, "truncated", f"damaged gzip stream ({e}); skipped")
            return
        except OSError as e:
            report.problem(label, None, "unreadable", f"read failed ({e}); skipped")
            return
        if not head:
            report.problem(label, None, "empty", "empty file; skipped")
            return
        sniffed = sniff(head)
        fmt = forced or item.format or sniffed
        # A WARC holds binary payloads after its text headers; everything else must be text.
        kind = binary_kind(head) if sniffed != "warc" else None
        if kind is not None:
            what = "binary file" if kind == "binary" else f"binary file ({kind})"
            report.problem(label, None, "binary", f"{what}, not {fmt}; skipped")
            return
        try:
            if fmt == "jsonl":
                yield from readers.read_jsonl(label, stream, report, settings)
            elif fmt == "warc":
                yield from readers.read_warc(label, stream, report, settings)
            else:
                data = _read_all(stream, label, report, settings)
                if data is None:
                    return
                if fmt == "html":
                    yield from readers.read_html(label, data, report, settings)
                else:
                    yield from readers.read_txt(label, data, report, settings)
        except OSError as e:
            report.problem(label, None, "unreadable", f"read failed ({e}); skipped")


def _read_all(
    stream: BinaryIO, path: str, report: ReadReport, settings: Settings
) -> bytes | None:
    """The whole input, or None with a message when it is too big or unreadable."""
    limit = int(settings.get("read.max_bytes", 200_000_000))
    try:
        data, more = read_bounded(stream, limit)
    except Truncated as t:
        report.problem(
            path, None, "truncated",
            f"compressed stream is damaged after {t.at_byte:,} bytes ({t}); skipped",
        )
        return None
    if more:
        report.problem(path, None, "too-large", f"over read.max_bytes ({limit:,} bytes); skipped")
        return None
    return data
