"""A seeded, labelled set of near-duplicate pairs and hard negatives.

The news is invented (``benchmarks.neardup_phrases``): per language, eight
events (a fire, a flood, a derailment...) with their facts: place, date,
toll, officials, one official quote. Three outlets report each event
independently: each picks its own paragraph templates (never the one another
outlet of the same event uses), its own order, length, witness and
headline, and quotes the official directly or not. Those reports are the
base articles (150-700 words).

Positives are copies of one base article with the edits republishing makes:
a new headline line, a wire prefix, the last paragraph(s) cut, a paragraph
added (editor's note, background), another site's boilerplate around it,
small wording edits (synonyms, sentences reordered, an attribution moved to
the front), and combinations of those.

Hard negatives are pairs that share a lot without being copies: two outlets'
reports of the same event (same names, place, numbers, date, maybe the same
quote), the same with copies or with one site's template around both, and
two different events inside one site's template.

Apart from those, ``stress`` holds negatives where boilerplate outweighs
the story: teasers (the first one or two paragraphs) of different events on
one paywalled site, whose long subscription pitch survives cleaning. They
are kept out of the main pairs and reported on their own.

Every text goes through ``transforms.clean.clean_text`` as in the pipeline.
Randomness comes from ``random.Random`` seeded with strings, which Python
hashes with SHA-512, not ``hash()``: the same seed gives the same pairs in
every process.
"""

import dataclasses
import itertools
import random
import re
from typing import Dict, List, Optional, Sequence, Tuple

from benchmarks.neardup_phrases import LANGUAGES
from transforms.clean import clean_text

__all__ = ["Document", "Pair", "PairSet", "generate", "SEED", "EDIT_KINDS",
           "EVENTS_PER_LANGUAGE", "OUTLETS_PER_EVENT", "MIN_WORDS",
           "MAX_WORDS"]

SEED = 2024
KINDS = ("fire", "flood", "derailment", "explosion", "collapse", "storm")
EVENTS_PER_LANGUAGE = 8
OUTLETS_PER_EVENT = 3
MIN_WORDS, MAX_WORDS = 150, 700
EDIT_KINDS = ("headline", "wire", "cut", "added", "boilerplate", "wording")
# The order edits are applied in when combined: the cut comes before the
# added paragraph (so it does not remove it), the wire prefix last.
_EDIT_ORDER = ("wording", "cut", "added", "headline", "wire")
# A copy keeping less than this share of the story's words is an excerpt
# rather than a copy; cuts stop there.
MIN_KEPT_SHARE = 0.6
# The usual order of a news report; outlets shuffle it a little.
SLOT_ORDER = ("lede", "casualties", "victims", "official", "response",
              "timeline", "witness", "rescue", "scene", "evacuations",
              "utilities", "investigation", "expert", "politician",
              "condolences", "transport", "damage", "solidarity", "criticism",
              "place", "history", "next", "help")
# Share of optional paragraphs an outlet leaves out: reports of one event
# differ in what they cover, not only in how.
_SKIP_SLOT = 0.1
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9¿])")


@dataclasses.dataclass(frozen=True)
class Document:
  doc_id: str
  language: str
  # Cleaned as the pipeline cleans it: what DedupNear sees.
  text: str
  # The base article it is (a version of), and that article's event.
  article: str
  event: str


@dataclasses.dataclass(frozen=True)
class Pair:
  pair_id: str
  first: str
  second: str
  duplicate: bool
  # "positive/<edit>" or "positive/combo"; "negative/<kind>".
  kind: str
  edits: Tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class PairSet:
  seed: int
  documents: Dict[str, Document]
  pairs: Tuple[Pair, ...]
  # doc_ids of the base articles (the outlets' own reports).
  articles: Tuple[str, ...]
  # Paywall teasers of different events on one site: all negatives.
  stress: Tuple[Pair, ...] = ()


@dataclasses.dataclass(frozen=True)
class _Draft:
  """An article before rendering: what the edits work on."""
  paragraphs: Tuple[str, ...]
  headline: Optional[str] = None
  header: Tuple[str, ...] = ()
  footer: Tuple[str, ...] = ()

  def render(self) -> str:
    lines = list(self.header)
    if self.headline:
      lines.append(self.headline)
    lines.extend(self.paragraphs)
    lines.extend(self.footer)
    return clean_text("\n\n".join(lines))[0]

  def words(self) -> int:
    return len(self.render().split())


@dataclasses.dataclass(frozen=True)
class _Report:
  """One outlet's article about one event, with what edits need to know."""
  doc_id: str
  language: str
  event: str
  kind: str
  draft: _Draft
  fields: Dict[str, str]
  # Headlines no outlet of this event used: for the "headline" edit.
  spare_headlines: Tuple[str, ...]


def _rng(seed: int, *parts) -> random.Random:
  return random.Random(":".join(str(part) for part in (seed,) + parts))


def _number(value: int, phrases: dict) -> str:
  return f"{value:,}".replace(",", phrases["thousands"])


def _decimal(value: float, phrases: dict) -> str:
  return f"{value:.1f}".replace(".", phrases["decimal"])


def _capitalized(fields: Dict[str, str]) -> Dict[str, str]:
  """Adds "Key" for every "key": a field opening a sentence."""
  extra = {key[0].upper() + key[1:]: value[:1].upper() + value[1:]
           for key, value in fields.items() if key[:1].islower()}
  return {**fields, **extra}


def _lead(quote: str, phrases: dict) -> str:
  """A quote as it reads before its attribution ("...," said X)."""
  return phrases["quote_lead"].format(body=quote.rstrip("."))


def _person(rng: random.Random, phrases: dict, taken: List[str]):
  """(gender, "First Last") not yet taken in this event."""
  while True:
    gender = rng.choice("fm")
    name = (f"{rng.choice(phrases['first_names'][gender])} "
            f"{rng.choice(phrases['surnames'])}")
    if name not in taken:
      taken.append(name)
      return gender, name


def _event_facts(seed: int, language: str, index: int, kind: str,
                 place: Tuple[str, str], quote: str) -> Dict[str, str]:
  phrases = LANGUAGES[language]
  rng = _rng(seed, language, "event", index)
  kind_phrases = phrases["kinds"][kind]
  dead = rng.randint(2, 38)
  injured = rng.randint(dead + 3, 3 * dead + 20)
  weekday = rng.randrange(7)
  month = rng.randrange(12)
  day = rng.randint(1, 28)
  taken: List[str] = []
  official_gender, official = _person(rng, phrases, taken)
  politician_gender, politician = _person(rng, phrases, taken)
  expert_gender, expert = _person(rng, phrases, taken)
  official_title = rng.choice(phrases["officials"])
  politician_title = rng.choice(phrases["politicians"])
  expert_title = rng.choice(phrases["experts"])
  gender_index = {"m": 0, "f": 1}
  fields = {
      "place": place[0], "PLACE": place[0].upper(), "region_in": place[1],
      "weekday": phrases["weekdays"][weekday],
      "next_day": phrases["weekdays"][(weekday + rng.randint(2, 4)) % 7],
      "day": str(day), "month_short": phrases["months"][month][:3],
      "date": phrases["date"].format(day=day,
                                     month=phrases["months"][month]),
      "dead": str(dead), "injured": str(injured),
      "serious": str(rng.randint(2, max(2, injured // 3))),
      "evacuated": _number(rng.randrange(120, 4500, 10), phrases),
      "responders_n": str(rng.randrange(40, 400, 10)),
      "hours": str(rng.randint(4, 36)),
      "damage": phrases["damage"].format(
          amount=_decimal(rng.randint(15, 950) / 10, phrases)),
      "population": _number(rng.randrange(6000, 180000, 100), phrases),
      "prev_year": str(rng.randint(1978, 2016)),
      "prev_dead": str(rng.randint(3, 60)),
      "donations": phrases["money"].format(
          amount=_number(rng.randrange(12000, 240000, 500), phrases)),
      "hotline": phrases["hotline"].format(a=rng.randrange(1000),
                                           b=rng.randrange(1000)),
      "road": rng.choice(phrases["roads"]),
      "shelter": rng.choice(phrases["shelters"]),
      "inv": rng.choice(phrases["investigators"]),
      "cause": rng.choice(kind_phrases["causes"]),
      "responders": kind_phrases["responders"],
      "off_name": official,
      "off_title": official_title[gender_index[official_gender]].format(
          place=place[0]),
      "pol_name": politician,
      "pol_title": politician_title[gender_index[politician_gender]],
      "expert_name": expert,
      "expert_title": expert_title[gender_index[expert_gender]],
      "call_time": phrases["clock"].format(h=rng.randrange(24),
                                           m=rng.randrange(60)),
      "minutes": str(rng.randint(5, 25)),
      "victim_age": str(rng.randint(30, 79)),
      "rescued_age": str(rng.randint(19, 79)),
      "rescue_hours": str(rng.randint(3, 30)),
      "homes": _number(rng.randrange(300, 25000, 10), phrases),
      "quote": quote, "quote_lead": _lead(quote, phrases),
  }
  site = rng.choice(kind_phrases["sites"])
  fields["clause"] = kind_phrases["clause"].format(site=site)
  for key in ("the", "a", "short", "de", "acc", "dat", "gen"):
    if key in kind_phrases:
      fields[f"ev_{key}"] = kind_phrases[key]
  return fields


def _report(seed: int, language: str, event: str, kind: str, outlet: int,
            fields: Dict[str, str], variants: Dict[str, List[int]],
            headlines: Sequence[int], witness: Tuple[int, int],
            taken: List[str]) -> _Report:
  """One outlet's article: its own templates, order, length and witness."""
  phrases = LANGUAGES[language]
  rng = _rng(seed, event, "outlet", outlet)
  gender, witness_name = _person(rng, phrases, taken)
  outlet_fields = dict(fields)
  witness_quote = (f"{phrases['witness_a'][witness[0]]} "
                   f"{phrases['witness_b'][witness[1]]}")
  outlet_fields.update({
      "wit_name": witness_name, "wit_age": str(rng.randint(19, 79)),
      "wit_job": rng.choice(phrases["jobs"][gender]),
      "wit_quote": witness_quote,
      "wit_quote_lead": _lead(witness_quote, phrases),
      "aftermath": phrases["kinds"][kind]["aftermath"][
          variants["aftermath"][outlet]],
  })
  outlet_fields = _capitalized(outlet_fields)
  direct_quote = rng.random() < 0.5
  slots = phrases["slots"]

  def paragraph(slot: str) -> str:
    if slot == "official":
      slot = "official_direct" if direct_quote else "official_indirect"
    return slots[slot][variants[slot][outlet]].format_map(outlet_fields)

  rest = sorted(SLOT_ORDER[1:], key=lambda slot: (
      SLOT_ORDER.index(slot) + rng.uniform(0, 4)))
  order = ["lede"] + [slot for slot in rest if rng.random() >= _SKIP_SLOT]
  headline = (phrases["headlines"][headlines[outlet]].format_map(
      outlet_fields) if rng.random() < 0.5 else None)
  target = rng.randint(MIN_WORDS, MAX_WORDS)
  draft = _Draft(paragraphs=(), headline=headline)
  for slot in order:
    if draft.words() >= target:
      break
    draft = dataclasses.replace(
        draft, paragraphs=draft.paragraphs + (paragraph(slot),))
  while draft.words() > MAX_WORDS:
    draft = dataclasses.replace(draft, paragraphs=draft.paragraphs[:-1])
  if draft.words() < MIN_WORDS:
    raise AssertionError(f"{event} outlet {outlet}: {draft.words()} words")
  spare = tuple(phrases["headlines"][index].format_map(outlet_fields)
                for index in headlines[OUTLETS_PER_EVENT:])
  return _Report(doc_id=f"{event}-o{outlet}", language=language, event=event,
                 kind=kind, draft=draft, fields=outlet_fields,
                 spare_headlines=spare)


def _reports(seed: int, language: str) -> List[_Report]:
  phrases = LANGUAGES[language]
  rng = _rng(seed, language, "events")
  kinds = rng.sample(KINDS, len(KINDS))
  places = rng.sample(phrases["places"], EVENTS_PER_LANGUAGE)
  quotes = rng.sample(phrases["quotes"], EVENTS_PER_LANGUAGE)
  # Witness quotes are two halves; no two outlets in a language get the
  # same pair.
  witness = list(itertools.product(range(len(phrases["witness_a"])),
                                   range(len(phrases["witness_b"]))))
  rng.shuffle(witness)
  reports = []
  for index in range(EVENTS_PER_LANGUAGE):
    event = f"{language}-e{index}"
    kind = kinds[index % len(kinds)]
    fields = _event_facts(seed, language, index, kind, places[index],
                          quotes[index])
    event_rng = _rng(seed, event, "variants")
    # Outlet k uses variant variants[slot][k]: a permutation, so no two
    # outlets of one event share a paragraph template.
    variants = {slot: event_rng.sample(range(3), 3)
                for slot in list(phrases["slots"]) + ["aftermath"]}
    headlines = event_rng.sample(range(len(phrases["headlines"])),
                                 len(phrases["headlines"]))
    taken = [fields["off_name"], fields["pol_name"], fields["expert_name"]]
    for outlet in range(OUTLETS_PER_EVENT):
      reports.append(_report(
          seed, language, event, kind, outlet, fields, variants, headlines,
          witness[index * OUTLETS_PER_EVENT + outlet], taken))
  return reports


# --- Edits: what republishing does to a story -------------------------------

def _sentences(paragraph: str) -> List[str]:
  return _SENTENCE_END.split(paragraph)


def _edit_wording(draft: _Draft, rng: random.Random, phrases: dict,
                  report: _Report) -> _Draft:
  """A few synonyms, one or two sentence pairs swapped, an attribution
  moved to the front: the edits a copy desk makes."""
  paragraphs = list(draft.paragraphs)
  spots = [(index, word, replacement)
           for index, paragraph in enumerate(paragraphs)
           for word, replacement in phrases["synonyms"]
           if re.search(rf"\b{re.escape(word)}\b", paragraph)]
  for index, word, replacement in rng.sample(spots,
                                             min(len(spots),
                                                 rng.randint(3, 5))):
    paragraphs[index] = re.sub(rf"\b{re.escape(word)}\b", replacement,
                               paragraphs[index], count=1)
  for pattern in phrases["fronting"]:
    for index, paragraph in enumerate(paragraphs):
      sentences = _sentences(paragraph)
      for position, sentence in enumerate(sentences):
        match = re.match(pattern, sentence)
        if match:
          rest = match["a"]
          first_word = rest.split(" ", 1)[0]
          if first_word in phrases["lowercase_first"]:
            rest = rest[0].lower() + rest[1:]
          sentences[position] = (f"{match['b'][0].upper()}{match['b'][1:]}, "
                                 f"{rest}.")
      paragraphs[index] = " ".join(sentences)
  swappable = [index for index, paragraph in enumerate(paragraphs)
               if len(_sentences(paragraph)) >= 2
               and not re.search("[\"«»„“]", paragraph)]
  for index in rng.sample(swappable, min(len(swappable), rng.randint(1, 2))):
    sentences = _sentences(paragraphs[index])
    position = rng.randrange(len(sentences) - 1)
    sentences[position], sentences[position + 1] = (sentences[position + 1],
                                                    sentences[position])
    paragraphs[index] = " ".join(sentences)
  return dataclasses.replace(draft, paragraphs=tuple(paragraphs))


def _edit_cut(draft: _Draft, rng: random.Random, phrases: dict,
              report: _Report) -> _Draft:
  """The last one or two paragraphs dropped, keeping MIN_KEPT_SHARE."""
  total = draft.words()
  for cut in range(rng.choice((1, 2)), 0, -1):
    kept = dataclasses.replace(draft, paragraphs=draft.paragraphs[:-cut])
    if kept.paragraphs and kept.words() >= MIN_KEPT_SHARE * total:
      return kept
  # One paragraph is too much of a short story: its last sentence goes.
  last = _sentences(draft.paragraphs[-1])
  if len(last) > 1:
    return dataclasses.replace(draft, paragraphs=draft.paragraphs[:-1] + (
        " ".join(last[:-1]),))
  return dataclasses.replace(draft, paragraphs=draft.paragraphs[:-1])


def _edit_added(draft: _Draft, rng: random.Random, phrases: dict,
                report: _Report) -> _Draft:
  """An editor's note (top or bottom) or a background paragraph, or both."""
  paragraphs = list(draft.paragraphs)
  choice = rng.choice(("note", "context", "both"))
  if choice in ("context", "both"):
    context = rng.choice(phrases["context"]).format_map(report.fields)
    paragraphs.insert(rng.choice((min(2, len(paragraphs)), len(paragraphs))),
                      context)
  if choice in ("note", "both"):
    note = rng.choice(phrases["editor_notes"])
    paragraphs.insert(rng.choice((0, len(paragraphs))), note)
  return dataclasses.replace(draft, paragraphs=tuple(paragraphs))


def _edit_headline(draft: _Draft, rng: random.Random, phrases: dict,
                   report: _Report) -> _Draft:
  return dataclasses.replace(draft,
                             headline=rng.choice(report.spare_headlines))


def _edit_wire(draft: _Draft, rng: random.Random, phrases: dict,
               report: _Report) -> _Draft:
  """A wire dateline before the first paragraph; maybe a credit line."""
  fields = dict(report.fields, agency=rng.choice(phrases["agencies"]))
  paragraphs = list(draft.paragraphs)
  paragraphs[0] = phrases["wire_prefix"].format_map(fields) + paragraphs[0]
  if rng.random() < 0.5:
    names = LANGUAGES[report.language]
    paragraphs.append(phrases["wire_trailer"].format_map(dict(
        fields, reporter=_person(rng, names, [])[1],
        editor=_person(rng, names, [])[1])))
  return dataclasses.replace(draft, paragraphs=tuple(paragraphs))


_EDITS = {"wording": _edit_wording, "cut": _edit_cut, "added": _edit_added,
          "headline": _edit_headline, "wire": _edit_wire}


def _wrapped(draft: _Draft, site: dict, rng: random.Random,
             report: _Report) -> _Draft:
  """The draft inside a site's template (header and footer lines)."""
  phrases = LANGUAGES[report.language]
  fields = dict(report.fields, author=_person(rng, phrases, [])[1])
  return dataclasses.replace(
      draft, header=tuple(line.format_map(fields) for line in site["header"]),
      footer=tuple(line.format_map(fields) for line in site["footer"]))


# --- Pairs -------------------------------------------------------------------

class _Builder:
  """Collects documents (each rendered once) and labelled pairs."""

  def __init__(self):
    self.documents: Dict[str, Document] = {}
    self.pairs: List[Pair] = []
    self.stress: List[Pair] = []

  def add(self, doc_id: str, report: _Report, draft: _Draft) -> str:
    if doc_id not in self.documents:
      self.documents[doc_id] = Document(doc_id, report.language,
                                        draft.render(), report.doc_id,
                                        report.event)
    return doc_id

  def pair(self, first: str, second: str, duplicate: bool, kind: str,
           edits: Tuple[str, ...] = ()) -> None:
    self.pairs.append(Pair(f"p{len(self.pairs):04d}", first, second,
                           duplicate, kind, edits))

  def stress_pair(self, first: str, second: str, kind: str) -> None:
    self.stress.append(Pair(f"s{len(self.stress):04d}", first, second,
                            False, kind))


def _copy(builder: _Builder, report: _Report, edits: Tuple[str, ...],
          rng: random.Random) -> Tuple[str, str]:
  """(first, second) doc_ids of a base article and its edited copy."""
  phrases = LANGUAGES[report.language]
  copy = report.draft
  for edit in _EDIT_ORDER:
    if edit in edits:
      copy = _EDITS[edit](copy, rng, phrases, report)
  copy_id = f"{report.doc_id}~{'+'.join(edits)}"
  if "boilerplate" not in edits:
    return report.doc_id, builder.add(copy_id, report, copy)
  home, other = rng.sample(range(len(phrases["sites"])), 2)
  first = builder.add(f"{report.doc_id}@s{home}", report,
                      _wrapped(report.draft, phrases["sites"][home], rng,
                               report))
  second = builder.add(f"{copy_id}@s{other}", report,
                       _wrapped(copy, phrases["sites"][other], rng, report))
  return first, second


def _in_site(builder: _Builder, report: _Report, site: int,
             rng: random.Random) -> str:
  phrases = LANGUAGES[report.language]
  return builder.add(f"{report.doc_id}@s{site}", report,
                     _wrapped(report.draft, phrases["sites"][site], rng,
                              report))


def _teaser(builder: _Builder, report: _Report, rng: random.Random) -> str:
  """The first one or two paragraphs inside the paywalled site's template."""
  phrases = LANGUAGES[report.language]
  count = rng.choice((1, 2))
  teaser = dataclasses.replace(
      report.draft, paragraphs=report.draft.paragraphs[:count],
      headline=report.draft.headline or report.spare_headlines[0])
  return builder.add(f"{report.doc_id}#teaser{count}", report,
                     _wrapped(teaser, phrases["paywall"], rng, report))


def generate(seed: int = SEED) -> PairSet:
  """Base articles, >= 300 positive pairs and >= 300 hard negatives."""
  builder = _Builder()
  reports = [report for language in LANGUAGES
             for report in _reports(seed, language)]
  for report in reports:
    builder.add(report.doc_id, report, report.draft)

  combos = [combo for size in (2, 3)
            for combo in itertools.combinations(EDIT_KINDS, size)]
  copies: Dict[str, List[str]] = {}
  for number, report in enumerate(reports):
    rng = _rng(seed, report.doc_id, "copies")
    singles = [(EDIT_KINDS[(2 * number + offset) % len(EDIT_KINDS)],)
               for offset in (0, 1)]
    for edits in singles + rng.sample(combos, 2):
      first, second = _copy(builder, report, edits, rng)
      kind = f"positive/{edits[0]}" if len(edits) == 1 else "positive/combo"
      builder.pair(first, second, True, kind, edits)
      if "boilerplate" not in edits:
        copies.setdefault(report.doc_id, []).append(second)

  by_event: Dict[str, List[_Report]] = {}
  for report in reports:
    by_event.setdefault(report.event, []).append(report)
  for event, outlets in by_event.items():
    rng = _rng(seed, event, "negatives")
    for first, second in itertools.combinations(outlets, 2):
      builder.pair(first.doc_id, second.doc_id, False, "negative/same_event")
      builder.pair(rng.choice(copies[first.doc_id]),
                   rng.choice(copies[second.doc_id]), False,
                   "negative/same_event_copies")
      site = rng.randrange(len(LANGUAGES[first.language]["sites"]))
      builder.pair(_in_site(builder, first, site, rng),
                   _in_site(builder, second, site, rng), False,
                   "negative/same_event_same_site")

  seen = []
  for report in reports:
    rng = _rng(seed, report.doc_id, "site-negative")
    others = [other for other in reports
              if other.language == report.language
              and other.event != report.event]
    same_kind = [other for other in others if other.kind == report.kind]
    site = rng.randrange(len(LANGUAGES[report.language]["sites"]))
    other = rng.choice(same_kind or others)
    key = (min(report.doc_id, other.doc_id), max(report.doc_id, other.doc_id),
           site)
    if key in seen:
      other = rng.choice(others)
      key = (min(report.doc_id, other.doc_id),
             max(report.doc_id, other.doc_id), site)
    seen.append(key)
    builder.pair(_in_site(builder, report, site, rng),
                 _in_site(builder, other, site, rng), False,
                 "negative/same_site")

  for report in reports:
    if report.doc_id.endswith(f"-o{OUTLETS_PER_EVENT - 1}"):
      continue  # Two teasers per event are enough.
    rng = _rng(seed, report.doc_id, "teaser")
    other = rng.choice([other for other in reports
                        if other.language == report.language
                        and other.event != report.event])
    builder.stress_pair(_teaser(builder, report, rng),
                        _teaser(builder, other, rng), "stress/paywall_teaser")
  return PairSet(seed=seed, documents=builder.documents,
                 pairs=tuple(builder.pairs),
                 articles=tuple(report.doc_id for report in reports),
                 stress=tuple(builder.stress))
