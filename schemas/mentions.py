"""The mentions dataset: one row per event a document reports.

Each row says what happened (ACLED event type and sub-type), where, when,
how many were killed or injured and by whom, traced to the words that say
it: ``text[char_start:char_end] == trigger`` in the document's ``text``.
Rows live in the same date partition as their document, so a day of
mentions sits beside that day's documents.
"""

import dataclasses
import datetime
from typing import List, Optional

import pyarrow as pa

from schemas.keys import stable_id
from schemas.version import valid_text, with_version

__all__ = ["MentionRecord", "MENTIONS_SCHEMA", "EVENT_TYPES",
           "CASUALTY_QUALIFIERS", "DATE_PRECISIONS"]

_TS = pa.timestamp("us", tz="UTC")

EVENT_TYPES = ("Battles", "Explosions/Remote violence",
               "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
CASUALTY_QUALIFIERS = ("exact", "at_least", "about", "more_than", "less_than")
DATE_PRECISIONS = ("day", "month", "year")

MENTIONS_SCHEMA = with_version(
    pa.schema([
        pa.field("mention_id", pa.string(), nullable=False),
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("event_type", pa.string(), nullable=False),
        pa.field("sub_event_type", pa.string(), nullable=False),
        pa.field("trigger", pa.string(), nullable=False),
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("event_date", pa.date32()),
        pa.field("date_precision", pa.string()),
        pa.field("location", pa.string()),
        # 'city', 'admin1' or 'country' from the gazetteer, or 'locality' (a
        # village it does not know: a name only): how precise the location is.
        pa.field("location_kind", pa.string()),
        pa.field("admin1", pa.string()),
        pa.field("country_code", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("killed", pa.int32()),
        pa.field("injured", pa.int32()),
        pa.field("arrested", pa.int32()),
        pa.field("casualty_qualifier", pa.string()),
        pa.field("perpetrator", pa.string()),
        # 'claimed', 'stated', 'suspected' (speculation in the text) or
        # 'assumed' (arrests with no force named: the police).
        pa.field("perpetrator_status", pa.string()),
        pa.field("claimed_by", pa.string()),
        pa.field("actors", pa.list_(pa.string()), nullable=False),
        # More than 30 days before the document was published.
        pa.field("background", pa.bool_(), nullable=False),
        pa.field("confidence", pa.float32(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        # The document's: filter copies with duplicate_of IS NULL.
        pa.field("duplicate_of", pa.string()),
        pa.field("published_at", _TS),
        pa.field("fetched_at", _TS, nullable=False),
    ]),
    "mentions",
)


@dataclasses.dataclass(frozen=True)
class MentionRecord:
  doc_id: str
  event_type: str
  sub_event_type: str
  trigger: str
  char_start: int
  char_end: int
  sentence: str
  event_date: Optional[datetime.date]
  date_precision: Optional[str]
  location: Optional[str]
  location_kind: Optional[str]
  admin1: Optional[str]
  country_code: Optional[str]
  latitude: Optional[float]
  longitude: Optional[float]
  killed: Optional[int]
  injured: Optional[int]
  arrested: Optional[int]
  casualty_qualifier: Optional[str]
  perpetrator: Optional[str]
  perpetrator_status: Optional[str]
  claimed_by: Optional[str]
  actors: List[str]
  background: bool
  confidence: float
  language: str
  duplicate_of: Optional[str]
  published_at: Optional[datetime.datetime]
  fetched_at: datetime.datetime

  def __post_init__(self):
    if self.event_type not in EVENT_TYPES:
      raise ValueError(f"unknown event_type {self.event_type!r}")
    if self.char_end <= self.char_start:
      raise ValueError("char_end must be after char_start")

  @property
  def mention_id(self) -> str:
    """Stable across runs: the same trigger of the same document."""
    return stable_id(self.doc_id, str(self.char_start), self.sub_event_type)

  def to_row(self) -> dict:
    row = {name: valid_text(getattr(self, name))
           for name in MENTIONS_SCHEMA.names if name != "mention_id"}
    row["mention_id"] = self.mention_id
    return row
