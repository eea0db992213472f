"""`python -m pipelines` is the `ingest` command."""

import sys

from pipelines.cli import main

sys.exit(main())
