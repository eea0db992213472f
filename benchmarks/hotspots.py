"""Where an end-to-end backfill spends its time: a cProfile of the run.

    python -m benchmarks.hotspots [--pages 1000] [--work DIR] [--quick]
        [--top 25] [--output BENCHMARKS.md] [--no-write]

``ingest backfill CORPUS`` on the default runner (in-process FnApiRunner,
which runs every bundle in this thread, so cProfile sees all the work),
after a warm-up run on 30 pages, profiled with CPU time as the clock (so
other jobs on the machine do not inflate it). Reported: the share of each
stage function (cumulative), Beam's own share (everything outside them),
and the functions with the most time of their own. The raw profile is
kept as ``hotspots.prof`` in the work directory (snakeviz, pstats).
"""

import cProfile
import os
import pstats
import sys
import time

from benchmarks import report
from benchmarks.throughput import _run_pipeline, ensure_corpus

__all__ = ["profile_backfill", "STAGE_FUNCTIONS"]

# (file suffix, function name) of each stage's per-element entry point.
STAGE_FUNCTIONS = {
    "read and route": [("transforms/sources.py", "_read_directory"),
                       ("transforms/crawl.py", "process")],
    "decode": [("transforms/decode.py", "decode_html")],
    "extract (incl. decode)": [("transforms/extract.py", "extract_article")],
    "clean": [("transforms/clean.py", "clean_text")],
    "language": [("transforms/language.py", "detect_language")],
    "canonical URL + exact dedup": [("transforms/dedup.py", "canonicalize"),
                                    ("transforms/dedup.py", "_keep_first"),
                                    ("transforms/dedup.py", "_mark_copies")],
    "near-dup signing": [("transforms/neardup.py", "process")],
    "event tagging": [("transforms/mentions.py", "mention_records")],
    "write Parquet": [("transforms/write.py", "process"),
                      ("transforms/write.py", "_keyed_document"),
                      ("transforms/write.py", "_keyed_mention"),
                      ("transforms/write.py", "_keyed_signature")],
}


def _cumulative(stats: pstats.Stats, entries) -> float:
  total = 0.0
  for (filename, _, name), (_, _, _, cumulative, _) in stats.stats.items():
    if any(filename.endswith(suffix) and name == function
           for suffix, function in entries):
      total += cumulative
  return total


def profile_backfill(pages: int, work: str) -> dict:
  warm, _ = ensure_corpus(work, 30, seed=99)
  _run_pipeline(warm, os.path.join(work, "warm-pipeline"))
  corpus, _ = ensure_corpus(work, pages)
  output = os.path.join(work, "profiled-out")
  profiler = cProfile.Profile(time.process_time)
  profiler.enable()
  _run_pipeline(corpus, output)
  profiler.disable()
  path = os.path.join(work, "hotspots.prof")
  profiler.dump_stats(path)
  stats = pstats.Stats(profiler)
  total = stats.total_tt
  stages = {stage: _cumulative(stats, entries)
            for stage, entries in STAGE_FUNCTIONS.items()}
  own = sorted(((own_time, calls, f"{os.path.basename(filename)}:{line}"
                 f"({name})") for (filename, line, name),
                (_, calls, own_time, _, _) in stats.stats.items()),
               reverse=True)
  return {"pages": pages, "total": total, "stages": stages, "own": own,
          "profile": path}


def render(result: dict, command: str, top: int) -> str:
  total, n = result["total"], result["pages"]
  in_stages = sum(seconds for stage, seconds in result["stages"].items()
                  if stage != "decode")
  lines = [
      "## Hot spots: profile of an end-to-end backfill",
      "",
      report.written_by(command, ("apache-beam", "trafilatura",
                                  "langdetect")),
      "",
      f"cProfile (CPU-time clock) of `ingest backfill` on {n:,} synthetic "
      f"pages (FnApiRunner, one worker, after a warm-up run): {total:.1f} s "
      "CPU under the profiler, which slows pure-Python code more than C.",
      "",
      "| stage function (cumulative) | s | share | ms per document |",
      "|---|---:|---:|---:|",
  ]
  for stage, seconds in sorted(result["stages"].items(),
                               key=lambda item: -item[1]):
    lines.append(f"| {stage} | {seconds:.1f} | {seconds / total:.1%} | "
                 f"{seconds / n * 1000:.2f} |")
  outside = total - in_stages
  lines += [
      f"| everything else (Beam: coders, shuffles, bundles, DoFn set-up; "
      f"pipeline construction) | {outside:.1f} | {outside / total:.1%} | "
      f"{outside / n * 1000:.2f} |",
      "",
      f"Top {top} functions by own time:",
      "",
      "| own s | calls | function |",
      "|---:|---:|---|",
  ]
  for own_time, calls, name in result["own"][:top]:
    lines.append(f"| {own_time:.2f} | {calls:,} | `{name}` |")
  return "\n".join(lines)


def main(argv=None) -> int:
  parser = report.argument_parser(__doc__, "60 pages; writes nothing")
  parser.add_argument("--pages", type=int, default=1000)
  parser.add_argument("--top", type=int, default=25)
  args = parser.parse_args(argv)
  if args.pages < 1:
    parser.error("--pages must be >= 1")
  pages = 60 if args.quick else args.pages
  with report.work_directory(args.work, "hotspots-") as work:
    result = profile_backfill(pages, work)
  report.publish(args, "hotspots", render(
      result, "python -m benchmarks.hotspots" + (
          f" --pages {args.pages}" if args.pages != 1000 else ""), args.top))
  return 0


if __name__ == "__main__":
  sys.exit(main())
