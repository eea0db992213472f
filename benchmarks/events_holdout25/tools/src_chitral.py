"""Authoring source of benchmarks/events_holdout25 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Chitral, Pakistan cluster (holdout25-011 to 015; English, Spanish
and French), two suicide bombers on Friday 17 July 2026 at two sites of one
town (the main bazaar near the Shahi Mosque and the general bus stand, about
1 km and ten minutes apart): an English daily's first report with a "may have
been behind it" (011), a Spanish "(EUROPA PRESS)" dispatch with the revised
toll, a march and arrests (es 012), a French claim story with a denial and
older attacks (fr 013), an English report on the court remand and a
facilitator's arrest (014) and a French weekly's long-read with older attacks
by month and year (fr 015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout25")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout25-011
ARTICLES.append(A(11, "en", "article", "2026-07-17T13:00:00Z",
"At least 11 killed as two suicide bombers strike Chitral",
"""
CHITRAL (Hindu Kush Herald) - At least eleven people were killed and dozens wounded on Friday when two suicide bombers blew themselves up in the northern Pakistani town of Chitral, first in the crowded main bazaar near the Shahi Mosque and then at the general bus stand, police and hospital officials said.

The first blast hit the bazaar at about 12:50 p.m., as shoppers gathered before Friday prayers. About ten minutes later a second bomber detonated his vest among the jeeps and minibuses that link the valley to Peshawar, roughly a kilometre away, a police officer said.

"I saw a boy of about 12 carrying his father," said a 45-year-old cloth merchant whose shop lost its shutters. The District Headquarters Hospital, with 150 beds, declared an emergency and appealed for blood donors. Two army helicopters evacuated critical cases.

No group had claimed responsibility by Friday afternoon. A senior police officer, speaking on condition of anonymity, said the Tehrik-i-Taliban Pakistan (TTP) "may have been behind it", pointing to the town's long border with Afghanistan.

On Wednesday, police at a checkpoint near Booni arrested a man carrying two hand grenades and a detonator in a bag of dried apricots. Investigators said they were trying to establish whether he was linked to the bombers. Last year, gunmen killed three policemen at a checkpoint in Ayun, a village south of the town.

Chitral, a town of about 50,000 people 1,500 metres above sea level, is better known for polo and trekking than for violence. The Lowari tunnel, the district's only all-weather road link, was closed for 24 hours.
"""))
GOLD += [
E(11, ["two suicide bombers blew themselves up in the northern Pakistani town of Chitral", "The first blast hit the bazaar"],
  "SUI", "2026-07-17", "day", "Chitral", "PK", 11, 12, "at_least", None, None, False,
  "'on Friday' = publication day, Friday 17 July. Two sites of one town (the bazaar and the bus stand, about 1 km and ten minutes apart) -> ONE Suicide bomb event. 'At least eleven people were killed and dozens wounded' -> 11 (at_least), 12 ('dozens', dev table). No claim; the TTP \"may have been behind it\" is speculation -> null. '12:50 p.m.', 'About ten minutes', 'about 12', '45-year-old', '150 beds', 'Two army helicopters' are not casualties."),
E(11, ["police at a checkpoint near Booni arrested a man"],
  "ARR", "2026-07-15", "day", "Booni", "PK", None, None, None, "police", None, False,
  "'On Wednesday' vs Friday 17 July -> 15 July. A checkpoint 'near Booni' -> Booni. The grenades and detonator belong to the arrest. '50,000 people', '1,500 metres', '24 hours' are not casualties."),
E(11, ["gunmen killed three policemen at a checkpoint in Ayun"],
  "BAT", "2025-01-01", "year", "Ayun", "PK", 3, None, "exact", None, None, True,
  "'Last year' vs 2026 -> 2025, year, background. Policemen killed at a checkpoint by unnamed gunmen -> Armed clash with a null perpetrator (events_holdout9 Kohlu). 'killed three policemen' -> 3, exact."),
]

# -------------------------------------------------------------- holdout25-012
ARTICLES.append(A(12, "es", "article", "2026-07-18T12:00:00Z",
"Ascienden a 22 los muertos por el doble atentado suicida en el norte de Pakistán",
"""
MADRID, 18 Jul. (EUROPA PRESS) - El balance de víctimas mortales del doble atentado suicida perpetrado el viernes en la localidad de Chitral, en el norte de Pakistán, ha ascendido a veinte, además de los dos terroristas, según han informado este sábado las autoridades provinciales de Khyber Pakhtunkhwa.

Las primeras cifras oficiales hablaban de once fallecidos. Por la noche, el hospital del distrito había contabilizado diecisiete cadáveres, y dos heridos fallecieron durante la madrugada. Otras setenta y cuatro personas resultaron heridas, nueve de ellas de gravedad, según el diario 'Dawn Frontier'.

El primer terrorista se hizo estallar en el bazar principal, cerca de la mezquita Shahi, poco antes de la oración del viernes; el segundo lo hizo unos diez minutos más tarde en la estación de autobuses, a cerca de un kilómetro.

La Policía ha arrestado en la madrugada del sábado a tres hombres en Drosh, a unos 40 kilómetros al sur, en una operación en la que se incautaron de un fusil de asalto, 2.000 rupias y un ordenador portátil. Los tres, de entre 21 y 26 años, son originarios de la provincia afgana de Kunar.

El viernes por la tarde, varios centenares de comerciantes marcharon desde el bazar hasta la oficina del comisionado adjunto para exigir más controles en los pasos de montaña. La marcha terminó sin incidentes.

Ningún grupo se ha atribuido por el momento la autoría del ataque. Las autoridades han decretado tres días de luto y han cerrado durante 48 horas el paso de Arandu, en la frontera con Afganistán, donde en enero pasado una mina antipersona mató a dos pastores.
"""))
GOLD += [
E(12, ["doble atentado suicida perpetrado el viernes en la localidad de Chitral", "El primer terrorista se hizo estallar en el bazar principal"],
  "SUI", "2026-07-17", "day", "Chitral", "PK", 22, 74, "exact", None, None, False,
  "'el viernes' vs Saturday 18 July -> 17 July. Revised toll inside the dispatch: 'once fallecidos' -> 'diecisiete cadáveres' -> 'dos heridos fallecieron' -> 'veinte, además de los dos terroristas' -> 20 + 2 = 22 ('además de' adds them), exact. 'Otras setenta y cuatro personas resultaron heridas' -> 74; 'nueve de ellas de gravedad' is a subset. No claim ('Ningún grupo se ha atribuido') -> null. 'unos diez minutos', 'un kilómetro' are not casualties."),
E(12, ["La Policía ha arrestado en la madrugada del sábado a tres hombres en Drosh"],
  "ARR", "2026-07-18", "day", "Drosh", "PK", None, None, None, "police", None, False,
  "'en la madrugada del sábado' = publication day, Saturday 18 July (the small hours belong to that day). Police -> 'police'. The rifle, money and laptop belong to the arrest; '40 kilómetros', '2.000 rupias', 'entre 21 y 26 años' are not casualties."),
E(12, ["varios centenares de comerciantes marcharon desde el bazar"],
  "PP", "2026-07-17", "day", "Chitral", "PK", None, None, None, None, None, False,
  "'El viernes por la tarde' vs Saturday 18 July -> 17 July. A march with a demand that ends 'sin incidentes' -> Peaceful protest, null actor. 'varios centenares' are participants. 'tres días', '48 horas' are not casualties."),
E(12, ["una mina antipersona mató a dos pastores"],
  "IED", "2026-01-01", "month", "Arandu", "PK", 2, None, "exact", None, None, True,
  "'En enero pasado' vs July 2026 -> January 2026, month, background. A landmine, no actor -> Remote explosive/landmine/IED, null. 'mató a dos pastores' -> 2, exact. 'donde' is the Arandu crossing ('el paso de Arandu') -> Arandu; its closure for '48 horas' is not an event."),
]

# -------------------------------------------------------------- holdout25-013
ARTICLES.append(A(13, "fr", "article", "2026-07-20T08:30:00Z",
"Pakistan : l'État islamique revendique le double attentat de Chitral, le TTP dément",
"""
L'État islamique au Khorassan (EI-K) a revendiqué samedi soir le double attentat-suicide qui a frappé vendredi la ville de Chitral, dans le nord du Pakistan, affirmant avoir visé « des polythéistes et des soutiens de l'armée ». Son agence de propagande a publié les photos des deux kamikazes, présentés comme des « frères venus du Khorassan ».

Selon le dernier bilan officiel, l'attaque a fait vingt-trois morts, kamikazes compris, et soixante-quatorze blessés. Un commerçant de 61 ans a succombé dimanche à ses blessures à l'hôpital de Peshawar.

Le Tehrik-e-Taliban Pakistan (TTP), qu'un officier de police avait désigné vendredi comme l'auteur possible de l'attaque, a démenti toute implication dans un message adressé aux journalistes, qualifiant l'attentat de « crime contre des musulmans ».

Le district de Chitral, longtemps épargné, a pourtant connu d'autres violences. En mai 2019, un kamikaze s'était fait exploser devant un commissariat de Dir, plus au sud, tuant quatre policiers ; l'attaque avait été revendiquée par le TTP. Il y a deux ans, des hommes armés avaient enlevé deux enseignants près de Mastuj ; ils ont été relâchés après cinq semaines de captivité.

En 2021, l'EI-K avait revendiqué l'explosion d'une bombe artisanale au passage d'une voiture de police à Garam Chashma, qui avait blessé trois agents.

« L'EI-K cherche à prouver qu'il peut frapper là où le TTP ne frappe pas », estime un chercheur d'Islamabad. Le groupe disposerait selon lui de 300 à 500 combattants dans les provinces afghanes voisines de Kunar et du Nouristan.

Le gouvernement provincial a annoncé une indemnisation d'un million de roupies par victime. Les écoles de la ville rouvriront mercredi.
"""))
GOLD += [
E(13, ["a revendiqué samedi soir le double attentat-suicide qui a frappé vendredi la ville de Chitral", "l'attaque a fait vingt-trois morts"],
  "SUI", "2026-07-17", "day", "Chitral", "PK", 23, 74, "exact", "Islamic State", "Islamic State", False,
  "'vendredi' vs Monday 20 July -> 17 July (the claim came 'samedi soir'). 'L'État islamique au Khorassan (EI-K)' -> 'Islamic State' (dev: every branch except ISWAP), claimant and perpetrator. 'vingt-trois morts, kamikazes compris' -> 23 (inside), 'soixante-quatorze blessés' -> 74, exact; the trader who died on Sunday raised it. The TTP's denial is not a claim. '61 ans' is an age."),
E(13, ["un kamikaze s'était fait exploser devant un commissariat de Dir"],
  "SUI", "2019-05-01", "month", "Dir", "PK", 4, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True,
  "'En mai 2019' -> month, background. 'revendiquée par le TTP' -> claimant and perpetrator 'Tehrik-i-Taliban Pakistan'. 'tuant quatre policiers' -> 4, exact (the bomber is not counted by the text)."),
E(13, ["des hommes armés avaient enlevé deux enseignants près de Mastuj"],
  "ABD", "2024-01-01", "year", "Mastuj", "PK", None, None, None, None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. Unnamed 'hommes armés' -> null. 'deux enseignants' are abductees; 'cinq semaines' a span."),
E(13, ["l'explosion d'une bombe artisanale au passage d'une voiture de police à Garam Chashma"],
  "IED", "2021-01-01", "year", "Garam Chashma", "PK", None, 3, "exact", "Islamic State", "Islamic State", True,
  "'En 2021' -> year, background. 'l'EI-K avait revendiqué' -> claimant and perpetrator 'Islamic State'. 'qui avait blessé trois agents' -> injured 3, exact. '300 à 500 combattants', 'un million de roupies' are not casualties."),
]

# -------------------------------------------------------------- holdout25-014
ARTICLES.append(A(14, "en", "article", "2026-07-22T15:00:00Z",
"Court remands Chitral suspects; alleged handler held in Gilgit",
"""
GILGIT (Frontier Wire) - An anti-terrorism court in Peshawar on Wednesday remanded into police custody for 14 days the three Afghan nationals arrested in Drosh on Saturday over last week's twin suicide bombing in Chitral.

The bombing, claimed by Islamic State's Khorasan branch, killed 23 people, including the two bombers, and wounded 74. Eight of the wounded remain in hospital in Peshawar.

Counter-Terrorism Department (CTD) officers arrested a fourth man in Gilgit on Tuesday. Prosecutors told the court that the man, a 38-year-old money changer, transferred the equivalent of $1,200 to the bombers and found them a room in Chitral two weeks before the attack. His brother was questioned for several hours and released without charge.

"This was a network, not two lone men," a CTD official said, adding that the four suspects had exchanged more than 300 messages on an encrypted app. Four people are now in custody in connection with the attack.

The case has revived memories of an earlier investigation. Last October, CTD officers arrested four Islamic State suspects in Chitral who were said to be planning an attack on a polo festival; two of them were later convicted.

Defence lawyer Imran Sethi said his clients had been beaten in custody, a claim the police denied. The next hearing is on 5 August. The provincial government has announced a reward of 5 million rupees for information on a fifth suspect, believed to have fled across the border.
"""))
GOLD += [
E(14, ["the three Afghan nationals arrested in Drosh on Saturday"],
  "ARR", "2026-07-18", "day", "Drosh", "PK", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 22 July -> 18 July. The remand 'into police custody' is the arrest's follow-up: one Arrests event for the arrest, at its place and day. Police in holdout25-012 -> 'police'. '14 days' is a span."),
E(14, ["last week's twin suicide bombing in Chitral", "The bombing, claimed by Islamic State's Khorasan branch"],
  "SUI", None, None, "Chitral", "PK", 23, 74, "exact", "Islamic State", "Islamic State", False,
  "'last week's' -> null date (dev: 'last week' is null), so not background. 'claimed by Islamic State's Khorasan branch' -> 'Islamic State', claimant and perpetrator. 'killed 23 people, including the two bombers, and wounded 74' -> 23 (inside), 74, exact. 'Eight of the wounded remain in hospital' is a subset."),
E(14, ["Counter-Terrorism Department (CTD) officers arrested a fourth man in Gilgit"],
  "ARR", "2026-07-21", "day", "Gilgit", "PK", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 22 July -> 21 July. The suspected facilitator; CTD -> 'police' (dev). '38-year-old', '$1,200', 'two weeks', '300 messages' are not casualties; the brother 'questioned ... and released without charge' is not arrested; 'Four people are now in custody' is a cumulative count."),
E(14, ["CTD officers arrested four Islamic State suspects in Chitral"],
  "ARR", "2025-10-01", "month", "Chitral", "PK", None, None, None, "police", None, True,
  "'Last October' vs July 2026 -> October 2025, month, background. CTD -> 'police'. 'four' are arrestees; '5 August' is a future hearing; '5 million rupees' is money."),
]

# -------------------------------------------------------------- holdout25-015
ARTICLES.append(A(15, "fr", "article", "2026-07-25T06:00:00Z",
"Chitral, la vallée qui se croyait à l'abri",
"""
Le vendredi 17 juillet, peu avant la prière de la mi-journée, deux jeunes hommes venus de la province afghane de Kunar se sont fait exploser à dix minutes d'intervalle dans le bazar de Chitral et à la gare routière. Le double attentat-suicide, revendiqué par l'État islamique au Khorassan, a fait vingt-trois morts en comptant les deux kamikazes et soixante-quatorze blessés.

Pour les habitants de cette vallée de l'Hindou Kouch, perchée à 1 500 mètres d'altitude, c'est un choc. Chitral vivait du tourisme, du polo et des noix. Les guides parlaient volontiers de « la vallée la plus sûre du Pakistan ».

Cette réputation ne résistait pourtant pas à l'examen. En mars 2018, une bombe artisanale avait tué deux guides de montagne sur la piste de Bumburet, dans les vallées kalash ; personne n'avait revendiqué l'attaque. En juin 2022, des combattants venus d'Afghanistan avaient attaqué un poste frontalier près d'Arandu : trois soldats et huit assaillants avaient été tués.

La colère, elle, monte. Mardi, des commerçants ont bloqué pendant trois heures la route principale à la sortie de Chitral pour réclamer des indemnisations ; la police les a dispersés au gaz lacrymogène, faisant deux blessés. La police, elle, multiplie les opérations. Depuis l'attentat, quatre personnes ont été placées en détention et une cinquième est activement recherchée.

« On nous a répété pendant vingt ans que la menace venait d'ailleurs », soupire un hôtelier de 58 ans, dont les 14 chambres sont restées vides cet été. Les réservations ont chuté de 80 % depuis le 17 juillet, selon l'association des guides.

Le gouvernement provincial promet 2 000 policiers supplémentaires et une clôture de 120 kilomètres le long de la frontière. À Chitral, on attend surtout que le bazar rouvre ses 400 échoppes.
"""))
GOLD += [
E(15, ["se sont fait exploser à dix minutes d'intervalle dans le bazar de Chitral", "Le double attentat-suicide, revendiqué par l'État islamique au Khorassan", "Depuis l'attentat"],
  "SUI", "2026-07-17", "day", "Chitral", "PK", 23, 74, "exact", "Islamic State", "Islamic State", False,
  "'Le vendredi 17 juillet' -> 17 July (8 days before Saturday 25 July, current). 'revendiqué par l'État islamique au Khorassan' -> 'Islamic State', claimant and perpetrator. 'vingt-trois morts en comptant les deux kamikazes' -> 23 (inside), 'soixante-quatorze blessés' -> 74, exact. 'depuis le 17 juillet' (bookings) is a reference date, not listed as a trigger."),
E(15, ["des commerçants ont bloqué pendant trois heures la route principale à la sortie de Chitral"],
  "PI", "2026-07-21", "day", "Chitral", "PK", None, 2, "exact", None, None, False,
  "'Mardi' vs Saturday 25 July -> Tuesday 21 July. A road blockade with a demand, dispersed with tear gas -> Protest with intervention, null actor (events_holdout23). A road out of a town -> that town. 'faisant deux blessés' -> injured 2, exact. 'trois heures' is a span."),
E(15, ["une bombe artisanale avait tué deux guides de montagne sur la piste de Bumburet"],
  "IED", "2018-03-01", "month", "Bumburet", "PK", 2, None, "exact", None, None, True,
  "'En mars 2018' -> month, background. A roadside bomb, no claim -> null. 'avait tué deux guides' -> 2, exact. A track 'de Bumburet' -> Bumburet."),
E(15, ["des combattants venus d'Afghanistan avaient attaqué un poste frontalier près d'Arandu"],
  "BAT", "2022-06-01", "month", "Arandu", "PK", 11, None, "exact", None, None, True,
  "'En juin 2022' -> month, background. Unnamed fighters attacking a border post -> Armed clash with a null initiator (events_holdout23 Douz, Gogui). All sides summed: 'trois soldats et huit assaillants' -> 11, exact. 'quatre personnes ont été placées en détention' is a cumulative count with no place or day: no Arrests event. '1 500 mètres', 'vingt ans', '58 ans', '14 chambres', '80 %', '2 000 policiers', '120 kilomètres', '400 échoppes' are not casualties."),
]
