"""clean_text and the CleanText stage."""

import datetime

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import Document, KIND_ARTICLE
from tests.conftest import offline_pipeline
from transforms.clean import CleanText, clean_text, is_boilerplate_line

UTC = datetime.timezone.utc


@pytest.mark.parametrize("text, expected", [
    ("Cafe\u0301 cre\u0300me", "Café crème"),
    ("bell\x07 and\x00nul and\x1bescape", "bell and nul and escape"),
    ("zero\u200bwidth\u2060joiner\ufeffbom soft\u00adhyphen",
     "zerowidthjoinerbom softhyphen"),
    ("left\u200eto\u200fright \u202aembed\u202c", "lefttoright embed"),
    ("keep\u200dthe\u200cjoiners", "keep\u200dthe\u200cjoiners"),
    ("no\u00a0break\u2009thin\u3000ideographic\tspace", "no break thin ideographic space"),
    ("  many    spaces   inside  ", "many spaces inside"),
    ("first line\nsecond line\r\n\r\n\n\nthird\rfourth",
     "first line\n\nsecond line\n\nthird\n\nfourth"),
    ("  \n\t\n\u200b\n", ""),
], ids=["nfc", "control_chars", "zero_width_removed", "bidi_marks_removed",
        "zwj_zwnj_kept", "odd_spaces", "space_runs", "paragraphs",
        "only_invisible"])
def test_clean_text_normalizes(text, expected):
  assert clean_text(text) == (expected, 0)


BOILERPLATE = [
    "Share this article", "Share on WhatsApp", "Facebook", "Twitter", "Print",
    "Copy link", "Advertisement", "Sponsored", "Related stories",
    "Read more: council budget explained", "See also", "More on this story",
    "We use cookies to improve your experience.",
    "Sign up for our newsletter", "Subscribe to our daily briefing",
    "Follow us on Instagram", "© 2024 Harbour Gazette. All rights reserved.",
    "Copyright 2024 Gazette Media Ltd", "Comments (12)", "Click here to vote",
    # fr
    "Partager sur Facebook", "Copier le lien", "Publicité",
    "Lire aussi : le budget de la ville", "À lire aussi",
    "Nous utilisons des cookies pour mesurer l'audience.",
    "Abonnez-vous à notre newsletter", "Suivez-nous sur les réseaux",
    "Tous droits réservés", "Commentaires", "Cliquez ici",
    # es
    "Compartir en Twitter", "Copiar enlace", "Publicidad", "Leer más",
    "Lee también: el presupuesto", "Utilizamos cookies para mejorar el sitio.",
    "Suscríbete a nuestro boletín", "Síguenos en redes sociales",
    "Todos los derechos reservados", "Comentarios (3)", "Haga clic aquí",
    # de
    "Teilen", "Link kopieren", "Anzeige", "Werbung", "Mehr zum Thema",
    "Lesen Sie auch: Haushalt", "Weiterlesen", "Wir verwenden Cookies.",
    "Jetzt anmelden", "Newsletter abonnieren", "Folgen Sie uns",
    "Alle Rechte vorbehalten", "Kommentare", "Hier klicken",
    # Recirculation, sign-up and follow prompts, tags, credits.
    "Related: Ten facts about the harbour wall", "SEE MORE: Ferry timetable",
    "More:", "You may also like", "DON’T MISS", "Most read in world news",
    "Popular on Gazette", "Thanks for signing up!",
    "Sign Up: Stay on top of the latest island news! Sign up for our Email "
    "Newsletters here.",
    "Follow The Harbour Gazette Opinion section on Facebook, Twitter "
    "(@HGopinion) and Instagram.",
    "Tags: ferry, Skerry Island, transport board, timetable",
    "Reporting by Mara Quill; additional reporting by Tom Reed and Ana "
    "Ortiz; Editing by Petra Lindqvist",
    "(Reporting by Mara Quill in Skerry; editing by Tom Reed)",
    "Tom Reed contributed reporting from the island.",
    "Sur le même sujet", "Te puede interesar", "Meistgelesen",
    # Lines that are only a date or time.
    "October 12, 2017", "Updated at 1:23 p.m.",
    "November 19, 2019 / 12:21 AM / Updated 14 hours ago",
    "- Published 18 November 2019", "mardi 5 mars 2024 à 09:30",
    "Actualizado el 5 de marzo de 2024", "Aktualisiert am 5. März 2024, 09:30 Uhr",
    "segunda-feira, 22 de janeiro de 2018 às 0:13", "05/03/2024",
]


@pytest.mark.parametrize("line", BOILERPLATE, ids=BOILERPLATE)
def test_boilerplate_lines_are_recognized(line):
  assert is_boilerplate_line(line)


STORY_LINES = [
    "The bakery on Quay Street said its cookies had sold out by noon, as "
    "crowds queued along the harbour wall to buy them.",
    "Officials said the newsletter sent to residents last week had warned of "
    "the road closures, but many drivers never received it.",
    "Le conseil municipal a voté mardi un budget qui prévoit des cookies "
    "gratuits pour les écoles primaires de la ville.",
    "La alcaldía envió un newsletter a los vecinos para anunciar el corte de "
    "agua previsto para el jueves por la mañana.",
    "Die Stadt hat den Newsletter eingestellt, weil die Druckkosten im "
    "vergangenen Jahr stark gestiegen sind, sagte die Sprecherin.",
    "Twitter users shared photographs of the flooded square on Monday.",
    "The mayor said she would read more of the report before deciding.",
    "Police asked witnesses to follow the investigation on Twitter, where "
    "updates would be posted every morning.",
    "Reporting by the Gazette found that the ferry had missed 40 sailings.",
    "Sign up sheets for the volunteer crew were posted at the harbour "
    "office on Monday, and the first e-mails went out to families.",
    "More questions: who will pay for the second vessel?",
    "The day of the march", "2024", "3 - 0", "May the ferry return soon",
    "The ferry sailed on 5 March 2024 at 09:30 with forty passengers.",
]


@pytest.mark.parametrize("line", STORY_LINES,
                         ids=["en_cookies", "en_newsletter", "fr_cookies",
                              "es_newsletter", "de_newsletter",
                              "starts_with_twitter", "contains_read_more",
                              "follow_inside_a_sentence",
                              "reporting_by_as_a_subject", "sign_up_sheets",
                              "more_with_text", "heading_with_a_month",
                              "year_alone", "score", "may_as_a_verb",
                              "date_inside_a_sentence"])
def test_real_sentences_are_kept(line):
  assert not is_boilerplate_line(line)
  assert clean_text(line) == (line, 0)


def test_clean_text_removes_boilerplate_and_counts_it():
  text = "\n".join([
      "Share this article", STORY_LINES[0], "Advertisement", "",
      STORY_LINES[1], "Lire aussi : le budget", "Wir verwenden Cookies.",
      "© 2024 Harbour Gazette"])
  assert clean_text(text) == (STORY_LINES[0] + "\n\n" + STORY_LINES[1], 5)


def _document(url, text, title=None, **extra):
  return Document(
      url=url, source="https://gazette.example.org/feeds/rss.xml",
      kind=KIND_ARTICLE, text=text, title=title,
      fetched_at=datetime.datetime(2024, 3, 6, tzinfo=UTC), **extra)


def test_clean_text_stage():
  published = datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
  documents = [
      _document("https://gazette.example.org/a",
                "Ferry\u00a0cuts announced.\u200b\nShare this article\n"
                "Islanders   protest.\n\n\nAdvertisement",
                title="  Ferry\u00a0cuts\n"),
      _document("https://gazette.example.org/b", "Plain story text.",
                title=" \u200b "),
      # Malformed: nothing but furniture.
      _document("https://gazette.example.org/furniture",
                "Share this article\nFacebook\nTwitter\n\u200b\n"
                "We use cookies.\n© 2024 Harbour Gazette",
                title="Only furniture", published_at=published,
                http_status=200),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | CleanText()
    assert_that(
        result.documents | "DocFields" >> beam.Map(
            lambda d: (d.url, d.title, d.text)),
        equal_to([
            ("https://gazette.example.org/a", "Ferry cuts",
             "Ferry cuts announced.\n\nIslanders protest."),
            ("https://gazette.example.org/b", None, "Plain story text."),
        ]), label="CheckDocuments")
    assert_that(
        result[CleanText.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.source, e.http_status,
                       e.published_at, e.message)),
        equal_to([(
            "clean", "empty_after_cleaning",
            "https://gazette.example.org/furniture",
            "https://gazette.example.org/feeds/rss.xml", 200, published,
            "no text left after cleaning (5 boilerplate lines removed)")]),
        label="CheckErrors")
