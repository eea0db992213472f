"""A deterministic synthetic news corpus: N HTML pages in a directory.

For measuring CPU cost without the network: pages in four languages with a
site's furniture around the article (navigation, scripts, a cookie banner,
comments, footer), 300 to 3,000 words of body, and about 10% syndicated
copies of earlier pages on another site (a wire prefix, the last paragraph
cut). Body text is drawn word by word from per-language word lists with a
Zipf-like skew, so langdetect and trafilatura see real words while unrelated
pages share few 5-word sequences (as unrelated news does).

  python -m benchmarks.corpus DIR --pages 5000 [--seed 7]
"""

import argparse
import datetime
import html
import os
import random

__all__ = ["write_corpus", "article_page"]

_WORDS = {
    "en": """the of and to in a is that for on was with he it as at by his from
      police said people were killed attack city officials government army
      forces security minister week after two three four five hundred told
      reporters near town village market bridge station hospital school road
      border province region capital spokesman witnesses residents morning
      night evening monday tuesday wednesday thursday friday saturday sunday
      group fighters soldiers vehicle explosion blast shooting strike drone
      arrested suspects investigation court judge trial report news agency
      local national international meeting talks agreement ceasefire protest
      crowd streets square building families victims injured wounded dead
      emergency services fire water power roads closed opened schools shops
      workers union election party leader president council mayor statement
      according also but not have has had been would could will may about
      more than over under between during before while since into through""",
    "fr": """le la les de des du et un une est que pour dans sur avec il elle
      au aux par pas plus police a déclaré personnes tuées attaque ville
      gouvernement armée forces sécurité ministre semaine après deux trois
      quatre cinq cents journalistes près village marché pont gare hôpital
      école route frontière province région capitale porte-parole témoins
      habitants matin nuit soir lundi mardi mercredi jeudi vendredi samedi
      dimanche groupe combattants soldats véhicule explosion fusillade frappe
      drone arrêtés suspects enquête tribunal juge procès rapport agence
      locale nationale réunion accord cessez-le-feu manifestation foule rues
      place bâtiment familles victimes blessés morts secours eau routes
      fermées ouvertes écoles commerces travailleurs syndicat élection parti
      président conseil maire communiqué selon aussi mais avait été serait
      pourrait entre pendant avant depuis vers sous contre leurs ont sont""",
    "es": """el la los las de del y un una es que para en con por se su al
      policía dijo personas muertas ataque ciudad gobierno ejército fuerzas
      seguridad ministro semana después dos tres cuatro cinco cientos
      periodistas cerca pueblo mercado puente estación hospital escuela
      carretera frontera provincia región capital portavoz testigos vecinos
      mañana noche tarde lunes martes miércoles jueves viernes sábado domingo
      grupo combatientes soldados vehículo explosión tiroteo ataque dron
      detenidos sospechosos investigación tribunal juez juicio informe
      agencia local nacional reunión acuerdo alto fuego protesta multitud
      calles plaza edificio familias víctimas heridos muertos emergencias
      agua carreteras cerradas abiertas escuelas tiendas trabajadores
      sindicato elecciones partido presidente consejo alcalde comunicado
      según también pero había sido sería podría entre durante antes desde""",
    "de": """der die das und in den von zu mit sich des auf für ist im dem nicht
      ein eine als auch es an werden aus er hat dass sie nach wird bei
      polizei sagte menschen getötet angriff stadt regierung armee kräfte
      sicherheit minister woche zwei drei vier fünf hundert reporter nahe
      dorf markt brücke bahnhof krankenhaus schule straße grenze provinz
      region hauptstadt sprecher zeugen bewohner morgen nacht abend montag
      dienstag mittwoch donnerstag freitag samstag sonntag gruppe kämpfer
      soldaten fahrzeug explosion schüsse angriff drohne festgenommen
      verdächtige ermittlungen gericht richter prozess bericht agentur
      lokale nationale treffen abkommen waffenruhe protest menge straßen
      platz gebäude familien opfer verletzte tote rettungskräfte wasser
      gesperrt geöffnet schulen geschäfte arbeiter gewerkschaft wahl partei
      präsident rat bürgermeister erklärung laut aber hatte wurde könnte""",
}
_SITES = ("northwind-news", "la-gazette", "diario-sur", "rheinblick",
          "harbour-post", "wire-service")
_TEMPLATES = ("classic", "magazine", "portal")


def _skewed_choice(rng: random.Random, words: list) -> str:
  # Zipf-like: low indices (function words) far more often.
  return words[min(int(rng.paretovariate(1.1)) - 1, len(words) - 1)
               if rng.random() < 0.45 else rng.randrange(len(words))]


def _paragraphs(rng: random.Random, language: str, words_wanted: int) -> list:
  words = _WORDS[language].split()
  paragraphs, total = [], 0
  while total < words_wanted:
    sentences = []
    for _ in range(rng.randint(2, 5)):
      sentence = [_skewed_choice(rng, words) for _ in range(rng.randint(8, 24))]
      sentences.append(" ".join(sentence).capitalize() + ".")
    paragraph = " ".join(sentences)
    paragraphs.append(paragraph)
    total += len(paragraph.split())
  return paragraphs


def _page(site: str, template: str, title: str, language: str,
          published: datetime.datetime, paragraphs: list, rng: random.Random
          ) -> str:
  nav = "".join(f'<li><a href="/{section}">{section.title()}</a></li>'
                for section in ("world", "politics", "business", "sport",
                                "culture", "opinion"))
  body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
  comments = "".join(
      f'<div class="comment"><b>reader{rng.randint(1, 999)}</b><p>'
      f"{html.escape(' '.join(_paragraphs(rng, language, 12)[0].split()[:20]))}"
      "</p></div>" for _ in range(rng.randint(0, 4)))
  canonical = f"https://{site}.example/{published:%Y/%m/%d}/{rng.getrandbits(40):x}"
  article_class = {"classic": "story-body", "magazine": "entry-content",
                   "portal": "article__text"}[template]
  return f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="{published.isoformat()}">
<script>window.dataLayer=[{{"page":"article","id":{rng.getrandbits(30)}}}];</script>
<style>.nav{{display:flex}}</style></head>
<body><header><div class="logo">{site}</div><nav class="nav"><ul>{nav}</ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept cookies.</div>
<main><article class="{article_class}"><h1>{html.escape(title)}</h1>
<div class="byline">By Staff Reporter · {published:%d %B %Y}</div>
{body}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">More stories</a></li></ul></aside>
<section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer><p>© {published.year} {site}. All rights reserved.</p>
<a href="/newsletter">Subscribe to our newsletter</a></footer>
<script src="/static/app.js"></script></body></html>"""


def article_page(rng: random.Random, number: int,
                 published: datetime.datetime, words: int = 200) -> tuple:
  """(title, HTML) of one invented article of about ``words`` words."""
  language = rng.choice(sorted(_WORDS))
  paragraphs = _paragraphs(rng, language, words)
  title = " ".join(paragraphs[0].split()[:8]).rstrip(".")
  return title, _page(_SITES[number % len(_SITES)],
                      _TEMPLATES[number % len(_TEMPLATES)], title, language,
                      published, paragraphs, rng)


def write_corpus(directory: str, pages: int, seed: int = 7,
                 copy_share: float = 0.10) -> dict:
  """Writes ``pages`` HTML files into ``directory``; returns counts."""
  rng = random.Random(seed)
  os.makedirs(directory, exist_ok=True)
  start = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)
  originals, copies, words = [], 0, 0
  for number in range(pages):
    published = start + datetime.timedelta(minutes=7 * number)
    if originals and rng.random() < copy_share:
      language, title, paragraphs = rng.choice(originals)
      # Syndicated: another site, a wire prefix, the last paragraph cut.
      paragraphs = [f"WIRE (Agency) - {paragraphs[0]}", *paragraphs[1:-1]] \
          if len(paragraphs) > 2 else paragraphs
      copies += 1
    else:
      language = rng.choice(sorted(_WORDS))
      paragraphs = _paragraphs(rng, language, rng.randint(300, 3000))
      title = " ".join(paragraphs[0].split()[:8]).rstrip(".")
      originals.append((language, title, paragraphs))
    site = _SITES[number % len(_SITES)]
    page = _page(site, _TEMPLATES[number % len(_TEMPLATES)], title, language,
                 published, paragraphs, rng)
    words += sum(len(p.split()) for p in paragraphs)
    with open(os.path.join(directory, f"page-{number:06d}.html"), "w",
              encoding="utf-8") as f:
      f.write(page)
  return {"pages": pages, "copies": copies, "body_words": words}


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("directory")
  parser.add_argument("--pages", type=int, default=5000)
  parser.add_argument("--seed", type=int, default=7)
  args = parser.parse_args(argv)
  print(write_corpus(args.directory, args.pages, args.seed))


if __name__ == "__main__":
  main()
