"""Shared test fixtures: the fixture HTTP server and offline Beam pipelines."""

import os

import pytest

from tests.fixture_server import FixtureServer

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


def read_dataset(output: str, dataset: str) -> list:
  """Rows of DIR/<dataset> as dicts (with the `date` partition), [] if absent."""
  import pyarrow.dataset as ds
  path = os.path.join(output, dataset)
  if not os.path.isdir(path):
    return []
  return ds.dataset(path, partitioning="hive").to_table().to_pylist()


def offline_pipeline():
  """A TestPipeline on the in-process FnApiRunner: no Prism download."""
  from apache_beam.testing.test_pipeline import TestPipeline
  return TestPipeline(runner="FnApiRunner")


@pytest.fixture
def server():
  """An empty fixture server; tests add routes with ``server.add(...)``."""
  with FixtureServer(None) as running:
    yield running


@pytest.fixture(scope="module")
def site():
  """The fixture news site of tests/fixtures/site, served on 127.0.0.1."""
  with FixtureServer(os.path.join(FIXTURES, "site")) as running:
    yield running
