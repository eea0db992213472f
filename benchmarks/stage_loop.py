"""The backfill's stage functions in a plain Python loop: Beam's baseline.

Reads a directory of HTML pages and does what ``ingest backfill DIR`` does
to them, one document after another in this process, with no runner: the
same DoFn bodies and per-element functions (read and route, decode and
extract, clean, language, canonical URL and exact dedup, near-duplicate
signing and clustering, event tagging, Parquet writing), with dictionaries
where the pipeline has a GroupByKey. Each stage's CPU and wall time is
recorded, so the loop gives both the Beam-overhead baseline and the
microseconds per document of every stage.

Near-duplicate clustering runs DedupNear's own step functions in the same
order, each GroupByKey replaced by a dictionary, so the label rounds and
canonicals are the pipeline's. ``LoopResult.rows`` lets a caller check that the loop and the
pipeline wrote the same documents.
"""

import collections
import contextlib
import dataclasses
import time
from typing import Dict, Iterable, List

from apache_beam import pvalue

from transforms import extract as extract_module
from transforms.clean import _CleanFn
from transforms.crawl import _RouteFn
from transforms.dedup import _CanonicalizeFn, _keep_first, _mark_copies
from transforms.extract import _ExtractFn
from transforms.fetch import FetchConfig
from transforms.language import DEFAULT_PREFIX_CHARS, _DetectLanguageFn
from transforms.mentions import _TagFn
from transforms.neardup import (_BANDS, _BY_DOC, _CANDIDATES, _CLUSTERS,
                                _GRAPH, _RESULTS, DedupNear, NearDupConfig,
                                _apply, _gather_document, _round,
                                _shard_partners, _SignFn, _similarities,
                                _verify)
from transforms.sources import _ReadListedFileFn, _ReadSourceFn
from transforms.window import DateWindow
from transforms.write import (_keyed_document, _keyed_error, _keyed_mention,
                              _keyed_signature, _WritePartitionFileFn)

__all__ = ["STAGES", "LoopResult", "run_loop", "document_rows"]

# In the order a document meets them; 'decode' is timed inside extraction.
STAGES = ("read", "decode", "extract", "clean", "language", "dedup",
          "near_dup", "events", "write")


@dataclasses.dataclass
class LoopResult:
  documents: int
  mentions: int
  errors: int
  # stage -> seconds, CPU time of this process and wall time.
  cpu: Dict[str, float]
  wall: Dict[str, float]
  # (doc_id, duplicate_of, cluster_id, language, content_hash) per document.
  rows: List[tuple]

  @property
  def cpu_total(self) -> float:
    return sum(self.cpu.values())

  @property
  def wall_total(self) -> float:
    return sum(self.wall.values())


_COMPARED = ("doc_id", "duplicate_of", "cluster_id", "language",
             "content_hash")


def document_rows(documents: Iterable) -> List[tuple]:
  """What must agree between two runs over one corpus, sorted; from
  Parquet rows (dicts) or Documents."""
  return sorted(tuple(document[name] if isinstance(document, dict)
                      else getattr(document, name) for name in _COMPARED)
                for document in documents)


class _Clock:
  """Accumulates CPU and wall seconds per stage."""

  def __init__(self):
    self.cpu = dict.fromkeys(STAGES, 0.0)
    self.wall = dict.fromkeys(STAGES, 0.0)

  @contextlib.contextmanager
  def stage(self, name: str):
    cpu, wall = time.process_time(), time.perf_counter()
    try:
      yield
    finally:
      self.cpu[name] += time.process_time() - cpu
      self.wall[name] += time.perf_counter() - wall

  @contextlib.contextmanager
  def decode_inside_extract(self):
    """Times decode_html as called by extract_article, and moves that time
    from 'extract' to 'decode', without calling it twice."""
    original = extract_module.decode_html

    def timed(*args, **kwargs):
      with self.stage("decode"):
        return original(*args, **kwargs)

    extract_module.decode_html = timed
    try:
      yield
    finally:
      extract_module.decode_html = original
      for name in ("cpu", "wall"):
        totals = getattr(self, name)
        totals["extract"] -= totals["decode"]


def _outputs(outputs, errors: list, side: str = None):
  """A DoFn's outputs: main ones, and those tagged ``side`` as (tag, value);
  'errors' ones go to ``errors``; any other tag (a fetch request, a
  transcript) cannot come from a directory of pages and is refused."""
  kept = []
  for output in outputs or ():
    if not isinstance(output, pvalue.TaggedOutput):
      kept.append(output)
    elif output.tag == "errors":
      errors.append(output.value)
    elif output.tag == side:
      kept.append((side, output.value))
    else:
      raise ValueError(f"the loop reads HTML pages only; got {output.tag}")
  return kept


def _grouped(pairs) -> list:
  """GroupByKey's result, in first-seen key order."""
  groups = collections.defaultdict(list)
  for key, value in pairs:
    groups[key].append(value)
  return list(groups.items())


def _read(directory: str, clock: _Clock, errors: list) -> list:
  with clock.stage("read"):
    listed = _outputs(_ReadSourceFn().process(directory), errors,
                      side=_ReadSourceFn.LISTED)
    read_file = _ReadListedFileFn()
    pages = [page for _, path_and_source in listed
             for page in _outputs(read_file.process(path_and_source), errors)]
    route = _RouteFn(DateWindow(), FetchConfig.max_feed_items)
    return [routed for page in pages
            for routed in _outputs(route.process(page), errors)]


def _text_stages(pages: list, clock: _Clock, errors: list) -> list:
  """Extract, clean and detect the language of each page in turn."""
  extract, clean = _ExtractFn(), _CleanFn()
  detect = _DetectLanguageFn(DEFAULT_PREFIX_CHARS)
  extract.setup()
  detect.setup()
  documents = []
  with clock.decode_inside_extract():
    for page in pages:
      with clock.stage("extract"):
        extracted = _outputs(extract.process(page), errors)
      with clock.stage("clean"):
        cleaned = [out for document in extracted
                   for out in _outputs(clean.process(document), errors)]
      with clock.stage("language"):
        documents.extend(out for document in cleaned
                         for out in _outputs(detect.process(document), errors))
  return documents


def _dedup(documents: list, clock: _Clock, errors: list) -> list:
  with clock.stage("dedup"):
    canonicalizer = _CanonicalizeFn()
    documents = [out for document in documents
                 for out in _outputs(canonicalizer.process(document), errors)]
    kept = [_keep_first(group) for group in
            _grouped((document.doc_id, document) for document in documents)]
    return [marked for group in
            _grouped((document.content_hash, document) for document in kept)
            for marked in _mark_copies(group)]


def _by_tag(outputs) -> Dict[str, list]:
  """A step's outputs by tag ('main' for the untagged ones)."""
  by_tag = collections.defaultdict(list)
  for output in outputs:
    if isinstance(output, pvalue.TaggedOutput):
      by_tag[output.tag].append(output.value)
    else:
      by_tag["main"].append(output)
  return by_tag


def _grouped_step(function, keyed: list, *args) -> Dict[str, list]:
  """GroupByKey then FlatMap(function, *args), by tag."""
  return _by_tag(output for group in _grouped(keyed)
                 for output in function(group, *args))


def _near_dup(documents: list, clock: _Clock):
  """(documents with duplicate_of, similarity, cluster_id; signatures):
  DedupNear.expand's steps in order, with no index of an earlier run."""
  config = NearDupConfig()
  with clock.stage("near_dup"):
    sign = _SignFn(config)
    signed = _by_tag(output for document in documents
                     for output in sign.process(document))
    partners = _grouped_step(_shard_partners, signed[_BANDS],
                             config.max_bucket)["main"]
    gathered = _grouped_step(_gather_document, signed[_BY_DOC] + partners,
                             config.params)
    edges = _grouped_step(_verify, gathered[_CANDIDATES],
                          config.threshold)["main"]
    graph = gathered[_GRAPH] + edges
    clusters, results = list(gathered[_CLUSTERS]), list(gathered[_RESULTS])
    for number in range(1, config.rounds + 1):
      step = _grouped_step(_round, graph, number == config.rounds)
      graph = step["main"]
      clusters += step[_CLUSTERS]
      results += step[_RESULTS]
    results += _grouped_step(_similarities, clusters)["main"]
    applied = _grouped_step(_apply, results, config.params)
    clustered = signed["main"] + gathered["main"] + applied["main"]
    signatures = (gathered[DedupNear.SIGNATURES]
                  + applied[DedupNear.SIGNATURES])
  return clustered, signatures


def _events(documents: list, clock: _Clock, errors: list) -> list:
  with clock.stage("events"):
    tag = _TagFn()
    tag.setup()
    return [mention for document in documents
            for mention in _outputs(tag.process(document), errors)]


def _write(output: str, documents, signatures, mentions, errors,
           clock: _Clock) -> None:
  shards = 1
  with clock.stage("write"):
    keyed = ([_keyed_document(d, shards) for d in documents]
             + [_keyed_signature(s, shards) for s in signatures]
             + [_keyed_mention(m, shards) for m in mentions]
             + [_keyed_error(e, shards) for e in errors])
    writer = _WritePartitionFileFn(output)
    writer.setup()
    for group in sorted(_grouped(keyed), key=lambda group: group[0]):
      for _ in writer.process(group):
        pass


def run_loop(directory: str, output: str) -> LoopResult:
  """Backfills ``directory`` (HTML pages) into ``output`` in a plain loop."""
  clock, errors = _Clock(), []
  pages = _read(directory, clock, errors)
  documents = _text_stages(pages, clock, errors)
  del pages
  documents = _dedup(documents, clock, errors)
  documents, signatures = _near_dup(documents, clock)
  mentions = _events(documents, clock, errors)
  _write(output, documents, signatures, mentions, errors, clock)
  return LoopResult(
      documents=len(documents), mentions=len(mentions), errors=len(errors),
      cpu=clock.cpu, wall=clock.wall,
      rows=document_rows(documents))
