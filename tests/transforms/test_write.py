"""partition_date and the WriteDatasets stage (Hive-partitioned Parquet)."""

import dataclasses
import datetime
import glob
import os

import apache_beam as beam
import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import (DOCUMENTS_SCHEMA, Document, KIND_ARTICLE,
                               KIND_TRANSCRIPT, SEGMENT_TYPE, Segment)
from schemas.errors import ERRORS_SCHEMA, ErrorRecord
from schemas.keys import stable_id
from tests.conftest import offline_pipeline
from transforms.write import WriteDatasets, partition_date

UTC = datetime.timezone.utc


def _utc(*args):
  return datetime.datetime(*args, tzinfo=UTC)


FETCHED = _utc(2024, 3, 6, 23, 30)


@pytest.mark.parametrize("preferred, fallback, expected", [
    (_utc(2024, 3, 5, 9), FETCHED, "2024-03-05"),
    (datetime.datetime(2024, 3, 5, 22, 0, tzinfo=datetime.timezone(
        datetime.timedelta(hours=-5))), FETCHED, "2024-03-06"),
    (datetime.datetime(2024, 3, 6, 1, 0, tzinfo=datetime.timezone(
        datetime.timedelta(hours=3))), FETCHED, "2024-03-05"),
    (None, FETCHED, "2024-03-06"),
    (_utc(1, 1, 1), FETCHED, "2024-03-06"),
    (_utc(9999, 12, 31, 23, 59), FETCHED, "2024-03-06"),
    (_utc(1970, 1, 1), FETCHED, "2024-03-06"),
    (None, _utc(1, 1, 1), "0001-01-01"),
], ids=["plausible", "converted_to_utc_next_day", "converted_to_utc_day_before",
        "undated", "year_1", "year_9999", "epoch", "both_implausible"])
def test_partition_date(preferred, fallback, expected):
  assert partition_date(preferred, fallback) == expected


def test_partition_date_accepts_next_year_not_the_one_after():
  now = datetime.datetime.now(UTC)
  next_year = now.replace(year=now.year + 1, month=1, day=2)
  assert partition_date(next_year, FETCHED) == next_year.strftime("%Y-%m-%d")
  assert partition_date(next_year.replace(year=now.year + 2), FETCHED) == (
      "2024-03-06")


@pytest.mark.parametrize("kwargs, message", [
    ({"output": ""}, "output must be"),
    ({"output": "/tmp/x", "shards_per_day": 0}, "shards_per_day must be >= 1"),
], ids=["no_output", "zero_shards"])
def test_write_datasets_checks_its_settings(kwargs, message):
  with pytest.raises(ValueError, match=message):
    WriteDatasets(**kwargs)


def _document(slug, published_at, title=None, language="en"):
  url = f"https://gazette.example.org/news/{slug}"
  text = f"Story about {slug} on the harbour front."
  return Document(
      url=url, source="https://gazette.example.org/feeds/rss.xml",
      kind=KIND_ARTICLE, text=text, fetched_at=FETCHED,
      title=title or slug.title(), authors=["Mara Quill"],
      published_at=published_at, site="Harbour Gazette", language=language,
      language_score=0.99, canonical_url=url, doc_id=stable_id(url),
      content_hash=stable_id(text), http_status=200)


DOCUMENTS = [
    _document("ferry", _utc(2024, 3, 5, 9, 30)),
    _document("wall", _utc(2024, 3, 5, 17)),
    _document("lighthouse", _utc(2024, 3, 4, 8)),
    # Malformed: placeholder date. Lands in the fetch-date partition.
    _document("placeholder", _utc(1, 1, 1)),
    _document("undated", None, language="und"),
]
ERRORS = [
    ErrorRecord(stage="fetch", error_type="http_404", message="Not Found",
                url="https://gazette.example.org/news/gone",
                source="https://gazette.example.org/feeds/rss.xml",
                http_status=404, attempts=1,
                published_at=_utc(2024, 3, 4, 12), at=FETCHED),
    ErrorRecord(stage="extract", error_type="no_text", message="nothing",
                url="https://gazette.example.org/gallery",
                source="https://gazette.example.org/feeds/rss.xml",
                at=_utc(2024, 3, 7, 1)),
]


def _write(output, documents, errors, shards_per_day=1):
  with offline_pipeline() as p:
    written = {
        "documents": p | "Documents" >> beam.Create(documents),
        "errors": p | "Errors" >> beam.Create(errors),
    } | WriteDatasets(output, shards_per_day=shards_per_day)
    assert_that(
        written | "Files" >> beam.Map(
            lambda f: (f.dataset, os.path.relpath(f.path, output),
                       f.rows_written)),
        equal_to(_expected_files(documents, errors, shards_per_day)))


def _expected_files(documents, errors, shards):
  counts = {}
  for dataset, date in ([("documents", partition_date(d.published_at,
                                                      d.fetched_at))
                         for d in documents]
                        + [("errors", partition_date(e.published_at, e.at))
                           for e in errors]):
    counts[(dataset, date)] = counts.get((dataset, date), 0) + 1
  assert shards == 1
  return [(dataset, f"{dataset}/date={date}/part-00000.parquet", count)
          for (dataset, date), count in counts.items()]


def _read_documents_pyarrow(output):
  table = ds.dataset(os.path.join(output, "documents"), format="parquet",
                     partitioning="hive").to_table()
  return sorted((row["url"].rsplit("/", 1)[1], str(row["date"]), row["title"])
                for row in table.to_pylist())


def _duckdb_rows(output, dataset, columns):
  pattern = os.path.join(output, dataset, "*", "*.parquet")
  return sorted(duckdb.sql(
      f"SELECT {columns} FROM read_parquet('{pattern}', hive_partitioning=1)"
  ).fetchall())


def test_write_datasets_layout_and_readers(tmp_path):
  output = str(tmp_path / "out")
  _write(output, DOCUMENTS, ERRORS)

  assert _read_documents_pyarrow(output) == [
      ("ferry", "2024-03-05", "Ferry"),
      ("lighthouse", "2024-03-04", "Lighthouse"),
      ("placeholder", "2024-03-06", "Placeholder"),
      ("undated", "2024-03-06", "Undated"),
      ("wall", "2024-03-05", "Wall"),
  ]
  assert _duckdb_rows(output, "documents",
                      "split_part(url, '/', -1), CAST(date AS VARCHAR), "
                      "word_count, language") == [
      ("ferry", "2024-03-05", 7, "en"),
      ("lighthouse", "2024-03-04", 7, "en"),
      ("placeholder", "2024-03-06", 7, "en"),
      ("undated", "2024-03-06", 7, "und"),
      ("wall", "2024-03-05", 7, "en"),
  ]
  assert _duckdb_rows(output, "errors",
                      "stage, error_type, CAST(date AS VARCHAR), http_status"
                      ) == [("extract", "no_text", "2024-03-07", None),
                            ("fetch", "http_404", "2024-03-04", 404)]

  # The placeholder date itself survives in the row; only the folder moved.
  placeholder = pq.read_table(
      os.path.join(output, "documents", "date=2024-03-06",
                   "part-00000.parquet")).to_pylist()
  assert {row["published_at"] for row in placeholder} == {_utc(1, 1, 1), None}

  files = sorted(glob.glob(os.path.join(output, "*", "date=*", "*.parquet")))
  assert len(files) == 5  # documents: 3 days, errors: 2 days
  for path in files:
    schema = pq.read_schema(path)
    assert schema.metadata[b"news_ingest.schema_version"] == b"3"
    expected = DOCUMENTS_SCHEMA if "/documents/" in path else ERRORS_SCHEMA
    assert schema.remove_metadata().equals(expected.remove_metadata())
    assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == (
        "ZSTD")
  # Nothing half-written is left behind.
  assert os.listdir(os.path.join(output, "_tmp")) == []


def test_write_datasets_twice_gives_no_duplicates_and_newest_row_wins(
    tmp_path):
  output = str(tmp_path / "out")
  _write(output, DOCUMENTS, ERRORS)
  _write(output, DOCUMENTS, ERRORS)
  rows = _duckdb_rows(output, "documents", "doc_id")
  assert len(rows) == len(DOCUMENTS) == len(set(rows))
  assert len(_duckdb_rows(output, "errors", "error_id")) == len(ERRORS)

  # A third run with one story re-titled and one new: merged, not appended.
  retitled = dataclasses.replace(DOCUMENTS[0], title="Ferry (updated)")
  _write(output, [retitled, _document("quay", _utc(2024, 3, 5, 6))], [])
  assert _read_documents_pyarrow(output) == [
      ("ferry", "2024-03-05", "Ferry (updated)"),
      ("lighthouse", "2024-03-04", "Lighthouse"),
      ("placeholder", "2024-03-06", "Placeholder"),
      ("quay", "2024-03-05", "Quay"),
      ("undated", "2024-03-06", "Undated"),
      ("wall", "2024-03-05", "Wall"),
  ]
  assert len(_duckdb_rows(output, "errors", "error_id")) == len(ERRORS)


def test_write_datasets_shards_split_a_day_without_losing_rows(tmp_path):
  output = str(tmp_path / "out")
  documents = [_document(f"story-{n}", _utc(2024, 3, 5, n)) for n in range(12)]
  with offline_pipeline() as p:
    written = {"documents": p | "Documents" >> beam.Create(documents),
               "errors": p | "Errors" >> beam.Create([])} | WriteDatasets(
                   output, shards_per_day=4)
    assert_that(written | beam.Map(lambda f: f.rows_written)
                | beam.CombineGlobally(sum), equal_to([12]))
  files = glob.glob(os.path.join(output, "documents", "date=2024-03-05",
                                 "part-*.parquet"))
  assert 1 < len(files) <= 4
  assert len(_duckdb_rows(output, "documents", "doc_id")) == 12


def test_write_datasets_transcript_segments_round_trip(tmp_path):
  output = str(tmp_path / "out")
  url = "https://harbour-radio.example/ep/12"
  caption_file = "https://cdn.harbour-radio.example/12.vtt"
  segments = [
      Segment(start_s=0.5, end_s=3.25, speaker="Ana Ruiz",
              text="Good evening."),
      # No speaker named: a null, not an empty string.
      Segment(start_s=3.25, end_s=325.0, speaker=None,
              text="The ferry is late again.", new_turn=True),
  ]
  transcript = Document(
      url=url, source="https://harbour-radio.example/podcast/feed.xml",
      kind=KIND_TRANSCRIPT, text="Good evening.\n\nThe ferry is late again.",
      fetched_at=FETCHED, published_at=_utc(2024, 3, 5, 9), language="en",
      canonical_url=url, doc_id=stable_id(KIND_TRANSCRIPT, url),
      content_hash=stable_id("transcript text"), transcript_url=caption_file,
      segments=segments)
  article = _document("ferry", _utc(2024, 3, 5, 9, 30))
  _write(output, [transcript, article], [])

  rows = {row["kind"]: row for row in ds.dataset(
      os.path.join(output, "documents"), format="parquet",
      partitioning="hive").to_table().to_pylist()}
  assert rows[KIND_TRANSCRIPT]["transcript_url"] == caption_file
  assert rows[KIND_TRANSCRIPT]["segments"] == [
      {"start_s": 0.5, "end_s": 3.25, "speaker": "Ana Ruiz",
       "text": "Good evening."},
      {"start_s": 3.25, "end_s": 325.0, "speaker": None,
       "text": "The ferry is late again."},
  ]
  # An article has no segments at all, not an empty list.
  assert rows[KIND_ARTICLE]["segments"] is None
  assert rows[KIND_ARTICLE]["transcript_url"] is None
  assert pq.read_schema(glob.glob(os.path.join(
      output, "documents", "*", "*.parquet"))[0]).field(
          "segments").type == pa.list_(SEGMENT_TYPE)
