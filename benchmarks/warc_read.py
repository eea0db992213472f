"""CPU cost of reading WARC files: the first stage of a CC-NEWS backfill.

Writes the synthetic page corpus (benchmarks/corpus.py) into one
`.warc.gz`, a request and a response record per page with one gzip member
per record as Common Crawl writes them (warcio's writer), then times, in
CPU seconds of this process (time.process_time, best of --repeat):

- warcio alone: iterate the records and read each payload;
- read_warc_range: what ReadWarc's DoFn does per record (the above, plus
  skip decisions, content sniffing, FetchedPage construction and the
  damage checks);
- the same file read as --ranges byte ranges, as the splittable DoFn reads
  one file in parallel: the cost of finding record boundaries mid-file.

  python -m benchmarks.warc_read [--pages 2000] [--ranges 8] [--repeat 3]
"""

import argparse
import datetime
import importlib.metadata
import io
import os
import pathlib
import tempfile
import time

from benchmarks.corpus import write_corpus
from benchmarks.neardup_quality import _machine
from benchmarks.report import write_section

_SECTION = "warc-read"


def write_archive(corpus_dir: str, path: str) -> int:
  """The corpus pages as request + response records; returns the pages."""
  from warcio.statusandheaders import StatusAndHeaders
  from warcio.warcwriter import WARCWriter
  names = sorted(os.listdir(corpus_dir))
  with open(path, "wb") as f:
    writer = WARCWriter(f, gzip=True)
    for number, name in enumerate(names):
      with open(os.path.join(corpus_dir, name), "rb") as page:
        body = page.read()
      url = f"https://bench-{number % 7}.example/{name}"
      date = (datetime.datetime(2026, 11, 1) + datetime.timedelta(
          seconds=number)).strftime("%Y-%m-%dT%H:%M:%SZ")
      request = StatusAndHeaders(f"GET /{name} HTTP/1.1", [
          ("Host", f"bench-{number % 7}.example")], is_http_request=True)
      writer.write_record(writer.create_warc_record(
          url, "request", http_headers=request,
          warc_headers_dict={"WARC-Date": date}))
      response = StatusAndHeaders("200 OK", [
          ("Content-Type", "text/html; charset=utf-8"),
          ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
      writer.write_record(writer.create_warc_record(
          url, "response", payload=io.BytesIO(body), http_headers=response,
          warc_headers_dict={"WARC-Date": date}))
  return len(names)


def _warcio_only(path: str) -> int:
  from warcio.archiveiterator import ArchiveIterator
  records = 0
  with open(path, "rb") as f:
    for record in ArchiveIterator(f):
      record.content_stream().read()
      records += 1
  return records


def _read_ranges(path: str, ranges: int) -> int:
  from transforms.warc import read_warc_range
  size = os.path.getsize(path)
  step = -(-size // ranges)
  outcomes = 0
  with open(path, "rb") as f:
    for start in range(0, size, step):
      stop = start + step
      outcomes += sum(1 for _ in read_warc_range(
          f, path, "bench", size, start,
          lambda offset, start=start, stop=stop: start <= offset < stop))
  return outcomes


def _best_cpu(function, repeat: int) -> tuple:
  best, result = None, None
  for _ in range(repeat):
    started = time.process_time()
    result = function()
    spent = time.process_time() - started
    best = spent if best is None else min(best, spent)
  return best, result


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--pages", type=int, default=2000)
  parser.add_argument("--ranges", type=int, default=8)
  parser.add_argument("--repeat", type=int, default=3)
  parser.add_argument("--report", type=pathlib.Path,
                      default=pathlib.Path("BENCHMARKS.md"))
  parser.add_argument("--no-write", action="store_true",
                      help="print the section, leave the report alone")
  args = parser.parse_args(argv)
  with tempfile.TemporaryDirectory() as work:
    corpus = os.path.join(work, "pages")
    write_corpus(corpus, args.pages)
    html_bytes = sum(os.path.getsize(os.path.join(corpus, name))
                     for name in os.listdir(corpus))
    path = os.path.join(work, "bench.warc.gz")
    pages = write_archive(corpus, path)
    size = os.path.getsize(path)
    warcio_s, records = _best_cpu(lambda: _warcio_only(path), args.repeat)
    whole_s, outcomes = _best_cpu(lambda: _read_ranges(path, 1), args.repeat)
    ranged_s, ranged = _best_cpu(lambda: _read_ranges(path, args.ranges),
                                 args.repeat)
  assert records == outcomes == ranged == 2 * pages, (records, outcomes, ranged)
  machine = _machine()
  mib = size / 2**20
  rows = [("warcio alone (iterate, read payloads)", warcio_s),
          ("read_warc_range, whole file", whole_s),
          (f"read_warc_range, {args.ranges} byte ranges", ranged_s)]
  table = "\n".join(
      f"| {name} | {seconds:.2f} | {seconds / records * 1e6:.0f} | "
      f"{seconds / pages * 1e6:.0f} | {mib / seconds:.1f} |"
      for name, seconds in rows)
  section = f"""## WARC reading: CPU per record

Command: `python -m benchmarks.warc_read --pages {args.pages} --ranges {args.ranges} --repeat {args.repeat}` ({datetime.date.today()}, {machine['nproc']} cores ({machine['cpu']}), Python {machine['python']}; warcio {importlib.metadata.version('warcio')}, {machine['packages']}; code: {machine['code']}). CPU seconds of this process (time.process_time), best of {args.repeat}; the machine was shared with other jobs, which inflates wall time more than CPU time.

Archive: the synthetic corpus (benchmarks/corpus.py, seed 7) as one `.warc.gz` written by warcio, a request and a response record per page, one gzip member per record: {pages} pages, {records} records, {html_bytes / 2**20:.1f} MiB of HTML, {mib:.1f} MiB compressed ({size / records / 1024:.1f} KiB per record).

| reading | CPU s | µs per record | µs per page | MiB/s (compressed) |
|---|---:|---:|---:|---:|
{table}
"""
  if not args.no_write:
    write_section(args.report, _SECTION, section)
  print(section)


if __name__ == "__main__":
  main()
