"""The schema version written into every Parquet file's metadata.

Bump it whenever a column is added, removed or changes type, so readers of an
output directory can tell which layout a file has.
"""

# 2: documents gained transcript_url and segments (transcripts), similarity
#    and cluster_id (near-duplicates); the signatures dataset appeared.
# 3: the mentions dataset appeared (event mentions per document).
SCHEMA_VERSION = "3"
SCHEMA_VERSION_KEY = b"news_ingest.schema_version"
DATASET_KEY = b"news_ingest.dataset"


def with_version(schema, dataset: str):
  """Returns ``schema`` carrying the schema version and dataset name."""
  return schema.with_metadata({
      SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode(),
      DATASET_KEY: dataset.encode(),
  })


def valid_text(value):
  """``value`` with what Parquet cannot hold as a string removed.

  NUL bytes are dropped and lone surrogates (from a page that smuggled
  invalid UTF-8 through a lenient decoder) become "?", so no row fails
  to write and no reader meets an invalid string. Lists are cleaned item by
  item; other types pass through.
  """
  if isinstance(value, str):
    if "\x00" in value:
      value = value.replace("\x00", "")
    try:
      # Lone surrogates are the only str that UTF-8 cannot encode: checked
      # at C speed (a Python test per character cost 1 ms per article).
      value.encode("utf-8")
    except UnicodeEncodeError:
      return value.encode("utf-8", "replace").decode("utf-8")
    return value
  if isinstance(value, list):
    return [valid_text(item) for item in value]
  return value
