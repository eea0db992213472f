"""ReadWarc: archived HTTP responses from WARC files as fetched pages, offline.

Common Crawl publishes CC-NEWS as WARC files (`.warc.gz`, one gzip member
per record). A SOURCE naming such files (a path, a glob, or a `gs://`/`s3://`
pattern on a Beam filesystem) is read here and each HTML response becomes a
FetchedPage, exactly what FetchPages would have produced: URL from
WARC-Target-URI, `fetched_at` from WARC-Date, status and Content-Type (hence
the charset) from the archived HTTP headers, body from the payload with its
chunked transfer and content encodings undone. From there the pages take the
fetched pages' path (route, decode, extract, clean, ...). Nothing is fetched:
links inside archived pages are not followed.

Every record is accounted for. Requests, revisits, metadata and warcinfo
records, responses that are not HTTP 200 and responses that are not HTML are
skipped and counted by reason (`skipped_<reason>` in namespace 'warc', shown
in the run summary); they are normal in a crawl archive, so they are not
errors rows. A record that cannot be read (a corrupt or truncated gzip
member, a bad header, a Content-Length that disagrees with the bytes) is an
errors row with stage 'source', the file and the byte offset; the reader
then resynchronises on the next record boundary and reads the rest.

Parallelism: a splittable DoFn over each file's byte range. A `.warc.gz`
file is split into ranges of `_SPLIT_BYTES`; a range owns the records whose
gzip member starts inside it, and a reader starting mid-file scans forward
to the first member that decompresses to a WARC header. Runners may split
ranges further while reading (dynamic work rebalancing). Uncompressed
`.warc` files are read whole, one per worker: a record boundary cannot be
told from payload bytes there as reliably as a gzip member can. So are
`.warc.gz` files gzipped as one stream (see ``gzip_per_record``).

warcio parses the records: pure Python (installs wherever Beam's workers
run, no compiled wheel per platform), maintained by Webrecorder, and it
gives each record's exact byte offset and length, which resynchronising and
splitting need. FastWARC parses about 5x faster, but parsing is ~60 us of a
record's tens of milliseconds of extraction (see docs/capacity.md).
"""

import dataclasses
import datetime
import gzip
import re
import zlib
from typing import Callable, Iterable, Iterator, Optional, Tuple, Union

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.io.restriction_trackers import (
    OffsetRange, OffsetRestrictionTracker, UnsplittableRestrictionTracker)
from apache_beam.transforms.core import RestrictionProvider

from schemas.errors import ErrorRecord
from schemas.records import FetchedPage, FetchRequest, ROLE_SOURCE
from transforms.content import (HTML, charset_of, classify_content,
                                is_binary_content_type)

__all__ = ["ReadWarc", "WARC_SUFFIXES", "is_warc_source", "read_warc",
           "read_warc_range", "gzip_per_record", "next_boundary", "WarcSkip"]

_NAMESPACE = "warc"
WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_SUFFIX = ".gz"
# Initial split size of a .warc.gz file. CC-NEWS files are about 1 GB, so a
# file becomes ~16 units of work; smaller ranges would mostly add scans.
_SPLIT_BYTES = 64 * 1024 * 1024
# Read in this much when scanning for the next record boundary.
_SCAN_BYTES = 1024 * 1024
# A gzip member header (magic, deflate) and the start of a WARC record.
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_WARC_VERSION_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
# Enough compressed bytes to inflate the first line of a record's header.
_PROBE_BYTES = 1024
# Telling per-record gzip from one gzip stream: the first member is read in
# chunks of this size, up to this much output (a record is rarely larger;
# if it is, the file is read as one stream, which is slower but correct).
_PROBE_CHUNK = 64 * 1024
_MAX_FIRST_MEMBER = 8 * 1024 * 1024
# A second record's header inside one gzip member.
_NEXT_RECORD = re.compile(rb"\r?\n\r?\nWARC/1\.[01]\r?\n")
# The same cap as a local file SOURCE: an archived payload bigger than this
# is not a news page, and reading it whole would only risk the worker.
_MAX_PAYLOAD_BYTES = 50 * 1024 * 1024
_MESSAGE_CHARS = 300


def is_warc_source(source: str) -> bool:
  """Whether a SOURCE names WARC files (by suffix; globs allowed)."""
  return source.lower().endswith(WARC_SUFFIXES)


@dataclasses.dataclass(frozen=True)
class WarcSkip:
  """A record that is fine but not a page: counted, not an error."""
  reason: str


class _RecordError(ValueError):
  """A record that cannot become a page, with the errors row's type."""

  def __init__(self, error_type: str, message: str, url: Optional[str] = None):
    super().__init__(message)
    self.error_type = error_type
    self.url = url


def _describe(exc: BaseException) -> str:
  # Parser messages may quote raw record bytes: keep them printable, short
  # and the same in every run (they are part of the errors row's id).
  text = " ".join(str(exc).split())[:_MESSAGE_CHARS]
  text = text.encode("ascii", "backslashreplace").decode("ascii")
  return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _is_boundary(stream, offset: int, compressed: bool) -> bool:
  """Whether a WARC record starts at ``offset``."""
  try:
    stream.seek(offset)
    head = stream.read(_PROBE_BYTES)
  except (EOFError, OSError, zlib.error):
    return False
  if not compressed:
    return _WARC_VERSION_LINE.match(head) is not None
  try:
    first = zlib.decompressobj(wbits=31).decompress(head, len(_WARC_MAGIC))
  except zlib.error:
    return False
  return first == _WARC_MAGIC


def next_boundary(stream, start: int, size: Optional[int], compressed: bool
                  ) -> Optional[int]:
  """The first record start at or after ``start``, or None before EOF.

  Compressed: a gzip member whose first bytes inflate to "WARC/1.". Plain:
  "WARC/1.x" at the start of a line. ``size`` None: read to the end.
  """
  magic = _GZIP_MAGIC if compressed else _WARC_MAGIC
  position = start
  while size is None or position < size:
    try:
      stream.seek(position)
      chunk = stream.read(_SCAN_BYTES)
    except (EOFError, OSError, zlib.error):
      return None  # A gzip stream cut short: nothing readable follows.
    if not chunk:
      return None
    found = chunk.find(magic)
    while found >= 0:
      candidate = position + found
      at_line_start = compressed or candidate == 0 or (
          found > 0 and chunk[found - 1:found] == b"\n")
      if at_line_start and _is_boundary(stream, candidate, compressed):
        return candidate
      found = chunk.find(magic, found + 1)
    if len(chunk) < _SCAN_BYTES:
      return None
    # Overlap by the magic's length so one split across chunks is seen.
    position += len(chunk) - len(magic)
  return None


def _warc_date(value: Optional[str], url: str) -> datetime.datetime:
  if not value:
    raise _RecordError("bad_warc_record", "record has no WARC-Date", url)
  try:
    when = datetime.datetime.fromisoformat(value.strip())
  except ValueError as exc:
    raise _RecordError("bad_warc_record",
                       f"unreadable WARC-Date {value[:40]!r}", url) from exc
  if when.tzinfo is None:  # WARC dates are UTC by definition.
    when = when.replace(tzinfo=datetime.timezone.utc)
  return when.astimezone(datetime.timezone.utc)


def _target_uri(record) -> str:
  uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()
  # WARC 1.0's own examples wrap the URI in angle brackets; some tools copied.
  uri = uri.strip("<>")
  if not uri:
    raise _RecordError("bad_warc_record", "response has no WARC-Target-URI")
  return uri


def _check_encoding(record, url: str) -> None:
  """warcio passes bodies in an encoding it cannot undo (br without the
  brotli package, zstd) through as they are: compressed bytes that would be
  skipped as 'not HTML' with the wrong reason."""
  from warcio.bufferedreaders import BufferedReader
  encoding = (record.http_headers.get_header("Content-Encoding") or "")
  encoding = encoding.strip().lower()
  if encoding and encoding != "identity" and (
      encoding not in BufferedReader.get_supported_decompressors()):
    raise _RecordError("unsupported_encoding",
                       f"Content-Encoding {encoding[:40]!r} cannot be undone",
                       url)


def _page_or_skip(record, source: str) -> Union[FetchedPage, WarcSkip]:
  """A response record as the FetchedPage a fetch would have made, or why not.

  Raises _RecordError for a record that is malformed rather than uninteresting.
  """
  if record.rec_type != "response":
    return WarcSkip(f"{record.rec_type or 'untyped'}_record")
  if record.http_headers is None:  # e.g. a DNS lookup Heritrix archived
    return WarcSkip("not_http")
  url = _target_uri(record)
  status = record.http_headers.get_statuscode()
  if status != "200":
    return WarcSkip("not_200")
  content_type = record.http_headers.get_header("Content-Type") or ""
  if is_binary_content_type(content_type):
    return WarcSkip("not_html")  # Images and PDFs: not worth inflating.
  fetched_at = _warc_date(record.rec_headers.get_header("WARC-Date"), url)
  _check_encoding(record, url)
  body = record.content_stream().read(_MAX_PAYLOAD_BYTES + 1)
  if len(body) > _MAX_PAYLOAD_BYTES:
    raise _RecordError("too_large", f"payload larger than {_MAX_PAYLOAD_BYTES}"
                       " bytes", url=url)
  if classify_content(content_type, body) != HTML:
    return WarcSkip("not_html")
  return FetchedPage(
      request=FetchRequest(url=url, source=source, role=ROLE_SOURCE),
      final_url=url, status=200, content_type=content_type, body=body,
      fetched_at=fetched_at, header_charset=charset_of(content_type))


Outcome = Union[FetchedPage, WarcSkip, ErrorRecord]


def _before_end(stream, offset: int, size: Optional[int]) -> bool:
  if size is not None:
    return offset < size
  try:
    stream.seek(offset)
    return stream.read(1) != b""
  except (EOFError, OSError, zlib.error):
    return True  # Bytes are there, if unreadable ones.


def read_warc_range(stream, path: str, source: str, size: Optional[int],
                    start: int, claim: Callable[[int], bool],
                    compressed: Optional[bool] = None) -> Iterator[Outcome]:
  """Pages, skips and errors of the records that ``claim`` accepts.

  ``stream`` is a seekable binary file of ``size`` bytes (None: unknown,
  read to the end). Reading begins at the first record boundary at or after
  ``start`` and goes on while ``claim(offset)`` accepts each record's (or
  each failure's) byte offset: in Beam, the restriction tracker's
  try_claim; alone, a range check. ``compressed``: gzip per record (default:
  by the path's suffix).
  """
  from warcio.archiveiterator import ArchiveIterator

  if compressed is None:
    compressed = path.lower().endswith(_GZIP_SUFFIX)

  def error(offset, error_type, message, url=None):
    return ErrorRecord(stage="source", error_type=error_type,
                       message=f"{path} at byte {offset}: {message}",
                       url=url, source=source)

  position = start if start == 0 else next_boundary(stream, start, size,
                                                    compressed)
  while position is not None and _before_end(stream, position, size):
    stream.seek(position)
    records = ArchiveIterator(stream)
    last = position - 1  # The last offset claimed in this pass.

    def here() -> int:
      # warcio's offset of the next record; inside a gzip member that holds
      # several records (a whole-file gzip) it is meaningless, and the
      # failure is placed just after the last record instead.
      sane = last < records.offset and (size is None or records.offset <= size)
      return records.offset if sane else last + 1

    def owns(failed_at: int) -> bool:
      # Damage where a record should start. If a reader starting mid-file
      # would take it for a record boundary, it belongs to whoever claims
      # that offset; if not, that reader skips it while scanning, so it is
      # reported here, with the record before it.
      if failed_at == position or _is_boundary(stream, failed_at, compressed):
        return claim(failed_at)
      return True

    resume_after = None
    while resume_after is None:
      expected = here()
      try:
        record = next(records)
      except StopIteration:
        if _before_end(stream, expected, size) and owns(expected):
          # warcio ends quietly at a gzip member cut short by the end of
          # the file; the bytes left over are the record it lost.
          left = f"the last {size - expected} bytes" if size else "what follows"
          yield error(expected, "truncated_record",
                      f"{left} are not a complete WARC record")
          resume_after = expected
        break
      # A corrupt member or header: one record is lost, not the file.
      except Exception as exc:  # pylint: disable=broad-except
        if owns(expected):
          yield error(expected, "corrupt_record", _describe(exc))
          resume_after = expected
        break
      last = offset = here()
      if not claim(offset):
        return
      warnings = records.err_count
      try:
        try:
          outcome = _page_or_skip(record, source)
        except _RecordError as exc:
          outcome = error(offset, exc.error_type, str(exc), exc.url)
        records.read_to_end()
      except Exception as exc:  # pylint: disable=broad-except
        # A payload that fails to inflate mid-record, or a bad HTTP header.
        yield error(offset, "corrupt_record", _describe(exc))
        resume_after = offset
        break
      # Content-Length longer than the bytes before EOF or the member's end,
      # or shorter than the record (warcio then finds no blank line after
      # it): the body is wrong, and later records may hide inside it.
      missing = getattr(record.raw_stream, "limit", 0)
      if missing > 0 or records.err_count > warnings:
        yield error(offset, "truncated_record",
                    f"Content-Length {record.length} does not match the "
                    "record's bytes" + (f" ({missing} missing)" if missing
                                        else ""))
        resume_after = offset
        break
      yield outcome
    if resume_after is None:
      return
    position = next_boundary(stream, resume_after + 1, size, compressed)


def gzip_per_record(stream) -> bool:
  """Whether a .warc.gz holds one gzip member per record, so that members
  can be found and read on their own.

  Some tools gzip a whole .warc as one stream (`gzip news.warc`, or Python's
  gzip.open around a writer). Valid gzip, but no member boundary exists
  inside it to split or resynchronise at. The first member tells: it ends
  after one record, or it holds the next record's header too (or runs past
  the probe's limit). Unreadable gzip counts as per-record, so the record
  reader reports the damage where it is.
  """
  inflater = zlib.decompressobj(wbits=31)
  output = b""
  stream.seek(0)
  while not inflater.eof:
    if len(output) > _MAX_FIRST_MEMBER:
      return False
    chunk = stream.read(_PROBE_CHUNK)
    if not chunk:
      break  # Cut short: what it holds still tells.
    try:
      output += inflater.decompress(chunk)
    except zlib.error:
      break
  return _NEXT_RECORD.search(output) is None


def read_warc(stream, path: str, source: str, size: int, start: int,
              claim: Callable[[int], bool]) -> Iterator[Outcome]:
  """read_warc_range for any WARC file, however it is compressed.

  A .warc.gz compressed as one stream is read through gzip as a plain WARC,
  whole, by the range that starts the file (offsets in its messages are in
  the decompressed stream); other ranges of it yield nothing.
  """
  if path.lower().endswith(_GZIP_SUFFIX) and not gzip_per_record(stream):
    if start == 0 and claim(0):
      stream.seek(0)
      yield from read_warc_range(
          gzip.GzipFile(fileobj=stream, mode="rb"), f"{path} (decompressed)",
          source, None, 0, lambda offset: True, compressed=False)
    return
  yield from read_warc_range(stream, path, source, size, start, claim)


class _WholeFile(OffsetRange):
  """The byte range of an uncompressed .warc file: never split."""


class _WarcRestrictions(RestrictionProvider):
  """Byte ranges of one WARC file; `.warc.gz` files split into ranges."""

  def initial_restriction(self, element):
    _, path, size = element
    if path.lower().endswith(_GZIP_SUFFIX):
      return OffsetRange(0, size)
    return _WholeFile(0, size)

  def create_tracker(self, restriction):
    tracker = OffsetRestrictionTracker(restriction)
    if isinstance(restriction, _WholeFile):
      return UnsplittableRestrictionTracker(tracker)
    return tracker

  def split(self, element, restriction):
    if isinstance(restriction, _WholeFile):
      yield restriction
    else:
      yield from restriction.split(_SPLIT_BYTES)

  def restriction_size(self, element, restriction):
    return restriction.size()


class _ReadWarcFn(beam.DoFn):
  """(source, path, size) -> FetchedPage (HTML 200 responses), errors."""
  ERRORS = "errors"

  def process(self, element: Tuple[str, str, int],
              tracker=beam.DoFn.RestrictionParam(_WarcRestrictions())
              ) -> Iterable:
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems
    source, path, size = element
    start = tracker.current_restriction().start
    stopped = False

    def claim(offset: int) -> bool:
      nonlocal stopped
      stopped = stopped or not tracker.try_claim(offset)
      return not stopped

    try:
      stream = FileSystems.open(
          path, compression_type=CompressionTypes.UNCOMPRESSED)
    except (OSError, ValueError) as exc:
      # Deleted or unreadable since it was matched: one row for the file,
      # from the range that starts it.
      if start == 0 and claim(0):
        yield from self._tag(ErrorRecord(
            stage="source", error_type="unreadable_file",
            message=f"{path}: {_describe(exc)}", source=source))
    else:
      with stream:
        for outcome in read_warc(stream, path, source, size, start, claim):
          yield from self._tag(outcome)
    if not stopped:
      # Past the last record: the rest of the range holds no record.
      tracker.try_claim(tracker.current_restriction().stop)

  def _tag(self, outcome: Outcome):
    counter = beam.metrics.Metrics.counter
    if isinstance(outcome, WarcSkip):
      counter(_NAMESPACE, "records").inc()
      counter(_NAMESPACE, f"skipped_{outcome.reason}").inc()
      return []
    if isinstance(outcome, ErrorRecord):
      counter(_NAMESPACE, "records").inc()
      counter(_NAMESPACE, f"error_{outcome.error_type}").inc()
      return [pvalue.TaggedOutput(self.ERRORS, outcome)]
    counter(_NAMESPACE, "records").inc()
    counter(_NAMESPACE, "pages").inc()
    return [outcome]


class _MatchWarcFn(beam.DoFn):
  """A WARC SOURCE (path, glob, remote pattern) -> (source, path, size)."""
  ERRORS = "errors"

  def process(self, source: str) -> Iterable:
    from apache_beam.io.filesystem import BeamIOError
    from apache_beam.io.filesystems import FileSystems
    from transforms.sources import local_path
    pattern = local_path(source) or source
    try:
      matched = FileSystems.match([pattern])[0].metadata_list
    except (BeamIOError, OSError, ValueError) as exc:
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord(
          stage="source", error_type="unreadable_file",
          message=f"cannot list {pattern}: {_describe(exc)}", source=source))
      return
    files = sorted((m.path, m.size_in_bytes) for m in matched
                   if m.path.lower().endswith(WARC_SUFFIXES))
    if not files:
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord(
          stage="source", error_type="no_match",
          message=f"no .warc or .warc.gz file matches {pattern}",
          source=source))
    beam.metrics.Metrics.counter(_NAMESPACE, "files").inc(len(files))
    for path, size in files:
      yield source, path, size


class ReadWarc(beam.PTransform):
  """PCollection[str] of WARC SOURCEs -> FetchedPage ('pages': HTML 200
  responses) and ErrorRecord ('errors': unreadable records and files)."""
  PAGES = "pages"
  ERRORS = "errors"

  def expand(self, sources):
    matched = sources | "MatchWarcFiles" >> beam.ParDo(
        _MatchWarcFn()).with_outputs(self.ERRORS, main="files")
    read = (
        matched.files
        # Spread files over workers before the (costly) reads.
        | "SpreadWarcFiles" >> beam.Reshuffle()
        | "ReadWarcRecords" >> beam.ParDo(_ReadWarcFn()).with_outputs(
            self.ERRORS, main=self.PAGES))
    return {
        # One file holds thousands of pages, read in one bundle: spread them
        # too, or every later stage would run on that file's worker until
        # the first grouping.
        self.PAGES: read[self.PAGES] | "SpreadWarcPages" >> beam.Reshuffle(),
        self.ERRORS: (matched[self.ERRORS], read[self.ERRORS])
        | "WarcErrors" >> beam.Flatten(),
    }
