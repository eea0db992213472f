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
kept with status 'suspected' and a lower confidence. Arrests with no force
named are the police's, with status 'assumed'.

Defaults: an event without a date of its own takes the lead event's date
if it is current (not background); without a place, the dateline's or
the lead event's place; background events without a place take the
document's main country.
"""

import bisect
import dataclasses
import datetime
import re
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from transforms.events.actors import (ActorMention, find_actors,
                                      is_state_force)
from transforms.events.casualties import (ARRESTED, INJURED, KILLED,
                                          BOMBERS, MILITANT, SECURITY,
                                          find_casualties,
                                          may_name_casualties,
                                          tells_two_attackers)
from transforms.events.dates import (DateMention, day_months_back,
                                     find_dates)
from transforms.events.numbers import find_quantities, parse_number
from transforms.events.localities import find_localities
from transforms.events.places import (SMALL_CITY, Gazetteer, Place,
                                      ends_person_name, far_abroad,
                                      is_name_part,
                                      starts_longer_name, ends_longer_name,
                                      told_as_origin, names_a_group,
                                      abbreviation_as_adjective)
from transforms.events.scanning import Scanner
from transforms.events.sentences import split_sentences
from transforms.events.text import fold
from transforms.events import triggers as lexicon
from transforms.events.triggers import Trigger, find_triggers

__all__ = ["EventMention", "tag_text", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = ("en", "fr", "es")
# Older than this before publication: background, never today's event.
_BACKGROUND_DAYS = 30
# A paragraph's capitalized heading opening with a town: "BONGOR, NEUF
# JOURS APRÈS.", "KHOROG, ONE WEEK ON.", or a numbered one that is a town:
# "1. CABINDA."
_TOWN_HEADING = re.compile(r"(?:\d{1,2}[.)] )?([A-ZÀ-Þ][A-ZÀ-Þ'’ -]+)"
                           r"(?:, [A-ZÀ-Þ0-9'’ ,-]+)?\. ")
# A letter's place and date, alone on their line: "Sudbury, le samedi 11
# juillet 2026", "Lafayette, October 22, 2026.".
_LETTER_PLACE_AND_DATE = re.compile(
    r"^(?:Fait à )?([A-ZÀ-Þ][\w'’ .-]{2,40}), (?:le )?(?:\w+,? )?"
    r"(?:\d{1,2}(?:er)? \w+|[A-Z]\w+ \d{1,2},?) \d{4}\.?$", re.MULTILINE)
# The locative a dateline's place is read with.
_DATELINE_CUE = {"en": "in ", "fr": "à ", "es": "en "}
_VIOLENT = ("Explosions/Remote violence", "Violence against civilians",
            "Battles")
# The more specific sub-type wins when triggers of one family meet.
_SPECIFICITY = {
    lexicon.SUICIDE: 6, lexicon.AIR: 5, lexicon.SHELLING: 4,
    lexicon.GRENADE: 4, lexicon.IED: 3, lexicon.ABDUCTION: 3,
    lexicon.CLASH: 2, lexicon.ATTACK: 1,
}
# "the blast", "cette attaque", "L'attentat" (elided, no space).
_DEFINITE = re.compile(
    r"(?:\b(?:the|this|that|these|those|its|le|la|les|cet|cette|ce|ces|el|"
    r"los|las|este|esta|dicho|dicha)\s+|\bl['’]\s*|['’]s\s+)"
    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A lowercase noun right after a name (not a verb or a preposition).
_COMMON_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?!(?:and|or|on|in|at|to|of|from|for|with|near|is|was|were|"
    r"are|has|had|where|which|who|et|ou|sur|dans|de|du|des|pres|y|en|del|"
    r"que|qui|ont|a|est|avait)\b)[a-zé]+\b")
_THE_BEFORE = re.compile(r"\b(?:the|this|that|l['’]|le|la|cette|cet|el|"
                         r"este|esta)\s*$", re.IGNORECASE)
_PLURAL_GENERIC = re.compile(
    r"(?:attacks|bombings|explosions|blasts|assaults|bombs|shootings|"
    r"attaques|attentats|explosions|bombes|fusillades|ataques|atentados|"
    r"explosiones|bombas|tiroteos)$",
    re.IGNORECASE)
# A definite article before plural words: "the attacks", "les attaques".
# ...maybe with their day: "the 17 May attacks".
_THE_PLURAL = re.compile(r"\b(?:the|these|those|both|les|ces|deux|los|las|"
                         r"estos|estas|ambos)(?: [\w-]+){0,2} $")
# "the Montego Bay bombings": a town's name between the article and the
# event's word.
_THE_TOWN_BEFORE = re.compile(r"\b(?:[Tt]he|THE) (?:[A-Z][\w'’.-]* ){1,3}$")
# Years of them right after plural words: "shootings for two decades".
_FOR_YEARS = re.compile(
    r"\W*(?:[\w-]+ ){0,3}?(?:for|over|pendant|depuis|durante|desde hace) "
    r"(?:the (?:past|last) )?(?:(?:two|three|several|many|\d+|deux|trois|"
    r"plusieurs|des|dos|tres|varios|muchos) )?(?:decades|years|decennies|"
    r"annees|ans|decadas|anos)\b", re.IGNORECASE)
_FORCE_ON_CROWD = re.compile(
    r"\b(?:fired|opened fire|tear ?gas|live rounds|rubber bullets|"
    r"dispers\w*|break up|broke up|batons?|gaz lacrymogenes?|tire|"
    r"balles|matraques?|gases? lacrimogenos?|disparos|dispararon)\b")
# The words between a bomb and the verb that disrupted it: "were found
# and", "ont été".
_DISRUPTED_PASSIVE = re.compile(
    # "un engin explosif placé sous le pont d'Al-Ashara a été désamorcé",
    # "un engin explosif artisanal a été découvert et désamorcé".
    r"(?:\s+(?:artisanale?s?|improvis[ée]e?s?|improvised|home-?made|"
    r"artesanal(?:es)?|improvisad[oa]s?))?"
    r"(?:,?\s+(?:placed|planted|hidden|left|plac[ée]e?s?|pos[ée]e?s?|"
    r"dissimul[ée]e?s?|cach[ée]e?s?|colocad[oa]s?|escondid[oa]s?)\b"
    r"[^,;.]{0,60}?,?)?"
    r"\s+(?:were|was|had been|have been|has been|ont ete|a ete|ont été|"
    r"a été|avait ete|avait été|avaient ete|avaient été|fueron|fue)\s+"
    r"(?:\w+\s+(?:and|et|y)\s+)?", re.IGNORECASE)
# A commemoration N years on, right before the event it remembers.
_SMALL_COUNT = (r"(?:a|one|un|une|two|deux|three|trois|four|quatre|five|"
                r"cinq|six|seven|sept|eight|huit|[2-9])")
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<days>[1-9]\d?|[a-z]+(?:-[a-z]+)?) (?:days?|jours?|dias?) "
    r"(?:apres|after|despues de)|"
    r"(?P<years>un|one|a|deux|two|trois|three|cinq|five|dix|ten) "
    r"(?:an|ans|year|years)(?P<exact> jour pour jour| to the day)? "
    r"(?:apres|after|since)|(?P<weeks>" + _SMALL_COUNT + r") (?:weeks?|"
    r"semaines?)(?: today| to the day| jour pour jour)? (?:apres|after|"
    r"since)|(?P<months>" + _SMALL_COUNT + r") "
    r"(?:months?|mois)(?P<mexact> jour pour jour| to the day)? "
    r"(?:apres|after|since)|"
    r"(?P<nth>first|second|third|fifth|tenth|premier|"
    r"deuxieme|troisieme|cinquieme|dixieme) anniversa\w+ (?:of|du|de))"
    r"\s+(?:the |le |la |l'|du |de )?(?:[\w-]+ ){0,2}$", re.IGNORECASE)
# A day counted from an attack told: "on the day after the bombing", "le
# soir de l'attentat", "la veille du double attentat".
_DAY_OF_TOLD = re.compile(
    r"\b(?:(?P<after>(?:the )?day after|lendemain)|(?P<before>(?:the )?day "
    r"before|(?:the )?eve|veille)|(?:the )?(?:night|evening|morning|day) "
    r"of|(?:soir|matin|nuit|jour)) (?:of |de |du |d')?(?:the |l'|le |la |"
    r"les |this |that )?(?:[\w-]+ ){0,2}(?:bombings?|attacks?|blasts?|"
    r"explosions?|attentats?(?:-suicides?)?|attaques?)\b")
_DAY_OF_TOLD_REACH = 80
# A relative clause on the event just named, up to a date inside it.
# (Only a few words name the event before the clause: "le double
# attentat-suicide de Gyumri, qui avait fait ...", not "a rally against
# the rise in fuel prices, which went up ... on Monday".)
_CLAUSE_ON_IT = re.compile(
    r"(?: [\w'’-]+){0,3},\s*(?:qui|which|that|que|lequel|laquelle|el cual|"
    r"la cual)\b[^;:,]*(?:,[^;:,]*,[^;:,]*)?")
# A sentence that opens on the day before or after the one told last.
# ("Quatre jours plus tard, la police a dispersé une marche": days on.)
_DAY_STEP = re.compile(
    r"\s*(?:(?P<next>the (?:next|following) day|a day later|le lendemain|"
    r"al dia siguiente)|(?P<days>two|three|four|five|six|seven|eight|deux|"
    r"trois|quatre|cinq|six|sept|huit|[2-8]) (?:days|jours) (?:later|plus "
    r"tard)|the day before|the previous day|la veille|el dia "
    r"anterior)(?: au (?:soir|matin)| por la (?:noche|manana))?,",
    re.IGNORECASE)
# The words between an event and its day: "l'attentat du 19 septembre",
# "the bombing of 15 May" (not the claim's day: "claimed the attack on
# Sunday").
_OF_ITS_DAY = ("du", "de", "of", "del", "d'", "d’")
# Between a day and the event it names: "the May 9 (twin) attack".
# ("Sunday's twin suicide bombing": the weekday's possessive names it too.)
_DAY_BEFORE_IT = re.compile(
    r"(?:['’]s)?\s+(?:(?:twin|double|suicide|deadly)\s+){0,2}",
    re.IGNORECASE)
# "Today marks six months since ...", "Aujourd'hui, cela fait six mois".
_TODAY_MARKS = re.compile(r"\b(?:today|aujourd'hui)\b[^.;]{0,25}$",
                          re.IGNORECASE)
_TO_THE_DAY = re.compile(r" (?:today|to the day|jour pour jour) ")
_COUNT_WORDS = {"a": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2,
                "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5,
                "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8,
                "huit": 8}
_YEARS = {"un": 1, "one": 1, "a": 1, "first": 1, "premier": 1, "deux": 2,
          "two": 2, "second": 2, "deuxieme": 2, "trois": 3, "three": 3,
          "third": 3, "troisieme": 3, "cinq": 5, "five": 5, "fifth": 5,
          "cinquieme": 5, "dix": 10, "ten": 10, "tenth": 10, "dixieme": 10}
# "two suicide attacks", "twin bombings": plural words for a counted few.
_FEW = (r"two|three|twin|double|both|deux|trois|doubles?|dos|tres|"
        r"dobles?")
_COUNTED = re.compile(rf"\b(?:{_FEW}|\d+)\s+(?:[\w-]+\s+)?$",
                      re.IGNORECASE)
_FEW_COUNTED = re.compile(rf"\b(?:{_FEW})\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
# Bombers counted by the hundred over years, not a pair of them.
_BOMBERS_PLURAL = re.compile(r"(?:bombers|kamikazes|suicidas)$",
                             re.IGNORECASE)
# Triggers that name who acted, not what happened ("gunmen", "protesters"):
# event words all the same, but a verb or an event noun of the same group
# is the trigger to show.
_ACTOR_NOUN = re.compile(
    r"(?:gunmen|attackers|protesters|protestors|demonstrators|rioters|"
    r"hommes armes|assaillants|manifestants|emeutiers|hombres armados|"
    r"sicarios|pistoleros|manifestantes)$", re.IGNORECASE)
# Words before a trigger that say it did not happen or is a figure of
# speech: "no arrests", "aucune arrestation", "like an attack". "It did
# not say who opened fire" asks who; "Chaque fois, on a arrêté
# quelques suspects" tells a habit.
_NOT_ASSERTED = re.compile(
    r"(?:\b(?:no|aucune?|ningun[oa]?|sin|ni)\s+|\b(?:no one|nobody|nadie) "
    r"(?:\w+\s+){1,2}|\b(?:like|comme|como)\s+(?:an?|une?|una?)\s+|"
    # "moins cher qu'une embuscade", "cheaper than an ambush": a kind
    # compared, no event.
    r"\b(?:plus|moins|autant|aussi|mas|menos|more|less)\s+(?:\w+\s+){0,2}"
    r"(?:qu(?:'|’)une?|que una?|than an?)\s+|\b\w+er than an?\s+|"
    r"\b(?:not (?:say|said|know|known|clear)|unclear|unknown|"
    r"n'a pas (?:dit|precise)|ne sait pas|no (?:dijo|preciso|se sabe)) "
    r"(?:who|qui|quien(?:es)?|which (?:group|side))\s+|"
    # "Questioning is not arrest", "Une convocation n'est pas une
    # arrestation": a word defined, no event.
    r"\b(?:is|was|are) not (?:an? )?|\bn['’]est pas (?:une? )?|"
    r"\bno es (?:una? )?)"
    r"(?:[\w-]+\s+)?$|"
    r"\b(?:chaque fois|each time|every time|cada vez)\b,?\s+"
    r"(?:[\w'-]+\s+){0,3}$|"
    # "avec une énergie de kamikaze": a manner, no bomber.
    r"\b(?:energie|courage|style|allure|mentalite|attitude|fougue|rage|"
    r"energy|mentality) (?:de|d'|of an?|of)\s*$|"
    # "Le recours au kamikaze reste rare": a practice, no bomber.
    r"\b(?:recours|recourir) (?:au|aux|a l'|a la)\s*$|"
    # "fearing a bomb attack", "craignant un attentat": feared, not told.
    r"\b(?:fearing|feared|fears? of|craignant|craignait|par crainte d'|"
    r"temiendo|por temor a)\s+(?:an?|une?|una?|un|another|a new|"
    r"d'une?|d'un)?\s*$", re.IGNORECASE)
# A negated arrest, before its verb (or the "été" the trigger may begin
# with): "n'a jamais été arrêté", "was not arrested", "no fue detenido".
_NOT_ARRESTED = re.compile(
    r"(?:\bn['’](?:a|ont|avait|avaient|est|sont|etait|etaient|ait|aient) "
    r"(?:pas|jamais|toujours pas|pas encore)|\b(?:was|were|has|have|had|is|"
    r"are) (?:not|never)(?: yet)?|\b(?:wasn't|weren't|hasn't|haven't|"
    r"hadn't|isn't|aren't)(?: yet)?|\b(?:no|nunca) (?:ha|han|fue|fueron|"
    r"habia|habian))(?: (?:ete|been|sido))? $")
# A title's capitalized words after a lower-case word: "le duo Les Deux
# Kamikazes", "the band The Suicide Bombers".
_TITLE_BEFORE = re.compile(
    r"(?<=[a-zà-ÿ,] )(?:Les|The|La|Le|El|Los|Las)(?: [A-ZÀ-Þ][\w'’-]*){0,3} $")
# What an arrested man carried: "carrying a hand grenade", "en possession
# d'une ceinture d'explosifs", "capturó a cinco ... con granadas".
_CARRIED = re.compile(
    r"\b(?:carrying|transporting|in possession of|transportant|portant|"
    r"en possession d(?:e|['’])|porteurs? d(?:e|['’])|portando|"
    # Not "por su relación con el doble atentado": what they are tied to.
    r"(?<!relacion )(?<!vinculos )(?<!conexion )con)\s*"
    r"(?:[\w'’-]+\s+){0,2}$|"
    # "arrested two men ... with a motorcycle and two suicide vests".
    # (Not "in connection with a suicide bombing".)
    r"(?<!connection )(?<!connected )(?<!linked )(?<!links )(?<!ties )"
    r"\bwith (?:an?|two|three|four|\d+|several) (?:[\w'’-]+,?\s+){0,5}$")
# "arrested for looting": the reason for an arrest, not an event.
_REASON = re.compile(r"\b(?:for|over|pour|por)\s+(?:[\w-]+\s+)?$",
                     re.IGNORECASE)
# "a drone strike targeted a gathering": the protest word is the target.
_TARGET_OF = re.compile(
    r"\b(?:targeted|struck|hit|attacked|bombed|shelled|on|vise|frappe|"
    r"cible|contra|sobre)\s+(?:an?|the|une?|le|la|les|una?|el|los|las)\s+"
    r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# A gathering aimed at ("ont visé « des rassemblements de chrétiens »")
# or banned ("interdit les rassemblements jusqu'à mercredi").
_AIMED_AT_OR_BANNED = re.compile(
    r"\b(?:targeted|targeting|vise|visait|visaient|cible|ciblait|"
    r"ciblaient|banned|ban on|banning|interdit|interdire|interdiction (?:de|"
    r"des)|prohibio|prohibido|prohibir|prohibicion de|"
    # "la police demande d'éviter les rassemblements": advice, no event.
    r"avoid|avoiding|eviter|evitez|evitar|eviten)\s+[«\"“]?\s*"
    r"(?:(?:an?|the|all|des|les|tous les|toutes les|todas las|las|los|"
    r"any|une?)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_ARSON = re.compile(r"torch|fire|incendi|quem|burn", re.IGNORECASE)
_HELD_BY_COURT = re.compile(r"remanded|held in custody|detention provisoire|"
                            r"prision provisional", re.IGNORECASE)
_COURT = re.compile(
    r"\b(?:courts?|judges?|magistrates?|tribunal|pending trial|to appear|"
    r"old bailey|juges?|juge d'instruction|parquet|juez|jueza|audiencia)\b",
    re.IGNORECASE)
# Armed men who burn as they raid (not rioters).
_ARMED_MEN = re.compile(
    r"\b(?:insurgents|militants|gunmen|kidnappers|bandits|jihadists|"
    r"fighters|raiders|attackers|assailants|assaillants|hommes armes|"
    r"jihadistes|djihadistes|terroristes|ravisseurs|combattants|"
    r"ont tire sur|hombres armados|sicarios|secuestradores)\b",
    re.IGNORECASE)
_SEIZURE = re.compile(
    r"^(?:seiz|saisi|incaut|decomis|confiscat|recovered|recupere)",
    re.IGNORECASE)
# Some of the people just told: "Some threw stones", "Certains ont
# incendié" (a sentence's first words, accent-folded).
_SOME_OF_THEM = re.compile(
    r"(?:some|several|a few|others|many|certains|quelques-uns|d'autres|"
    r"plusieurs|algunos|otros|varios)(?: of them| d'entre eux| de ellos)? "
    r"(?![\d,.]*\d)", re.IGNORECASE)
# A date right after a reporting verb is when it was said, not when it
# happened ("police said on Saturday", "un comunicado divulgado el
# viernes"): kept only as a last resort for an event with no date.
_REPORTED = re.compile(
    r"\b(?:said|says|told(?: \w+)?|announced|reported|confirmed|added|"
    r"stated|declared|statement|communique|comunicado(?: \w+)?|dit|a dit|"
    r"a declare|a indique|ont indique|a annonce|a affirme|consulte|"
    r"informo|dijo|senalo|afirmo|anuncio|indico|explico|aseguro)"
    r"(?: (?:issued|released|published|read)(?: (?:in|from) [\w'-]+)?)?"
    r"\s*$",
    re.IGNORECASE)
# "claimed responsibility late on Friday for the bombing", "a revendiqué
# vendredi": the claim's day ("claimed Tuesday's bombing" is the event's).
_CLAIMED_ON = re.compile(
    r"\b(?:claimed(?: responsibility| credit)?(?: (?:late|early|later))?|"
    r"took credit|(?:took|assumed|accepted) responsibility|revendique\w*|"
    r"reivindico|"
    # "L'attentat, revendiqué par Daech lundi soir": the claimant, then the
    # claim's day.
    r"(?:claimed|revendique\w*|reivindicad[oa]s?) (?:by|par|por) "
    r"(?:[\w'’-]+ ){1,3})\s*$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# The rest of a count's clause that makes it a tally of a period: "(1,000
# people) have been killed in the state since 2020", "(400 lideres)
# asesinados en el departamento desde 2016".
# Within _TALLY_REACH characters, not past the clause: _tally_after.
_TALLY_WORDS = re.compile(
    r"\b(?:since (?:\d{4}|the (?:start|beginning))|"
    r"depuis (?:\d{4}|le debut)|desde (?:\d{4}|el inicio|principios)|"
    r"(?:so far )?this year|cette annee|este ano|in (?:the past|a) decade|"
    r"en lo que va del ano|"
    r"en (?:una|la ultima) decada)\b", re.IGNORECASE)
_TALLY_REACH = 60
_CLAUSE_PUNCTUATION = re.compile(r"[,.;:]")
_TOLL_WORD = r"\b(?:toll|bilan|saldo)\b"
# A toll's change just before a date: the date is the update's.
_TOLL_CHANGED = re.compile(
    _TOLL_WORD + r"[^.;]{0,30}?\b(?:rose|risen|climbed|reached|"
    r"increased|jumped|alourdi|passe|subio|aumento|ascendio)\b[^.;]{0,25}$",
    re.IGNORECASE)
# Places that are not where the event happened: an origin ("a
# 22-year-old from Kunduz"), a neighbourhood that shares a city's name, a
# prosecutor's jurisdiction ("La Fiscalía de Guanajuato"), a point to
# measure from ("in Tawila, some 60 km west of El Fasher").
_NOT_EVENT_PLACE = re.compile(
    r"(?:\b(?:km|kilomet(?:re|er|ro)s?|miles) (?:(?:au |al )?(?:north|south|"
    r"east|west|nord|sud|est|ouest|norte|oeste)(?:-?(?:east|west|est|ouest|"
    r"este|oeste))? (?:of|de|du|del)|from|de|from the centre of)|"
    r"\bfrom|\bdepuis (?:le |la |les |l['’])?|\bdesde (?:el |la )?|"
    r"quartier (?:de|du)|neighbou?rhood of|barrio|colonia|"
    # A group's home: "un groupe islamiste de Trinité-et-Tobago".
    r"\b(?:groupe|group|grupo|mouvement|movement|movimiento|milice|"
    r"militia|milicia)s? (?:(?:islamiste|islamist|islamista|jihadiste|"
    r"djihadiste|jihadist|yihadista|arm[ée]e?|armed|armado|rebelle|rebel|"
    r"terroriste|terrorist|terrorista|militant)s? )?(?:de|du|d['’]|del|"
    r"from|based in) (?:la |l['’])?|"
    # A group's branch: "sa branche au Mozambique".
    r"(?:branche|filiale|franchise|rama|filial) (?:au|du|de|en|d['’]|"
    r"del) (?:la |l['’])?|"
    # ...or its "province": "par l'intermédiaire de sa « province » du
    # Mozambique" (not "la province du Nord").
    r"\b(?:sa|son|leur|its|su) [«\"“]?\s*(?:province|wilaya|provincia)\s*"
    r"[»\"”]?\s*(?:du|de|d['’]|en|au|in|of|del) (?:la |l['’])?|"
    # Whose embassy: "L'ambassade de France à Bissau".
    r"embass(?:y|ies) of (?:the )?|ambassades? de |embajadas? de |"
    # Where suspects are held now: "qui sont toujours en garde à vue à
    # Brazzaville".
    r"(?:sont|est|restent|reste) (?:toujours |encore )?(?:en garde [àa] "
    r"vue|d[ée]tenue?s?|[ée]crou[ée]e?s?) [àa]|(?:are|is|remain|remains) "
    r"(?:still )?"
    r"(?:held|detained|in custody) (?:in|at)|"
    r"fiscal[ií]a(?: general)? (?:de|del)|procuradur[ií]a (?:de|del)|"
    # Where a traveller was going: "as they tried to board the Norrona to
    # the Faroe Islands", "à bord du ferry pour".
    r"\b(?:board(?:ed|ing|s)?|(?:à|a) bord d[eu]s?)(?: [\w'’-]+){0,3} "
    r"(?:to|for|bound for|pour|vers) (?:the |la |le |l['’])?|"
    # Where the wounded died or lie: "ont succombé à l'hôpital de Bol".
    r"(?:succomb\w*|died|mort[se]?|decede\w*|décédé\w*|décès|deces|"
    r"death|treated|soign\w+) "
    r"(?:(?:à|a|of|from) (?:ses|leurs|his|her|their) (?:blessures|wounds|"
    r"injuries) )?(?:[\w'’-]+ ){0,6}?(?:at|in|a|à) (?:the |l['’])?"
    # "in the provincial hospital in Koronadal".
    r"(?:(?:provincial|regional|district|general|military|main) )?"
    r"(?:hospital|h[oô]pital)"
    # "à l'hôpital de la Renaissance de N'Djamena".
    r"(?: (?:\w+ ){0,3}?(?:in|at|de|d['’]|du))?)\s*$",
    re.IGNORECASE)
# What joins a place to its country: "Brașov (Roumanie)", "Mandera, Kenya".
_ITS_COUNTRY_NEXT = re.compile(r"\s*[(,]\s*")
# A police named by its country: "French police", "la police française",
# "la policía colombiana" (not "three Rwandan soldiers", often victims).
_POLICE_AFTER = re.compile(
    r" (?:police|gendarmes|border (?:police|guards)|counter-terrorism "
    r"police)\b")
_POLICE_BEFORE = re.compile(
    r"\b(?:police|gendarmes|gendarmerie|douaniers|garde-fronti[èe]res|"
    r"polic[íi]a|guardia) $", re.IGNORECASE)


def _police_country(sentence: str, mentions) -> Optional[str]:
  """The country of the one police a sentence names by its demonym, if
  any."""
  codes = {mention.candidates[0].country_code for mention in mentions
           if mention.demonym and (
               _POLICE_AFTER.match(sentence, mention.end)
               or _POLICE_BEFORE.search(sentence, max(0, mention.start - 30),
                                        mention.start))}
  return codes.pop() if len(codes) == 1 else None


# A place naming a group's branch: "its Mozambique branch".
_BRANCH_AFTER = re.compile(r"\s+(?:branch|affiliate|chapter|franchise)\b")
# A court's town: "brought before a Mandera court" is where suspects were
# charged, not where they were arrested. ("A court in Sibi" may be where a
# bomb went off: "the double suicide bombing at the district courts in
# Mardan".)
_COURT_AFTER = re.compile(
    r"\s+(?:(?:high|magistrates'?|military|federal|district|county) )?"
    r"(?:court|tribunal)\b")
# ...nor a court suspects came before: "présentés à un tribunal de
# Mandera", "par un tribunal antiterroriste de Turbat", "brought before a
# court in Mandera" (not "a bomb went off outside the court in Quetta").
_COURT_BEFORE = re.compile(
    r"\b(?:before|by|à|a|par)\s+(?:un|une|le|la|the|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:tribunal|court)(?:\s+[\w-]+)?\s+(?:de|d['’]|du|in|at|of)\s*$",
    re.IGNORECASE)
# The area an event is compared within, not where it happened: "l'attentat
# le plus meurtrier de l'année dans le territoire de Beni", "the deadliest
# attack in the province of".
_COMPARED_WITHIN = re.compile(
    r"\b(?:deadliest|bloodiest|worst|most deadly|(?:le|la) plus "
    r"(?:meurtriere?|sanglante?|grave)|(?:le|la) pire|(?:el|la) (?:mas "
    r"mortifer[oa]|peor))\b[^.;:]{0,45}?\b(?:in|dans|en)(?: the| le| la| "
    r"l')?(?: (?:territoire|territory|province|region|district|county|"
    r"departement|departamento) (?:of|de|du|del))?\s*$", re.IGNORECASE)
# A village is no city of hundreds of thousands: "le village de Thana"
# in a Pakistani story is not Thane, India.
_VILLAGE_OF = re.compile(
    r"\b(?:village|hamlet|hameau|localite|aldea|vereda|caserio|corregimiento)"
    r"s? (?:of|de|d'|del) ?$", re.IGNORECASE)
_VILLAGE_SIZE = 100_000
# A qualifier the place found does not carry: "Lower Dir" is not Upper Dir.
_QUALIFIER_BEFORE = re.compile(
    r"\b(Lower|Upper|North|South|East|West|Northern|Southern|Eastern|"
    r"Western|Central|New|Old|Greater|Haut|Bas|Alto|Bajo) $")
# A match ends at the place (or a line break right before it) and its
# longest word ("Southern ") is 9 characters: searched this far back only,
# not from the start of the sentence again for each place.
_QUALIFIER_REACH = 12
# "for most of last year", "throughout 2024": a span, not when it happened.
_DURATION = re.compile(
    r"\b(?:for (?:most|much|all|part|the rest) of|throughout|pendant (?:la "
    r"majeure partie de |une partie de )?|durant|durante (?:buena parte de "
    r"|todo |toda )?)\s*$", re.IGNORECASE)
# A date of something still to come: "calling for another march on
# Thursday", "the trial will open on Monday". It dates no event told.
_FUTURE = re.compile(
    r"\b(?:will|calling for|call(?:ed|s)? for|plan(?:s|ned)?|scheduled|"
    r"due to|set to|expected to|another [\w-]+|next|upcoming|appell?ent a|"
    r"appelle a|prevue?s?|prochaine?|va|vont|convoque|proxim[oa]|"
    r"planea(?:n|do)?|convoca(?:n|ron|do)?|llama(?:n|ron)? a)\b"
    r"[^,;.]{0,30}$", re.IGNORECASE)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5,
             "sixieme": 6, "segundo": 2, "tercer": 3, "cuarto": 4,
             "quinto": 5, "sexto": 6}
_NTH_DAY = re.compile(
    r"\bfor a (second|third|fourth|fifth|sixth) (?:straight |consecutive |"
    r"successive )?day|pour (?:le|la) (deuxieme|troisieme|quatrieme|"
    r"cinquieme|sixieme) journee|(?:pour|durant) (?:le|un) (deuxieme|"
    r"troisieme|quatrieme|cinquieme|sixieme) jour|por (segundo|tercer|"
    r"cuarto|quinto|sexto) dia", re.IGNORECASE)
# "So this happened on Tuesday night": the date of the story told before.
_HAPPENED = re.compile(
    r"\b(?:this|it|that) (?:happened|took place|occurred)|(?:ca|cela|c'etait)"
    r" s'est (?:passe|produit)|(?:esto|eso) (?:ocurrio|paso|sucedio)",
    re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|saying|statement|claimed|affirme|"
                   r"affirment|affirmer|declare|communique|dijo|afirmo|"
                   r"comunicado)\b",
                   re.IGNORECASE)
_QUOTED = re.compile(r"[\"“«][^\"”»]{1,200}[\"”»]")
# A claim of one more attack than the one told: "the group also claimed",
# "les shebab revendiquent aussi l'attaque".
_ALSO_CLAIMED = re.compile(
    r"\b(?:also|additionally) (?:claimed|took credit)|claimed (?:another|a "
    r"second)|revendiqu\w* (?:aussi|egalement)|(?:aussi|egalement) "
    r"revendiqu|reivindic\w* (?:tambien|ademas)|tambien reivindic",
    re.IGNORECASE)
# A sentence told in the pluperfect goes on with the past it follows:
# "... avaient attaqué le commissariat de Sakhakot. Deux assaillants
# avaient été abattus", "... in 2019. Two gunmen had been shot dead".
_PLUPERFECT = re.compile(
    r"\b(?:had (?:been |also |already )?\w+(?:ed|en|t)|"
    r"(?:avai(?:en)?t|etai(?:en)?t) (?:ete |deja |aussi |egalement )?"
    r"\w+(?:e|es|s|i|is|u|us|t|ts)|"
    r"habia(?:n)? (?:sido )?\w+(?:ado|ados|ada|adas|ido|idos|ida|idas))\b")
# More people arrested than those just told: "Les deux autres ont été
# arrêtés", "Two others were detained", "otros tres fueron detenidos".
_MORE_PEOPLE = re.compile(
    r"\b(?:others?|more(?! than)|another|autres?|otros?|otras?)\b")
# The words that introduce an agent: "launched by the", "revendiqué par".
_AGENT_BEFORE = re.compile(r"\b(?:by|par|por)(?: (?:the|les?|la|l'|el|los|"
                           r"las))? ?$")
# Force against a crowd told after it ("Les gendarmes les ont dispersés à
# coups de gaz lacrymogène"); not "The crowd dispersed peacefully".
_FORCE_ON_THEM = re.compile(
    r"\b(?:" + lexicon.CROWD_FORCE_MEANS + r"|les ont disperses|"
    r"dispersed them|los dispersaron)\b")
# A sentence whose subject is the claim or its medium: "The claim,
# published by ...", "The statement, with photos of the bombers, said".
_CLAIM_SPEAKS = re.compile(
    r"\W*(?:the|its|this|le|la|ce|cette|el|su) (?:claim|statement|message|"
    r"video|audio|recording|communique|texte|comunicado|mensaje)\b",
    re.IGNORECASE)
# Where a claim is told: its statement, video or message.
_CLAIM_MEDIUM = re.compile(
    r"\b(?:statement|video|message|audio|recording|communique|"
    r"(?<=the )claim(?=,| said)|"
    r"enregistrement|texte|comunicado|mensaje|grabacion)\b", re.IGNORECASE)
# A sentence that opens with its place: "In Maiduguri, ...", "À Bamako, ".
_FRAME = re.compile(r"^\W*(?:[A-Z][\w ]{0,20}: )?(?:In|At|Near|À|A|Au|Dans|"
                    r"En|Desde)\s+(?:the\s+|la\s+|le\s+)?$")
# A country's acronym is a place only after a locative: "in the US", "à
# l'UE"; English "a US drone strike" is no locative.
# "...camp kills 11; heavy fighting in Babanusa": a fact stays in its clause.
_CLAUSE_BREAK = re.compile(r";| [-–—] ")
# Each match of _CLAUSE_BREAK holds one of these.
_CLAUSE_MARKS = (";", " -", " –", " —")
_TOLL_WORD = re.compile(_TOLL_WORD, re.IGNORECASE)
# ", and" right before a date: a new clause with its own time.
_AND_MARKS = (", and ", ", et ", ", y ")
_AND_BEFORE = re.compile(r", (?:and|et|y) (?:(?:in|on|en|le|el) )?$")
# A toll named otherwise: "so the official figure is now 21 dead", "ce
# qui porte le nombre de morts à 20".
_OFFICIAL_FIGURE = re.compile(
    r"\b(?:official|death|latest) (?:figure|count)\b|\bchiffre officiel\b|"
    r"\bnumber of (?:dead|deaths|people killed)\b|"
    r"\bnombre de (?:morts|tues|deces)\b|"
    r"\bnumero de (?:muertos|fallecidos)\b", re.IGNORECASE)
# People who went in person with the bombs: "the two bombers", "their
# vests", "les kamikazes".
_BOMBERS_TOLD = re.compile(
    r"\b(?:the (?:two |three )?bombers|explosive vests|suicide vests|"
    r"(?:the|their|his) vests?|kamikazes?|ceintures? (?:d'|d’)explosifs)\b",
    re.IGNORECASE)
# After a claim, what the claimant says it did: "claimed the bombing,
# saying it had killed 11 soldiers".
_BOAST = re.compile(
    r"\b(?:saying|claiming|adding|boasting|says|said|claims|affirmant|"
    r"assurant|disant|affirme|affirment|affirmer|assurent|dit|disent|dire|"
    r"asegurando|afirmando|diciendo) (?:that )?(?:(?:\w+ )?of )?(?:it|"
    r"they|its [\"“«]?\w+|their [\"“«]?\w+|avoir|qu'ils?|que)\b|"
    # "The group said the attack had killed 'more than 100'": the group's
    # own word on what it did.
    r"\b(?:the group|le groupe|el grupo) (?:said|says|added|affirme|"
    r"a affirme|dit|a dit|assure|a assure|dijo|afirmo)\b|"
    # "boasted that more than 60 'apostates' had died".
    r"\bboast(?:ed|s|ing)?\b|\bs'(?:est|sont) vantee?s?\b|"
    # "and claimed 40 dead", "It claimed that 60 policemen had died": the
    # claimant's own count.
    # ("claimed by al-Shabaab killed six" is no count.)
    r"\bclaim(?:ed|s|ing) (?:that )?(?!by\b)(?=[\"“«]?(?:more than |over |"
    r"at least |some )?[\w-]+ (?:[\w-]+[\"”»]? )?"
    r"(?:(?:had|have|were) (?:been )?)?"
    r"(?:dead|killed|died|deaths|casualties|victims)\b)|"
    # "et revendique plus de quarante militaires tués".
    r"\brevendiqu(?:e|ent|ant) (?=(?:plus de |pres de |au moins )?[\w-]+ "
    r"(?:[\w-]+ )?(?:morts|tues|victimes)\b)", re.IGNORECASE)
# "the deadliest since March 14, when a bomb exploded": what follows is the
# earlier event.
_SINCE_WHEN = re.compile(r"\b(?:since|depuis|desde)\b[^.;]{0,40}?,\s*"
                         r"(?:when|lorsque|quand|cuando)\b", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",\s*(?:when|lorsque|quand|cuando)\b",
                         re.IGNORECASE)
_MILITARY_TARGET = re.compile(
    r"\b(?:soldiers|troops|army|military|base|checkpoint|convoy|outpost|"
    r"barracks|patrol|police stations?|police posts?|militants|fighters|"
    # Armed civilians: "a village defence volunteers' post", "rangers".
    r"volunteers['’]? posts?|defen[cs]e volunteers|militia|rangers?|"
    r"soldats|militaires|garde nationale|national guard|customs posts?|"
    r"postes? de (?:la )?douane|"
    r"caserne|poste militaire|convoi|soldados|militares|cuartel|"
    r"base militar|convoy|patrulla|guerrilleros|arm[eé]e|d[eé]tachement|"
    r"patrouilles?|gendarmerie|ej[eé]rcito|puesto militar|commissariat|"
    r"poste de police|estaci[oó]n de polic[ií]a|comisar[ií]a)\b",
    re.IGNORECASE)
_EXPLOSIVE_CONTEXT = re.compile(r"\b(?:bomb|explosive|explosif|explosivo)",
                                re.IGNORECASE)
_SPECULATION = re.compile(
    r"\b(?:may have|might have|could have|may be|might be|suspected of|"
    r"suspected (?:to|that)|are suspected|is suspected|likely|probably|"
    r"possibly|believed to|thought to|blamed|"
    r"accused|pointed the finger|more likely|soupconne|soupconnes|probable|"
    r"probablement|pourrait|aurait|sospecha|sospechoso|presunt[oa]s?|"
    r"probablemente|podria|habria|atribuy[oe]n?)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:threat(?:ened|ens)? (?:of|to)|plans? to|planned to|plotting|"
    r"vowed to|warn(?:ed|s|ing)? (?:of|that|against)|fears? of|feared|"
    r"risk of|would|could|menace d|menacent de|prevoit de|amenaz[oa] con|"
    r"planea|podrian)\b", re.IGNORECASE)
_STILL_TO_COME = re.compile(
    # (Through a relative clause: "la marche blanche, qui partira".)
    r"(?:, (?:qui|which|that|que) )?"
    r"[^,;.]{0,40}?\b(?:(?:is|are) (?:being )?(?:planned|scheduled|"
    r"expected to (?:take place|start|leave|go ahead)|announced for)|will "
    r"(?:be held|take place|go ahead|start|leave|set off)|(?:est|sont) "
    # "Une marche des femmes est annoncée pour vendredi".
    r"(?:prevue?s?|programmee?s?|annoncee?s? pour)|aura lieu|auront lieu|"
    r"se tiendra|partira|"
    r"(?:sera|seront) organisee?s?|will be organi[sz]ed|"
    r"(?:esta|estan) (?:prevista|programada|anunciada)s?|se realizara)\b")
_CLAIM = re.compile(
    r"\b(?:claimed (?:responsibility|the|it|credit|both|by|this|these|"
    r"[\w-]+['’]s)|"
    # "The attack was claimed on Monday by the Islamic State group".
    r"claimed (?:(?:late |early )?on (?:\w+ ){1,3}?|yesterday |overnight )"
    r"by\b|"
    # "claimed a suicide car bombing", not "claimed a victory".
    r"claimed (?:a|an|two) (?=(?:[\w-]+ ){0,3}(?:attacks?|bombings?|"
    r"ambush|assault|raid|strike|killing|massacre|kidnapping|abduction)\b)|"
    # "The PKK claims the attack two days later": a timeline's present.
    r"claims (?:responsibility|credit|both|the (?=(?:[\w-]+ ){0,3}?"
    r"(?:attacks?|bombings?|ambush|assault|raid|strike|killing|massacre|"
    r"kidnapping|abduction|blast|explosion)\b))|"
    r"claims? of "
    r"responsibility|took credit|take credit|(?:put|puts|putting) out a claim|"
    r"(?:took|take|takes|taking|assumed|accepted) responsibility|"
    r"(?:issued|posted|published) a claim|"
    # "Islamic State's claim, which the Commissioner called credible".
    r"(?<=['’]s )claim\b|"
    r"(?:later|quickly|swiftly|subsequently|last) claimed|"
    # "an attack the group claimed": the claimant named just before.
    r"(?:(?<=the group )|(?<=the militants )|(?<=the jihadists ))"
    r"(?:later )?claimed\b(?! (?:that|to)\b)|"
    # "the twin bombing, which Islamic State claimed": the group inside.
    # Not "which was claimed by JAS", "which never claimed the attack".
    r"(?P<relative>(?:which|that) (?:(?!(?:was|were|is|are|been|has|have|"
    r"had|never|not|no)\b)[\w'-]+ ){1,4}?(?:has |had |have )?"
    r"(?:later |quickly |swiftly )?"
    r"claimed\b(?! (?:that|to|was|were|had|it)\b))|"
    r"(?P<said>(?:said|says) (?:in a statement |on \w+ )?(?:that )?(?:it|"
    r"they|(?:(?:one|two|three|four|both|several) of )?its (?:fighters|men|"
    r"militants|members|suicide bombers|soldiers)) "
    r"(?:had )?(?:carried out|was behind|were behind|was responsible|were "
    r"responsible|ambushed|attacked|stormed|struck))|revendiqu\w*|"
    r"revendication\b|(?:affirme|dit|assure) "
    r"(?:etre|avoir ete) (?:a l'origine|derriere|responsable|l'auteur)|"
    r"reivindic\w*|se atribuy\w*|asumi\w* la autoria)", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|"
    r"not responsible|no involvement|dementi|dement\w*|nie |a nie|"
    r"rejete|nego|niega|negaron|rechaz\w*)\b", re.IGNORECASE)
_RIVAL_CLAUSE = re.compile(
    r"\b(?:while|whereas|but|although|tandis que|alors que|mais|mientras|"
    r"pero)\b")
# "In 2019, it claimed a suicide attack", "il avait revendiqué": only a
# group claims an attack, so the pronoun is the group last named.
_PRONOUN_CLAIMS = re.compile(r"\b(?:it|il|elle)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)
# "The group", "the militants": the claimant named before.
_GROUP_ANAPHOR = re.compile(
    r"\b(?:the (?:group|militants|faction|insurgents|jihadists)|le groupe|"
    r"les jihadistes|el grupo)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# The claim told as a thing: "the claim came late on Monday".
_THE_CLAIM = re.compile(r"\b(?:the|its|la|sa|su) (?:claim|revendication|"
                        r"reivindicacion)\b", re.IGNORECASE)
# A sentence's subject that can only be the claimant just named.
_PRONOUN = r"\W*(?:they|it|ils|elles|ellos)"
_PRONOUN_SUBJECT = re.compile(_PRONOUN + r"\s+", re.IGNORECASE)
_ITS = re.compile(r"\W*(?:its|their|son|sa|ses|leurs?|su|sus)\s+",
                 re.IGNORECASE)
# ...which speaks: "It says two fighters carried out the attack and speaks
# of 'more than a hundred' killed".
_PRONOUN_SAYS = re.compile(
    _PRONOUN + r" (?:also )?(?:says?|said|claims?|"
    r"claimed|adds?|added|affirment|affirme|disent|dit|assurent|ajoutent|"
    r"dicen|afirman)\b", re.IGNORECASE)
_NO_CLAIM = re.compile(
    r"\b(?:(?:no (?:group|one)|nobody) (?:has |had )?(?:yet )?claim(?:ed|s)|"
    r"neither (?:group )?"
    r"(?:has |had )?claimed|(?:has|had|have) not (?:yet )?claimed|"
    r"(?:hasn't|hadn't|did not|didn't) claim|"
    r"has not been claimed|not yet claimed|aucun groupe|"
    r"n'a (?:pas )?ete revendique|ningun grupo|no ha sido reivindicado)",
    re.IGNORECASE)
_PERPETRATOR_BY = re.compile(
    r"\bby (?:suspected |alleged |the )?$|\bpar (?:des |les |l'|le |la )?$|"
    r"\bpor (?:el |la |los |las |presuntos )?$|blamed (?:\w+ ){0,3}on "
    r"(?:the )?$", re.IGNORECASE)
# Not "have since died" (an adverb) nor "a 52-year-old driver" (an age).
# What may end a timeline's heading after its date: "Mars 2024.".
_HEADING = re.compile(r"\s*[.:\u2013\u2014-]?\s*")
# A title line's closing date, after a dash or the place it was issued
# in, with the hour and the document's kind perhaps: "- GABORONE, TUESDAY
# 21 APRIL 2026, 11:00 - VERBATIM TRANSCRIPT".
_TITLE_DATE_START = re.compile(r"(?:[-\u2013\u2014|]|[A-Z]{3},)\s*$")
_TITLE_DATE_END = re.compile(r"(?:,?\s*\d{1,2}[:h.]\d{2})?"
                             r"(?:\s*[-\u2013\u2014|]\s*[^\n]{0,40})?\s*")
_HEADING_LENGTH = 32  # "Mercredi 14 septembre 2026 :"
# A toll's noun just before the attack it counts: "The toll from the".
_TOLL_OF = re.compile(
    r"\b(?:toll|bilan|saldo) (?:from|of|in|de|du|del) (?:the |l'|la |el )?$")
# The same with the event's own words between: "the toll of the twin".
_TOLL_OF_WORDS = re.compile(_TOLL_OF.pattern[:-1] + r"(?:[\w-]+ ){0,2}$")
# Who or what an attack already told is named through: "les suspects de
# l'attentat", "victims of the bombing", "the investigation into the
# attack" (accent-folded).
_REFERRED = re.compile(
    r"\b(?:suspects?|auteurs?|commanditaires?|victims?|victimes?|"
    r"survivors?|survivants?|rescapes?|investigation|inquiry|probe|enquete|"
    r"sospechosos?|autores?|victimas?|investigacion|accused|charged) "
    r"(?:de l'|du |de la |des |of the |in the |into the |from the |over "
    r"the |sur l'|sur le |sur la |del |de la )$")
# The same with the event's own words between: "suspects in the twin".
_REFERRED_WORDS_BEFORE = re.compile(_REFERRED.pattern[:-1]
                                    + r"(?:[\w-]+ ){0,2}$")
# A verb between an event named and a date: the date is the verb's (not
# in a relative clause: "l'attentat qui a visé le commissariat le 22 mai").
_VERB_BETWEEN = re.compile(
    r"\b(?<!qui )(?<!which )(?<!that )(?<!que )(?:ont|sont|est|etaient|"
    r"ete|were|was|have|has|had|is|are|han|fueron|fue)\b")
# A kind of attack described, not one told.
_TACTIC = re.compile(
    r"\b(?:tactics?|hallmarks?|modus operandi|trademark|tactiques?|"
    r"mode operatoire|marque de fabrique|tacticas?|sello)\b", re.IGNORECASE)
_AGGREGATE = re.compile(
    r"\b(?:insurgency|conflict|war|violence|(?<!have )(?<!has )(?<!had )"
    # "The toll has not changed since Sunday: 22 dead" is the toll.
    r"(?<!changed )"
    # "seven dead so far" is a running toll, "so far this year" a tally.
    r"since|(?<!-)years?(?!-)|so far (?:this|in|across|nationwide)|"
    r"altogether|in total|conflit|guerre|violences|annees?|"
    # "Deux blessés ont succombé depuis, portant le bilan à 18": since the
    # attack, not a tally since a date.
    r"depuis(?![,.;]| (?:a|au|dans)\b)|"
    r"conflicto|guerra|violencia|desde|anos)\b", re.IGNORECASE)
# "11 of the wounded", "deux des morts": part of a toll already told.
_PART_OF_TOLL = re.compile(
    r"\b(?:of the|des|d'entre les|de los|de las) (?:wounded|injured|dead|"
    r"blesses|morts|tues|heridos|muertos)\b", re.IGNORECASE)
# "KABUL, March 4 (Wire) -", "MOSUL, Iraq -", "Quetta (Northwire) -": a
# place in capitals, or any place followed by an agency in brackets.
# Its day: "March 4", "4 mars", "14 de marzo", with or without the year.
_DATELINE_DAY = (r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
                 r"\d{1,2}\s+(?:de\s+)?[a-zûé]{3,10}\.?"
                 r"(?:\s+(?:de\s+)?\d{4})?)")
# "Constantine (Algérie), 10 mars (Agence) –": the country, then the day.
_COUNTRY_IN_BRACKETS = r"\s*\([A-ZÀ-Þ][\w'’ -]{2,30}\)(?=,|\s*\()"
_WIRE_NOTE = re.compile(
    r"\s*\((?:Corrects|Adds|Updates|Recasts|Changes|Rewrites|Refiles|"
    r"Repeats|Fixes|Corrige|Ajoute|Actualise|Actualiza|A[nñ]ade|"
    # "(ACTUALISATION : nouveau bilan, interpellations, ...)", after the
    # dateline as often as before it.
    r"(?i:actualisation|actualizaci[oó]n|update \d|corrected|rectificatif))\b"
    r"[^()]{0,300}\)\s*")
_DATELINE = re.compile(
    r"\s*(?:(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{2,40}?)"
    # ...or its province: "POLOMOLOK, South Cotabato -".
    r"(?:,\s*(?P<country>[A-Za-zÀ-ÿ.]+(?: [A-Z][A-Za-zÀ-ÿ.]+)?)|"
    + _COUNTRY_IN_BRACKETS + r")?"
    r"(?:,?\s*" + _DATELINE_DAY + r")?"
    r"\s*(?:\([^)]{1,40}\))?|(?P<titled>[A-Z][\w'’.\- ]{2,40}?)"
    r"(?:" + _COUNTRY_IN_BRACKETS + r")?(?:,\s*" + _DATELINE_DAY + r")?"
    r"\s*\([^)]{1,40}\))"
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
  # A village the gazetteer does not know, named in its own sentence(s),
  # and the country of the known place nearest to it there, if any.
  locality: Optional[str] = None
  locality_country: Optional[str] = None
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
  # Its day counted a week back from another ("une semaine après le double
  # attentat-suicide"): roughly, so a day named with it later ("l'attentat
  # du 19 septembre", date_named) replaces it.
  date_counted: bool = False
  date_named: bool = False
  # Told as a side story ("Separately, a drone hit ..."): a later toll goes
  # to it only if it names its place.
  aside: bool = False
  # When its sentence says it was reported: the date of last resort.
  reported: Optional[DateMention] = None
  # The one day told in the sentence just before it, which named no event
  # ("The investigation moved fast on Saturday. Counter-terrorism forces
  # arrested seven suspects"): the date of next-to-last resort.
  scene: Optional[DateMention] = None
  # Named only as what another event points at ("arrested the day after
  # the Birkirkara bombings"): the sentence that tells it gives its words.
  pointed: bool = False
  # Largest count of killed per victim group (casualties.SECURITY,
  # MILITANT, "" for anyone): (value, qualifier).
  killed_by_group: Dict[str, Tuple[int, str]] = dataclasses.field(
      default_factory=dict)

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


class _once:  # pylint: disable=invalid-name
  """A property computed on first read and then kept in the instance:
  functools.cached_property without the lock it takes on Python 3.11,
  which cost more than most facts; one sentence's facts stay in one
  thread."""

  def __init__(self, compute):
    self._compute = compute
    self.__doc__ = compute.__doc__

  def __set_name__(self, owner, name):
    self._name = name

  def __get__(self, instance, owner=None):
    if instance is None:
      return self
    # Not a data descriptor: the stored value hides it from now on.
    value = instance.__dict__[self._name] = self._compute(instance)
    return value


class _Facts:
  """What one sentence says, with offsets relative to the sentence.

  Each fact is read on first use and kept: most sentences name no event,
  and for them the tagger asks only whether they claim an attack and, near
  an event, their tolls and dates ("The death toll rose to 15"), so their
  places, actors and most cues are never read.
  """

  def __init__(self, sentence: str, document: "_DocumentTagger",
               following: str = ""):
    self.sentence = sentence
    self.following = following  # the next sentence read
    self._document = document
    self._language = document.language
    self._published = document.published

  @_once
  def triggers(self) -> List[Trigger]:
    return find_triggers(self.sentence, self._language, self.following)

  @_once
  def folded(self) -> str:
    """The sentence without accents. fold() maps character for character,
    so a slice of this is the fold of the same slice of the sentence."""
    return fold(self.sentence)

  @_once
  def _dated(self) -> Tuple[list, list, list]:
    """(dates, reported, started): point dates of happening, point dates
    of saying, and the days ongoing events began."""
    sentence, folded = self.sentence, self.folded
    dates, reported, started = [], [], []
    for date in find_dates(sentence, self._language, self._published):
      if self._document_date(date):
        reported.append(date)
        continue
      if date.role == "since" and _WHEN_AFTER.match(sentence, date.end):
        # "the deadliest since March 14, when a bomb exploded": the day of
        # the earlier event.
        dates.append(date)
        continue
      if date.role == "since" and date.precision == "day":
        started.append(date)  # "killed since Saturday": a days-long event
      if date.role != "point":
        continue
      before = folded[max(0, date.start - 30):date.start]
      if _DURATION.search(before):
        continue
      if _FUTURE.search(folded[max(0, date.start - 45):date.start]):
        continue
      if _TOLL_CHANGED.search(folded[max(0, date.start - 60):date.start]):
        reported.append(date)  # "the toll rose to 23 on Thursday"
        continue
      claimed_on = (_CLAIMED_ON.search(before)
                    and not _POSSESSIVE.match(sentence, date.end))
      (reported if claimed_on or _REPORTED.search(before)
       else dates).append(date)
    return dates, reported, started

  def _document_date(self, date: DateMention) -> bool:
    """"UNION - STATEMENT ON THE MONTEGO BAY BOMBINGS - Sunday 18 October
    2026": the date closing the title line is the document's, not the
    bombings'."""
    published = self._published
    return (published is not None and date.precision == "day"
            and abs((date.date - published).days) <= 1
            and _TITLE_DATE_END.fullmatch(self.sentence, date.end)
            and _TITLE_DATE_START.search(self.sentence, 0, date.start)
            and self._document.title_line.endswith(self.sentence.rstrip()))

  @property
  def dates(self) -> List[DateMention]:
    return self._dated[0]

  @property
  def reported(self) -> List[DateMention]:
    """Dates of saying, not of happening."""
    return self._dated[1]

  @property
  def started(self) -> List[DateMention]:
    """"since Monday": when an ongoing event began."""
    return self._dated[2]

  @_once
  def quantities(self) -> list:
    return find_quantities(self.sentence, self._language)

  @_once
  def counts_end(self) -> List[int]:
    """Where each number (with its qualifier) ends."""
    return [q.end for q in self.quantities]

  @_once
  def _casualty_reading(self) -> Tuple[list, bool]:
    """(casualties, propaganda): tallies of a period and quoted figures
    of an armed group's statement are dropped, and propaganda says some
    were."""
    if not may_name_casualties(self.sentence):
      return [], False  # no casualty word: its numbers need not be read
    casualties = [c for c in find_casualties(
        self.sentence, self.quantities, self._document.two_attackers)
                  if not _tally_after(self.folded, c.end)]
    if not casualties or _RETRACTED.search(self.folded):
      # "Correction: an earlier version of this article said 22 were
      # killed": a figure taken back.
      return [], False
    corrected = _CORRECTED_AFTER.search(self.folded)
    if corrected is not None:
      casualties = [c for c in casualties if c.start > corrected.start()]
    says = self._claim_match or _SAYS.search(self.folded)
    speaker = [a for a in self.actors if says and a.end <= says.start()][-1:]
    # "The statement named the bombers and said they had killed 'more than
    # 100'", right after the claim: the claim's own words go on.
    # ...and so does "It says two of its fighters carried out the attack".
    pronoun_says = _PRONOUN_SAYS.match(self.folded)
    claim_goes_on = ((self._claim_match is None or pronoun_says)
                     and self._document.claimed_lately()
                     and self._claimant_speaks()
                     and not self._state_speaks())
    group_claim = self._group_claims()
    if (group_claim or claim_goes_on
        or speaker and not speaker[0].state_force):
      # An armed group's own figures, quoted ("had killed 'more than 60
      # policemen'"), are propaganda, not a toll.
      quoted = [m.span() for m in _QUOTED.finditer(self.sentence)]
      if group_claim or claim_goes_on:
        # "claimed the bombing, saying it had killed 11 soldiers": what
        # the claimant says it did is its figure too, quoted or not.
        if claim_goes_on:
          boast_from = 0
        elif self._claim_match.group("said") or _BOAST.pattern.match(
            self.folded, self._claim_match.start()):
          # "says its fighters ambushed ... and killed eleven", "et
          # revendique plus de quarante militaires tués": the claim is the
          # boast.
          boast_from = self._claim_match.start()
        else:
          boast_from = self._claim_match.end()
        # "The claim ... named the two attackers and said more than 50
        # had been killed": the claim itself speaks.
        boast = _BOAST.search(self.folded, boast_from) or (
            pronoun_says or _SAYS.search(self.folded)
            if claim_goes_on and (pronoun_says
                                  or _CLAIM_SPEAKS.match(self.folded))
            else None)
        if boast is not None:
          quoted.append((boast.start(), len(self.sentence)))
      kept = [c for c in casualties if not any(
          start <= c.start and c.end <= end for start, end in quoted)]
      return kept, len(kept) < len(casualties)
    return casualties, False

  def _claimant_speaks(self) -> bool:
    """The claim's statement or its group speaking: "The statement said",
    "Le groupe y affirme que"."""
    if (_CLAIM_MEDIUM.search(self.folded) is not None
        or _PRONOUN_SAYS.match(self.folded)):
      return True
    boast = _BOAST.search(self.folded)
    # "It claimed that 60 policemen had died": only a claimant claims.
    # "The group said the attack had killed ...", "Ils affirment avoir
    # visé ...": the group speaks.
    return boast is not None and (
        boast.group().lower().startswith(
            ("claim", "the group", "le groupe", "el grupo"))
        or _GROUP_ANAPHOR.search(self.folded, 0, boast.start())
        or _PRONOUN_SUBJECT.fullmatch(self.folded, 0, boast.start())
        # "Its boast of 'more than 40 infidels killed' is false".
        or _ITS.fullmatch(self.folded, 0, boast.start()))

  def _state_speaks(self) -> bool:
    """A state force named before the first quotation or boast ("Dans un
    communiqué, l'état-major a affirmé que « plusieurs dizaines »"):
    the figures are its own, not a claimant's."""
    cut = min([m.start() for m in (_QUOTED.search(self.sentence),
                                   _BOAST.search(self.folded)) if m]
              + [len(self.sentence)])
    return any(a.state_force and a.end <= cut for a in self.actors)

  @property
  def casualties(self) -> list:
    return self._casualty_reading[0]


  @property
  def propaganda(self) -> bool:
    return self._casualty_reading[1]

  @property
  def tolls(self) -> list:
    """The killed and injured counts (not the arrested)."""
    return [c for c in self.casualties if c.kind != ARRESTED]

  @_once
  def places(self) -> List[Tuple[int, int, Place]]:
    sentence, gazetteer = self.sentence, self._document.gazetteer
    context = self._document.context
    places = []
    self.places_elsewhere = []
    mentions = gazetteer.find(sentence, self._language)
    police = _police_country(sentence, mentions)
    police_context = None
    if police is not None:
      police_context = dict(context)
      police_context[police] = max(context.values(), default=0.0) + 1.0
    for mention in mentions:
      if mention.demonym:
        continue
      if self.places_elsewhere and _ITS_COUNTRY_NEXT.fullmatch(
          sentence, self.places_elsewhere[-1][1], mention.start):
        # "le tribunal de Brașov (Roumanie)": the country of a place
        # elsewhere is elsewhere too.
        self.places_elsewhere.append((mention.start, mention.end))
        continue
      if _NOT_EVENT_PLACE.search(sentence[max(0, mention.start - 70):
                                          mention.start]) or (
          _COMPARED_WITHIN.search(self.folded[max(0, mention.start - 70):
                                              mention.start])) or (
          told_as_origin(sentence, mention.start)) or (
          names_a_group(sentence, mention)):
        # Known, so no locality either: "died in a military hospital in
        # Mawsil" names no village Mawsil.
        self.places_elsewhere.append((mention.start, mention.end))
        continue
      if (_BRANCH_AFTER.match(sentence, mention.end)
          or _COURT_AFTER.match(sentence, mention.end)
          or _COURT_BEFORE.search(sentence, max(0, mention.start - 60),
                                  mention.start)):
        # "claimed by Islamic State through its Mozambique branch": the
        # group's, not the event's; nor is a court's town.
        self.places_elsewhere.append((mention.start, mention.end))
        continue
      if abbreviation_as_adjective(sentence, mention):
        continue
      if is_name_part(sentence, mention) or ends_person_name(sentence,
                                                              mention):
        continue
      if _HYPHENATED_ON.match(sentence, mention.end):
        continue  # "Goma-Tsé-Tsé" (Congo) is no Goma (DR Congo).
      if police_context is not None and any(
          p.country_code == police for p in mention.candidates):
        # "French police arrested a man in Forbach" in a story on Germany:
        # the French Forbach, where French police arrest.
        place = gazetteer.resolve(mention, police_context)
      else:
        place = gazetteer.resolve(mention, context)
      if (place is not None and place.kind == "city"
          and not context.get(place.country_code)
          and (context or place.population < SMALL_CITY)
          and (starts_longer_name(sentence, mention)
               or ends_longer_name(sentence, mention))):
        # "Banda Daud Shah" in a Pakistani story: a local name starting
        # with a town abroad (Banda, India) is not that town; nor, in a
        # story naming no country, a small one ("Adel Bagrou" is no Adel
        # of Georgia).
        continue
      if (place is not None and place.kind == "city"
          and place.population < SMALL_CITY
          and far_abroad(context, place)
          and _THE_BEFORE.search(sentence, max(0, mention.start - 5),
                                 mention.start)
          and _COMMON_NOUN_AFTER.match(sentence, mention.end)):
        # "at the Broadway bus terminus" in a Zambian story: a name of the
        # terminus, not a small town abroad.
        continue
      if (place is not None and place.kind == "city"
          and place.population >= _VILLAGE_SIZE
          and _VILLAGE_OF.search(self.folded[max(0, mention.start - 20):
                                             mention.start])):
        continue
      qualifier = _QUALIFIER_BEFORE.search(
          sentence, max(0, mention.start - _QUALIFIER_REACH), mention.start)
      if qualifier and place is not None and (
          qualifier.group(1) not in place.name):
        continue
      if place is not None:
        places.append((mention.start, mention.end, place))
    item = _ROUNDUP_ITEM.match(sentence)
    if item is not None:
      # The item's country, in capitals ("PERU - "), which the gazetteer
      # reads only as a name: it places the item's villages.
      name = item.group().strip(" -–—\t\n")
      places[:0] = [(item.start(), item.end(), place) for place in (
          gazetteer.resolve(mention, context)
          for mention in gazetteer.find(name.title(), self._language))
                    if place is not None and place.kind == "country"][:1]
    return places

  @_once
  def actors(self) -> List[ActorMention]:
    return find_actors(self.sentence)

  @_once
  def localities(self) -> List[Tuple[int, int, str]]:
    # self.places first: reading it fills self.places_elsewhere.
    return find_localities(
        self.sentence, [(start, end) for start, end, _ in self.places]
        + self.places_elsewhere
        + [(actor.start, actor.end) for actor in self.actors])

  @_once
  def denial(self) -> bool:
    return _DENIAL.search(self.folded) is not None

  @_once
  def _claim_match(self) -> Optional[re.Match]:
    return _CLAIM.search(self.folded)

  @property
  def claim_start(self) -> int:
    """Where the claim's words start in the sentence (with ``claim`` set)."""
    return self._claim_match.start()

  def _group_claims(self) -> bool:
    """Whether the sentence's claim words are an armed group's. "The PDF
    says its fighters ambushed a convoy" claims it; the army saying it
    "carried out" strikes claims nothing."""
    claim_match = self._claim_match
    if claim_match is None:
      return False
    if not claim_match.group("said"):
      return True
    speaker = [a for a in self.actors if a.end <= claim_match.start()][-1:]
    if not speaker:
      # "the group said two of its soldiers had struck": the claimant
      # named before.
      return _GROUP_ANAPHOR.search(self.folded, 0,
                                   claim_match.start()) is not None
    return not speaker[0].state_force

  @_once
  def claim(self) -> Optional[str]:
    """Who claims responsibility, unless the claim is denied or absent."""
    claim_match = self._claim_match
    if self._group_claims() and not _NO_CLAIM.search(self.folded) and not (
        self.denial and not self._rival_denies(claim_match)):
      return _claimant(self.actors, claim_match)
    return None

  def claim_match_after(self, subject: re.Pattern) -> bool:
    """Whether an undenied claim names no group but follows `subject`
    ("The group later claimed ...")."""
    claim_match = self._claim_match
    return (claim_match is not None and not self.denial
            and not _NO_CLAIM.search(self.folded)
            and subject.search(self.folded, 0, claim_match.start())
            is not None)

  def _rival_denies(self, claim_match: re.Match) -> bool:
    """"ISWAP claimed the attack, while the rival JAS faction denied it",
    "Boko Haram denied any role, while ISWAP claimed it": a denial in a
    clause of its own is another group's."""
    after = self.folded[claim_match.end():]
    denial = _DENIAL.search(after)
    if denial is not None:
      # "...revendiqué par l'État islamique, et le groupe Dawlah Islamiyah
      # ... a démenti": another group named after the claimant denies.
      if _RIVAL_CLAUSE.search(after, 0, denial.start()) is not None:
        return True
      claimant = _claimant(self.actors, claim_match)
      denial_start = claim_match.end() + denial.start()
      claimant_at_claim = any(
          a.name == claimant and a.start >= claim_match.start() - 40
          and a.end <= claim_match.end() + 40 for a in self.actors)
      return claimant is not None and claimant_at_claim and any(
          a.name != claimant and not a.state_force
          and claim_match.end() < a.start and a.end <= denial_start
          for a in self.actors)
    before = self.folded[:claim_match.start()]
    denial = _DENIAL.search(before)
    return denial is not None and _RIVAL_CLAUSE.search(
        before, denial.end()) is not None

  @_once
  def force_on_crowd(self) -> bool:
    """Force used on a crowd ("fired live rounds to break up the crowd"):
    read only when a peaceful protest could take the sentence's toll."""
    return _FORCE_ON_CROWD.search(self.folded) is not None

  @_once
  def stopped_bomber(self) -> bool:
    """A bomber stopped before the blast: read for the sentence's triggers
    and again for its casualties."""
    return _STOPPED_BOMBER.search(self.folded) is not None

  @_once
  def speculative(self) -> bool:
    return _SPECULATION.search(self.folded) is not None

  @_once
  def hypothetical(self) -> bool:
    return _HYPOTHETICAL.search(self.folded) is not None

  @_once
  def barriers(self) -> List[int]:
    """Where clauses end: ';', dashes, and ", and" before a date of its own
    ("a bomb ... wounded fourteen people, and last March, gunmen
    abducted")."""
    sentence = self.sentence
    found = []
    if any(mark in sentence for mark in _CLAUSE_MARKS):
      # (Most sentences have none: re would stop at every space.)
      found = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    if any(mark in sentence for mark in _AND_MARKS):
      found += [date.start - 1 for date in self.dates
                if _AND_BEFORE.search(sentence, 0, date.start)]
    return sorted(found)


def _tally_after(folded: str, end: int) -> bool:
  """Whether the tally words start within _TALLY_REACH characters after
  ``end``, before a comma, period, semicolon or colon. The same as trying
  them after each of those characters (``[^,.;:]{0,60}?`` before them),
  which re did from every count and trigger: the first place they match
  after ``end`` tells."""
  stop = _CLAUSE_PUNCTUATION.search(folded, end, end + _TALLY_REACH)
  limit = stop.start() if stop is not None else end + _TALLY_REACH
  found = _TALLY_WORDS.search(folded, end)
  return found is not None and found.start() <= limit


def _claimant(actors: List[ActorMention], claim: re.Match) -> Optional[str]:
  groups = [a for a in actors if not a.state_force]
  before = [a for a in groups if a.end <= claim.start()]
  after = [a for a in groups if a.start >= claim.end()]
  if claim.group().lower().endswith(" by") and after:
    return after[0].name  # "an attack claimed by JNIM"
  if claim.group("relative"):
    inside = [a for a in groups
              if claim.start() <= a.start and a.end <= claim.end()]
    return inside[0].name if inside else None
  if len(before) >= 2 and _in_apposition(claim.string, before[-2],
                                         before[-1], claim.start()):
    # "Jamaat-ul-Ahrar, a splinter faction of the Pakistani Taliban,
    # claimed": the subject, not the group that describes it.
    return before[-2].name
  if before:
    return before[-1].name
  return after[0].name if after else None


def _in_apposition(text: str, subject: ActorMention, described: ActorMention,
                   verb_start: int) -> bool:
  """"JNIM, al-Qaeda's Sahel branch, claimed": the second actor is in the
  words set off by commas after the first, which the verb follows."""
  return (text[subject.end:described.start].lstrip().startswith(",")
          and text[described.end:verb_start].rstrip().endswith(","))


def _distance(fact_start: int, fact_end: int, trigger: Trigger) -> float:
  if fact_start >= trigger.end:
    return fact_start - trigger.end
  if fact_end <= trigger.start:
    return (trigger.start - fact_end) * 1.5
  return 0.0


def _nearest(triggers: Sequence[Trigger], start: int, end: int,
             allowed=None, barriers: Sequence[int] = ()) -> Optional[int]:
  """The trigger a fact at start:end belongs to: the closest, preferring
  its own clause (barriers: offsets of ';' and dashes between clauses)."""
  best, best_distance = None, None
  for index, trigger in enumerate(triggers):
    if allowed is not None and not allowed(trigger):
      continue
    distance = _clause_distance(start, end, trigger, barriers)
    if best_distance is None or distance < best_distance:
      best, best_distance = index, distance
  return best


# Between an event's word and its own date: "the bombing of March 6",
# "l'attentat du 21 juin", "el atentado del 6 de marzo".
_DATE_OF = re.compile(r" (?:of|du|del|de)(?: the| le| la| el)? ")
# A date on the calendar, not a weekday ("6 de marzo", "March 6").
_CALENDAR_DAY = re.compile(r"\d")


def _telling(folded: str, triggers: Sequence[Trigger]):
  """A filter keeping the triggers that tell an event in this sentence, or
  None when all do (or none does): "troops arrested four suspects linked
  to the bombing in Gamboru on Sunday" points at a bombing told before, so
  the day and the town are the arrests'."""
  pointers = {t.start for t in triggers if _POINTS_AT.search(
      folded, max(0, t.start - 40), t.start)}
  if not pointers or len(pointers) == len(triggers):
    return None
  return lambda trigger: trigger.start not in pointers


def _toll_before(folded: str, trigger: Trigger, date: DateMention) -> bool:
  """The trigger named after a toll's noun ("the toll of the twin suicide
  bombing"), the date told before both; or a toll told before the trigger
  and the date after it, as the day one of the wounded died ("Le bilan
  de l'attentat s'élève à treize morts, les deux kamikazes compris : un
  étudiant ... est décédé jeudi")."""
  toll = _TOLL_OF_WORDS.search(folded, max(0, trigger.start - 40),
                               trigger.start)
  if toll is not None and date.end <= toll.start():
    return True
  return (date.start >= trigger.end and _death_day(folded, date)
          and (_TOLL_WORD.search(folded, 0, trigger.start) is not None
               or _WOUNDED_IN.search(folded, 0, trigger.start) is not None))


def _death_day(folded: str, date: DateMention) -> bool:
  """Whether the date is the day someone died ("un mécanicien a succombé
  le 29 avril", "est décédé jeudi")."""
  return _DIED_ON.search(folded, max(0, date.start - 40),
                         date.start) is not None


def _right_after(triggers: Sequence[Trigger], groups: List[List[int]],
                 trigger: Trigger, sentence: str) -> bool:
  """Whether the trigger follows the last group's last trigger with at
  most a space between ("kamikaze s'était fait exploser")."""
  return bool(groups) and not sentence[
      triggers[groups[-1][-1]].end:trigger.start].strip()


def _other_day(date_of: Dict[int, DateMention], group: List[int]
               ) -> Optional[datetime.date]:
  """The one day given to the sentence's other triggers, if any."""
  days = {date.date for index, date in date_of.items()
          if index not in group and date.precision == "day"}
  return days.pop() if len(days) == 1 else None


def _both(first, second):
  """Two trigger filters (either may be None) as one."""
  if first is None or second is None:
    return first or second
  return lambda trigger: first(trigger) and second(trigger)


# Words that point at an event told elsewhere rather than tell one; not
# "over last Tuesday's twin bombing at the passport office", which tells
# it again with its day and place.
_POINTS_AT = re.compile(
    r"\b(?:linked to|connected (?:to|with)|in connection with|suspected of "
    r"involvement in|over|behind|responsible for|role in|en lien avec|"
    r"lies? a|liees? a|soupconnes? d'avoir participe a|impliques? dans|"
    r"relacionad[oa]s con|vinculad[oa]s (?:con|a)|por su participacion en|"
    r"relacion con|vinculos con|suspects? in|"
    # "Dimanche, les commerçants du bazar, fermé depuis l'attaque, se sont
    # rassemblés": the day is the rally's.
    r"depuis|"
    # "arrested 14 suspects on Monday, two days after the suicide bombing".
    r"(?:days?|jours?) (?:after|apres)|"
    # "arrested in Griftu on the evening of the bombing", "le soir de".
    # (Not "samedi soir, le kamikaze".)
    r"(?:night|evening|morning|afternoon|eve|day) of|(?:soir|matin|nuit|"
    r"veille|lendemain|jour)(?: de|(?= du ))|(?:noche|manana|tarde|dia)"
    r"(?: de|(?= del ))|"
    # "soupçonnées d'avoir aidé les auteurs du double attentat-suicide".
    r"(?:perpetrators|masterminds|planners|organi[sz]ers) of|"
    r"(?:auteurs|commanditaires|organisateurs)(?: de)?)"
    r" (?:the |this |that |l'|le |la |les |du |au |aux |el |los |las |del "
    r"|al )(?:[\w-]+ ){0,2}$")

# An event's town naming it: "l'attentat de Massakory", "the massacre of
# Solhan"; not "the bombing in Gamboru", which may be where the arrests
# told with it were made.
_NAMED_PLACE = re.compile(r" (?:de|d['’]|of)(?: |(?<=['’]))")
# ...or a relative clause on it, up to its place.
_CLAUSE_TO_PLACE = re.compile(
    r",? (?:that|which|qui|que|who) [^,;:.()]{0,60}?\b(?:in|at|near|à|en|"
    r"près de|dans) (?:the |l['’]|la |le )?")
# ...or "the day after the Birkirkara bombings", "the Hue twin bombings".
_PLACE_NAMING = re.compile(r"(?: (?!(?:the|of|in|and|on|at)\b)[a-z-]+){0,2} ")


def _clause_distance(start: int, end: int, trigger: Trigger,
                     barriers: Sequence[int]) -> int:
  """Characters between a fact and a trigger, far more across a clause."""
  distance = _distance(start, end, trigger)
  if any(min(start, trigger.start) < b < max(end, trigger.end)
         for b in barriers):
    distance += _CLAUSE
  return distance


# A sentence told in the present: "the army says it has arrested", "les
# arrestations se multiplient".
_TOLD_NOW = re.compile(
    r"\b(?:says|say|is|are|has|have|remains?|continues?|se multiplient|"
    r"reste|restent|continue|continuent|avance)\b")
# A correction telling the figure it takes back.
_RETRACTED = re.compile(
    r"\b(?:(?:earlier|previous|first) version of this (?:article|story|"
    r"report)|we (?:wrongly |incorrectly |mistakenly )?(?:reported|said|"
    r"stated|wrote) that|(?:premiere|precedente) version de (?:cet|cette) "
    r"(?:article|depeche)|nous (?:avions |avons )?(?:indique|ecrit|"
    r"annonce)s?|nous (?:indiquions|ecrivions|annoncions))\b", re.IGNORECASE)
# A figure another outlet printed, then took back: "printed '31 KILLED'
# ...; a note now says that figure was wrong and has been corrected to 17",
# « 30 morts », un chiffre qu'il a corrigé ... pour le ramener à 19".
_CORRECTED_AFTER = re.compile(
    r"\b(?:was wrong|were wrong|(?:has been|was|been) corrected|"
    r"(?:a|avait|ont) (?:\w+ )?corrige|rectifie|erronee?s?)\b",
    re.IGNORECASE)
# A relative clause on another noun between a trigger and a date: "l'attaque
# a été préparée par les ADF, dont une partie a fait allégeance à l'État
# islamique en 2019" tells the allegiance's year, not the attack's. Not
# "which" or "qui", which often go back to the event over its place: "the
# bombing of a police station in Batkhela, which killed 13 on Friday".
# The date must be inside the clause: "onze morts, dont six soldats,
# vendredi matin" dates the attack.
_RELATIVE_BETWEEN = re.compile(
    r"\w[^.;]*?,\s*(?:dont|whose|cuyo|cuya|who|qui|quien|quienes)\b[^,;]*$")
# A release told after an arrest: "interpellé dimanche ... et gardé à vue
# toute la nuit ; il a été relâché lundi" was not held on Monday.
_RELEASED_BETWEEN = re.compile(
    r"\b(?:relache|libere|remis en liberte|released|freed|liberad[oa]|"
    r"puest[oa]s? en libertad)")
# A group's own story in a clause on its name: "was claimed by
# Jamaat-ul-Ahrar, which split from the TTP in 2014" dates no attack.
_ON_THE_GROUP = re.compile(r"\s*,\s*(?:which|who|qui|lequel|laquelle|que)\b"
                           r"[^,;]*$")
# The day a wounded person died, in a toll: "l'attentat a fait 20 morts
# ... après le décès dimanche d'un agriculteur", "after the death on
# Sunday of a farmer", "treize morts ... depuis le décès samedi d'un
# apprenti" dates no attack.
_DEATH_DAY = re.compile(
    r"\b(?:(?:apres|after|following|suite a|avec|depuis|since) "
    r"(?:le|la|the) "
    # "après le décès, lundi, d'une commerçante".
    r"(?:deces|mort|death)\b,?[^,.;]{0,40}|(?:after|apres que?) (?:a|an|one|"
    r"the|un|une|l'un|l'une) [^,.;]{0,40}\b(?:died|succumbed|est decede|"
    r"est decedee|a succombe|est mort|est morte)\b[^,.;]{0,40})$")
# The day one of the wounded died, weeks after the attack: "a mechanic
# died on 29 April", "un mécanicien a succombé le 29 avril".
_DIED_ON = re.compile(r"\b(?:died|succumbed|succombe|decedee?|est morte?)\b"
                      r"[^,.;]*$")
_LATER_DEATH_DAYS = 60
# Someone wounded in the attack told before it, who died later: "Mme
# Sundaram, blessée dimanche soir ... lors du double attentat-suicide, est
# décédée mardi".
_WOUNDED_IN = re.compile(r"\b(?:blessee?s?|wounded|injured|herid[oa]s?)\b")
# An explosion by accident: a gas cylinder or leak, or told so.
_ACCIDENT = re.compile(
    r"\b(?:gas (?:cylinders?|leaks?|tanks?|explosions?)|gas-related|"
    r"(?:bouteilles?|fuite|conduite) de gaz|(?:cilindros?|fuga|tanques?|"
    r"bombonas?) de gas|(?:was|were|etait|fue|fueron) (?:an? |un |una )?"
    r"accident\w*|accidental(?:ly)?|accidentelle(?:ment)?)\b",
    re.IGNORECASE)
# The claim a fact-check quotes before its verdict.
_CHECKED_CLAIM = re.compile(
    r"\s*(?:CLAIM|Claim|RUMOU?R|Rumou?r|AFFIRMATION|Affirmation|RUMEUR|"
    r"Rumeur|INTOX|Intox|BULO|Bulo|AFIRMACI[OÓ]N|Afirmaci[oó]n)\s*:")
# (The breaker may leave the closing quote to the verdict: "» FAUX.")
_QUOTED_WHOLE = re.compile(r"\s*[«\"“][^«»\"“”]+(?:[»\"”]\s*)?")
_RATED_FALSE = re.compile(
    r"\s*[»\"”]?\s*(?:FAUX|Faux|FALSE|False|INTOX|Intox|TROMPEUR|Trompeur|"
    r"MISLEADING|Misleading|FALSO|Falso|ENGA[NÑ]OSO|Enga[nñ]oso)\b")
# A town's name starting a longer one of three parts ("Goma-Tsé-Tsé"); not
# a road's two ends ("the Beni-Kasindi road") nor a station ("Charleroi-Sud").
_HYPHENATED_ON = re.compile(r"-[A-ZÀ-Þ][\w'’]*-[A-ZÀ-Þ]")
# An apposition after a clause: ", an attack that", ", une attaque qui".
_LABEL_BEFORE = re.compile(r", (?:an?|the|une?|la|le|el|una?) $",
                           re.IGNORECASE)
_LABEL_AFTER = re.compile(r" (?:that|which|qui|que|jamais|never|still)\b")
# A law's or a decree's day: "la loi n° 003 du 20 mars 2020 portant
# répression des actes de terrorisme" dates no event.
_LEGAL_TEXT_DAY = re.compile(
    r"\b(?:loi|decret|ordonnance|law|decree|act|ley|decreto)\b[^,;.()]{0,25}"
    r"\b(?:du|of|de|del|dated)\s+(?:the\s+)?$", re.IGNORECASE)
# Added to a distance across a clause break: more than any sentence.
_CLAUSE = 10000


def _is_background(date: Optional[datetime.date],
                   published: Optional[datetime.date]) -> bool:
  if date is None or published is None:
    return False
  return (published - date).days > _BACKGROUND_DAYS


# Searched in whole sentences, or from or up to a place in them: tried only
# where one of their words starts.
(_SPECULATION, _HYPOTHETICAL, _CLAIM, _DENIAL, _NO_CLAIM, _AGGREGATE,
 _MILITARY_TARGET, _EXPLOSIVE_CONTEXT, _NTH_DAY, _HAPPENED, _SAYS,
 _QUOTED, _ALSO_CLAIMED, _ANNIVERSARY, _SINCE_WHEN, _TOLL_WORD,
 _CLAIM_MEDIUM, _BOAST, _GROUP_ANAPHOR) = map(Scanner, (
     _SPECULATION, _HYPOTHETICAL, _CLAIM, _DENIAL, _NO_CLAIM, _AGGREGATE,
     _MILITARY_TARGET, _EXPLOSIVE_CONTEXT, _NTH_DAY, _HAPPENED, _SAYS,
     _QUOTED, _ALSO_CLAIMED, _ANNIVERSARY, _SINCE_WHEN, _TOLL_WORD,
     _CLAIM_MEDIUM, _BOAST, _GROUP_ANAPHOR))
_TALLY_WORDS = Scanner(_TALLY_WORDS)
# Searched in the words before a trigger, a date or a place, in a sentence
# (_FORCE_ON_CROWD) or in a sentence up to a place (_QUALIFIER_BEFORE): re
# would try each at every character of the window, a Scanner only where one
# of their words starts.
(_DURATION, _FUTURE, _REPORTED, _NOT_EVENT_PLACE, _DEFINITE, _NOT_ASSERTED,
 _ACTOR_NOUN, _REASON, _TARGET_OF, _PLURAL_GENERIC, _FORCE_ON_CROWD,
 _QUALIFIER_BEFORE) = map(Scanner, (
     _DURATION, _FUTURE, _REPORTED, _NOT_EVENT_PLACE, _DEFINITE,
     _NOT_ASSERTED, _ACTOR_NOUN, _REASON, _TARGET_OF, _PLURAL_GENERIC,
     _FORCE_ON_CROWD, _QUALIFIER_BEFORE))


class _DocumentTagger:
  def __init__(self, text: str, language: str,
               published: Optional[datetime.date], gazetteer: Gazetteer):
    self.text = text
    self.language = language
    self.published = published
    self.gazetteer = gazetteer
    self.events: List[EventMention] = []
    self.pending_claim: Optional[str] = None
    self.last_group: Optional[str] = None  # the last armed group seen acting
    self.last_claim_sentence: Optional[int] = None
    # Tolls told before any event ("18:50 - The toll has climbed to 23
    # dead" atop a newest-first live blog): they wait for the event.
    self.early_tolls: list = []
    # (event, days after, kind named) for "arrested the day after the
    # Birkirkara bombings" in a lead that tells the bombings only later.
    self.days_of_untold: list = []
    # A wire dateline ("KABUL, March 4 (Wire) -") names the story's place;
    # its date is the filing date, not the event's, so it is skipped.
    # A wire's note on what its new version changed comes first: "(Corrects
    # death toll ..., adds arrest near Kinniya)" tells nothing new.
    note = _WIRE_NOTE.match(text)
    self.skip_until = note.end() if note else 0
    self._dateline = _DATELINE.match(text, self.skip_until)
    if self._dateline:
      self.skip_until = self._dateline.end()
      note = _WIRE_NOTE.match(text, self.skip_until)
      if note:
        self.skip_until = note.end()
    self.sentence_index = 0
    # Whether the story opened on an accident ("a gas cylinder exploded"):
    # its blasts told again are the accident's.
    self.accident_lead = False
    # (sentence index, facts) of the last sentence that named no event:
    # its day may set the scene for the next one's.
    self.scene: Optional[Tuple[int, "_Facts"]] = None
    # (end, date) of a timeline's heading ("Novembre 2019."): the day of
    # what its paragraph tells.
    self.heading: Optional[Tuple[int, DateMention]] = None

  # The document's countries and its dateline's place are read only for a
  # document that names an event: most news names none.

  @_once
  def title_line(self) -> str:
    return self.text.lstrip().split("\n", 1)[0].rstrip()

  @_once
  def title_town(self) -> Optional[Place]:
    """The one town the first line names, title ("SOCIÉTÉ MUNICIPALE DE
    TRANSPORT DE ROUSSÉ - AVIS DE PERTURBATION") or lead paragraph: where
    a story that names no other place for its events happened; in the
    country a dateline names, if it names one ("BAR ELIAS, Lebanon (Wire)
    - ... on the road to Damascus")."""
    mentions = [mention for mention in self.gazetteer.find(
        self.title_line, self.language) if not mention.demonym]
    places = [place for place in (
        self.gazetteer.resolve(mention, self.context)
        for mention in mentions) if place is not None]
    # "Volvemos a Somalia ... nuestra corresponsal en Nairobi": a town
    # outside the country the line names is where the story is told from.
    named = {place.country_code for place in places
             if place.kind == "country"} or {
                 self.dateline_country or place.country_code
                 for place in places}
    towns = {place for place in places
             if place.kind == "city" and place.country_code in named}
    return towns.pop() if len(towns) == 1 else None

  @_once
  def sporting(self) -> bool:
    return _is_sports_report(self.text)

  @_once
  def reviewing(self) -> bool:
    return _is_review(self.text)

  @_once
  def live_blog(self) -> bool:
    return _is_live_blog(self.text)

  @_once
  def entries_newest_first(self) -> List[int]:
    return _entries_newest_first(self.text)

  @_once
  def two_attackers(self) -> bool:
    return tells_two_attackers(self.text)

  @_once
  def text_context(self) -> Dict[str, float]:
    return self.gazetteer.country_context(self.text, self.language)

  @_once
  def context(self) -> Dict[str, float]:
    """The text's countries, and the dateline's as if the text named it: a
    "TRUJILLO, 2 de julio" story places "La Libertad" in Peru, not in
    Ecuador, though no sentence names Peru."""
    weights = dict(self.text_context)
    if self.lead_place is not None:
      code = self.lead_place.country_code
      weights[code] = weights.get(code, 0.0) + 1.0
    code = self.dateline_country
    if code is not None:
      # "BAR ELIAS, Lebanon (Wire) -": the town may be unknown, the
      # country is named.
      weights[code] = weights.get(code, 0.0) + 1.0
    return weights

  @_once
  def dateline_country(self) -> Optional[str]:
    """The country a dateline names after its town, if any."""
    if self._dateline is None or not self._dateline.group("country"):
      return None
    name = self._dateline.group("country")
    return next((mention.candidates[0].country_code
                 for mention in self.gazetteer.find(name, self.language)
                 if mention.candidates[0].kind == "country"
                 and mention.end - mention.start == len(name)), None)

  @_once
  def lead_place(self) -> Optional[Place]:
    """The dateline's place, if the gazetteer knows it; a town of another
    country than the dateline names is no town of the gazetteer's but a
    locality of that country: "METORO, Mozambique" is no Métro of Ivory
    Coast, "SAINT-JEAN, St. Barthelemy" no Saint-Jean of France."""
    if self._dateline is None:
      return None
    name = (self._dateline.group("place")
            or self._dateline.group("titled")).strip()
    place = self._place_named(name)
    country = self.dateline_country
    if place is not None and country not in (None, place.country_code):
      # The town's spelling if it bears the name as its own, else the
      # dateline's ("Metoro", not Métro's).
      own = fold(place.name) == fold(name)
      return _locality(place.name if own else name.title(), country)
    return place

  @_once
  def letter_town(self) -> Optional[Place]:
    """The place a letter is written from, on its own line near the top:
    "Sudbury, le samedi 11 juillet 2026", "Fait à Niamey, le 12 juin
    2026."."""
    line = _LETTER_PLACE_AND_DATE.search(self.text, 0, 1500)
    return None if line is None else self._place_named(line.group(1))

  def _place_named(self, name: str) -> Optional[Place]:
    """The place a dateline or a letter's heading names, if the gazetteer
    knows it. It names where a story was filed, as a locative would:
    "LAFAYETTE, Louisiana" is the town, though a surname too."""
    cue = _DATELINE_CUE.get(self.language, "in ")
    for mention in self.gazetteer.find(cue + name.title(), self.language):
      if mention.start != len(cue) or mention.end < len(cue) + len(name):
        continue  # "BAR ELIAS, Lebanon" is no Elías (Colombia)
      place = self.gazetteer.resolve(mention, self.text_context)
      if place is not None:
        return place
      if len({p.country_code for p in mention.candidates}) == 1:
        # "NKAMBÉ - ": a small town, but one country's, and a dateline
        # names a place.
        return mention.candidates[0]
    return None

  def _dateline_place(self) -> Optional[Place]:
    """The dateline's place, unless the text is plainly about another
    country: "CAIRO, Aug 8 (Wire) - ... in Yemen's Abyan province" files
    from Cairo a story that happened in Yemen."""
    place = self.lead_place
    if place is None:
      return None
    weights = self.text_context
    top, weight = max(weights.items(), key=lambda kv: (kv[1], kv[0]),
                      default=(None, 0.0))
    if top != place.country_code and (
        weight > weights.get(place.country_code, 0.0) + 1.0):
      return None
    return place

  # --- one sentence ---------------------------------------------------------

  @staticmethod
  def _drop_disrupted_objects(triggers: List[Trigger], sentence: str
                              ) -> List[Trigger]:
    """"Police defused a roadside bomb", "a dozen explosive devices were
    found and defused": the bomb is what was disrupted."""
    disrupted = [t for t in triggers
                 if t.sub_event_type == lexicon.DISRUPTED]
    if not disrupted:
      return triggers
    first = disrupted[0].start
    return [t for t in triggers if not (
        t.sub_event_type == lexicon.IED and (t.start > first or any(
            _DISRUPTED_PASSIVE.fullmatch(sentence, t.end, d.start)
            for d in disrupted if d.start > t.end)))]

  def _asserted(self, triggers: List[Trigger], sentence: str,
                facts: _Facts) -> List[Trigger]:
    """The triggers that report an event of their own: not in a question,
    not negated or a simile, not the reason for an arrest ("arrested for
    looting"), not the target of an attack ("a drone struck a rally"), not
    the burning or the seized weapons that are part of a deadly attack."""
    if self.sentence_index <= 2 and _ACCIDENT.search(fold(sentence)):
      self.accident_lead = True  # "...when a gas cylinder exploded"
    if not triggers:
      return triggers
    folded = fold(sentence)
    accident = _ACCIDENT.search(folded) is not None
    asked = _question_start(sentence)
    kinds = {t.sub_event_type for t in triggers}
    killed = facts.propaganda or any(c.kind == KILLED
                                     for c in facts.casualties)
    violent = any(t.event_type in _VIOLENT and not t.generic
                  for t in triggers)
    kept = []
    for trigger in triggers:
      before = folded[max(0, trigger.start - 40):trigger.start]
      words = folded[trigger.start:trigger.end]
      if (trigger.event_type == "Explosions/Remote violence"
          and (accident or trigger.generic and self.accident_lead)):
        # "a gas cylinder exploded": no bomb, nor "The blast" after it.
        continue
      if trigger.start >= asked and not _DEFINITE.search(before):
        continue  # "¿Hay personas detenidas?" asks; "And the protest?" refers
      if _NOT_ASSERTED.search(before):
        continue
      if sentence[trigger.start].isupper() and _TITLE_BEFORE.search(
          sentence, max(0, trigger.start - 40), trigger.start):
        continue  # "le duo Les Deux Kamikazes": a name, no bomber
      if _ACTOR_NOUN.search(words) and any(
          0 <= trigger.start - end <= 2 for end in facts.counts_end):
        continue  # "dos policías y tres manifestantes heridos": a count
      if trigger.sub_event_type != lexicon.ARRESTS and any(
          t.sub_event_type == lexicon.ARRESTS and t.end <= trigger.start
          for t in triggers) and _REASON.search(before):
        continue
      if trigger.sub_event_type == lexicon.PEACEFUL and (
          violent and _TARGET_OF.search(before)
          or _AIMED_AT_OR_BANNED.search(before)):
        continue
      if (trigger.sub_event_type == lexicon.RIOT and _ARSON.search(words)
          and lexicon.PEACEFUL not in kinds and (killed or violent)):
        continue
      if (trigger.sub_event_type == lexicon.ARRESTS
          and _NOT_ARRESTED.search(before)):
        continue  # "Le faussaire n'a jamais été arrêté", "was never held"
      if (trigger.sub_event_type == lexicon.ARRESTS
          and _AS_OF.match(folded, trigger.end)):
        continue  # "Nos données ... arrêtées au 1er juin": as of a day
      if (trigger.sub_event_type == lexicon.ARRESTS
          and _HELD_BY_COURT.search(words) and _COURT.search(folded)):
        # "A court ... remanded in custody the three men arrested in
        # Turkistan", "ordered four men held in custody pending trial":
        # the court's step in an arrest's story, not a new arrest.
        continue
      if (trigger.sub_event_type == lexicon.RIOT and _ARSON.search(words)
          and lexicon.PEACEFUL not in kinds
          and _ARMED_MEN.search(folded, 0, trigger.start)):
        # "About 40 insurgents arrived on foot ..., burned 27 houses": the
        # raiders' arson is their attack's, no riot.
        trigger = dataclasses.replace(trigger, sub_event_type=lexicon.ATTACK,
                                      generic=True)
      if (trigger.sub_event_type == lexicon.DISRUPTED and killed
          and _SEIZURE.search(words)):
        continue
      if (trigger.sub_event_type in (lexicon.GRENADE, lexicon.IED,
                                     lexicon.SUICIDE)
          and lexicon.ARRESTS in kinds and _CARRIED.search(before)):
        continue  # "arrested two men carrying a hand grenade": no blast
      if (trigger.sub_event_type == lexicon.SUICIDE and not killed
          and _BOMBER_NOUN.search(words) and _BOMBERS_REFERRED.search(before)
          and not _WHO_DID.match(folded, trigger.end)):
        # "le recruteur des deux kamikazes": an attack's bombers; but
        # "hébergé les deux kamikazes qui ont frappé samedi" tells it.
        continue
      if (trigger.sub_event_type == lexicon.SUICIDE and not killed
          and (_BOMBER_NOUN.search(words) or _BELT_NOUN.search(words))
          and _THE_BOMBERS.search(before)
          and not _WHO_DID.match(folded, trigger.end)
          and self._current_violent(
              lambda event: event.sub_event_type == lexicon.SUICIDE)):
        # "Les deux kamikazes, deux frères de 21 et 24 ans, avaient quitté
        # la région en 2023", "ont été inhumés jeudi": the story's
        # bombers, whose lives are no new attack; nor are their belts
        # ("auraient transporté les ceintures d'explosifs").
        continue
      current = (self._current_violent() if len(triggers) == 1
                 and trigger.sub_event_type == lexicon.SUICIDE else None)
      if (current is not None and _BOMBER_NOUN.search(words)
          and _counted_in(folded, trigger)):
        # "Le bilan officiel est de vingt morts, kamikazes compris" after
        # "L'attaque de mardi dernier à Bogo a été revendiquée": the
        # attack's toll, whose bombers tell a suicide bombing.
        current.sub_event_type, current.generic = lexicon.SUICIDE, False
        continue
      kept.append(trigger)
    return kept

  def _specialize_generic(self, trigger: Trigger, sentence: str,
                          triggers: List[Trigger]) -> Trigger:
    if not trigger.generic or trigger.sub_event_type != lexicon.ATTACK:
      return trigger
    if _PLURAL_GENERIC.search(sentence, 0, trigger.end) and any(
        t.sub_event_type == lexicon.IED for t in triggers):
      # "The attacks follow a car bombing in Al-Bab": the bombing is
      # the one named, and its word the trigger shown.
      return trigger
    if _EXPLOSIVE_CONTEXT.search(sentence):
      return dataclasses.replace(trigger, sub_event_type=lexicon.IED)
    # The target is outside the trigger: "ADF militants killed seven
    # farmers" names the attackers, not a military target.
    if (_MILITARY_TARGET.search(sentence, 0, trigger.start)
        or _MILITARY_TARGET.search(sentence, trigger.end)):
      return dataclasses.replace(trigger, sub_event_type=lexicon.CLASH)
    return trigger

  def _same_period(self, sub_event_type: str, folded: str
                   ) -> Optional[Tuple[datetime.date, str]]:
    """(date, precision) of "In November 2022, a drone strike killed
    dozens ... The same month, gunmen kidnapped the mayor": the period of
    the event told last; None without such words."""
    match = _SAME_PERIOD.search(folded)
    if match is None:
      return None
    # "Cinq ... interpellés mardi ... Les deux autres ont été arrêtés le
    # même jour": the day of the told event of the same kind, if any.
    latest = max((e for e in self.events
                  if e.sub_event_type == sub_event_type
                  and self.sentence_index - e.last_sentence <= 2),
                 key=lambda e: e.last_sentence,
                 default=None) or self._latest_told()
    if latest is None or latest.event_date is None:
      return None
    unit = match.group("unit").lower()
    precision = ("year" if unit in ("year", "annee", "ano") else
                 "month" if unit in ("month", "mois", "mes") else "day")
    if _PRECISIONS.index(precision) > _PRECISIONS.index(
        latest.date_precision):
      precision = latest.date_precision
    date = latest.event_date
    if precision != "day":
      date = date.replace(day=1, month=1 if precision == "year" else
                          date.month)
    return date, precision

  def _resumed_arrests(self, facts: "_Facts") -> Optional[Trigger]:
    """"Six autres l'ont été lundi à Karal" right after an arrest: more
    arrests, told by the pronoun that stands for the verb."""
    # The event told last first: the sentence is searched only right
    # after arrests, where most sentences of most stories are not.
    latest = self._latest_told()
    if (latest is None or latest.sub_event_type != lexicon.ARRESTS
        or latest.background
        or self.sentence_index - latest.last_sentence > 1):
      return None
    match = _RESUMED_VERB.search(facts.folded)
    if match is None:
      return None
    return Trigger(match.start("verb"), match.end("verb"), lexicon.ARRESTS,
                   False)

  def tag_sentence(self, start: int, end: int, following: str = "") -> None:
    sentence = self.text[start:end]
    if not _is_aside(sentence):
      # A question or a short line ("Joel, what's the latest?", "Thanks.")
      # does not put the story it interrupts out of a toll's reach.
      self.sentence_index += 1
    if _CHECKED_CLAIM.match(sentence) or (
        _QUOTED_WHOLE.fullmatch(sentence)
        and _RATED_FALSE.match(following)):
      # A fact-check's "CLAIM: ..." is what it goes on to refute; so is its
      # « L'attentat a fait 60 morts. » rated "FAUX." next.
      return
    facts = _Facts(sentence, self, following)
    triggers = self._drop_disrupted_objects(
        [self._specialize_generic(t, sentence, facts.triggers)
         for t in facts.triggers],
        sentence)
    resumed = self._resumed_arrests(facts)
    if resumed is not None:
      triggers = sorted(triggers + [resumed], key=lambda t: t.start)
    if triggers and facts.stopped_bomber:
      triggers = [_as_disrupted(t, facts.folded) for t in triggers]
    triggers = self._asserted(triggers, sentence, facts)
    told = len(triggers)
    if triggers:
      # "más de 400 líderes asesinados en el departamento desde 2016": a
      # count, its verb and the period: a tally, not an event.
      triggers = [t for t in triggers if not (
          _tally_after(facts.folded, t.end) and any(
              0 <= t.start - end <= 30 for end in facts.counts_end))]
    habits = told - len(triggers)
    # A name in quotes (« Kamikaze », the Guadeloupean maxi, is a boat) or
    # a word quoted as a word ("le mot « émeute »") tells no event.
    triggers = [t for t in triggers if not _quoted_name(sentence, t)]
    if triggers and self.sporting and not facts.casualties:
      # "launched a devastating attack on the final climb", "ambushed by
      # the conditions": in a match or race report, violence without a
      # toll is a figure of speech.
      triggers = []
    if triggers and self.reviewing and not (facts.casualties
                                            and facts.dates):
      # A review's attacks are its story's, unless dated with a toll: the
      # real attack a film retells ("the 2019 bombing that killed 40").
      triggers = []
    if triggers and facts.hypothetical and not facts.casualties:
      # "threatened to attack", "fears of protests": nothing happened yet.
      triggers = [t for t in triggers if not _HYPOTHETICAL.search(
          fold(sentence)[max(0, t.start - 40):t.start])]
    if triggers and not facts.casualties:
      # "A silent march to Valletta is being planned for Sunday", "une
      # marche aura lieu dimanche": still to come.
      triggers = [t for t in triggers if not _STILL_TO_COME.match(
          fold(sentence), t.end)]
    candidates = self._sentence_events(sentence, start, triggers, facts)
    heading = self._heading_date(start)
    touched = []  # (event, where this sentence names it)
    for candidate, members in candidates:
      if self._is_habit(candidate, members, sentence):
        habits += 1
        continue
      if candidate.event_date is None and heading is not None:
        self._set_date(candidate, heading)
      if candidate.event_date is None:
        self._day_stepped(candidate, facts)
      self._day_of_told(candidate, facts, members)
      target = self._merge_target(candidate, members, sentence)
      if target is None:
        if candidate.event_date is None:
          candidate.scene = self._scene_date()
        self.events.append(candidate)
        touched.append((candidate, candidate.trigger_start))
      else:
        self._merge(target, candidate)
        touched.append((target, candidate.trigger_start))
    for event, _ in touched:
      event.last_sentence = self.sentence_index
    if not triggers:
      self._orphan_facts(facts)
      self._dispersed(facts)
      self.scene = (self.sentence_index, facts)
      # (Only short lines are read for dates here: most sentences of
      # general news name no event, and need none read.)
      if (len(sentence) <= _HEADING_LENGTH and len(facts.dates) == 1
          and facts.dates[0].precision != "year"
          and _HEADING.fullmatch(sentence, facts.dates[0].end)
          and not sentence[:facts.dates[0].start].strip()):
        self.heading = (end, facts.dates[0])
    claimant = facts.claim or (
        # "The group later claimed the raid": the group last seen acting.
        self.last_group if facts.claim_match_after(_GROUP_ANAPHOR)
        else self._group_named_last(start)
        if facts.claim_match_after(_PRONOUN_CLAIMS) else None)
    if claimant and (touched or not habits):
      # ...but "dozens of attacks claimed by al-Shabaab since 2011" claim
      # a tally or a habit, not the story's attack.
      self._apply_claim(claimant, touched, start + facts.claim_start)
      self.last_claim_sentence = self.sentence_index
    elif (self.last_claim_sentence is not None
          and _THE_CLAIM.search(facts.folded)):
      # "Liza, the claim came late on Monday. It says ...": the claim's
      # story goes on.
      self.last_claim_sentence = self.sentence_index

  def _day_stepped(self, event: EventMention, facts: "_Facts") -> None:
    """"Ils étaient plusieurs milliers, vendredi, à marcher ... La veille,
    deux kamikazes s'étaient fait exploser": a sentence opening on the day
    before or after, with no day of its own, counts from the day of the
    event told in the lines just before."""
    step = _DAY_STEP.match(facts.folded)
    if step is None:
      return
    told = self._told_within(3, lambda e: e.date_precision == "day")
    if told is not None:
      days = step.group("days")
      if step.group("next"):
        offset = 1
      elif days:
        offset = _COUNT_WORDS.get(days.lower()) or int(days)
      else:
        offset = -1
      event.event_date = told.event_date + datetime.timedelta(days=offset)
      event.date_precision = "day"
      event.own_date = True

  def _day_of_told(self, event: EventMention, facts: "_Facts",
                   members) -> None:
    """"arrested in Ungheni on the day after the bombing", "interpellés le
    soir de l'attentat": the day of the attack told, or the day after or
    before it."""
    if event.event_type in _VIOLENT:
      return  # "the attack on the night of the bombing" is the bombing's
    # From the first word of the arrest: "arrested ... the day after the
    # bombing were charged ... and remanded in custody" told it before its
    # restatement.
    match = _DAY_OF_TOLD.search(facts.folded, members[0].end,
                                members[-1].end + _DAY_OF_TOLD_REACH)
    if match is None or any(members[0].end <= date.start < match.start()
                            for date in facts.dates):
      # ...told right after the arrest, before any day of its own: "the
      # two men arrested in Ungheni on the day after the bombing were
      # released on Friday" were not arrested on Friday.
      return
    # The attack of the kind named: "the bombing", not the gunfight told
    # since; "the attack", the latest violent event.
    named = next((t for t in facts.triggers
                  if match.start() <= t.start and t.end <= match.end()), None)
    step = (1 if match.group("after") else
            -1 if match.group("before") else 0)
    # Long past or not: "interpellés le soir de l'attentat", six weeks on.
    told = _attack_named(reversed(self.events), named)
    if told is None:
      self.days_of_untold.append((event, step, named))
      return
    _day_from(event, told, step)

  def _heading_date(self, start: int) -> Optional[DateMention]:
    """The date heading the paragraph of the sentence at ``start`` ("9
    septembre 2026." alone on its line opens a timeline's entry)."""
    if self.heading is None or "\n" in self.text[self.heading[0]:start]:
      return None
    return self.heading[1]

  def _dispersed(self, facts: "_Facts") -> None:
    """"...ont bloqué la route nationale. Les gendarmes les ont dispersés
    à coups de gaz lacrymogène": force against the protest told last,
    a few lines of its march before at most. Its story goes on: "Une
    dizaine de personnes ont été légèrement blessées" are its wounded."""
    if not _FORCE_ON_THEM.search(facts.folded):
      return
    protest = self._latest_told()
    if (protest is not None and protest.sub_event_type == lexicon.PEACEFUL
        and self.sentence_index - protest.last_sentence <= 3):
      protest.sub_event_type = lexicon.INTERVENTION
      protest.last_sentence = self.sentence_index

  def _group_named_last(self, before: int) -> Optional[str]:
    """The armed group named last before a point of the text ("Le JNIM
    est aussi présent. L'an dernier, il a revendiqué ..."): read only for
    a claim by a pronoun, which few stories hold."""
    return next((actor.name for actor in reversed(find_actors(
        self.text[:before])) if not actor.state_force), None)

  def _scene_date(self) -> Optional[DateMention]:
    """The one day told in the sentence just before, if it named no
    event (read only now: most such sentences never need their dates)."""
    if self.scene is None or self.scene[0] != self.sentence_index - 1:
      return None
    dates = self.scene[1].dates
    return dates[0] if len(dates) == 1 else None

  def claimed_lately(self) -> bool:
    """Whether one of the last two sentences claimed an attack."""
    return (self.last_claim_sentence is not None
            and self.sentence_index - self.last_claim_sentence <= 2)

  def _sentence_events(self, sentence: str, offset: int,
                       triggers: List[Trigger], facts: _Facts):
    """[(EventMention, [Trigger])]: the sentence's triggers grouped, each
    group with the facts nearest to its triggers."""
    if not triggers:
      return []
    date_of, distance_of = {}, {}
    telling = _telling(facts.folded, triggers)
    own_dates = set()
    pointed = [] if telling is None else [
        index for index, trigger in enumerate(triggers)
        if not telling(trigger)]
    for index in pointed:
      # "detenidos ... por su relación con el doble atentado suicida del 6
      # de marzo": the event pointed at, with its own date.
      # First a day named before it: "claimed the May 9 attack on Monday"
      # (the claim's day).
      own = next((date for date in facts.dates
                  if (_DAY_BEFORE_IT.fullmatch(facts.folded, date.end,
                                               triggers[index].start)
                      or _DATE_OF.fullmatch(facts.folded, triggers[index].end,
                                            date.start))
                  and _CALENDAR_DAY.search(sentence, date.start, date.end)),
                 None)
      if own is not None:
        date_of[index], distance_of[index] = own, 0
        own_dates.add(own.start)
    for date in facts.dates:
      if date.start in own_dates:
        continue
      # "since 2019, when a car bomb killed 11": the day of what follows.
      after = ((lambda t, end=date.end: t.start >= end)
               if _WHEN_AFTER.match(sentence, date.end) else None)
      index = _nearest(triggers, date.start, date.end, _both(after, telling),
                       barriers=facts.barriers)
      if index is None or _DEATH_DAY.search(
          facts.folded, max(0, date.start - 100), date.start) or (
          _LEGAL_TEXT_DAY.search(facts.folded, max(0, date.start - 45),
                                 date.start)) or (
          # "A court on Monday placed three suspects in the twin suicide
          # bombing on remand": the court's day, not the bombing's.
          # ...nor "Les quatre hommes interpellés dans l'enquête sur le
          # double attentat-suicide de Gitega ont été déférés jeudi".
          # (Not "claimed the May 9 attack": the day names it.)
          (date.end <= triggers[index].start
           and not _DAY_BEFORE_IT.fullmatch(facts.folded, date.end,
                                            triggers[index].start)
           or _VERB_BETWEEN.search(facts.folded, triggers[index].end,
                                   date.start))
          and _REFERRED_WORDS_BEFORE.search(
              facts.folded, max(0, triggers[index].start - 40),
              triggers[index].start)) or (
          _RELATIVE_BETWEEN.search(facts.folded, triggers[index].end,
                                   date.start)) or (
          _RELEASED_BETWEEN.search(facts.folded, triggers[index].end,
                                   date.start)) or any(
              _ON_THE_GROUP.match(facts.folded, actor.end, date.start)
              and triggers[index].end <= actor.start
              for actor in facts.actors if not actor.state_force) or (
          # "She died on Thursday ..., raising the toll of the twin suicide
          # bombing to 25": the toll's day, not the bombing's (unlike "the
          # toll from the October 10 attack").
          _toll_before(facts.folded, triggers[index], date)):
        continue
      # "claimed the May 9 attack on Monday": the day naming it is its.
      distance = (0 if _DAY_BEFORE_IT.fullmatch(
          facts.folded, date.end, triggers[index].start)
                  else _distance(date.start, date.end, triggers[index]))
      if index not in date_of or distance < distance_of[index]:
        date_of[index], distance_of[index] = date, distance
    for index, (actor, act) in enumerate(zip(triggers, triggers[1:])):
      if (index in date_of and index + 1 in date_of
          and not sentence[actor.end:act.start].strip()
          and date_of[index].end <= actor.start
          and date_of[index + 1].start >= act.end
          and distance_of[index + 1] < distance_of[index]):
        # "Ils étaient 3 000, mercredi soir, ... où le premier kamikaze
        # s'est fait exploser samedi": the act's day, told after it, is its
        # actor's too.
        del date_of[index]
    groups: List[List[int]] = []
    for index, trigger in enumerate(triggers):
      placed = False
      # A generic word goes with the nearest kind told before it: "Cet
      # attentat ... où une voiture piégée ... avait tué quatorze civils".
      # So does a word that names the act right after its actor ("une
      # kamikaze s'était fait exploser"), not a generic word before them.
      for group in (sorted(groups, key=lambda g: -triggers[g[-1]].end)
                    if trigger.generic or _right_after(triggers, groups,
                                                       trigger, sentence)
                    else groups):
        if self._same_event_in_sentence(triggers, group, index, date_of,
                                        sentence, facts.barriers):
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
      # The words that name the act, not its actors nor the attackers
      # counted into its toll ("tués, ainsi que les deux kamikazes, dans
      # un double attentat-suicide").
      # ...in the clause that tells it first ("gunmen storm a police
      # station in Duki; four policemen are killed in a gunfight").
      trigger = min(members, key=lambda t: (
          any(members[0].start < b < t.start for b in facts.barriers),
          _ACTOR_NOUN.search(facts.folded[t.start:t.end]) is not None
          or _counted_in(facts.folded, t) or _bombers_by(facts.folded, t)
          or _bombers_of(facts.folded, t)
          # "..., an attack that was never solved": a label put on what
          # the clause before told.
          or (members[0].start < t.start
              and _LABEL_BEFORE.search(facts.folded, max(0, t.start - 8),
                                       t.start) is not None
              and _LABEL_AFTER.match(facts.folded, t.end) is not None)
          # "Police report three arrests: two men detained at Nadzab": the
          # arrest told by its verb, not the noun summing it up.
          or _ARREST_NOUN.fullmatch(sentence, t.start, t.end) is not None
          and sentence[t.end - 1] == "s",
          t.generic, -_SPECIFICITY.get(t.sub_event_type, 0), t.start))
      event = EventMention(
          sub_event_type=lead.sub_event_type,
          trigger_start=offset + trigger.told_span[0],
          trigger_end=offset + trigger.told_span[1],
          sentence_start=offset, sentence_end=offset + len(sentence),
          generic=all(t.generic for t in members),
          hypothetical=facts.hypothetical)
      dates = [date_of[i] for i in group if i in date_of]
      # "Deux semaines après le double attentat-suicide du 10 février":
      # the day named with the event is its own, not counted back.
      # "the May 9 attack": named before it.
      named = [d.precision == "day"
               and (trigger.end <= d.start <= trigger.end + 8
                    or _DAY_BEFORE_IT.fullmatch(facts.folded, d.end,
                                                trigger.start) is not None)
               for d in dates]
      # "Six semaines après le double attentat-suicide de Gyumri, qui
      # avait fait vingt-deux morts ... le 21 mai": its day, in a clause
      # on it.
      clause_day = next((
          d for d in facts.dates
          if d.precision == "day" and 0 < d.start - trigger.end <= 120
          and _CLAUSE_ON_IT.fullmatch(facts.folded, trigger.end, d.start)),
                        None)
      if clause_day is not None and clause_day not in dates:
        dates.insert(0, clause_day)
        named.insert(0, False)
      named_with = any(named) or clause_day is not None
      years_before = None if named_with else self._anniversary(
          facts.folded, trigger, self.published
          if len(group) == len(triggers) else _other_day(date_of, group), next(
              (d.date for d in dates
               if d.precision == "day" and d.end <= trigger.start), None))
      period = (None if years_before is not None or dates else
                self._same_period(event.sub_event_type, facts.folded))
      if years_before is not None:
        # "Un an jour pour jour après le double attentat-suicide": the
        # sentence's own date is the commemoration's.
        (event.event_date, event.date_precision,
         event.date_counted) = years_before
        event.own_date = True
      elif dates:
        self._set_date(event, self._first_day(dates[0], facts.folded))
        event.date_named = named[0] and (
            dates[0].end <= trigger.start or facts.folded[
                trigger.end:dates[0].start].strip() in _OF_ITS_DAY)
      elif period is not None:
        event.event_date, event.date_precision = period
        event.own_date = True
      elif facts.started:
        self._set_date(event, facts.started[0])
      elif facts.reported:
        event.reported = facts.reported[0]
      events.append((event, group))
    self._hand_out_facts(events, triggers, facts, telling)
    return [(event, [triggers[i] for i in group]) for event, group in events]

  def _same_event_in_sentence(self, triggers, group, index, date_of,
                              sentence, barriers) -> bool:
    trigger = triggers[index]
    first = triggers[group[0]]
    folded = fold(sentence)
    if (trigger.event_type == first.event_type
        and not sentence[triggers[group[-1]].end:trigger.start].strip()):
      return True  # "le premier kamikaze s'est fait exploser": one act.
    if (first.event_type in _VIOLENT and trigger.event_type in _VIOLENT
        and _ATTACKERS_FATE.search(folded[max(0, trigger.start - 40):
                                          trigger.start])):
      # "attacked a checkpoint, killing five soldiers before two of the
      # attackers were shot dead": the attackers' end is part of the attack.
      return True
    if (first.event_type in _VIOLENT and trigger.event_type in _VIOLENT
        and (_counted_in(folded, trigger) or _counted_in(folded, first))):
      # "Le bilan du double attentat-suicide de samedi est passé à seize
      # morts, sans compter les deux kamikazes": counted, not a new attack;
      # so too when the count comes first ("tués, ainsi que les deux
      # kamikazes, dans un double attentat-suicide").
      return True
    # "hombres armados hostigaron...": a generic word joins the specific one
    # of its family, whichever comes first.
    if first.event_type != trigger.event_type and not (
        (trigger.generic or all(triggers[i].generic for i in group))
        and trigger.event_type in _VIOLENT and first.event_type in _VIOLENT):
      return False
    if any(_distinct_kinds(triggers[i], trigger) for i in group):
      return False
    group_dates = {date_of[i].date for i in group if i in date_of}
    own = date_of.get(index)
    if any(first.start < b < trigger.start for b in barriers) and not (
        own is None and (trigger.sub_event_type == first.sub_event_type
                         or trigger.generic and _CLAIM.search(
                             folded, first.end, trigger.end))):
      # "...ablaze; RSF shelling of Abu Shouk camp kills 11"; but "gunmen
      # storm a police station; four policemen are killed in a six-hour
      # gunfight" goes on with the same fight, and "...near Pasni, killing
      # six; the BLA claims the attack" with the same bombing.
      return False
    if own is not None and group_dates and own.date not in group_dates:
      return False
    # "The bombing ... since 2022, when a suicide attack": the anaphor and
    # a new, dated event.
    if own is not None and not group_dates and self._anaphoric(
        sentence, first) and not trigger.generic:
      return False
    if _SINCE_WHEN.search(folded, first.end, trigger.start):
      return False
    return True

  @staticmethod
  def _place_pointed(events, triggers, owner_of, facts: _Facts,
                     telling) -> None:
    """A pointed event not placed yet takes the town its words name
    ("les auteurs du double attentat-suicide de Massakory", "the day after
    the Birkirkara bombings"), which the event told here keeps too."""
    for index, trigger in enumerate(triggers):
      event = events[owner_of[index]][0]
      if telling(trigger) or event.place is not None:
        continue
      event.place = next((place for start, _, place in facts.places
                          if _NAMED_PLACE.fullmatch(facts.sentence,
                                                    trigger.end, start)
                          # "over the twin suicide bombing that killed 20
                          # people in Osh": the clause on it tells it.
                          or _CLAUSE_TO_PLACE.fullmatch(
                              facts.sentence, trigger.end, start)),
                         None)
      if event.place is None:
        # "the day after the Birkirkara bombings": a name for an event
        # the story tells later; that sentence will give its words.
        event.place = next((place for _, end, place in facts.places
                            if _PLACE_NAMING.fullmatch(facts.sentence, end,
                                                       trigger.start)),
                           None)
        event.pointed = event.place is not None
      event.own_place = event.place is not None

  def _hand_out_facts(self, events, triggers, facts: _Facts,
                      telling=None) -> None:
    """Each fact to the event of the nearest trigger; places only to
    triggers that tell an event here (``telling``: see _telling)."""
    owner_of = {}
    for position, (event, group) in enumerate(events):
      for index in group:
        owner_of[index] = position

    def owner(start, end, allowed=None):
      index = _nearest(triggers, start, end, allowed, facts.barriers)
      return None if index is None else events[owner_of[index]][0]

    stopped = facts.stopped_bomber
    for casualty in facts.casualties:
      if casualty.kind == ARRESTED:
        allowed = lambda t: t.sub_event_type == lexicon.ARRESTS
      elif casualty.value == 0 or stopped:
        # "defused a bomb without casualties": a foiled attack's zero; "a
        # third attacker was shot dead ... before he could detonate his
        # charge": the bomber's own death.
        allowed = lambda t: (t.event_type != "Strategic developments"
                             or t.sub_event_type == lexicon.DISRUPTED)
      else:
        allowed = lambda t: t.event_type != "Strategic developments"
      event = owner(casualty.start, casualty.end, allowed)
      if event is not None:
        self._add_casualty(event, casualty)
    placed_at = {}  # id(event) -> (distance, end) of the place given here
    for start, end, place in facts.places:
      index = _nearest(triggers, start, end, telling, facts.barriers)
      if index is None:
        continue
      event, group = events[owner_of[index]]
      # "A court in Sibi sentenced three men for a bomb attack on a market
      # in Dera Bugti": of two towns, the one nearer the word that names
      # the event (not the "Biu attack" its strike is told against)...
      distance = _clause_distance(start, end, triggers[group[0]],
                                  facts.barriers)
      given = placed_at.get(id(event))
      nearer = (given is not None and distance < min(given[0], _CLAUSE)
                and (place.kind == event.place.kind
                     or self._town_of_the_story(place, event.place)
                     # ...not "In Belgium, two brothers detained in
                     # Arlon", nor a round-up's "SIRIA - ...": the country
                     # framing the sentence.
                     and not _FRAME.match(facts.sentence[:given[2]])
                     and not _ROUNDUP_ITEM.match(facts.sentence))
                # ...but "Fresnillo, Zacatecas" and "the Zuru-Koko road"
                # name the first town.
                and not _JOINED_PLACES.fullmatch(
                    facts.sentence[given[1]:start]))
      if event.place is None or nearer or _more_specific(place, event.place):
        event.place = place
        event.own_place = True
        placed_at[id(event)] = distance, end, start
    if telling is not None:
      self._place_pointed(events, triggers, owner_of, facts, telling)
    nearest_locality = {}
    for start, end, name in facts.localities:
      index = _nearest(triggers, start, end, telling, facts.barriers)
      if index is None:
        continue
      event = events[owner_of[index]][0]
      distance = _distance(start, end, triggers[index])
      if event.locality is None and (
          id(event) not in nearest_locality
          or distance < nearest_locality[id(event)][0]):
        nearest_locality[id(event)] = (distance, event, start, name)
    for _, event, start, name in nearest_locality.values():
      event.locality = name
      # The country of the nearest place told of the same event: "les deux
      # hommes arrêtés près de Dighinala ... et le fournisseur interpellé
      # à Agartala" puts Dighinala in the story's country, not in India.
      event.locality_country = min(
          ((abs(place_start - start), place.country_code)
           for place_start, place_end, place in facts.places
           if owner(place_start, place_end) in (None, event)),
          default=(0, None))[1]
    frame = next((place for start, _, place in facts.places
                  if _FRAME.match(facts.sentence[:start])), None)
    for event, _ in events:
      if event.place is None and frame is not None:
        # "In Maiduguri, relatives of the women abducted near Gajiram
        # marched...": the opening place frames the whole sentence.
        event.place = frame
        event.own_place = True
    self._hand_out_actors(events, triggers, owner_of, facts)

  def _town_of_the_story(self, town: Place, country: Place) -> bool:
    """A town in a country the story names at least as much as the
    country named before it ("the main stories from Cambodia, Laos and
    Thailand, this week dominated by the twin suicide bombing in
    Battambang")."""
    context = self.context
    return (country.kind == "country" and town.kind != "country"
            and context.get(town.country_code, 0.0) >= 1.0
            and context.get(town.country_code, 0.0)
            >= context.get(country.country_code, 0.0))

  def _hand_out_actors(self, events, triggers, owner_of, facts) -> None:
    # The agent named after "by" first: "a drone launched by the Houthis
    # struck" is the Houthis' strike, whatever "drone" implies.
    folded = facts.folded
    actors = sorted(facts.actors, key=lambda actor: _AGENT_BEFORE.search(
        folded, max(0, actor.start - 12), actor.start) is None)
    for actor in actors:
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
        if not actor.state_force:
          self.last_group = actor.name

  def _acts(self, actor: ActorMention, trigger: Trigger,
            facts: _Facts) -> bool:
    """Is the actor the one doing it? Subject before the trigger ("police
    arrested", "Taliban fighters attacked", "a US drone strike") or agent
    after it ("killed by al-Shabaab")."""
    if actor.end <= trigger.start:
      between = facts.folded[actor.end:trigger.start]
      if _SPEAKER_AFTER.match(between) or _VICTIM_AFTER.match(between):
        return False
      if between.startswith(",") and any(
          _in_apposition(facts.folded, other, actor, actor.end + 1)
          for other in facts.actors if other.end <= actor.start):
        return False  # "JuA, a faction of the Pakistani Taliban, claimed"
      return trigger.start - actor.end <= 60
    if actor.start >= trigger.end:
      # "ont été arrêtés par l'armée": the agent right after.
      return actor.start - trigger.end <= 20 and _AGENT_BEFORE.search(
          facts.folded, max(0, actor.start - 12), actor.start) is not None
    return True

  # --- across sentences -----------------------------------------------------

  def _anaphoric(self, sentence: str, trigger: Trigger) -> bool:
    return _DEFINITE.search(fold(sentence)[max(0, trigger.start - 40):
                                           trigger.start]) is not None

  def _is_habit(self, event: EventMention, members, sentence: str) -> bool:
    words = [self.text[event.sentence_start + t.start:
                       event.sentence_start + t.end] for t in members]
    plural = all(_PLURAL_GENERIC.search(w) for w in words)
    if plural and event.event_date is None and not _COUNTED.search(
        fold(sentence)[:members[0].start]) and (
            _AGGREGATE.search(fold(sentence))):
      # "more than 2,000 people killed by suicide attacks around the lake
      # since 2014": a tally of many attacks, not one.
      return True
    if (event.event_date is None and event.killed is None
        and all(_BOMBERS_PLURAL.search(w) for w in words)
        and _AGGREGATE.search(fold(sentence))
        and not _FEW_COUNTED.search(fold(sentence)[:members[0].start])):
      # "Since 2014 we have counted more than 500 suicide bombers in the
      # region": a tally of bombers, not two of them.
      return True
    if (event.event_date is None and event.killed is None
        and event.injured is None
        and _TACTIC.search(fold(sentence), 0, members[0].start)):
      # "the tactic that had made Boko Haram notorious: two bombers, often
      # girls, sent into the same crowd": a kind of attack described.
      return True
    if plural and _FOR_YEARS.match(fold(sentence), members[-1].end):
      # "has seen bombs and shootings for two decades": many of them.
      return True
    # "The dead of Friday's bombings in Isiolo": a day's bombings are one
    # (twin) attack, not a habit.
    # "Two explosions have been reported in Polomolok": a few, counted,
    # are one attack's too.
    one_day = event.date_precision == "day" and event.own_date
    # "THE MONTEGO BAY BOMBINGS": a town's bombings are one attack's too.
    one_town = event.own_place and _THE_TOWN_BEFORE.search(
        sentence, 0, members[0].start) is not None
    # "L'ULFA-I a revendiqué les attaques": the attacks told, claimed.
    claimed = _CLAIM.search(fold(sentence)) is not None and _THE_PLURAL.search(
        fold(sentence), max(0, members[0].start - 25), members[0].start)
    return plural and all(t.generic for t in members) and (
        event.killed is None and event.injured is None and not one_day
        and not one_town
        and not claimed
        and not _FEW_COUNTED.search(fold(sentence)[:members[0].start])
        or _tallied(fold(sentence), members[0]))

  def _merge_target(self, candidate: EventMention, members,
                    sentence: str) -> Optional[EventMention]:
    background = _is_background(candidate.event_date, self.published)
    candidate.background = background
    folded = fold(sentence)
    # "Separately, police said about 60 men had been questioned ... since
    # the attack": the attack told, not another.
    referring = all(t.generic and _THE_BEFORE.search(folded, 0, t.start)
                    for t in members)
    if (_SEPARATELY.match(folded) and not referring
        or _ROUNDUP_ITEM.match(sentence)):
      candidate.aside = True
      return None  # "Separately, ... a roadside bomb": another event.
    if _ALSO_CLAIMED.search(folded):
      return None  # "ISKP also claimed the killing of a cleric": another.
    if candidate.event_date is None and _PLUPERFECT.search(folded):
      past = self._told_just_before(lambda event: event.background and (
          self._compatible(event, candidate)))
      if past is not None:
        return past
    if candidate.event_date is None and all(
        t.generic and not self._anaphoric(sentence, t) for t in members):
      # "Il y a quatre ans, des combattants ont attaqué la base de
      # Balidhidin. Douze soldats ... ont été tués.": the past attack's
      # toll, told next, as _past_toll reads it without a verb ("l'attaque
      # a été menée" may go back to the story's own).
      latest = self._latest_told()
      if (latest is not None and latest.background
          and self.sentence_index - latest.last_sentence == 1
          and latest.killed is None and latest.injured is None
          and self._compatible(latest, candidate)):
        return latest
    if candidate.event_date is None and candidate.killed is None and any(
        _ORDINAL_PART.search(folded, max(0, t.start - 30), t.start)
        for t in members):
      # "Deux kamikazes ... à Koupéla. Un premier kamikaze s'est fait
      # exploser ... où des voyageurs attendaient les cars pour
      # Ouagadougou": a part of the attack just told, whatever town its
      # sentence names.
      whole = self._told_within(
          2, lambda event: event.sub_event_type == candidate.sub_event_type)
      if whole is not None:
        return whole
    if (candidate.sub_event_type == lexicon.ARRESTS
        and _THEY_HELD.match(folded)
        and all(_CUSTODY.search(folded, t.start, t.end) for t in members)):
      # "...a interpellé trois hommes à Saraya. Les trois suspects ont été
      # placés en garde à vue à la brigade de Kédougou": the arrest told,
      # wherever the suspects are held.
      arrest = self._told_within(
          3, lambda event: event.sub_event_type == lexicon.ARRESTS
          and not event.background)
      if arrest is not None:
        return arrest
    if candidate.sub_event_type == lexicon.ARRESTS and all(
        _WITH_THEM.match(folded, t.end) for t in members):
      # "The Qormi suspect was charged on Friday. His brother, arrested
      # with him, was released on Tuesday": the arrest told.
      arrest = self._told_within(
          3, lambda event: event.sub_event_type == lexicon.ARRESTS
          and not event.background)
      if arrest is not None:
        return arrest
    if candidate.event_type == "Riots" and _SOME_OF_THEM.match(folded):
      # "hundreds of mourners marched on the provincial government
      # building. Some threw stones at the gate": the march turned violent.
      march = self._latest_just_before(
          lambda event: event.event_type in ("Protests", "Riots"))
      if march is not None:
        return march
    if (candidate.sub_event_type == lexicon.DISRUPTED
        and not candidate.own_date and not candidate.own_place
        and all(_SEIZURE.search(folded[t.start:t.end]) for t in members)):
      # "...arrested seven suspects in dawn raids in Al-Hayy. Officers
      # seized 18 kg of explosives": what the arrest or the fight just
      # told turned up, not an event of its own.
      operation = self._latest_just_before(
          lambda event: not event.background
          and (event.sub_event_type == lexicon.ARRESTS
               or event.event_type == "Battles"))
      if operation is not None:
        return operation
    if (candidate.sub_event_type == lexicon.ATTACK and not candidate.own_place
        and all(lexicon.FIRING.search(folded, t.start, t.end)
                for t in members)):
      # "une opération de l'armée ... a tourné à l'accrochage. Les hommes
      # retranchés sur l'île ont ouvert le feu": the fight's fire.
      fight = self._latest_just_before(
          lambda event: not event.background
          and event.event_type == "Battles")
      if fight is not None:
        return fight
    if all(_counted_in(folded, t) for t in members):
      # "Le bilan est de 15 soldats tués, sans compter les deux kamikazes,
      # et de 19 blessés hospitalisés à Tahoua": the attack just told,
      # wherever its wounded lie.
      counted_in = self._told_within(
          2, lambda event: event.event_type == candidate.event_type)
      if counted_in is not None:
        return counted_in
    if all(t.generic and _TOLL_OF.search(folded, max(0, t.start - 30),
                                         t.start) for t in members):
      # "The toll from the attack rose to 21 on Monday ... when two of the
      # wounded died in Baku": the attack told, whatever day and town the
      # update names.
      told = self._violent_told(candidate, lambda event: not event.background)
      if told is not None:
        return told
    if (candidate.killed is None and candidate.injured is None
        and all(t.generic and _REFERRED.search(
            folded, max(0, t.start - 40), t.start) for t in members)):
      # "Deux d'entre eux figurent aujourd'hui parmi les suspects de
      # l'attentat": the attack told, whatever the sentence's date.
      told = self._violent_told(candidate)
      if told is not None:
        return told
    # The word that names the kind decides: "une frappe de drone de
    # l'armee a tue" is a new strike, whatever stands before "a tue".
    named = [t for t in members if not t.generic] or members
    anaphor = any(self._anaphoric(sentence, t) for t in named)
    # "The Islamic State claimed the ambush on Monday": the date may be the
    # claim's, a day or more after the ambush it names.
    claimed = anaphor and _CLAIM.search(folded) is not None
    possible = [event for event in reversed(self.events)
                if self._may_merge(event, candidate, background, anaphor,
                                   claimed)]
    if (candidate.sub_event_type == lexicon.ARRESTS
        and _MORE_PEOPLE.search(folded, 0, members[0].start)):
      # "Cinq ... interpellés mardi à Batkhela. Les deux autres ont été
      # arrêtés le même jour à Dargai": arrests in another town are
      # another event, as attacks in two towns are.
      possible = [event for event in possible
                  if not _elsewhere(candidate, event)]
    if claimed and not _NO_CLAIM.search(folded):
      # "Trois roquettes sont tombées sans faire de victimes. ... l'État
      # islamique a revendiqué l'attaque": a claim names today's deadly one.
      # "which took credit for the Khenchela attack", after a raid told
      # since: the attack in the town the claim names.
      # Nor is it a raid by the state's forces ("troops raided a hideout
      # ... The attack, which was claimed by JAS").
      possible.sort(key=lambda event: (
          event.background or not event.killed
          or is_state_force(event.perpetrator or ""),
          candidate.place is not None and event.place != candidate.place))
    # "the blast" goes back to the explosion, not to the siege named since;
    # "Les kamikazes de Mango" to the suicide bombing, not to a roadside
    # bomb told since.
    same_family = [event for event in possible
                   if event.event_type == candidate.event_type]
    same_kind = [event for event in same_family if not candidate.generic
                 and event.sub_event_type == candidate.sub_event_type]
    if candidate.generic and _FEW_COUNTED.search(folded, 0, members[0].start):
      # "19 killed in the two blasts at the recruitment centre": the story's
      # twin bombing, not the lone roadside bomb told "in other news".
      same_family.sort(key=lambda event: event.aside)
    if same_family or possible:
      return (same_kind or same_family or possible)[0]
    if (anaphor and candidate.event_date is None and candidate.place
        and candidate.event_type in _VIOLENT):
      # "the two men shot dead near the roundabout": the riot's dead.
      return next((e for e in reversed(self.events) if not e.background
                   and e.event_type != "Strategic developments"
                   and e.place == candidate.place), None)
    return None

  def _violent_told(self, candidate: EventMention,
                    accept=lambda event: True) -> Optional[EventMention]:
    """The latest violent event told that the candidate may name."""
    return next((event for event in reversed(self.events)
                 if self._compatible(event, candidate)
                 and event.event_type in _VIOLENT and accept(event)), None)

  def _may_merge(self, event: EventMention, candidate: EventMention,
                 background: bool, anaphor: bool,
                 claimed: bool = False) -> bool:
    if not self._compatible(event, candidate):
      return False
    if (event.sub_event_type == candidate.sub_event_type == lexicon.ARRESTS
        and event.arrested is not None
        and event.arrested == candidate.arrested and not event.own_date
        and event.background == background
        and self.sentence_index - event.last_sentence <= 2):
      # "the army says it has arrested nine suspects ... Troops arrested
      # nine suspects near Diawala on Wednesday": the same arrests, told
      # again with their day and place.
      return True
    if (event.sub_event_type == candidate.sub_event_type == lexicon.ARRESTS
        and event.sentence_start == candidate.sentence_start
        and None not in (event.event_date, candidate.event_date)
        and event.event_date != candidate.event_date):
      # "the three men detained in Kuajok on 14 February and the trader
      # arrested in Aweil the next day": the sentence told two arrests.
      return False
    if (event.sub_event_type == candidate.sub_event_type == lexicon.ARRESTS
        and event.own_date and candidate.own_date
        and None not in (event.event_date, candidate.event_date)
        and event.event_date != candidate.event_date
        and event.arrested != candidate.arrested):
      # "Police arrested a third suspect in Mahebourg on Sunday ... The two
      # men detained in Rose Hill late on Saturday": other people, another
      # day.
      return False
    if (event.sub_event_type == lexicon.PEACEFUL
        and candidate.sub_event_type == lexicon.INTERVENTION
        and event.own_date and candidate.own_date
        and None not in (event.event_date, candidate.event_date)
        and candidate.event_date > event.event_date):
      # "Wednesday's silent march ... on Thursday, ... police broke up the
      # protest with tear gas": the next day's crowd is another protest.
      return False
    later = (candidate.event_date is not None and event.event_date is not None
             and 0 < (candidate.event_date - event.event_date).days <= 7)
    if (event.background != background and candidate.event_date is not None
        and not (claimed and later)
        and not _day_of_its_month(event, candidate)):
      return False
    if (candidate.event_date is not None and event.event_date is not None
        and not _same_date(candidate, event) and not (
            anaphor and (candidate.generic or claimed) and later)):
      # ...but "one of the soldiers wounded in the blast died on Saturday"
      # still speaks of Thursday's blast.
      return False
    if (candidate.place is not None and event.place is not None
        and candidate.place.kind == "city" and event.place.kind == "city"
        and candidate.place.name != event.place.name and not (
            anaphor and candidate.killed is None and (
                claimed or candidate.generic
                and candidate.event_date is None))):
      # ...but "Le GSIM a revendiqué l'embuscade" names the ambush told,
      # whatever town its sentence also names.
      return False
    if event.aside and not candidate.generic and (
        not anaphor or candidate.own_place and candidate.place is not None
        and candidate.place.name not in (event.locality, event.place
                                         and event.place.name)):
      # After "Separately, a drone hit a water point in Tawila", "its
      # aircraft struck RSF positions near Mellit" is not the same strike.
      return False
    if (not anaphor and candidate.own_place and candidate.place is not None
        and (event.place is None
             or candidate.place.name != event.place.name)
        and None not in (candidate.event_date, event.event_date)
        and candidate.event_date != event.event_date):
      # "On Friday morning, a bomb ... went off in the market of
      # Timergara", after Thursday's attack in Bara: another day, another
      # town, even a day apart.
      return False
    if (not anaphor and candidate.locality is not None
        and None not in (candidate.event_date, event.event_date)
        and candidate.event_date != event.event_date
        and candidate.locality not in (event.locality, event.place
                                       and event.place.name)):
      # "Samedi, des combattants ont attaqué une position à Chétimari",
      # after Sunday's bombing in N'Guigmi: another day, another village.
      return False
    if (event.background and background and not anaphor
        and None not in (event.killed, candidate.killed)
        and event.killed != candidate.killed):
      # Two past attacks told each with its toll ("In July 2024, a car
      # bomb killed eight traders ... Two years ago, a suicide bomber
      # killed 11 soldiers"): two events, not a revision.
      return False
    # Only an explicit reference returns to a background event.
    return not (event.background and candidate.event_date is None
                and not anaphor)

  @staticmethod
  def _compatible(event: EventMention, candidate: EventMention) -> bool:
    if event.sub_event_type == candidate.sub_event_type:
      return True
    if _distinct_kinds(event, candidate):
      # "Houthi artillery shelled..." after "U.S. air strikes...": two.
      return False
    if candidate.generic and event.event_type in _VIOLENT and (
        candidate.event_type in _VIOLENT):
      return True
    if event.generic and event.event_type in _VIOLENT and (
        candidate.event_type in _VIOLENT):
      # An explosion abducts no one: "la première explosion ... des hommes
      # armés ont enlevé trois pêcheurs" are two events.
      return not (event.event_type == "Explosions/Remote violence"
                  and candidate.sub_event_type == lexicon.ABDUCTION)
    return (event.event_type == candidate.event_type
            and event.event_type != "Strategic developments")

  def _merge(self, event: EventMention, candidate: EventMention) -> None:
    if (event.sub_event_type == candidate.sub_event_type == lexicon.ARRESTS
        and event.sentences == 1 and (
            event.event_date is None and candidate.event_date is not None
            and candidate.own_date and not any(
                event is waiting for waiting, _, _ in self.days_of_untold)
            or candidate.own_place and self._arrest_noun(event)
            and not self._arrest_noun(candidate))):
      # "La police a annoncé jeudi l'arrestation de sept personnes. Trois
      # hommes ont été interpellés mardi à Pagalungan": the announcement
      # sums up; the arrests are told where their day and place are. So
      # does a bare noun ("La première interpellation a eu lieu. Un homme
      # a été interpellé à Saint-Junien").
      _take_words(event, candidate)
    elif event.pointed and not candidate.pointed and not candidate.generic:
      _take_words(event, candidate)
      event.pointed = False
    elif (event.sentences == 1 and not candidate.generic
          and _in_subject_line(self.text, event.trigger_start)):
      # "Objet : attentat de Khorog - cours maintenus": an email's subject
      # names the event; "deux kamikazes se sont fait exploser au bazar"
      # tells it.
      _take_words(event, candidate)
    if (event.sub_event_type == lexicon.CLASH
        and candidate.sub_event_type == lexicon.ATTACK):
      # "l'attaque d'une base de l'armée ... ses hommes ont abattu une
      # douzaine d'assaillants": shooting the attackers is the battle's.
      pass
    elif event.generic and not candidate.generic:
      event.sub_event_type = candidate.sub_event_type
      event.generic = False
    elif (event.event_type == candidate.event_type and not candidate.generic
          and _SPECIFICITY.get(candidate.sub_event_type, 0)
          > _SPECIFICITY.get(event.sub_event_type, 0)):
      event.sub_event_type = candidate.sub_event_type
    if candidate.sub_event_type in (lexicon.INTERVENTION, lexicon.RIOT) and (
        event.event_type in ("Protests", "Riots")):
      event.sub_event_type = candidate.sub_event_type
    if candidate.event_date is not None and (
        event.event_date is None or _finer_date(candidate, event)
        or _named_day_for_counted(candidate, event)):
      # "a bomb attack ten years ago ... On 16 August 2016, a bomb": the
      # day told later dates the year told first.
      event.event_date = candidate.event_date
      event.date_precision = candidate.date_precision
      event.date_counted = candidate.date_counted
      event.own_date = True
    event.reported = event.reported or candidate.reported
    if event.locality is None:
      event.locality = candidate.locality
      event.locality_country = candidate.locality_country
    if candidate.place is not None and (
        event.place is None or _more_specific(candidate.place, event.place)):
      event.place = candidate.place
      event.own_place = True
    for group, (value, qualifier) in candidate.killed_by_group.items():
      _count_killed(event, group, value, qualifier)
    for kind in (INJURED, ARRESTED):
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

  def _arrest_noun(self, event: EventMention) -> bool:
    """Whether the event's trigger is a bare noun ("arrests")."""
    return _ARREST_NOUN.fullmatch(
        self.text, event.trigger_start, event.trigger_end) is not None

  def _orphan_facts(self, facts: _Facts) -> None:
    """A sentence with no trigger ("The death toll rose to 15") adds its
    casualties to the latest current event that can have any (not a
    strategic development), if it follows closely
    and is not a tally of a whole conflict ("an insurgency that has killed
    tens of thousands", "5,600 killed last year")."""
    # A peaceful protest's toll comes only from force against it ("fired
    # live rounds to break up the crowd, wounding two"): "Mourners marched
    # ... The toll rose to 21" updates the bombing they mourn.
    if self._past_toll(facts) or self._foiled_unharmed(facts):
      return
    current = None
    if self.events:  # most sentences of most news come before any event
      current = max((e for e in reversed(self.events) if not e.background
                     and e.event_type != "Strategic developments"
                     and (e.sub_event_type != lexicon.PEACEFUL
                          or facts.force_on_crowd)),
                    key=lambda e: e.last_sentence, default=None)
    if current is None:
      # The toll word before the tally words: most sentences of a story
      # with no event yet have neither.
      if (not self.events
          and (_TOLL_WORD.search(facts.folded) or self.live_blog)
          and not _AGGREGATE.search(facts.folded)
          and all(self._today(date) for date in facts.dates)):
        self.early_tolls.extend(facts.tolls)
      return
    owner = self._toll_owner(facts)
    if owner is not None:
      current = owner  # in reach however far: the toll names itself
    elif self.sentence_index - current.last_sentence > 2:
      self._distant_toll(facts)
      return
    # The cheap tests first: dates and tolls are read only when they count.
    if not current.own_date and _HAPPENED.search(facts.folded) and (
        facts.dates):
      self._set_date(current, facts.dates[0])
      return
    if _AGGREGATE.search(facts.folded):
      return
    tolls = facts.tolls
    if not tolls or any(
        (not self._today(date)) if current.event_date is None
        else not 0 <= (date.date - current.event_date).days <= 7
        and not self._counted_later(date, facts, current)
        for date in facts.dates if _near_any(date, tolls)):
      # A later date is an update ("The death toll rose to 11 on Sunday");
      # an earlier or unrelated one is another story. An event not dated
      # yet takes today's and yesterday's figures ("Hier soir, la société
      # civile parlait de dix-sept morts").
      return
    for casualty in tolls:
      self._add_casualty(current, casualty)
    # The story goes on: "Police first said at least eight were killed.
    # [a line] The hospital says the toll is now ten dead."
    current.last_sentence = self.sentence_index

  def _toll_owner(self, facts: _Facts) -> Optional[EventMention]:
    """The event a new death toll ("The toll now stands at 11 dead")
    updates: one told with a toll, not a later event told without any ("a
    grenade ... wounding two officers"); of those, the one whose toll it
    raises the least ("The toll rose to 21" after a bombing's 18 dead and
    an air strike's five militants is the bombing's). None without a toll
    word or such an event."""
    new = max((c.value for c in facts.casualties if c.kind == KILLED),
              default=None)
    if new is None:
      return None
    if _BOMBERS_IN_TOLL.search(facts.folded):
      # "so the toll is now 26, including the two bombers", "Il est de
      # vingt-deux morts, kamikazes compris": a suicide bombing's toll,
      # however far back it was told and whatever was told since (a
      # raid's two militants, a protest's wounded), toll word or not.
      bombing = max((e for e in self.events
                     if not e.background
                     and e.sub_event_type == lexicon.SUICIDE
                     and (e.killed is None or e.killed <= new)),
                    key=lambda e: e.last_sentence, default=None)
      if bombing is not None:
        return bombing
    if not (_TOLL_WORD.search(facts.folded)
            or _OFFICIAL_FIGURE.search(facts.folded)):
      return None
    named = {place.name for _, _, place in facts.places}
    return max((e for e in self.events
                if not e.background and e.event_type in _VIOLENT
                and e.killed is not None and e.killed <= new
                and self.sentence_index - e.last_sentence <= 8
                and (e.place is not None and e.place.name in named
                     or not named and not e.aside)),
               key=lambda e: (e.killed, e.last_sentence), default=None)

  def _past_toll(self, facts: _Facts) -> bool:
    """A toll right after a past event told without one ("Le 20 juin,
    deux kamikazes se sont fait exploser ... Vingt-quatre morts") is
    its toll."""
    latest = self._latest_told()
    if (latest is None or not latest.background
        or latest.event_type == "Strategic developments"
        # A short line ("Douze soldats ont été tués.") keeps the index.
        or self.sentence_index - latest.last_sentence not in (0, 1)
        or latest.killed is not None or latest.injured is not None
        or facts.dates or _AGGREGATE.search(facts.folded)
        or _PART_OF_TOLL.search(facts.folded)):
      return False
    tolls = facts.tolls
    for casualty in tolls:
      self._add_casualty(latest, casualty)
    return bool(tolls)

  def _latest_told(self) -> Optional[EventMention]:
    """The event told last (the latest of those told in one sentence)."""
    if not self.events:
      return None  # asked of every sentence: most news tells no event
    return max(reversed(self.events), key=lambda e: e.last_sentence)

  def _foiled_unharmed(self, facts: _Facts) -> bool:
    """"Police defused a pipe bomb at a fuel station. No one was hurt.": the
    zeros are the defusal's, not the bombing told before it."""
    latest = self._latest_told()
    # A short line ("No one was hurt.") is an aside that keeps the index.
    if (latest is None or latest.sub_event_type != lexicon.DISRUPTED
        or self.sentence_index - latest.last_sentence > 1):
      return False
    tolls = facts.tolls
    if not tolls or any(casualty.value for casualty in tolls):
      return False
    # Nobody injured by a bomb that never went off: nobody killed either.
    latest.killed = latest.injured = 0
    latest.casualty_qualifier = "exact"
    return True

  def _today(self, date: DateMention) -> bool:
    """Whether a date is the day of publication or the day before."""
    return self.published is not None and 0 <= (
        self.published - date.date).days <= 1

  def _counted_later(self, date: DateMention, facts: _Facts,
                     event: EventMention) -> bool:
    """"Le bilan est aujourd'hui de dix-sept morts", "un mécanicien a
    succombé le 29 avril": the day the toll is counted at or the day one
    of the wounded died, weeks after the attack, not another event's."""
    if date.relative and self._today(date):
      return _TOLL_WORD.search(facts.folded) is not None
    return (0 <= (date.date - event.event_date).days <= _LATER_DEATH_DAYS
            and _death_day(facts.folded, date))

  def _distant_toll(self, facts: _Facts) -> None:
    """A toll told far from any event ("Police said 29 people had been
    wounded" after paragraphs on arrests and a march) fills a count the
    story's one current violent event still lacks."""
    violent = self._current_violent_events()
    # The tolls before the dates: most sentences this far from the event
    # tell none, and their dates need not be read.
    if (len(violent) != 1 or not facts.tolls
        or _AGGREGATE.search(facts.folded)):
      return
    day = violent[0].event_date
    if facts.dates and (day is None or not all(
        0 <= (date.date - day).days <= 7 for date in facts.dates)):
      # Only a day in the week after it ("after a vendor died of her
      # wounds on Thursday morning") updates it.
      return
    for casualty in facts.tolls:
      # "Nobody was hurt" speaks of what was just told, not of the story;
      # a live blog's later entry ("9:30 PM - Latest from the disaster
      # office: 19 people were killed") updates the count it had.
      if casualty.value and (getattr(violent[0], casualty.kind) is None
                             or self.live_blog):
        self._add_casualty(violent[0], casualty)

  @staticmethod
  def _incidental(event: EventMention) -> bool:
    """A lone generic word with nothing else said ("fans exploded", "an
    attack on price pressures"): no casualties, no actor, not both an own
    date and an own place, mentioned once."""
    return (event.generic and event.sentences == 1 and event.killed is None
            and event.injured is None and not event.actors
            and not (event.own_date and event.own_place))

  def _current_violent_events(self) -> List[EventMention]:
    return [e for e in self.events
            if e.event_type in _VIOLENT and not e.background]

  def _current_violent(self, accept=lambda event: True
                       ) -> Optional[EventMention]:
    for event in reversed(self.events):
      if (event.event_type in _VIOLENT and not event.background
          and accept(event)):
        return event
    return None

  def _apply_claim(self, claimant: str,
                   touched: List[Tuple[EventMention, int]], at: int) -> None:
    """The claim goes to the sentence's violent event named nearest to it
    ("ambushed a convoy in 2022, and in 2024 a suicide bomber the TTP
    later claimed ..."), else to the story's."""
    targets = [(e, named_at) for e, named_at in touched
               if e.event_type in _VIOLENT]
    # "...counter-terrorism forces surrounded a farm. ... Investigators are
    # treating the Islamic State's claim of responsibility as genuine": a
    # group claims its own attack, not the state's raid told since.
    by_group = lambda event: (event.event_type in _VIOLENT
                              and not is_state_force(event.perpetrator or ""))
    event = (min(targets, key=lambda pair: abs(pair[1] - at))[0]
             if targets else self._told_just_before(by_group)
             or self._current_violent(by_group)
             or self._told_just_before(
                 lambda event: event.event_type in _VIOLENT)
             or self._current_violent())
    if event is None:
      self.pending_claim = claimant
      return
    self._claim(event, claimant)

  def _told_within(self, lines: int, accept) -> Optional[EventMention]:
    """The event ``accept`` takes that was told last, if told in this
    sentence or the ``lines`` before it (the first of a sentence's ties)."""
    return max((event for event in self.events
                if self.sentence_index - event.last_sentence <= lines
                and accept(event)),
               key=lambda event: event.last_sentence, default=None)

  def _latest_just_before(self, accept) -> Optional[EventMention]:
    """The event told last, if this sentence or the previous one told it
    and ``accept`` takes it (unlike _told_just_before, no earlier one)."""
    latest = self._latest_told()
    if (latest is not None and self.sentence_index - latest.last_sentence <= 1
        and accept(latest)):
      return latest
    return None

  def _told_just_before(self, accept) -> Optional[EventMention]:
    """The latest event the previous sentence told that ``accept`` takes:
    the past attack a pluperfect sentence goes on with, or the one a claim
    with no trigger names ("En 2021, deux kamikazes s'étaient fait
    exploser. C'était revendiqué par l'État islamique")."""
    return next((event for event in reversed(self.events)
                 if self.sentence_index - event.last_sentence <= 1
                 and accept(event)), None)

  @staticmethod
  def _claim(event: EventMention, claimant: str) -> None:
    event.claimed_by = claimant
    # A claim names the perpetrator, whoever was blamed before: "Pakistani
    # Taliban militants carried out ... claimed by Jamaat-ul-Ahrar".
    event.perpetrator = claimant
    event.perpetrator_status = "claimed"
    if claimant not in event.actors:
      event.actors.append(claimant)

  # --- facts ----------------------------------------------------------------

  @staticmethod
  def _first_day(date: DateMention, folded: str) -> DateMention:
    """"fought for a third day on Monday": the event began on Saturday."""
    if date.precision != "day":
      return date
    match = _NTH_DAY.search(folded)
    if match is None:
      return date
    ordinal = next(word for word in match.groups() if word)
    return dataclasses.replace(date, date=date.date - datetime.timedelta(
        days=_ORDINALS[ordinal.lower()] - 1))

  def _anniversary(self, folded: str, trigger: Trigger,
                   counted_from: Optional[datetime.date],
                   day_told: Optional[datetime.date] = None
                   ) -> Optional[Tuple[datetime.date, str, bool]]:
    """(date, precision, counted roughly) of an event remembered days or
    years on: "one year after the bombing", "un an jour pour jour après",
    "the first anniversary of", "three days after the attack". Days are
    counted from the day told before them (day_told: "She died on Monday,
    six days after the twin bombing"), else from counted_from: today when
    the sentence tells nothing else, else the day of what it tells
    ("arrested 14 suspects on Monday, two days after the suicide
    bombing"), None if that has no day."""
    if self.published is None:
      return None
    match = _ANNIVERSARY.search(folded, max(0, trigger.start - 60),
                                trigger.start)
    if match is None:
      return None
    if match.group("days") is not None:
      # "Treize jours après le double attentat-suicide, nous recevons":
      # that many days before today. "Two days after the attack, police
      # arrested" counts from the arrests, whose day is not told.
      count = parse_number(match.group("days"), self.language)
      counted_from = day_told or counted_from
      if counted_from is None and _TOLD_NOW.search(folded, match.end()):
        # "Five days after the twin bombing, the army says it has
        # arrested nine suspects": counted from today.
        counted_from = self.published
      if counted_from is None or count is None or count > 60:
        return None
      return counted_from - datetime.timedelta(days=count), "day", False
    for unit, days in (("weeks", 7), ("months", 30)):
      count = match.group(unit)
      if count is not None:
        n = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
        if unit == "weeks" and n == 1:
          # "It is one week today since the twin bombing", "Une semaine
          # après le double attentat-suicide, les arrestations se
          # multiplient": seven days back.
          # Roughly, unless "today" or "to the day" says so.
          return ((counted_from or self.published)
                  - datetime.timedelta(days=7), "day",
                  _TO_THE_DAY.search(match.group()) is None)
        if unit == "months" and (match.group("mexact") or _TODAY_MARKS.search(
            folded, max(0, match.start() - 30), match.start())):
          # "Today marks six months since two suicide bombers struck",
          # "six mois jour pour jour après": that day, months back.
          day = day_months_back(self.published, n)
          if day is not None:
            return day, "day", False
        # "Six weeks after the twin bombing": its month, roughly.
        day = self.published - datetime.timedelta(days=n * days)
        return day.replace(day=1), "month", False
    years = _YEARS.get(match.group("years") or match.group("nth"), 1)
    try:
      day = self.published.replace(year=self.published.year - years)
    except ValueError:  # 29 February
      day = self.published.replace(year=self.published.year - years, day=28)
    if match.group("nth") or match.group("exact"):
      return day, "day", False
    return day.replace(month=1, day=1), "year", False

  def _set_date(self, event: EventMention, date: DateMention) -> None:
    event.event_date = date.date
    event.date_precision = date.precision
    event.own_date = True

  @staticmethod
  def _add_casualty(event: EventMention, casualty) -> None:
    if casualty.part:
      return  # "Six of the wounded were flown to Kabul": of how many?
    if casualty.kind == KILLED:
      _count_killed(event, casualty.group, casualty.value, casualty.qualifier)
      return
    current = getattr(event, casualty.kind)
    if current is not None and current >= casualty.value:
      return
    setattr(event, casualty.kind, casualty.value)
    if casualty.kind == KILLED or event.killed is None:
      event.casualty_qualifier = casualty.qualifier

  def finish(self) -> List[EventMention]:
    if not self.events:
      return []
    for event, step, named in self.days_of_untold:
      told = _attack_named(self.events, named)
      if told is not None and any(e is event for e in self.events):
        _day_from(event, told, step)
    if self.pending_claim:
      event = self._current_violent()
      if event is not None:
        self._claim(event, self.pending_claim)
    violent = self._current_violent_events()
    if len(violent) == 1:
      # The largest count wins: the early toll is the latest one told.
      for casualty in self.early_tolls:
        self._add_casualty(violent[0], casualty)
    # The lead is the story's first event as printed, also in a live blog
    # read from its oldest entry up: its newest entry heads the page.
    printed = (sorted(self.events, key=lambda e: e.trigger_start)
               if self.entries_newest_first else self.events)
    lead = next((e for e in printed if not e.background
                 and e.event_date is not None), None)
    main_country = max(self.context.items(), key=lambda kv: (
        kv[1], kv[0] == self.dateline_country, kv[0]), default=(None, 0))[0]
    # Where an event told with no place happened: the dateline's town...
    # ...or the first line's town ("LE RUSSO LIBRE - journal des
    # étudiants ... de Bălți": not Iași, where "la police roumaine a
    # interpellé" a suspect), or the first event's place.
    for event in self.events:
      if event.place is None:
        event.place = self._heading_town(event.trigger_start)
    lead_place = (self._dateline_place() or self.letter_town
                  or self.title_town) or next(
        (e.place for e in printed if not e.background
         and e.place is not None), None)
    # ...or, for violence and arrests, the town of the lead event, not the
    # capital the story was filed from ("a third attacker was shot dead at
    # a checkpoint near the market"). A protest "outside the prime
    # minister's office" is the dateline's.
    lead_town = (lead.place if lead is not None and lead.own_place
                 and lead.place.kind in ("city", "locality")
                 else None) or lead_place
    if main_country is None and lead_place is not None:
      # A story that names no country nor any town twice ("frappaient
      # Bogo ... interpellé à Yagoua"): the country of its lead's town.
      main_country = lead_place.country_code
    self.events = [e for e in self.events if not self._incidental(e)]
    self._bombers_tell_suicide()
    arrester = None
    for event in sorted(self.events, key=lambda e: e.trigger_start):
      if event.sub_event_type != lexicon.ARRESTS or event.background:
        continue
      if event.perpetrator is None and arrester is not None:
        # "La police a annoncé ... Deux femmes ont été arrêtées mercredi à
        # Kabacan": the same force goes on arresting.
        event.perpetrator, event.perpetrator_status = arrester
      elif event.perpetrator is not None:
        arrester = (event.perpetrator, event.perpetrator_status)
    for event in self.events:
      if event.sub_event_type == lexicon.ARRESTS and event.perpetrator is None:
        # No force named ("a été arrêté samedi à l'aube à Kébili"): arrests
        # are police work unless the army is said to make them.
        event.perpetrator, event.perpetrator_status = "police", "assumed"
    for event in self.events:
      if (event.sub_event_type == lexicon.SUICIDE and event.perpetrator
          and is_state_force(event.perpetrator)):
        # "s'étaient fait exploser devant la brigade de gendarmerie": no
        # state force bombs itself; it is the target.
        event.perpetrator = event.claimed_by
        event.perpetrator_status = "claimed" if event.claimed_by else None
      # The day the line before set the scene on, before the day a claim
      # or a statement told it ("faisait ses courses au marché samedi
      # matin. ... L'attentat, revendiqué par Daech lundi soir").
      told = event.scene or event.reported
      if event.event_date is None and told is not None:
        event.event_date = told.date
        event.date_precision = told.precision
      if (not event.background and event.event_date is None
          and self.published is not None and self.live_blog):
        # Entries stamped "17:55 -" tell what happened today, whatever day
        # the blog's other events took place.
        event.event_date = self.published
        event.date_precision = "day"
      if not event.background and event.event_date is None and lead:
        event.event_date = lead.event_date
        event.date_precision = lead.date_precision
      event.background = _is_background(event.event_date, self.published)
      known = event.place
      if event.place is None:
        if not event.background and lead_place is not None:
          event.place = ((self._protest_place_before(event) or lead_place)
                         if event.event_type == "Protests" else lead_town)
        elif main_country is not None:
          event.place = self.gazetteer.country(main_country)
      if event.locality is not None and (
          known is None or known.kind != "city"):
        event.place = _locality_place(event, known, event.place)
    return sorted(self.events, key=lambda e: e.trigger_start)

  def _heading_town(self, start: int) -> Optional[Place]:
    """The town a paragraph's capitalized heading names, for its events
    told with no place: "BONGOR, NEUF JOURS APRÈS. Le bilan du double
    attentat-suicide du 12 mars" (not the town of the hospital where a
    victim died, nor of a suspect's arrest told later)."""
    line_start = self.text.rfind("\n", 0, start) + 1
    heading = _TOWN_HEADING.match(self.text, line_start, start)
    if heading is None:
      return None
    mentions = self.gazetteer.find(heading.group(1).title(), self.language)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (
        0, len(heading.group(1))):
      return None  # "2. ARRESTATIONS EN MER." names no town Mer
    place = self.gazetteer.resolve(mentions[0], self.context)
    return place if place is not None and place.kind == "city" else None

  def _protest_place_before(self, event: EventMention) -> Optional[Place]:
    """"On Sunday, 15,000 people marched ... in Mamoudzou. On Tuesday,
    gendarmes dispersed young people marching on the prefecture": a
    protest without a place is in the town of the one told before it in
    its paragraph, not the dateline's (a paper abroad)."""
    before = [e for e in self.events
              if e.event_type == "Protests" and e.own_place
              and e.trigger_start < event.trigger_start
              and "\n" not in self.text[e.trigger_start:event.trigger_start]]
    return max(before, key=lambda e: e.trigger_start).place if before else None

  def _bombers_tell_suicide(self) -> None:
    """"Friday's bombings in Isiolo ... the two bombers ... the remains of
    the vests": a bombing named by generic words only, in a story of
    bombers and no other suicide bombing, is a suicide bombing."""
    if any(e.sub_event_type == lexicon.SUICIDE for e in self.events):
      return
    generic = [e for e in self.events if e.sub_event_type == lexicon.IED
               and e.generic and not e.background]
    if len(generic) == 1 and _BOMBERS_TOLD.search(fold(self.text)):
      generic[0].sub_event_type = lexicon.SUICIDE


# Sub-types of one violent family that still name one event together.
_SAME_EVENT_PAIRS = ({lexicon.IED, lexicon.SUICIDE},
                     {lexicon.ATTACK, lexicon.ABDUCTION})


# "Since Saturday morning's bombings", "depuis l'attentat": the event is
# where the time counted starts, not one of many counted.
_SINCE_THE_EVENT = re.compile(r" (?:[\w'’-]+ |[ld]['’]){0,3}")


def _tallied(folded: str, trigger: Trigger) -> bool:
  """Whether the sentence counts many events ("attacks since 2014"), not
  counts from the trigger's event."""
  return any(
      not (match.group().lower() in ("since", "depuis", "desde")
           and _SINCE_THE_EVENT.fullmatch(folded, match.end(), trigger.start))
      for match in _AGGREGATE.finditer(folded))


def _distinct_kinds(first, second) -> bool:
  """Two specific violent triggers of different sub-types (an air strike
  and shelling) name two events; generic words name no kind of their own."""
  return (not first.generic and not second.generic
          and first.event_type in _VIOLENT and second.event_type in _VIOLENT
          and first.sub_event_type != second.sub_event_type
          and {first.sub_event_type, second.sub_event_type}
          not in _SAME_EVENT_PAIRS)


def _is_aside(sentence: str) -> bool:
  stripped = sentence.rstrip()
  # Split at most 5 times: six pieces mean six words or more.
  return stripped.endswith("?") or len(stripped.split(None, 5)) < 6


def _question_start(sentence: str) -> int:
  """Where a question starts in the sentence (its '¿', or the start of a
  short sentence ending in '?'); past the end when it asks nothing."""
  stripped = sentence.rstrip().rstrip("\"'»”")
  if not stripped.endswith("?"):
    return len(sentence)
  opening = stripped.rfind("¿")
  if opening >= 0:
    return opening
  return 0 if len(stripped.split()) <= 15 else len(sentence)


def _count_killed(event: EventMention, group: str, value: int,
                  qualifier: str) -> None:
  """Keep the largest count per victim group; the toll is the largest of
  the counts of anyone and the sum of soldiers and militants ("14 soldiers
  died" + "over 30 terrorists were neutralised" = 44), so a restated total
  ("the toll rose to 17") replaces, and distinct groups add up; the
  bombers' own deaths add to either."""
  current = event.killed_by_group.get(group)
  if current is not None and current[0] >= value:
    return
  event.killed_by_group[group] = (value, qualifier)
  parts = [event.killed_by_group[g] for g in (SECURITY, MILITANT)
           if g in event.killed_by_group]
  summed = (sum(v for v, _ in parts),
            max(parts)[1]) if parts else None
  anyone = event.killed_by_group.get("")
  bombers = event.killed_by_group.get(BOMBERS, (0, qualifier))
  total = max((t for t in (anyone, summed) if t is not None),
              key=lambda t: t[0], default=(0, bombers[1]))
  event.killed = total[0] + bombers[0]
  event.casualty_qualifier = total[1]


def _near_any(date: DateMention, tolls) -> bool:
  """Whether a date is told with the tolls ("The toll rose to 11 on
  Sunday"), not in a clause of its own ("Nobody was hurt, ... adding that
  30 mines had been cleared this month")."""
  return any(date.start - toll.end < 60 and toll.start - date.end < 60
             for toll in tolls)


def _elsewhere(candidate: EventMention, event: EventMention) -> bool:
  """Whether the candidate names a town of its own, not the event's."""
  own = candidate.locality or (
      candidate.place.name if candidate.own_place and candidate.place
      and candidate.place.kind == "city" else None)
  return own is not None and own not in (event.locality,
                                         event.place and event.place.name)


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}


def _finer_date(new: EventMention, old: EventMention) -> bool:
  """Whether ``new`` dates ``old`` more precisely, inside its year or
  month."""
  return (_PRECISION_RANK[new.date_precision]
          > _PRECISION_RANK[old.date_precision] and _same_date(new, old))


def _named_day_for_counted(new: EventMention, old: EventMention) -> bool:
  """"une semaine après le double attentat-suicide ... l'attentat du 19
  septembre": the day named replaces the day counted a week back."""
  return (old.date_counted and new.date_named
          and new.date_precision == old.date_precision == "day"
          and abs((new.event_date - old.event_date).days) <= 3)


def _day_of_its_month(event: EventMention, candidate: EventMention) -> bool:
  """"Trois semaines après le double attentat-suicide de Nikshahr ...
  L'attentat du 20 mai à Nikshahr": a month told first as background, its
  day a few weeks back told next."""
  return (event.date_precision == "month" and candidate.generic
          and candidate.date_precision == "day"
          and not candidate.background
          and (candidate.event_date.year, candidate.event_date.month)
          == (event.event_date.year, event.event_date.month))


def _same_date(first: EventMention, second: EventMention) -> bool:
  if first.date_precision == "day" and second.date_precision == "day":
    return abs((first.event_date - second.event_date).days) <= 1
  precision = min(_PRECISION_RANK[first.date_precision],
                  _PRECISION_RANK[second.date_precision])
  if precision == 1:
    return first.event_date.year == second.event_date.year
  return (first.event_date.year, first.event_date.month) == (
      second.event_date.year, second.event_date.month)


_KIND_RANK = {"country": 0, "admin1": 1, "city": 2}


def _more_specific(new: Place, old: Place) -> bool:
  return (_KIND_RANK[new.kind] > _KIND_RANK[old.kind]
          and new.country_code == old.country_code)


# Words of match and race reports, en/fr/es (accent-folded).
_SPORTS_WORDS = re.compile(
    r"\b(?:match(?:es)?|goals?|striker|midfielder|defender|goalkeeper|"
    r"innings|wickets?|batsm[ae]n|bowlers?|tournament|league|championship|"
    r"coach|referee|penalty|half-time|peloton|cyclists?|stage|sprint|"
    r"semi-?final|final whistle|scored|buts?|buteur|gardien|entraineur|"
    r"arbitre|mi-temps|championnat|essais?|melee|partido|goles?|gol|"
    r"delantero|portero|arbitro|entrenador|torneo|liga|etapa|peloton|"
    r"ciclistas?|corredores|carrera|meta|campeonato|marcador|"
    # Sailing: "les 42 voiliers engagés ... une attaque dans le grain".
    r"regates?|regattas?|skippers?|voiliers?|equipages?|equipiers?|"
    r"spinnakers?|bouees?|buoys?|yachts?|classement)\b",
    re.IGNORECASE)


# Words of film, series, book and game reviews, en/fr/es (accent-folded):
# a review's kidnappings and car bombs are its plot.
_REVIEW_WORDS = re.compile(
    r"\b(?:films?|movie|thriller|director|debut|plot|subplot|script|"
    r"screenplay|performances?|premiere|cinemas?|box office|running time|"
    r"actress|actor|cast|novel|chapters?|protagonist|sound design|"
    r"cinematography|stars? out of|(?:four|five|three) stars|"
    r"realisateur|realisatrice|scenario|long-metrage|intrigue|roman|"
    r"comedien|comedienne|actrice|salles|pelicula|director de cine|guion|"
    r"novela|actriz|cartelera|largometraje|"
    # Books: "the author's first book", "l'autrice ... le livre".
    r"books?|author|memoir|publisher|bookshops?|livres?|auteure?|autrice|"
    r"editeur|librairies?|manuscrit|libros?|autora?|librerias?|pages|"
    r"paginas|exemplaires|ejemplares|"
    # Video games: a shooter's campaign opens with a bombing.
    r"video ?games?|gameplay|multiplayer|consoles?|gamers|frames per "
    r"second|jeux? video|videojuegos?|"
    # Concerts: "el guitarrista se lanzó en un solo suicida".
    r"concerts?|conciertos?|gigs?|setlist|encore|guitarists?|guitaristes?|"
    r"guitarristas?|drummers?|batteurs?|bateristas?|lead singer|chanteur|"
    r"chanteuse|cantantes?|songs|chansons|canciones|rock band|groupe de "
    r"rock|banda de rock|cuarteto de rock|albums?)\b",
    re.IGNORECASE)

# Searched over whole documents: tried only where one of their words starts.
_SPORTS_WORDS, _REVIEW_WORDS = Scanner(_SPORTS_WORDS), Scanner(_REVIEW_WORDS)


_OPENING_QUOTE = re.compile(r"[«“\"]\s*$")
_CLOSING_QUOTE = re.compile(r"\s*[»”\"]")
_THE_WORD = re.compile(r"\b(?:the|a) (?:word|term)\s*[\"“]\s*$|"
                       r"\b(?:le|du|au) (?:mot|terme)\s*[«\"“]\s*$",
                       re.IGNORECASE)


def _quoted_name(sentence: str, trigger: Trigger) -> bool:
  """Whether the trigger is a capitalized name alone in quotes, or a word
  quoted as a word ("nous reproche le mot « émeute »")."""
  quoted = (_OPENING_QUOTE.search(sentence, max(0, trigger.start - 2),
                                  trigger.start) is not None
            and _CLOSING_QUOTE.match(sentence, trigger.end) is not None)
  return quoted and (sentence[trigger.start].isupper()
                     or _THE_WORD.search(sentence, max(0, trigger.start - 12),
                                         trigger.start) is not None)


def _is_sports_report(text: str) -> bool:
  """Four or more different sports words: a match or race report."""
  return _distinct_words(_SPORTS_WORDS, text) >= 4


def _is_review(text: str) -> bool:
  """Four or more different review words: a film, book, game or concert
  review."""
  return _distinct_words(_REVIEW_WORDS, text) >= 4


def _distinct_words(words: Scanner, text: str) -> int:
  return len({m.group(0).lower() for m in words.finditer(fold(text))})


# An actor before the trigger who only speaks of it ("Police say the
# attackers were bandits"), unless it speaks of its own deed ("the army
# said it killed"), or who suffers it ("soldiers were killed when").
_SPEAKER_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:said|say|says|told|announced|reported|"
    r"stated|accused|blamed|confirmed|believes?|dit|a dit|ont dit|"
    r"a indique|ont indique|a affirme|accuse|dijo|dicen|informo|senalo|"
    r"acuso|afirmo)\b(?![\w ,]{0,20}?\b(?:it|they|its|their|il|ils|elle|"
    r"elles|ses|leurs?|sus?|avoir|haber|had|has|have)\b)",
    re.IGNORECASE)
_VICTIM_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:(?:were|was|have been|had been|has been|"
    r"are|ont ete|a ete|avaient ete|sont|fueron|han sido) (?:killed|"
    r"wounded|injured|hurt|abducted|kidnapped|targeted|shot|tues?|"
    r"blesses?|enleves?|vises?|asesinados?|heridos?|secuestrados?)|died|"
    r"sont morts|murieron)\b", re.IGNORECASE)


# Between two places that name one: "Fresnillo, Zacatecas", "Zuru-Koko".
_JOINED_PLACES = re.compile(r",\s*|\s*[-–]\s*")
# The attackers as victims, right before a killing trigger.
# The attackers counted in or out of a toll: "seize morts, sans compter
# les deux kamikazes", "17 dead, including the two bombers".
_ATTACKERS_COUNTED = re.compile(
    r"\b(?:sans compter|non compris|y compris|dont|ainsi que|not counting|"
    r"not including|including|excluding|besides|as well as|sin contar|"
    r"incluidos|incluyendo|asi como)"
    r" (?:les |the |los |las |their |leurs )?(?:[\w-]+ )?$")

# A toll naming its bombers: "26, including the two bombers", "dont les
# deux kamikazes".
_BOMBERS_IN_TOLL = re.compile(
    r"(?:" + _ATTACKERS_COUNTED.pattern[:-1]
    # "the official figure is now 21 dead with the two bombers".
    + r"|\b(?:with|avec) (?:the |les )?(?:[\w-]+ )?)"
    + r"(?:kamikazes?|(?:suicide )?bombers?|suicidas?)\b"
    # "vingt-deux morts, kamikazes compris", "suicidas incluidos".
    + r"|\b(?:kamikazes|bombers|suicidas|attackers) (?:compris|inclus|"
    r"included|incluidos)\b")


# The same told after the attackers: "vingt-quatre morts, kamikazes non
# compris".
_COUNTED_AFTER = re.compile(
    # "les deux kamikazes comprises": women bombers agree in gender.
    r",? (?:non compris(?:es)?|compris(?:es)?|inclus(?:es)?|exclus|exclues|"
    r"included|excluded|not included|among them|incluid[oa]s|"
    r"excluid[oa]s)\b")


def _counted_in(folded: str, trigger: Trigger) -> bool:
  """The trigger names attackers counted into (or out of) a toll: "besides
  the two bombers", "ainsi que les deux kamikazes", "kamikazes non
  compris"."""
  return (_ATTACKERS_COUNTED.search(folded, max(0, trigger.start - 40),
                                    trigger.start) is not None
          or (_COUNTED_AFTER.match(folded, trigger.end) is not None
              # ...not "took seven people into custody, among them two".
              and _BOMBER_NOUN.search(folded, trigger.start, trigger.end)
              is not None))


# "arrêtées au 1er juin": figures closed as of a day, no one arrested.
_AS_OF = re.compile(r" au (?:1er|\d{1,2}) ")
# Arrests named by a noun alone, summing up those told in full later.
_ARREST_NOUN = re.compile(
    r"(?i:arrests?|arrestations?|interpellations?|detentions?|detenciones|"
    r"capturas?)")


# Suspects told again as they are held ("Les trois suspects ont été placés
# en garde à vue", "They were remanded in custody"), not arrested anew.
_THEY_HELD = re.compile(
    r"\W*(?:les|the|los|las|ces|these|those|ils|elles|they|ellos|all|"
    r"tous)\b", re.IGNORECASE)
_WITH_THEM = re.compile(
    r" (?:with|alongside) (?:him|her|them)\b|"
    r" (?:avec|en meme temps que) (?:lui|elle|eux|elles)\b|"
    r" (?:con|junto a) (?:el|ella|ellos|ellas)\b")
_CUSTODY = re.compile(
    r"garde a vue|(?:placed|held|remanded|kept) in custody|"
    r"detention provisoire|prision provisional|detencion preventiva",
    re.IGNORECASE)
# A date told as the last event's: "the same month", "le même jour".
_SAME_PERIOD = re.compile(
    r"\b(?:(?:the|that) same|later that|le meme|la meme|ce meme|cette meme|"
    r"el mismo|ese mismo|aquel mismo|esa misma|la misma) "
    r"(?P<unit>day|month|year|jour|mois|annee|dia|mes|ano)\b", re.IGNORECASE)
# Coarsest first: a period is no finer than the date it repeats.
_PRECISIONS = ("year", "month", "day")


# More of the same told by a pronoun for the verb: "Six autres l'ont été
# lundi", "otros tres lo fueron el martes".
_RESUMED_VERB = re.compile(
    r"\b(?:autres?|others?|more|otros|otras)\s+(?P<verb>l['’](?:ont|a|"
    r"avaient|avait) ete|lo (?:fueron|fue|han sido|ha sido))\b")


# A bomber stopped before the blast: shot at a checkpoint, "abattue par
# des soldats", "before she could set off her explosives".
_STOPPED_BOMBER = re.compile(
    r"\bbefore (?:he|she|they) could (?:set off|detonate|blow|trigger|"
    r"explode)|\bavant (?:de pouvoir|d'avoir pu|qu'(?:il|elle)s? (?:ne )?"
    r"(?:puisse|"
    r"puissent|ait pu|aient pu)) (?:actionner|declencher|faire exploser|se "
    r"faire exploser)|\bantes de (?:que )?(?:pudiera|pudieran|poder) "
    r"(?:detonar|activar|hacer estallar|inmolarse)|"
    r"\b(?:kamikazes?|(?:suicide )?bombers?) (?:was|were|a ete|ont ete|fue|"
    r"fueron) (?:shot|killed|abattue?s?|neutralisee?s?|tuee?s?|abatid[oa]s?|"
    r"neutralizad[oa]s?)")
# The bomber nouns that, stopped, name the attempt.
_BOMBER_NOUN = re.compile(r"(?:kamikazes?|(?:suicide )?bombers?)$")
# The agent of a passive: "le double attentat perpétré ... par deux
# kamikazes", "the blast caused by a suicide bomber".
_AGENT = re.compile(r"\b(?:par|by|por)\s+(?:[\w-]+\s+)?$")


def _bombers_by(folded: str, trigger: Trigger) -> bool:
  """Bombers named as who did what the sentence names: the act's words,
  not theirs, are the trigger to show."""
  return (_BOMBER_NOUN.search(folded, trigger.start, trigger.end) is not None
          and _AGENT.search(folded, max(0, trigger.start - 30),
                            trigger.start) is not None)


def _bombers_of(folded: str, trigger: Trigger) -> bool:
  """Bombers named as whose something is ("deux photos présentées comme
  celles des kamikazes"): the attack's own words are the trigger to show."""
  return (_BOMBER_NOUN.search(folded, trigger.start, trigger.end) is not None
          and _GENITIVE.search(folded, max(0, trigger.start - 12),
                               trigger.start) is not None)


_GENITIVE = re.compile(r"\b(?:des|of the|de los|de las)\s+$")


# The bombers of an attack already told, named by who helped or mourns
# them ("the car that brought the two suicide bombers", "the wife of one
# of the bombers", "le recruteur des deux kamikazes"): no attack of their
# own.
_BOMBERS_REFERRED = re.compile(
    r"\b(?:(?:recruiters?|handlers?|trainers?|wife|wives|widows?|famil(?:y|"
    r"ies)|brothers?|fathers?|mothers?|relatives|drivers?|hosts?|"
    r"accomplices?|facilitators?|cars?|vehicles?|motorcycles?|phones?|"
    r"identities|photos?|bodies|remains) of (?:one of )?|(?:recruteurs?|"
    r"logeurs?|chauffeurs?|epouses?|femmes?|veuves?|familles?|freres?|"
    r"peres?|meres?|"
    r"proches|complices?|parents|entourage|voitures?|vehicules?|motos?|"
    r"telephones?|identites?|photos?|corps|restes) (?:presumee?s? )?"
    r"(?:de l'un |d'un )?"
    r"(?:des|du|de) |"
    # "Dhuluiya's two bombers, investigators now say, spent their last
    # night in a farmhouse": the town's attack, named by its bombers.
    r"[\w-]+['’]s |"
    # "aurait versé 2 000 dollars à chacun des deux kamikazes".
    r"(?:each|either) of |chacun des |cada uno de |"
    r"(?:brought|drove|sheltered|hid|housed|trained|recruited|transported|"
    r"ferried|guided|smuggled) |(?:amene|conduit|heberge|cache|forme|"
    r"recrute|transporte|fait entrer|fait passer|guide|loge)e?s? )"
    r"(?:the |les |des |un |une )?(?:two |both |deux |three |trois )?"
    r"(?:[\w-]+ )?$")
_WHO_DID = re.compile(r",? (?:who|qui|quienes|que)\b")
_BELT_NOUN = re.compile(r"(?:ceintures?|vests?|chalecos?) (?:d(?:'|’)|de )?"
                        r"explosi\w+$|(?:explosive|suicide) vests?$")
# The bombers already told: "the two bombers", "les deux kamikazes".
_THE_BOMBERS = re.compile(
    # ...or one of them: "qui avait conduit l'un des kamikazes".
    r"(?:\b(?:one of the|uno de los|una de las)|\bl?['’]?une? des|\b(?:the|"
    r"les|los|las))(?: (?:two|both|deux|dos|three|trois|tres))?"
    r"(?: (?:suicide|presumed|alleged|presumes))? $", re.IGNORECASE)


def _as_disrupted(trigger: Trigger, folded: str) -> Trigger:
  """A shooting or a bomber noun in a sentence telling a bomber stopped
  names the foiled attempt ("Disrupted weapons use"); the blasts told
  with it ("blew themselves up") stay bombings."""
  if trigger.sub_event_type == lexicon.ATTACK or (
      trigger.sub_event_type == lexicon.SUICIDE
      and _BOMBER_NOUN.match(folded, trigger.start, trigger.end)):
    return dataclasses.replace(trigger, sub_event_type=lexicon.DISRUPTED,
                               generic=False)
  return trigger


# "The first bomber", "un second kamikaze", "el segundo atacante": one
# part of an attack of several.
_ORDINAL_PART = re.compile(
    r"\b(?:first|second|third|premier|premiere|second|seconde|deuxieme|"
    r"troisieme|primer|primera|segundo|segunda|tercer|tercera)\s+"
    r"(?:[\w-]+\s+)?(?:[\w-]+,[^,.;]{1,25},\s+)?$")
_ATTACKERS_FATE = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|militants?|bombers?|"
    r"assaillants?|kamikazes?|atacantes?|sicarios?)\s+(?:were|was|had been|"
    r"ont ete|a ete|fueron|fue)\s*$")
# Searched in whole sentences, or from or up to a place in them (after
# _BOMBERS_IN_TOLL is built from _ATTACKERS_COUNTED's text): tried only
# where one of their words starts. _RESUMED_VERB alone, tried at every
# character of every sentence, cost a twentieth of general news.
(_PLUPERFECT, _MORE_PEOPLE, _PART_OF_TOLL, _POINTS_AT, _ATTACKERS_COUNTED,
 _BOMBERS_IN_TOLL, _SAME_PERIOD, _RESUMED_VERB, _STOPPED_BOMBER,
 _ORDINAL_PART) = map(Scanner, (
     _PLUPERFECT, _MORE_PEOPLE, _PART_OF_TOLL, _POINTS_AT,
     _ATTACKERS_COUNTED, _BOMBERS_IN_TOLL, _SAME_PERIOD, _RESUMED_VERB,
     _STOPPED_BOMBER, _ORDINAL_PART))


# A live blog's entry stamp: "17:55 -", "16 h 30 -".
_STAMP = r"[0-2]?\d[:.h][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[-–—:]"
# A sentence announcing another story: its events are new ones.
_SEPARATELY = re.compile(
    r"\s*(?:" + _STAMP + r"\s*)?(?:separately|in (?:a |another )?separate "
    r"(?:incident|attack|development)|elsewhere|in other news|"
    r"in another (?:incident|"
    r"attack)|par ailleurs|"
    r"dans (?:un|une) autre (?:incident|attaque)|ailleurs|por otra parte|"
    r"en otro (?:hecho|ataque|incidente)|en otra parte)\b", re.IGNORECASE)
# A round-up's item, after its country in capitals: "PERU - Gunmen ...".
_ROUNDUP_ITEM = re.compile(r"\s*[A-Z][A-Z' ]{2,} [-–—] ")


# A live blog's entries open with the time: "17:55 - Police now say...".
_LIVE_STAMP = re.compile(r"(?:^|\n)\s*" + _STAMP + r"\s")
# The same after the start: opening with a line break, which re skips to
# in C, where _LIVE_STAMP is tried at every character of the document.
_LINE_STAMP = re.compile(r"\n\s*" + _STAMP + r"\s")


def _is_live_blog(text: str) -> bool:
  # _LIVE_STAMP.findall(text), counted: a stamp at the start, then those
  # after it (or after the start), which only its line break can begin.
  first = _LIVE_STAMP.match(text)
  stamps = (first is not None) + len(_LINE_STAMP.findall(
      text, first.end() if first is not None else 0))
  return stamps >= 3


# An entry's stamp at the start of a line, as _LIVE_STAMP finds it, with
# its hour and minute captured to tell the entries' order.
_ENTRY = (r"\s*([0-2]?\d)[:.h]([0-5]\d)(?:\s*([AaPp])\.?[Mm]\.?)?"
          r"\s*[-–—:]\s")
_ENTRY_STAMP = re.compile(r"(?:^|\n)" + _ENTRY)
# The same after the start, as _LINE_STAMP is _LIVE_STAMP's.
_LINE_ENTRY_STAMP = re.compile(r"\n" + _ENTRY)


def _entries_newest_first(text: str) -> List[int]:
  """The offsets of a live blog's entries when its newest come first (most
  stamps earlier than the one above them), else []."""
  # _ENTRY_STAMP.finditer(text): a stamp at the start, then those after it.
  first = _ENTRY_STAMP.match(text)
  matches = ([first] if first is not None else []) + list(
      _LINE_ENTRY_STAMP.finditer(text, first.end() if first is not None
                                 else 0))
  stamps = [(match.start(1), _minute_of_day(match)) for match in matches]
  if len(stamps) < 3:
    return []
  minutes = [minute for _, minute in stamps]
  earlier = sum(1 for first, then in zip(minutes, minutes[1:]) if then < first)
  if earlier < 2 or earlier < len(minutes) - 1 - earlier:
    return []
  return [start for start, _ in stamps]


def _minute_of_day(stamp: re.Match) -> int:
  """"17:55", "5:55 PM": minutes since midnight."""
  hour, half = int(stamp.group(1)), (stamp.group(3) or "").lower()
  if half:
    hour = hour % 12 + (12 if half == "p" else 0)
  return hour * 60 + int(stamp.group(2))


def _reading_order(spans: List[Tuple[int, int]], starts: List[int]
                   ) -> List[Tuple[int, int]]:
  """The sentences in the order things happened: a live blog with its
  newest entries first (``starts``: see _entries_newest_first) is read
  from its oldest entry up (after any lead above the first entry), so that
  the attack is told before the tolls that update it and the arrests that
  follow it."""
  if not starts:
    return spans
  entries: List[List[Tuple[int, int]]] = [[] for _ in range(len(starts) + 1)]
  for span in spans:
    entries[bisect.bisect_right(starts, span[0])].append(span)
  return entries[0] + [span for entry in reversed(entries[1:])
                       for span in entry]


def _locality_place(event: EventMention, known: Optional[Place],
                    fallback: Optional[Place]) -> Optional[Place]:
  """The event's locality as its place, in the province or country it
  names (``known``), else in the country of the known place nearest the
  locality in its sentence, else in the story's (``fallback``)."""
  country = (known.country_code if known is not None else
             event.locality_country or (fallback.country_code if fallback
                                        else None))
  if country is None:
    return fallback
  return _locality(event.locality, country,
                   known.admin1 if known is not None else None)


def _locality(name: str, country: str, admin1: Optional[str] = None
              ) -> Place:
  """A place the gazetteer does not know, in a country it does."""
  return Place(name=name, kind="locality", country_code=country,
               admin1=admin1, latitude=None, longitude=None, population=0)


def _attack_named(events: Iterable[EventMention],
                  named: Optional[Trigger]) -> Optional[EventMention]:
  """The first of ``events`` that is the attack named ("the bombing", not
  the gunfight; "the attack": any violence), with its day known."""
  return next((e for e in events
               if e.event_type in _VIOLENT and e.date_precision == "day"
               and (named is None or named.generic and named.sub_event_type
                    == lexicon.ATTACK or e.event_type == named.event_type)),
              None)


_SUBJECT_LINE = re.compile(r"(?:objet|subject|asunto|re|fwd?)\s*:",
                           re.IGNORECASE)


def _in_subject_line(text: str, position: int) -> bool:
  """Whether the position is on an email's subject line."""
  line_start = text.rfind("\n", 0, position) + 1
  return _SUBJECT_LINE.match(text, line_start) is not None


def _take_words(event: EventMention, teller: EventMention) -> None:
  """The event named by the words of the sentence that tells it."""
  for field in ("trigger_start", "trigger_end", "sentence_start",
                "sentence_end"):
    setattr(event, field, getattr(teller, field))


def _day_from(event: EventMention, told: EventMention, step: int) -> None:
  """The day of the attack told, or the day after (step 1) or before."""
  event.event_date = told.event_date + datetime.timedelta(days=step)
  event.date_precision = "day"
  event.own_date = True


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
  spans = _reading_order(split_sentences(text), tagger.entries_newest_first)
  for index, (start, end) in enumerate(spans):
    if end <= tagger.skip_until:
      continue
    following = (text[slice(*spans[index + 1])] if index + 1 < len(spans)
                 else "")
    tagger.tag_sentence(max(start, tagger.skip_until), end, following)
  return tagger.finish()
