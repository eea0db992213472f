"""DedupNear: near-duplicate clusters with MinHash LSH, across runs.

News is copied everywhere: a wire story republished with a new headline, a
"(Wire) -" prefix, a trimmed last paragraph. Each cluster of copies gets one
canonical document; the others get ``duplicate_of`` (the canonical doc_id),
``similarity`` (estimated Jaccard to it) and every member ``cluster_id`` (the
canonical doc_id). Two outlets' own reports of one attack share names and
numbers but few 5-word sequences, so they stay apart.

Per document (no shuffle):
  text -> casefolded words -> 5-word shingles -> 64-bit shingle hashes ->
  signature of 128 values (one-permutation MinHash with densification,
  vectorized with numpy; see ``minhash``) -> 32 band keys of 4 rows each.
  Documents under ``min_words`` words are never near-duplicates.

Distributed steps (each a GroupByKey or CoGroupByKey; none gathers all
documents or all edges on one worker):
  1. Candidates: group band keys; a bucket holding at least one document of
     this run emits its pairs (a bucket larger than ``max_bucket``, the mark
     of boilerplate shingles, emits only neighbours in doc_id order and is
     counted). Pairs are deduplicated.
  2. Verification: each pair is joined with both signatures (two
     CoGroupByKeys keyed by doc_id) and kept if the estimated Jaccard
     reaches ``threshold``.
  3. Connected components by min-label propagation: every node starts with
     its own rank as label; each round, a CoGroupByKey of labels with the
     adjacency lists sends each label to the node's neighbours and keeps the
     minimum. ``rounds`` rounds (default 8) join every component whose
     diameter is at most that; LSH buckets connect most copies directly, so
     real clusters have diameter 1-3. Labels still changing in the last
     round are counted (``neardup:unconverged``) rather than hidden.
  4. Similarity to the canonical: members are joined with the canonical's
     signature.

The canonical is the smallest rank: documents already in the output's
signature index first (so an existing row never loses its status), then
earliest published (undated last), earliest fetched, smallest doc_id: a
total order, the same rule as exact dedup.

Across runs: the signatures dataset (``DIR/signatures``) holds each
document's signature and its cluster's canonical. A later backfill reads it
back; an indexed document starts with its stored cluster's label, so a new
copy of January's story joins January's cluster and January's canonical stays.

Parameters (see the benchmark in BENCHMARKS.md): probability that a pair
becomes a candidate, 1 - (1 - s^4)^32:
  similarity 0.3: 0.23, 0.5: 0.87, 0.7: 1.00 (0.99985), 0.8: 1.00, 0.9: 1.00
and a candidate is kept when its estimated Jaccard is at least 0.5.
"""

import dataclasses
import datetime
import re
import zlib
from typing import Iterable, List, Optional, Sequence, Tuple

import apache_beam as beam
import numpy as np

from schemas.documents import Document
from schemas.signatures import SignatureRecord

__all__ = ["DedupNear", "NearDupConfig", "shingle_hashes", "minhash",
           "band_keys", "estimated_jaccard", "candidate_probability"]

_NAMESPACE = "neardup"
_LOW32 = np.uint64(0xFFFFFFFF)
# Shingle hashes are combined with this odd multiplier (wrapping uint64).
_MIX = np.uint64(0x9E3779B97F4A7C15)
_WORD = re.compile(r"\w+")


@dataclasses.dataclass(frozen=True)
class NearDupConfig:
  shingle_words: int = 5
  bands: int = 32
  rows: int = 4
  threshold: float = 0.5
  min_words: int = 50
  max_bucket: int = 200
  rounds: int = 8
  seed: int = 1

  def __post_init__(self):
    if self.shingle_words < 1 or self.bands < 1 or self.rows < 1:
      raise ValueError("shingle_words, bands and rows must be >= 1")
    if not 0.0 < self.threshold <= 1.0:
      raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
    if self.rounds < 1 or self.max_bucket < 2:
      raise ValueError("rounds must be >= 1 and max_bucket >= 2")

  @property
  def num_perm(self) -> int:
    return self.bands * self.rows

  @property
  def params(self) -> str:
    """Names what makes two signatures comparable."""
    # 'oph': one-permutation signatures; the classic MinHash of the first
    # indexes ('w5-p128-...') cannot be compared with them.
    return (f"oph-w{self.shingle_words}-p{self.num_perm}"
            f"-b{self.bands}x{self.rows}-s{self.seed}")


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
  """Chance that two documents of this Jaccard similarity share a band."""
  return 1.0 - (1.0 - similarity ** rows) ** bands


def _words(text: str) -> List[str]:
  return _WORD.findall(text.casefold())


def shingle_hashes(text: str, shingle_words: int) -> np.ndarray:
  """Distinct 32-bit hashes of the text's ``shingle_words``-word sequences.

  Words are hashed with CRC-32 (C speed, stable across processes, unlike
  ``hash()``), then combined per shingle with numpy. Empty when the text
  has fewer words than a shingle.
  """
  return _word_shingle_hashes(_words(text), shingle_words)


def _word_shingle_hashes(words: List[str], shingle_words: int) -> np.ndarray:
  count = len(words) - shingle_words + 1
  if count <= 0:
    return np.empty(0, dtype=np.uint64)
  word_hashes = np.fromiter((zlib.crc32(word.encode("utf-8")) for word in words),
                            dtype=np.uint64, count=len(words))
  combined = word_hashes[:count].copy()
  for offset in range(1, shingle_words):
    combined = combined * _MIX ^ word_hashes[offset:offset + count]
  folded = (combined ^ (combined >> np.uint64(32))) & _LOW32
  return np.unique(folded)


_PROBES = {}


def _probe_orders(num_perm: int, seed: int) -> np.ndarray:
  """Per bin, the order in which an empty bin looks for a donor bin: the
  same in every process and for every document (optimal densification)."""
  key = (num_perm, seed)
  if key not in _PROBES:
    generator = np.random.Generator(np.random.PCG64(seed))
    _PROBES[key] = np.stack([generator.permutation(num_perm)
                             for _ in range(num_perm)])
  return _PROBES[key]


def _mix64(values: np.ndarray) -> np.ndarray:
  """splitmix64's finalizer: every input bit moves every output bit."""
  with np.errstate(over="ignore"):
    values = values + np.uint64(0x9E3779B97F4A7C15)
    values = (values ^ (values >> np.uint64(30))) * np.uint64(
        0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(
        0x94D049BB133111EB)
  return values ^ (values >> np.uint64(31))


def minhash(hashes: np.ndarray, num_perm: int, seed: int = 1) -> np.ndarray:
  """The signature (uint32 x num_perm) of a set of shingle hashes.

  One-permutation hashing with optimal densification (Li, Owen and Zhang
  2012; Shrivastava 2017): each shingle is hashed once; the high bits pick
  one of ``num_perm`` bins, the low 32 bits are its value, and each bin
  keeps its minimum. A bin no shingle fell into copies the value of the
  first filled bin in its fixed probe order. Two documents agree on a bin
  with probability equal to their Jaccard similarity, as with classic
  MinHash, but the cost is one hash per shingle instead of ``num_perm``:
  here 0.14 ms instead of 3.1 ms for a 1,650-word page, with the same
  error (standard deviation 0.040 against exact Jaccard over 200 edited
  pairs). datasketch has no one-permutation variant; its classic MinHash
  is the quality benchmark's reference.
  """
  signature = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint64)
  if len(hashes) == 0:
    return signature.astype(np.uint32)
  mixed = _mix64(hashes.astype(np.uint64) ^ np.uint64(seed))
  bins = (((mixed >> np.uint64(32)) * np.uint64(num_perm))
          >> np.uint64(32)).astype(np.intp)
  np.minimum.at(signature, bins, mixed & _LOW32)
  filled = np.zeros(num_perm, dtype=bool)
  filled[bins] = True
  empty = np.flatnonzero(~filled)
  if len(empty):
    probes = _probe_orders(num_perm, seed)[empty]
    donors = probes[np.arange(len(empty)), filled[probes].argmax(axis=1)]
    signature[empty] = signature[donors]
  return signature.astype(np.uint32)


def band_keys(signature: np.ndarray, bands: int, rows: int) -> List[bytes]:
  """One key per band: the band's index and its rows' values."""
  return [bytes([band % 256, band // 256])
          + signature[band * rows:(band + 1) * rows].tobytes()
          for band in range(bands)]


def estimated_jaccard(first: bytes, second: bytes) -> float:
  a = np.frombuffer(first, dtype=np.uint32)
  b = np.frombuffer(second, dtype=np.uint32)
  return float(np.count_nonzero(a == b)) / len(a)


# --- Ranks: who is canonical ---------------------------------------------------

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _micros(when: Optional[datetime.datetime]) -> int:
  return 0 if when is None else (when - _EPOCH) // datetime.timedelta(
      microseconds=1)


def _from_micros(value: int) -> datetime.datetime:
  return _EPOCH + datetime.timedelta(microseconds=value)


def _rank(indexed: bool, published, fetched, doc_id: str) -> tuple:
  """Smaller is more canonical: indexed first, then dates, then doc_id."""
  return (0 if indexed else 1, published is None, _micros(published),
          _micros(fetched), doc_id)


@dataclasses.dataclass(frozen=True)
class _Node:
  doc_id: str
  signature: bytes
  # The label it starts with: its own rank, or its stored cluster's.
  label: tuple
  # In this run's documents (an indexed document may be fetched again).
  fresh: bool
  published_at: Optional[datetime.datetime] = None
  fetched_at: Optional[datetime.datetime] = None


class _SignFn(beam.DoFn):
  """Document -> Document (main) and, if long enough, its _Node."""
  NODES = "nodes"

  def __init__(self, config: NearDupConfig):
    self._config = config

  def process(self, document: Document) -> Iterable:
    yield document
    config = self._config
    # Words as shingles count them: a caption of '♪' tokens has none.
    words = _words(document.text)
    if len(words) < config.min_words:
      beam.metrics.Metrics.counter(_NAMESPACE, "too_short").inc()
      return
    hashes = _word_shingle_hashes(words, config.shingle_words)
    signature = minhash(hashes, config.num_perm, config.seed).tobytes()
    beam.metrics.Metrics.counter(_NAMESPACE, "signed").inc()
    yield beam.pvalue.TaggedOutput(self.NODES, _Node(
        document.doc_id, signature,
        _rank(False, document.published_at, document.fetched_at,
              document.doc_id),
        True, document.published_at, document.fetched_at))


class _ReadIndexFn(beam.DoFn):
  """A signatures Parquet file -> its _Nodes (same parameters only)."""

  def __init__(self, params: str):
    self._params = params

  def process(self, path: str) -> Iterable[_Node]:
    import pyarrow.parquet as pq
    table = pq.read_table(path)
    for row in table.to_pylist():
      if row["params"] != self._params:
        beam.metrics.Metrics.counter(_NAMESPACE, "index_other_params").inc()
        continue
      beam.metrics.Metrics.counter(_NAMESPACE, "index_rows").inc()
      yield _Node(
          row["doc_id"], row["signature"],
          _rank(True, row["canonical_published_at"],
                row["canonical_fetched_at"], row["cluster_id"]),
          False, row["published_at"], row["fetched_at"])


def _merge_node(doc_id_and_nodes) -> _Node:
  """One node per doc_id: an indexed document fetched again keeps its
  cluster's label but takes this run's signature and dates."""
  _, nodes = doc_id_and_nodes
  indexed = [node for node in nodes if not node.fresh]
  fresh = [node for node in nodes if node.fresh]
  if not indexed:
    return fresh[0]
  if not fresh:
    return indexed[0]
  return dataclasses.replace(
      fresh[0], label=min(node.label for node in indexed))


def _bucket_pairs(key_and_members, max_bucket: int):
  """A bucket's candidate pairs, if it holds a document of this run."""
  _, members = key_and_members
  members = sorted(set(members))
  if len(members) < 2 or not any(fresh for _, fresh in members):
    return
  ids = [doc_id for doc_id, _ in members]
  if len(ids) > max_bucket:
    # Shared boilerplate, not shared stories: neighbours only, so a hot key
    # costs linear work; true copies also meet in their other bands.
    beam.metrics.Metrics.counter(_NAMESPACE, "hot_buckets").inc()
    for first, second in zip(ids, ids[1:]):
      yield first, second
    return
  for i, first in enumerate(ids):
    for second in ids[i + 1:]:
      yield first, second


def _with_first_signature(element):
  """(a, {'pairs': [b...], 'sig': [sig_a]}) -> (b, (a, sig_a)) per pair."""
  first, grouped = element
  if not grouped["sig"]:
    return
  signature = grouped["sig"][0]
  for second in grouped["pairs"]:
    yield second, (first, signature)


def _verified_edges(element, threshold: float):
  """(b, {'firsts': [(a, sig_a)...], 'sig': [sig_b]}) -> edges (a, b)."""
  second, grouped = element
  if not grouped["sig"]:
    return
  signature = grouped["sig"][0]
  for first, first_signature in grouped["firsts"]:
    similarity = estimated_jaccard(first_signature, signature)
    beam.metrics.Metrics.counter(_NAMESPACE, "candidates").inc()
    if similarity >= threshold:
      beam.metrics.Metrics.counter(_NAMESPACE, "edges").inc()
      yield first, second


def _split_isolated(element):
  """(node, {'label': [l], 'adjacent': [...]}) -> graph or 'isolated'."""
  node, grouped = element
  for label in grouped["label"]:
    if grouped["adjacent"]:
      yield node, label
    else:
      yield beam.pvalue.TaggedOutput("isolated", (node, label))


def _propagate(element):
  """(node, {'label': [l], 'adjacent': [[n...]]}) -> (node or neighbour, l)."""
  node, grouped = element
  if not grouped["label"]:
    return
  label = grouped["label"][0]
  yield node, (label, True)
  for neighbours in grouped["adjacent"]:
    for neighbour in neighbours:
      yield neighbour, (label, False)


def _smallest_label(element, last_round: bool):
  node, messages = element
  own = [label for label, is_own in messages if is_own]
  if not own:
    return  # A label for a node that is not in the graph: cannot happen.
  best = min(label for label, _ in messages)
  if last_round and best != own[0]:
    beam.metrics.Metrics.counter(_NAMESPACE, "unconverged").inc()
  yield node, best


def _with_canonical(element):
  """(doc, {'label': [l], 'node': [n]}) -> (canonical id, (node, label))."""
  _, grouped = element
  if not grouped["label"] or not grouped["node"]:
    return
  node, label = grouped["node"][0], grouped["label"][0]
  if node.fresh:
    yield label[-1], (node, label)


def _cluster_results(element):
  """(canonical, {'members': [(node, label)], 'sig': [sig]}) -> results."""
  canonical, grouped = element
  canonical_signature = grouped["sig"][0] if grouped["sig"] else None
  for node, label in grouped["members"]:
    if node.doc_id == canonical:
      similarity = None
    elif canonical_signature is None:
      similarity = None  # Canonical from an index row of other params.
    else:
      similarity = estimated_jaccard(node.signature, canonical_signature)
    yield node.doc_id, (node, label, similarity)


def _apply(element, params: str):
  """(doc_id, {'doc': [d], 'result': [(node, label, sim)]}) -> outputs."""
  _, grouped = element
  for document in grouped["doc"]:
    if not grouped["result"]:
      # Too short to compare: exact dedup's answer stands.
      yield dataclasses.replace(
          document, cluster_id=document.duplicate_of or document.doc_id,
          similarity=1.0 if document.duplicate_of else None)
      continue
    node, label, similarity = grouped["result"][0]
    canonical = label[-1]
    if canonical != document.doc_id:
      beam.metrics.Metrics.counter(_NAMESPACE, "near_duplicates").inc()
      if document.duplicate_of is None:
        beam.metrics.Metrics.counter(_NAMESPACE, "near_not_exact").inc()
    yield dataclasses.replace(
        document,
        duplicate_of=None if canonical == document.doc_id else canonical,
        similarity=similarity, cluster_id=canonical)
    yield beam.pvalue.TaggedOutput(DedupNear.SIGNATURES, SignatureRecord(
        doc_id=document.doc_id, params=params, signature=node.signature,
        published_at=document.published_at, fetched_at=document.fetched_at,
        cluster_id=canonical,
        canonical_published_at=None if label[1] else _from_micros(label[2]),
        canonical_fetched_at=_from_micros(label[3])))


class DedupNear(beam.PTransform):
  """PCollection[Document] -> Document with duplicate_of, similarity and
  cluster_id (main), and SignatureRecord rows ('signatures') for the index.

  ``index_files``: Parquet files of an earlier run's signatures dataset.
  """
  SIGNATURES = "signatures"

  def __init__(self, config: NearDupConfig = NearDupConfig(),
               index_files: Sequence[str] = (), label=None):
    super().__init__(label)
    self._config = config
    self._index_files = list(index_files)

  def expand(self, documents):
    config = self._config
    signed = documents | "Sign" >> beam.ParDo(_SignFn(config)).with_outputs(
        _SignFn.NODES, main="documents")
    if self._index_files:
      indexed = (
          documents.pipeline
          | "IndexFiles" >> beam.Create(self._index_files)
          | "ReadIndex" >> beam.ParDo(_ReadIndexFn(config.params)))
    nodes = signed[_SignFn.NODES]
    if self._index_files:
      # A document may be both indexed and fetched again: one node each.
      nodes = (
          (nodes, indexed)
          | "AllNodes" >> beam.Flatten()
          | "KeyNodes" >> beam.Map(lambda node: (node.doc_id, node))
          | "GroupNodes" >> beam.GroupByKey()
          | "OneNodePerDoc" >> beam.Map(_merge_node))
    signatures = nodes | "Signatures" >> beam.Map(
        lambda node: (node.doc_id, node.signature))

    pairs = (
        nodes
        | "BandKeys" >> beam.FlatMap(
            lambda node: [(key, (node.doc_id, node.fresh)) for key in
                          band_keys(np.frombuffer(node.signature, np.uint32),
                                    config.bands, config.rows)])
        | "Buckets" >> beam.GroupByKey()
        | "BucketPairs" >> beam.FlatMap(_bucket_pairs, config.max_bucket)
        | "DistinctPairs" >> beam.Distinct())
    # Pairs (a, b) are keyed by a: join a's signature, re-key by b, join b's.
    firsts = (
        {"pairs": pairs, "sig": signatures}
        | "JoinFirst" >> beam.CoGroupByKey()
        | "FirstSignature" >> beam.FlatMap(_with_first_signature))
    edges = (
        {"firsts": firsts, "sig": signatures}
        | "JoinSecond" >> beam.CoGroupByKey()
        | "Verify" >> beam.FlatMap(_verified_edges, config.threshold))
    adjacency = (
        edges
        | "BothWays" >> beam.FlatMap(lambda edge: [edge, edge[::-1]])
        | "Adjacency" >> beam.GroupByKey()
        | "NeighbourLists" >> beam.MapTuple(lambda node, ns: (node, sorted(set(ns)))))

    # Documents without a verified pair keep their starting label; the
    # rounds run over the (small) graph of the others only.
    split = (
        {"label": nodes | "StartLabels" >> beam.Map(
            lambda node: (node.doc_id, node.label)),
         "adjacent": adjacency}
        | "JoinGraph" >> beam.CoGroupByKey()
        | "SplitIsolated" >> beam.FlatMap(_split_isolated).with_outputs(
            "isolated", main="graph"))
    labels = split.graph
    for number in range(1, config.rounds + 1):
      last = number == config.rounds
      labels = (
          {"label": labels, "adjacent": adjacency}
          | f"Round{number}Join" >> beam.CoGroupByKey()
          | f"Round{number}Send" >> beam.FlatMap(_propagate)
          | f"Round{number}Gather" >> beam.GroupByKey()
          | f"Round{number}Min" >> beam.FlatMap(_smallest_label, last))
    labels = (labels, split.isolated) | "AllLabels" >> beam.Flatten()

    members = (
        {"label": labels,
         "node": nodes | "KeyNodesAgain" >> beam.Map(lambda n: (n.doc_id, n))}
        | "JoinLabels" >> beam.CoGroupByKey()
        | "ByCanonical" >> beam.FlatMap(_with_canonical))
    results = (
        {"members": members, "sig": signatures}
        | "JoinCanonical" >> beam.CoGroupByKey()
        | "Similarity" >> beam.FlatMap(_cluster_results))
    applied = (
        {"doc": signed.documents
                | "KeyDocuments" >> beam.Map(lambda d: (d.doc_id, d)),
         "result": results}
        | "JoinResults" >> beam.CoGroupByKey()
        | "Apply" >> beam.FlatMap(_apply, config.params).with_outputs(
            self.SIGNATURES, main="documents"))
    return {"documents": applied.documents,
            self.SIGNATURES: applied[self.SIGNATURES]}
