"""Turn command-line inputs (files, directories, globs, '-') into byte streams to read."""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

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
PEEK_BYTES = 4096

# Leading bytes of common binary formats that are never articles (checked before the
# control-character ratio, which misses formats such as PDF that are mostly high bytes).
_BINARY_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "zip"),
    (b"\x89PNG", "PNG"),
    (b"GIF8", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf", "7z"),
    (b"\x7fELF", "ELF"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"PAR1", "Parquet"),
    (b"RIFF", "RIFF"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
)


@dataclass(frozen=True)
class InputFile:
    path: str  # as the user named it, or a file found under a directory; "-" is stdin
    format: str | None  # from the extension, None when it must be sniffed


@dataclass(frozen=True)
class Missing:
    """An input that names nothing readable (no file, directory or glob match)."""

    path: str
    message: str


def format_from_name(name: str) -> str | None:
    base = name.lower()
    if base.endswith(".gz"):
        base = base[:-3]
    return _EXT.get(os.path.splitext(base)[1])


def _hidden(path: Path, root: Path) -> bool:
    """A dot-file, or a file under a dot-directory below the root the user named."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand(inputs: list[str]) -> Iterator[InputFile | Missing]:
    """Files to read, in a stable order; a Missing for inputs that match nothing."""
    for item in inputs:
        if item == "-":
            yield InputFile("-", None)
        elif os.path.isdir(item):
            found = _walk(item)
            if not found:
                yield Missing(item, "directory holds no files")
            for f in found:
                yield InputFile(f, format_from_name(f))
        elif os.path.exists(item):
            yield InputFile(item, format_from_name(item))
        else:
            # A glob: matching files, and the files under matching directories.
            files: list[str] = []
            for m in sorted(glob.glob(item, recursive=True)):
                if os.path.isfile(m):
                    files.append(m)
                elif os.path.isdir(m):
                    files.extend(_walk(m))
            if not files:
                yield Missing(item, "no such file, directory or matching glob")
            for f in dict.fromkeys(files):  # '**' can match a file twice
                yield InputFile(f, format_from_name(f))


def _walk(directory: str) -> list[str]:
    root = Path(directory)
    return sorted(str(p) for p in root.rglob("*") if p.is_file() and not _hidden(p, root))


class Truncated(Exception):
    """A compressed or streamed input ended early; what came before it was delivered."""

    def __init__(self, cause: BaseException, at_byte: int) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.at_byte = at_byte
        self.lines = 0  # complete lines delivered before the damage (line readers)


# Errors a damaged gzip stream raises part way through.
STREAM_ERRORS: tuple[type[BaseException], ...] = (EOFError, gzip.BadGzipFile, zlib.error)


def open_bytes(path: str, stdin: BinaryIO | None = None) -> BinaryIO:
    """A binary stream of the input with peek() and read1(), gunzipped when its bytes say gzip.

    Standard input is read through a buffer whose close() leaves stdin open.
    """
    raw: io.BufferedReader
    if path == "-":
        src = stdin if stdin is not None else sys.stdin.buffer
        raw = io.BufferedReader(_RawView(src), buffer_size=1 << 16)
    else:
        raw = io.BufferedReader(io.FileIO(path, "rb"), buffer_size=1 << 16)
    if raw.peek(2)[:2] == GZIP_MAGIC:
        return cast(BinaryIO, _Gunzip(raw))
    return cast(BinaryIO, raw)


class _Gunzip(gzip.GzipFile):
    """gzip.GzipFile that also closes the stream it reads from."""

    def __init__(self, under: io.BufferedReader) -> None:
        super().__init__(fileobj=under, mode="rb")
        self._under = under

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._under.close()


class _RawView(io.RawIOBase):
    """Raw reads from a stream we do not own (closing the view leaves it open)."""

    def __init__(self, src: BinaryIO) -> None:
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        read1 = getattr(self._src, "read1", None)
        data = read1(len(b)) if read1 is not None else self._src.read(len(b))
        n = len(data)
        b[:n] = data
        return n


def peek(stream: BinaryIO, n: int = PEEK_BYTES) -> bytes:
    """Some leading bytes of a stream (at most n) without consuming them."""
    fn = getattr(stream, "peek", None)
    return bytes(fn(n)[:n]) if fn is not None else b""


def read_chunks(stream: BinaryIO, size: int = 1 << 16) -> Iterator[bytes]:
    """The stream's bytes in chunks; a damaged stream raises Truncated after the good part."""
    pos = 0
    read1 = getattr(stream, "read1", stream.read)
    while True:
        try:
            chunk = read1(size)
        except STREAM_ERRORS as e:
            raise Truncated(e, pos) from e
        if not chunk:
            return
        pos += len(chunk)
        yield chunk


def read_bounded(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """Up to `limit` bytes and whether there was more (the rest is not read into memory)."""
    parts: list[bytes] = []
    got = 0
    for chunk in read_chunks(stream):
        parts.append(chunk)
        got += len(chunk)
        if got > limit:
            return b"".join(parts)[:limit], True
    return b"".join(parts), False


def iter_lines(stream: BinaryIO, max_len: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, length) of each line; bytes is None for a line over max_len.

    Memory stays bounded by max_len: an over-long line is counted, not kept. A damaged
    stream raises Truncated after every complete line before the damage was yielded.
    """
    buf = bytearray()
    lineno = 0
    skipping = 0  # > 0 while discarding the rest of an over-long line
    chunks = read_chunks(stream)
    while True:
        try:
            chunk = next(chunks, None)
        except Truncated as t:
            # The partial line at the damage is dropped: it cannot be whole.
            t.lines = lineno
            raise
        if chunk is None:
            break
        start = 0
        while True:
            nl = chunk.find(b"\n", start)
            if nl < 0:
                piece = chunk[start:]
                if skipping:
                    skipping += len(piece)
                else:
                    buf += piece
                    if len(buf) > max_len:
                        skipping = len(buf)
                        buf.clear()
                break
            piece = chunk[start:nl]
            lineno += 1
            if skipping:
                yield lineno, None, skipping + len(piece)
                skipping = 0
            elif len(buf) + len(piece) > max_len:
                yield lineno, None, len(buf) + len(piece)
                buf.clear()
            else:
                buf += piece
                yield lineno, bytes(buf), len(buf)
                buf.clear()
            start = nl + 1
    if skipping:
        yield lineno + 1, None, skipping
    elif buf:
        yield lineno + 1, bytes(buf), len(buf)


def sniff(head: bytes) -> str:
    """Guess a format from the first bytes of a stream."""
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if s.startswith(b"WARC/"):
        return "warc"
    # JSON objects open with a quoted key (or a line break when pretty-printed); text such
    # as "{Reuters} ..." does not.
    if re.match(rb"[\[{]\s*[\"{}\]]", s):
        return "jsonl"
    low = s.lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")) or (
        low.startswith(b"<") and b"<html" in head[:PEEK_BYTES].lower()
    ):
        return "html"
    return "txt"


def binary_kind(head: bytes) -> str | None:
    """A name for bytes that are not text (a known binary format, NULs, control bytes)."""
    if not head:
        return None
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if b"\x00" in head:
        # UTF-16 text has NULs too; it is still text, decode() handles its BOM.
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return None
        return "binary"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return "binary" if control / len(head) > 0.05 else None


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text."""
    return binary_kind(head) is not None


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of the bytes and a warning when they were not valid UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        where = e.start
    # Most non-UTF-8 news text is Windows-1252; it decodes any byte but five, so a
    # failure there means the bytes are something else and U+FFFD marks the damage.
    try:
        return data.decode("cp1252"), f"invalid UTF-8 at byte {where}; read as Windows-1252"
    except UnicodeDecodeError:
        return (
            data.decode("utf-8", errors="replace"),
            f"invalid UTF-8 at byte {where}; bad bytes replaced with U+FFFD",
        )
