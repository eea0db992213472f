"""WARC files written by the tests, byte by byte (WARC 1.0, ISO 28500).

Records are built here rather than with warcio's writer so the reader is
tested against the format, not against its own library's output. A
`.warc.gz` file holds one gzip member per record, as Common Crawl writes.
"""

import gzip
import urllib.parse
import uuid

__all__ = ["Raw", "warc_record", "http_response", "response", "request", "revisit",
           "metadata", "warcinfo", "dns_response", "write_warc", "chunked",
           "page"]

DATE = "2026-11-03T08:15:00Z"


class Raw(bytes):
  """Bytes written into a WARC file as they are (damage, garbage)."""


def warc_record(warc_type: str, block: bytes, uri: str = None,
                date: str = DATE, content_type: str = None,
                extra: tuple = ()) -> bytes:
  """One uncompressed record: version line, named fields, block, CRLF CRLF."""
  record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{warc_type} {uri} {len(block)}")
  fields = [("WARC-Type", warc_type), ("WARC-Record-ID", f"<urn:uuid:{record_id}>")]
  if date is not None:
    fields.append(("WARC-Date", date))
  if uri is not None:
    fields.append(("WARC-Target-URI", uri))
  if content_type:
    fields.append(("Content-Type", content_type))
  fields.extend(extra)
  fields.append(("Content-Length", str(len(block))))
  head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + "\r\n"
  return head.encode("utf-8") + block + b"\r\n\r\n"


def http_response(body: bytes, status: str = "200 OK",
                  headers: tuple = (("Content-Type", "text/html; charset=utf-8"),)
                  ) -> bytes:
  head = f"HTTP/1.1 {status}\r\n" + "".join(
      f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
  return head.encode("latin-1") + body


def chunked(body: bytes, size: int = 100) -> bytes:
  """``body`` in HTTP/1.1 chunked transfer coding."""
  parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
           for i in range(0, len(body), size)]
  return b"".join(parts) + b"0\r\n\r\n"


def response(uri: str, body: bytes, status: str = "200 OK",
             content_type: str = "text/html; charset=utf-8",
             date: str = DATE, headers: tuple = None) -> bytes:
  if headers is None:
    headers = (("Content-Type", content_type),
               ("Content-Length", str(len(body))))
  return warc_record("response", http_response(body, status, headers), uri,
                     date, "application/http; msgtype=response")


def request(uri: str) -> bytes:
  parts = urllib.parse.urlsplit(uri)
  block = (f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.hostname}\r\n"
           "User-Agent: test-crawler\r\n\r\n")
  return warc_record("request", block.encode("ascii"), uri, DATE,
                     "application/http; msgtype=request")


def revisit(uri: str) -> bytes:
  block = http_response(b"", "200 OK", (("Content-Type", "text/html"),))
  return warc_record(
      "revisit", block, uri, DATE, "application/http; msgtype=response",
      extra=(("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/"
              "identical-payload-digest"),
             ("WARC-Refers-To-Target-URI", uri),
             ("WARC-Payload-Digest", "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")))


def metadata(uri: str) -> bytes:
  return warc_record("metadata", b"fetchTimeMs: 120\r\n", uri, DATE,
                     "application/warc-fields")


def warcinfo() -> bytes:
  return warc_record("warcinfo", b"software: tests/warc_files.py\r\n"
                     b"format: WARC File Format 1.0\r\n", None, DATE,
                     "application/warc-fields")


def dns_response(host: str) -> bytes:
  return warc_record("response", f"20261103081500\n{host}.\t300\tIN\tA\t"
                     "192.0.2.7\n".encode("ascii"), f"dns:{host}", DATE,
                     "text/dns")


def page(title: str, paragraphs: list, lang: str = "en",
         charset: str = "utf-8") -> bytes:
  """An article page: a title, a dateline and paragraphs of invented news."""
  body = "".join(f"<p>{p}</p>" for p in paragraphs)
  html = (f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>'
          f'<meta property="article:published_time" '
          f'content="2026-11-02T07:00:00Z"></head><body><nav>Home | World</nav>'
          f"<article><h1>{title}</h1>{body}</article>"
          f"<footer>(c) 2026</footer></body></html>")
  return html.encode(charset)


def write_warc(path, records: list, compress: bool = None) -> list:
  """Writes ``records`` (uncompressed record bytes, or Raw bytes written as
  they are); gzip per record when ``path`` ends in .gz. Returns each
  record's byte offset in the file."""
  compress = str(path).endswith(".gz") if compress is None else compress
  offsets, position = [], 0
  with open(path, "wb") as f:
    for record in records:
      data = record if isinstance(record, Raw) or not compress else (
          gzip.compress(record, mtime=0))
      offsets.append(position)
      f.write(data)
      position += len(data)
  return offsets
