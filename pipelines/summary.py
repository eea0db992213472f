"""The end-of-run summary: what was done and where it went.

Every number comes from the stages' Beam counters, so the summary is what
the workers counted, on any runner that reports metrics.
"""

import collections
import dataclasses
import os
from typing import Optional

__all__ = ["Summary", "counters_of"]


def counters_of(result) -> dict:
  """{(namespace, name): value} summed over steps."""
  totals = collections.Counter()
  for counter in result.metrics().query()["counters"]:
    value = counter.committed
    if value is None:
      value = counter.attempted
    totals[(counter.key.metric.namespace, counter.key.metric.name)] += value or 0
  return dict(totals)


def _prefixed(counters: dict, namespace: str, prefix: str) -> dict:
  return {name[len(prefix):]: value
          for (space, name), value in counters.items()
          if space == namespace and name.startswith(prefix) and value}


def _files_under(path: str) -> int:
  count = 0
  for _, _, files in os.walk(path):
    count += sum(name.endswith(".parquet") for name in files)
  return count


@dataclasses.dataclass
class Summary:
  seconds: float
  output: str
  sample: bool
  counters: dict

  @classmethod
  def from_result(cls, result, plan, seconds: float) -> "Summary":
    return cls(seconds=seconds, output=plan.output, sample=plan.sample,
               counters=counters_of(result))

  def count(self, namespace: str, name: str) -> int:
    return int(self.counters.get((namespace, name), 0))

  @property
  def errors_by_stage(self) -> dict:
    return _prefixed(self.counters, "write", "errors_stage_")

  @property
  def documents_by_language(self) -> dict:
    return _prefixed(self.counters, "write", "documents_lang_")

  @property
  def warc_skipped(self) -> dict:
    """Archived records that are not pages, by reason (not errors)."""
    return _prefixed(self.counters, "warc", "skipped_")

  def _warc_lines(self) -> list:
    records = self.count("warc", "records")
    if not records:
      return []
    skipped = self.warc_skipped
    unreadable = sum(_prefixed(self.counters, "warc", "error_").values())
    return [
        f"  warc:        {records} records in {self.count('warc', 'files')} "
        f"files: {self.count('warc', 'pages')} HTML pages, "
        f"{sum(skipped.values())} skipped"
        + (" (" + ", ".join(f"{reason} {n}" for reason, n in sorted(
            skipped.items())) + ")" if skipped else "")
        + f", {unreadable} unreadable (in errors)"]

  def render(self, header: Optional[str] = None) -> str:
    """The summary; ``header`` replaces the first line (another command's)."""
    c = self.count
    by_stage = self.errors_by_stage
    languages = self.documents_by_language
    outside = c("crawl", "items_outside_window") + c("window", "outside_window")
    documents_dir = os.path.join(self.output, "documents")
    errors_dir = os.path.join(self.output, "errors")
    mentions_dir = os.path.join(self.output, "mentions")
    lines = [
        header or
        f"backfill {'(bundled sample) ' if self.sample else ''}finished in "
        f"{self.seconds:.1f}s",
        f"  sources:     {c('sources', 'sources')}",
        f"  feed items:  {c('crawl', 'items')}"
        + (f" ({outside} outside the --since/--until window"
           f", {c('window', 'undated')} undated)" if outside
           or c("window", "undated") else ""),
        f"  fetched:     {c('fetch', 'fetched')} ok, {c('fetch', 'failed')} "
        "failed",
        *self._warc_lines(),
        f"  extracted:   {c('extract', 'extracted')} articles, "
        f"{c('transcript', 'parsed')} transcripts "
        f"({c('transcript', 'segments')} segments)",
        f"  duplicates:  {c('dedup', 'exact_duplicates')} exact copies, "
        f"{c('neardup', 'near_not_exact')} near-duplicates (kept, with "
        f"duplicate_of), {c('dedup', 'same_canonical_url')} merged as the "
        "same canonical URL"
        + (f"; {c('neardup', 'index_rows')} indexed documents compared"
           if c("neardup", "index_rows") else ""),
        f"  documents:   {c('write', 'documents_rows')} written"
        + (" (" + ", ".join(f"{lang} {n}" for lang, n in
                            sorted(languages.items(), key=lambda kv: (-kv[1], kv[0])))
           + ")" if languages else ""),
        f"  mentions:    {c('write', 'mentions_rows')} events in "
        f"{c('events', 'documents_with_events')} of "
        f"{c('events', 'documents_tagged')} documents tagged"
        + (f" ({c('events', 'unsupported_language')} in languages the "
           "tagger does not read)" if c("events", "unsupported_language")
           else ""),
        f"  errors:      {c('write', 'errors_rows')}"
        + (" (" + ", ".join(f"{stage} {n}" for stage, n in sorted(
            by_stage.items())) + ")" if by_stage else ""),
        f"  output:      {documents_dir} ({_files_under(documents_dir)} files), "
        f"{mentions_dir} ({_files_under(mentions_dir)} files), "
        f"{errors_dir} ({_files_under(errors_dir)} files)",
    ]
    return "\n".join(lines)
