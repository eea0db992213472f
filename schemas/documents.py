"""The documents dataset: one row per canonical URL."""

import dataclasses
import datetime
from typing import Optional

import pyarrow as pa

from schemas.version import valid_text, with_version

__all__ = ["Document", "DOCUMENTS_SCHEMA", "KIND_ARTICLE", "KIND_TRANSCRIPT"]

KIND_ARTICLE = "article"
KIND_TRANSCRIPT = "transcript"

_TS = pa.timestamp("us", tz="UTC")

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
        pa.field("duplicate_of", pa.string()),
        # Where the row came from: the feed item's own title and the HTTP
        # status, useful when auditing extraction.
        pa.field("feed_title", pa.string()),
        pa.field("http_status", pa.int32()),
    ]),
    "documents",
)


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

  @property
  def word_count(self) -> int:
    return len(self.text.split())

  def to_row(self) -> dict:
    """The Parquet row: exactly the columns of DOCUMENTS_SCHEMA."""
    row = {name: valid_text(getattr(self, name))
           for name in DOCUMENTS_SCHEMA.names}
    row["authors"] = valid_text(list(self.authors))
    return row
