#!/usr/bin/env python3
"""Rebuild samples/warc/06-crawl.warc.gz from the pages in samples/warc-src/.

Writes a warcinfo record, then for each page a request record and a response record with
an HTTP header and the HTML body, each record gzipped on its own as crawlers do.
"""

import gzip
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ("06-ceasefire.html", "https://lakespost.example/africa/2025/05/20/goma-truce", "2025-05-20T10:02:11Z"),
    ("07-arms-deal.html", "https://pacificdaily.example/asia/2025/07/08/japan-philippines-pact", "2025-07-08T06:40:55Z"),
]


def record(kind: str, date: str, block: bytes, uri: str | None = None, ctype: str = "") -> bytes:
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + (uri or '') + date)}>",
        f"WARC-Date: {date}",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    if ctype:
        head.append(f"Content-Type: {ctype}")
    head.append(f"Content-Length: {len(block)}")
    raw = ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(raw, mtime=0)


def main() -> None:
    out = [record("warcinfo", "2025-07-09T00:00:00Z", b"software: communique sample builder\r\n", ctype="application/warc-fields")]
    for name, uri, date in PAGES:
        body = (ROOT / "tools" / "sample-warc-src" / name).read_bytes()
        req = f"GET {uri.split('.example', 1)[1]} HTTP/1.1\r\nHost: {uri.split('/')[2]}\r\n\r\n".encode()
        out.append(record("request", date, req, uri, "application/http; msgtype=request"))
        http = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        out.append(record("response", date, http, uri, "application/http; msgtype=response"))
    dest = ROOT / "samples" / "warc" / "06-crawl.warc.gz"
    dest.write_bytes(b"".join(out))
    print(f"wrote {dest}")


if __name__ == "__main__":
    main()
