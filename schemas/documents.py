"""The documents dataset: one row per canonical URL."""

import dataclasses
import datetime
from typing import Optional

import pyarrow as pa

from schemas.version import valid_text, with_version

__all__ = ["Document", "DOCUMENTS_SCHEMA", "KIND_ARTICLE", "KIND_TRANSCRIPT",
           "Segment", "SEGMENT_TYPE"]

KIND_ARTICLE = "article"
KIND_TRANSCRIPT = "transcript"

_TS = pa.timestamp("us", tz="UTC")

# One timed piece of a transcript; a cue at 05:25 has start_s = 325.0.
SEGMENT_TYPE = pa.struct([
    pa.field("start_s", pa.float64(), nullable=False),
    pa.field("end_s", pa.float64(), nullable=False),
    pa.field("speaker", pa.string()),
    pa.field("text", pa.string(), nullable=False),
])

DOCUMENTS_SCHEMA = with_version(
    pa.schema([
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("url", pa.string(), nullable=False),
        pa.field("canonical_url", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("site", pa.string()),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("authors", pa.list_(pa.string())),
        pa.field("published_at", _TS),
        pa.field("fetched_at", _TS, nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("language_score", pa.float64()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        # The canonical doc_id of its exact or near-duplicate cluster (null
        # for the canonical row), the estimated Jaccard similarity to it, and
        # the cluster (the canonical's doc_id, its own for a canonical row).
        pa.field("duplicate_of", pa.string()),
        pa.field("similarity", pa.float64()),
        pa.field("cluster_id", pa.string()),
        # Where the row came from: the feed item's own title and the HTTP
        # status, useful when auditing extraction.
        pa.field("feed_title", pa.string()),
        pa.field("http_status", pa.int32()),
        # Transcripts only: the caption file read and its timed segments.
        pa.field("transcript_url", pa.string()),
        pa.field("segments", pa.list_(SEGMENT_TYPE)),
    ]),
    "documents",
)


@dataclasses.dataclass(frozen=True)
class Segment:
  """A transcript segment; ``new_turn`` (a '>>' or '-' marker) is not stored."""
  start_s: float
  end_s: float
  speaker: Optional[str]
  text: str
  new_turn: bool = False

  def to_row(self) -> dict:
    return {"start_s": self.start_s, "end_s": self.end_s,
            "speaker": valid_text(self.speaker), "text": valid_text(self.text)}


@dataclasses.dataclass
class Document:
  """An article or transcript as it moves through the text stages.

  Fields filled later in the pipeline start empty: ``language`` after
  DetectLanguage, ``doc_id``/``canonical_url``/``content_hash`` after
  Canonicalize, ``duplicate_of`` after DedupExact.
  """
  url: str
  source: str
  kind: str
  text: str
  fetched_at: datetime.datetime
  title: Optional[str] = None
  authors: list = dataclasses.field(default_factory=list)
  published_at: Optional[datetime.datetime] = None
  site: Optional[str] = None
  # <link rel=canonical> as found in the page, before validation.
  declared_canonical: Optional[str] = None
  feed_title: Optional[str] = None
  http_status: Optional[int] = None
  language: str = "und"
  language_score: Optional[float] = None
  canonical_url: str = ""
  doc_id: str = ""
  content_hash: str = ""
  duplicate_of: Optional[str] = None
  similarity: Optional[float] = None
  cluster_id: Optional[str] = None
  transcript_url: Optional[str] = None
  segments: Optional[list] = None
  # A transcript's language as its feed tag or file declares it; when set,
  # DetectLanguage keeps it instead of guessing.
  declared_language: Optional[str] = None

  @property
  def word_count(self) -> int:
    return len(self.text.split())

  def to_row(self) -> dict:
    """The Parquet row: exactly the columns of DOCUMENTS_SCHEMA."""
    row = {name: valid_text(getattr(self, name))
           for name in DOCUMENTS_SCHEMA.names}
    row["authors"] = valid_text(list(self.authors))
    row["segments"] = (None if self.segments is None
                       else [segment.to_row() for segment in self.segments])
    return row
