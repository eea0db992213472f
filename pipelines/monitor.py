"""The monitor: poll SOURCEs' feeds and write new stories, until stopped.

Two ways to run, one set of transforms (PollFeeds from
transforms/polling.py, then the backfill's own fetch, extract ... write
stages via ``backfill.build_documents``):

- Locally (the default): micro-batch cycles, each a bounded pipeline on
  the offline runner. A cycle:
    1. lists the targets (SOURCEs, the entries of URL lists, the files of
       directories) and registers new ones in the state database;
    2. polls the due targets (pipeline 1: PollFeeds);
    3. drops items whose id is in the seen table;
    4. fetches the new items and writes every dataset (pipeline 2, only
       when there is something to write: a cycle where every feed answered
       304 costs one small pipeline);
    5. fsyncs the files written, then commits the cycle to the state
       database in one transaction: feed states (validators, intervals,
       moved URLs, 410s), seen ids, and items to try again.
  Killed anywhere before 5, the cycle is simply done again after a
  restart: its feeds are polled without the new validators, its items
  are fetched again, and the rows rewrite the same rows (a row's file is
  decided by its date and key; see transforms/write.py).
- On a streaming runner (``--streaming``, or a --runner that is not a
  local one): ``build_streaming``, an unbounded pipeline where a periodic
  impulse drives the polls, feed state and seen ids live in Beam state
  with a time-to-live, and documents are written per fixed window.

The state database is DIR/_monitor/state.sqlite, locked by one monitor at
a time (DIR/_monitor/lock).
"""

import dataclasses
import errno
import fcntl
import logging
import os
import pickle
import shutil
import signal
import threading
import time
from typing import Optional

import apache_beam as beam

from pipelines import backfill
from pipelines.allocator import limit_malloc_arenas
from pipelines.cli import UsageError
from pipelines.options import pipeline_options
from pipelines.summary import Summary, counters_of
from schemas.errors import ErrorRecord
from schemas.records import ROLE_SOURCE
from transforms.crawl import RouteResponses
from transforms.feeds import parse_url_list
from transforms.feedstate import STATE_FILE, FeedState, FeedStateStore
from transforms.fetch import FetchPages
from transforms.polling import (CHANGED, FAILED, UNCHANGED, FilterSeen,
                                PollConfig, PollFeeds, item_id)
from transforms.sources import (SourceError, classify_source, directory_files,
                                file_uri, local_path)
from transforms.transcript_formats import sniff_format
from transforms.window import DateWindow
from transforms.write import DOCUMENTS, ERRORS, TMP_DIR, WriteDatasets

__all__ = ["MonitorPlan", "plan", "run_plan", "run", "Monitor",
           "expand_sources", "build_streaming", "MONITOR_DIR",
           "LOCAL_RUNNERS"]

_LOG = logging.getLogger("news_ingest.monitor")
MONITOR_DIR = "_monitor"
_LOCK_FILE = "lock"
_CYCLE_DIR = "cycle"
# Runners that execute a bounded pipeline in this process or machine: the
# monitor runs its micro-batch cycles on them.
LOCAL_RUNNERS = frozenset({"FnApiRunner", "DirectRunner",
                           "BundleBasedDirectRunner", "SwitchingDirectRunner"})
# An item whose fetch failed for a passing reason (timeout, 5xx, 429) is
# offered again in later cycles, this many times in all, then given up
# (its errors rows say why).
MAX_ITEM_ATTEMPTS = 3
_TRANSIENT_TYPES = frozenset({"timeout", "connection_error", "rate_limited"})
_PAGE_TAGS = (PollFeeds.PAGES, PollFeeds.TRANSCRIPTS)


@dataclasses.dataclass(frozen=True)
class MonitorPlan:
  """A validated `ingest monitor` invocation."""
  sources: tuple
  output: str
  poll: PollConfig
  shards_per_day: int
  beam_args: tuple
  max_cycles: Optional[int] = None
  duration: Optional[float] = None
  # Seen item ids are forgotten this long after no polled feed lists them;
  # near-duplicates are looked for among documents of this many days back.
  seen_ttl: float = 30 * 24 * 3600.0
  streaming: bool = False


def _is_streaming(beam_args: tuple) -> bool:
  from apache_beam.options.pipeline_options import StandardOptions
  standard = pipeline_options(list(beam_args)).view_as(StandardOptions)
  return bool(standard.streaming) or standard.runner not in LOCAL_RUNNERS


def plan(args, beam_args: list) -> MonitorPlan:
  """Validates `ingest monitor` arguments; raises UsageError before any work."""
  sources = tuple(backfill._absolute_source(s) for s in args.sources)  # pylint: disable=protected-access
  for source in sources:
    try:
      classify_source(source)
    except SourceError as exc:
      raise UsageError(str(exc)) from exc
  try:
    poll = PollConfig(interval=args.interval,
                      max_interval=max(args.max_interval, args.interval),
                      fetch=backfill.fetch_config_of(args))
  except ValueError as exc:
    raise UsageError(str(exc)) from exc
  try:
    streaming = _is_streaming(tuple(beam_args))
  except (ValueError, SystemExit) as exc:
    raise UsageError(f"bad Beam pipeline option: {exc}") from exc
  if not streaming and local_path(args.output) is None:
    raise UsageError(f"--output {args.output!r}: the local monitor keeps its "
                     "state in DIR, which must be a local directory (a "
                     "streaming runner writes to remote URIs)")
  shards = backfill.check_output(args.output, args.shards_per_day)
  return MonitorPlan(
      sources=sources, output=args.output, poll=poll, shards_per_day=shards,
      beam_args=tuple(beam_args), max_cycles=args.max_cycles,
      duration=args.duration, seen_ttl=args.seen_ttl, streaming=streaming)


# --- Targets -----------------------------------------------------------------

def _parent(source: str) -> str:
  # Parents of targets a SOURCE lists; OPML targets use 'target:' + URL.
  return "source:" + source


def expand_sources(sources) -> tuple:
  """(targets, {parent: target urls}, errors) of the SOURCEs as they are now.

  A URL or a local file is one target; a URL list's entries and a
  directory's pages and caption files are one target each, read again
  every cycle so that edits to them count. An OPML file is a target whose
  polls list feeds (see PollFeeds).
  """
  targets, children, errors = [], {}, []
  for source in sources:
    parent = _parent(source)
    listed = []
    try:
      kind = classify_source(source)
      if kind == "url":
        listed.append(FeedState(url=source, source=source, role=ROLE_SOURCE,
                                parent=parent, trusted=True))
      elif kind == "directory":
        paths = directory_files(local_path(source))
        listed.extend(FeedState(url=file_uri(path), source=source,
                                role=ROLE_SOURCE, parent=parent, trusted=True)
                      for path in paths)
        if not paths:
          errors.append(ErrorRecord(
              stage="source", error_type="empty_directory",
              message=f"no pages or caption files in {local_path(source)}",
              url=source, source=source))
      elif kind == "url_list":
        with open(local_path(source), "rb") as f:
          text = f.read().decode("utf-8-sig", errors="replace")
        if sniff_format(text) == "text":  # A timestamped transcript.
          listed.append(FeedState(url=file_uri(local_path(source)),
                                  source=source, role=ROLE_SOURCE,
                                  parent=parent, trusted=True))
        else:
          urls, problems = parse_url_list(text)
          listed.extend(FeedState(url=url, source=source, role=ROLE_SOURCE,
                                  parent=parent) for url in urls)
          errors.extend(ErrorRecord(
              stage="source", error_type=problem.error_type,
              message=str(problem), url=source, source=source)
                        for problem in problems)
      else:
        listed.append(FeedState(url=file_uri(local_path(source)),
                                source=source, role=ROLE_SOURCE,
                                parent=parent, trusted=True))
    except (OSError, SourceError) as exc:
      errors.append(ErrorRecord(stage="source", error_type=type(exc).__name__,
                                message=str(exc), url=source, source=source))
      continue  # Unreadable this cycle: keep its targets as they were.
    targets.extend(listed)
    children[parent] = {target.url for target in listed}
  return targets, children, errors


# --- Moving records between the driver and its pipelines ----------------------

class _Collect(beam.PTransform):
  """PCollection -> one pickle file of all its elements (local mode only:
  the driver reads it back after the pipeline has finished)."""

  def __init__(self, path: str, label=None):
    super().__init__(label)
    self._path = path

  def expand(self, pcoll):
    return (pcoll
            | "ToList" >> beam.combiners.ToList()
            | "Dump" >> beam.Map(_dump, self._path))


def _dump(elements: list, path: str) -> None:
  with open(path + ".tmp", "wb") as f:
    pickle.dump(elements, f, protocol=pickle.HIGHEST_PROTOCOL)
  os.replace(path + ".tmp", path)


def _load(path: str) -> list:
  if not os.path.exists(path):
    return []
  with open(path, "rb") as f:
    return pickle.load(f)


def _is_transient(error: ErrorRecord) -> bool:
  status = error.http_status or 0
  return (error.error_type in _TRANSIENT_TYPES or status == 429
          or 500 <= status < 600)


def _item_outcome(result) -> tuple:
  """FetchedPage or ErrorRecord of an item -> (item id, 'ok'|'retry'|'failed')."""
  if isinstance(result, ErrorRecord):
    return item_id(result.url), "retry" if _is_transient(result) else "failed"
  return item_id(result.request.url), "ok"


def _fsync(path: str) -> None:
  """Makes a renamed file and its directory entry durable."""
  for target, flags in ((path, os.O_RDONLY), (os.path.dirname(path),
                                               os.O_RDONLY)):
    try:
      descriptor = os.open(target, flags)
    except OSError:
      continue  # Rewritten again since, or a remote filesystem.
    try:
      os.fsync(descriptor)
    finally:
      os.close(descriptor)


@dataclasses.dataclass
class CycleReport:
  number: int
  seconds: float
  due: int
  outcomes: dict
  items_listed: int
  items_new: int
  items_retry: int


class _Stop:
  """SIGINT/SIGTERM: the first ends the monitor after the current cycle,
  the second abandons the cycle at once (nothing of it is committed; its
  temporary files are removed) and exits 0."""

  def __init__(self, on_abandon):
    self.event = threading.Event()
    self._on_abandon = on_abandon
    self._previous = {}

  def install(self) -> None:
    if threading.current_thread() is not threading.main_thread():
      return  # Signals reach the main thread only (tests run us elsewhere).
    for signum in (signal.SIGINT, signal.SIGTERM):
      self._previous[signum] = signal.signal(signum, self._handle)

  def uninstall(self) -> None:
    for signum, handler in self._previous.items():
      signal.signal(signum, handler)
    self._previous = {}

  def _handle(self, signum, _frame) -> None:
    if not self.event.is_set():
      _LOG.warning("monitor: %s, stopping after this cycle (again to stop "
                   "now)", signal.Signals(signum).name)
      self.event.set()
      return
    _LOG.warning("monitor: stopping now; this cycle is abandoned and will "
                 "be done again by the next run")
    self._on_abandon()


class Monitor:
  """The local micro-batch monitor on one output directory."""

  def __init__(self, the_plan: MonitorPlan):
    # Each cycle's pipelines start and end dozens of threads; without a
    # cap, glibc gives them new malloc arenas that keep their freed memory,
    # and resident memory climbs for tens of cycles (see allocator.py).
    limit_malloc_arenas()
    self.plan = the_plan
    self._root = os.path.abspath(local_path(the_plan.output))
    self._dir = os.path.join(self._root, MONITOR_DIR)
    self._cycle_dir = os.path.join(self._dir, _CYCLE_DIR)
    os.makedirs(self._cycle_dir, exist_ok=True)
    self._lock = open(os.path.join(self._dir, _LOCK_FILE), "w")
    try:
      fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
      self._lock.close()
      if exc.errno in (errno.EAGAIN, errno.EACCES):
        raise UsageError(f"another monitor is running on {the_plan.output}")
      raise
    # Left by a killed cycle: never visible as datasets, safe to drop now
    # that the lock says no cycle of ours is running.
    self._clean_scratch()
    self.store = FeedStateStore(os.path.join(self._dir, STATE_FILE))
    self.counters = {}
    self.cycles = 0
    self._source_errors_seen = set()

  def close(self) -> None:
    self.store.close()
    self._lock.close()

  def _clean_scratch(self) -> None:
    shutil.rmtree(self._cycle_dir, ignore_errors=True)
    os.makedirs(self._cycle_dir, exist_ok=True)
    shutil.rmtree(os.path.join(self._root, TMP_DIR), ignore_errors=True)

  def abandon(self) -> None:
    """Called from a signal handler: drop the cycle's scratch and exit 0."""
    self._clean_scratch()
    logging.shutdown()
    os._exit(0)  # pylint: disable=protected-access

  def _add(self, counters: dict) -> None:
    for key, value in counters.items():
      self.counters[key] = self.counters.get(key, 0) + value

  def _pipeline(self) -> beam.Pipeline:
    return beam.Pipeline(options=pipeline_options(list(self.plan.beam_args)))

  def _path(self, name: str) -> str:
    return os.path.join(self._cycle_dir, name + ".pickle")

  def _poll(self, due: list, now: float) -> dict:
    """Pipeline 1: PollFeeds over the due targets; its outputs by tag."""
    pipeline = self._pipeline()
    polled = (pipeline
              | "Targets" >> beam.Create(due)
              | "PollFeeds" >> PollFeeds(self.plan.poll, now=now))
    tags = ("results", PollFeeds.ITEMS, *_PAGE_TAGS, PollFeeds.TARGETS,
            PollFeeds.ERRORS)
    for tag in tags:
      _ = polled[tag] | f"Collect_{tag}" >> _Collect(self._path(tag))
    result = pipeline.run()
    result.wait_until_finish()
    self._add(counters_of(result))
    return {tag: _load(self._path(tag)) for tag in tags}

  def _ingest(self, requests: list, polled: dict, errors: list,
              now: float) -> tuple:
    """Pipeline 2: fetch new items, write every dataset.

    Returns (written file paths, {item id: outcome}).
    """
    the_plan = self.plan
    pipeline = self._pipeline()
    poll_errors = pipeline | "PollErrors" >> beam.Create(errors)
    if not requests and not any(polled[tag] for tag in _PAGE_TAGS):
      # Only errors rows: no need for the whole document graph.
      documents = pipeline | "NoDocuments" >> beam.Create([])
      written = {DOCUMENTS: documents, ERRORS: poll_errors} | (
          "WriteDatasets" >> WriteDatasets(the_plan.output,
                                           the_plan.shards_per_day))
      outcomes = None
    else:
      fetched = (pipeline
                 | "Items" >> beam.Create(requests)
                 | "FetchItems" >> FetchPages(the_plan.poll.fetch))
      routed = fetched.pages | "RouteItems" >> RouteResponses(
          DateWindow(), the_plan.poll.fetch.max_feed_items)
      pages = (routed.pages,
               pipeline | "PolledPages" >> beam.Create(polled[PollFeeds.PAGES])
               ) | "AllPages" >> beam.Flatten()
      transcripts = (
          routed[RouteResponses.TRANSCRIPTS],
          pipeline | "PolledTranscripts" >> beam.Create(
              polled[PollFeeds.TRANSCRIPTS])) | "AllTranscripts" >> (
                  beam.Flatten())
      since = time.strftime("%Y-%m-%d",
                            time.gmtime(now - the_plan.seen_ttl))
      written = backfill.build_documents(
          pages, transcripts,
          [poll_errors, fetched[FetchPages.ERRORS],
           routed[RouteResponses.ERRORS]],
          window=DateWindow(), output=the_plan.output,
          shards_per_day=the_plan.shards_per_day,
          index_files=backfill.list_index_files(the_plan.output, since))
      outcomes = (
          (fetched.pages, fetched[FetchPages.ERRORS])
          | "FetchResults" >> beam.Flatten()
          | "Outcomes" >> beam.Map(_item_outcome))
      _ = outcomes | "CollectOutcomes" >> _Collect(self._path("outcomes"))
    _ = (written | "Paths" >> beam.Map(lambda written_file: written_file.path)
         | "CollectWritten" >> _Collect(self._path("written")))
    result = pipeline.run()
    result.wait_until_finish()
    self._add(counters_of(result))
    outcomes = dict(_load(self._path("outcomes"))) if outcomes else {}
    return _load(self._path("written")), outcomes

  def run_cycle(self, now: Optional[float] = None) -> Optional[CycleReport]:
    """One cycle if any target is due (None otherwise)."""
    started = time.monotonic()
    now = time.time() if now is None else now
    store = self.store
    targets, children, source_errors = expand_sources(self.plan.sources)
    # A broken URL list says so once per run, not once per cycle.
    source_errors = [error for error in source_errors
                     if error.error_id not in self._source_errors_seen]
    self._source_errors_seen.update(error.error_id for error in source_errors)
    store.commit(now=now, new_targets=targets, children=children)
    due = store.due(now)
    if not due and not source_errors:
      return None
    self.cycles += 1
    polled = self._poll(due, now) if due else {
        tag: [] for tag in ("results", PollFeeds.ITEMS, *_PAGE_TAGS,
                            PollFeeds.TARGETS, PollFeeds.ERRORS)}
    # One item per id, the same one every time: the first by target, URL.
    candidates = {}
    for item in sorted(polled[PollFeeds.ITEMS],
                       key=lambda i: (i.item_id, i.target, i.request.url)):
      candidates.setdefault(item.item_id, item)
    new_ids = sorted(store.unseen(candidates))
    errors = polled[PollFeeds.ERRORS] + source_errors
    written, outcomes = [], {}
    if new_ids or errors or any(polled[tag] for tag in _PAGE_TAGS):
      written, outcomes = self._ingest(
          [candidates[i].request for i in new_ids], polled, errors, now)
    for path in written:
      _fsync(path)
    report = self._commit(now, polled, candidates, new_ids, outcomes)
    for name in os.listdir(self._cycle_dir):  # Committed: scratch is done.
      os.remove(os.path.join(self._cycle_dir, name))
    report.number = self.cycles
    report.seconds = time.monotonic() - started
    report.due = len(due)
    return report

  def _commit(self, now, polled, candidates, new_ids,
              outcomes) -> CycleReport:
    failures = self.store.item_failures(new_ids)
    # No outcome cannot happen (every request ends as a page or an error);
    # if it did, the item is offered again rather than taken as written.
    retry = {i for i in new_ids if outcomes.get(i, "retry") == "retry"
             and failures.get(i, 0) + 1 < MAX_ITEM_ATTEMPTS}
    seen = [i for i in new_ids if i not in retry]
    retry_targets = {candidates[i].target for i in retry}
    states, listings, polled_ok, discovered = [], {}, [], {}
    for target in polled[PollFeeds.TARGETS]:
      discovered.setdefault(target.parent, {})[target.url] = target
    opml_children = {}
    for result in polled["results"]:
      state = result.state
      if state.url in retry_targets:
        # Read it whole again next time, so its unfetched items come back.
        state = dataclasses.replace(
            state, etag=None, last_modified=None, fingerprint=None,
            next_poll=now + self.plan.poll.interval)
      states.append(state)
      if result.outcome != FAILED:
        polled_ok.append(state.url)
      if result.outcome in (CHANGED, UNCHANGED):
        listings[state.url] = result.item_ids
      if result.outcome == CHANGED:
        parent = "target:" + state.url
        found = discovered.get(state.url, {})
        opml_children[parent] = set(found)
    new_targets = [dataclasses.replace(target, parent="target:" + parent)
                   for parent, found in discovered.items()
                   for target in found.values()]
    self.store.commit(
        now=now, states=states, new_targets=new_targets,
        listings=listings, polled=polled_ok, seen=seen, failed=sorted(retry),
        children=opml_children, seen_ttl=self.plan.seen_ttl)
    outcome_counts = {}
    for result in polled["results"]:
      outcome_counts[result.outcome] = outcome_counts.get(result.outcome, 0) + 1
    return CycleReport(
        number=0, seconds=0.0, due=0, outcomes=outcome_counts,
        items_listed=len(candidates), items_new=len(seen),
        items_retry=len(retry))


def _progress_line(report: CycleReport, counters_before: dict,
                   counters_after: dict) -> str:
  def delta(namespace, name):
    key = (namespace, name)
    return counters_after.get(key, 0) - counters_before.get(key, 0)
  outcomes = ", ".join(f"{count} {outcome.replace('_', ' ')}"
                       for outcome, count in sorted(report.outcomes.items()))
  return (f"cycle {report.number}: {report.due} polled"
          + (f" ({outcomes})" if outcomes else "")
          + f"; items {report.items_listed} listed, {report.items_new} new"
          + (f", {report.items_retry} to retry" if report.items_retry else "")
          + f"; {delta('write', 'documents_rows')} documents, "
          f"{delta('write', 'errors_rows')} errors written; "
          f"{report.seconds:.1f}s")


@dataclasses.dataclass
class MonitorSummary:
  seconds: float
  cycles: int
  output: str
  counters: dict
  targets: dict
  seen: int

  def render(self) -> str:
    base = Summary(seconds=self.seconds, output=self.output, sample=False,
                   counters=self.counters)
    c = base.count
    lines = base.render(
        header=f"monitor finished: {self.cycles} cycles in "
        f"{self.seconds:.1f}s").splitlines()
    polls = (f"  polls:       {c('monitor', 'changed')} changed, "
             f"{c('monitor', 'unchanged')} unchanged, "
             f"{c('monitor', 'not_modified')} not modified (304), "
             f"{c('monitor', 'failed')} failed, {c('monitor', 'gone')} gone "
             f"(410), {c('monitor', 'moved')} moved (301/308)")
    state = ("  state:       " + ", ".join(
        f"{count} {status}" for status, count in sorted(self.targets.items()))
             + f" targets; {self.seen} seen item ids")
    return "\n".join([lines[0], polls, state, *lines[2:]])


def run_plan(the_plan: MonitorPlan) -> MonitorSummary:
  """Runs cycles until --max-cycles, --duration or a signal; or, on a
  streaming runner, the unbounded pipeline."""
  if the_plan.streaming:
    return _run_streaming(the_plan)
  started = time.monotonic()
  monitor = Monitor(the_plan)
  stop = _Stop(monitor.abandon)
  stop.install()
  try:
    while not stop.event.is_set():
      if the_plan.duration is not None and (
          time.monotonic() - started >= the_plan.duration):
        break
      before = dict(monitor.counters)
      report = monitor.run_cycle()
      if report is not None:
        _LOG.info("%s", _progress_line(report, before, monitor.counters))
        if the_plan.max_cycles and monitor.cycles >= the_plan.max_cycles:
          break
      if stop.event.is_set():
        break
      next_poll = monitor.store.next_poll()
      wait = (the_plan.poll.interval if next_poll is None
              else max(0.0, next_poll - time.time()))
      if the_plan.duration is not None:
        wait = min(wait, max(0.0, the_plan.duration
                             - (time.monotonic() - started)))
      # Woken at once by a signal.
      stop.event.wait(max(wait, 0.01))
    targets = {}
    for state in monitor.store.feeds():
      targets[state.status] = targets.get(state.status, 0) + 1
    return MonitorSummary(
        seconds=time.monotonic() - started, cycles=monitor.cycles,
        output=the_plan.output, counters=monitor.counters, targets=targets,
        seen=monitor.store.seen_count())
  finally:
    stop.uninstall()
    monitor.close()
    backfill._remove_empty_tmp(the_plan.output)  # pylint: disable=protected-access


def run(argv=None) -> MonitorSummary:
  """Parses ``argv`` like `ingest monitor ...` and runs; for tests."""
  from pipelines.cli import parse_args
  args, beam_args = parse_args(["monitor", *(argv or [])])
  return run_plan(plan(args, beam_args))


# --- Streaming -----------------------------------------------------------------

def build_streaming(ticks, targets, the_plan: MonitorPlan,
                    window_seconds: float = 60.0):
  """The unbounded monitor on ``ticks`` (a PCollection of impulses, in the
  global window): per-feed polls in Beam state, seen ids in Beam state
  with a TTL, documents written per fixed window of ``window_seconds``.

  Returns the WrittenFile PCollection. ``targets`` (FeedState) are fixed
  when the pipeline is built: a changed URL list or OPML file is picked up
  by a new launch. Near-duplicates are linked within a window and to the
  signature index as it stood at launch.
  """
  targets = tuple(targets)
  window = beam.WindowInto(beam.window.FixedWindows(window_seconds))
  polled = (
      ticks
      | "FanOut" >> beam.FlatMap(
          lambda _tick: [(target.url, target) for target in targets])
      | "PollFeeds" >> PollFeeds(the_plan.poll, stateful=True,
                                 state_ttl=the_plan.seen_ttl))
  requests = (
      polled[PollFeeds.ITEMS]
      | "FilterSeen" >> FilterSeen(the_plan.seen_ttl)
      | "Requests" >> beam.Map(lambda item: item.request)
      | "WindowItems" >> window)
  fetched = requests | "FetchItems" >> FetchPages(the_plan.poll.fetch)
  routed = fetched.pages | "RouteItems" >> RouteResponses(
      DateWindow(), the_plan.poll.fetch.max_feed_items)
  pages = (routed.pages,
           polled[PollFeeds.PAGES] | "WindowPages" >> window
           ) | "AllPages" >> beam.Flatten()
  transcripts = (routed[RouteResponses.TRANSCRIPTS],
                 polled[PollFeeds.TRANSCRIPTS] | "WindowTranscripts" >> window
                 ) | "AllTranscripts" >> beam.Flatten()
  errors = polled[PollFeeds.ERRORS] | "WindowErrors" >> window
  return backfill.build_documents(
      pages, transcripts,
      [errors, fetched[FetchPages.ERRORS], routed[RouteResponses.ERRORS]],
      window=DateWindow(), output=the_plan.output,
      shards_per_day=the_plan.shards_per_day)


def _run_streaming(the_plan: MonitorPlan) -> MonitorSummary:
  from apache_beam.options.pipeline_options import StandardOptions
  from apache_beam.transforms.periodicsequence import PeriodicImpulse
  started = time.monotonic()
  targets, _, errors = expand_sources(the_plan.sources)
  for error in errors:
    _LOG.warning("monitor: %s: %s", error.source, error.message)
  options = pipeline_options(list(the_plan.beam_args))
  options.view_as(StandardOptions).streaming = True
  start = time.time()
  stop = None
  if the_plan.max_cycles:
    stop = start + the_plan.max_cycles * max(the_plan.poll.interval, 1.0)
  if the_plan.duration is not None:
    stop = min(stop or float("inf"), start + the_plan.duration)
  pipeline = beam.Pipeline(options=options)
  impulse = (PeriodicImpulse(start_timestamp=start, stop_timestamp=stop,
                             fire_interval=max(the_plan.poll.interval, 1.0))
             if stop is not None else
             PeriodicImpulse(start_timestamp=start,
                             fire_interval=max(the_plan.poll.interval, 1.0)))
  build_streaming(pipeline | "Ticks" >> impulse, targets, the_plan)
  result = pipeline.run()
  result.wait_until_finish()
  return MonitorSummary(seconds=time.monotonic() - started, cycles=0,
                        output=the_plan.output, counters=counters_of(result),
                        targets={"listed": len(targets)}, seen=0)
