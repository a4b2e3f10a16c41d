"""Turn command-line inputs (files, directories, globs, '-') into byte streams to read."""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("txt", "html", "warc", "jsonl")
_EXT = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".arc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
}
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class InputFile:
    path: str  # as the user named it, or a file found under a directory; "-" is stdin
    format: str | None  # from the extension, None when it must be sniffed


def format_from_name(name: str) -> str | None:
    base = name.lower()
    if base.endswith(".gz"):
        base = base[:-3]
    return _EXT.get(os.path.splitext(base)[1])


def expand(inputs: list[str]) -> Iterator[InputFile | str]:
    """Files to read, in a stable order; yields a str message for inputs that match nothing."""
    for item in inputs:
        if item == "-":
            yield InputFile("-", None)
        elif os.path.isdir(item):
            found = sorted(
                str(p)
                for p in Path(item).rglob("*")
                if p.is_file() and not p.name.startswith(".")
            )
            for f in found:
                yield InputFile(f, format_from_name(f))
        elif os.path.exists(item):
            yield InputFile(item, format_from_name(item))
        else:
            matches = sorted(glob.glob(item, recursive=True))
            files = [m for m in matches if os.path.isfile(m)]
            if not files:
                yield f"{item}: no such file, directory or matching glob"
            for f in files:
                yield InputFile(f, format_from_name(f))


def open_bytes(path: str) -> io.BufferedIOBase:
    """A binary stream of the input, gunzipped when its bytes say gzip."""
    raw: io.BufferedIOBase
    if path == "-":
        raw = io.BufferedReader(sys.stdin.buffer)  # type: ignore[arg-type]
    else:
        raw = open(path, "rb")  # noqa: SIM115 - caller closes
    head = raw.peek(2)[:2] if isinstance(raw, io.BufferedReader) else b""
    if head == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def sniff(head: bytes) -> str:
    """Guess a format from the first bytes of a stream."""
    s = head.lstrip()[:64]
    if s.startswith(b"WARC/"):
        return "warc"
    if s.startswith(b"{"):
        return "jsonl"
    low = s.lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")) or (
        low.startswith(b"<") and b"<html" in head[:4096].lower()
    ):
        return "html"
    return "txt"


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text: NULs, or many control characters."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of the bytes and a warning when they were not valid UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        where = e.start
    try:
        return data.decode("cp1252"), f"invalid UTF-8 at byte {where}; read as Windows-1252"
    except UnicodeDecodeError:
        return (
            data.decode("utf-8", errors="replace"),
            f"invalid UTF-8 at byte {where}; bad bytes replaced with U+FFFD",
        )
