"""Schema version and dataset name carried in every schema's metadata."""

import pyarrow as pa
import pytest

from schemas.documents import DOCUMENTS_SCHEMA
from schemas.errors import ERRORS_SCHEMA
from schemas.version import (DATASET_KEY, SCHEMA_VERSION, SCHEMA_VERSION_KEY,
                             with_version)


def test_with_version_adds_version_and_dataset_without_touching_fields():
  schema = pa.schema([pa.field("a", pa.int32())])
  versioned = with_version(schema, "things")
  assert versioned.metadata == {SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode(),
                                DATASET_KEY: b"things"}
  assert versioned.names == ["a"]
  assert schema.metadata is None  # the input schema is not modified


@pytest.mark.parametrize("schema, dataset", [
    (DOCUMENTS_SCHEMA, b"documents"),
    (ERRORS_SCHEMA, b"errors"),
], ids=["documents", "errors"])
def test_dataset_schemas_carry_version(schema, dataset):
  assert schema.metadata[b"news_ingest.schema_version"] == SCHEMA_VERSION.encode()
  assert schema.metadata[DATASET_KEY] == dataset


@pytest.mark.parametrize("value, expected", [
    ("plain text, é and 日本", "plain text, é and 日本"),
    ("nul\x00byte", "nulbyte"),
    ("lone \ud800 and \udfff surrogates", "lone ? and ? surrogates"),
    (["ok", "bad\udc80", 3], ["ok", "bad?", 3]),
    (None, None),
], ids=["valid", "nul", "surrogates", "list", "other_types"])
def test_valid_text_makes_strings_writable(value, expected):
  from schemas.version import valid_text
  cleaned = valid_text(value)
  assert cleaned == expected
  if isinstance(cleaned, str):
    cleaned.encode("utf-8")  # Parquet can hold it.
