"""Which quantities in a sentence count the killed, the injured, the arrested.

A quantity (transforms/events/numbers.py) is read by the words around it:
the verb just before it ("killing at least 12", "death toll rose to 15",
"left 3 dead", "wounding 31") decides first; else the first casualty word
after it, with no other number in between ("12 people were killed", "31
others wounded", "au moins 12 morts", "30 muertos"). Lists share the verb:
"12 soldiers and 20 militants were killed" is 32 killed.

Never casualties: ages ("a 34-year-old"), years, times, percentages, things
("30 bombs seized", "a dozen devices defused"), and people counted by a
verb that is not killing, injuring or arresting ("300 people questioned by
police", "summoned", "displaced", "abducted", "rescued").
"""

import dataclasses
import re
from typing import List, Optional, Tuple

from transforms.events.numbers import Quantity
from transforms.events.scanning import AnchorGate, AnchorSet, Scanner
from transforms.events.text import blank_spans, fold

__all__ = ["Casualty", "KILLED", "INJURED", "ARRESTED", "find_casualties",
           "may_name_casualties", "tells_two_attackers"]

KILLED = "killed"
INJURED = "injured"
ARRESTED = "arrested"

_WORDS = {
    KILLED: (r"killed|dead|died|die|deaths?|fatalities|perished|slain|"
             # ...not the verb: "an island of 180,000 people that lives
             # mainly from tourism".
             r"(?<!that )(?<!who )(?<!which )(?<!he )(?<!she )(?<!it )lives"
             r"(?! (?:in|from|on|off|mainly|largely|with|there|here|near|at|"
             r"by)\b)|bodies|killing|kills|murdered|massacred|executed|"
             r"succumbed|assassinated|assassinee?s?|"
             r"neutrali[sz]ed|tuee?s?|decede(?:e|s|es)?|perdu la vie|"
             # A "journee ville morte" is a general strike, not a death;
             # "deux kamikazes semaient la mort" were not two dead.
             r"(?<!ville )(?<!villes )(?<!seme la )(?<!semer la )"
             r"(?<!semant la )(?<!semaient la )(?<!semait la )"
             r"mort(?:e|s|es)?|"
             r"neutralisee?s?|abattue?s?|peri|ont peri|(?:ont )?succombe|corps|"
             r"muert[oa]s?|fallecid[oa]s?|fallecieron|murieron|asesinad[oa]s?|"
             r"sin vida|perdieron la vida|perdio la vida|victimas mortales|"
             r"cadaveres|vidas|neutralizad[oa]s?|"
             r"abatid[oa]s?|perecieron|perecio|sucumbieron|cuerpos"),
    INJURED: (r"wounded|injured|hurt|injuries|wounding|injuring|"
              r"being treated|receiving treatment|in (?:the )?hospital|"
              r"treated for (?:wounds|injuries|burns)|"
              r"hospitali[sz]ed|hospitalisee?s?|hospitalizad[oa]s?|"

              r"blessee?s?|blessant|heridos?|heridas|lesionad[oa]s?|"
              r"hiriendo|hirio"),
    ARRESTED: (r"arrested|detained|arresting|detaining|arrests|in custody|"
               r"into custody|"
               r"arretee?s?|interpellee?s?|en garde a vue|"
               r"detenid[oa]s?|arrestad[oa]s?|capturad[oa]s?|"
               r"aprehendid[oa]s?"),
    # People counted by what is not a casualty: they stop the search.
    None: (r"questioned|summoned|displaced|evacuated|missing|rescued|freed|"
           r"released|abducted|kidnapped|hostages?|fled|interviewed|"
           r"charged|convicted|sentenced|deported|seized|defused|recovered|"
           r"homeless|stranded|sans[ -]abri|sinistree?s?|damnificad[oa]s?|"
           r"entendue?s?|convoquee?s?|deplacee?s?|disparue?s?|liberee?s?|"
           r"enlevee?s?|interrogad[oa]s?|citad[oa]s?|desplazad[oa]s?|"
           r"desaparecid[oa]s?|liberad[oa]s?|secuestrad[oa]s?|evacuad[oa]s?"),
}
_KIND_OF_GROUP = {"k": KILLED, "i": INJURED, "a": ARRESTED, "n": None}
_ANY_WORD = re.compile(
    r"\b(?:(?P<k>%s)|(?P<i>%s)|(?P<a>%s)|(?P<n>%s))\b" % (
        _WORDS[KILLED], _WORDS[INJURED], _WORDS[ARRESTED], _WORDS[None]),
    re.IGNORECASE)
# Verbs or nouns right before a number that make it a count of victims.
_BEFORE = re.compile(
    # A label opening a clause and its count: "Killed: at least 17",
    # "Morts : 14" (not "vingt-trois morts : dix-neuf militaires, ...", a
    # toll's parts).
    r"\b(?:(?P<k>(?<![\w'-] )(?:killed|dead|deaths|fatalities|morts|tues|"
    r"muertos|fallecidos)\s?:|"
    # "killing themselves and at least six other people"
    r"(?:killing|killed|kills) (?:himself|herself|themselves) and|"
    r"killing|killed|kills|left|leaving|shot dead|"
    r"gunned down|"
    r"beheading|beheaded|decapitant|decapitando|decapitaron|"
    r"massacring|massacred|massacrant|(?:a|ont|avait|avaient) massacre|"
    r"masacrando|masacraron|masacro|"
    r"(?:a|ont|avait|avaient) (?:decapite|egorge)|egorgeant|"
    r"(?:claimed|claiming|took|taking) the lives of|"
    r"(?:the dead|those killed) (?:included|were|are)|"
    # "The army says it lost four soldiers"
    r"(?:it|has|had|have|they|we) lost|(?:a|ont|avoir) perdu|"
    r"perdio|perdieron|"
    r"(?:cost|costing) the lives of|neutrali[sz](?:ed|ing)|"
    # "the bodies of 12 victims were recovered": bodies are the dead.
    r"(?:the )?bodies of|(?:les )?corps de|(?:los )?cuerpos de|"
    r"(?:killings?|murders?|deaths?|assassination) of|(?:mort|meurtre|"
    r"assassinat) de|(?:muerte|asesinato) de|"
    r"(?:coute|coutant) la vie a|neutralise|neutralisant|neutralizando|"
    r"asesinaron|asesino|"
    r"asesinando|(?:se )?(?:cobro|cobrando|cobraron) la vida de|"
    r"neutralizaron|murieron|fallecieron|"
    r"toll(?! of (?:the )?(?:wounded|injured))(?: \w+){0,3}? "
    r"(?:to|at|of|(?:is|was)(?: now| currently)?|reached)|"
    r"toll(?: \w+){0,4}? (?:now |currently )?(?:rose|rises|climbed|stands|"
    r"stood|reached|jumped|increased) (?:to|at)|"
    # "The toll ... rose on Wednesday. It now stands at 25".
    r"\bit (?:now |currently )?(?:stands|stood) at|(?:bringing|taking|"
    r"pushing|raising) the (?:death )?(?:toll|"
    r"number of (?:dead|deaths|people killed|victims))"
    # "raising the toll of the twin suicide bombing to 25".
    r"(?: (?:of|from|in) [^\d,.;]{0,40}?)? to|faisant|"
    r"tuant|(?:a|ont|avait|avaient|avoir|aurait|auraient|et) tue|"
    r"(?:a|ont|avait|avaient|avoir) abattu|abattant|abatieron|abatio|"
    # Not the old figure of a change: "le bilan est passé de 13 à 15".
    r"bilan(?: (?!passe\b|grimpe\b)\w+){0,3}? "
    r"(?:de|a)|matando|mato|mataron|dejando|dejo|saldo(?: \w+){0,2}? de|"
    # "Les morts sont au nombre de 22".
    r"(?:morts|tues|victimes) (?:sont|etaient) au nombre de|"
    # "ce qui porte le nombre de morts à 20", "elevando el número de
    # muertos a 20".
    r"(?:porte|portant|portent|porter|eleva|elevando|elevan) (?:le|el) "
    r"(?:nombre|numero) de (?:morts|tues|victimes|deces|muertos|"
    r"victimas|fallecidos) (?:a|au)|"
    r"(?:le )?nombre de (?:morts|tues|deces) (?:est passe|s'eleve) a|"
    r"(?:el )?numero de (?:muertos|fallecidos) (?:asciende|sube) a)|"
    r"(?P<i>(?<![\w'-] )(?:wounded|injured|blesses|heridos)\s?:|"
    r"(?:toll|number) of (?:the )?(?:wounded|injured)(?: \w+){0,2}? "
    r"(?:to|at|is|was)|blesses (?:sont|etaient) au nombre de|wounding|"
    r"injuring|wounded|injured|hurting|blessant|"
    # A timeline's present: "a grenade ... wounds nine".
    r"wounds|injures|"
    r"(?:a|ont|avait|avaient|avoir|aurait|auraient|et) blesse|hiriendo|hirio|"
    r"blessait|blessaient|"
    r"hirieron)|"
    r"(?P<a>arresting|arrested|detained|detaining|rounded up|"
    r"arrete|interpelle|ont arrete|ont interpelle|detuvo|detuvieron|"
    r"arrestaron|capturaron))"
    # A day between verb and number, as French and Spanish put it: "ont
    # tué samedi soir cinq personnes", "asesinaron el sábado por la noche
    # a cinco integrantes".
    r"(?: (?:el |le |ce |this |last |on )?(?:lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"hier|ayer|yesterday)(?: (?:soir|matin|apres-midi|por la (?:noche|"
    r"manana|tarde)|night|morning|afternoon|evening))?,?)?"
    # A speaker's aside between verb and number: "killed, I think, nine".
    r"(?:,? (?:je cite|cito|i quote|i think|i believe|we believe|"
    r"reportedly|apparently|uh|um|er|euh|eh),)?"
    r"(?: (?:an?|some|the|another|other|all|un|une|unos|unas|otros|otras|"
    r"todos los))?(?: family of| famille de| familia de)?"
    r"\s*[\"“”«»]?\s*$", re.IGNORECASE)
# Statements of no casualties at all ("There were no casualties", "No one
# was killed"), unless hedged ("no casualties have been reported so far").
_NONE = re.compile(
    r"\b(?:(?P<b>no (?:casualties|victims)|without casualties|(?:no one|"
    r"nobody|no-one) (?:was|were) (?:hurt|harmed)|aucune "
    r"victime|sans faire (?:de|aucune) victimes?|sin (?:dejar |causar |"
    r"provocar )?victimas|sin que (?:hubiera|hubiese|se registraran) "
    r"victimas|no hubo "
    r"victimas|(?:sin dejar|no dejo|sin causar|no causo|no hubo) muertos "
    r"ni heridos|sans faire ni morts? ni blesses)|"
    r"(?P<k>no (?:one|body) (?:was|were) killed|nobody (?:was|"
    r"were) killed|no deaths|no fatalities|no hubo muertos|sin (?:dejar|"
    r"causar) muertos|aucun mort|personne n'a ete tue|nadie murio)|"
    r"(?P<i>no (?:one|body) (?:was|were) (?:"
    r"injured|wounded)|nobody (?:was|were) (?:injured|wounded)|no "
    r"injuries|aucun blesse|personne n'a ete blesse|sans faire (?:de|"
    r"aucun) blesses?|sin (?:dejar|causar) heridos|sin que (?:hubiera|"
    r"hubiese|se registraran) heridos|"
    r"no hubo heridos|(?:sin que )?nadie result(?:o|ara|ase) herid[oa]))\b"
    r"(?![^.]{0,30}\b(?:reported|so far|yet|signale|pour l'instant|"
    r"reportado|por ahora|hasta ahora)\b)", re.IGNORECASE)
# "17 were injured and 23 were taken away": the second number has a verb
# of its own, so it does not share the first one's.
_OWN_VERB = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:were|was|are|have|had|ont|sont|etaient|"
    r"fueron|han|habian|estan)\b", re.IGNORECASE)
_PARTITIVE = re.compile(r"\b(?:of|among) (?:the|those|these)\s*$",
                        re.IGNORECASE)
# "Seventeen of the wounded are in surgery", "trois des morts étaient
# des enfants": a part of a toll, never the toll ("About 20 of the
# wounded are still in hospital" does not say how many were wounded).
_SOME_OF_THE_COUNTED = re.compile(
    r"\s+(?:(?:of|among) the|des|de los|de las) (?:wounded|injured|dead|"
    r"blesses|morts|tues|heridos|muertos)\b", re.IGNORECASE)
# "One more of the wounded, a 23-year-old recruit, died": an apposition
# may stand between; so may where and when, as long as no "and" starts
# another clause ("Une femme grièvement blessée dans le double
# attentat-suicide de mardi est décédée").
_WOUNDED_WHO_DIED = re.compile(
    r"(?:,[^,.;]{1,50},)?\s+(?:(?!(?:and|et|y|but|mais|pero|while)\s)"
    r"[\w'’-]+\s+){0,7}?(?:died|succumbed|"
    r"passed away|ayant succombe|having died|sont morts|a succombe|"
    r"est morte?|est decedee?|"
    r"sont decedes|ont succombe|murieron|fallecieron|murio|fallecio)\b",
    re.IGNORECASE)
# "Advocate Tariq Jadoon, who was wounded at the lawyers' gate on
# Tuesday, died on Friday": the clause on his wounds closes, then he dies.
_WOUNDED_CLAUSE_THEN_DIED = re.compile(
    r"[^,.;:]{0,60},\s+(?:has |had |then )?(?:died|succumbed|passed away|"
    r"est morte?|est decedee?|a succombe|murio|fallecio)\b", re.IGNORECASE)
# "après le décès mardi de deux blessés", "the death of two injured": the
# wounded who died are in the toll already.
_DEATH_OF = re.compile(
    r"\b(?:deces|mort|death|deaths|muerte|fallecimiento)(?: \w+)? "
    r"(?:de|of|d'|del)\s*$", re.IGNORECASE)
# One victim named without a number: "the vice-principal was shot dead",
# "le gouverneur a ete abattu", "fue asesinado el gobernador". Singular
# auxiliaries only; "no one" or "anyone" as the subject is not a victim.
_ONE_VICTIM = re.compile(
    r"\b(?:(?P<k>(?:was|has been|had been) (?:(?:later|"
    r"subsequently|eventually) )?(?:shot dead|shot and killed|"
    r"killed|murdered|gunned down|stabbed to death|beaten to death|"
    r"beheaded|executed|lynched|assassinated)|(?:a|avait) ete (?:tuee?|"
    r"abattue?|assassinee?|executee?|poignardee? a mort)|fue (?:asesinad[oa]|"
    r"abatid[oa]|ejecutad[oa]|ultimad[oa]|apunalad[oa] hasta la muerte))|"
    r"(?P<i>(?:was|has been|had been) (?:wounded|injured|hurt)|"
    r"a ete blessee?|(?:fue|resulto) herid[oa]))\b", re.IGNORECASE)
# "The number of people killed ... has risen to 17", "raised the toll from
# this morning's shelling to 11": a new total after a change verb, of the
# casualty word named before it.
_NEW_TOTAL = re.compile(
    r"\b(?:risen|rose|rises|climbed|raised|revised|increased|jumped|"
    r"reached|reaches|alourdi|passe|eleve|atteint|ascendio|asciende|"
    r"ascienden|aumento|aumenta|subio|sube|elevo)\b"
    r"(?:[^\d]{0,60}?)\b(?:to|a|at|hasta)\s*$", re.IGNORECASE)
_TOTAL_OF = re.compile(
    r"(?P<k>toll|killed|dead|deaths|bilan|morts|tues|saldo|muertos|"
    r"fallecidos)|(?P<i>injured|wounded|blesses|heridos)", re.IGNORECASE)
# "nine people, four of them children": the second number is a part of the
# first, not a count of its own.
_PART_OF = re.compile(
    r"^\s*(?:of them|of whom|among them|d(?:'|’)entre eux|de ellos|de ellas|"
    r"de los cuales|de las cuales)\b", re.IGNORECASE)
# The same with the part's noun: "killed 20 people, the two bombers among
# them".
_NOUN_AMONG_THEM = re.compile(
    r"\s*(?:[a-z-]+\s+){1,2}(?:among them|parmi eux|entre ellos|entre "
    r"ellas)\b", re.IGNORECASE)
_INCLUDING = re.compile(
    r"\b(?:including|among them|among whom|dont|parmi eux|incluidos?|"
    r"incluidas?|entre ellos|entre ellas)(?:\s+(?:the|les|los|las))?\s*$",
    re.IGNORECASE)
# "24 dead, with the two bombers": a toll's own attackers, counted in.
_WITH_ATTACKERS = re.compile(
    r",?\s*(?:with|avec|con)\s+(?:the|les|los)\s*$", re.IGNORECASE)
_ATTACKERS_NOUN = re.compile(
    r"\s+(?:suicide\s+)?(?:bombers|attackers|kamikazes|assaillants|"
    r"suicidas|atacantes)\b(?!\s+(?:\w+\s+)?(?:shot|killed|dead|tues|"
    r"abattus|muertos))", re.IGNORECASE)
# Whose deaths: security forces and armed groups are counted apart, so that
# "14 soldiers died" and "over 30 terrorists were neutralised" add up.
SECURITY = "security"
MILITANT = "militant"
# Suicide bombers' own deaths, told apart from the victims' ("Twelve people
# were killed. The two bombers also died"), add to any toll: our sets count
# the bombers when the text counts them.
BOMBERS = "bombers"
_GROUP_OF_UNIT = [
    (BOMBERS, re.compile(r"^(?:bombers|kamikazes|suicidas)$", re.IGNORECASE)),
    # Plural or one: "11 militants ...; one officer was also killed".
    (SECURITY, re.compile(
        r"^(?:soldiers?|troops|service(?:man|men)|police(?:man|men)|police|"
        r"officers?|guards?|gendarmes?|personnel|soldats?|militaires?|"
        r"policiers?|soldados?|militar(?:es)?|policias?|uniformados?|"
        r"agentes?|efectivos)$",
        re.IGNORECASE)),
    (MILITANT, re.compile(
        r"^(?:militants?|insurgents?|terrorists?|attackers?|assailants?|"
        r"jihadists?|fighters?|rebels?|gun(?:man|men)|bandits?|extremists?|"
        r"terroristes?|assaillants?|jihadistes?|djihadistes?|insurges?|"
        r"rebelles?|combattants?|terroristas?|insurgentes?|guerrilleros?|"
        r"disidentes?|atacantes?|rebeldes?|sicarios?|delincuentes?|"
        r"criminales?)$", re.IGNORECASE)),
]
# Units that make a number anything but a count of people.
_NOT_PEOPLE = re.compile(
    r"^(?:year|years|yr|-year-old|year-old|%|percent|per cent|pour cent|"
    r"por ciento|:|/|h|am|pm|a\.m\.|p\.m\.|km|kilometres?|kilometers?|miles|"
    r"metres?|meters?|m|kg|kilograms?|tonnes?|tons?|dollars?|euros?|\$|"
    r"minutes?|hours?|days?|weeks?|months?|ans|annees?|mois|jours|heures|"
    r"anos|meses|dias|horas|bombs?|devices?|rifles?|guns?|weapons?|"
    r"rounds?|shells?|rockets?|missiles?|drones?|grenades?|mines?|"
    r"vehicles?|cars?|trucks?|houses?|homes?|buildings?|bombes?|engins?|"
    r"armes?|bombas?|artefactos?|armas?|fusils?|fusiles|goals?|points?|"
    r"buts?|goles|villages?|pueblos|times|fois|veces|"
    # "it had sent 37 ambulances", "les 300 étals détruits".
    r"ambulances?|ambulancias?|beds?|lits|camas|boats?|bateaux|"
    r"pirogues?|shops?|stalls?|etals?|boutiques?|tiendas?|schools?|"
    r"ecoles?|escuelas?|"
    # Animals: "des dizaines d'animaux morts", "200 head of cattle".
    r"animals?|animaux|cattle|head|cows?|goats?|sheep|camels?|tetes|"
    r"vaches|chevres|moutons|chameaux|animales|cabezas|reses|vacas|cabras)$",
    re.IGNORECASE)
# Money, the currency after a word at most: "100,000 naira", "2 million
# Syrian pounds", "3 millions de francs CFA", "5 lakh rupees".
_MONEY = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:de\s+)?(?:pounds?|dollars?|dolares|euros?|naira|"
    r"rupees?|roupies|rupias|shillings?|francs?|pesos|soles|afghanis?|"
    r"dinars?|riyals?|lakh|crore|cfa)\b", re.IGNORECASE)
# ...or before: "Tk 50,000 for each of the injured", "Rs 500,000".
_MONEY_BEFORE = re.compile(
    r"(?:\b(?:tk|rs|usd|kes|ksh|pkr|inr|ngn|eur|fcfa|cfa)\.?|[$€£₦])\s*$",
    re.IGNORECASE)
# A unit above used as a modifier of people: "11 truck drivers", "30 bus
# passengers", "four mine workers".
_PEOPLE_AFTER_UNIT = re.compile(
    r"\s+[\w-]+\s+(?:drivers|passengers|workers|owners|operators|traders|"
    r"attendants|mechanics|guards|chauffeurs|conductores|trabajadores)\b",
    re.IGNORECASE)
# "31 bodies, a figure the Taliban rejected", "more than 40 soldiers", a
# figure the government called invented": a count its own sentence
# disputes is no toll.
_DISPUTED = re.compile(
    r"[^\d.;]{0,40}?,\s*(?:(?:a|the|un|una|el|le)\s+(?:figure|number|toll|"
    r"claim|chiffre|bilan|cifra|balance)|which|ce que|lo que|que)\b"
    r"[^.;]{0,50}?\b(?:rejected|disputed|"
    r"denied|dismissed|contested|call(?:ed|s)? (?:it )?(?:invented|false|"
    r"exaggerated|inflated|nonsense|propaganda)|rejete|conteste|dementi|"
    r"rechazo|rechazaron|desmintio|desmintieron|nego|negaron|qualifient de|"
    r"califican de|calificaron de)\b", re.IGNORECASE)
# A figure a group gave: 'au bilan de « plus de soixante apostats » avancé
# par cette organisation'.
_GROUPS_FIGURE = re.compile(
    r"[^\d.;]{0,40}?\b(?:avancee?s? par|put forward by|given by|cited by|"
    r"claimed by|revendiquee?s? par|dado por|citado por) (?:cette|the|this|"
    r"that|l'|le|la|ce|esta|este|el) (?:organisation|organization|group|"
    r"groupe|mouvement|faction|organizacion|grupo)\b", re.IGNORECASE)
# A claimant's own figure: 'and claimed "more than 60" dead', 'The
# group's own claim of "more than seventy crusaders" killed'.
_CLAIMED_FIGURE = re.compile(
    r"\b(?:claim(?:ed|s|ing)\s+(?:to have killed\s+)?[\"“«]|"
    r"(?:claim|revendication|reivindicacion) (?:of|de)\s+[\"“«]?\s*"
    r"(?:(?:more than|over|at least|some|plus de|pres de|mas de)\s+)?)\s*$",
    re.IGNORECASE)
# The same as the group's own toll: 'The group put the toll at "nearly a
# hundred"' (the official toll is told apart).
_GROUP_PUT_TOLL = re.compile(
    r"\b(?:the|this|that|le|ce|cette|el|este|esta) (?:group|groupe|grupo|"
    r"organisation|organization|organizacion|militants|jihadists)\b"
    r"[^.;]{0,15}?\b(?:put|puts|gave|gives|placed|a (?:chiffre|evalue|"
    r"estime|fixe)|cifro|fijo) (?:the|its|le|son|el|su) (?:death )?(?:toll|"
    r"bilan|figure|balance|cifra) (?:at|a|en)\s+[\"“«]?\s*(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE)
# Whom a claim says it killed, in its own words: 'asserted that "more than
# 50 crusaders" died', "a tué « plus de cinquante mécréants »". No
# newsroom counts victims so: the figure is the claimant's, never a toll.
_CLAIMANTS_VICTIMS = re.compile(
    r"\s*(?:crusaders?|apostates?|infidels?|unbelievers?|disbelievers?|"
    r"polytheists?|kuffar|croises|apostats?|mecreants?|infideles?|"
    r"cruzados|apostatas|infieles)\b", re.IGNORECASE)
# A number in commas right after a word: "The student, 23, was killed".
_AGE_BEFORE = re.compile(r"[a-z],\s*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*,")
# A number that names a line, a flight, a room: "la ligne 302", "Flight
# 17", "room 12", "n° 4".
_LABEL_BEFORE = re.compile(
    r"\b(?:lines?|lignes?|lineas?|route|ruta|bus|flight|vol|vuelo|room|"
    r"chambre|habitacion|ward|platform|quai|anden|gate|highway|autoroute|"
    r"carretera|exit|sortie|salida|channel|canal|no\.|nos\.|numero|"
    r"number)\s*$|n°\s*$", re.IGNORECASE)
# "were killed, as well as dozens of attackers": the verb before reaches a
# count after it.
_ALSO = re.compile(r"(?:as well as|along with|ainsi que|de meme que|"
                   r"asi como|junto con|junto a)\s+[\"“”«]?\s*$",
                   re.IGNORECASE)
# "a annoncé vingt morts, puis vingt-deux": a revised count of the same
# kind, which replaces the first (the tagger keeps the larger).
_THEN_REVISED = re.compile(
    r"(?:\s+(?:morts|tues|dead|killed|muertos|blesses|injured|wounded|"
    r"heridos))?,?\s+(?:puis|then|and then|et enfin|ensuite|luego|y luego|"
    r"despues)\s+(?:(?:a|to)\s+)?", re.IGNORECASE)
# "Seven were killed outright and two more died in hospital": the second
# count adds to the first.
_MORE_AFTER = re.compile(r"\s+(?:more|others?|additional|autres|de plus|"
                         r"mas|otros|otras)\b", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\b(?:and|et|y)\b", re.IGNORECASE)
# "Deux militaires ont été tués sur le coup et un troisième a succombé":
# the ordinal is the new count.
_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6,
             "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4,
             "cuarta": 4, "quinto": 5, "quinta": 5}
_NEXT_ONE_DIED = re.compile(
    r"\b(?:a|un|une|el|la) (?P<nth>" + "|".join(_ORDINALS) + r")"
    r"(?: [\w-]+)? (?:later |has |had |then )?(?:died|succumbed|"
    r"(?:a|est) (?:ensuite |plus tard )?(?:succombe|mort|decede|peri)|"
    r"murio|fallecio)\b", re.IGNORECASE)
# "and", and the possessive of a family or an article: "a woman and her
# three children", "un homme et ses deux fils", "una mujer y a sus dos
# hijos", "12 people and the two bombers".
_AND_THEIR_WORDS = (r"(?:and|et|y)\s+(?:a\s+)?(?:(?:his|her|their|the|ses|"
                    r"leurs|les|sus|los|las)\s+)?")
_AND_THEIR = re.compile(r"\s+" + _AND_THEIR_WORDS, re.IGNORECASE)
# "12 soldiers and 20 militants": two counts joined, a few words between.
_JOINED_BY_AND = re.compile(
    r"\s*(?:[\w'-]+\s+){0,3}" + _AND_THEIR_WORDS + r"[\"“”«]?\s*",
    re.IGNORECASE)
# The word after the one right after a number: "two Mozambican soldiers".
_WORD_PAST_ADJECTIVE = re.compile(r"\s+[\w'-]+\s+([\w'-]+)")
# One person, singular: a victim named without a number.
_PERSON = (
    r"(?:civilian|soldier|police officer|policeman|policewoman|officer|"
    r"child|woman|man|boy|girl|teacher|guard|worker|driver|passenger|"
    r"student|journalist|reporter|villager|farmer|herder|shepherd|trader|"
    r"shopkeeper|vendor|resident|bystander|pilgrim|worshipper|imam|cleric|"
    r"priest|pastor|chief|elder|official|commander|leader|mayor|governor|"
    r"headman|village head|"
    r"passer-?by|member|guest|customer|waiter|membre|client|serveur|"
    r"miembro|integrante|cliente|mesero|"
    r"councillor|councilor|judge|lawyer|doctor|nurse|militiaman|"
    r"militant|attacker|bomber|"
    r"civil|soldat|policier|policiere|gendarme|militaire|enfant|femme|"
    r"homme|chef|commercant|commercante|chauffeur|maire|elu|enseignant|"
    r"enseignante|berger|pretre|passant|"
    r"soldado|policia|agente|nino|nina|mujer|hombre|militar|lider|"
    r"lideresa|concejal|alcalde|comerciante|conductor|campesino|"
    r"campesina|profesor|profesora|periodista)")
# "killed two civilians and a police officer": one more victim without a
# number.
_AND_ONE_MORE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:and|et|y)\s+(?:a|an|one|un|une|una)\s+"
    r"(?:[\w-]+\s+){0,1}?" + _PERSON + r"\b"
    r"(?!\s+(?:was|were|who|qui|que|fue|a ete|resulto|resultaron)\b)",
    re.IGNORECASE)
# "shot dead a village chief and wounded his driver", "tuant un soldat",
# "asesinaron a un concejal": one victim, the object of a killing or
# wounding verb.
_ONE_VICTIM_OBJECT = re.compile(
    r"\b(?:(?P<k>killing|killed|kills|shot dead|shot and killed|gunned down|"
    r"murdered|assassinated|stabbed to death|beheaded|executed|lynched|"
    r"tuant|abattant|(?:a|ont|avait|avaient) (?:tue|abattu|assassine|"
    r"execute)|(?:asesinaron|asesino|mataron|mato|matando|ultimaron) a|"
    # The nouns: "the killing of a judge", "l'assassinat d'un elu", "el
    # asesinato de la lideresa".
    r"(?:killing|murder|assassination|execution|beheading|lynching) of|"
    r"(?:assassinat|meurtre|execution) (?:de|d'|du)|"
    r"(?:asesinato|homicidio|ejecucion) de)|"
    r"(?P<i>wounding|wounded|injuring|injured|blessant|(?:a|ont|avait|"
    r"avaient) blesse|(?:hirieron|hirio|hiriendo) a))(?:\s+|(?<='))"
    r"(?:a|an|one|the|his|her|their|its|un|une|le|la|l'|son|sa|leur|una|el|"
    r"su|(?<=du ))\s*(?:[\w-]+\s+){0,2}?" + _PERSON + r"\b", re.IGNORECASE)
# Verbs that leave a toll of any kind: "left", "faisant", "dejando".
_LEAVING = re.compile(r"(?:left|leaving|faisant|dejando|dejo)\b",
                      re.IGNORECASE)
_AFTER_WINDOW = 70
# Counted mourners and kin, not the dead they mourn: "des milliers de
# personnes assistaient aux obsèques des policiers tués", "une cinquantaine
# de proches de blessés", "hundreds of relatives of the dead".
_MOURNERS = re.compile(
    r"\b(?:obseques|funerailles|funerals?|burials?|enterrements?|"
    r"(?:proches|relatives|families|familles|parents|friends|amis|widows|"
    r"veuves|orphans|orphelins) (?:of|de|des|d')\s*(?:the |those )?$)",
    re.IGNORECASE)
_BEFORE_WINDOW = 48
_DIGIT = re.compile(r"\d")
# An age inside a victim's description: "At least eight people, including a
# 6-year-old boy, were killed", "dont un garçon de 12 ans".
_AGE_PHRASE = re.compile(
    r"\b\d{1,3}[- ]years?[- ]old\b|\b(?:de|d'environ) \d{1,3}"
    r"(?: (?:a|et|y) \d{1,3})? (?:ans|anos)\b|"
    r"\b(?:aged?|agee?s? de) \d{1,3}(?:(?:,| to| and| et| a| y)"
    r" \d{1,3}\b)*(?: (?:ans|years|anos)\b)?|"
    # "des jeunes de 18 à 25", not "le bilan est passé de 13 à 15 morts".
    r"\bde \d{1,3} a \d{1,3}\b(?: (?:ans|anos)\b|(?! (?:morts|tues|"
    r"blesses|victimes|personnes|muertos|heridos|victimas|personas)\b))")
# Searched around every quantity, or in every sentence (_NONE): tried only
# where one of their words starts.
(_ANY_WORD, _BEFORE, _NEW_TOTAL, _NONE, _ONE_VICTIM, _ONE_VICTIM_OBJECT,
 _NEXT_ONE_DIED) = map(Scanner, (_ANY_WORD, _BEFORE, _NEW_TOTAL, _NONE,
                                 _ONE_VICTIM, _ONE_VICTIM_OBJECT,
                                 _NEXT_ONE_DIED))
_NO_ONE_BEFORE = re.compile(r"\b(?:no one|no-one|nobody|anyone|anybody)\s*$")
# The attackers' own deaths added to a toll that left them out: "killed
# five soldiers as well as the bomber", "onze militaires ont ete tues ...
# « ainsi que les deux kamikazes »", "15 soldats tues, sans compter les
# deux kamikazes" (our sets count the bombers when the text counts them).
# "including the bomber" is inside the toll already.
_ATTACKERS_TOO = Scanner(re.compile(
    r"\b(?:as well as|plus|not counting|not including|excluding|besides|"
    r"in addition to|ainsi que|sans compter|en plus des?|outre|ademas de|"
    r"sin contar|mas)\s+(?:a\s+)?(?:the |les |los |las |l')?"
    r"(?:(?P<n>two|three|both|"
    r"deux|trois|dos|tres|ambos|[23])\s+)?(?:suicide\s+)?(?P<who>bombers?|"
    r"attackers?|assailants?|assaillants?|kamikazes?|suicidas|atacantes?|"
    r"terroristas?|terroristes?|terrorists?|perpetrators?|auteurs?)\b",
    re.IGNORECASE))
# The same told after the attackers: "les deux kamikazes ne sont pas inclus
# dans ce bilan", "trente et un morts, kamikazes non compris" (how many
# from "double" or "twin" in the sentence, else not said).
_ATTACKERS_LEFT_OUT = Scanner(re.compile(
    r"\b(?:(?:the |les |los |las )?(?:(?P<n>two|three|both|deux|trois|dos|"
    r"tres|[23]) )?(?:suicide )?(?P<who>bombers?|attackers?|kamikazes?|"
    r"suicidas|atacantes?)(?: (?:ne sont pas|n'(?:est|etaient|ont) pas|"
    r"(?:are|were|was|is) not|no (?:estan|fueron|son)) (?:(?:ete )?"
    r"(?:inclus|compris|comptes?|included|counted|incluidos|contados))|"
    r",? (?:non compris|exclus|not included|excluded|no incluidos|excluidos)"
    r"))\b", re.IGNORECASE))
_TWIN = re.compile(r"\b(?:double|twin|doble|two suicide|deux kamikazes)\b",
                   re.IGNORECASE)
# A toll told apart from the attackers, in a sentence of its own: "The toll
# excludes the two attackers", "Le bilan n'inclut pas les deux kamikazes",
# "El balance no incluye a los dos atacantes".
_TOLL_EXCLUDES = Scanner(re.compile(
    r"\b(?:toll|figure|count|bilan|chiffre|balance|cifra)s? (?:excludes|"
    r"does not include|doesn't include|leaves out|n'inclut pas|ne comprend "
    r"pas|exclut|ne compte pas|no incluye|excluye|no cuenta)\s+(?:a\s+)?"
    r"(?:the |les |los |las )?(?:(?P<n>two|three|both|deux|trois|dos|tres|"
    r"ambos|[23])\s+)?(?:suicide\s+)?(?P<who>bombers?|attackers?|"
    r"assailants?|assaillants?|kamikazes?|suicidas|atacantes?)\b",
    re.IGNORECASE))
# "killing 12 people and themselves", "in addition to themselves", "en plus
# d'eux-memes": the attackers named as the sentence's subject ("Two suicide
# bombers") died too.
_THEMSELVES_TOO = re.compile(
    r"\b(?:(?:and|as well as|besides|plus|along with|in addition to) "
    r"(?P<one>himself|"
    r"herself|themselves)|(?:en plus d(?:e |')|ainsi qu(?:e |')|outre )"
    r"(?:lui-meme|"
    r"elle-meme|eux-memes|elles-memes)|(?:ademas de|y a) (?:si mismos?|"
    r"ellos mismos|ellas mismas))", re.IGNORECASE)
# The bombers' deaths told without a number ("Both bombers also died",
# "Le kamikaze a également péri"); "two bombers died" is a count already.
_ALSO_FR = r"(?:egalement |aussi )?"
_BOMBERS_DIED = re.compile(
    r"\b(?:(?P<two>both|the two|les deux|ambos|los dos)|the|le|el) "
    r"(?:suicide )?(?:bombers?|kamikazes?|suicidas?)"
    r"(?: (?:also|too|themselves|as well))? (?:(?:also )?(?:died|perished)|"
    r"(?:were|was|had been|have been|has been) (?:also )?killed|"
    rf"a {_ALSO_FR}peri|a ete {_ALSO_FR}tue|est {_ALSO_FR}mort|"
    rf"ont {_ALSO_FR}peri|ont ete {_ALSO_FR}tues|sont {_ALSO_FR}morts|"
    r"murieron|murio|(?:tambien )?(?:fallecieron|fallecio))\b",
    re.IGNORECASE)
# A bomber who killed no one else: "killing only himself", "ne tuant que
# lui-même", "sans faire d'autres victimes que lui-même" (ACLED counts him).
_ONLY_HIMSELF = re.compile(
    r"\b(?:(?:killing|killed|kills) only (?:himself|herself)|"
    r"ne (?:tuant|tua|tue|tuait|fit|fait|faisant|faisait|a tue|a fait) "
    r"(?:d'autres? victimes? )?que (?:lui|elle)-meme|"
    r"(?:sans|n'a fait|ne faisant) (?:faire )?(?:d'autres?|aucune autre) "
    r"victimes? que (?:lui|elle)-meme|"
    r"(?:matando|mato) (?:solo|solamente|unicamente) a si mism[oa]|"
    r"sin (?:causar |dejar )?(?:mas|otras) victimas que (?:el|ella) "
    r"mism[oa])", re.IGNORECASE)
# The same told before the others' count: "killing themselves and at least
# six other people", "killed himself and 12 others".
_THEMSELVES_FIRST = re.compile(
    r"\b(?:killing|killed|kills) (?P<one>himself|herself|themselves) and\b",
    re.IGNORECASE)
_ATTACKERS_SUBJECT = re.compile(
    r"\b(?P<n>two|three|deux|trois|dos|tres|[23]) (?:suicide |young |teenage "
    r")?(?:bombers|attackers|assailants|kamikazes|suicidas|atacantes|girls|"
    r"women|men|filles|femmes|hommes|mujeres|hombres)\b", re.IGNORECASE)
# Searched in every sentence with a casualty: tried only where one of their
# words starts.
_THEMSELVES_TOO, _THEMSELVES_FIRST, _ATTACKERS_SUBJECT = map(
    Scanner, (_THEMSELVES_TOO, _THEMSELVES_FIRST, _ATTACKERS_SUBJECT))
# Every casualty starts from a match of one of these, in the sentence or
# in a window of it: the verb or noun before a count (or a change verb
# before a new total), the word after it, or a statement of no victim or
# of one. A new source of casualties belongs here too: the tagger reads no
# numbers in a sentence without any of their anchors.
_BOMBERS_DIED, _ONLY_HIMSELF = map(Scanner, (_BOMBERS_DIED, _ONLY_HIMSELF))
_SOURCES = AnchorGate(_BEFORE, _NEW_TOTAL, _ANY_WORD, _NONE, _ONE_VICTIM,
                      _ONE_VICTIM_OBJECT, _BOMBERS_DIED, _ONLY_HIMSELF,
                      _TOLL_EXCLUDES)
# Read over every sentence with a casualty word: one search tells which
# of them may match there.
_WHOLE_SENTENCE = AnchorSet(_NONE, _ONE_VICTIM, _ONE_VICTIM_OBJECT,
                            _NEXT_ONE_DIED, _BOMBERS_DIED, _ONLY_HIMSELF,
                            _THEMSELVES_TOO, _THEMSELVES_FIRST,
                            _ATTACKERS_TOO,
                            _ATTACKERS_LEFT_OUT, _TOLL_EXCLUDES)
_ATTACKERS_COUNT = {"two": 2, "both": 2, "deux": 2, "dos": 2, "ambos": 2,
                    "2": 2, "three": 3, "trois": 3, "tres": 3, "3": 3}


@dataclasses.dataclass(frozen=True)
class Casualty:
  kind: str            # KILLED, INJURED or ARRESTED
  value: int
  qualifier: str
  start: int           # of the quantity (or the first of a summed list)
  end: int
  group: str = ""      # SECURITY, MILITANT, BOMBERS or "" (anyone, or a
                       # mixed list)
  part: bool = False   # some of those counted ("six of the wounded")


# The people a helper moved or hid: "drove the two bombers", "fait entrer
# les deux kamikazes" (read with accents folded or not).
_HELPED_BEFORE = re.compile(
    r"\b(?:smuggled|brought|drove|driven|sheltered|hid|housed|transported|"
    r"ferried|fait entrer|h[ée]berg[ée]|cach[ée]|conduit|transport[ée]|"
    r"amen[ée])e?s? (?:in )?(?:the|les|des)\s+$", re.IGNORECASE)


def _not_people(text: str, quantity: Quantity) -> bool:
  """Whether the quantity counts things, money or measures ("30
  kilomètres", "2 million Syrian pounds"): its unit is read without
  accents, as the patterns are written."""
  if _MONEY_BEFORE.search(text, max(0, quantity.start - 6), quantity.start):
    return True
  return bool(quantity.unit) and (
      _NOT_PEOPLE.match(fold(quantity.unit)) is not None
      or _MONEY.match(text, quantity.end) is not None)


def _year_like(quantity: Quantity) -> bool:
  return (1900 <= quantity.value <= 2100 and quantity.qualifier == "exact"
          and not quantity.vague)


def _kind_before(text: str, quantity: Quantity) -> Tuple[Optional[str], int]:
  """(kind, where the verb starts) from the words right before."""
  offset = max(0, quantity.start - _BEFORE_WINDOW)
  match = _BEFORE.search(text[offset:quantity.start])
  if match is None:
    return _new_total(text, quantity), quantity.start
  kind = next(_KIND_OF_GROUP[g] for g in "kia" if match.group(g))
  if _LEAVING.match(match.group(0)):
    # "left 3 dead" kills, "faisant trois blessés", "dejó cuatro heridos"
    # wound, "leaving 300 people homeless" does neither: the word after
    # decides.
    after, found = _kind_after(text, quantity, len(text))
    if found:
      kind = after
  return kind, offset + match.start()


def _new_total(text: str, quantity: Quantity) -> Optional[str]:
  before = text[:quantity.start]
  change = _NEW_TOTAL.search(before[-120:])
  if change is None:
    return None
  own = _TOTAL_OF.fullmatch(fold(quantity.unit or ""))
  if own is not None:
    # "s'élève à vingt-huit morts et à soixante-six blessés": the second
    # total's own noun tells its kind, not the first's.
    return KILLED if own.group("k") else INJURED
  named = list(_TOTAL_OF.finditer(before))
  if not named:
    return None
  return KILLED if named[-1].group("k") else INJURED


def _group(text: str, quantity: Quantity) -> str:
  """Whose deaths the count tells, from its noun or, past an adjective
  ("two Mozambican soldiers"), the next word."""
  nouns = [quantity.unit] if quantity.unit else []
  following = _WORD_PAST_ADJECTIVE.match(text, quantity.end)
  if following:
    nouns.append(following.group(1))
  for noun in nouns:
    for group, pattern in _GROUP_OF_UNIT:
      if pattern.match(noun):
        return group
  return ""


_LOOSENED = re.compile(
    r"[;:]|, (?:while|but|and|as|when|after|apres|despues)\b|"
    r"\b(?:nobody|no one|no-one|nadie|"
    r"ninguno|personne|aucun|sin que|sans que|without|sans faire|"
    r"sin (?:causar|dejar|provocar))\b")


def _kind_after(text: str, quantity: Quantity, next_start: int) -> tuple:
  """(kind, found): the first casualty word after the quantity, before the
  next number and within the window."""
  limit = min(len(text), quantity.end + _AFTER_WINDOW, next_start)
  window = text[quantity.end:limit]
  match = _ANY_WORD.search(window)
  if match is None or _DIGIT.search(window[:match.start()]) or (
      _MOURNERS.search(window, 0, match.start())):
    return None, False
  if match.lastgroup == "i" and (
      # Read past the window: "A woman who was wounded at the market
      # died on Wednesday".
      _WOUNDED_WHO_DIED.match(text, quantity.end + match.end())
      and not _PARTITIVE.search(text, max(0, quantity.start - 16),
                                quantity.start)
      or _DEATH_OF.search(text, max(0, quantity.start - 30),
                          quantity.start)):
    # "after four critically wounded recruits died": part of the toll
    # already counted, neither injured nor a count of its own ("several of
    # the 37 wounded died" still counts 37 wounded).
    return None, True
  # A clause break between the number and the word loosens the link; a
  # word said of no one is nobody's ("una mochila, sin que nadie resultara
  # herido").
  if _LOOSENED.search(window, 0, match.start()):
    return None, False
  return _KIND_OF_GROUP[match.lastgroup], True


def _joined_by_and(text: str, first: Quantity, second: Quantity) -> bool:
  between = text[first.end:second.start]
  return _JOINED_BY_AND.fullmatch(between) is not None


def tells_two_attackers(text: str) -> bool:
  """Whether a story tells of two attackers: "twin bombing", "double
  attentat", "two suicide bombers"."""
  return _TWIN.search(fold(text)) is not None


def may_name_casualties(sentence: str) -> bool:
  """False when ``find_casualties`` finds none in the sentence, whatever
  its quantities: none of the words a casualty starts from is there. One
  search, cheaper than reading the sentence's numbers."""
  return _SOURCES.may_match(fold(sentence))


# A speaker's filler in a transcript: "trente et un soldats et, euh, une
# quarantaine d'assaillants tués" lists two counts. Neither it nor an age
# phrase starts with a literal; searched only in sentences that hold one
# of their words.
_FILLER = Scanner(re.compile(r",?\s*\b(?:euh|heu|uh|um|umm|erm)\b\s*,?"))
_AGES = Scanner(_AGE_PHRASE)


def find_casualties(sentence: str, quantities: List[Quantity],
                    two_attackers: bool = False) -> List[Casualty]:
  """Killed, injured and arrested counts among a sentence's quantities.
  ``two_attackers``: the story tells of two (a twin bombing), so "excluding
  the attackers" leaves out two even where the sentence does not say so."""
  # "a 6-year-old boy", "un garçon de 12 ans": an age is no count, and no
  # number between a count and its word; both it and a filler are blanked
  # (same length: offsets stay the sentence's).
  text = fold(sentence)
  ages = [match.span() for match in _AGES.finditer(text)]
  text = _FILLER.blank(blank_spans(text, ages))
  quantities = [q for q in quantities
                if not any(start <= q.start and q.end <= end
                           for start, end in ages)]
  before = [_kind_before(text, q) for q in quantities]
  kinds = []
  for index, quantity in enumerate(quantities):
    if (_not_people(text, quantity)
        and not _PEOPLE_AFTER_UNIT.match(text, quantity.end)):
      kinds.append(None)
      continue
    if _HELPED_BEFORE.search(text, max(0, quantity.start - 30),
                             quantity.start):
      kinds.append(None)  # "soupçonné d'avoir fait entrer les deux
      continue            # kamikazes": whom a helper helped, no toll
    if _year_like(quantity):
      kinds.append(None)
      continue
    if _LABEL_BEFORE.search(text, max(0, quantity.start - 12),
                            quantity.start):
      kinds.append(None)  # "chauffeur sur la ligne 302, grièvement
      continue            # blessé": a bus line, no toll
    if (quantity.unit is None and quantity.value < 120
        and _AGE_BEFORE.search(text, max(0, quantity.start - 3),
                               quantity.start)
        and _AGE_AFTER.match(text, quantity.end)):
      kinds.append(None)  # "The student, 23, was killed": an age.
      continue
    if _DISPUTED.match(text, quantity.end) or _CLAIMED_FIGURE.search(
        text, max(0, quantity.start - 30), quantity.start) or (
            _GROUP_PUT_TOLL.search(text, max(0, quantity.start - 70),
                                   quantity.start)) or (
            _GROUPS_FIGURE.match(text, quantity.end)) or (
            _CLAIMANTS_VICTIMS.match(text, quantity.end)):
      kinds.append(None)
      continue
    kind = before[index][0]
    if kind is None and quantity.value >= 1000 and re.search(
        r"\bthe\s+$", text[max(0, quantity.start - 5):quantity.start]):
      kinds.append(None)  # "the 1122 emergency service": a name
      continue
    if kind is None:
      # The next number's own verb is not this one's word: "two gunmen
      # shot dead two workers".
      next_start = (before[index + 1][1] if index + 1 < len(quantities)
                    else len(text))
      kind, _ = _kind_after(text, quantity, next_start)
    kinds.append(kind)
  _fold_parts(text, quantities, kinds)
  # "12 soldiers and 20 militants were killed", "left nine soldiers and
  # dozens of insurgents dead": the list shares the verb.
  for index in range(len(quantities) - 1):
    if (kinds[index] is not None and kinds[index + 1] is None
        and _THEN_REVISED.fullmatch(text, quantities[index].end,
                                    quantities[index + 1].start)):
      kinds[index + 1] = kinds[index]
  summed = {}
  for index in range(len(quantities) - 2, -1, -1):
    if kinds[index + 1] is not None and kinds[index] in (
        None, kinds[index + 1]) and (
        _joined_by_and(text, quantities[index], quantities[index + 1])
        and not _not_people(text, quantities[index])
        and not _year_like(quantities[index])):
      kinds[index] = kinds[index + 1]
      summed[index] = True
  # "killing at least nine soldiers and two of the attackers": a verb
  # before the list, and no word of its own after the second number.
  for index in range(len(quantities) - 1):
    following = quantities[index + 1]
    if (kinds[index] is not None and kinds[index + 1] is None
        and (_joined_by_and(text, quantities[index], following)
             or _ALSO.search(text, max(0, following.start - 20),
                             following.start))
        and not _not_people(text, following)
        and not _year_like(following)
        and not _kind_after(text, following, len(text))[1]
        and not _OWN_VERB.match(text, following.end)):
      kinds[index + 1] = kinds[index]
      summed[index] = True
  for index in range(len(quantities) - 1):
    following = quantities[index + 1]
    if (kinds[index] in (KILLED, INJURED) and kinds[index + 1] == kinds[index]
        and _MORE_AFTER.match(text, following.end)
        and _AND_BETWEEN.search(text, quantities[index].end, following.start)):
      summed[index] = True
  casualties = []
  index = 0
  while index < len(quantities):
    quantity, kind = quantities[index], kinds[index]
    if kind is None:
      index += 1
      continue
    value, qualifier, end = quantity.value, quantity.qualifier, quantity.end
    group = "" if summed.get(index) else _group(text, quantity)
    while summed.get(index):
      index += 1
      value += quantities[index].value
      end = quantities[index].end
      if quantities[index].qualifier != "exact":
        qualifier = quantities[index].qualifier
    one_more = _AND_ONE_MORE.match(text, end)
    if one_more and kind != ARRESTED:
      value, end, group = value + 1, one_more.end(), ""
    casualties.append(Casualty(
        kind, value, qualifier, quantity.start, end, group,
        part=_SOME_OF_THE_COUNTED.match(text, end) is not None))
    index += 1
  present = _WHOLE_SENTENCE.present(text)
  for match in _NONE.finditer(text) if _NONE in present else ():
    for kind in ((KILLED, INJURED) if match.group("b") else
                 (KILLED,) if match.group("k") else (INJURED,)):
      casualties.append(Casualty(kind, 0, "exact", match.start(),
                                 match.end()))
  for match in _ONE_VICTIM.finditer(text) if _ONE_VICTIM in present else ():
    kind = KILLED if match.group("k") else INJURED
    if _NO_ONE_BEFORE.search(text, max(0, match.start() - 10),
                             match.start()):
      continue
    if kind == INJURED and (
        _WOUNDED_WHO_DIED.match(text, match.end())
        or _WOUNDED_CLAUSE_THEN_DIED.match(text, match.end())):
      continue  # "A woman who was wounded at the market died": a death
    if not any(casualty.kind == kind for casualty in casualties):
      casualties.append(Casualty(kind, 1, "exact", match.start(),
                                 match.end()))
  for match in (_ONE_VICTIM_OBJECT.finditer(text)
                if _ONE_VICTIM_OBJECT in present else ()):
    kind = KILLED if match.group("k") else INJURED
    if not any(casualty.kind == kind for casualty in casualties):
      casualties.append(_one_and_more(text, match, kind, quantities, kinds))
  for match in (_NEXT_ONE_DIED.finditer(text)
                if _NEXT_ONE_DIED in present else ()):
    nth = _ORDINALS[match.group("nth").lower()]
    for index in range(len(casualties) - 1, -1, -1):
      casualty = casualties[index]
      if (casualty.kind == KILLED and casualty.start < match.start()
          and casualty.value == nth - 1):
        casualties[index] = dataclasses.replace(casualty, value=nth,
                                                end=match.end())
        break
  for match in (_BOMBERS_DIED.finditer(text)
                if _BOMBERS_DIED in present else ()):
    if not any(c.kind == KILLED and c.group == BOMBERS for c in casualties):
      casualties.append(Casualty(KILLED, 2 if match.group("two") else 1,
                                 "exact", match.start(), match.end(),
                                 BOMBERS))
  for match in (_ONLY_HIMSELF.finditer(text)
                if _ONLY_HIMSELF in present else ()):
    if not any(c.kind == KILLED for c in casualties):
      casualties.append(Casualty(KILLED, 1, "exact", match.start(),
                                 match.end(), BOMBERS))
  return _with_attackers_counted(text, casualties, present, two_attackers)


def _one_and_more(text: str, match: re.Match, kind: str,
                  quantities: List[Quantity], kinds: list) -> Casualty:
  """One victim, plus an uncounted number joined to it: "killed a soldier
  and two civilians" is 3."""
  joined = _AND_THEIR.match(text[match.end():])
  for index, quantity in enumerate(quantities):
    if (joined and quantity.start == match.end() + joined.end()
        and kinds[index] is None
        and not _not_people(text, quantity)):
      return Casualty(kind, 1 + quantity.value, quantity.qualifier,
                      match.start(), quantity.end)
  return Casualty(kind, 1, "exact", match.start(), match.end())


def _with_attackers_counted(text: str, casualties: List[Casualty],
                            present, two_attackers: bool) -> List[Casualty]:
  """Adds "as well as the bomber", "and themselves" to the killed count
  before it (``present``: the scanners of _WHOLE_SENTENCE that may match);
  told alone ("The toll excludes the two attackers"), the attackers are a
  count of their own, which the tagger adds to the toll told before."""
  for scanner in (_THEMSELVES_TOO, _THEMSELVES_FIRST):
    for match in scanner.finditer(text) if scanner in present else ():
      subject = _ATTACKERS_SUBJECT.search(text, 0, match.start())
      alone = match.group("one") in ("himself", "herself") or re.search(
          r"(?:lui|elle)-meme|si mismo\b", match.group(), re.IGNORECASE)
      if alone or subject:
        count = 1 if alone else _ATTACKERS_COUNT[subject.group("n").lower()]
        if scanner is _THEMSELVES_TOO:
          _add_to_last_killed(casualties, match, count)
        else:
          _add_to_next_killed(casualties, match, count)
  for scanner in (_ATTACKERS_TOO, _ATTACKERS_LEFT_OUT, _TOLL_EXCLUDES):
    for match in scanner.finditer(text) if scanner in present else ():
      number = match.group("n")
      if number is None and match.group("who").endswith("s"):
        if not (two_attackers or _TWIN.search(text)):
          continue  # "as well as the attackers": how many is not said.
        number = "two"  # "du double attentat ... kamikazes non compris"
      count = _ATTACKERS_COUNT.get(number.lower(), 1) if number else 1
      if not _add_to_last_killed(casualties, match, count) and (
          scanner is _TOLL_EXCLUDES):
        casualties.append(Casualty(KILLED, count, "exact", match.start(),
                                   match.end(), BOMBERS))
  return casualties


def _add_to_last_killed(casualties: List[Casualty], match: re.Match,
                        count: int) -> bool:
  """Whether a killed count before the match took the attackers in."""
  killed = [index for index, casualty in enumerate(casualties)
            if casualty.kind == KILLED and casualty.start < match.start()
            and casualty.value > 0]
  if not killed:
    return False
  index = killed[-1]
  casualties[index] = dataclasses.replace(
      casualties[index], value=casualties[index].value + count,
      end=match.end(), group="")
  return True


def _add_to_next_killed(casualties: List[Casualty], match: re.Match,
                        count: int) -> None:
  """The attackers told before the killed count right after them."""
  index = next((index for index, casualty in enumerate(casualties)
                if casualty.kind == KILLED and casualty.start >= match.end()
                and casualty.value > 0), None)
  if index is not None and casualties[index].start - match.end() < 20:
    casualties[index] = dataclasses.replace(
        casualties[index], value=casualties[index].value + count,
        start=match.start(), group="")


def _fold_parts(text: str, quantities: List[Quantity], kinds: list) -> None:
  """"nine people, four of them children, were killed": the kind found for
  the part belongs to the whole; "11 people, including six policemen":
  the part is no count of its own."""
  for index in range(1, len(quantities)):
    part = quantities[index]
    after = text[part.end:part.end + 20]
    before = text[max(0, part.start - 25):part.start]
    if not (_PART_OF.match(after) or _INCLUDING.search(before)
            or _NOUN_AMONG_THEM.match(text, part.end)
            or _WITH_ATTACKERS.search(before)
            and _ATTACKERS_NOUN.match(text, part.end)):
      continue
    whole = quantities[index - 1]
    if _not_people(text, whole) or _year_like(whole):
      # "Three years ago, fighters attacked dozo hunters and killed 14 of
      # them": the part of people the number did not count.
      continue
    if kinds[index - 1] is None:
      kinds[index - 1] = kinds[index]
    kinds[index] = None
