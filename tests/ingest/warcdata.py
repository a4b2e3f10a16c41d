"""A small WARC archive built from bytes: warcinfo, request, two HTML responses, one image."""

from __future__ import annotations

ARTICLE_A = (
    "<html><head><title>Ministers meet in Geneva</title></head><body><article>"
    + "".join(
        f"<p>Paragraph {i} of the first report says the talks went on for hours. "
        "Both delegations called the meeting constructive and agreed to meet again.</p>"
        for i in range(4)
    )
    + "</article></body></html>"
)
ARTICLE_B = (
    "<html><head><title>Harvest figures</title></head><body><article>"
    + "".join(
        f"<p>Section {i} of the second story reports that the wheat harvest rose "
        "by a tenth on the year, according to the farm ministry.</p>"
        for i in range(4)
    )
    + "</article></body></html>"
)


def record(rtype: str, headers: dict[str, str], block: bytes) -> bytes:
    lines = [b"WARC/1.0", b"WARC-Type: " + rtype.encode()]
    lines += [f"{k}: {v}".encode() for k, v in headers.items()]
    lines.append(f"Content-Length: {len(block)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"


def http_response(body: bytes, ctype: str) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def response(n: int, uri: str, date: str, body: bytes, ctype: str) -> bytes:
    return record(
        "response",
        {
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-00000000000{n}>",
            "WARC-Date": date,
            "WARC-Target-URI": uri,
            "Content-Type": "application/http; msgtype=response",
        },
        http_response(body, ctype),
    )


def archive() -> bytes:
    return b"".join(
        [
            record(
                "warcinfo",
                {
                    "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000001>",
                    "WARC-Date": "2024-03-01T10:00:00Z",
                    "Content-Type": "application/warc-fields",
                },
                b"software: hand-written test\r\n",
            ),
            record(
                "request",
                {
                    "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000002>",
                    "WARC-Date": "2024-03-01T10:00:01Z",
                    "WARC-Target-URI": "https://news.example.org/geneva",
                    "Content-Type": "application/http; msgtype=request",
                },
                b"GET /geneva HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
            ),
            response(
                3, "https://news.example.org/geneva", "2024-03-01T10:00:02Z",
                ARTICLE_A.encode(), "text/html; charset=utf-8",
            ),
            response(
                4, "https://news.example.org/harvest", "2024-03-02T11:30:00Z",
                ARTICLE_B.encode(), "text/html",
            ),
            response(
                5, "https://news.example.org/logo.png", "2024-03-02T11:30:01Z",
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png",
            ),
        ]
    )


# A record whose header is cut off mid-way: what a damaged archive looks like.
GARBAGE = b"WARC/1.0\r\nWARC-Type: resp\x00\x00nse\r\nthis is no header\r\n\r\n"

# A response whose payload is cut short of its Content-Length (a torn download).
TORN = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/torn\r\n"
    b"Content-Type: application/http; msgtype=response\r\nContent-Length: 9999\r\n\r\n"
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut"
)
