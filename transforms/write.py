"""WriteDatasets: documents and errors as Hive-partitioned Parquet.

Layout: ``DIR/<dataset>/date=YYYY-MM-DD/part-SSSSS.parquet``, the date the
published date in UTC (else the fetch date; for errors the item's published
date, else when it failed), zstd-compressed, the schema version in the file
metadata. Readable by ``pyarrow.dataset.dataset(DIR + "/documents",
partitioning="hive")`` and DuckDB's ``read_parquet(..., hive_partitioning=1)``.

Re-running into the same DIR never duplicates rows, because file names are
idempotent: a row's file is decided by its partition date and its key
(doc_id, or error_id) alone, so the same row always lands in the same file.
Writing a file merges it with what that file already holds, the new row
replacing an old row with the same key, and replaces it atomically (written
under ``DIR/_tmp`` and renamed), so a reader never sees a half-written file
and a crashed run leaves the previous file intact.

Filesystem access goes through pyarrow.fs, so DIR may be a local path or a
gs:// or s3:// URI where pyarrow has those filesystems.
"""

import dataclasses
import datetime
import os
import uuid
from typing import Iterable, Optional

import apache_beam as beam

from schemas.documents import DOCUMENTS_SCHEMA, Document
from schemas.errors import ERRORS_SCHEMA, ErrorRecord
from schemas.mentions import MENTIONS_SCHEMA, MentionRecord
from schemas.signatures import SIGNATURES_SCHEMA, SignatureRecord

__all__ = ["WriteDatasets", "WrittenFile", "partition_date", "DOCUMENTS",
           "ERRORS", "SIGNATURES", "MENTIONS", "TMP_DIR"]

_NAMESPACE = "write"
DOCUMENTS = "documents"
ERRORS = "errors"
SIGNATURES = "signatures"
MENTIONS = "mentions"
TMP_DIR = "_tmp"
# Dates outside this range cannot be a news item's; they fall back.
_MIN_YEAR = 1990
_COMPRESSION = "zstd"


@dataclasses.dataclass(frozen=True)
class WrittenFile:
  dataset: str
  path: str
  rows_written: int
  rows_in_file: int


def partition_date(preferred, fallback: datetime.datetime) -> str:
  """'YYYY-MM-DD' of ``preferred`` in UTC when plausible, else of ``fallback``.

  The value comes from our own datetime formatting, never from input text,
  so it cannot hold a path separator.
  """
  latest_year = datetime.datetime.now(datetime.timezone.utc).year + 1
  for when in (preferred, fallback):
    if when is not None and _MIN_YEAR <= when.year <= latest_year:
      return when.astimezone(datetime.timezone.utc).date().isoformat()
  # isoformat, not strftime("%Y"): glibc does not pad years below 1000.
  return fallback.astimezone(datetime.timezone.utc).date().isoformat()


def _shard_of(key: str, shards: int) -> int:
  # Keys are blake2b hex digests: their leading bits are uniform.
  return int(key[:8], 16) % shards


@dataclasses.dataclass(frozen=True)
class _DatasetSpec:
  name: str
  schema: object
  key_column: str
  # Rows of a document are replaced as a set: a re-run that finds fewer
  # mentions in a document must not leave the old ones behind.
  group_column: Optional[str] = None


_SPECS = {
    DOCUMENTS: _DatasetSpec(DOCUMENTS, DOCUMENTS_SCHEMA, "doc_id"),
    ERRORS: _DatasetSpec(ERRORS, ERRORS_SCHEMA, "error_id"),
    SIGNATURES: _DatasetSpec(SIGNATURES, SIGNATURES_SCHEMA, "doc_id"),
    MENTIONS: _DatasetSpec(MENTIONS, MENTIONS_SCHEMA, "mention_id", "doc_id"),
}


def _keyed_document(document: Document, shards: int):
  date = partition_date(document.published_at, document.fetched_at)
  return (DOCUMENTS, date, _shard_of(document.doc_id, shards)), document.to_row()


def _keyed_signature(record: SignatureRecord, shards: int):
  # Beside its document: the same date and shard.
  date = partition_date(record.published_at, record.fetched_at)
  return (SIGNATURES, date, _shard_of(record.doc_id, shards)), record.to_row()


def _keyed_mention(record: MentionRecord, shards: int):
  # Beside its document: the same date and shard.
  date = partition_date(record.published_at, record.fetched_at)
  return (MENTIONS, date, _shard_of(record.doc_id, shards)), record.to_row()


def _keyed_error(error: ErrorRecord, shards: int):
  date = partition_date(error.published_at, error.at)
  return (ERRORS, date, _shard_of(error.error_id, shards)), error.to_row()


class _WritePartitionFileFn(beam.DoFn):
  """((dataset, date, shard), rows) -> WrittenFile, after merge-and-replace."""

  def __init__(self, output: str):
    self._output = output.rstrip("/")

  def setup(self):
    import pyarrow.fs
    self._fs, self._root = pyarrow.fs.FileSystem.from_uri(
        self._output if "://" in self._output else
        "file://" + os.path.abspath(self._output))

  def process(self, element) -> Iterable[WrittenFile]:
    import pyarrow as pa
    import pyarrow.fs
    import pyarrow.parquet as pq
    (dataset, date, shard), rows = element
    spec = _SPECS[dataset]
    directory = f"{self._root}/{dataset}/date={date}"
    path = f"{directory}/part-{shard:05d}.parquet"
    new_rows = {row[spec.key_column]: row for row in rows}
    merged = dict(new_rows)
    info = self._fs.get_file_info(path)
    if info.type == pyarrow.fs.FileType.File:
      existing = pq.read_table(path, filesystem=self._fs)
      replaced = ({row[spec.group_column] for row in rows}
                  if spec.group_column else set())
      for row in existing.to_pylist():
        if spec.group_column and row[spec.group_column] in replaced:
          continue
        merged.setdefault(row[spec.key_column], row)
    table = pa.Table.from_pylist(
        [merged[key] for key in sorted(merged)], schema=spec.schema)
    self._fs.create_dir(directory, recursive=True)
    tmp_dir = f"{self._root}/{TMP_DIR}"
    self._fs.create_dir(tmp_dir, recursive=True)
    tmp_path = f"{tmp_dir}/{uuid.uuid4().hex}.parquet"
    pq.write_table(table, tmp_path, filesystem=self._fs,
                   compression=_COMPRESSION)
    self._fs.move(tmp_path, path)
    beam.metrics.Metrics.counter(_NAMESPACE, f"{dataset}_rows").inc(
        len(new_rows))
    for row in new_rows.values():
      if dataset == DOCUMENTS:
        beam.metrics.Metrics.counter(
            _NAMESPACE, f"documents_lang_{row['language']}").inc()
        if row["duplicate_of"]:
          beam.metrics.Metrics.counter(_NAMESPACE, "documents_duplicates").inc()
      elif dataset == ERRORS:
        beam.metrics.Metrics.counter(
            _NAMESPACE, f"errors_stage_{row['stage']}").inc()
    yield WrittenFile(dataset, path, len(new_rows), table.num_rows)


class WriteDatasets(beam.PTransform):
  """{'documents': PCollection[Document], 'errors': PCollection[ErrorRecord],
  optionally 'signatures': PCollection[SignatureRecord] and 'mentions':
  PCollection[MentionRecord]}
  -> PCollection[WrittenFile]."""

  def __init__(self, output: str, shards_per_day: int = 1, label=None):
    super().__init__(label)
    if not output:
      raise ValueError("output must be a directory path or URI")
    if shards_per_day < 1:
      raise ValueError(f"shards_per_day must be >= 1, got {shards_per_day}")
    self._output = output
    self._shards = shards_per_day

  def expand(self, pcolls):
    shards = self._shards
    keyers = {DOCUMENTS: _keyed_document, ERRORS: _keyed_error,
              SIGNATURES: _keyed_signature, MENTIONS: _keyed_mention}
    # One GroupByKey per dataset, each fed straight by its producer: a
    # Flatten of the keyed rows before a single GroupByKey costs the
    # FnApiRunner a stage of its own that only passes every row (documents
    # with their text, all mentions) through a worker and back (2.7 s of
    # a 2-worker run on 5,000 pages, most of it serial in the runner).
    written = []
    for dataset in (DOCUMENTS, ERRORS, SIGNATURES, MENTIONS):
      if dataset not in pcolls:
        continue
      name = dataset.capitalize()
      written.append(
          pcolls[dataset]
          | f"Key{name}" >> beam.Map(keyers[dataset], shards)
          | f"Group{name}ByFile" >> beam.GroupByKey()
          | f"Write{name}Files" >> beam.ParDo(
              _WritePartitionFileFn(self._output)))
    return written | "AllWrittenFiles" >> beam.Flatten()
