"""ReadSources: command-line SOURCEs to fetch requests and local pages.

A SOURCE is an http(s) URL (a feed, a page or a transcript: what comes back
decides), a local path or file:// URL of a feed, an OPML file, an HTML page or
a transcript (.vtt, .srt, JSON, timed-text XML), a .txt file with one URL per
line (or with timestamped transcript lines: its contents tell), a
directory of .html, .vtt and .srt files, or WARC files (a path or glob
ending in .warc or .warc.gz, local or on a Beam filesystem such as gs://;
read by transforms/warc.py). Local files are read
here and become FetchedPages, so feeds and pages from disk take the same
route as fetched ones. Only SOURCEs themselves may be local: URLs found
inside them are fetched over http(s) or rejected later.
"""

import datetime
import mimetypes
import os
import urllib.parse
import urllib.request
from typing import Iterable

import apache_beam as beam
from apache_beam import pvalue

from schemas.errors import ErrorRecord
from schemas.records import FetchedPage, FetchRequest, ROLE_SOURCE
from transforms.feeds import parse_url_list
from transforms.transcript_formats import sniff_format
from transforms.warc import ReadWarc, is_warc_source

__all__ = ["ReadSources", "classify_source", "local_path", "local_page",
           "directory_files", "file_uri", "SourceError", "HTML_SUFFIXES"]

_NAMESPACE = "sources"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_CAPTION_SUFFIXES = (".vtt", ".srt")
_URL_LIST_SUFFIXES = (".txt",)
# A local source bigger than this is not a feed or a page anyone wrote by
# hand; reading it whole would only risk the worker's memory.
_MAX_LOCAL_BYTES = 50 * 1024 * 1024


class SourceError(ValueError):
  """A SOURCE that cannot be used at all (bad invocation)."""


def local_path(source: str):
  """The filesystem path of a local SOURCE (path or file:// URL), else None."""
  parts = urllib.parse.urlsplit(source)
  if parts.scheme == "file":
    return urllib.request.url2pathname(parts.path)
  # One-letter schemes are Windows drive letters, not URL schemes.
  if parts.scheme and len(parts.scheme) > 1:
    return None
  return source


def _check_warc_source(source: str) -> None:
  """A local WARC path or glob must match a file; remote ones are listed by
  the workers, which have the filesystem's credentials."""
  import glob
  path = local_path(source)
  if path is not None and not any(
      os.path.isfile(match) for match in glob.glob(path, recursive=True)):
    raise SourceError(f"source {source!r}: no WARC file matches")


def classify_source(source: str) -> str:
  """'url', 'warc', 'directory', 'url_list' or 'file'; raises SourceError
  when unusable.

  Called by the CLI before any work starts, so a typo in a path or an ftp://
  URL ends the invocation with a one-line message.
  """
  try:
    parts = urllib.parse.urlsplit(source)
    host = parts.hostname
  except ValueError as exc:  # e.g. an unclosed IPv6 bracket
    raise SourceError(f"source {source!r}: malformed URL: {exc}") from exc
  if parts.scheme.lower() in ("http", "https"):
    if not host:
      raise SourceError(f"source {source!r}: URL has no host")
    return "url"
  if is_warc_source(source):
    _check_warc_source(source)
    return "warc"
  path = local_path(source)
  if path is None:
    raise SourceError(f"source {source!r}: unsupported URL scheme "
                      f"{parts.scheme!r} (use http, https, file or a path)")
  if os.path.isdir(path):
    return "directory"
  if not os.path.isfile(path):
    raise SourceError(f"source {source!r}: no such file or directory")
  if not os.access(path, os.R_OK):
    raise SourceError(f"source {source!r}: file is not readable")
  if path.lower().endswith(_URL_LIST_SUFFIXES):
    return "url_list"
  return "file"


def file_uri(path: str) -> str:
  return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def local_page(path: str, source: str) -> FetchedPage:
  with open(path, "rb") as f:
    body = f.read(_MAX_LOCAL_BYTES + 1)
  if len(body) > _MAX_LOCAL_BYTES:
    raise OSError(f"file is larger than {_MAX_LOCAL_BYTES} bytes")
  guessed, _ = mimetypes.guess_type(path)
  uri = file_uri(path)
  return FetchedPage(
      request=FetchRequest(url=uri, source=source, role=ROLE_SOURCE),
      final_url=uri, status=200, content_type=guessed or "", body=body,
      fetched_at=datetime.datetime.fromtimestamp(
          os.path.getmtime(path), datetime.timezone.utc))


def directory_files(root: str) -> list:
  """Paths of the pages and caption files below ``root``, in a fixed order."""
  found = []
  for directory, subdirectories, files in os.walk(root):
    subdirectories.sort()  # Deterministic order of discovery.
    found.extend(os.path.join(directory, name) for name in sorted(files)
                 if name.lower().endswith(HTML_SUFFIXES + _CAPTION_SUFFIXES))
  return found


class _ReadSourceFn(beam.DoFn):
  """SOURCE string -> FetchRequest (REQUESTS), FetchedPage (PAGES), errors."""
  REQUESTS = "requests"
  PAGES = "pages"
  ERRORS = "errors"
  WARCS = "warcs"
  LISTED = "listed"

  def process(self, source: str) -> Iterable:
    beam.metrics.Metrics.counter(_NAMESPACE, "sources").inc()
    try:
      kind = classify_source(source)
      if kind == "url":
        yield pvalue.TaggedOutput(self.REQUESTS,
                                  FetchRequest(source, source, trusted=True))
      elif kind == "warc":
        yield pvalue.TaggedOutput(self.WARCS, source)
      elif kind == "url_list":
        yield from self._read_url_list(source)
      elif kind == "directory":
        yield from self._read_directory(source)
      else:
        yield pvalue.TaggedOutput(self.PAGES,
                                  local_page(local_path(source), source))
    except (OSError, SourceError) as exc:
      yield _error(source, type(exc).__name__, str(exc))

  def _read_url_list(self, source: str):
    with open(local_path(source), "rb") as f:
      raw = f.read(_MAX_LOCAL_BYTES + 1)
    if len(raw) > _MAX_LOCAL_BYTES:
      yield _error(source, "too_large",
                   f"URL list larger than {_MAX_LOCAL_BYTES} bytes: only "
                   "the first lines were read")
      # The last line may be cut in the middle: drop it.
      raw = raw[:_MAX_LOCAL_BYTES].rsplit(b"\n", 1)[0]
    text = raw.decode("utf-8-sig", errors="replace")
    if sniff_format(text) == "text":
      # '01:02 words' lines: a transcript copied from a video page.
      yield pvalue.TaggedOutput(self.PAGES,
                                local_page(local_path(source), source))
      return
    urls, problems = parse_url_list(text)
    for url in urls:
      yield pvalue.TaggedOutput(self.REQUESTS, FetchRequest(url, source))
    for problem in problems:
      yield _error(source, problem.error_type, str(problem))

  def _read_directory(self, source: str):
    # Paths, not pages: each file is read after a reshuffle has spread the
    # paths over the workers (_ReadListedFileFn), so a directory of
    # thousands of pages is read in parallel and its HTML never goes
    # through a shuffle.
    root = local_path(source)
    found = 0
    for path in directory_files(root):
      found += 1
      yield pvalue.TaggedOutput(self.LISTED, (path, source))
    if not found:
      yield _error(
          source, "empty_directory",
          f"no {'/'.join(HTML_SUFFIXES + _CAPTION_SUFFIXES)} files in {root}")


class _ReadListedFileFn(beam.DoFn):
  """(path, SOURCE) of a file in a directory SOURCE -> FetchedPage (main)
  or an error ('errors')."""
  ERRORS = _ReadSourceFn.ERRORS  # What _error tags.

  def process(self, listed: tuple) -> Iterable:
    path, source = listed
    try:
      yield local_page(path, source)
    except OSError as exc:
      yield _error(source, type(exc).__name__, str(exc), url=file_uri(path))


def _error(source, error_type, message, url=None):
  beam.metrics.Metrics.counter(_NAMESPACE, "errors").inc()
  return pvalue.TaggedOutput(_ReadSourceFn.ERRORS, ErrorRecord(
      stage="source", error_type=error_type, message=message,
      url=url or source, source=source))


class ReadSources(beam.PTransform):
  """PCollection[str] of SOURCEs -> requests, pages and errors outputs.

  Pages include the HTML responses archived in WARC SOURCEs.
  """
  REQUESTS = _ReadSourceFn.REQUESTS
  PAGES = _ReadSourceFn.PAGES
  ERRORS = _ReadSourceFn.ERRORS

  def expand(self, sources):
    read = sources | "ReadSource" >> beam.ParDo(_ReadSourceFn()).with_outputs(
        self.REQUESTS, self.PAGES, self.ERRORS, _ReadSourceFn.WARCS,
        _ReadSourceFn.LISTED)
    archived = read[_ReadSourceFn.WARCS] | "ReadWarc" >> ReadWarc()
    listed = (read[_ReadSourceFn.LISTED]
              | "SpreadListedFiles" >> beam.Reshuffle()
              | "ReadListedFile" >> beam.ParDo(
                  _ReadListedFileFn()).with_outputs(
                      _ReadListedFileFn.ERRORS, main="pages"))
    return {
        self.REQUESTS: read[self.REQUESTS],
        self.PAGES: (read[self.PAGES], listed.pages, archived[ReadWarc.PAGES])
        | "WithListedAndWarcPages" >> beam.Flatten(),
        self.ERRORS: (read[self.ERRORS], listed[_ReadListedFileFn.ERRORS],
                      archived[ReadWarc.ERRORS])
        | "WithListedAndWarcErrors" >> beam.Flatten(),
    }
