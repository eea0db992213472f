"""CleanText: normalized, readable document text.

Unicode NFC, control and invisible formatting characters removed, runs of
whitespace collapsed, one paragraph per block separated by a blank line, and
leftover boilerplate lines that slipped past extraction removed: share
prompts, cookie notices, newsletter pitches, "read more" and "related"
links, social-media follow prompts, copyright lines, tag lists, lines that
are only a date or time (the published date has its own column) and wire
credits ("Reporting by ...; Editing by ...").
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
# A regex, not str.translate: translate looks up every character in Python.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f"
                        "\u202a\u202b\u202c\u202d\u202e]+")
# Whitespace and control characters (category Cc: U+0000-U+001F and
# U+007F-U+009F); a run of them becomes one space. re's \s is exactly
# str.isspace(). One regex instead of a Python loop over every character
# (which cost 2 ms on a 10 KB article).
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
# The same but for the line break, applied to a whole text at once; a lone
# plain space before a visible character is skipped, not replaced by
# itself (half the cost: most runs are exactly that).
_INLINE_SPACE = r"(?:[^\S\n]|[\x00-\x09\x0b-\x1f\x7f-\x9f])"
_INLINE_SPACE_OR_CONTROL = re.compile(
    rf"(?!\x20(?!{_INLINE_SPACE})){_INLINE_SPACE}+")

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
    | (?:related(?:\ [\w-]+)?|see\ more)\ ?:.{0,100}
    | more\ ?:\W*$
    | (?:you\ (?:may|might)\ also\ like|don['’]?t\ miss|most\ (?:read|popular)|
         popular\ on|recommended\ for\ you|sur\ le\ m[êe]me\ sujet|
         [àa]\ voir\ aussi|te\ puede\ interesar|noticias\ relacionadas|
         m[áa]s\ le[íi]d[oa]s|meistgelesen|das\ k[öo]nnte\ sie\ auch\ interessieren)\b.{0,60}
    | (?:thanks?\ (?:you\ )?for\ (?:signing\ up|subscribing)|merci\ pour\ votre\ inscription|
         gracias\ por\ suscribirte|danke\ f[üu]r\ ihre\ anmeldung)\b.{0,40}
    )$""", re.IGNORECASE | re.VERBOSE)

# Longer furniture, recognized by how it starts: imperative follow and
# sign-up prompts, tag lists and wire credits. A story's sentence does not
# begin "Follow X on Twitter" or "Reporting by X; Editing by Y".
_PROMPT_MAX_WORDS = 45
_PROMPT = re.compile(
    r"""^(?:
      (?:follow|suivez|s[íi]guenos|siga|folgen\ sie)\b.{0,120}
        \b(?:facebook|twitter|instagram|youtube|tiktok|linkedin|bluesky|threads)\b.{0,120}
    | (?:sign\ up|subscribe|abonnez-vous|inscrivez-vous|suscr[íi]bete|abonnieren\ sie)\b.{0,80}
        \b(?:newsletters?|inbox|e-?mails?|lettre|bolet[íi]n)\b.{0,120}
    | (?:tags|mots-cl[ée]s|etiquetas|schlagw[öo]rter)\s*:.*
    | \(?(?:additional\ )?reporting\ by\b.{0,300}\b(?:editing|writing)\ by\b.{0,150}
    | \((?:additional\ )?reporting\ by\b[^()]{0,300}\)
    | .{0,200}\bcontributed\ (?:reporting|to\ this\ (?:report|story|article))\b.{0,80}
    )$""", re.IGNORECASE | re.VERBOSE)

# A line that is only a date or time: the published date has its own
# column. Every word must be a date word, a number or a time, at least one
# a month, weekday or clock time, and there must be a digit, so a score
# ("3 - 0"), a year or a heading such as "The day of the march" stays.
_DATE_LINE_MAX_WORDS = 14
_DATE_WORDS = frozenset("""
    january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    janvier février fevrier mars avril mai juin juillet août aout septembre
    octobre novembre décembre decembre lundi mardi mercredi jeudi vendredi
    samedi dimanche
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre lunes martes miércoles miercoles jueves
    viernes sábado sabado domingo
    januar jänner februar märz maerz juni juli oktober dezember montag
    dienstag mittwoch donnerstag freitag samstag sonntag
    janeiro fevereiro março marco maio junho julho setembro outubro
    novembro dezembro segunda terça terca quarta quinta sexta feira
""".split())
_CLOCK_WORDS = frozenset("""am pm a.m p.m a.m. p.m. h uhr gmt utc bst cet
    cest est edt cst cdt pst pdt""".split())
_LINKING_WORDS = frozenset("""updated published posted first last modified on at
    ago hours hour minutes minute days day the of le la el de del à a las
    los um am den mis jour publié publie actualizado publicado aktualisiert
    veröffentlicht às em e y et und""".split())
# A clock time or numeric date first, else a word (with inner dots: "p.m.").
_DATE_TOKEN = re.compile(r"\d{1,4}(?:[:/.-]\d{1,4})+|[^\W_]+(?:[.'’][^\W_]+)*\.?")
_CLOCK_OR_DATE = re.compile(r"^\d{1,2}:\d{2}$|^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")


def _is_date_line(line: str) -> bool:
  if len(line.split()) > _DATE_LINE_MAX_WORDS or not any(
      ch.isdigit() for ch in line):
    return False
  anchored = False
  for token in _DATE_TOKEN.findall(line.casefold()):
    word = token.rstrip(".")
    if _CLOCK_OR_DATE.match(token) or word in _DATE_WORDS:
      anchored = True
    elif not (word.isdigit() or word in _CLOCK_WORDS or token in _CLOCK_WORDS
              or word in _LINKING_WORDS):
      return False
  return anchored


def is_boilerplate_line(line: str) -> bool:
  """Whether a line is a site's furniture rather than the story."""
  words = len(line.split())
  if words > _PROMPT_MAX_WORDS:
    return False
  return ((words <= _BOILERPLATE_MAX_WORDS
           and _BOILERPLATE.match(line) is not None)
          or _PROMPT.match(line) is not None or _is_date_line(line))


def _clean_paragraph(paragraph: str) -> str:
  paragraph = _INVISIBLE.sub("", paragraph)
  # Control characters go; tabs and odd spaces become spaces.
  return _SPACE_OR_CONTROL.sub(" ", paragraph).strip()


def clean_text(text: str) -> Tuple[str, int]:
  """(clean text, number of boilerplate lines removed)."""
  text = unicodedata.normalize("NFC", text)
  text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
  # Each line as _clean_paragraph would leave it, in two passes over the
  # whole text instead of two per line.
  text = _INLINE_SPACE_OR_CONTROL.sub(" ", text)
  paragraphs, removed = [], 0
  for line in text.split("\n"):
    line = line.strip()
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
