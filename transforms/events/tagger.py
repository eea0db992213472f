"""One document's text -> its event mentions, one per event.

Sentence by sentence (transforms/events/sentences.py), the tagger reads
triggers (what happened), point dates, casualty counts, places and actors,
and hands each fact to the nearest trigger of its sentence (a fact after
the trigger is closer than the same distance before it: "an attack on
Monday in Kabul"). Triggers of one sentence form one event per ACLED
family unless their own dates differ ("The bombing was the deadliest since
2022, when a suicide attack..." is two).

Across sentences, an event joins an earlier one of a compatible type unless
its own date or place says it is another: "the blast", "the attacker
detonated his explosives" and "the death toll rose to 15" all add to the
morning's bombing, while "a 2017 truck bombing that killed 57" becomes its
own background mention dated 2017. A plural trigger that joins nothing
and has no date or toll of its own ("dozens of attacks since 2021")
describes a habit, not an event, and is dropped.

Claims of responsibility attach to the event their sentence names, else to
the latest current violent event; denials never make a claimant. A
perpetrator stated with doubt ("may have been behind", "suspected") is
kept with status 'suspected' and a lower confidence.

Defaults: an event without a date of its own takes the lead event's date
if it is current (not background); without a place, the dateline's or
the lead event's place; background events without a place take the
document's main country.
"""

import dataclasses
import datetime
import re
from typing import Dict, List, Optional, Sequence, Tuple

from transforms.events.actors import ActorMention, find_actors
from transforms.events.casualties import (ARRESTED, INJURED, KILLED,
                                          find_casualties)
from transforms.events.dates import DateMention, find_dates
from transforms.events.numbers import find_quantities
from transforms.events.places import Gazetteer, Place
from transforms.events.scanning import Scanner
from transforms.events.sentences import split_sentences
from transforms.events.text import fold
from transforms.events import triggers as lexicon
from transforms.events.triggers import Trigger, find_triggers

__all__ = ["EventMention", "tag_text", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = ("en", "fr", "es")
# Older than this before publication: background, never today's event.
_BACKGROUND_DAYS = 30
_VIOLENT = ("Explosions/Remote violence", "Violence against civilians",
            "Battles")
# The more specific sub-type wins when triggers of one family meet.
_SPECIFICITY = {
    lexicon.SUICIDE: 6, lexicon.AIR: 5, lexicon.SHELLING: 4,
    lexicon.GRENADE: 4, lexicon.IED: 3, lexicon.ABDUCTION: 3,
    lexicon.CLASH: 2, lexicon.ATTACK: 1,
}
_DEFINITE = re.compile(
    r"(?:\b(?:the|this|that|these|those|its|le|la|l'|l’|les|cet|cette|ce|"
    r"ces|el|los|las|este|esta|dicho|dicha)|'s|’s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
_PLURAL_GENERIC = re.compile(
    r"(?:attacks|bombings|explosions|blasts|assaults|attaques|attentats|"
    r"explosions|ataques|atentados|explosiones)$", re.IGNORECASE)
_MILITARY_TARGET = re.compile(
    r"\b(?:soldiers|troops|army|military|base|checkpoint|convoy|outpost|"
    r"barracks|patrol|police station|militants|fighters|soldats|militaires|"
    r"caserne|poste militaire|convoi|soldados|militares|cuartel|"
    r"base militar|convoy|patrulla|guerrilleros)\b", re.IGNORECASE)
_EXPLOSIVE_CONTEXT = re.compile(r"\b(?:bomb|explosive|explosif|explosivo)",
                                re.IGNORECASE)
_SPECULATION = re.compile(
    r"\b(?:may have|might have|could have|may be|might be|suspected of|"
    r"suspected (?:to|that)|are suspected|is suspected|likely|probably|possibly|believed to|thought to|blamed|"
    r"accused|pointed the finger|more likely|soupconne|soupconnes|probable|"
    r"probablement|pourrait|aurait|sospecha|sospechoso|presunt[oa]s?|"
    r"probablemente|podria|habria|atribuy[oe]n?)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:threat(?:ened|ens)? (?:of|to)|plans? to|planned to|plotting|"
    r"vowed to|warn(?:ed|s|ing)? (?:of|that|against)|fears? of|feared|"
    r"risk of|would|could|menace d|menacent de|prevoit de|amenaz[oa] con|"
    r"planea|podrian)\b", re.IGNORECASE)
_CLAIM = re.compile(
    r"\b(?:claimed (?:responsibility|the|it|credit)|claims? of "
    r"responsibility|took credit|take credit|said (?:it|they) (?:had )?"
    r"(?:carried out|was behind|were behind)|revendiqu\w*|"
    r"reivindic\w*|se atribuy\w*|asumi\w* la autoria)", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|"
    r"not responsible|no involvement|dementi|dement\w*|nie |a nie|"
    r"rejete|nego|niega|negaron|rechaz\w*)\b", re.IGNORECASE)
_NO_CLAIM = re.compile(
    r"\b(?:no (?:group|one) (?:has |had )?(?:yet )?claimed|"
    r"has not been claimed|not yet claimed|aucun groupe|"
    r"n'a (?:pas )?ete revendique|ningun grupo|no ha sido reivindicado)",
    re.IGNORECASE)
_PERPETRATOR_BY = re.compile(
    r"\bby (?:suspected |alleged |the )?$|\bpar (?:des |les |l'|le |la )?$|"
    r"\bpor (?:el |la |los |las |presuntos )?$|blamed (?:\w+ ){0,3}on "
    r"(?:the )?$", re.IGNORECASE)
_AGGREGATE = re.compile(
    r"\b(?:insurgency|conflict|war|violence|since|years?|so far|"
    r"altogether|in total|conflit|guerre|violences|depuis|annees?|"
    r"conflicto|guerra|violencia|desde|anos)\b", re.IGNORECASE)
# "KABUL, March 4 (Wire) -", "MOSUL, Iraq -", "Quetta (Northwire) -": a
# place in capitals, or any place followed by an agency in brackets.
_DATELINE = re.compile(
    r"^\s*(?:(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{2,40}?)"
    r"(?:,\s*[A-Za-zÀ-ÿ.]+)?(?:,?\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{1,40}\))?|(?P<titled>[A-Z][\w'’.\- ]{2,40}?)"
    r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?\s*\([^)]{1,40}\))"
    r"\s*[-–—:]\s+")


@dataclasses.dataclass
class EventMention:
  """A built event: the first trigger naming it and what the document says."""
  sub_event_type: str
  trigger_start: int
  trigger_end: int
  sentence_start: int
  sentence_end: int
  generic: bool
  event_date: Optional[datetime.date] = None
  date_precision: Optional[str] = None
  place: Optional[Place] = None
  killed: Optional[int] = None
  injured: Optional[int] = None
  arrested: Optional[int] = None
  casualty_qualifier: Optional[str] = None
  perpetrator: Optional[str] = None
  perpetrator_status: Optional[str] = None  # claimed, stated, suspected
  claimed_by: Optional[str] = None
  actors: List[str] = dataclasses.field(default_factory=list)
  background: bool = False
  hypothetical: bool = False
  sentences: int = 1
  # Index of the last sentence that spoke of it.
  last_sentence: int = 0
  # Whether the date and place came from its own sentence(s).
  own_date: bool = False
  own_place: bool = False

  @property
  def event_type(self) -> str:
    return lexicon.EVENT_TYPE_OF[self.sub_event_type]

  @property
  def confidence(self) -> float:
    score = 0.6 if self.generic else 0.8
    if self.own_date:
      score += 0.05
    if self.own_place:
      score += 0.05
    score += min(self.sentences - 1, 3) * 0.03
    if self.perpetrator_status == "suspected":
      score = min(score, 0.5)
    if self.hypothetical:
      score *= 0.6
    return round(max(0.05, min(score, 0.99)), 2)


@dataclasses.dataclass
class _Facts:
  """What one sentence says, with offsets relative to the sentence."""
  triggers: List[Trigger]
  dates: List[DateMention]
  casualties: list
  places: List[Tuple[int, int, Place]]
  actors: List[ActorMention]
  claim: Optional[str]
  denial: bool
  speculative: bool
  hypothetical: bool


def _distance(fact_start: int, fact_end: int, trigger: Trigger) -> float:
  if fact_start >= trigger.end:
    return fact_start - trigger.end
  if fact_end <= trigger.start:
    return (trigger.start - fact_end) * 1.5
  return 0.0


def _nearest(triggers: Sequence[Trigger], start: int, end: int,
             allowed=None) -> Optional[int]:
  best, best_distance = None, None
  for index, trigger in enumerate(triggers):
    if allowed is not None and not allowed(trigger):
      continue
    distance = _distance(start, end, trigger)
    if best_distance is None or distance < best_distance:
      best, best_distance = index, distance
  return best


def _is_background(date: Optional[datetime.date],
                   published: Optional[datetime.date]) -> bool:
  if date is None or published is None:
    return False
  return (published - date).days > _BACKGROUND_DAYS


# Searched in whole sentences: tried only where one of their words starts.
(_SPECULATION, _HYPOTHETICAL, _CLAIM, _DENIAL, _NO_CLAIM, _AGGREGATE,
 _MILITARY_TARGET, _EXPLOSIVE_CONTEXT) = map(Scanner, (
     _SPECULATION, _HYPOTHETICAL, _CLAIM, _DENIAL, _NO_CLAIM, _AGGREGATE,
     _MILITARY_TARGET, _EXPLOSIVE_CONTEXT))


class _DocumentTagger:
  def __init__(self, text: str, language: str,
               published: Optional[datetime.date], gazetteer: Gazetteer):
    self.text = text
    self.language = language
    self.published = published
    self.gazetteer = gazetteer
    self.context = gazetteer.country_context(text, language)
    self.events: List[EventMention] = []
    self.pending_claim: Optional[str] = None
    self.lead_place: Optional[Place] = None
    self.skip_until = self._read_dateline()
    self.sentence_index = 0

  def _read_dateline(self) -> int:
    """A wire dateline ("KABUL, March 4 (Wire) -") names the story's place;
    its date is the filing date, not the event's, so it is skipped."""
    match = _DATELINE.match(self.text)
    if match is None:
      return 0
    place = match.group("place") or match.group("titled")
    for mention in self.gazetteer.find(place.title(), self.language):
      place = self.gazetteer.resolve(mention, self.context)
      if place is not None:
        self.lead_place = place
        break
    return match.end()

  # --- one sentence ---------------------------------------------------------

  def _facts(self, sentence: str) -> _Facts:
    language = self.language
    triggers = find_triggers(sentence, language)
    dates = [d for d in find_dates(sentence, language, self.published)
             if d.role == "point"]
    casualties = find_casualties(sentence,
                                 find_quantities(sentence, language))
    places = []
    for mention in self.gazetteer.find(sentence, language):
      if mention.demonym:
        continue
      place = self.gazetteer.resolve(mention, self.context)
      if place is not None:
        places.append((mention.start, mention.end, place))
    actors = find_actors(sentence)
    folded = fold(sentence)
    claim = None
    denial = _DENIAL.search(folded) is not None
    claim_match = _CLAIM.search(folded)
    if claim_match and not _NO_CLAIM.search(folded) and not denial:
      claim = self._claimant(actors, claim_match)
    return _Facts(triggers, dates, casualties, places, actors, claim, denial,
                  _SPECULATION.search(folded) is not None,
                  _HYPOTHETICAL.search(folded) is not None)

  @staticmethod
  def _claimant(actors: List[ActorMention], claim: re.Match) -> Optional[str]:
    groups = [a for a in actors if not a.state_force]
    before = [a for a in groups if a.end <= claim.start()]
    if before:
      return before[-1].name
    after = [a for a in groups if a.start >= claim.end()]
    return after[0].name if after else None

  def _drop_disrupted_objects(self, triggers: List[Trigger]) -> List[Trigger]:
    """"Police defused a roadside bomb": the bomb is what was disrupted."""
    disrupted = [t for t in triggers
                 if t.sub_event_type == lexicon.DISRUPTED]
    if not disrupted:
      return triggers
    first = disrupted[0].start
    return [t for t in triggers
            if not (t.sub_event_type == lexicon.IED and t.start > first)]

  def _specialize_generic(self, trigger: Trigger, sentence: str) -> Trigger:
    if not trigger.generic or trigger.sub_event_type != lexicon.ATTACK:
      return trigger
    if _EXPLOSIVE_CONTEXT.search(sentence):
      return dataclasses.replace(trigger, sub_event_type=lexicon.IED)
    if _MILITARY_TARGET.search(sentence):
      return dataclasses.replace(trigger, sub_event_type=lexicon.CLASH)
    return trigger

  def tag_sentence(self, start: int, end: int) -> None:
    self.sentence_index += 1
    sentence = self.text[start:end]
    facts = self._facts(sentence)
    triggers = self._drop_disrupted_objects(
        [self._specialize_generic(t, sentence) for t in facts.triggers])
    if facts.hypothetical and not facts.casualties:
      # "threatened to attack", "fears of protests": nothing happened yet.
      triggers = [t for t in triggers if not _HYPOTHETICAL.search(
          fold(sentence[max(0, t.start - 40):t.start]))]
    candidates = self._sentence_events(sentence, start, triggers, facts)
    touched = []
    for candidate, members in candidates:
      target = self._merge_target(candidate, members, sentence)
      if target is None:
        if self._is_habit(candidate, members, sentence):
          continue
        self.events.append(candidate)
        touched.append(candidate)
      else:
        self._merge(target, candidate)
        touched.append(target)
    for event in touched:
      event.last_sentence = self.sentence_index
    if not triggers:
      self._orphan_facts(facts, sentence)
    if facts.claim:
      self._apply_claim(facts.claim, touched)

  def _sentence_events(self, sentence: str, offset: int,
                       triggers: List[Trigger], facts: _Facts):
    """[(EventMention, [Trigger])]: the sentence's triggers grouped, each
    group with the facts nearest to its triggers."""
    if not triggers:
      return []
    date_of = {}
    for date in facts.dates:
      index = _nearest(triggers, date.start, date.end)
      if index is not None and index not in date_of:
        date_of[index] = date
    groups: List[List[int]] = []
    for index, trigger in enumerate(triggers):
      placed = False
      for group in groups:
        if self._same_event_in_sentence(triggers, group, index, date_of,
                                        sentence):
          group.append(index)
          placed = True
          break
      if not placed:
        groups.append([index])
    events = []
    for group in groups:
      members = [triggers[i] for i in group]
      lead = max(members, key=lambda t: (not t.generic,
                                         _SPECIFICITY.get(t.sub_event_type, 0),
                                         -t.start))
      first = min(members, key=lambda t: t.start)
      trigger = first if lead.generic else lead
      event = EventMention(
          sub_event_type=lead.sub_event_type,
          trigger_start=offset + trigger.start,
          trigger_end=offset + trigger.end,
          sentence_start=offset, sentence_end=offset + len(sentence),
          generic=all(t.generic for t in members),
          hypothetical=facts.hypothetical)
      dates = [date_of[i] for i in group if i in date_of]
      if dates:
        self._set_date(event, dates[0])
      events.append((event, group))
    self._hand_out_facts(events, triggers, facts)
    return [(event, [triggers[i] for i in group]) for event, group in events]

  def _same_event_in_sentence(self, triggers, group, index, date_of,
                              sentence) -> bool:
    trigger = triggers[index]
    first = triggers[group[0]]
    if first.event_type != trigger.event_type and not (
        trigger.generic and trigger.event_type in _VIOLENT
        and first.event_type in _VIOLENT):
      return False
    group_dates = {date_of[i].date for i in group if i in date_of}
    own = date_of.get(index)
    if own is not None and group_dates and own.date not in group_dates:
      return False
    # "The bombing ... since 2022, when a suicide attack": the anaphor and
    # a new, dated event.
    if own is not None and not group_dates and self._anaphoric(
        sentence, first) and not trigger.generic:
      return False
    return True

  def _hand_out_facts(self, events, triggers, facts: _Facts) -> None:
    owner_of = {}
    for position, (event, group) in enumerate(events):
      for index in group:
        owner_of[index] = position

    def owner(start, end, allowed=None):
      index = _nearest(triggers, start, end, allowed)
      return None if index is None else events[owner_of[index]][0]

    for casualty in facts.casualties:
      if casualty.kind == ARRESTED:
        allowed = lambda t: t.sub_event_type == lexicon.ARRESTS
      else:
        allowed = lambda t: t.event_type != "Strategic developments"
      event = owner(casualty.start, casualty.end, allowed)
      if event is not None:
        self._add_casualty(event, casualty)
    for start, end, place in facts.places:
      event = owner(start, end)
      if event is not None and (event.place is None or _more_specific(
          place, event.place)):
        event.place = place
        event.own_place = True
    self._hand_out_actors(events, triggers, owner_of, facts)

  def _hand_out_actors(self, events, triggers, owner_of, facts) -> None:
    for actor in facts.actors:
      index = _nearest(triggers, actor.start, actor.end)
      if index is None:
        continue
      event = events[owner_of[index]][0]
      if actor.name not in event.actors:
        event.actors.append(actor.name)
      trigger = triggers[index]
      if event.perpetrator is not None:
        continue
      if event.event_type in ("Protests", "Riots") or (
          event.sub_event_type == lexicon.AGREEMENT):
        continue
      if not facts.denial and self._acts(actor, trigger, facts):
        event.perpetrator = actor.name
        event.perpetrator_status = (
            "suspected" if facts.speculative else "stated")

  def _acts(self, actor: ActorMention, trigger: Trigger,
            facts: _Facts) -> bool:
    """Is the actor the one doing it? Subject before the trigger ("police
    arrested", "Taliban fighters attacked", "a US drone strike") or agent
    after it ("killed by al-Shabaab")."""
    if actor.end <= trigger.start:
      return trigger.start - actor.end <= 60
    if actor.start >= trigger.end:
      return False
    return True

  # --- across sentences -----------------------------------------------------

  def _anaphoric(self, sentence: str, trigger: Trigger) -> bool:
    return _DEFINITE.search(fold(sentence[max(0, trigger.start - 40):
                                          trigger.start])) is not None

  def _is_habit(self, event: EventMention, members, sentence: str) -> bool:
    plural = all(_PLURAL_GENERIC.search(self.text[
        event.sentence_start + t.start:event.sentence_start + t.end])
                 for t in members if t.generic) and all(
                     t.generic for t in members)
    return (plural and event.event_date is None and event.killed is None
            and event.injured is None)

  def _merge_target(self, candidate: EventMention, members,
                    sentence: str) -> Optional[EventMention]:
    background = _is_background(candidate.event_date, self.published)
    candidate.background = background
    for event in reversed(self.events):
      if not self._compatible(event, candidate):
        continue
      if event.background != background and candidate.event_date is not None:
        continue
      if (candidate.event_date is not None and event.event_date is not None
          and not _same_date(candidate, event)):
        continue
      if (candidate.place is not None and event.place is not None
          and candidate.place.kind == "city" and event.place.kind == "city"
          and candidate.place.name != event.place.name):
        continue
      if event.background and candidate.event_date is None and not any(
          self._anaphoric(sentence, t) for t in members):
        # Only an explicit reference returns to a background event.
        continue
      return event
    return None

  @staticmethod
  def _compatible(event: EventMention, candidate: EventMention) -> bool:
    if event.sub_event_type == candidate.sub_event_type:
      return True
    if candidate.generic and event.event_type in _VIOLENT and (
        candidate.event_type in _VIOLENT):
      return True
    if event.generic and event.event_type in _VIOLENT and (
        candidate.event_type in _VIOLENT):
      return True
    return (event.event_type == candidate.event_type
            and event.event_type != "Strategic developments")

  def _merge(self, event: EventMention, candidate: EventMention) -> None:
    if event.generic and not candidate.generic:
      event.sub_event_type = candidate.sub_event_type
      event.generic = False
    elif (event.event_type == candidate.event_type and not candidate.generic
          and _SPECIFICITY.get(candidate.sub_event_type, 0)
          > _SPECIFICITY.get(event.sub_event_type, 0)):
      event.sub_event_type = candidate.sub_event_type
    if candidate.sub_event_type in (lexicon.INTERVENTION, lexicon.RIOT) and (
        event.event_type in ("Protests", "Riots")):
      event.sub_event_type = candidate.sub_event_type
    if event.event_date is None and candidate.event_date is not None:
      event.event_date = candidate.event_date
      event.date_precision = candidate.date_precision
      event.own_date = True
    if candidate.place is not None and (
        event.place is None or _more_specific(candidate.place, event.place)):
      event.place = candidate.place
      event.own_place = True
    for kind in (KILLED, INJURED, ARRESTED):
      value = getattr(candidate, kind)
      if value is not None and (getattr(event, kind) is None
                                or value > getattr(event, kind)):
        setattr(event, kind, value)
        if kind == KILLED or event.killed is None:
          event.casualty_qualifier = candidate.casualty_qualifier
    for actor in candidate.actors:
      if actor not in event.actors:
        event.actors.append(actor)
    if event.perpetrator is None and candidate.perpetrator is not None:
      event.perpetrator = candidate.perpetrator
      event.perpetrator_status = candidate.perpetrator_status
    event.sentences += 1
    event.hypothetical = event.hypothetical and candidate.hypothetical

  def _orphan_facts(self, facts: _Facts, sentence: str) -> None:
    """A sentence with no trigger ("The death toll rose to 15") adds its
    casualties to the latest current violent event, if it follows closely
    and is not a tally of a whole conflict ("an insurgency that has killed
    tens of thousands", "5,600 killed last year")."""
    current = self._current_violent()
    if current is None or self.sentence_index - current.last_sentence > 2:
      return
    if facts.dates or _AGGREGATE.search(fold(sentence)):
      return
    for casualty in facts.casualties:
      if casualty.kind != ARRESTED:
        self._add_casualty(current, casualty)

  def _current_violent(self) -> Optional[EventMention]:
    for event in reversed(self.events):
      if event.event_type in _VIOLENT and not event.background:
        return event
    return None

  def _apply_claim(self, claimant: str, touched: List[EventMention]) -> None:
    targets = [e for e in touched if e.event_type in _VIOLENT]
    event = targets[0] if targets else self._current_violent()
    if event is None:
      self.pending_claim = claimant
      return
    self._claim(event, claimant)

  @staticmethod
  def _claim(event: EventMention, claimant: str) -> None:
    event.claimed_by = claimant
    if (event.perpetrator in (None, claimant)
        or event.perpetrator_status == "suspected"):
      event.perpetrator = claimant
      event.perpetrator_status = "claimed"
    if claimant not in event.actors:
      event.actors.append(claimant)

  # --- facts ----------------------------------------------------------------

  def _set_date(self, event: EventMention, date: DateMention) -> None:
    event.event_date = date.date
    event.date_precision = date.precision
    event.own_date = True

  @staticmethod
  def _add_casualty(event: EventMention, casualty) -> None:
    current = getattr(event, casualty.kind)
    if current is not None and current >= casualty.value:
      return
    setattr(event, casualty.kind, casualty.value)
    if casualty.kind == KILLED or event.killed is None:
      event.casualty_qualifier = casualty.qualifier

  def finish(self) -> List[EventMention]:
    if self.pending_claim:
      event = self._current_violent()
      if event is not None:
        self._claim(event, self.pending_claim)
    lead = next((e for e in self.events if not e.background
                 and e.event_date is not None), None)
    lead_place = self.lead_place or next(
        (e.place for e in self.events if not e.background
         and e.place is not None), None)
    main_country = max(self.context.items(), key=lambda kv: (kv[1], kv[0]),
                       default=(None, 0))[0]
    for event in self.events:
      if not event.background and event.event_date is None and lead:
        event.event_date = lead.event_date
        event.date_precision = lead.date_precision
      event.background = _is_background(event.event_date, self.published)
      if event.place is None:
        if not event.background and lead_place is not None:
          event.place = lead_place
        elif main_country is not None:
          event.place = _country_place(self.gazetteer, main_country)
    return sorted(self.events, key=lambda e: e.trigger_start)


def _same_date(first: EventMention, second: EventMention) -> bool:
  if first.date_precision == "day" and second.date_precision == "day":
    return abs((first.event_date - second.event_date).days) <= 1
  coarse = {"year": 1, "month": 2, "day": 3}
  precision = min(coarse[first.date_precision], coarse[second.date_precision])
  if precision == 1:
    return first.event_date.year == second.event_date.year
  return (first.event_date.year, first.event_date.month) == (
      second.event_date.year, second.event_date.month)


_KIND_RANK = {"country": 0, "admin1": 1, "city": 2}


def _more_specific(new: Place, old: Place) -> bool:
  return (_KIND_RANK[new.kind] > _KIND_RANK[old.kind]
          and new.country_code == old.country_code)


def _country_place(gazetteer: Gazetteer, code: str) -> Optional[Place]:
  import pycountry
  country = pycountry.countries.get(alpha_2=code)
  if country is None:
    return None
  for name in (getattr(country, "common_name", None), country.name):
    for place in gazetteer.lookup(name) if name else ():
      if place.kind == "country" and place.country_code == code:
        return place
  return None


def tag_text(text: str, language: str,
             published: Optional[datetime.datetime],
             gazetteer: Optional[Gazetteer] = None) -> List[EventMention]:
  """The event mentions of one document's text (empty for languages other
  than SUPPORTED_LANGUAGES)."""
  if not isinstance(text, str):
    raise TypeError(f"text must be str, got {type(text).__name__}")
  if language not in SUPPORTED_LANGUAGES or not text:
    return []
  gazetteer = gazetteer or Gazetteer.load()
  day = published.date() if isinstance(published, datetime.datetime) else (
      published)
  tagger = _DocumentTagger(text, language, day, gazetteer)
  for start, end in split_sentences(text):
    if end <= tagger.skip_until:
      continue
    tagger.tag_sentence(max(start, tagger.skip_until), end)
  return tagger.finish()
