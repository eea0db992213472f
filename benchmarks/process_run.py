"""``ingest backfill`` in a child process, with its time and memory.

Used by the scaling and memory benchmarks: a fresh interpreter per run, so
one run's caches and heap do not help or hurt the next, and Beam's worker
subprocesses (``--direct_running_mode multi_processing``) are counted.

Measured: wall seconds; CPU seconds of the child and every descendant it
waited for (``RUSAGE_CHILDREN``); the child's own peak resident set
(``ru_maxrss`` from wait4: its VmHWM); the peak of the summed resident
set of the whole process tree (the child and its live descendants), read
from /proc every ``_POLL_SECONDS``, since worker processes run at the same
time and their peaks add up; and the CPU seconds of each process of the
tree as last seen there (how the work was shared between Beam's runner
and its workers, whatever else the machine was doing).
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


def _tree(pid: int) -> List[int]:
  pids, pending = [], [pid]
  while pending:
    current = pending.pop()
    pids.append(current)
    pending.extend(_children(current))
  return pids


def tree_rss_bytes(pid: int) -> int:
  """Resident set of ``pid`` and all its descendants now, in bytes."""
  total, page = 0, os.sysconf("SC_PAGE_SIZE")
  for current in _tree(pid):
    try:
      with open(f"/proc/{current}/statm", encoding="ascii") as f:
        total += int(f.read().split()[1]) * page
    except (OSError, IndexError, ValueError):
      continue  # Ended while we looked.
  return total


def _cpu_seconds(pid: int) -> float:
  """User + system CPU seconds of one live process (0 if gone)."""
  try:
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
      fields = f.read().rsplit(")", 1)[1].split()
  except (OSError, IndexError):
    return 0.0
  # After the command name: state is field 3, utime 14 and stime 15.
  return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
  process_cpu = {}
  done = threading.Event()

  def poll():
    while not done.wait(_POLL_SECONDS):
      peak[0] = max(peak[0], tree_rss_bytes(process.pid))
      for pid in _tree(process.pid):
        process_cpu[pid] = max(process_cpu.get(pid, 0.0), _cpu_seconds(pid))

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
      # The backfill process first, then its descendants by CPU used.
      "process_cpu": [process_cpu.get(process.pid, 0.0)] + sorted(
          (seconds for pid, seconds in process_cpu.items()
           if pid != process.pid), reverse=True),
  }
