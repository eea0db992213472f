"""The near-duplicate stage's share of a backfill's cost, at several sizes.

For each size N: a synthetic corpus of N pages (benchmarks/corpus.py) is
backfilled on the default runner, once as shipped and once with DedupNear
replaced by a pass-through; share = 1 - cost_without / cost_with. Each
backfill runs in its own child process, so both pay the same imports and
start-up, and its cost is read two ways:

  CPU: user + system seconds of the child and anything it waited for
       (getrusage RUSAGE_CHILDREN), which other jobs on a shared machine
       barely move;
  wall: seconds on the clock, which they do.

The two kinds of run alternate (without, with, with, without, ...) so drift
in the machine's load falls on both alike; the share is computed from the
summed costs. After the runs, the texts of the last output are signed again
in this process to give the signing cost per document on its own.

With --stage, the stage is measured alone instead: the documents a
backfill hands DedupNear are captured once (DIR/documents-N.pickle), then
child processes read them and run DedupNear or the pass-through on them,
alternating as above. Cheaper than whole backfills, so usable at sizes
where those take too long on a shared machine; the share then needs a
backfill's cost from the first mode. With --no-events, the backfills run
with TagEvents replaced by a stage that tags nothing: the pipeline as it
was before event tagging, whose cost is the smaller denominator.

  python -m benchmarks.neardup_cost --sizes 5000 20000 [--repeats 2]
      [--work DIR] [--stage | --no-events]
"""

import argparse
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time

from benchmarks.corpus import write_corpus

__all__ = ["measure"]

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _pass_through():
  """DedupNear's interface with no work: documents out as they came in."""
  import apache_beam as beam

  class PassThrough(beam.PTransform):
    SIGNATURES = "signatures"

    def __init__(self, *args, **kwargs):
      super().__init__()

    def expand(self, documents):
      return {"documents": documents,
              self.SIGNATURES: documents | beam.Filter(lambda _: False)}

  return PassThrough


def _no_events():
  """TagEvents' interface with no work: no mentions, no errors."""
  import apache_beam as beam
  from transforms.mentions import TagEvents

  class NoEvents(beam.PTransform):
    ERRORS = TagEvents.ERRORS

    def expand(self, documents):
      return documents | beam.FlatMap(lambda _: ()).with_outputs(
          self.ERRORS, main="mentions")

  return NoEvents


def _backfill(corpus: str, output: str, near: bool,
              events: bool = True) -> None:
  """Child process: one backfill, DedupNear replaced unless ``near``, and
  TagEvents unless ``events``."""
  from pipelines import backfill
  if not near:
    backfill.DedupNear = _pass_through()
  if not events:
    backfill.TagEvents = _no_events()
  backfill.run([corpus, "--output", output, "-q"])


def _capturing(path: str):
  """DedupNear's interface: writes the documents it gets to ``path``."""
  import apache_beam as beam

  def write(documents):
    with open(path, "wb") as f:
      pickle.dump(sorted(documents, key=lambda d: d.doc_id), f)

  class Capture(beam.PTransform):
    SIGNATURES = "signatures"

    def __init__(self, *args, **kwargs):
      super().__init__()

    def expand(self, documents):
      _ = documents | beam.combiners.ToList() | beam.Map(write)
      nothing = documents | "Nothing" >> beam.Filter(lambda _: False)
      return {"documents": nothing, self.SIGNATURES: nothing}

  return Capture


def _capture(corpus: str, output: str, path: str) -> None:
  """Child process: a backfill whose DedupNear input goes to ``path``."""
  from pipelines import backfill
  backfill.DedupNear = _capturing(path)
  backfill.run([corpus, "--output", output, "-q"])


def _stage(path: str, near: bool) -> None:
  """Child process: captured documents through DedupNear or around it."""
  import apache_beam as beam
  from pipelines.options import pipeline_options
  from transforms.neardup import DedupNear

  def read(path):
    with open(path, "rb") as f:
      yield from pickle.load(f)

  stage = DedupNear if near else _pass_through()
  with beam.Pipeline(options=pipeline_options([])) as pipeline:
    result = (pipeline | beam.Create([path]) | beam.FlatMap(read)
              | stage())
    for name, outputs in result.items():
      _ = outputs | f"Count{name}" >> beam.combiners.Count.Globally()


def _children_cpu() -> float:
  usage = resource.getrusage(resource.RUSAGE_CHILDREN)
  return usage.ru_utime + usage.ru_stime


def _timed_child(*args: str) -> dict:
  """Runs this module as a child process; its CPU and wall seconds."""
  env = {**os.environ, "PYTHONPATH": _ROOT + os.pathsep
         + os.environ.get("PYTHONPATH", "")}
  cpu, wall = _children_cpu(), time.perf_counter()
  subprocess.run(
      [sys.executable, "-m", "benchmarks.neardup_cost", "--child", *args],
      check=True, cwd=_ROOT, env=env, stdout=subprocess.DEVNULL)
  return {"cpu": _children_cpu() - cpu, "wall": time.perf_counter() - wall}


def _timed_backfill(corpus: str, output: str, near: bool,
                    events: bool) -> dict:
  shutil.rmtree(output, ignore_errors=True)
  kind = ("near" if near else "without") + ("" if events else "-no-events")
  return _timed_child(kind, corpus, output)


def _output_summary(output: str) -> dict:
  """Documents, duplicates (exact and near) and signing cost of an
  output written with DedupNear."""
  import pyarrow.dataset as ds
  from transforms.neardup import NearDupConfig, sign_text
  table = ds.dataset(os.path.join(output, "documents"),
                     partitioning="hive").to_table(
                         columns=["text", "duplicate_of"])
  texts = table.column("text").to_pylist()
  duplicates = sum(1 for duplicate_of in table.column("duplicate_of")
                   .to_pylist() if duplicate_of is not None)
  config = NearDupConfig()
  sign_text(texts[0], config)  # Builds the per-process tables first.
  started = time.process_time()
  signed = sum(sign_text(text, config) is not None for text in texts)
  seconds = time.process_time() - started
  words = sum(len(text.split()) for text in texts)
  return {"documents_out": len(texts), "signed": signed,
          "duplicates": duplicates, "mean_words": round(words / len(texts)),
          "sign_us_per_doc": round(1e6 * seconds / len(texts))}


def measure(size: int, work: str, repeats: int = 2, stage: bool = False,
            events: bool = True) -> dict:
  corpus = os.path.join(work, f"corpus-{size}")
  if not os.path.isdir(corpus):
    write_corpus(corpus, size)
  output = os.path.join(work, "out")
  captured = os.path.join(work, f"documents-{size}.pickle")
  if stage and not os.path.exists(captured):
    shutil.rmtree(output, ignore_errors=True)
    _timed_child("capture", corpus, output, captured)
  runs = {True: [], False: []}
  load = [round(os.getloadavg()[0], 1)]
  for repeat in range(repeats):
    order = (False, True) if repeat % 2 == 0 else (True, False)
    for near in order:
      runs[near].append(
          _timed_child("stage-near" if near else "stage-without", captured)
          if stage else _timed_backfill(
              corpus, output + ("-near" if near else "-without"), near,
              events))
      load.append(round(os.getloadavg()[0], 1))
  result = {"documents": size, "repeats": repeats,
            "mode": ("stage" if stage else "backfill"
                     if events else "backfill without event tagging"),
            "load_average_1m": load}
  for kind in ("cpu", "wall"):
    with_near = sum(run[kind] for run in runs[True])
    without = sum(run[kind] for run in runs[False])
    result[f"{kind}_with"] = [round(run[kind], 1) for run in runs[True]]
    result[f"{kind}_without"] = [round(run[kind], 1) for run in runs[False]]
    if not stage:  # Alone, the stage's share of a pass-through is moot.
      result[f"{kind}_share"] = round(1 - without / with_near, 3)
    result[f"{kind}_ms_per_doc"] = round(
        1000 * (with_near - without) / repeats / size, 2)
  if not stage:
    # The last run with DedupNear: what it found, and signing on its own.
    result.update(_output_summary(output + "-near"))
  return result


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
  parser.add_argument("--repeats", type=int, default=2,
                      help="backfills of each kind per size (alternating)")
  parser.add_argument("--work", default=None,
                      help="directory for corpora and outputs (default: temp)")
  parser.add_argument("--stage", action="store_true",
                      help="time DedupNear alone on captured documents")
  parser.add_argument("--no-events", action="store_true",
                      help="backfills with TagEvents replaced by a stage "
                      "that tags nothing (the pipeline before issue 6)")
  parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
  args = parser.parse_args(argv)
  if args.child:
    kind, *paths = args.child
    if kind == "capture":
      _capture(*paths)
    elif kind.startswith("stage-"):
      _stage(*paths, near=kind == "stage-near")
    else:
      _backfill(*paths, near=kind.startswith("near"),
                events=not kind.endswith("-no-events"))
    return
  if args.repeats < 1:
    parser.error("--repeats must be at least 1")
  work = args.work or tempfile.mkdtemp(prefix="neardup-cost-")
  for size in args.sizes:
    print(json.dumps(measure(size, work, args.repeats, args.stage,
                             not args.no_events)), flush=True)


if __name__ == "__main__":
  main()
