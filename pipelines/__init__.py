"""Drivers and the `ingest` command-line interface."""
