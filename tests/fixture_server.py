"""A real HTTP server on 127.0.0.1 serving a fixture site from a manifest.

The manifest format is the replay archive's (see transforms/fetch.py), keyed
by path, plus test behaviours: ``hang`` (accept, never answer), ``gzip``
(Content-Encoding: gzip), ``then`` (the response for every request after the
first, for retry tests), ``etag`` and ``last_modified`` (sent as ETag and
Last-Modified; a request whose If-None-Match or If-Modified-Since matches
gets a 304) and ``{{BASE}}`` in bodies, replaced by the server's own
http://127.0.0.1:PORT. Every request and the status it got are recorded
for assertions.
"""

import gzip
import http.server
import json
import os
import threading
import time
import urllib.parse

__all__ = ["FixtureServer"]

# A hanging response is released after this long so the server can stop.
_HANG_SECONDS = 60


class FixtureServer:
  """Context manager: ``with FixtureServer(directory) as server: server.url(path)``."""

  def __init__(self, directory: str, routes: dict = None):
    self._directory = directory
    self._routes = {}
    if directory:
      with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        for entry in json.load(f)["responses"]:
          self._routes[entry["url"]] = entry
    self._routes.update(routes or {})
    self._hits = {}
    self._lock = threading.Lock()
    self._stop = threading.Event()
    self.requests = []  # (method, path, headers dict)
    self.statuses = []  # (path, status), in the order answered
    self.in_flight = 0
    self.max_in_flight = 0

  @property
  def base(self) -> str:
    return f"http://127.0.0.1:{self._httpd.server_address[1]}"

  def url(self, path: str) -> str:
    return self.base + path

  def add(self, path: str, **entry) -> None:
    """Adds or replaces a route: status, headers, body (bytes or str), ..."""
    self._routes[path] = entry

  def hits(self, path: str) -> int:
    with self._lock:
      return self._hits.get(path, 0)

  def _body(self, entry) -> bytes:
    if "content" in entry:
      body = entry["content"]
      body = body.encode("utf-8") if isinstance(body, str) else body
    elif entry.get("body"):
      with open(os.path.join(self._directory, entry["body"]), "rb") as f:
        body = f.read()
    else:
      body = b""
    return body.replace(b"{{BASE}}", self.base.encode("ascii"))

  def _respond(self, handler) -> None:
    parts = urllib.parse.urlsplit(handler.path)
    key = parts.path + (f"?{parts.query}" if parts.query else "")
    with self._lock:
      self.requests.append((handler.command, handler.path, dict(handler.headers)))
      entry = self._routes.get(key) or self._routes.get(parts.path)
      hit = self._hits.get(key, 0)
      self._hits[key] = hit + 1
      self.in_flight += 1
      self.max_in_flight = max(self.max_in_flight, self.in_flight)
    counted = True
    try:
      if entry is None:
        entry = {"status": 404, "headers": {"Content-Type": "text/plain"},
                 "content": "not found"}
      if hit and "then" in entry:
        entry = entry["then"]
      if entry.get("delay"):
        time.sleep(entry["delay"])
      if entry.get("hang"):
        self._stop.wait(_HANG_SECONDS)
        return
      # Out of flight once answered: the client may read the whole response
      # and send its next request before this thread gets back from the
      # write, and that request must not count as a third in flight.
      with self._lock:
        self.in_flight -= 1
      counted = False
      headers = dict(entry.get("headers", {}))
      if self._not_modified(entry, handler.headers):
        handler.send_response(304)
        for name, value in headers.items():
          if name.lower() in ("etag", "last-modified", "cache-control"):
            handler.send_header(name, str(value))
        handler.send_header("Content-Length", "0")
        handler.end_headers()
        self._answered(parts.path, 304)
        return
      if entry.get("etag"):
        headers["ETag"] = entry["etag"]
      if entry.get("last_modified"):
        headers["Last-Modified"] = entry["last_modified"]
      body = self._body(entry)
      if entry.get("gzip"):
        body = gzip.compress(body)
        headers["Content-Encoding"] = "gzip"
      handler.send_response(entry.get("status", 200))
      for name, value in headers.items():
        handler.send_header(name, str(value))
      if "Content-Length" not in headers:
        handler.send_header("Content-Length", str(len(body)))
      handler.end_headers()
      if handler.command != "HEAD":
        handler.wfile.write(body)
      self._answered(parts.path, entry.get("status", 200))
    finally:
      if counted:
        with self._lock:
          self.in_flight -= 1

  @staticmethod
  def _not_modified(entry, request_headers) -> bool:
    """Whether a conditional request names the entry's current version."""
    etag = request_headers.get("If-None-Match")
    if entry.get("etag") and etag is not None:
      return etag == entry["etag"]
    since = request_headers.get("If-Modified-Since")
    return bool(entry.get("last_modified")) and since == entry["last_modified"]

  def _answered(self, path: str, status: int) -> None:
    with self._lock:
      self.statuses.append((path, status))

  def __enter__(self):
    server = self

    class Handler(http.server.BaseHTTPRequestHandler):
      protocol_version = "HTTP/1.1"

      def do_GET(self):  # noqa: N802 (http.server's naming)
        server._respond(self)

      do_HEAD = do_GET

      def log_message(self, *args):  # Quiet test output.
        pass

    self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    self._httpd.daemon_threads = True
    # A short poll interval: shutdown() waits for it, once per test.
    self._thread = threading.Thread(target=self._httpd.serve_forever,
                                    kwargs={"poll_interval": 0.05},
                                    daemon=True)
    self._thread.start()
    return self

  def __exit__(self, *exc_info):
    self._stop.set()
    self._httpd.shutdown()
    self._httpd.server_close()
