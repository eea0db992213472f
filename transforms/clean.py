"""CleanText: normalized, readable document text.

Unicode NFC, control and invisible formatting characters removed, runs of
whitespace collapsed, one paragraph per block separated by a blank line, and
leftover boilerplate lines (share prompts, cookie notices, newsletter pitches,
"read more" links, copyright lines) that slipped past extraction removed.
"""

import dataclasses
import re
import unicodedata
from typing import Iterable, Tuple

import apache_beam as beam
from apache_beam import pvalue

from schemas.documents import Document
from schemas.errors import ErrorRecord

__all__ = ["CleanText", "clean_text", "is_boilerplate_line"]

_NAMESPACE = "clean"

# Invisible characters that only get in the way of matching and counting.
# Zero-width joiners (U+200C/U+200D) are kept: Persian, Hindi and emoji need them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f"
                               "\u202a\u202b\u202c\u202d\u202e"))
_SPACES = re.compile(r"[^\S\n]+")

# A boilerplate line is short: real sentences that mention cookies or
# newsletters are longer than this and stay.
_BOILERPLATE_MAX_WORDS = 12
_BOILERPLATE = re.compile(
    r"""^(?:
      (?:share|teilen|partager|compartir|condividi)
        (?:\ (?:this|on|via|article|story|sur|en|auf|l'article|cet\ article|este\ art[íi]culo|la\ noticia|artikel)\b.{0,40}|\W*)$
    | (?:auf|sur|en|on)\ (?:facebook|twitter|x|whatsapp|linkedin|telegram)\ (?:teilen|partager|compartir|share)\W*$
    | (?:facebook|twitter|x|whatsapp|linkedin|telegram|bluesky|e-?mail|print|imprimer|imprimir|drucken)\W*$
    | (?:(?:copy|copier\ le|copiar)\ ?(?:link|lien|enlace)|link\ kopieren)\W*$
    | (?:advertisement|advertising|anzeige|werbung|publicit[ée]|publicidad|sponsored|annonce)\W*$
    | related(?:\ (?:stories|articles|coverage|content|news|topics|links))?\W*$
    | (?:read\ more|read\ also|see\ also|more\ on\ this\ story|lire\ aussi|lire\ la\ suite|
         [àa]\ lire\ aussi|voir\ aussi|leer\ m[áa]s|lee\ tambi[ée]n|ver\ tambi[ée]n|
         mehr\ (?:zum\ thema|lesen)|weiterlesen|lesen\ sie\ auch)\b.{0,80}
    | (?=.*\bcookies?\b)(?=.*\b(?:accept|use|uses|settings|policy|preferences|consent|utilise|utilisons|accepter|
         param[eè]tres|acepta|aceptar|utiliza|utilizamos|pol[íi]tica|akzeptieren|verwendet|verwenden|einstellungen)).{0,160}
    | (?:manage\ )?(?:consent|consentement|consentimiento)\ ?(?:settings|preferences|param[eè]tres)?\W*$
    | .{0,40}\b(?:newsletter|subscribe|sign\ up|abonnez-vous|inscrivez-vous|
         suscr[íi]bete|abonnieren|jetzt\ anmelden)\b.{0,80}
    | (?:follow\ us|suivez-nous|s[íi]guenos|folgen\ sie\ uns)\b.{0,60}
    | (?:©|\(c\)|copyright)\s.{0,100}
    | .{0,80}\b(?:all\ rights\ reserved|tous\ droits\ r[ée]serv[ée]s|todos\ los\ derechos\ reservados|
         alle\ rechte\ vorbehalten)\b.{0,40}
    | (?:comments?|commentaires?|comentarios?|kommentare?)(?:\s*\(\d+\))?\W*$
    | (?:click\ here|cliquez\ ici|haga\ clic\ aqu[íi]|hier\ klicken)\b.{0,60}
    )$""", re.IGNORECASE | re.VERBOSE)


def is_boilerplate_line(line: str) -> bool:
  """Whether a short line is a site's furniture rather than the story."""
  return (len(line.split()) <= _BOILERPLATE_MAX_WORDS
          and _BOILERPLATE.match(line) is not None)


def _clean_paragraph(paragraph: str) -> str:
  paragraph = paragraph.translate(_INVISIBLE)
  # Control characters (category Cc) go; tabs and odd spaces become spaces.
  paragraph = "".join(" " if unicodedata.category(ch) == "Cc" or ch.isspace()
                      else ch for ch in paragraph)
  return _SPACES.sub(" ", paragraph).strip()


def clean_text(text: str) -> Tuple[str, int]:
  """(clean text, number of boilerplate lines removed)."""
  text = unicodedata.normalize("NFC", text)
  paragraphs, removed = [], 0
  for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
    line = _clean_paragraph(line)
    if not line:
      continue
    if is_boilerplate_line(line):
      removed += 1
      continue
    paragraphs.append(line)
  return "\n\n".join(paragraphs), removed


class _CleanFn(beam.DoFn):
  ERRORS = "errors"

  def process(self, document: Document) -> Iterable:
    text, removed = clean_text(document.text)
    beam.metrics.Metrics.counter(_NAMESPACE, "boilerplate_lines").inc(removed)
    if not text:
      beam.metrics.Metrics.counter(_NAMESPACE, "empty").inc()
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord(
          stage="clean", error_type="empty_after_cleaning",
          message=f"no text left after cleaning ({removed} boilerplate lines "
                  "removed)", url=document.url, source=document.source,
          http_status=document.http_status,
          published_at=document.published_at))
      return
    title = _clean_paragraph(unicodedata.normalize("NFC", document.title or ""))
    yield dataclasses.replace(document, text=text, title=title or None)


class CleanText(beam.PTransform):
  """PCollection[Document] -> cleaned Document (main), ErrorRecord (errors)."""
  ERRORS = _CleanFn.ERRORS

  def expand(self, documents):
    return documents | "Clean" >> beam.ParDo(_CleanFn()).with_outputs(
        self.ERRORS, main="documents")
