"""The batch backfill: SOURCEs -> DIR/documents and DIR/errors.

  Sources -> Crawl (read, fetch, route feeds)
  -> ExtractArticles (HTML pages) + ParseTranscripts (captions)
  -> KeepInWindow -> CleanText -> DetectLanguage -> DedupExact -> DedupNear
  -> TagEvents (event mentions)
  -> WriteDatasets (documents, mentions, errors, and the near-duplicate
  signature index); every stage's errors are flattened into one
  PCollection and written once.
"""

import dataclasses
import json
import os
import time
from importlib import resources
from typing import Optional

import apache_beam as beam

from pipelines.cli import UsageError
from pipelines.options import pipeline_options
from pipelines.summary import Summary
from transforms.clean import CleanText
from transforms.crawl import Crawl
from transforms.dedup import DedupExact
from transforms.extract import ExtractArticles
from transforms.fetch import FetchConfig
from transforms.language import DetectLanguage
from transforms.mentions import TagEvents
from transforms.neardup import DedupNear
from transforms.transcripts import ParseTranscripts
from transforms.sources import SourceError, classify_source, local_path
from transforms.window import DateWindow, KeepInWindow, parse_window_bound
from transforms.write import (DOCUMENTS, ERRORS, MENTIONS, SIGNATURES,
                              TMP_DIR, WriteDatasets)

__all__ = ["Plan", "plan", "build", "build_documents", "run_plan", "run",
           "sample_sources", "check_output", "list_index_files",
           "fetch_config_of"]

# Settings of an output directory that later runs must share: the shard
# count decides which file a row lives in, so it cannot change.
_DATASET_CONFIG = "_news_ingest.json"
_DEFAULT_SHARDS = 1


@dataclasses.dataclass(frozen=True)
class Plan:
  """A validated invocation: everything needed to build the pipeline."""
  sources: tuple
  output: str
  window: DateWindow
  fetch_config: FetchConfig
  shards_per_day: int
  beam_args: tuple
  sample: bool
  # The signature index already in DIR: later runs link to its documents.
  index_files: tuple = ()


def sample_sources() -> tuple:
  """The bundled sample corpus: its SOURCE files and its replay archive."""
  root = resources.files("pipelines") / "sample"
  sources_dir = str(root / "sources")
  sources = tuple(os.path.join(sources_dir, name)
                  for name in sorted(os.listdir(sources_dir)))
  return sources, str(root / "archive")


def _absolute_source(source: str) -> str:
  # Workers may run in another directory: hand them absolute paths.
  path = local_path(source)
  return os.path.abspath(path) if path is not None and path == source else source


def check_output(output: str, shards: Optional[int]) -> int:
  """Creates DIR if needed, proves it writable; returns the shard count."""
  if "://" in output and not output.startswith("file://"):
    return shards or _DEFAULT_SHARDS  # Remote: checked by the workers.
  path = local_path(output)
  if os.path.exists(path) and not os.path.isdir(path):
    raise UsageError(f"--output {output!r} exists and is not a directory")
  try:
    os.makedirs(path, exist_ok=True)
    probe = os.path.join(path, f".write-test-{os.getpid()}")
    with open(probe, "w", encoding="utf-8") as f:
      f.write("ok")
    os.remove(probe)
  except OSError as exc:
    raise UsageError(f"--output {output!r} is not writable: "
                     f"{exc.strerror or exc}") from exc
  config_path = os.path.join(path, _DATASET_CONFIG)
  if os.path.exists(config_path):
    try:
      with open(config_path, encoding="utf-8") as f:
        existing = int(json.load(f)["shards_per_day"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
      raise UsageError(f"{config_path} is unreadable ({exc}); remove it only "
                       "if DIR holds no datasets") from exc
    if shards is not None and shards != existing:
      raise UsageError(f"--output {output!r} was written with "
                       f"--shards-per-day {existing}; use that value")
    return existing
  shards = shards or _DEFAULT_SHARDS
  with open(config_path, "w", encoding="utf-8") as f:
    json.dump({"shards_per_day": shards}, f)
  return shards


def fetch_config_of(args, replay: Optional[str] = None) -> FetchConfig:
  """The FetchConfig of the command line's fetch options."""
  return FetchConfig(
      total_timeout=args.timeout,
      connect_timeout=min(FetchConfig.connect_timeout, args.timeout),
      read_timeout=min(FetchConfig.read_timeout, args.timeout),
      max_bytes=args.max_bytes, max_attempts=args.max_attempts,
      per_host_concurrency=args.per_host_concurrency,
      per_host_delay=args.per_host_delay, user_agent=args.user_agent,
      block_private_addresses=args.private_addresses == "block",
      max_feed_items=args.max_feed_items, max_feed_bytes=args.max_feed_bytes,
      replay_archive=os.path.abspath(replay) if replay else None)


def plan(args, beam_args: list) -> Plan:
  """Validates the parsed arguments; raises UsageError before any work."""
  sample = not args.sources
  replay = args.replay_archive
  if sample:
    sources, replay = sample_sources()
  else:
    sources = tuple(_absolute_source(s) for s in args.sources)
  for source in sources:
    try:
      classify_source(source)
    except SourceError as exc:
      raise UsageError(str(exc)) from exc
  if replay and not os.path.isfile(os.path.join(replay, "manifest.json")):
    raise UsageError(f"--replay-archive {replay!r} has no manifest.json")
  try:
    window = DateWindow(
        parse_window_bound(args.since, end=False) if args.since else None,
        parse_window_bound(args.until, end=True) if args.until else None)
  except ValueError as exc:
    raise UsageError(str(exc) if "--since" in str(exc)
                     else f"bad --since/--until date: {exc}") from exc
  fetch_config = fetch_config_of(args, replay)
  shards = check_output(args.output, args.shards_per_day)
  try:
    pipeline_options(beam_args)
  except (ValueError, SystemExit) as exc:
    raise UsageError(f"bad Beam pipeline option: {exc}") from exc
  return Plan(sources=sources, output=args.output, window=window,
              fetch_config=fetch_config, shards_per_day=shards,
              beam_args=tuple(beam_args), sample=sample,
              index_files=list_index_files(args.output))


def list_index_files(output: str, since_date: Optional[str] = None) -> tuple:
  """Parquet files of DIR/signatures, listed before the run writes any;
  with ``since_date`` ('YYYY-MM-DD'), only partitions of that day or later."""
  import pyarrow.fs
  try:
    filesystem, root = pyarrow.fs.FileSystem.from_uri(
        output if "://" in output else "file://" + os.path.abspath(output))
    infos = filesystem.get_file_info(pyarrow.fs.FileSelector(
        f"{root}/{SIGNATURES}", recursive=True, allow_not_found=True))
  except (OSError, ValueError) as exc:
    raise UsageError(f"--output {output!r}: cannot list {SIGNATURES}/: "
                     f"{exc}") from exc
  prefix = "" if "://" not in output else output.split("://", 1)[0] + "://"
  return tuple(sorted(prefix + info.path for info in infos
                      if info.type == pyarrow.fs.FileType.File
                      and info.path.endswith(".parquet")
                      and (since_date is None
                           or _partition_of(info.path) >= since_date)))


def _partition_of(path: str) -> str:
  """'YYYY-MM-DD' of a '.../date=YYYY-MM-DD/part-....parquet' path."""
  directory = path.rsplit("/", 2)[-2]
  return directory[len("date="):] if directory.startswith("date=") else ""


def build(pipeline: beam.Pipeline, the_plan: Plan):
  """Adds the backfill to ``pipeline``; returns the WrittenFile PCollection."""
  crawled = (
      pipeline
      | "Sources" >> beam.Create(list(the_plan.sources))
      | "Crawl" >> Crawl(the_plan.fetch_config, the_plan.window))
  return build_documents(
      crawled["pages"], crawled[Crawl.TRANSCRIPTS], [crawled[Crawl.ERRORS]],
      window=the_plan.window, output=the_plan.output,
      shards_per_day=the_plan.shards_per_day,
      index_files=the_plan.index_files)


def build_documents(pages, transcripts, errors: list, *, window: DateWindow,
                    output: str, shards_per_day: int,
                    index_files: tuple = ()):
  """Article pages and transcript pages -> every dataset in ``output``.

  Extract, clean, detect language, dedup (exact, then near against
  ``index_files``), tag events, write; ``errors`` (PCollections of
  ErrorRecord from earlier stages) are written with the stages' own. The
  backfill and the monitor share it. Returns the WrittenFile PCollection.
  """
  extracted = pages | "ExtractArticles" >> ExtractArticles()
  transcribed = transcripts | "ParseTranscripts" >> ParseTranscripts()
  cleaned = (
      (extracted.documents, transcribed.documents)
      | "ArticlesAndTranscripts" >> beam.Flatten()
      | "KeepInWindow" >> KeepInWindow(window)
      | "CleanText" >> CleanText())
  deduped = (
      cleaned.documents
      | "DetectLanguage" >> DetectLanguage()
      | "DedupExact" >> DedupExact())
  clustered = deduped["documents"] | "DedupNear" >> DedupNear(
      index_files=index_files)
  tagged = clustered["documents"] | "TagEvents" >> TagEvents()
  all_errors = (
      *errors, extracted[ExtractArticles.ERRORS],
      transcribed[ParseTranscripts.ERRORS], cleaned[CleanText.ERRORS],
      deduped[DedupExact.ERRORS], tagged[TagEvents.ERRORS],
  ) | "AllErrors" >> beam.Flatten()
  return {DOCUMENTS: clustered["documents"], ERRORS: all_errors,
          SIGNATURES: clustered[DedupNear.SIGNATURES],
          MENTIONS: tagged.mentions} | (
      "WriteDatasets" >> WriteDatasets(output, shards_per_day))


def run_plan(the_plan: Plan) -> Summary:
  """Runs the backfill to completion and returns its summary."""
  started = time.monotonic()
  pipeline = beam.Pipeline(options=pipeline_options(list(the_plan.beam_args)))
  build(pipeline, the_plan)
  result = pipeline.run()
  result.wait_until_finish()
  _remove_empty_tmp(the_plan.output)
  return Summary.from_result(result, the_plan, time.monotonic() - started)


def _remove_empty_tmp(output: str) -> None:
  path = local_path(output)
  if path is None:
    return
  try:
    os.rmdir(os.path.join(path, TMP_DIR))
  except OSError:
    pass  # Absent, or holds files of a crashed writer worth keeping.


def run(argv=None) -> Summary:
  """Parses ``argv`` like `ingest backfill ...` and runs; for tests."""
  from pipelines.cli import parse_args
  args, beam_args = parse_args(["backfill", *(argv or [])])
  return run_plan(plan(args, beam_args))
