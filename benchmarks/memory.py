"""Peak memory of a backfill at two corpus sizes, against its output.

    python -m benchmarks.memory [--sizes 5000 20000] [--work DIR] [--quick]
        [--output BENCHMARKS.md] [--no-write]

``ingest backfill`` on the default runner (in-process FnApiRunner), a fresh
process per size (benchmarks/process_run.py), plus a 30-page run for the
fixed part (interpreter, Beam, trafilatura, langdetect profiles, the
events gazetteer). Reported per size: the process's peak resident set
(VmHWM, from wait4), the peak summed over its process tree, the corpus and
output sizes on disk; and how the memory above the fixed part grows
against the output. Goals: under 1.5 GB at 5,000 documents, and growing no
faster than the output.
"""

import os
import shutil
import sys

from benchmarks import report
from benchmarks.process_run import run_backfill
from benchmarks.throughput import ensure_corpus

__all__ = ["measure", "GOAL_BYTES_AT_5000"]

GOAL_BYTES_AT_5000 = 1.5 * 1024 ** 3
_BASELINE_PAGES = 30
_MB = 1024 ** 2


def _bytes_under(path: str) -> int:
  total = 0
  for directory, _, files in os.walk(path):
    total += sum(os.path.getsize(os.path.join(directory, name))
                 for name in files)
  return total


def _measure_size(work: str, pages: int, seed: int = 7) -> dict:
  corpus, counts = ensure_corpus(work, pages, seed)
  output = os.path.join(work, f"memory-out-{pages}")
  shutil.rmtree(output, ignore_errors=True)
  run = run_backfill(corpus, output)
  run.update(pages=pages, corpus_bytes=_bytes_under(corpus),
             output_bytes=_bytes_under(output), corpus=counts)
  shutil.rmtree(output, ignore_errors=True)
  print(f"{pages} pages: VmHWM {run['vmhwm_bytes'] / _MB:.0f} MB, tree "
        f"peak {run['tree_peak_bytes'] / _MB:.0f} MB, output "
        f"{run['output_bytes'] / _MB:.1f} MB, {run['wall']:.0f} s", flush=True)
  return run


def measure(sizes: list, work: str) -> dict:
  baseline = _measure_size(work, _BASELINE_PAGES, seed=99)
  return {"baseline": baseline,
          "runs": [_measure_size(work, pages) for pages in sorted(sizes)]}


def render(result: dict, command: str) -> str:
  base, runs = result["baseline"], result["runs"]
  lines = [
      "## Memory: peak resident set at two sizes",
      "",
      report.written_by(command, ("apache-beam", "pyarrow")),
      "",
      "`ingest backfill` on synthetic pages (local files), default runner "
      "(in-process FnApiRunner), a fresh process per size. VmHWM: the "
      "process's peak resident set; tree peak: the largest sum over the "
      "process and its children seen by polling /proc every 0.2 s.",
      "",
      "| pages | VmHWM MB | tree peak MB | above a 30-page run MB | corpus MB "
      "| output MB | wall s |",
      "|---:|---:|---:|---:|---:|---:|---:|",
      f"| {base['pages']} | {base['vmhwm_bytes'] / _MB:.0f} | "
      f"{base['tree_peak_bytes'] / _MB:.0f} | - | "
      f"{base['corpus_bytes'] / _MB:.1f} | {base['output_bytes'] / _MB:.1f} | "
      f"{base['wall']:.0f} |",
  ]
  for run in runs:
    lines.append(
        f"| {run['pages']:,} | {run['vmhwm_bytes'] / _MB:.0f} | "
        f"{run['tree_peak_bytes'] / _MB:.0f} | "
        f"{(run['vmhwm_bytes'] - base['vmhwm_bytes']) / _MB:.0f} | "
        f"{run['corpus_bytes'] / _MB:.1f} | {run['output_bytes'] / _MB:.1f} | "
        f"{run['wall']:.0f} |")
  at_5000 = [run for run in runs if run["pages"] == 5000]
  if at_5000:
    peak = at_5000[0]["vmhwm_bytes"]
    lines += ["", f"At 5,000 pages: {peak / _MB:.0f} MB, goal under "
                  f"{GOAL_BYTES_AT_5000 / _MB:.0f} MB: "
                  f"{'met' if peak < GOAL_BYTES_AT_5000 else '**not met**'}."]
  if len(runs) >= 2:
    small, large = runs[0], runs[-1]
    memory_growth = ((large["vmhwm_bytes"] - base["vmhwm_bytes"])
                     / max(1, small["vmhwm_bytes"] - base["vmhwm_bytes"]))
    output_growth = large["output_bytes"] / max(1, small["output_bytes"])
    lines.append(
        f"From {small['pages']:,} to {large['pages']:,} pages the memory "
        f"above the fixed part grew {memory_growth:.2f}x and the output "
        f"{output_growth:.2f}x: growing no faster than the output "
        f"{'met' if memory_growth <= output_growth else '**not met**'}.")
  return "\n".join(lines)


def main(argv=None) -> int:
  parser = report.argument_parser(__doc__, "60 and 120 pages; writes nothing")
  parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
  args = parser.parse_args(argv)
  if min(args.sizes) < 1:
    parser.error("--sizes must be >= 1")
  sizes = [60, 120] if args.quick else args.sizes
  with report.work_directory(args.work, "memory-") as work:
    result = measure(sizes, work)
  report.publish(args, "memory", render(
      result, "python -m benchmarks.memory" + (
          "" if args.sizes == [5000, 20000] else
          " --sizes " + " ".join(map(str, args.sizes)))))
  return 0


if __name__ == "__main__":
  sys.exit(main())
