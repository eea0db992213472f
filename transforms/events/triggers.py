"""Trigger words -> ACLED event types and sub-types, in en, fr and es.

The mapping (patterns match accent-folded, case-insensitive text):

| ACLED event type / sub-type | English | French | Spanish |
|---|---|---|---|
| Explosions/Remote violence / Suicide bomb | suicide bomber, suicide (car) bombing, suicide attack, blew himself up, detonated his explosive vest, two bombers; generic: a (second) bomber (killed) | attentat-suicide, kamikaze, s'est fait exploser | atentado suicida, terrorista (atacante) suicida, se hizo estallar |
| ... / Remote explosive/landmine/IED | car/roadside/truck/motorcycle bomb, IED, improvised explosive device, landmine, claymore mine, bomb blast; generic: bombing, explosion, blast, exploded | voiture piegee, engin explosif (improvise), mine, explosion, attentat a la bombe | coche bomba, artefacto explosivo, mina antipersonal, explosion, atentado con bomba |
| ... / Air/drone strike | airstrike, air strike, air raid, drone strike/attack, a drone launched by X struck, warplanes bombed, jets dropped bombs, bombed/struck camps or positions | frappe aerienne, frappe de drone, raid aerien | bombardeo aereo, ataque aereo, ataque con drones |
| ... / Shelling/artillery/missile attack | shelling, shelled, artillery fire, mortar rounds, rocket attack, missile strike | tirs d'artillerie, obus, bombardement, tirs de roquettes | bombardeo, artilleria, morteros, cohetes, misiles |
| ... / Grenade | grenade (attack); not stun or tear gas grenades | grenade; not grenades lacrymogenes | granada; not granadas lacrimogenas |
| Battles / Armed clash | clashes, gun battle, firefight, exchange of fire, fighting between, ambush, attacked a military base/checkpoint/convoy, raid on a police post, repelled an attack, raided a hideout/camp/compound, in/during a raid | affrontements, combats, accrochage, embuscade, echange de tirs | enfrentamientos, combates, emboscada, intercambio de disparos |
| Violence against civilians / Attack | gunmen, opened fire, shot dead, shooting, massacre, hacked to death, beheaded, stabbed, a man armed with a knife; generic: attack (a military target -> Armed clash) | hommes armes, ont ouvert le feu, fusillade, massacre, tues par balles, poignarde, un homme arme d'un couteau; attaque | hombres armados, sicarios, abrieron fuego, tiroteo, masacre, asesinados, apunalo, un hombre armado con un cuchillo; ataque |
| ... / Abduction/forced disappearance | abducted, kidnapped, taken hostage, hostage-taking | enleve, kidnappe, pris en otage, rapt | secuestrados, secuestro, desaparicion forzada |
| Protests / Peaceful protest | protest(ers), demonstration, rally, marched, sit-in, went on strike, blocked the road (with burning tyres) | manifestation, manifestants, rassemblement, greve | protesta, manifestacion, marcha, planton, huelga |
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
from typing import Dict, List, Optional, Tuple

from transforms.events.scanning import AnchorGate, BranchScanner, Scanner
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
        (r"blew (?:himself|herself|themselves) up|(?:(?<=men )|(?<=man )|"
         r"(?<=women )|(?<=woman )|(?<=girls )|(?<=boys ))(?:with|wearing) "
         r"(?:explosive|suicide) (?:belts?|vests?)", SUICIDE, False),
        # "two teenage bombers killed seven": bombers counted as people who
        # go in person are suicide bombers; "including the two bombers" is
        # a part of a toll.
        (r"(?<!the )(?:two|three|twin|a pair of|(?:a )?(?:female|teenage|"
         r"girl|child)) (?:(?:teenage|female|young|girl|child) )?bombers?",
         SUICIDE, False),
        # "A bomber killed twelve": a person who kills in person; "a
        # Russian bomber struck" (an aircraft) has a word between.
        (r"(?:a|the|one) (?:(?:first|second|third|other|last) )?"
         r"bomber(?= (?:(?:on|in|driving|riding) (?:a |an )?"
         r"[\w-]+ )?(?:killed|struck|detonated|attacked|targeted|rammed|"
         r"hit)\b)", SUICIDE, True),
        (r"detonated (?:his|her|their) (?:explosive |suicide )?"
         r"(?:vests?|belts?|explosives?)", SUICIDE, False),
        # A gazette's "detonated explosive devices carried on their bodies"
        (r"(?:explosive devices?|explosives|bombs?) (?:carried|strapped|"
         r"worn|hidden) (?:on|to|under) (?:his|her|their) (?:bod(?:y|ies)|"
         r"clothes|clothing)", SUICIDE, False),
        (r"(?:car|truck|roadside|motorcycle|parcel|pipe|nail|magnetic|sticky|"
         r"bicycle|remote[\s-]controlled|homemade|improvised|time) bombs?",
         IED, False),
        (r"bomb (?:blasts?|explosions?|attacks?)|bomb went off|bombs? "
         r"exploded", IED, False),
        (r"improvised explosive devices?|explosive devices?|(?-i:V?B?IEDs?)|"
         r"land ?mines?|booby[\s-]trap(?:ped|s)?|(?:a|the) mine (?:on|under|"
         r"planted|hidden|buried|laid)|claymore mines?|anti-?(?:personnel|"
         r"tank) mines?", IED, False),
        (r"(?:packed|laden|loaded|rigged|filled) with explosives|(?:device|"
         r"devices|explosives?|charges?) (?:went off|detonated|exploded)",
         IED, False),
        (r"bombings?|explosions?|blasts?|exploded|detonated|bombs?", IED,
         True),
        (r"air[\s-]?strikes?|air[\s-]?raids?|air attacks?|aerial "
         r"(?:bombardments?|attacks?|strikes?)|drone (?:strikes?|attacks?)|"
         r"(?:warplanes?|fighter jets?|(?:military )?jets?|drones?|"
         r"helicopter gunships?|"
         r"aircraft|planes|helicopters|f-16s?|su-2\ds?|mig-\d+s?) "
         r"(?:struck|bombed|hit|attacked|targeted|fired|dropped (?:\w+ )?"
         r"bombs)|(?:quadcopters?|"
         r"drones?) dropped|dropped (?:[\w-]+ ){0,3}?(?:bombs|explosives|"
         r"grenades)(?= from (?:a |an )?(?:[\w-]+ )?(?:drones?|"
         r"quadcopters?))|drones? (?:of|from|with|(?:launched|fired|sent|"
         r"flown) by) (?:[\w-]+ ){1,3}?"
         r"(?:struck|hit|attacked|targeted)|(?:carried out|"
         r"conducted|launched) (?:\w+ ){0,2}(?:air ?)?strikes?|"
         r"(?-i:(?:U\.S\.|US|American|Israeli|Russian|Turkish|Pakistani|"
         r"Nigerian|Saudi|Saudi-led|coalition|Iraqi|Syrian|Ukrainian|French) "
         r"strikes)", AIR, False),
        (r"strikes? on (?:a|an|the)(?= )|(?:struck|bombed) (?:a |an |the )?"
         r"(?:\w+ ){0,2}(?:positions?|"
         r"hideouts?|targets?|caves?|camps?|bases?|compounds?|complex|"
         r"convoys?|depots?)|bombed (?:\w+ ){0,2}boats", AIR, True),
        (r"shelling|shelled|artillery (?:fire|strikes?|shells?|barrages?)|"
         r"mortar (?:fire|shells?|rounds?|attacks?|bombs?)|rocket "
         r"(?:attacks?|fire|strikes?)|rockets? (?:hit|struck|slammed|landed)|"
         r"missile (?:strikes?|attacks?)|missiles? (?:hit|struck|slammed|"
         r"landed)|(?:ballistic|cruise) missiles?|bombardments?|(?:shells?|"
         r"mortars?) (?:struck|hit|landed|fell|slammed|exploded)", SHELLING,
         False),
        # Not "has fired rockets at US bases in the past": a habit.
        (r"(?<!has )(?<!have )fired (?:\w+ )?(?:rockets|missiles|mortars?|"
         r"shells)", SHELLING, False),
        # Not police's "stun grenades" or "tear gas grenades".
        (r"(?<!stun )(?<!gas )(?:hand )?grenades?(?: attacks?)?", GRENADE,
         False),
        (r"clash(?:es|ed)?|gun ?battles?|gun ?fights?|gun duels?|"
         r"shoot-?outs?|firefights?|exchanges? of fire|"
         # The men a raid came for firing back: a fight, not an attack on
         # civilians ("the men inside opened fire", "opened fire on the
         # agents"); so is a raid on a house or a farm by the forces that
         # a fight follows (kept or dropped by _raid_rules).
         r"(?:(?<=inside )|(?<=suspects )|(?<=suspect ))opened fire|"
         r"opened fire on (?:the |a |an )?(?:[\w-]+ )?(?:police(?:men)?|"
         r"officers?|agents|operatives|troops|soldiers|forces|gendarmes|"
         r"checkpoint|patrol)\b|"
         r"(?:(?<=police )|(?<=forces )|(?<=troops )|(?<=soldiers )|"
         r"(?<=officers )|(?<=agents )|(?<=operatives )|(?<=unit )|"
         r"(?<=units )|(?<=commandos ))(?:raided|"
         r"surrounded|stormed|cordoned off) (?:a |an |the )?(?:[\w-]+ ){0,2}?"
         r"(?:(?:farm)?houses?|homes?|farms?|buildings?|flats?|apartments?)\b|"
         r"exchanged fire|(?:heavy )?fighting (?:between|erupted|broke out)|"
         r"(?:(?<=patrol )|(?<=convoy )|(?<=troops )|(?<=soldiers )|"
         r"(?<=forces )|(?<=checkpoint ))came under (?:heavy )?(?:gun)?fire|"
         r"heavy fighting|ambush(?:ed|es)?|attacked (?:a |an |the )?"
         r"(?:[\w-]+ )?(?:(?:military|army|police|security|gendarmerie) "
         r"(?:base|post|outpost|checkpoint|convoy|camp|station|patrol)s?|"
         r"(?:checkpoint|outpost|barracks)s?)|(?:stormed|overran|overrun) "
         r"(?:a |an |the )?(?:military|army) "
         r"(?:base|post|camp)s?|sieges?|(?:launched|began|started|"
         r"mounted|pushing|pushed) (?:an |a |its |their )?(?:\w+ )?"
         r"offensive|drove (?:the )?(?:\w+ )?out of|(?:military |army |"
         r"security |counter-?(?:terrorism|insurgency) )operations?|"
         r"(?:troops|soldiers|security forces|forces|the army|police) "
         r"(?:\w+ )?killed (?:\w+ ){0,3}(?:militants|insurgents|fighters|"
         r"terrorists|rebels|bandits|gunmen|jihadists)|fought (?:for|with|"
         r"against|off)|raids? on (?:a |an |the )?(?:military|army|police) "
         r"(?:base|post|outpost|checkpoint|camp|station|barracks)s?|"
         r"repelled (?:an |a |the )?(?:\w+ )?(?:attack|assault)|"
         r"raid(?:ed|s)? (?:on |at )?(?:a |an |the )?(?:[\w-]+ ){0,2}?"
         r"(?:hideouts?|hide-outs?|safe ?houses?|compounds?|camps?|dens?|"
         r"strongholds?)|(?:in|during) an? (?:(?!air )[\w-]+ )?raids?\b",
         CLASH, False),
        # "The Islamic State claimed the massacre": the attack told, named
        # again.
        (r"(?:(?<=the )|(?<=this ))(?:massacre|carnage|bloodshed)", ATTACK,
         True),
        # "ADF militants killed seven farmers"; not "five militants killed
        # in the raid". Generic: "an ambush in which its fighters killed
        # five" is the ambush.
        (r"(?:militants|insurgents|jihadists|rebels|bandits|fighters) "
         r"killed (?:at least |more than |nearly |about |some )?(?:\d+|two|"
         r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
         r"scores|several|an? )", ATTACK, True),
        (r"opened fire|shot dead|shot and killed|gunned down|(?:mass )?"
         r"shootings?|massacred?|hacked to death|beheaded|stabbing attack|"
         # A knife attack: "a man armed with a knife wounded two".
         r"stabbed|stabbings?|knife attacks?|(?:man|woman|youth|teenager|"
         r"assailant|attacker) armed with (?:a|an) (?:knife|machete|axe|"
         r"cleaver)|"
         # Fire on civilians ("miscreants fired upon villagers"); police
         # firing on a crowd is a protest's intervention.
         r"fired (?:up)?on (?:a |the )?(?:[\w-]+ )?(?:villagers|civilians|"
         r"worshippers|passengers|motorists|travell?ers|shoppers|mourners|"
         r"farmers|students|pupils|residents|congregation)",
         ATTACK, False),
        (r"attack(?:s|ed)?|assault(?:ed)?|storm(?:ed|ing)|gunmen|attackers|"
         r"killings|killing of|raided (?:\w+ ){0,2}(?:villages?|homes?|"
         r"houses?|towns?|settlements?)", ATTACK, True),
        # Not the present "gangs that kidnap travellers": a habit.
        (r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings)|(?:a|the) "
         r"kidnap|taken "
         r"hostage|took (?:\w+ )?hostages?|hostage[\s-]taking|seized "
         r"(?:\w+ ){0,2}(?:shepherds|villagers|farmers|women|children|"
         r"girls|boys|students|pupils|passengers|worshippers|workers|"
         r"civilians|people|residents|travellers|travelers|hostages)",
         ABDUCTION, False),
        (r"protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed)|"
         r"rall(?:y|ies|ied)|marched|(?-i:march(?:es)?)|"
         # A crowd marching ("students who were marching on the police
         # station"), not troops nor a band.
         r"(?:(?<=people )|(?<=students )|(?<=protesters )|(?<=youths )|"
         r"(?<=demonstrators )|(?<=residents )|(?<=workers )|"
         r"(?<=who were )|(?<=men )|(?<=women )|(?<=drivers )|"
         r"(?<=supporters )|(?<=fans )|(?<=mourners )|(?<=farmers )|"
         r"(?<=teachers )|(?<=traders )|(?<=relatives )|(?<=villagers )|"
         r"(?<=locals )|(?<=crowd )|(?<=hundreds )|(?<=thousands ))"
         r"marching|sit-ins?|(?:sitting|"
         r"sat) in (?:outside|at|in front of)|(?:went|go|"
         r"going) on strike|general strike|(?:people|residents|hundreds|"
         r"thousands|crowds?|supporters|women|students|families|relatives|"
         r"villagers|traders|workers) (?:\w+ ){0,2}gathered(?=[^.]{0,200}"
         r"(?:chant|placard|banner|slogan|demand|against|pictures of|"
         r"protest))|"
         # "several thousand people walked from the Champ de Mars to
         # Parliament": a crowd on the march.
         r"(?:hundreds|thousands|(?:several|some|about|around|nearly|more "
         r"than|over|a few) (?:hundred|thousand|\d{1,3}(?:,\d{3})+)) "
         r"(?:[\w-]+ ){0,6}?walked "
         r"(?:together |silently |in silence |peacefully )?(?:from|through|"
         r"along)(?= )|"
         # "about 15,000 people crossed the Old Bridge in silence", "a
         # silent walk", "the peace walk".
         r"(?:walked|crossed|filed|processed) "
         r"(?:[\w'’-]+ ){0,5}?(?:in silence|silently)|"
         r"(?:silent|peace|solidarity|unity) walks?|"
         r"blocked (?:the |a "
         r"|several |main )?(?:[\w-]+ ){0,2}(?:road|roads|highway|motorway|"
         r"streets?|bridge)", PEACEFUL, False),
        (r"riot(?:s|ed|ers|ing)?|torched|set fire to|looted|looting|"
         r"stone[\s-]throwing|threw (?:stones|rocks)|hurled (?:stones|rocks)|"
         r"burn(?:ing|ed|t)? (?:tyres|tires)|pelting (?:\w+ ){0,2}with "
         r"stones|burn(?:ed|t) (?:down )?(?:the |a |an |two |three |several |"
         r"dozens of )?(?:[\w-]+ ){0,2}(?:offices?|branch(?:es)?|buildings?|"
         r"shops?|stores?|police (?:posts?|stations?)|vehicles|cars|houses)",
         RIOT, False),
        # Not "raided a house to arrest a man" (he was killed instead).
        (r"arrest(?:ed|s|ing)|(?<!\bto )arrest|detain(?:ed|s|ing)|"
         r"(?<!\bto )detain|taken into custody|"
         r"(?:took|take|takes|taking) (?:[\w-]+ ){1,4}?into custody|"
         r"apprehended|rounded up|(?:placed|held|remanded) in custody|"
         # People picked up, not a film or a signal.
         r"(?:were|was|been|being) picked up|picked up (?:[\w-]+ ){0,2}"
         r"(?:men|people|suspects?|persons|women|youths|members|"
         r"facilitators?|man|woman)\b|"
         # "police broke up a cell in Domoni, arresting four young men".
         r"(?:broke|break|breaks|broken|dismantled|busted) up "
         r"(?:an? |the )?(?:[\w-]+ )?(?:cells?|networks?|rings?)\b|"
         r"(?:dismantled|busted) (?:an? |the )?(?:[\w-]+ )?(?:cells?|"
         r"networks?|rings?)\b",
         ARRESTS, False),
        (r"cease-?fire(?: (?:agreement|deal|accord))?|truce|peace "
         r"(?:deal|agreement|accord)|prisoner (?:exchange|swap)|agreed (?:to|"
         r"on) (?:a |an |the )?(?:exchange|swap|ceasefire|truce|release|"
         r"deal|peace|withdraw\w*)|(?:sides|parties|factions) (?:have |had )?"
         r"agreed|signed (?:a |an |the )?(?:\w+ )?(?:agreement|accord|deal)",
         AGREEMENT, False),
        (r"defus(?:ed|ing)|controlled explosion|(?:destroyed|neutrali[sz]ed|"
         r"disabled|dismantled) (?:an? |the |two |three )?(?:[\w-]+ ){0,2}"
         r"(?:explosive devices?|IEDs?|bombs?|devices|mines)\b|(?:foiled|"
         r"thwarted) (?:a |an )?(?:\w+ )?(?:attack|plot|bombing)s?|"
         r"(?:seized|recovered|confiscated|intercepted|shot down)(?: [\w,-]+)"
         r"{0,4}? (?:explosives?|bombs?|IEDs?|explosive devices?|weapons|"
         r"rifles|ammunition|grenades|rockets|mines|drones?|missiles?)",
         DISRUPTED, False),
    ],
    "fr": [
        (r"attentats?[\s-]suicides?|kamikazes?|(?:s['’](?:est|etait|"
         r"etaient|etant)|se sont|se seraient) fait exploser|"
         r"se (?:font|fait) exploser|"
         r"bombe humaine|ceinture (?:d'|d’)explosifs|(?:ceinture|"
         r"barde)e?s? (?:d'|d’)explosifs", SUICIDE, False),
        (r"voitures? piegees?|colis pieges?|engins? artisana(?:l|ux)|"
         r"engins? explosifs?"
         r"(?: improvises?)?|engins? "
         r"pieges?|bombes? artisanales?|mines? (?:antipersonnel|artisanales?)|"
         r"attentats? a la bombe|(?-i:EEI)|une mine (?:a|avait) "
         r"(?:explose|tue|blesse)|saute sur (?:une|des) mines?|saute sur (?:un|des) "
         r"engins?", IED, False),
        # "deux hommes ont déclenché des charges explosives".
        (r"explosions?|(?:a|ont|avait|avaient) explose|bombes?|"
         r"(?:a|ont|avait|avaient) (?:declenche|fait detoner|fait sauter) "
         r"(?:des|une|leurs?|sa|ses|deux|trois) charges? explosives?",
         IED, True),
        (r"frappes? (?:aeriennes?|de drones?|israeliennes?|americaines?|"
         r"russes?|francaises?|turques?)|bombardements? aeriens?|"
         r"raids? aeriens?|attaques? (?:de|au) drones?|(?:l'|l’)?(?:aviation|"
         r"avions?|drones?|helicopteres?|armee de l(?:'|’)air)"
         r"(?: [\w'’]+){0,3}? "
         r"(?:a|ont|avoir) (?:frappe|bombarde|cible|vise)|(?:a|ont|avait|"
         r"avaient) frappe (?:par|avec des|avec un) drones?", AIR, False),
        (r"tirs? d(?:'|’)artillerie|obus|bombardements?|pilonn(?:e|es|ee|"
         r"ees|age|ages|ent)|tirs? de "
         r"(?:roquettes?|missiles?|mortiers?)|roquettes?|missiles?", SHELLING,
         False),
        (r"grenades?(?! (?:lacrymogenes?|assourdissantes?|"
         r"de desencerclement))", GRENADE, False),
        (r"affrontements?|combats?|accrochages?|embuscades?|echanges? de tirs|"
         r"(?:ont|a) ouvert le feu sur (?:les |des |un |une |le |la )?"
         r"(?:[\w-]+ )?(?:gendarmes|policiers|militaires|soldats|forces|"
         r"agents|elements|postes?|patrouilles?)\b|"
         r"(?:ont|a) encercle (?:une|la|un|le) (?:[\w-]+ )?(?:maisons?|"
         r"cases?|fermes?|concessions?|batiments?|planques?|repaires?)\b|"
         r"se sont affrontes|offensives?|(?:ont|a) lance l(?:'|’)assaut|"
         r"(?:ont|a|avoir) repousse (?:une|l(?:'|’)|plusieurs) ?attaques?|"
         r"(?:lors|au cours) d(?:'|’)une operation(?: militaire)?|"
         # "une patrouille ... a été accueillie par des tirs".
         r"(?:accueillie?s?|prise?s? pour cible) par des tirs|"
         r"(?:a|ont) essuye des tirs|"
         r"(?:a|ont) lance une operation",
         CLASH, False),
        (r"(?:(?<=le )|(?<=ce ))(?:massacre|carnage)|(?<=cette )tuerie",
         ATTACK, True),
        (r"(?:ont|a|avaient|avait) (?:decapite|egorge)|(?:ont|a) ouvert le "
         r"feu|"
         r"fusillades?|massacres?|tuee?s? "
         r"par balles?|abattue?s?|"
         # "un homme armé d'un couteau blessait deux voyageurs".
         r"poignard(?:e|ee|es|ees|ait|aient|ant)\b|coups? de couteau|"
         r"attaques? au couteau|(?:homme|femme|individu|assaillant|jeune) "
         r"arme d(?:'|’)(?:un|une) (?:couteau|machette|hache)", ATTACK,
         False),
        # "des hommes de la coalition ont tue vingt-deux personnes": the
        # killing, when no other word names it.
        (r"attaques?|attaquee?s?|attentats?|hommes armes|assaillants|"
         r"(?:ont|a|avaient|avait) tue(?= (?:au moins |plus de |pres de |"
         r"environ |quelque |une? )?(?:\d|deux|trois|quatre|cinq|six|sept|"
         r"huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
         r"trente|quarante|cinquante|soixante|cent|des |plusieurs|"
         r"dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))",
         ATTACK, True),
        (r"enlev(?:e|es|ee|ees|ement|ements)|kidnapp(?:e|es|ee|ees)|rapts?|"
         r"pris(?:es)? en otages?|prises? d(?:'|’)otages?", ABDUCTION, False),
        # "les lieux de rassemblement" are where crowds gather: no protest.
        (r"manifestations?|manifestants?|(?:ont|a) manifeste|"
         r"(?<!lieux de )(?<!lieu de )(?<!points de )(?<!point de )"
         r"rassemblements?|"
         r"(?:sont|etaient|sommes) descendus dans la rue|"
         r"(?:avaient|avait) manifeste|"
         r"sit-in|greve|se sont rassemble(?:e|s|es)?|(?:ont|a|avaient|avait)"
         r"(?: \w+)? defile|"
         r"marches? (?:pacifiques?|silencieuses?|blanches?)|(?:ont|a) "
         r"marche|"
         # "la grande marche du 21 février", "La marche d'étudiants" (not
         # "le marché", masculine).
         r"(?:(?<=la )|(?<=une ))(?:grande )?marches?(?= (?:du|de|des|pour|"
         r"contre|organisee|vers|jusqu)\b|(?= d['’]))|"
         # "des milliers de personnes marchent de la cathédrale".
         r"(?:milliers|centaines|mille|cents)(?: [\w'’-]+){0,4}? "
         r"march(?:ent|aient|erent)\b|"
         # "des jeunes qui marchaient sur l'administration supérieure".
         r"qui march(?:aient|ait|ent|erent) (?:sur|vers|jusqu)|"
         # "Ils étaient plus de dix mille, samedi matin, à marcher".
         r"(?:etaient|sont) (?:plus de |pres de |environ |quelque |des )?"
         r"(?:[\w-]+ ){0,2}(?:mille|milliers|centaines|cents?)\b[^.;]{0,50}?"
         r" a marcher|"
         # "ont bloqué la route nationale", "ont dressé des barricades".
         r"(?:ont|a|avaient|avait) bloque (?:la|les|le|l['’]|plusieurs) "
         r"?(?:[\w-]+ )?(?:routes?|axes?|rues?|ponts?|voies?|carrefours?|"
         r"acces)|(?:ont|a|avaient|avait) (?:dresse|erige) des barricades",
         PEACEFUL, False),
        (r"emeutes?|emeutiers|pillages?|pillee?s?|incendiee?s?|jets? de "
         r"pierres|"
         r"saccagee?s?|(?:ont|a|avaient) degenere", RIOT, False),
        # "arrete" after an auxiliary only: alone it is also a decree ("un
        # arrete prefectoral") or a stop ("le convoi s'est arrete").
        (r"(?:a|ont|avait|avaient|ete|sont|etait|etaient|fut|furent|avoir) "
         r"(?:[\w-]+ )?arretee?s?|"
         r"(?<=et )arrete(?= (?:[\w-]+ ){0,2}?(?:suspects?|hommes|"
         r"femmes|personnes|individus|membres|jeunes|militants|"
         r"d?jihadistes)\b)|"
         # "les deux hommes arrêtés dimanche soir à Mayama": the people
         # named right before.
         r"(?:(?<=hommes )|(?<=homme )|(?<=femmes )|(?<=femme )|"
         r"(?<=suspects )|(?<=suspect )|(?<=personnes )|(?<=individus )|"
         r"(?<=jeunes )|(?<=freres )|(?<=complices ))arretee?s?\b|"
         # "Le ressortissant congolais arrêté lundi soir au poste frontière
         # de Gatumba": anyone, when a day or a place follows; not a
         # vehicle stopped ("le bus arrêté à un barrage"), a decree ("un
         # arrêté du 12 mars") or a halt ("s'est arrêté à Kaya").
         r"(?<!\bun )(?<!cet )(?<!est )(?<!\bbus )(?<!\bcar )"
         r"(?<!camion )(?<!convoi )(?<!vehicule )(?<!train )(?<!voiture )"
         r"(?<!trafic )(?<!match )(?<!projet )(?<!chantier )"
         r"(?<!bilan )(?<!bilan, )(?<!bilans )(?<!vehicules )(?<!camions )"
         r"(?<!trains )(?<!travaux )(?:(?<=[a-z] )|(?<=[a-z], ))"
         r"arretee?s?(?= (?:lundi|mardi|mercredi|jeudi|"
         r"vendredi|samedi|dimanche|hier|avant-hier|la veille|le lendemain|"
         r"le (?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
         r"en (?:fin|debut) de|a |au |aux |pres d|par (?:la|les|des) "
         r"(?:police|gendarmes?|gendarmerie|forces|militaires|soldats|"
         r"services|agents|enqueteurs)))|"
         # "la DGSI arrêtait à Châteauroux deux adolescents"; not "le bus
         # s'arrêtait".
         r"(?<!s')(?<!s’)arretai(?:t|ent)\b(?! de )|"
         # "la police fédérale avait démantelé à Athus une petite cellule".
         r"demantele(?:e|s|es)? (?:[\w'’-]+ ){0,5}?(?:cellules?|reseaux?|"
         r"filieres?)\b|"
         # "la gendarmerie venait d'interpeller deux hommes": just done.
         r"(?:vien(?:t|nent)|venai(?:t|ent)) d['’](?:interpeller|arreter)|"
         r"arrestations?|interpell(?:e|es|ee|ees|ation|"
         # Not "a interpellé le ministre sur la subvention": a challenge.
         r"ations)(?! (?:le|la|les) (?:ministres?|president|gouvernement|"
         r"autorites|maire|prefet|gouverneur|deputes?)\b)|garde a vue|"
         # Not "les gardes à vue", the custody spells in general.
         r"(?<!les )(?<!des )gardee?s? a vue|apprehende(?:e|s|es)?",
         ARRESTS, False),
        (r"cessez-le-feu|accords? (?:de|pour la) paix|treve|pactes? de "
         r"(?:non-agression|paix)|echange de "
         r"prisonniers|(?:ont|a) signe (?:un |l(?:'|’))accord", AGREEMENT,
         False),
        (r"desamorc(?:e|es|ee|ees|er|age|ait|aient)|dejoue(?:e|s|es)?|"
         # "des démineurs ont neutralisé un engin explosif abandonné"
         r"(?:neutralise|detruit|fait exploser) (?:un|une|deux|trois|des|"
         r"l(?:'|’)|le|la|les) ?(?:[\w-]+ )?(?:engins?|bombes?|obus|"
         r"explosifs|mines?|charges?)\b|saisie? "
         r"(?:d(?:'|’)|de |des )(?:[\w-]+ ){0,3}(?:armes|explosifs|"
         r"munitions|engins|bombes|detonateurs)|"
         # "la gendarmerie avait saisi une quarantaine de kilos d'explosifs",
         # "avait saisi à Owendo 12 kilos d'explosifs".
         r"(?:(?:a|ont|avait|avaient) saisi|saisit|saisissent) "
         r"(?:(?:a|pres de|dans|au|en) "
         r"[\w-]+ )?(?:une?|plus d(?:'|’)une?|pres d(?:'|’)une?|quelque|"
         r"\d+|[a-z]+(?:-[a-z]+)?) (?:[\w-]+ ){0,3}(?:d(?:'|’)|de )"
         r"(?:armes|explosifs|munitions|detonateurs)", DISRUPTED, False),
    ],
    "es": [
        (r"atentados? suicidas?|(?:terroristas?|atacantes?|"
         r"bombarderos?) suicidas?|suicidas? con "
         r"(?:bomba|explosivos)|se (?:hizo|hicieron) (?:estallar|explotar)|"
         r"kamikazes?|chalecos? (?:bomba|explosivos?)", SUICIDE, False),
        (r"(?:coches?|carros?|autos?|motos?) bomba|artefactos? explosivos?"
         r"(?: improvisados?)?|minas? (?:antipersonal|terrestres?)|atentados? "
         r"con (?:bomba|explosivos)|voladuras?|cargas? explosivas?|"
         r"(?:un|el) explosivo", IED,
         False),
        (r"explosi(?:on|ones)|estallidos?|bombas?|explot(?:o|aron)|"
         r"detonaron", IED, True),
        (r"bombardeos? aereos?|ataques? aereos?|ataques? (?:con|de) drones?|"
         r"\b(?:(?:un|el|los|unos|varios) )?dron(?:es)? (?:[\w-]+ ){0,4}?"
         r"(?:cayo|cayeron|mato|mataron|"
         r"ataco|atacaron|impacto|impactaron|exploto|lanzo|lanzaron|dejo|"
         r"dejaron caer)|"
         r"incursi(?:on|ones) aereas?", AIR, False),
        (r"bombardeos?|fuego de artilleria|artilleria|morteros?|cohetes?|"
         r"misiles?|proyectiles?", SHELLING, False),
        (r"granadas?(?! (?:lacrimogenas?|aturdidoras?|de humo))", GRENADE,
         False),
        (r"enfrentamientos?|combates?|choques? armados?|emboscadas?|"
         r"intercambio de disparos|se enfrentaron|ofensivas?|"
         r"hostig(?:aron|o|amientos?)", CLASH, False),
        (r"abrieron fuego|abrio fuego|tiroteos?|balaceras?|masacres?|"
         r"asesinatos?|asesinaron|mataron|masacraron|"
         r"matanzas?|dispar(?:aron|o) "
         r"contra|balearon|acribillaron|"
         r"apunal(?:o|ado|ada|ados|adas|aron)\b|acuchill(?:o|ado|ada|"
         r"aron)\b|ataques? con (?:un )?cuchillo|(?:hombre|mujer|individuo|"
         r"sujeto|agresor) armad[oa] con (?:un|una) (?:cuchillo|machete|"
         r"hacha)", ATTACK, False),
        # "Siete personas fueron asesinadas" after the sentence that names
        # the bombing: the participle tells the toll, not a second kind.
        (r"ataques?|atentados?|atacaron|atacado|hombres armados|pistoleros|"
         r"sicarios|asesinad(?:o|os|a|as)", ATTACK, True),
        (r"secuestr(?:o|os|ado|ados|ada|adas|aron)|desaparici(?:on|ones) "
         r"forzadas?|tomad(?:o|os|a|as) como rehenes|rehenes|se llevaron a",
         ABDUCTION,
         False),
        (r"protest(?:a|as|aron|antes|ar)|manifestaci(?:on|ones)|manifestantes|"
         r"marcha(?:s|ron)?|planton(?:es)?|huelga|bloque(?:aron|an|o) "
         r"(?:[\w]+ ){0,4}(?:via|vias|carretera|carreteras|calle|calles|"
         r"puente|paso)", PEACEFUL, False),
        (r"disturbios|motin(?:es)?|saqueos?|saquearon|incendiaron|quemaron|"
         r"pedradas|"
         r"lanz(?:ar|aron|aban) piedras|apedrearon|"
         r"vandaliz(?:aron|ado|ados)", RIOT, False),
        (r"detenid(?:o|os|a|as)|detenci(?:on|ones)|detuv(?:o|ieron)|"
         r"arrest(?:o|ado|ados|ada|adas|aron)|captur(?:o|ado|ados|ada|adas|"
         r"aron)|aprehendid(?:o|os|a|as)", ARRESTS, False),
        (r"alto el fuego|cese al fuego|acuerdos? de paz|tregua|canje de "
         r"prisioneros|firmaron (?:un|el) acuerdo", AGREEMENT, False),
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
          r"factory|(?<!land)(?<!land )mine|methane|dust|tire|tyre) "
          r"(?:explosions?|blasts?)|(?:methane|firedamp|coal dust|gas "
          r"cylinder|boiler) exploded|(?:similar |mine |pit )?blasts? in "
          r"(?:the|a) (?:same )?(?:coalfield|colliery|coal mine|mine|pit)|"
          r"clash(?:es)? of heads|"
          r"protest (?:vote|song)s?|rally(?:ing)? (?:cry|driver|car)|"
          r"(?:stock|market|relief) rall(?:y|ies)|blast (?:furnaces?|walls?|"
          r"doors?)|"
          r"(?:markets?|stocks?|shares|prices|bonds|currenc(?:y|ies)|the "
          r"(?:dollar|euro|pound|peso|naira)) rallied|bomb (?:threats?|"
          r"scares?|squads?|disposal)|shooting (?:holes|hoops|baskets|"
          r"pictures|photos|videos?|films?|scenes|stars?|guards?)|photo "
          r"shoots?|(?:loans|prices|costs|numbers|cases|demand|sales|debts?|"
          r"population|popularity|inflation|use|interest|spending) (?:have |"
          r"has |had )?exploded|marched (?:the|them|him|her|us)(?![\w-])|"
          # A role, not a deed: "the use of children as suicide bombers".
          r"(?<= as )(?:suicide )?bombers|"
          # "questioned and released, not counted as arrests"
          r"(?<= as )arrests?",
    "fr": r"crise cardiaque|police anti-?emeutes?|attaque cardiaque|"
          # "le comité a arrêté de le financer": stopped, not arrested.
          r"arretee?s? d(?:e |['’])(?!nouveau)|"
          r"(?<= comme )kamikazes|"
          # "entendus puis relâchés : non comptés comme arrestations"
          r"(?<= comme )arrestations?|"
          r"explosion (?:de gaz|de grisou|des prix|des cours|des couts|du "
          r"nombre|de joie|de colere|de spinnaker)",
    "es": r"ataque (?:cardiaco|de panico)|antidisturbios|explosion de gas|"
          r"(?<= como )(?:kamikazes|suicidas)|"
          # A charge, not a deed: "imputados por dieciséis delitos de
          # asesinato", "acusado de asesinato".
          r"(?<=delito de )asesinatos?|(?<=delitos de )asesinatos?|"
          r"(?<=acusado de )asesinatos?|(?<=acusados de )asesinatos?|"
          r"(?<=cargos de )asesinatos?|"
          r"(?<=tentativa de )asesinatos?|(?<=conspiracion para el )"
          r"asesinato|"
          r"polic[ií]a antidisturbios",
}

# The means of force against a crowd (the tagger also reads them in the
# sentence after a protest).
CROWD_FORCE_MEANS = (
    r"tear ?gas|water cannons?|rubber bullets|baton[\s-]charged?|batons|"
    r"pepper spray|stun grenades|gaz lacrymogenes?|grenades lacrymogenes|"
    r"canons? a eau|(?:coups de )?matraques?|"
    r"balles en caoutchouc|gases? lacrimogenos?|granadas lacrimogenas|"
    r"balas de goma|porras")
# A protest turns into another sub-type when the same sentence says so.
# Not a crowd that went home: "Le rassemblement s'est dispersé vers 21 h 30
# sans le moindre incident", "The crowd dispersed peacefully".
_INTERVENTION = re.compile(
    CROWD_FORCE_MEANS + r"|(?<!s'est )(?<!s’est )(?<!se sont )(?<!se )"
    r"(?:dispers(?:ed|e|ing)(?! (?:peacefully|calmly|quietly|without))|"
    r"broke up(?! peacefully)|"
    r"disperse(?:e|s|es)?(?! (?:dans le calme|sans (?:incident|heurt)))|"
    r"dispers(?:o|aron|ada|adas))", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(
    r", (?:while|whereas|tandis que|alors que|mientras)\b", re.IGNORECASE)
_TYRES = re.compile(r"tyres|tires|pneus|llantas|neumaticos", re.IGNORECASE)
_BLOCKADE = re.compile(r"block|bloqu", re.IGNORECASE)
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
  # The words that tell the event, when wider than the trigger's own (a
  # protest with the force used on it); facts are read around start, end.
  told: Optional[Tuple[int, int]] = None

  @property
  def told_span(self) -> Tuple[int, int]:
    return self.told or (self.start, self.end)

  @property
  def event_type(self) -> str:
    return EVENT_TYPE_OF[self.sub_event_type]


def _compile(language: str):
  entries = _LEXICON.get(language, _LEXICON["en"])
  branches = []
  kinds = []
  for index, (pattern, sub_type, generic) in enumerate(entries):
    branches.append(("t%d" % index, pattern))
    kinds.append((sub_type, generic))
  # Read by lastgroup only: each word start tries only the entries that
  # can start there.
  combined = BranchScanner(r"(?<![\w-])", branches, r"(?![\w-])",
                           re.IGNORECASE)
  exclude = Scanner(re.compile(_EXCLUDE.get(language, _EXCLUDE["en"]),
                               re.IGNORECASE))
  return combined, kinds, exclude, AnchorGate(combined, blanked_by=exclude)


_COMPILED = {language: _compile(language) for language in _LEXICON}
# Searched in whole sentences: tried only where one of their words starts.
_INTERVENTION, _PROTEST_VIOLENCE = map(Scanner, (_INTERVENTION,
                                                 _PROTEST_VIOLENCE))


def find_triggers(sentence: str, language: str,
                  following: str = "") -> List[Trigger]:
  """Event triggers in one sentence, in order, non-overlapping.

  The alternation lists specific phrases before generic ones, and Python's
  regex alternation takes the first alternative that matches at a position,
  so "suicide bombing" is one Suicide-bomb trigger, not "bombing".
  ``following`` is the next sentence: a raid a fight follows there is one.
  """
  combined, kinds, exclude, gate = _COMPILED.get(language,
                                                 _COMPILED["en"])
  folded = fold(sentence)
  if not gate.may_match(folded):
    # Most sentences of most news hold no trigger word: nothing to blank
    # or scan (the gate reads the key the tagger's other scans read).
    return []
  text = exclude.blank(folded)
  triggers = []
  for match in combined.finditer(text):
    index = int(match.lastgroup[1:])
    sub_type, generic = kinds[index]
    triggers.append(Trigger(match.start(), match.end(), sub_type, generic))
  return _protest_rules(
      _seizure_rules(_raid_rules(_word_rules(triggers, sentence, language),
                                 text, following), text), text)


def _word_rules(triggers: List[Trigger], sentence: str,
                language: str) -> List[Trigger]:
  """Words told as words, read in the sentence as written: a figure of
  speech in short quotes, a capitalized place."""
  if triggers and any(mark in sentence for mark in _QUOTE_MARKS):
    # A word in short quotes is a figure of speech: "l'année a été une
    # « véritable bombe »", "la descente « kamikaze » d'un livreur"; not
    # a count of events quoted ("in what it calls "two suicide attacks""),
    # nor a statement ("Daesh remnants carried out this cowardly attack,").
    quoted = [m.span(1) for m in _SHORT_QUOTE.finditer(sentence)
              if not _COUNTED.search(m.group(1))
              and m.group(1)[-1] not in ",.;:!?"]
    triggers = [t for t in triggers if not any(
        start <= t.start and t.end <= end for start, end in quoted)]
  if language in ("fr", "es"):
    # "la capitale de la Grenade", "en Granada": the country or the city,
    # capitalized inside a sentence, is no grenade.
    triggers = [t for t in triggers if not (
        t.sub_event_type == GRENADE and sentence[t.start].isupper()
        and sentence[:t.start].strip())]
  return triggers


_QUOTE_MARKS = ("«", "“", '"')
_COUNTED = re.compile(
    r"\d|\b(?:two|three|four|five|twin|double|doble|deux|trois|quatre|"
    r"cinq|dos|tres|cuatro|cinco|second|third|deuxi[eè]me|troisi[eè]me|"
    r"segundo|tercer)\b", re.IGNORECASE)
# Up to ten words in quotes.
_SHORT_QUOTE = re.compile(
    r"[«“\"]\s*((?:[^\s«»“”\"]+\s+){0,9}[^\s«»“”\"]+)\s*[»”\"]")


# Found, taken, held or carried, in the words before a weapon ("Recovered
# from their possession were one AK-56 rifle, ..., three hand grenades";
# "seized two explosive belts, a hand grenade and 11 mobile phones";
# "accused of smuggling grenades", "en possession de six grenades").
_SEIZED = re.compile(
    r"\b(?:seized|seizing|recovered|confiscated|found|saisi|decouvert|"
    r"incautad|decomisad|smuggl|traffick|trafic|contreband|contraband|"
    r"possession|posesion)", re.IGNORECASE)
# The weapon used, which makes the grenade an event again.
_THROWN = re.compile(
    r"\b(?:threw|thrown|hurled|lobbed|tossed|lance|jete|lanzad|lanzaron|"
    r"explod|exploser|estall|attack)", re.IGNORECASE)


# A bomber's vest or belt as a thing, not a deed: "seizing some 120 kg of
# TNT and two suicide vests", "où les ceintures d'explosifs auraient été
# assemblées".
_VEST = re.compile(
    r"(?:suicide|explosive) (?:vests?|belts?)|ceintures? (?:d'|d’)explosifs|"
    r"chalecos? (?:bomba|explosivos?)", re.IGNORECASE)
_VEST_HANDLED = re.compile(
    r"\b(?:seized|seizing|recovered|confiscated|found|assembled|made|"
    r"built|stored|hidden|hid|(?:saisi|decouvert|retrouve|assemble|"
    r"fabrique|confectionne|stocke|cache)e?s?|(?:incautad|decomisad|"
    r"hallad|fabricad|ensamblad)[oa]s?)\b", re.IGNORECASE)
# Its use, which makes the vest an event again.
_VEST_USED = re.compile(
    r"\b(?:blew|detonat|explod|exploser|estall|detona|wearing|killed|"
    r"tuee?s?\b|mat[oó]\b)", re.IGNORECASE)


def _seizure_rules(triggers: List[Trigger], text: str) -> List[Trigger]:
  """A grenade in a list of things seized is no grenade attack, nor is a
  vest seized or assembled a suicide bombing."""
  return [t for t in triggers if not (
      t.sub_event_type == GRENADE and _SEIZED.search(text, 0, t.start)
      and not _THROWN.search(text)
      or t.sub_event_type == SUICIDE and _VEST.fullmatch(text, t.start, t.end)
      and _VEST_HANDLED.search(text) and not _VEST_USED.search(text))]


# Someone died in the raid's sentence (the text is accent-folded).
_RAID_DEATH = re.compile(
    r"\b(?:kill|dead\b|shot\b|clash|tue|abatt|muert|mat[oa])",
    re.IGNORECASE)
# Someone fired, in the raid's sentence or the next ("raided a hideout on
# the outskirts of Gashua. The suspects opened fire on the operatives").
FIRING = re.compile(
    r"opened fire|ouvert le feu|abrieron fuego|shoot-?out|gun ?fight|"
    r"gun ?battle|gun duel|firefight|exchange of fire|echange de tirs",
    re.IGNORECASE)
# ...or someone was killed in it, told next ("raided a hideout near Hazrat
# Sultan. They say four Islamic State fighters were killed").
_KILLED_NEXT = re.compile(
    r"\b(?:were|was|have been|had been) (?:shot dead|killed)\b|"
    r"\bont ete (?:tues|abattus|neutralises)\b", re.IGNORECASE)
# A raid's words, not a base stormed ("stormed an army base" is a fight).
_RAID_WORDS = re.compile(
    r"raid|surround|cordon|encercl|stormed (?!(?:a |an |the )?(?:[\w-]+ )?"
    r"(?:military|army))", re.IGNORECASE)

_OPERATION_WORD = re.compile(r"op[eé]ra(?:tion|cion)", re.IGNORECASE)


def _raid_rules(triggers: List[Trigger], text: str,
                following: str) -> List[Trigger]:
  """A raid is a clash when someone dies or fires in it ("killed four
  fighters in a raid on a hideout", or in the next sentence "The men
  inside opened fire") and nothing else names the event; "arrested four
  men in a raid on a house", "were picked up during a raid" are how
  arrests were made, and a raid that only finds weapons is told by its
  seizure."""
  arrests = any(t.sub_event_type == ARRESTS for t in triggers)
  # "ont interpellé onze suspects ... lors d'une opération de ratissage":
  # with arrests, an operation is a raid too.
  raids = [t for t in triggers if t.sub_event_type == CLASH
           and (_RAID_WORDS.search(text, t.start, t.end) or arrests and (
               _OPERATION_WORD.search(text, t.start, t.end)))]
  if not raids:
    return triggers
  if arrests or not (
      _RAID_DEATH.search(text) or FIRING.search(text)
      or FIRING.search(fold(following))
      or _KILLED_NEXT.search(fold(following))):
    return [t for t in triggers if t not in raids]
  # What happened named just before ("officers opened fire during what
  # police called a raid on a hideout"): the raid is only its setting.
  return [t for t in triggers if t not in raids or not any(
      not other.generic and other not in raids
      and 0 <= t.start - other.end <= 60 for other in triggers)]


# How far the force used on a crowd may stand from its protest's word to be
# told with it.
_FORCE_REACH = 100


def _with_force(trigger: Trigger, text: str) -> Trigger:
  """The protest's words widened over the force used on it nearby: "fired
  tear gas to disperse several hundred young men who had marched" tells
  one event in both halves, and either may be the one quoted."""
  near = [match.span() for match in _INTERVENTION.finditer(text)
          if match.start() - trigger.end <= _FORCE_REACH
          and trigger.start - match.end() <= _FORCE_REACH]
  if not near:
    return trigger
  return dataclasses.replace(
      trigger, told=(min(trigger.start, *(start for start, _ in near)),
                     max(trigger.end, *(end for _, end in near))))


def _protest_rules(triggers: List[Trigger], text: str) -> List[Trigger]:
  """Protest + tear gas -> intervention; protesters clashing with police or
  rioting -> a violent demonstration; arrests at a protest -> intervention,
  not an Arrests event of their own."""
  protests = [t for t in triggers if t.sub_event_type == PEACEFUL]
  if not protests:
    return triggers
  # "blocked the road to Lindi with burning tyres": the tyres are the
  # blockade's, no riot.
  triggers = [t for t in triggers if not (
      t.sub_event_type == RIOT and _TYRES.search(text, t.start, t.end)
      and any(p.end <= t.start and _BLOCKADE.search(text, p.start, p.end)
              for p in protests))]
  riot = any(t.sub_event_type == RIOT for t in triggers) or (
      _PROTEST_VIOLENCE.search(text) is not None)
  # "has charged a man arrested in Qormi ..., while 20,000 people marched
  # through Valletta": an arrest in a clause before the protest's is its
  # own event ("marched, while police arrested dozens" is not).
  apart = {t for t in triggers if t.sub_event_type == ARRESTS and all(
      t.end <= p.start and _OTHER_CLAUSE.search(text, t.end, p.start)
      for p in protests)}
  arrests = any(t.sub_event_type == ARRESTS and t not in apart
                for t in triggers)
  intervention = arrests or _INTERVENTION.search(text) is not None
  result = []
  rioting = any(t.sub_event_type == RIOT for t in triggers)
  for trigger in triggers:
    if trigger.sub_event_type == PEACEFUL:
      if rioting:
        continue  # "protests degenerated into looting": the looting says it
      if riot:
        trigger = dataclasses.replace(trigger, sub_event_type=RIOT)
      elif intervention:
        trigger = _with_force(dataclasses.replace(
            trigger, sub_event_type=INTERVENTION), text)
    elif trigger.sub_event_type == ARRESTS and trigger not in apart:
      continue
    elif trigger.sub_event_type == CLASH and riot:
      continue
    result.append(trigger)
  return result
