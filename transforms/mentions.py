"""TagEvents: documents -> event mentions (the mentions dataset).

Each document's text is tagged by ``transforms.events.tagger`` (rules and
lexicons over sentences; see that module and ``transforms/events/`` for
numbers, dates, places, actors and the trigger -> ACLED type table). Every
document is tagged, copies too: a mention row carries its document's
``duplicate_of`` so analysts count an event once with
``duplicate_of IS NULL``.

Documents in languages other than English, French and Spanish are counted
(``events:unsupported_language``) and yield no mentions; a document whose
tagging fails becomes an errors row (stage ``events``) and the run goes on.
"""

from typing import Iterable

import apache_beam as beam
from apache_beam import pvalue

from schemas.documents import Document
from schemas.errors import ErrorRecord
from schemas.mentions import MentionRecord

__all__ = ["TagEvents", "mention_records"]

_NAMESPACE = "events"


def mention_records(document: Document, gazetteer=None):
  """The MentionRecords of one document."""
  from transforms.events.tagger import tag_text
  events = tag_text(document.text, document.language, document.published_at,
                    gazetteer)
  for event in events:
    place = event.place
    yield MentionRecord(
        doc_id=document.doc_id,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        trigger=document.text[event.trigger_start:event.trigger_end],
        char_start=event.trigger_start,
        char_end=event.trigger_end,
        sentence=document.text[event.sentence_start:event.sentence_end],
        event_date=event.event_date,
        date_precision=event.date_precision if event.event_date else None,
        location=place.name if place else None,
        location_kind=place.kind if place else None,
        admin1=place.admin1 if place else None,
        country_code=place.country_code if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        killed=event.killed,
        injured=event.injured,
        arrested=event.arrested,
        casualty_qualifier=(event.casualty_qualifier
                            if event.killed is not None
                            or event.injured is not None else None),
        perpetrator=event.perpetrator,
        perpetrator_status=event.perpetrator_status,
        claimed_by=event.claimed_by,
        actors=list(event.actors),
        background=event.background,
        confidence=event.confidence,
        language=document.language,
        duplicate_of=document.duplicate_of,
        published_at=document.published_at,
        fetched_at=document.fetched_at)


class _TagFn(beam.DoFn):
  ERRORS = "errors"

  def setup(self):
    # The gazetteer (170,000 towns) loads once per worker, from the disk
    # cache after the machine's first build.
    from transforms.events.places import Gazetteer
    from transforms.events.tagger import SUPPORTED_LANGUAGES
    self._gazetteer = Gazetteer.load()
    self._languages = SUPPORTED_LANGUAGES

  def process(self, document: Document) -> Iterable:
    if document.language not in self._languages:
      beam.metrics.Metrics.counter(_NAMESPACE, "unsupported_language").inc()
      return
    try:
      records = list(mention_records(document, self._gazetteer))
    # Rules over arbitrary text: one document's surprise must cost that
    # document only, and leave with its reason.
    except Exception as exc:  # pylint: disable=broad-except
      beam.metrics.Metrics.counter(_NAMESPACE, "failed").inc()
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord(
          stage="events", error_type="tagging_failed",
          message=f"{type(exc).__name__}: {exc}", url=document.url,
          source=document.source, published_at=document.published_at))
      return
    beam.metrics.Metrics.counter(_NAMESPACE, "documents_tagged").inc()
    if records:
      beam.metrics.Metrics.counter(_NAMESPACE, "documents_with_events").inc()
    for record in records:
      beam.metrics.Metrics.counter(_NAMESPACE, "mentions").inc()
      yield record


class TagEvents(beam.PTransform):
  """PCollection[Document] -> MentionRecord (main) and ErrorRecord
  ('errors')."""
  ERRORS = _TagFn.ERRORS

  def expand(self, documents):
    # Documents arrive flattened from several producers (DedupNear's three
    # outputs). The FnApiRunner splits such an input among its workers by
    # data-channel chunks, not by element, so one worker got about 40% more
    # tagging than the other (scaling 1.51x on 2 workers); a reshuffle
    # spreads documents one by one (1.62x, median of three rounds).
    # Distributed runners rebalance the tagging, the costliest stage, the
    # same way.
    return (documents
            | "Spread" >> beam.Reshuffle()
            | "Tag" >> beam.ParDo(_TagFn()).with_outputs(
                self.ERRORS, main="mentions"))
