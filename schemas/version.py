"""The schema version written into every Parquet file's metadata.

Bump it whenever a column is added, removed or changes type, so readers of an
output directory can tell which layout a file has.
"""

SCHEMA_VERSION = "1"
SCHEMA_VERSION_KEY = b"news_ingest.schema_version"
DATASET_KEY = b"news_ingest.dataset"


def with_version(schema, dataset: str):
  """Returns ``schema`` carrying the schema version and dataset name."""
  return schema.with_metadata({
      SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode(),
      DATASET_KEY: dataset.encode(),
  })
