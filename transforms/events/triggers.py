"""Trigger words -> ACLED event types and sub-types, in en, fr and es.

The mapping (patterns match accent-folded, case-insensitive text):

| ACLED event type / sub-type | English | French | Spanish |
|---|---|---|---|
| Explosions/Remote violence / Suicide bomb | suicide bomber, suicide (car) bombing, suicide attack, blew himself up, detonated his explosive vest | attentat-suicide, kamikaze, s'est fait exploser | atentado suicida, terrorista suicida, se hizo estallar |
| ... / Remote explosive/landmine/IED | car/roadside/truck/motorcycle bomb, IED, improvised explosive device, landmine, bomb blast; generic: bombing, explosion, blast, exploded | voiture piegee, engin explosif (improvise), mine, explosion, attentat a la bombe | coche bomba, artefacto explosivo, mina antipersonal, explosion, atentado con bomba |
| ... / Air/drone strike | airstrike, air strike, air raid, drone strike/attack, warplanes bombed | frappe aerienne, frappe de drone, raid aerien | bombardeo aereo, ataque aereo, ataque con drones |
| ... / Shelling/artillery/missile attack | shelling, shelled, artillery fire, mortar rounds, rocket attack, missile strike | tirs d'artillerie, obus, bombardement, tirs de roquettes | bombardeo, artilleria, morteros, cohetes, misiles |
| ... / Grenade | grenade (attack) | grenade | granada |
| Battles / Armed clash | clashes, gun battle, firefight, exchange of fire, fighting between, ambush, attacked a military base/checkpoint/convoy | affrontements, combats, accrochage, embuscade, echange de tirs | enfrentamientos, combates, emboscada, intercambio de disparos |
| Violence against civilians / Attack | gunmen, opened fire, shot dead, shooting, massacre, hacked to death, beheaded; generic: attack (a military target -> Armed clash) | hommes armes, ont ouvert le feu, fusillade, massacre, tues par balles; attaque | hombres armados, sicarios, abrieron fuego, tiroteo, masacre, asesinados; ataque |
| ... / Abduction/forced disappearance | abducted, kidnapped, taken hostage, hostage-taking | enleve, kidnappe, pris en otage, rapt | secuestrados, secuestro, desaparicion forzada |
| Protests / Peaceful protest | protest(ers), demonstration, rally, marched, sit-in, went on strike | manifestation, manifestants, rassemblement, greve | protesta, manifestacion, marcha, planton, huelga |
| Protests / Protest with intervention | a protest with tear gas, water cannon, rubber bullets, dispersed, or arrests in the same sentence | + gaz lacrymogene, disperse | + gases lacrimogenos, dispersaron |
| Riots / Violent demonstration | riot(ers), torched, set fire to, looted, threw stones; protesters clashed with police | emeutes, pillages, incendie, jets de pierres | disturbios, saqueos, incendiaron, pedradas |
| Strategic developments / Arrests | arrested, detained, taken into custody, apprehended, rounded up | arrete, interpelle, garde a vue | detenidos, arrestados, capturados |
| ... / Agreement | ceasefire deal, peace agreement, truce, prisoner exchange | cessez-le-feu, accord de paix, treve | alto el fuego, acuerdo de paz, tregua |
| ... / Disrupted weapons use | defused, bomb disposal, seized explosives/weapons, foiled an attack, intercepted missiles/drones | desamorce, saisie d'armes, dejoue | desactivaron, incautaron armas |

Non-event senses are excluded: heart/panic/cyber attack, riot police,
cardiac arrest, gas or boiler explosions, football "attack".
"""

import dataclasses
import re
from typing import Dict, List, Tuple

from transforms.events.scanning import Scanner
from transforms.events.text import fold

__all__ = ["Trigger", "find_triggers", "SUB_EVENT_TYPES", "EVENT_TYPE_OF"]

SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
GRENADE = "Grenade"
CLASH = "Armed clash"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
RIOT = "Violent demonstration"
ARRESTS = "Arrests"
AGREEMENT = "Agreement"
DISRUPTED = "Disrupted weapons use"
OTHER = "Other"

EVENT_TYPE_OF: Dict[str, str] = {
    SUICIDE: "Explosions/Remote violence", IED: "Explosions/Remote violence",
    AIR: "Explosions/Remote violence", SHELLING: "Explosions/Remote violence",
    GRENADE: "Explosions/Remote violence", CLASH: "Battles",
    ATTACK: "Violence against civilians",
    ABDUCTION: "Violence against civilians", PEACEFUL: "Protests",
    INTERVENTION: "Protests", RIOT: "Riots", ARRESTS: "Strategic developments",
    AGREEMENT: "Strategic developments", DISRUPTED: "Strategic developments",
    OTHER: "Strategic developments",
}
SUB_EVENT_TYPES = tuple(EVENT_TYPE_OF)

# (pattern, sub-event type, generic). Generic triggers name an event
# without saying what kind ("the blast", "attack"): a specific trigger in
# the same sentence wins, and with "the" they may point back to an event
# already named.
_LEXICON: Dict[str, List[Tuple[str, str, bool]]] = {
    "en": [
        (r"suicide[\s-](?:car[\s-]|truck[\s-])?(?:bomb(?:er|ers|ing|ings|s)?|"
         r"attack(?:er|ers|s)?|blasts?|vests?|explosions?)", SUICIDE, False),
        (r"blew (?:himself|herself|themselves) up", SUICIDE, False),
        (r"detonated (?:his|her|their) (?:explosive |suicide )?"
         r"(?:vests?|belts?|explosives?)", SUICIDE, False),
        (r"(?:car|truck|roadside|motorcycle|parcel|pipe|nail|magnetic|sticky|"
         r"bicycle|remote[\s-]controlled|homemade|improvised|time) bombs?",
         IED, False),
        (r"bomb (?:blasts?|explosions?|attacks?)|bomb went off|bombs? "
         r"exploded", IED, False),
        (r"improvised explosive devices?|explosive devices?|(?-i:V?B?IEDs?)|"
         r"land ?mines?|booby[\s-]trap(?:ped|s)?", IED, False),
        (r"bombings?|explosions?|blasts?|exploded|detonated", IED, True),
        (r"air[\s-]?strikes?|air[\s-]?raids?|air attacks?|aerial "
         r"(?:bombardments?|attacks?|strikes?)|drone (?:strikes?|attacks?)|"
         r"(?:warplanes?|fighter jets?|jets|drones?|helicopter gunships?) "
         r"(?:struck|bombed|hit|attacked|targeted|fired)", AIR, False),
        (r"shelling|shelled|artillery (?:fire|strikes?|shells?|barrages?)|"
         r"mortar (?:fire|shells?|rounds?|attacks?|bombs?)|rocket "
         r"(?:attacks?|fire|strikes?)|rockets? (?:hit|struck|slammed|landed)|"
         r"missile (?:strikes?|attacks?)|missiles? (?:hit|struck|slammed|"
         r"landed)|(?:ballistic|cruise) missiles?|bombardments?", SHELLING,
         False),
        (r"(?:hand )?grenades?(?: attacks?)?", GRENADE, False),
        (r"clash(?:es|ed)?|gun ?battles?|firefights?|exchanges? of fire|"
         r"exchanged fire|(?:heavy )?fighting (?:between|erupted|broke out)|"
         r"heavy fighting|ambush(?:ed|es)?|attacked (?:a |an |the )?"
         r"(?:military|army|police) (?:base|post|outpost|checkpoint|convoy|"
         r"camp|station|patrol)s?|stormed (?:a |an |the )?(?:military|army) "
         r"(?:base|post|camp)s?", CLASH, False),
        (r"gunmen|opened fire|shot dead|shot and killed|(?:mass )?shootings?|"
         r"massacred?|hacked to death|beheaded|stabbing attack",
         ATTACK, False),
        (r"attack(?:s|ed)?|assault(?:ed)?", ATTACK, True),
        (r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken "
         r"hostage|took (?:\w+ )?hostages?|hostage[\s-]taking", ABDUCTION,
         False),
        (r"protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed)|"
         r"rall(?:y|ies|ied)|marched|sit-ins?|(?:went|go|going) on strike|"
         r"general strike", PEACEFUL, False),
        (r"riot(?:s|ed|ers|ing)?|torched|set fire to|looted|looting|"
         r"stone[\s-]throwing|threw (?:stones|rocks)|hurled (?:stones|rocks)",
         RIOT, False),
        (r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|taken into custody|"
         r"apprehended|rounded up", ARRESTS, False),
        (r"cease-?fire(?: (?:agreement|deal|accord))?|truce|peace "
         r"(?:deal|agreement|accord)|prisoner (?:exchange|swap)", AGREEMENT,
         False),
        (r"defus(?:ed|ing)|bomb disposal|controlled explosion|(?:foiled|"
         r"thwarted) (?:a |an )?(?:\w+ )?(?:attack|plot|bombing)s?|"
         r"(?:seized|recovered|confiscated|intercepted|shot down)(?: [\w,-]+)"
         r"{0,4}? (?:explosives?|bombs?|IEDs?|explosive devices?|weapons|"
         r"rifles|ammunition|grenades|rockets|mines|drones?|missiles?)",
         DISRUPTED, False),
    ],
    "fr": [
        (r"attentats?[\s-]suicides?|kamikazes?|(?:s'est|se sont|s’est) fait "
         r"exploser|bombe humaine|ceinture (?:d'|d’)explosifs", SUICIDE, False),
        (r"voitures? piegees?|engins? explosifs?(?: improvises?)?|engins? "
         r"pieges?|bombes? artisanales?|mines? (?:antipersonnel|artisanales?)|"
         r"attentats? a la bombe|(?-i:EEI)", IED, False),
        (r"explosions?|a explose|ont explose|bombes?", IED, True),
        (r"frappes? (?:aeriennes?|de drones?)|bombardements? aeriens?|"
         r"raids? aeriens?|attaques? (?:de|au) drones?", AIR, False),
        (r"tirs? d(?:'|’)artillerie|obus|bombardements?|tirs? de "
         r"(?:roquettes?|missiles?|mortiers?)|roquettes?|missiles?", SHELLING,
         False),
        (r"grenades?", GRENADE, False),
        (r"affrontements?|combats?|accrochages?|embuscades?|echanges? de tirs|"
         r"se sont affrontes", CLASH, False),
        (r"hommes armes|(?:ont|a) ouvert le feu|fusillades?|massacres?|tuee?s? "
         r"par balles?|abattue?s?|assaillants", ATTACK, False),
        (r"attaques?|attaquee?s?|attentats?", ATTACK, True),
        (r"enlev(?:e|es|ee|ees|ement|ements)|kidnapp(?:e|es|ee|ees)|rapts?|"
         r"pris(?:es)? en otages?|prises? d(?:'|’)otages?", ABDUCTION, False),
        (r"manifestations?|manifestants?|(?:ont|a) manifeste|rassemblements?|"
         r"sit-in|greve", PEACEFUL, False),
        (r"emeutes?|emeutiers|pillages?|pillee?s?|incendiee?s?|jets? de pierres|"
         r"saccagee?s?", RIOT, False),
        (r"arrest(?:e|es|ee|ees|ation|ations)|interpell(?:e|es|ee|ees|ation|"
         r"ations)|garde a vue|apprehende(?:e|s|es)?", ARRESTS, False),
        (r"cessez-le-feu|accord de paix|treve|echange de prisonniers",
         AGREEMENT, False),
        (r"desamorc(?:e|es|ee|ees|er|age)|dejoue(?:e|s|es)?|saisie? "
         r"(?:d(?:'|’)|de |des )(?:[\w-]+ ){0,3}(?:armes|explosifs|"
         r"munitions|engins|bombes)", DISRUPTED, False),
    ],
    "es": [
        (r"atentados? suicidas?|terroristas? suicidas?|suicidas? con "
         r"(?:bomba|explosivos)|se (?:hizo|hicieron) (?:estallar|explotar)|"
         r"kamikazes?|chalecos? (?:bomba|explosivos?)", SUICIDE, False),
        (r"(?:coches?|carros?|autos?|motos?) bomba|artefactos? explosivos?"
         r"(?: improvisados?)?|minas? (?:antipersonal|terrestres?)|atentados? "
         r"con (?:bomba|explosivos)", IED, False),
        (r"explosi(?:on|ones)|estallidos?|bombas?|explot(?:o|aron)|"
         r"detonaron", IED, True),
        (r"bombardeos? aereos?|ataques? aereos?|ataques? (?:con|de) drones?|"
         r"incursi(?:on|ones) aereas?", AIR, False),
        (r"bombardeos?|fuego de artilleria|artilleria|morteros?|cohetes?|"
         r"misiles?|proyectiles?", SHELLING, False),
        (r"granadas?", GRENADE, False),
        (r"enfrentamientos?|combates?|choques? armados?|emboscadas?|"
         r"intercambio de disparos|se enfrentaron", CLASH, False),
        (r"hombres armados|pistoleros|sicarios|abrieron fuego|abrio fuego|"
         r"tiroteos?|balaceras?|masacres?|asesinad(?:o|os|a|as)|"
         r"asesinatos?|matanzas?", ATTACK, False),
        (r"ataques?|atentados?|atacaron|atacado", ATTACK, True),
        (r"secuestr(?:o|os|ado|ados|ada|adas|aron)|desaparici(?:on|ones) "
         r"forzadas?|tomad(?:o|os|a|as) como rehenes|rehenes", ABDUCTION,
         False),
        (r"protest(?:a|as|aron|antes)|manifestaci(?:on|ones)|manifestantes|"
         r"marcha(?:s|ron)?|planton(?:es)?|huelga", PEACEFUL, False),
        (r"disturbios|saqueos?|saquearon|incendiaron|quemaron|pedradas|"
         r"vandaliz(?:aron|ado|ados)", RIOT, False),
        (r"detenid(?:o|os|a|as)|detenci(?:on|ones)|arrest(?:o|ado|ados|ada|"
         r"adas|aron)|captur(?:ado|ados|ada|adas|aron)|aprehendid(?:o|os|a|as)",
         ARRESTS, False),
        (r"alto el fuego|cese al fuego|acuerdo de paz|tregua|canje de "
         r"prisioneros", AGREEMENT, False),
        (r"desactiv(?:o|aron|ado|ada|ados|adas)|incaut(?:o|aron|ado|ados|adas|"
         r"acion)|decomis(?:o|aron|ado|ados)", DISRUPTED, False),
    ],
}

# Non-event senses, removed before matching by blanking them.
_EXCLUDE = {
    "en": r"(?:heart|panic|asthma|cyber|anxiety|shark|dog|verbal) "
          r"attacks?|attacking (?:midfielder|play|football)|riot (?:police|"
          r"gear|squad|control)|anti-riot|cardiac arrest|(?:gas|boiler|"
          r"cylinder|pipeline|population|price|demand|growth|data|transformer|"
          r"factory|mine|methane|dust|tire|tyre) (?:explosions?|blasts?)|"
          r"protest (?:vote|song)s?|rally(?:ing)? (?:cry|driver|car)|"
          r"(?:stock|market|relief) rall(?:y|ies)|blast furnaces?|"
          r"(?:markets?|stocks?|shares|prices|bonds|currenc(?:y|ies)|the "
          r"(?:dollar|euro|pound|peso|naira)) rallied",
    "fr": r"crise cardiaque|police anti-?emeutes?|attaque cardiaque|"
          r"explosion (?:de gaz|des prix)",
    "es": r"ataque (?:cardiaco|de panico)|antidisturbios|explosion de gas|"
          r"polic[ií]a antidisturbios",
}

# A protest turns into another sub-type when the same sentence says so.
_INTERVENTION = re.compile(
    r"tear ?gas|water cannons?|rubber bullets|dispers(?:ed|e|ing)|broke up|"
    r"baton[\s-]charged?|gaz lacrymogenes?|canons? a eau|balles en "
    r"caoutchouc|disperse(?:e|s|es)?|gases? lacrimogenos?|balas de goma|"
    r"dispers(?:o|aron|ada|adas)", re.IGNORECASE)
_PROTEST_VIOLENCE = re.compile(
    r"(?:clashed|clashes) with (?:police|security forces|troops)|"
    r"affrontes? (?:avec|aux) (?:les )?(?:policiers|forces)|"
    r"se enfrentaron (?:a|con) (?:la )?(?:policia|agentes)", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Trigger:
  start: int
  end: int
  sub_event_type: str
  generic: bool

  @property
  def event_type(self) -> str:
    return EVENT_TYPE_OF[self.sub_event_type]


def _compile(language: str):
  entries = _LEXICON.get(language, _LEXICON["en"])
  alternatives = []
  kinds = []
  for index, (pattern, sub_type, generic) in enumerate(entries):
    alternatives.append("(?P<t%d>%s)" % (index, pattern))
    kinds.append((sub_type, generic))
  combined = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(alternatives),
                        re.IGNORECASE)
  exclude = re.compile(_EXCLUDE.get(language, _EXCLUDE["en"]), re.IGNORECASE)
  return Scanner(combined), kinds, Scanner(exclude)


_COMPILED = {language: _compile(language) for language in _LEXICON}
# Searched in whole sentences: tried only where one of their words starts.
_INTERVENTION, _PROTEST_VIOLENCE = map(Scanner, (_INTERVENTION,
                                                 _PROTEST_VIOLENCE))


def find_triggers(sentence: str, language: str) -> List[Trigger]:
  """Event triggers in one sentence, in order, non-overlapping.

  The alternation lists specific phrases before generic ones, and Python's
  regex alternation takes the first alternative that matches at a position,
  so "suicide bombing" is one Suicide-bomb trigger, not "bombing".
  """
  combined, kinds, exclude = _COMPILED.get(language, _COMPILED["en"])
  text = exclude.blank(fold(sentence))
  triggers = []
  for match in combined.finditer(text):
    index = int(match.lastgroup[1:])
    sub_type, generic = kinds[index]
    triggers.append(Trigger(match.start(), match.end(), sub_type, generic))
  return _protest_rules(triggers, text)


def _protest_rules(triggers: List[Trigger], text: str) -> List[Trigger]:
  """Protest + tear gas -> intervention; protesters clashing with police or
  rioting -> a violent demonstration; arrests at a protest -> intervention,
  not an Arrests event of their own."""
  protests = [t for t in triggers if t.sub_event_type == PEACEFUL]
  if not protests:
    return triggers
  riot = any(t.sub_event_type == RIOT for t in triggers) or (
      _PROTEST_VIOLENCE.search(text) is not None)
  arrests = any(t.sub_event_type == ARRESTS for t in triggers)
  intervention = arrests or _INTERVENTION.search(text) is not None
  result = []
  for trigger in triggers:
    if trigger.sub_event_type == PEACEFUL:
      if riot:
        trigger = dataclasses.replace(trigger, sub_event_type=RIOT)
      elif intervention:
        trigger = dataclasses.replace(trigger, sub_event_type=INTERVENTION)
    elif trigger.sub_event_type == ARRESTS:
      continue
    elif trigger.sub_event_type == CLASH and riot:
      continue
    result.append(trigger)
  return result
