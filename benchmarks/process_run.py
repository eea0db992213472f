"""``ingest backfill`` in a child process, with its time and memory.

Used by the scaling and memory benchmarks: a fresh interpreter per run, so
one run's caches and heap do not help or hurt the next, and Beam's worker
subprocesses (``--direct_running_mode multi_processing``) are counted.

Measured: wall seconds; CPU seconds of the child and every descendant it
waited for (``RUSAGE_CHILDREN``); the child's own peak resident set
(``ru_maxrss`` from wait4: its VmHWM); and the peak of the summed resident
set of the whole process tree (the child and its live descendants), read
from /proc every ``_POLL_SECONDS``, since worker processes run at the same
time and their peaks add up.
"""

import os
import resource
import subprocess
import sys
import threading
import time
from typing import Dict, List, Sequence

from benchmarks.report import ROOT

__all__ = ["run_backfill", "tree_rss_bytes"]

_POLL_SECONDS = 0.2


def _children(pid: int) -> List[int]:
  found = []
  try:
    for task in os.listdir(f"/proc/{pid}/task"):
      with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
        found.extend(int(child) for child in f.read().split())
  except OSError:
    pass  # The process ended while we looked.
  return found


def tree_rss_bytes(pid: int) -> int:
  """Resident set of ``pid`` and all its descendants now, in bytes."""
  total, pending, page = 0, [pid], os.sysconf("SC_PAGE_SIZE")
  while pending:
    current = pending.pop()
    try:
      with open(f"/proc/{current}/statm", encoding="ascii") as f:
        total += int(f.read().split()[1]) * page
    except (OSError, IndexError, ValueError):
      continue
    pending.extend(_children(current))
  return total


def run_backfill(corpus: str, output: str, beam_args: Sequence[str] = ()
                 ) -> Dict[str, float]:
  """Runs ``python -m pipelines backfill CORPUS --output OUTPUT -q ARGS``;
  raises CalledProcessError if it fails."""
  command = [sys.executable, "-m", "pipelines", "backfill", corpus,
             "--output", output, "-q", *beam_args]
  env = dict(os.environ, PYTHONPATH=str(ROOT))
  before = resource.getrusage(resource.RUSAGE_CHILDREN)
  started = time.perf_counter()
  process = subprocess.Popen(command, cwd=str(ROOT), env=env,
                             stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
  peak = [0]
  done = threading.Event()

  def poll():
    while not done.wait(_POLL_SECONDS):
      peak[0] = max(peak[0], tree_rss_bytes(process.pid))

  poller = threading.Thread(target=poll, daemon=True)
  poller.start()
  stderr = process.stderr.read()
  _, status, usage = os.wait4(process.pid, 0)
  process.returncode = os.waitstatus_to_exitcode(status)
  wall = time.perf_counter() - started
  done.set()
  poller.join()
  after = resource.getrusage(resource.RUSAGE_CHILDREN)
  if process.returncode != 0:
    raise subprocess.CalledProcessError(process.returncode, command,
                                        stderr=stderr)
  return {
      "wall": wall,
      "cpu": (after.ru_utime - before.ru_utime)
             + (after.ru_stime - before.ru_stime),
      # Linux reports ru_maxrss in kilobytes.
      "vmhwm_bytes": usage.ru_maxrss * 1024,
      "tree_peak_bytes": peak[0],
  }
