"""DedupNear: near-duplicate clusters with MinHash LSH, across runs.

News is copied everywhere: a wire story republished with a new headline, a
"(Wire) -" prefix, a trimmed last paragraph. Each cluster of copies gets one
canonical document; the others get ``duplicate_of`` (the canonical doc_id),
``similarity`` (estimated Jaccard to it) and every member ``cluster_id`` (the
canonical doc_id). Two outlets' own reports of one attack share names and
numbers but few 5-word sequences, so they stay apart.

Per document (no shuffle):
  text -> casefolded \\w+ words, each hashed from its code points with numpy
  (``_word_hashes``) -> 5-word shingle hashes -> signature of 128 values
  (one-permutation MinHash with densification; see ``minhash``) -> 32 band
  keys of 4 rows each. About 0.26 ms of CPU for a 1,670-word page.
  Documents under ``min_words`` words are never near-duplicates: they leave
  here, finished, and take no part in any shuffle.

Distributed steps, each one GroupByKey; none gathers all documents or all
edges on one worker, and each message says what it is (see Messages):
  1. Buckets, by (band index, band rows): a bucket holding at least one
     document of this run tells each member of a pair about the other (a
     bucket larger than ``max_bucket``, the mark of boilerplate shingles,
     pairs only neighbours in doc_id order and is counted). Band keys are
     grouped by shard (``_BUCKET_SHARDS``, a function of the key), and a
     worker packs a bundle's entries of one shard into one element before
     the shuffle (a combiner), so the runner moves a few thousand elements
     instead of 32 per document; the buckets are the same.
  2. By doc_id: a document, its index rows and its partners meet. One with
     no partner (most documents) is finished here: its own canonical, or
     its stored cluster's member. Others send their signature to each
     distinct partner, keyed by the pair, and wait.
  3. By pair: both signatures meet once; the pair is an edge if the
     estimated Jaccard reaches ``threshold``. Each end hears the other's id
     and starting label.
  4. Connected components, ``rounds`` (default 8) rounds of min-label
     propagation, one GroupByKey each, over the graph's nodes only: a node
     keeps the smallest label it has heard and sends it to its neighbours
     only when it changed. R rounds join every component whose diameter is
     at most R; LSH buckets connect most copies directly, so real clusters
     have diameter 1-3. Labels still changing in the last round are counted
     (``neardup:unconverged``) rather than hidden. (Hash-to-min or
     large-star/small-star need O(log n) rounds but two shuffles each and
     carry neighbour sets; with diameters this small they would not run
     fewer shuffles.)
  5. By canonical: members meet the canonical's signature for their
     similarity (only graph nodes and indexed canonicals offer theirs).
  6. By doc_id: each waiting document meets its result.
Cost (benchmarks/neardup_cost.py, BENCHMARKS.md): a fixed part for building
and running some 40 transforms, and per document the signing, 32 band
entries through step 1 and one pass of the document through step 2.

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
import functools
import itertools
import re
import sys
from typing import Iterable, List, Optional, Sequence, Tuple

import apache_beam as beam
import numpy as np

from schemas.documents import Document
from schemas.signatures import SignatureRecord

__all__ = ["DedupNear", "NearDupConfig", "shingle_hashes", "sign_text",
           "minhash", "band_keys", "estimated_jaccard",
           "candidate_probability"]

_NAMESPACE = "neardup"
_LOW32 = np.uint64(0xFFFFFFFF)
# Shingle hashes are combined with this odd multiplier (wrapping uint64).
_MIX = np.uint64(0x9E3779B97F4A7C15)
# Word hashes: a polynomial in this odd base (FNV-1's prime) and its
# inverse mod 2^64, so a word's hash is a difference of prefix sums.
_POLY = np.uint64(0x100000001B3)
_POLY_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))
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
    # 'oph2': one-permutation signatures over polynomial word hashes; rows
    # of CRC-32 word hashes ('oph-...') or of classic MinHash ('w5-p128-...')
    # cannot be compared with them.
    return (f"oph2-w{self.shingle_words}-p{self.num_perm}"
            f"-b{self.bands}x{self.rows}-s{self.seed}")


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
  """Chance that two documents of this Jaccard similarity share a band."""
  return 1.0 - (1.0 - similarity ** rows) ** bands


def _words(text: str) -> List[str]:
  """The words as the signature sees them (the readable definition; the
  signing path finds the same words with ``_word_spans``)."""
  return _WORD.findall(text.casefold())


@functools.lru_cache(maxsize=1)
def _word_characters() -> np.ndarray:
  """Per code point, whether ``\\w`` matches it in a str pattern: what
  ``str.isalnum()`` accepts, and '_' (the definition in the ``re`` docs).
  Built once per process, in about 0.1 s."""
  table = np.fromiter((chr(point).isalnum()
                       for point in range(sys.maxunicode + 1)),
                      dtype=bool, count=sys.maxunicode + 1)
  table[ord("_")] = True
  return table


class _Powers:
  """P^i and P^-i (mod 2^64) for i < length, grown on demand."""

  def __init__(self):
    empty = np.ones(0, dtype=np.uint64)
    # One tuple, replaced whole: a bundle on another thread never sees the
    # two arrays at different lengths.
    self._powers = (empty, empty)

  def get(self, length: int) -> Tuple[np.ndarray, np.ndarray]:
    powers = self._powers
    if len(powers[0]) < length:
      size = max(length, 2 * len(powers[0]), 1 << 14)
      powers = (_cumulative_powers(_POLY, size),
                _cumulative_powers(_POLY_INVERSE, size))
      self._powers = powers
    return powers


def _cumulative_powers(base: np.uint64, size: int) -> np.ndarray:
  powers = np.empty(size, dtype=np.uint64)
  powers[0] = 1
  np.cumprod(np.full(size - 1, base, dtype=np.uint64), out=powers[1:])
  return powers


_POWERS = _Powers()


def _word_spans(folded: str) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
  """Code points of ``folded`` and the start and end of each \\w+ word:
  the same words as ``_WORD.findall``, found with numpy."""
  points = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"),
                         dtype=np.uint32)
  edges = np.flatnonzero(np.diff(_word_characters()[points], prepend=False,
                                 append=False))
  return points, edges[0::2], edges[1::2]


def _word_hashes(text: str) -> np.ndarray:
  """A 64-bit hash per word of the casefolded text, in text order.

  A polynomial hash of each word's code points, read off prefix sums
  (sum of c_j * P^-j; a word [s, e) is (S[e] - S[s]) * P^(e-1)), so there
  is no Python loop over words; splitmix64 then spreads its bits. Stable
  across processes, unlike ``hash()``. Replaced a regex ``findall`` and a
  CRC-32 per word: 0.2 ms instead of 0.6 ms for a 1,650-word page.
  """
  points, starts, ends = _word_spans(text.casefold())
  if not len(starts):
    return np.empty(0, dtype=np.uint64)
  up, down = _POWERS.get(len(points) + 1)
  prefix = np.zeros(len(points) + 1, dtype=np.uint64)
  np.cumsum(points.astype(np.uint64) * down[:len(points)], out=prefix[1:])
  return _mix64((prefix[ends] - prefix[starts]) * up[ends - 1])


def _shingles(word_hashes: np.ndarray, shingle_words: int) -> np.ndarray:
  """32-bit hashes of the ``shingle_words``-word sequences, repeats kept."""
  count = len(word_hashes) - shingle_words + 1
  if count <= 0:
    return np.empty(0, dtype=np.uint64)
  combined = word_hashes[:count].copy()
  for offset in range(1, shingle_words):
    combined = combined * _MIX ^ word_hashes[offset:offset + count]
  return (combined ^ (combined >> np.uint64(32))) & _LOW32


def shingle_hashes(text: str, shingle_words: int) -> np.ndarray:
  """Distinct 32-bit hashes of the text's ``shingle_words``-word sequences
  (casefolded ``\\w+`` words). Empty when the text has fewer words than a
  shingle."""
  return np.unique(_shingles(_word_hashes(text), shingle_words))


def sign_text(text: str, config: "NearDupConfig") -> Optional[bytes]:
  """The text's signature as DedupNear stores it, or None when the text has
  fewer than ``min_words`` words (as shingles count them: a caption of
  music cues has none) and is never compared."""
  hashes = _word_hashes(text)
  if len(hashes) < config.min_words:
    return None
  # minhash keeps a minimum per bin, so repeated shingles need no np.unique.
  return minhash(_shingles(hashes, config.shingle_words), config.num_perm,
                 config.seed).tobytes()


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


# Band keys are shuffled in this many groups: few enough that a bundle of
# documents packs its 32 entries each into a few elements per shard, many
# enough that a shard of a month of CC-NEWS (600 M entries) is ~0.6 M entries.
_BUCKET_SHARDS = 1024


def _band_entry(key: bytes, doc_id: str, fresh: bool) -> tuple:
  """(shard, (band key, doc_id, fresh)): a band key's rows are MinHash
  values, so their bits spread the keys evenly over the shards."""
  return (int.from_bytes(key[2:6], "little") % _BUCKET_SHARDS,
          (key, doc_id, fresh))


class _PackEntries(beam.CombineFn):
  """A shard's band entries as one list: lifted into the producing worker,
  it turns a bundle's entries of a shard into one shuffled element."""

  def create_accumulator(self):
    return []

  def add_input(self, entries, entry):
    entries.append(entry)
    return entries

  def merge_accumulators(self, accumulators):
    merged = []
    for entries in accumulators:
      merged.extend(entries)
    return merged

  def extract_output(self, entries):
    return entries


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


# --- Messages -------------------------------------------------------------------
# Every value grouped by a key below is a tuple whose first field names it:
_DOCUMENT = "document"    # (_, Document, signature, label): this run's
_INDEXED = "indexed"      # (_, signature, label): a signature index row
_PARTNER = "partner"      # (_, doc_id): shares a band bucket with the key
_NODE = "node"            # (_, signature, label, fresh, neighbour ids)
_NEIGHBOUR = "neighbour"  # (_, doc_id, label): a verified edge to the key
_LABEL = "label"          # (_, label): a neighbour's new label
_MEMBER = "member"        # (_, doc_id, signature, label): of the key's cluster
_CANONICAL = "canonical"  # (_, signature): the key's own, as a canonical
_RESULT = "result"        # (_, label, similarity, signature)
_WAITING = "waiting"      # (_, Document): its result comes later

# Tagged outputs of the steps.
_BANDS = "bands"
_BY_DOC = "by_doc"
_CANDIDATES = "candidates"
_GRAPH = "graph"
_CLUSTERS = "clusters"
_RESULTS = "results"


class _SignFn(beam.DoFn):
  """Document -> itself finished (main) when too short to compare, else its
  32 band keys ('bands') and itself keyed by doc_id ('by_doc')."""

  def __init__(self, config: NearDupConfig):
    self._config = config

  def process(self, document: Document) -> Iterable:
    config = self._config
    signature = sign_text(document.text, config)
    if signature is None:
      beam.metrics.Metrics.counter(_NAMESPACE, "too_short").inc()
      # Never compared: exact dedup's answer stands, and no shuffle.
      yield dataclasses.replace(
          document, cluster_id=document.duplicate_of or document.doc_id,
          similarity=1.0 if document.duplicate_of else None)
      return
    beam.metrics.Metrics.counter(_NAMESPACE, "signed").inc()
    label = _rank(False, document.published_at, document.fetched_at,
                  document.doc_id)
    yield beam.pvalue.TaggedOutput(_BY_DOC, (
        document.doc_id, (_DOCUMENT, document, signature, label)))
    for key in band_keys(np.frombuffer(signature, np.uint32), config.bands,
                         config.rows):
      yield beam.pvalue.TaggedOutput(_BANDS, _band_entry(
          key, document.doc_id, True))


class _ReadIndexFn(beam.DoFn):
  """A signatures Parquet file -> its rows' band keys and rows keyed by
  doc_id, like _SignFn's (same parameters only)."""

  def __init__(self, config: NearDupConfig):
    self._config = config

  def process(self, path: str) -> Iterable:
    import pyarrow.parquet as pq
    config = self._config
    table = pq.read_table(path)
    for row in table.to_pylist():
      if row["params"] != config.params:
        beam.metrics.Metrics.counter(_NAMESPACE, "index_other_params").inc()
        continue
      beam.metrics.Metrics.counter(_NAMESPACE, "index_rows").inc()
      label = _rank(True, row["canonical_published_at"],
                    row["canonical_fetched_at"], row["cluster_id"])
      yield beam.pvalue.TaggedOutput(_BY_DOC, (
          row["doc_id"], (_INDEXED, row["signature"], label)))
      for key in band_keys(np.frombuffer(row["signature"], np.uint32),
                           config.bands, config.rows):
        yield beam.pvalue.TaggedOutput(_BANDS, _band_entry(
            key, row["doc_id"], False))


def _shard_partners(shard_and_entries, max_bucket: int):
  """A shard's band entries -> its buckets' partner messages."""
  _, entries = shard_and_entries
  buckets = {}
  for key, doc_id, fresh in entries:
    buckets.setdefault(key, []).append((doc_id, fresh))
  for key, members in buckets.items():
    yield from _bucket_partners((key, members), max_bucket)


def _bucket_partners(key_and_members, max_bucket: int):
  """A bucket's candidate pairs, if it holds a document of this run, as a
  message to each end (a pair met in several bands is deduplicated where
  its ends' messages meet)."""
  _, members = key_and_members
  members = list(members)
  if len(members) < 2:
    return  # Most buckets: a band no other document shares.
  fresh = {}
  for doc_id, is_fresh in members:
    fresh[doc_id] = fresh.get(doc_id, False) or is_fresh
  if len(fresh) < 2 or not any(fresh.values()):
    return
  ids = sorted(fresh)
  if len(ids) > max_bucket:
    # Shared boilerplate, not shared stories: neighbours only, so a hot key
    # costs linear work; true copies also meet in their other bands.
    beam.metrics.Metrics.counter(_NAMESPACE, "hot_buckets").inc()
    pairs = zip(ids, ids[1:])
  else:
    pairs = itertools.combinations(ids, 2)
  for first, second in pairs:
    yield first, (_PARTNER, second)
    yield second, (_PARTNER, first)


def _gather_document(element, params: str):
  """(doc_id, its document or index rows and its partners) -> one node.

  Without partners (most documents) it is finished here; otherwise it
  offers its signature to each partner (keyed by the pair) and waits.
  An indexed document keeps its stored cluster's label; fetched again, it
  is compared by this run's text.
  """
  doc_id, messages = element
  document = signature = label = None
  stored = []
  partners = set()
  for message in messages:
    if message[0] == _DOCUMENT:
      _, document, signature, label = message
    elif message[0] == _INDEXED:
      stored.append((message[2], message[1]))
    else:
      partners.add(message[1])
  if document is None and not stored:
    return  # Partners of a document that does not exist: cannot happen.
  if stored:
    stored_label, stored_signature = min(stored)
    label = stored_label
    signature = signature if document is not None else stored_signature
  fresh = document is not None
  partners.discard(doc_id)  # Its index row's bands met its new ones.
  if not partners:
    if fresh and label[-1] == doc_id:
      yield from _finished(document, signature, label, None, params)
    else:
      yield from _finish(doc_id, signature, label, fresh, in_graph=False)
      if fresh:
        yield beam.pvalue.TaggedOutput(_RESULTS, (doc_id, (_WAITING,
                                                           document)))
    return
  if fresh:
    yield beam.pvalue.TaggedOutput(_RESULTS, (doc_id, (_WAITING, document)))
  yield beam.pvalue.TaggedOutput(_GRAPH, (
      doc_id, (_NODE, signature, label, fresh, ())))
  for partner in partners:
    pair = (doc_id, partner) if doc_id < partner else (partner, doc_id)
    yield beam.pvalue.TaggedOutput(_CANDIDATES, (
        pair, (doc_id, signature, label)))


def _verify(pair_and_ends, threshold: float):
  """(pair, both ends' signatures) -> an edge, told to both ends."""
  _, ends = pair_and_ends
  ends = list(ends)
  if len(ends) != 2:
    return  # Each end offers a pair once: cannot happen.
  (first, first_signature, first_label), (second, second_signature,
                                          second_label) = ends
  beam.metrics.Metrics.counter(_NAMESPACE, "candidates").inc()
  if estimated_jaccard(first_signature, second_signature) >= threshold:
    beam.metrics.Metrics.counter(_NAMESPACE, "edges").inc()
    yield first, (_NEIGHBOUR, second, second_label)
    yield second, (_NEIGHBOUR, first, first_label)


def _round(element, last: bool):
  """One round of min-label propagation at one node.

  (doc_id, [its node, labels heard]) -> the node with the smallest label
  it has heard, and that label sent to its neighbours if it changed (they
  heard the old one already). In the first round the labels heard are the
  neighbours' starting labels, carried by the edges. A node left without a
  verified edge, or after the last round every node, is finished.
  """
  doc_id, messages = element
  node = None
  neighbours = set()
  heard = []
  for message in messages:
    if message[0] == _NODE:
      node = message
    elif message[0] == _NEIGHBOUR:
      neighbours.add(message[1])
      heard.append(message[2])
    else:
      heard.append(message[1])
  if node is None:
    return  # A message to a node that is not in the graph: cannot happen.
  _, signature, label, fresh, known = node
  neighbours.update(known)
  best = min([label, *heard])
  if not neighbours:
    yield from _finish(doc_id, signature, best, fresh, in_graph=False)
    return
  if last:
    if best != label:
      beam.metrics.Metrics.counter(_NAMESPACE, "unconverged").inc()
    yield from _finish(doc_id, signature, best, fresh, in_graph=True)
    return
  yield doc_id, (_NODE, signature, best, fresh, tuple(neighbours))
  if best != label:
    for neighbour in neighbours:
      yield neighbour, (_LABEL, best)


def _finish(doc_id: str, signature: bytes, label: tuple, fresh: bool,
            in_graph: bool):
  """A node's final label -> its result, or its part in its cluster's
  similarity step (members there need the canonical's signature)."""
  canonical = label[-1]
  if canonical != doc_id:
    if fresh:
      yield beam.pvalue.TaggedOutput(_CLUSTERS, (
          canonical, (_MEMBER, doc_id, signature, label)))
    return
  # Only a node of the graph, or an indexed canonical (whose stored members
  # may come back), can be another document's canonical.
  if in_graph or not label[0]:
    yield beam.pvalue.TaggedOutput(_CLUSTERS, (
        doc_id, (_CANONICAL, signature)))
  if fresh:
    yield beam.pvalue.TaggedOutput(_RESULTS, (
        doc_id, (_RESULT, label, None, signature)))


def _similarities(canonical_and_messages):
  """(canonical, its signature and its fresh members) -> members' results
  with their estimated Jaccard to the canonical."""
  _, messages = canonical_and_messages
  canonical_signature = None
  members = []
  for message in messages:
    if message[0] == _CANONICAL:
      canonical_signature = message[1]
    else:
      members.append(message)
  for _, doc_id, signature, label in members:
    # No signature: a canonical known only from index rows of other params.
    similarity = (None if canonical_signature is None else
                  estimated_jaccard(signature, canonical_signature))
    yield doc_id, (_RESULT, label, similarity, signature)


def _apply(doc_id_and_messages, params: str):
  """(doc_id, its waiting document and its result) -> outputs."""
  _, messages = doc_id_and_messages
  document = result = None
  for message in messages:
    if message[0] == _WAITING:
      document = message[1]
    else:
      result = message
  if document is None or result is None:
    return  # Every waiting document gets one result: cannot happen.
  _, label, similarity, signature = result
  yield from _finished(document, signature, label, similarity, params)


def _finished(document: Document, signature: bytes, label: tuple,
              similarity: Optional[float], params: str):
  """The document with its cluster fields (main) and its index row."""
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
      doc_id=document.doc_id, params=params, signature=signature,
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
        _BANDS, _BY_DOC, main="documents")
    bands, by_doc = [signed[_BANDS]], [signed[_BY_DOC]]
    if self._index_files:
      indexed = (
          documents.pipeline
          | "IndexFiles" >> beam.Create(self._index_files)
          | "ReadIndex" >> beam.ParDo(_ReadIndexFn(config)).with_outputs(
              _BANDS, _BY_DOC))
      bands.append(indexed[_BANDS])
      by_doc.append(indexed[_BY_DOC])
      bands = [bands | "AllBands" >> beam.Flatten()]

    partners = (
        bands[0]
        | "Buckets" >> beam.CombinePerKey(_PackEntries())
        | "Partners" >> beam.FlatMap(_shard_partners, config.max_bucket))
    gathered = (
        (*by_doc, partners)
        | "DocumentsAndPartners" >> beam.Flatten()
        | "ByDocument" >> beam.GroupByKey()
        | "Gather" >> beam.FlatMap(_gather_document, config.params)
        .with_outputs(_CANDIDATES, _GRAPH, _CLUSTERS, _RESULTS,
                      self.SIGNATURES, main="documents"))
    edges = (
        gathered[_CANDIDATES]
        | "ByPair" >> beam.GroupByKey()
        | "Verify" >> beam.FlatMap(_verify, config.threshold))

    graph = (gathered[_GRAPH], edges) | "NodesAndEdges" >> beam.Flatten()
    clusters, results = [gathered[_CLUSTERS]], [gathered[_RESULTS]]
    for number in range(1, config.rounds + 1):
      step = (
          graph
          | f"Round{number}Group" >> beam.GroupByKey()
          | f"Round{number}" >> beam.FlatMap(
              _round, number == config.rounds).with_outputs(
                  _CLUSTERS, _RESULTS, main=_GRAPH))
      graph = step[_GRAPH]
      clusters.append(step[_CLUSTERS])
      results.append(step[_RESULTS])

    results.append(
        clusters
        | "AllClusterParts" >> beam.Flatten()
        | "ByCanonical" >> beam.GroupByKey()
        | "Similarity" >> beam.FlatMap(_similarities))
    applied = (
        results
        | "WaitingAndResults" >> beam.Flatten()
        | "ByWaitingDocument" >> beam.GroupByKey()
        | "Apply" >> beam.FlatMap(_apply, config.params).with_outputs(
            self.SIGNATURES, main="documents"))
    return {
        "documents": (signed.documents, gathered.documents,
                      applied.documents) | "AllDocuments" >> beam.Flatten(),
        self.SIGNATURES: (gathered[self.SIGNATURES],
                          applied[self.SIGNATURES])
                         | "AllSignatures" >> beam.Flatten()}
