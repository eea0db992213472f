"""Progress lines on stderr for long stages: items done and the rate.

On a distributed runner these lines land in the worker logs; locally they
show the user that a long backfill is moving.
"""

import logging
import threading
import time

__all__ = ["Progress"]

_LOG = logging.getLogger("news_ingest.progress")

# Often enough to see movement, rarely enough not to flood the terminal.
_REPORT_EVERY_SECONDS = 5.0


class Progress:
  """Counts items in one worker and logs a line at most every few seconds."""

  def __init__(self, stage: str, unit: str = "items"):
    self._stage = stage
    self._unit = unit
    self._lock = threading.Lock()
    self._done = 0
    self._failed = 0
    self._started = time.monotonic()
    self._last_report = self._started

  def tick(self, failed: bool = False) -> None:
    with self._lock:
      self._done += 1
      self._failed += int(failed)
      now = time.monotonic()
      if now - self._last_report < _REPORT_EVERY_SECONDS:
        return
      self._last_report = now
      rate = self._done / max(now - self._started, 1e-9)
      done, failed_count = self._done, self._failed
    _LOG.info("%s: %d %s done (%d failed), %.1f/s", self._stage, done,
              self._unit, failed_count, rate)
