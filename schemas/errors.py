"""The errors dataset: one row per record that could not become a document.

Every stage sends what it rejects here with its stage name and reason, so a
run loses nothing silently.
"""

import dataclasses
import datetime
from typing import Optional

import pyarrow as pa

from schemas.keys import stable_id
from schemas.version import valid_text, with_version

__all__ = ["ErrorRecord", "ERRORS_SCHEMA", "STAGES"]

_TS = pa.timestamp("us", tz="UTC")

# Stage names used in the `stage` column.
STAGES = ("source", "feed", "fetch", "decode", "extract", "transcript", "clean",
          "language", "dedup", "events", "write")

ERRORS_SCHEMA = with_version(
    pa.schema([
        pa.field("error_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error_type", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("http_status", pa.int32()),
        pa.field("attempts", pa.int32()),
        pa.field("at", _TS, nullable=False),
        # The item's published date when known: it places the row in the same
        # date partition as the document it would have been.
        pa.field("published_at", _TS),
    ]),
    "errors",
)


def _utcnow() -> datetime.datetime:
  return datetime.datetime.now(datetime.timezone.utc)


@dataclasses.dataclass
class ErrorRecord:
  """Why one URL, feed or file did not become (all of) a document."""
  stage: str
  error_type: str
  message: str
  url: Optional[str] = None
  source: Optional[str] = None
  http_status: Optional[int] = None
  attempts: Optional[int] = None
  published_at: Optional[datetime.datetime] = None
  at: datetime.datetime = dataclasses.field(default_factory=_utcnow)

  def __post_init__(self):
    if self.stage not in STAGES:
      raise ValueError(f"unknown stage {self.stage!r}; expected one of {STAGES}")

  @classmethod
  def for_page(cls, page, stage: str, error_type: str, message: str):
    """An error about a FetchedPage, carrying its URL, source and status."""
    item = page.request.item
    return cls(stage=stage, error_type=error_type, message=message,
               url=page.final_url, source=page.request.source,
               http_status=page.status, attempts=page.attempts,
               published_at=item.published_at if item else None)

  @property
  def error_id(self) -> str:
    """Stable across runs: the same failure of the same URL has the same id.

    The message is part of it: one feed can fail in several ways at once
    (malformed, and an entry without a link), each its own row.
    """
    return stable_id(self.stage, self.error_type, self.url or "",
                     self.source or "", self.message)

  def to_row(self) -> dict:
    row = {name: valid_text(getattr(self, name))
           for name in ERRORS_SCHEMA.names if name != "error_id"}
    row["error_id"] = self.error_id
    # Messages can embed whole exception reprs; keep rows bounded.
    row["message"] = self.message[:2000]
    return row
