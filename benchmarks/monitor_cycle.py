"""Cycle overhead and memory of the local monitor when nothing changed.

N feeds on a local HTTP server (tests/fixture_server.py on 127.0.0.1),
each an invented RSS feed with its own ETag, listing items from a pool of
20 invented pages. A first cycle reads every feed and ingests the pool;
then C cycles in which every feed is due and every feed answers 304
(checked on the server's log, cycle by cycle). For each cycle: wall time,
CPU time of this process (all threads, time.process_time), and after it
(outside the timed part, after gc.collect()): resident memory (VmRSS),
Python's live objects (gc.get_objects()), memory blocks the interpreter
has allocated (sys.getallocatedblocks()), glibc's malloc arenas and what
they have mapped (malloc_info), and with --tracemalloc the bytes traced by
tracemalloc (started after the first cycle; it slows cycles down, so the
times of such a run are not the monitor's). The server runs in this
process; its request log is cleared every cycle.

Memory is judged on the last half of the cycles (the first half includes
warm-up): the least-squares slope of each series per cycle, and the range.

Politeness is set for one local host serving all feeds:
--per-host-delay 0, --per-host-concurrency 16 (a real deployment polls
hundreds of hosts, each with the defaults).

  python -m benchmarks.monitor_cycle [--feeds 500] [--cycles 100]
      [--tracemalloc] [--json FILE]
  python -m benchmarks.monitor_cycle --write [--feeds 500] [--cycles 100]
      [--long-feeds 50] [--long-cycles 1000] [--long-tracemalloc]
      [--uncapped-cycles 100] [--results MAIN LONG [UNCAPPED]]

Without --write: one run of FEEDS x CYCLES in this process, summarized
(and its series written to --json). With --write: the issue's benchmark
(FEEDS x CYCLES), the long run (LONG_FEEDS x LONG_CYCLES) and a run of
LONG_FEEDS x UNCAPPED_CYCLES with the monitor's malloc arena cap switched
off (MALLOC_ARENA_MAX set to glibc's own limit, see pipelines/allocator.py),
each in a fresh process so that none inherits another's memory, one after
the other; then the BENCHMARKS.md section. --results renders the section
from --json files of runs made before (e.g. at the same time, to save an
hour of a shared machine).
"""

import argparse
import datetime
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc

from benchmarks import report

__all__ = ["measure", "summarize"]

_POOL = 20
_SECTION = "monitor-cycle"
_MB = 1024 ** 2
# glibc's own arena limit on this machine (8 per core): the cap switched off.
_GLIBC_DEFAULT_ARENAS = str(8 * (os.cpu_count() or 1))
# Files whose change would change the numbers (see report.code_state).
_MEASURED = ("pipelines", "transforms", "schemas", "benchmarks/monitor_cycle.py")


def _rss_mb() -> float:
  with open("/proc/self/status", encoding="ascii") as f:
    for line in f:
      if line.startswith("VmRSS:"):
        return int(line.split()[1]) / 1024
  return float("nan")


def _serve_feeds(server, feeds: int) -> list:
  from benchmarks.corpus import article_page
  start = datetime.datetime(2026, 11, 2, tzinfo=datetime.timezone.utc)
  pages = []
  for number in range(_POOL):
    published = start + datetime.timedelta(minutes=13 * number)
    title, page = article_page(random.Random(number), number, published)
    path = f"/news/{number:03d}.html"
    server.add(path, status=200, content=page,
               headers={"Content-Type": "text/html; charset=utf-8"})
    pages.append((path, title))
  urls = []
  for number in range(feeds):
    path, title = pages[number % _POOL]
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed '
            f"{number}</title><item><title>{title}</title><link>{{{{BASE}}}}"
            f"{path}</link></item></channel></rss>")
    server.add(f"/feeds/{number:04d}.xml", status=200, content=body,
               etag=f'"feed-{number}-v1"',
               headers={"Content-Type": "application/rss+xml"})
    urls.append(server.url(f"/feeds/{number:04d}.xml"))
  return urls


def _memory(trace: bool) -> dict:
  """Memory after a cycle, garbage collected first."""
  from pipelines.allocator import malloc_arenas
  gc.collect()
  arenas = malloc_arenas() or (0, 0)
  return {"rss_mb": round(_rss_mb(), 2),
          "objects": len(gc.get_objects()),
          "blocks": sys.getallocatedblocks(),
          "arenas": arenas[0],
          "arena_mb": round(arenas[1] / _MB, 2),
          "traced_mb": (round(tracemalloc.get_traced_memory()[0] / _MB, 3)
                        if trace else None)}


def measure(feeds: int, cycles: int, work: str, trace: bool = False,
            progress: bool = False) -> dict:
  """The first cycle, then ``cycles`` all-304 cycles: their series."""
  from pipelines import monitor
  from pipelines.cli import parse_args
  from tests.fixture_server import FixtureServer
  load = [round(os.getloadavg()[0], 2)]
  with FixtureServer(None) as server:
    urls = _serve_feeds(server, feeds)
    list_file = os.path.join(work, "feeds.txt")
    with open(list_file, "w", encoding="utf-8") as f:
      f.write("\n".join(urls) + "\n")
    output = os.path.join(work, "out")
    args, beam_args = parse_args([
        "monitor", list_file, "--output", output, "--interval", "1",
        "--max-interval", "1", "--private-addresses", "allow",
        "--per-host-delay", "0", "--per-host-concurrency", "16", "-q"])
    watcher = monitor.Monitor(monitor.plan(args, beam_args))
    now = time.time()
    try:
      started = time.perf_counter()
      first = watcher.run_cycle(now=now)
      first_seconds = time.perf_counter() - started
      server.requests.clear()
      server.statuses.clear()
      if trace:
        tracemalloc.start()
      series = [dict(_memory(trace), cycle=0)]
      for number in range(1, cycles + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        cycle_report = watcher.run_cycle(now=now + 10 * number)
        row = {"cycle": number,
               "wall_s": round(time.perf_counter() - wall, 3),
               "cpu_s": round(time.process_time() - cpu, 3)}
        answered = list(server.statuses)
        assert cycle_report.outcomes == {"not_modified": feeds}, (
            cycle_report.outcomes)
        assert len(answered) == feeds and all(
            status == 304 for _, status in answered), "not all 304"
        # The server shares this process: its request log must not be
        # counted as the monitor's memory.
        server.requests.clear()
        server.statuses.clear()
        row.update(_memory(trace))
        series.append(row)
        if progress and number % 50 == 0:
          print(json.dumps(row), file=sys.stderr, flush=True)
        if number % max(1, cycles // 10) == 0:
          load.append(round(os.getloadavg()[0], 2))
    finally:
      if trace:
        tracemalloc.stop()
      watcher.close()
    database = os.path.getsize(os.path.join(output, "_monitor",
                                            "state.sqlite"))
  return {"feeds": feeds, "cycles": cycles, "tracemalloc": trace,
          "malloc_arena_max_env": os.environ.get("MALLOC_ARENA_MAX"),
          "first_cycle_s": round(first_seconds, 1),
          "first_cycle_items": first.items_new,
          "state_db_kb": round(database / 1024, 1), "load": load,
          "series": series}


def _slope(rows: list, key: str) -> float:
  """Least-squares slope of ``key`` per cycle over ``rows``."""
  if len(rows) < 2:
    return float("nan")
  return statistics.linear_regression([row["cycle"] for row in rows],
                                      [row[key] for row in rows]).slope


def summarize(result: dict) -> dict:
  """Times over all cycles; each memory series at the start, the end and
  over the last half (slope per cycle, low, high)."""
  series = result["series"]
  cycles = series[1:]
  last_half = series[len(series) // 2:]
  keys = ["rss_mb", "objects", "blocks", "arenas", "arena_mb"]
  if result["tracemalloc"]:
    keys.append("traced_mb")
  memory = {}
  for key in keys:
    values = [row[key] for row in last_half]
    memory[key] = {"first": series[0][key], "last": series[-1][key],
                   "max": max(row[key] for row in series),
                   "half_low": min(values), "half_high": max(values),
                   "half_slope": _slope(last_half, key)}
  walls = [row["wall_s"] for row in cycles]
  return {"wall_median_s": statistics.median(walls),
          "wall_max_s": max(walls),
          "cpu_median_s": statistics.median(row["cpu_s"] for row in cycles),
          "half_from": last_half[0]["cycle"], "memory": memory}


def _run_child(feeds: int, cycles: int, trace: bool,
               arena_max: str = None) -> dict:
  """``measure`` in a fresh interpreter: its memory is its own.
  ``arena_max``: MALLOC_ARENA_MAX for it (the monitor then keeps it)."""
  with tempfile.TemporaryDirectory(prefix="monitor-cycle-") as work:
    path = os.path.join(work, "result.json")
    command = [sys.executable, "-m", "benchmarks.monitor_cycle", "--feeds",
               str(feeds), "--cycles", str(cycles), "--json", path]
    if trace:
      command.append("--tracemalloc")
    env = dict(os.environ, PYTHONPATH=str(report.ROOT))
    env.pop("MALLOC_ARENA_MAX", None)
    if arena_max:
      env["MALLOC_ARENA_MAX"] = arena_max
    subprocess.run(command, check=True, cwd=report.ROOT, env=env)
    return _read_json(path)


def _read_json(path: str) -> dict:
  with open(path, encoding="utf-8") as f:
    return json.load(f)


def _memory_table(result: dict, summary: dict) -> list:
  names = [("rss_mb", "resident memory (VmRSS), MB", "{:.1f}", "{:+.3f}"),
           ("traced_mb", "traced by tracemalloc, MB", "{:.2f}", "{:+.4f}"),
           ("objects", "live objects (gc.get_objects)", "{:,}", "{:+.1f}"),
           ("blocks", "allocated blocks (sys.getallocatedblocks)", "{:,}",
            "{:+.1f}"),
           ("arenas", "glibc malloc arenas", "{}", "{:+.3f}"),
           ("arena_mb", "mapped by the arenas, MB", "{:.1f}", "{:+.3f}")]
  lines = [f"| after cycle ... | 0 (first) | {result['cycles']} (last) | max "
           f"| last half ({summary['half_from']}-{result['cycles']}): low - "
           "high | slope per cycle, last half |",
           "|---|---:|---:|---:|---:|---:|"]
  for key, label, value, slope in names:
    if key not in summary["memory"]:
      continue
    m = summary["memory"][key]
    lines.append(
        f"| {label} | {value.format(m['first'])} | {value.format(m['last'])} "
        f"| {value.format(m['max'])} | {value.format(m['half_low'])} - "
        f"{value.format(m['half_high'])} | {slope.format(m['half_slope'])} |")
  return lines


def _every_tenth(result: dict, key: str, fmt: str) -> str:
  series = result["series"]
  step = max(1, result["cycles"] // 10)
  return ", ".join(fmt.format(series[i][key])
                   for i in range(0, len(series), step))


# Flat: over the last half, resident memory grows by less than this a
# cycle (10 MB per 1,000 cycles; a cycle's own noise is a few MB), and
# live objects by fewer than 1,000 over the run.
_FLAT_MB_PER_CYCLE = 0.01
_FLAT_OBJECTS_PER_RUN = 1000


def _flat(summary: dict, cycles: int) -> bool:
  memory = summary["memory"]
  return (memory["rss_mb"]["half_slope"] < _FLAT_MB_PER_CYCLE
          and memory["objects"]["half_slope"] * cycles
          < _FLAT_OBJECTS_PER_RUN)


# tracemalloc's average size of the small blocks a cycle leaves behind
# (about 60 bytes: names and ids), for a rough size of the blocks' growth.
_BLOCK_BYTES = 60
# CPython 3.11's type attribute cache (MCACHE_SIZE_EXP 12 in
# Include/internal/pycore_typeobject.h): it holds a reference to each name.
_TYPE_CACHE_SLOTS = 4096


def _blocks_sentence(summary: dict, cycles: int) -> str:
  blocks = summary["memory"]["blocks"]["half_slope"]
  total = blocks * cycles
  return (
      f"Python's allocated blocks (sys.getallocatedblocks: objects of up to "
      f"512 bytes) move {blocks:+.1f} a cycle over the last half: "
      f"{blocks * 1000:+,.0f} per 1,000 cycles, about "
      f"{blocks * 1000 * _BLOCK_BYTES / _MB:+.1f} MB at {_BLOCK_BYTES} bytes "
      "a block, too little for resident memory to show. tracemalloc finds "
      "them to be mostly attribute names Beam makes anew every run (e.g. "
      "`'_inspect_%s' % func` in apache_beam/transforms/core.py, "
      "`get_function_arguments`; names unpickled by cloudpickle), which "
      f"CPython's type attribute cache keeps, {_TYPE_CACHE_SLOTS:,} of them "
      "at most (a 20-feed check: +2,058 blocks over 250 cycles, every one "
      "given back by `sys._clear_type_cache()`)"
      + (f"; {abs(total):,.0f} is more than that cache holds, so part of "
         "this rise is not explained" if abs(total) > _TYPE_CACHE_SLOTS
         else "") + ".")


def _uncapped(run: dict, capped: dict) -> list:
  """The paragraph comparing a run with the arena cap off."""
  summary = summarize(run)
  series, rss = run["series"], summary["memory"]["rss_mb"]
  arenas = summary["memory"]["arenas"]
  same = [row["rss_mb"] for row in capped["series"][:len(series)]]
  objects = summary["memory"]["objects"]
  python_flat = abs(objects["last"] - objects["first"]) < _FLAT_OBJECTS_PER_RUN
  return [
      f"### Without the arena cap: {run['feeds']} feeds, {run['cycles']} "
      "cycles", "",
      f"The long run's setup with `MALLOC_ARENA_MAX={run['malloc_arena_max_env']}`"
      " in the environment (glibc's own limit, 8 per core), "
      "which the monitor keeps instead of its cap of 2 "
      "(`pipelines/allocator.py`): the monitor before the fix. Resident "
      f"memory after the first cycle {rss['first']:.1f} MB, after cycle "
      f"{run['cycles']} {rss['last']:.1f} MB (max {rss['max']:.1f}); every "
      f"tenth of the run: {_every_tenth(run, 'rss_mb', '{:.1f}')} MB; "
      f"{arenas['last']} malloc arenas mapping "
      f"{summary['memory']['arena_mb']['last']:.0f} MB. With the cap, the "
      f"same cycles of the long run: {min(same):.1f} to {max(same):.1f} MB, "
      f"{capped['series'][-1]['arenas']} arenas. Live objects without the "
      f"cap: {objects['first']:,} after the first cycle, "
      f"{objects['last']:,} after the last"
      + (": the growth is the allocator's, not Python's." if python_flat
         else "."), ""]


def render(main_run: dict, long_run: dict, command: str,
           seconds: float, uncapped: dict = None) -> str:
  lines = ["## Monitor: cycle overhead and memory when nothing changed", "",
           report.written_by(command, ("apache-beam",), _MEASURED,
                             with_platform=True)
           + f" The cycles of all runs took {seconds / 60:.0f} min.", ""]
  for title, result in (("The issue's benchmark", main_run),
                        ("The long run", long_run)):
    summary = summarize(result)
    flat = _flat(summary, result["cycles"])
    rss = summary["memory"]["rss_mb"]
    lines += [
        f"### {title}: {result['feeds']} feeds, {result['cycles']} cycles", "",
        f"{result['feeds']} feeds on one local server (127.0.0.1), each with "
        "its own ETag, polled by the local micro-batch monitor "
        "(`Monitor.run_cycle`, the code `ingest monitor` runs) with "
        "`--per-host-delay 0 --per-host-concurrency 16`. The first cycle "
        f"read every feed and ingested {result['first_cycle_items']} items "
        f"in {result['first_cycle_s']} s; then {result['cycles']} cycles in "
        "which every feed was due and every one answered 304 (checked on "
        "the server's log, cycle by cycle). Load average (1 min) at every "
        f"tenth of the run: {', '.join(str(v) for v in result['load'])} "
        "(2 cores shared with other jobs: CPU time is the steadier number)."
        + (" tracemalloc was on (1 frame), which slows cycles down: these "
           "times are not the monitor's." if result["tracemalloc"] else ""),
        "",
        "| per cycle (all 304) | median | max |", "|---|---:|---:|",
        f"| wall time | {summary['wall_median_s']:.2f} s | "
        f"{summary['wall_max_s']:.2f} s |",
        f"| CPU time of the process | {summary['cpu_median_s']:.2f} s | |",
        ""]
    if not result["tracemalloc"]:
      lines += [f"Goal under 10 s a cycle: **"
                f"{'met' if summary['wall_max_s'] < 10 else 'not met'}**.",
                ""]
    lines += _memory_table(result, summary) + [
        "",
        "Resident memory every tenth of the run: "
        f"{_every_tenth(result, 'rss_mb', '{:.1f}')} MB. State database: "
        f"{result['state_db_kb']} KB.", "",
        f"Memory **{'flat' if flat else 'not flat'}**: over the last half, "
        f"resident memory moves {rss['half_slope']:+.3f} MB a cycle "
        f"(between {rss['half_low']:.1f} and {rss['half_high']:.1f} MB), "
        f"{rss['half_slope'] * 1000:+.1f} MB per 1,000 cycles at that rate; "
        f"live objects {summary['memory']['objects']['half_slope']:+.2f} a "
        f"cycle. (Flat means under {_FLAT_MB_PER_CYCLE} MB a cycle, and "
        f"fewer than {_FLAT_OBJECTS_PER_RUN:,} more objects over the run, "
        "at the last half's slope.)", "",
        _blocks_sentence(summary, result["cycles"]), ""]
  if uncapped:
    lines += _uncapped(uncapped, long_run)
  return "\n".join(lines)


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--feeds", type=int, default=500)
  parser.add_argument("--cycles", type=int, default=100)
  parser.add_argument("--long-feeds", type=int, default=50)
  parser.add_argument("--long-cycles", type=int, default=1000)
  parser.add_argument("--tracemalloc", action="store_true",
                      help="trace Python allocations (slower cycles)")
  parser.add_argument("--json", default=None,
                      help="write the run's series to this file")
  parser.add_argument("--long-tracemalloc", action="store_true",
                      help="trace Python allocations in the long run")
  parser.add_argument("--write", action="store_true",
                      help="make both runs and write the BENCHMARKS.md "
                           "section")
  parser.add_argument("--uncapped-cycles", type=int, default=100,
                      help="with --write: cycles of a run with LONG_FEEDS "
                           "and the malloc arena cap off (0: none)")
  parser.add_argument("--results", nargs="+", metavar="JSON",
                      help="with --write: the runs' --json files, made "
                           "before (MAIN LONG [UNCAPPED]), instead of "
                           "running them")
  args = parser.parse_args(argv)
  if args.write:
    started = time.perf_counter()
    if args.results:
      main_run, long_run, *uncapped = (_read_json(path)
                                        for path in args.results)
      command = (f"python -m benchmarks.monitor_cycle --feeds "
                 f"{main_run['feeds']} --cycles {main_run['cycles']} --json "
                 f"MAIN; ... --feeds {long_run['feeds']} --cycles "
                 f"{long_run['cycles']}"
                 + (" --tracemalloc" if long_run["tracemalloc"] else "")
                 + " --json LONG; "
                 + (f"MALLOC_ARENA_MAX={uncapped[0]['malloc_arena_max_env']} "
                    "... --json UNCAPPED; " if uncapped else "")
                 + "... --write --results MAIN LONG"
                 + (" UNCAPPED" if uncapped else ""))
      seconds = sum(row.get("wall_s", 0.0)
                    for run in (main_run, long_run, *uncapped)
                    for row in run["series"])
    else:
      main_run = _run_child(args.feeds, args.cycles, trace=False)
      long_run = _run_child(args.long_feeds, args.long_cycles,
                            trace=args.long_tracemalloc)
      uncapped = ([_run_child(args.long_feeds, args.uncapped_cycles,
                              trace=False, arena_max=_GLIBC_DEFAULT_ARENAS)]
                  if args.uncapped_cycles else [])
      command = (f"python -m benchmarks.monitor_cycle --feeds {args.feeds} "
                 f"--cycles {args.cycles} --long-feeds {args.long_feeds} "
                 f"--long-cycles {args.long_cycles} --uncapped-cycles "
                 f"{args.uncapped_cycles}"
                 + (" --long-tracemalloc" if args.long_tracemalloc else "")
                 + " --write")
      seconds = time.perf_counter() - started
    section = render(main_run, long_run, command, seconds,
                     uncapped[0] if uncapped else None)
    print(section)
    report.write_section(report.ROOT / "BENCHMARKS.md", _SECTION, section)
    return
  with tempfile.TemporaryDirectory(prefix="monitor-cycle-") as work:
    result = measure(args.feeds, args.cycles, work, trace=args.tracemalloc,
                     progress=args.json is not None)
  if args.json:
    with open(args.json, "w", encoding="utf-8") as f:
      json.dump(result, f)
  summary = summarize(result)
  print(json.dumps({key: value for key, value in result.items()
                    if key != "series"}), flush=True)
  print(json.dumps(summary, indent=1), flush=True)


if __name__ == "__main__":
  main()
