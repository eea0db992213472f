"""The near-duplicate stage's share of a backfill's time, at two sizes.

For each size N: a synthetic corpus of N pages (benchmarks/corpus.py) is
backfilled twice on the default runner, once as shipped and once with
DedupNear replaced by a pass-through; the share is 1 - t_without / t_with.
Both runs read the same files in one process, one after the other, so the
ratio is what is quoted (absolute times drift on shared machines).

  python -m benchmarks.neardup_cost --sizes 5000 20000 [--work DIR]
"""

import argparse
import json
import os
import shutil
import tempfile
import time

import apache_beam as beam

from benchmarks.corpus import write_corpus

__all__ = ["measure"]


class _PassThrough(beam.PTransform):
  """DedupNear's interface with no work: documents out as they came in."""
  SIGNATURES = "signatures"

  def __init__(self, *args, **kwargs):
    super().__init__()

  def expand(self, documents):
    return {"documents": documents,
            self.SIGNATURES: documents | beam.Filter(lambda _: False)}


def _backfill_seconds(corpus: str, output: str, near: bool) -> float:
  from pipelines import backfill
  original = backfill.DedupNear
  if not near:
    backfill.DedupNear = _PassThrough
  try:
    shutil.rmtree(output, ignore_errors=True)
    started = time.perf_counter()
    backfill.run([corpus, "--output", output, "-q"])
    return time.perf_counter() - started
  finally:
    backfill.DedupNear = original


def measure(size: int, work: str) -> dict:
  corpus = os.path.join(work, f"corpus-{size}")
  if not os.path.isdir(corpus):
    write_corpus(corpus, size)
  without = _backfill_seconds(corpus, os.path.join(work, "out"), near=False)
  with_near = _backfill_seconds(corpus, os.path.join(work, "out"), near=True)
  return {"documents": size, "seconds_with": round(with_near, 1),
          "seconds_without": round(without, 1),
          "share": round(1 - without / with_near, 3)}


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
  parser.add_argument("--work", default=None,
                      help="directory for corpora and outputs (default: temp)")
  args = parser.parse_args(argv)
  work = args.work or tempfile.mkdtemp(prefix="neardup-cost-")
  for size in args.sizes:
    print(json.dumps(measure(size, work)), flush=True)


if __name__ == "__main__":
  main()
