"""DedupExact: one row per canonical URL, exact text copies linked.

1. Canonicalize: the canonical URL is ``<link rel=canonical>`` when it points
   to the same site, else the final URL, normalized (see canonical.py);
   ``doc_id`` is a stable hash of it (of the kind and it, for a transcript,
   which shares its episode page's URL); ``content_hash`` a hash of the text
   normalized for comparison (case-folded, punctuation and whitespace runs
   collapsed), so a re-encoded quote mark does not hide a copy.
2. One row per doc_id: when several fetches name the same canonical URL (a
   tracking-parameter variant, a print URL, the same story in two feeds),
   the first by ``document_priority`` stays.
3. Rows with equal content_hash all stay; all but the first by
   ``document_priority`` get ``duplicate_of`` = that row's doc_id.

``document_priority``: earliest published (undated last), then earliest
fetched, then smallest doc_id, then URL and source: a total order, so every
run and every runner keeps the same row.
"""

import dataclasses
import datetime
import re
import urllib.parse
from typing import Iterable

import apache_beam as beam
from apache_beam import pvalue

from schemas.documents import Document, KIND_ARTICLE
from schemas.errors import ErrorRecord
from schemas.keys import stable_id
from transforms.canonical import choose_canonical_url, normalize_url

__all__ = ["DedupExact", "canonicalize", "content_hash", "document_priority"]

_NAMESPACE = "dedup"
_FAR_FUTURE = datetime.datetime.max.replace(tzinfo=datetime.timezone.utc)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def content_hash(text: str) -> str:
  """Hash of the text with case, punctuation and spacing normalized away."""
  normalized = _NON_WORD.sub(" ", text.casefold()).strip()
  return stable_id(normalized)


def _canonical_url(document: Document) -> str:
  if urllib.parse.urlsplit(document.url).scheme == "file":
    # A page read from disk: its declared canonical is all we know of its
    # place on the web; without one the file URI is its identity.
    if document.declared_canonical:
      try:
        return normalize_url(document.declared_canonical)
      except ValueError:
        pass
    return document.url
  return choose_canonical_url(document.url, document.declared_canonical)


def canonicalize(document: Document) -> Document:
  """``document`` with canonical_url, doc_id and content_hash set."""
  canonical = _canonical_url(document)
  # An episode page and its transcript share a URL but are two documents.
  doc_id = (stable_id(canonical) if document.kind == KIND_ARTICLE
            else stable_id(document.kind, canonical))
  return dataclasses.replace(
      document, canonical_url=canonical, doc_id=doc_id,
      content_hash=content_hash(document.text))


def document_priority(document: Document) -> tuple:
  """Sort key: the smallest is the row kept."""
  return (document.published_at is None,
          document.published_at or _FAR_FUTURE,
          document.fetched_at, document.doc_id, document.url, document.source)


class _CanonicalizeFn(beam.DoFn):
  ERRORS = "errors"

  def process(self, document: Document) -> Iterable:
    try:
      yield canonicalize(document)
    except ValueError as exc:
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord(
          stage="dedup", error_type="bad_url", message=str(exc),
          url=document.url, source=document.source,
          published_at=document.published_at))


def _keep_first(key_and_documents):
  _, documents = key_and_documents
  documents = sorted(documents, key=document_priority)
  if len(documents) > 1:
    beam.metrics.Metrics.counter(_NAMESPACE, "same_canonical_url").inc(
        len(documents) - 1)
  return documents[0]


def _mark_copies(key_and_documents):
  _, documents = key_and_documents
  documents = sorted(documents, key=document_priority)
  original = documents[0]
  yield original
  for copy in documents[1:]:
    beam.metrics.Metrics.counter(_NAMESPACE, "exact_duplicates").inc()
    yield dataclasses.replace(copy, duplicate_of=original.doc_id)


class DedupExact(beam.PTransform):
  """PCollection[Document] -> one Document per canonical URL (main), errors.

  Every output row has canonical_url, doc_id and content_hash; exact text
  copies carry duplicate_of.
  """
  ERRORS = _CanonicalizeFn.ERRORS

  def expand(self, documents):
    keyed = documents | "Canonicalize" >> beam.ParDo(
        _CanonicalizeFn()).with_outputs(self.ERRORS, main="documents")
    deduped = (
        keyed.documents
        | "KeyByDocId" >> beam.Map(lambda d: (d.doc_id, d))
        | "GroupByDocId" >> beam.GroupByKey()
        | "OnePerCanonicalUrl" >> beam.Map(_keep_first)
        | "KeyByContent" >> beam.Map(lambda d: (d.content_hash, d))
        | "GroupByContent" >> beam.GroupByKey()
        | "MarkExactCopies" >> beam.FlatMap(_mark_copies))
    return {"documents": deduped, self.ERRORS: keyed[self.ERRORS]}
