"""Scaling: the same backfill on 1 and on 2 workers.

    python -m benchmarks.scaling [--pages 5000] [--workers 1 2] [--work DIR]
        [--quick] [--output BENCHMARKS.md] [--no-write]

The default runner (FnApiRunner) with ``--direct_running_mode
multi_processing --direct_num_workers N``: N SDK worker subprocesses, each
stage's input split among them. Every run is ``ingest backfill`` in a fresh
process (benchmarks/process_run.py) on the same synthetic corpus; the runs
must write the same documents. Speed-up = wall time on 1 worker / wall time
on N. Wall time is what scaling is about, so this needs a machine with N
idle cores: the load average before and after each run is reported, and a
result measured under load says more about the other jobs than about us.
"""

import os
import shutil
import sys

from benchmarks import report
from benchmarks.process_run import run_backfill
from benchmarks.throughput import _pipeline_rows, ensure_corpus

__all__ = ["measure", "SPEEDUP_GOAL"]

SPEEDUP_GOAL = 1.7


def _beam_args(workers: int) -> list:
  return ["--direct_running_mode", "multi_processing",
          "--direct_num_workers", str(workers)]


def measure(pages: int, workers: list, work: str) -> dict:
  corpus, counts = ensure_corpus(work, pages)
  runs, reference = [], None
  for count in workers:
    output = os.path.join(work, f"scaling-out-{count}")
    shutil.rmtree(output, ignore_errors=True)
    load_before = os.getloadavg()[0]
    run = run_backfill(corpus, output, _beam_args(count))
    run.update(workers=count, load_before=load_before,
               load_after=os.getloadavg()[0])
    rows = _pipeline_rows(output)
    if reference is None:
      reference = rows
    elif rows != reference:
      raise RuntimeError(f"{count} workers wrote other documents than "
                         f"{workers[0]}")
    runs.append(run)
    print(f"{count} worker(s): {run['wall']:.1f} s wall, {run['cpu']:.1f} s "
          f"CPU (by process: {', '.join(f'{c:.1f}' for c in run['process_cpu'])}"
          f"), load {load_before:.1f} -> {run['load_after']:.1f}", flush=True)
  return {"pages": pages, "corpus": counts, "runs": runs,
          "documents": len(reference)}


def render(result: dict, command: str) -> str:
  runs = result["runs"]
  base = runs[0]
  lines = [
      "## Scaling: 1 and 2 workers",
      "",
      report.written_by(command, ("apache-beam",)),
      "",
      f"`ingest backfill` on {result['pages']:,} synthetic pages (local "
      "files), FnApiRunner with `--direct_running_mode multi_processing "
      "--direct_num_workers N`, each run a fresh process; all runs wrote the "
      f"same {result['documents']:,} documents.",
      "",
      "| workers | wall s | CPU s (all processes) | CPU s: runner; its "
      "processes | speed-up | load average before -> after |",
      "|---:|---:|---:|---|---:|---|",
  ]
  for run in runs:
    runner, *others = run["process_cpu"]
    shares = f"{runner:.1f}; " + " / ".join(f"{cpu:.1f}" for cpu in others)
    lines.append(
        f"| {run['workers']} | {run['wall']:.1f} | {run['cpu']:.1f} | "
        f"{shares} | {base['wall'] / run['wall']:.2f} | "
        f"{run['load_before']:.1f} -> {run['load_after']:.1f} |")
  best = max(base["wall"] / run["wall"] for run in runs[1:]) if len(
      runs) > 1 else 1.0
  lines += ["", f"Goal: at least {SPEEDUP_GOAL}x on 2 workers: "
                f"{'met' if best >= SPEEDUP_GOAL else '**not met**'} "
                f"({best:.2f}x)."]
  return "\n".join(lines)


def main(argv=None) -> int:
  parser = report.argument_parser(__doc__, "60 pages; writes nothing")
  parser.add_argument("--pages", type=int, default=5000)
  parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
  args = parser.parse_args(argv)
  if args.pages < 1 or min(args.workers) < 1:
    parser.error("--pages and --workers must be >= 1")
  pages = 60 if args.quick else args.pages
  with report.work_directory(args.work, "scaling-") as work:
    result = measure(pages, args.workers, work)
  report.publish(args, "scaling", render(
      result, "python -m benchmarks.scaling" + (
          f" --pages {args.pages}" if args.pages != 5000 else "")))
  return 0


if __name__ == "__main__":
  sys.exit(main())
