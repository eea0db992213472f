"""The signatures dataset: the near-duplicate index kept in the output.

One row per document that took part in near-duplicate detection: its MinHash
signature and the cluster it joined. A later backfill into the same DIR reads
it back, so February's copy of a January story is linked to January's row
without re-reading January's text.
"""

import dataclasses
import datetime
from typing import Optional

import pyarrow as pa

from schemas.version import with_version

__all__ = ["SignatureRecord", "SIGNATURES_SCHEMA"]

_TS = pa.timestamp("us", tz="UTC")

SIGNATURES_SCHEMA = with_version(
    pa.schema([
        pa.field("doc_id", pa.string(), nullable=False),
        # 'w5-p128-b32x4': shingle words, permutations, bands x rows. Rows made
        # with other parameters cannot be compared and are skipped.
        pa.field("params", pa.string(), nullable=False),
        # num_perm little-endian uint32 values.
        pa.field("signature", pa.binary(), nullable=False),
        pa.field("published_at", _TS),
        pa.field("fetched_at", _TS, nullable=False),
        # The canonical document of its cluster (itself when canonical), with
        # the dates that ranked it, so a later run keeps the same canonical.
        pa.field("cluster_id", pa.string(), nullable=False),
        pa.field("canonical_published_at", _TS),
        pa.field("canonical_fetched_at", _TS, nullable=False),
    ]),
    "signatures",
)


@dataclasses.dataclass(frozen=True)
class SignatureRecord:
  doc_id: str
  params: str
  signature: bytes
  published_at: Optional[datetime.datetime]
  fetched_at: datetime.datetime
  cluster_id: str
  canonical_published_at: Optional[datetime.datetime]
  canonical_fetched_at: datetime.datetime

  def to_row(self) -> dict:
    return {name: getattr(self, name) for name in SIGNATURES_SCHEMA.names}
