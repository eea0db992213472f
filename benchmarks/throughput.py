"""End-to-end throughput, cost per stage, and Beam's overhead, in one run.

    python -m benchmarks.throughput [--pages 5000] [--work DIR] [--quick]
        [--output BENCHMARKS.md] [--no-write]

On one synthetic corpus (benchmarks/corpus.py, local files, so CPU and not
the network is measured), in one process:

1. a warm-up on a 30-page corpus: langdetect's profiles, trafilatura and
   the events gazetteer (3 s) load once per process, and both runs below
   would otherwise not pay it alike;
2. the plain loop (benchmarks/stage_loop.py): the backfill's stage
   functions one document after another, each stage timed;
3. ``ingest backfill CORPUS`` on the default runner (in-process FnApiRunner,
   one worker), timed.

Beam overhead = pipeline time / loop time, in CPU seconds of this process
(all threads) and in wall seconds. With ``--inside``, both runs also time
the stage functions themselves (the same wrappers in both), which splits
the pipeline's extra time into Beam's own work (coders, shuffles, DoFn
calls, set-up) and the same functions simply taking longer there. CPU time is the number to quote on a
machine shared with other jobs: it does not count time spent waiting for
a core. The two runs must write the same documents (doc_id, duplicate_of,
cluster_id, language, content_hash): the benchmark refuses a result where
they differ.
"""

import collections
import contextlib
import importlib
import json
import os
import shutil
import sys
import time

from benchmarks import report
from benchmarks.corpus import write_corpus
from benchmarks.report import write_section

__all__ = ["measure", "ensure_corpus", "OVERHEAD_GOAL"]

OVERHEAD_GOAL = 1.15
_WARM_UP_PAGES = 30
_STAGE_NAMES = {
    "read": "read files and route", "decode": "decode", "extract": "extract",
    "clean": "clean", "language": "language", "dedup": "canonical URL + "
    "exact dedup", "near_dup": "near-dup (sign + cluster)",
    "events": "event tagging", "write": "write Parquet",
}


def ensure_corpus(work: str, pages: int, seed: int = 7) -> tuple:
  """(directory, counts) of a corpus of ``pages`` pages under ``work``,
  generated once."""
  directory = os.path.join(work, f"corpus-{pages}-seed{seed}")
  marker = os.path.join(directory, "_corpus.json")
  if not os.path.isfile(marker):
    shutil.rmtree(directory, ignore_errors=True)
    counts = write_corpus(directory, pages, seed)
    with open(marker, "w", encoding="utf-8") as f:
      json.dump(counts, f)
  with open(marker, encoding="utf-8") as f:
    return directory, json.load(f)


def _pipeline_rows(output: str) -> list:
  import pyarrow.dataset as ds
  from benchmarks.stage_loop import document_rows
  table = ds.dataset(os.path.join(output, "documents"),
                     partitioning="hive").to_table()
  return document_rows(table.to_pylist())


def _run_pipeline(corpus: str, output: str) -> dict:
  from pipelines import backfill
  shutil.rmtree(output, ignore_errors=True)
  cpu, wall = time.process_time(), time.perf_counter()
  summary = backfill.run([corpus, "--output", output, "-q"])
  return {"cpu": time.process_time() - cpu,
          "wall": time.perf_counter() - wall,
          "mentions": summary.count("events", "mentions")}


def _run_loop(corpus: str, output: str):
  from benchmarks.stage_loop import run_loop
  shutil.rmtree(output, ignore_errors=True)
  return run_loop(corpus, output)


# Per-element functions the DoFns look up at call time, so wrapping the
# module attribute times them in the loop and in the pipeline alike.
_INSIDE = (
    ("transforms.sources", "local_page"),
    ("transforms.extract", "extract_article"),
    ("transforms.clean", "clean_text"),
    ("transforms.language", "detect_language"),
    ("transforms.dedup", "canonicalize"),
    ("transforms.neardup", "sign_text"),
    ("transforms.mentions", "mention_records"),
    ("transforms.write", "_WritePartitionFileFn.process"),
)


@contextlib.contextmanager
def _timed_stage_functions(totals: collections.Counter):
  """Wraps each of _INSIDE to add its CPU seconds to ``totals``."""
  restore = []
  for module_name, attribute in _INSIDE:
    owner = importlib.import_module(module_name)
    *path, name = attribute.split(".")
    for part in path:
      owner = getattr(owner, part)
    original = getattr(owner, name)

    def timed(*args, _original=original, _key=attribute, **kwargs):
      started = time.process_time()
      result = _original(*args, **kwargs)
      if hasattr(result, "__next__"):  # A generator: run it here.
        result = list(result)
      totals[_key] += time.process_time() - started
      return result

    setattr(owner, name, timed)
    restore.append((owner, name, original))
  try:
    yield
  finally:
    for owner, name, original in restore:
      setattr(owner, name, original)


def measure(pages: int, work: str, inside: bool = False) -> dict:
  warm, _ = ensure_corpus(work, _WARM_UP_PAGES, seed=99)
  _run_loop(warm, os.path.join(work, "warm-loop"))
  _run_pipeline(warm, os.path.join(work, "warm-pipeline"))
  corpus, counts = ensure_corpus(work, pages)
  inside_loop, inside_pipeline = collections.Counter(), collections.Counter()
  with (_timed_stage_functions(inside_loop) if inside
        else contextlib.nullcontext()):
    loop = _run_loop(corpus, os.path.join(work, "loop-out"))
  with (_timed_stage_functions(inside_pipeline) if inside
        else contextlib.nullcontext()):
    pipeline = _run_pipeline(corpus, os.path.join(work, "pipeline-out"))
  same = _pipeline_rows(os.path.join(work, "pipeline-out")) == loop.rows
  if not same:
    raise RuntimeError("the loop and the pipeline wrote different documents;"
                       " the overhead ratio would compare different work")
  return {
      "pages": pages, "corpus": counts, "documents": loop.documents,
      "mentions": loop.mentions,
      "loop": {"cpu": loop.cpu_total, "wall": loop.wall_total,
               "stages_cpu": loop.cpu, "stages_wall": loop.wall},
      "pipeline": pipeline,
      "ratio_cpu": pipeline["cpu"] / loop.cpu_total,
      "ratio_wall": pipeline["wall"] / loop.wall_total,
      "load": os.getloadavg(),
      "inside": ({"loop": dict(inside_loop), "pipeline": dict(inside_pipeline)}
                 if inside else None),
  }


def render(result: dict, command: str) -> str:
  n = result["documents"]
  loop, pipeline = result["loop"], result["pipeline"]
  lines = [
      "## Throughput, cost per stage and Beam overhead",
      "",
      report.written_by(command, ("apache-beam", "trafilatura", "langdetect",
                                  "pyarrow", "numpy"), with_platform=True)
      + " Load average at the end: "
      f"{', '.join(f'{x:.1f}' for x in result['load'])} (other jobs shared "
      "the 2 cores: CPU seconds are the numbers to compare).",
      "",
      f"Corpus: `benchmarks/corpus.py`, {result['pages']:,} pages (seed 7; "
      f"{result['corpus']['copies']} syndicated copies, "
      f"{result['corpus']['body_words']:,} body words, en/fr/es/de) as local "
      f"files; {n:,} documents and {result['mentions']:,} event mentions "
      "written by both runs, which wrote the same documents.",
      "",
      "| run | CPU s | wall s | documents/s (CPU) | documents/s (wall) |",
      "|---|---:|---:|---:|---:|",
      f"| plain loop of the stage functions | {loop['cpu']:.1f} | "
      f"{loop['wall']:.1f} | {n / loop['cpu']:.1f} | {n / loop['wall']:.1f} |",
      f"| `ingest backfill` (FnApiRunner, 1 worker) | {pipeline['cpu']:.1f} | "
      f"{pipeline['wall']:.1f} | {n / pipeline['cpu']:.1f} | "
      f"{n / pipeline['wall']:.1f} |",
      "",
      f"**Beam overhead** (pipeline / loop): {result['ratio_cpu']:.3f} in CPU "
      f"time, {result['ratio_wall']:.3f} in wall time; goal at most "
      f"{OVERHEAD_GOAL}: "
      f"{'met' if result['ratio_cpu'] <= OVERHEAD_GOAL else '**not met**'}.",
      "",
      "Cost per document and stage, from the loop (µs, CPU):",
      "",
      "| stage | µs per document | share |",
      "|---|---:|---:|",
  ]
  total = loop["cpu"]
  for stage, seconds in loop["stages_cpu"].items():
    lines.append(f"| {_STAGE_NAMES[stage]} | {seconds / n * 1e6:,.0f} | "
                 f"{seconds / total:.1%} |")
  lines.append(f"| total | {total / n * 1e6:,.0f} | 100% |")
  if result.get("inside"):
    lines += _render_inside(result)
  return "\n".join(lines)


def _render_inside(result: dict) -> list:
  loop_in, pipe_in = result["inside"]["loop"], result["inside"]["pipeline"]
  n = result["documents"]
  lines = [
      "",
      "Where the pipeline's extra time goes (`--inside`: the same timing "
      "wrappers around the stage functions in both runs; CPU s):",
      "",
      "| function | loop | pipeline | difference (ms per document) |",
      "|---|---:|---:|---:|",
  ]
  for key in sorted(set(loop_in) | set(pipe_in),
                    key=lambda k: -pipe_in.get(k, 0)):
    loop_s, pipe_s = loop_in.get(key, 0.0), pipe_in.get(key, 0.0)
    lines.append(f"| `{key}` | {loop_s:.1f} | {pipe_s:.1f} | "
                 f"{(pipe_s - loop_s) / n * 1000:+.2f} |")
  loop_total, pipe_total = sum(loop_in.values()), sum(pipe_in.values())
  outside_loop = result["loop"]["cpu"] - loop_total
  outside_pipe = result["pipeline"]["cpu"] - pipe_total
  lines += [
      f"| inside the functions | {loop_total:.1f} | {pipe_total:.1f} | "
      f"{(pipe_total - loop_total) / n * 1000:+.2f} |",
      f"| outside them (the loop's glue; Beam's runner, coders, shuffles, "
      f"set-up) | {outside_loop:.1f} | {outside_pipe:.1f} | "
      f"{(outside_pipe - outside_loop) / n * 1000:+.2f} |",
  ]
  return lines


def _print(result: dict) -> None:
  n = result["documents"]
  print(f"{n} documents; loop {result['loop']['cpu']:.1f} s CPU "
        f"({result['loop']['wall']:.1f} s wall), pipeline "
        f"{result['pipeline']['cpu']:.1f} s CPU "
        f"({result['pipeline']['wall']:.1f} s wall); Beam overhead "
        f"{result['ratio_cpu']:.3f} CPU, {result['ratio_wall']:.3f} wall")
  print("µs per document (CPU): " + ", ".join(
      f"{stage} {seconds / n * 1e6:,.0f}"
      for stage, seconds in result["loop"]["stages_cpu"].items()))


def main(argv=None) -> int:
  parser = report.argument_parser(__doc__, "100 pages; writes nothing")
  parser.add_argument("--pages", type=int, default=5000)
  parser.add_argument("--inside", action="store_true",
                      help="also time the stage functions inside both runs")
  args = parser.parse_args(argv)
  if args.pages < 1:
    parser.error("--pages must be >= 1")
  pages = 100 if args.quick else args.pages
  with report.work_directory(args.work, "throughput-") as work:
    result = measure(pages, work, args.inside)
  _print(result)
  if result["inside"]:
    print("\n".join(_render_inside(result)))
  if not (args.no_write or args.quick):
    command = "python -m benchmarks.throughput" + (
        f" --pages {args.pages}" if args.pages != 5000 else "") + (
            " --inside" if args.inside else "")
    write_section(args.output, "throughput", render(result, command))
  return 0


if __name__ == "__main__":
  sys.exit(main())
