"""The backfill window: keep items whose published date falls in it."""

import dataclasses
import datetime
from typing import Optional

import apache_beam as beam

__all__ = ["DateWindow", "KeepInWindow", "parse_window_bound"]

_UTC = datetime.timezone.utc


def parse_window_bound(value: str, end: bool) -> datetime.datetime:
  """'2026-11-01' or an ISO 8601 timestamp, as a UTC datetime.

  A bare date as the end of the window means the whole day: `--until
  2026-11-30` keeps items published at 23:59 that day. Raises ValueError.
  """
  value = value.strip()
  try:
    day = datetime.date.fromisoformat(value)
  except ValueError:
    when = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return (when if when.tzinfo else when.replace(tzinfo=_UTC)).astimezone(_UTC)
  start = datetime.datetime(day.year, day.month, day.day, tzinfo=_UTC)
  return start + datetime.timedelta(days=1) if end else start


@dataclasses.dataclass(frozen=True)
class DateWindow:
  """[since, until): either end open when None."""
  since: Optional[datetime.datetime] = None
  until: Optional[datetime.datetime] = None

  def __post_init__(self):
    if self.since and self.until and self.since >= self.until:
      raise ValueError(f"--since {self.since.isoformat()} is not before "
                       f"--until {self.until.isoformat()}")

  @property
  def is_open(self) -> bool:
    return self.since is None and self.until is None

  def contains(self, when: Optional[datetime.datetime]) -> bool:
    """Whether ``when`` is in the window; an unknown date is in an open one only."""
    if self.is_open:
      return True
    if when is None:
      return False
    return ((self.since is None or when >= self.since)
            and (self.until is None or when < self.until))


class KeepInWindow(beam.PTransform):
  """PCollection[Document] -> the documents published inside ``window``.

  Documents outside it are not errors (nothing failed): they are counted, as
  'outside_window', or 'undated' when a closed window cannot place them.
  """

  def __init__(self, window: DateWindow, label=None):
    super().__init__(label)
    self._window = window

  def expand(self, documents):
    window = self._window

    def in_window(document) -> bool:
      if window.contains(document.published_at):
        return True
      reason = "undated" if document.published_at is None else "outside_window"
      beam.metrics.Metrics.counter("window", reason).inc()
      return False

    return documents | "InWindow" >> beam.Filter(in_window)
