"""Record types and pyarrow schemas: the only place a column is defined."""
