"""Document: the record of the text stages and its Parquet row."""

import datetime

import pyarrow as pa

from schemas.documents import DOCUMENTS_SCHEMA, Document, KIND_ARTICLE

UTC = datetime.timezone.utc


def _document(**overrides):
  fields = dict(
      url="https://gazette.example.org/news/ferry",
      source="https://gazette.example.org/feeds/rss.xml",
      kind=KIND_ARTICLE, text="Three  sailings\n\na day from now on.",
      fetched_at=datetime.datetime(2024, 3, 6, 8, 0, tzinfo=UTC),
      title="Ferry cuts", authors=["Mara Quill"],
      published_at=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
      canonical_url="https://gazette.example.org/news/ferry", doc_id="d" * 32,
      content_hash="c" * 32, language="en", language_score=0.99)
  fields.update(overrides)
  return Document(**fields)


def test_word_count_counts_whitespace_separated_words():
  assert _document().word_count == 7
  assert _document(text="").word_count == 0


def test_to_row_has_exactly_the_schema_columns_and_converts_to_arrow():
  document = _document()
  row = document.to_row()
  assert list(row) == DOCUMENTS_SCHEMA.names
  assert "declared_canonical" not in row  # internal, not a column
  table = pa.Table.from_pylist([row], schema=DOCUMENTS_SCHEMA)
  read_back = table.to_pylist()[0]
  assert read_back["word_count"] == 7
  assert read_back["published_at"] == document.published_at
  assert read_back["authors"] == ["Mara Quill"]


def test_to_row_copies_authors():
  document = _document()
  row = document.to_row()
  row["authors"].append("Someone Else")
  assert document.authors == ["Mara Quill"]


def test_defaults_of_later_stages_are_empty():
  document = Document(url="https://a.example/x", source="s", kind=KIND_ARTICLE,
                      text="t", fetched_at=datetime.datetime(2024, 1, 1,
                                                             tzinfo=UTC))
  assert (document.language, document.language_score, document.doc_id,
          document.canonical_url, document.content_hash,
          document.duplicate_of) == ("und", None, "", "", "", None)
  assert document.authors == [] and document.authors is not _document().authors
