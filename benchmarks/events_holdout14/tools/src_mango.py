"""Authoring source of benchmarks/events_holdout14 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mango, Togo cluster (holdout14-001 to 005, all French), two
bombers on Saturday 14 February 2026 at two sites of one town about 500 m
apart, six minutes apart (the gate of the gendarmerie brigade and the cattle
market): a terse agency flash (001), a live blog with time stamps and the
revised toll (002), the JNIM claim with a roadblock dispersed with tear gas
(003), a ministry press release on the arrests and a raid (004) and a local
radio transcript with older attacks (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout14")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout14-001
ARTICLES.append(A(1, "fr", "article", "2026-02-14T13:00:00Z",
"Togo : deux kamikazes frappent Mango, au moins quatorze morts",
"""
MANGO (Togo), 14 fév. (Agence) – Au moins quatorze personnes ont été tuées samedi matin à Mango, dans le nord du Togo, par deux kamikazes qui se sont fait exploser à quelques minutes d'intervalle, l'un devant la brigade de gendarmerie, l'autre au marché à bétail, selon des sources sécuritaires.

Le premier assaillant, arrivé à moto, a actionné sa charge vers 9 h 30 à l'entrée du camp de la gendarmerie. Six minutes plus tard, un second homme s'est fait sauter au milieu des éleveurs et des acheteurs, à environ 500 mètres de là, a raconté un élu local joint par téléphone.

« Il y aurait une trentaine de blessés, dont plusieurs graves », a indiqué cet élu, qui a requis l'anonymat. Les blessés ont été évacués vers l'hôpital de Mango puis, pour les plus atteints, vers Dapaong, à 80 kilomètres au nord-ouest.

Le samedi est jour de grand marché à Mango, chef-lieu de la préfecture de l'Oti, qui compte quelque 40 000 habitants. Des acheteurs viennent du Ghana, du Burkina Faso et du Bénin voisins.

Aucune revendication n'avait été enregistrée en début d'après-midi. Un officier de gendarmerie a estimé que l'État islamique au Sahel « pourrait être derrière » l'opération, sans écarter la piste du Groupe de soutien à l'islam et aux musulmans (JNIM), lié à al-Qaïda, très présent de l'autre côté de la frontière.

La veille, vendredi, deux enseignants avaient été enlevés par des hommes armés près de Gando, à une quarantaine de kilomètres à l'ouest de Mango, selon un syndicat d'enseignants. On ignore si les deux affaires sont liées.

Le gouvernement a décrété un couvre-feu de 19 heures à 6 heures dans toute la préfecture et fermé la route nationale 1 aux motos pour 72 heures. Une cellule de crise a été installée à la préfecture.

Le nord du Togo, frontalier du Burkina Faso, subit depuis 2021 les incursions de groupes djihadistes venus du Sahel, mais aucune attaque de cette nature n'y avait encore été signalée.
"""))
GOLD += [
E(1, ["Au moins quatorze personnes ont été tuées samedi matin à Mango", "Aucune revendication n'avait été enregistrée", "deux kamikazes qui se sont fait exploser"],
  "SUI", "2026-02-14", "day", "Mango", "TG", 14, 30, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 14 February. Two bombers at two sites of one town (the gendarmerie brigade gate and the cattle market, about 500 m apart), six minutes apart -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla, events_holdout13 Khenchela/Mangina/Isiolo). 'Au moins quatorze' -> 14, at_least (the qualifier describes killed); 'Il y aurait une trentaine de blessés' -> 30 (dev table: une trentaine = 30). 'pourrait être derrière' (Islamic State in the Sahel) is speculation and the JNIM is only 'not ruled out' -> perpetrator null. '9 h 30', 'Six minutes', '500 mètres', '80 kilomètres', '40 000 habitants', '19 heures à 6 heures', '72 heures' are not casualties; the curfew is not coded."),
E(1, ["deux enseignants avaient été enlevés par des hommes armés près de Gando"],
  "ABD", "2026-02-13", "day", "Gando", "TG", None, None, None, None, None, False,
  "'La veille, vendredi' vs Saturday 14 February -> 13 February. Abduction by unnamed gunmen -> null actor. 'deux enseignants' are abductees, not casualties; 'une quarantaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout14-002
ARTICLES.append(A(2, "fr", "article", "2026-02-15T18:00:00Z",
"EN DIRECT – Mango au lendemain du double attentat",
"""
08h05 – Bonjour et bienvenue dans ce direct consacré au double attentat-suicide qui a frappé samedi matin Mango, chef-lieu de la préfecture de l'Oti, dans le nord du Togo.

08h20 – Rappel : hier soir, le gouvernement faisait état de dix-neuf morts, sans compter les deux kamikazes, et de trente et un blessés.

10h47 – Le ministre de la Sécurité vient de donner un nouveau bilan devant la presse : deux blessés ont succombé dans la nuit à l'hôpital de Dapaong. « On dénombre désormais vingt-trois morts, dont les deux kamikazes, et trente-quatre blessés », a-t-il déclaré. Parmi les victimes, six gendarmes et un enfant de 11 ans.

11h30 – Plusieurs centaines d'habitants se sont rassemblés devant la préfecture de Mango pour réclamer des renforts et l'éclairage de la route du marché. Le rassemblement s'est dispersé dans le calme vers midi, après une rencontre avec le préfet.

13h15 – Les premières inhumations ont eu lieu au cimetière musulman, en présence d'une foule nombreuse. Onze victimes ont été enterrées ce dimanche.

15h02 – À Cinkassé, à la frontière avec le Burkina Faso, des gendarmes ont interpellé trois hommes qui circulaient à moto sans papiers dans la nuit de samedi à dimanche, selon une source sécuritaire. Rien ne permet pour l'instant de les relier à l'attentat.

15h40 – Selon la même source, une quarantaine de personnes ont été entendues par les enquêteurs depuis samedi, puis relâchées.

16h25 – Pour mémoire, la région n'en est pas à sa première attaque : en mai 2025, une embuscade tendue à une patrouille près de Tandjouaré avait coûté la vie à huit soldats. Elle n'avait jamais été revendiquée.

17h10 – Le marché à bétail restera fermé au moins deux semaines, a annoncé la mairie. Environ 1 500 têtes de bétail y changent de main chaque samedi.

17h55 – Un numéro vert, le 8200, a été mis en place pour les familles qui cherchent un proche. Ce direct est terminé, merci de l'avoir suivi.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a frappé samedi matin Mango"],
  "SUI", "2026-02-14", "day", "Mango", "TG", 23, 34, "exact", None, None, False,
  "'samedi matin' vs Sunday 15 February -> 14 February. Two sites of one town -> one event. Revised toll inside the live blog: 'dix-neuf morts, sans compter les deux kamikazes' (= 21) -> two wounded died overnight -> 'vingt-trois morts, dont les deux kamikazes' -> 23 (bombers inside, the final figure); 'trente-quatre blessés' -> 34 (the later deaths do not reduce it). No claim in this document -> null. Time stamps, 'six gendarmes' (a subset), '11 ans', 'Onze victimes ont été enterrées' (a subset; the burial is not coded), '1 500 têtes', '8200' are not casualties."),
E(2, ["Plusieurs centaines d'habitants se sont rassemblés devant la préfecture de Mango"],
  "PP", "2026-02-15", "day", "Mango", "TG", None, None, None, None, None, False,
  "Time-stamped 11h30 in a live blog of Sunday 15 February -> 15 February. A gathering with a demand that disperses calmly -> Peaceful protest. 'Plusieurs centaines' are participants."),
E(2, ["des gendarmes ont interpellé trois hommes qui circulaient à moto sans papiers"],
  "ARR", "2026-02-14", "day", "Cinkassé", "TG", None, None, None, "police", None, False,
  "'dans la nuit de samedi à dimanche' -> dated at the night's start, Saturday 14 February. Gendarmerie -> police. 'trois hommes' are arrestees. The 'quarantaine de personnes ... entendues ... puis relâchées' are not arrested. Location spelled 'Cinkassé' as written (GeoNames 'Sinkassé')."),
E(2, ["une embuscade tendue à une patrouille près de Tandjouaré"],
  "BAT", "2025-05-01", "month", "Tandjouaré", "TG", 8, None, "exact", None, None, True,
  "'en mai 2025' -> month, background. An ambush of an army patrol by unnamed attackers -> Armed clash with a null initiator (events_holdout13 Kalunguta, Kinna). 'huit soldats' -> 8. 'Elle n'avait jamais été revendiquée' -> claimed_by null."),
]

# -------------------------------------------------------------- holdout14-003
ARTICLES.append(A(3, "fr", "article", "2026-02-16T10:00:00Z",
"Mango : le JNIM signe l'attentat, la colère gronde dans l'Oti",
"""
De notre correspondant dans la région des Savanes

Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son acronyme arabe) a revendiqué dimanche soir le double attentat-suicide de samedi à Mango, dans un message audio diffusé sur ses canaux habituels. Le bilan officiel est de vingt-trois morts, kamikazes compris, et de trente-quatre blessés.

Dans ce message de quatre minutes, un porte-parole affirme que « deux martyrs » ont visé « les soldats de l'armée togolaise et leurs collaborateurs » et revendique plus de quarante militaires tués. Le gouvernement a qualifié ce chiffre de « pure propagande », sans contester l'authenticité du message. Samedi, un officier avait évoqué la piste de l'État islamique au Sahel ; celui-ci ne s'est pas exprimé.

À Mango, la douleur s'est muée en colère. Dimanche après-midi, au retour des funérailles de sept gendarmes, plusieurs centaines de jeunes ont bloqué la route nationale 1 à l'entrée de la ville avec des pneus enflammés pour exiger le départ du préfet. Les forces de l'ordre les ont dispersés à coups de gaz lacrymogène en fin de journée. « On nous demande de dénoncer, mais qui nous protège ? », lançait un éleveur de 52 ans.

La tension est aussi montée plus à l'est. Dans la nuit de dimanche à lundi, des hommes armés ont abattu un commerçant et incendié deux boutiques à Borgou, dans la préfecture de Kpendjal, selon des habitants joints par téléphone.

Ce n'est pas la première fois que le JNIM frappe au Togo. Il avait revendiqué l'attaque d'un poste militaire à Nano, en juillet 2023, qui avait fait douze morts parmi les soldats. Mais le mode opératoire de samedi, avec deux kamikazes, est inédit dans le pays.

Dans les rues de Mango, lundi matin, les boutiques restaient fermées et les patrouilles se succédaient toutes les 20 minutes. Plus de 2 000 habitants des villages voisins auraient gagné la ville depuis samedi, par peur de nouvelles attaques.

Les autorités ont annoncé une récompense de cinq millions de francs CFA pour toute information conduisant aux complices des kamikazes.
"""))
GOLD += [
E(3, ["a revendiqué dimanche soir le double attentat-suicide de samedi à Mango"],
  "SUI", "2026-02-14", "day", "Mango", "TG", 23, 34, "exact", "JNIM", "JNIM", False,
  "'samedi' vs Monday 16 February -> 14 February. Two sites of one town -> one event. 'vingt-trois morts, kamikazes compris' -> 23 (inside); 'trente-quatre blessés' -> 34. 'a revendiqué' by the GSIM/JNIM -> 'JNIM' (dev canonical); the government rejects the claim's figure ('plus de quarante militaires', not used) but not its authorship -> the claimant stays perpetrator. The Islamic State in the Sahel was only an officer's lead and said nothing."),
E(3, ["plusieurs centaines de jeunes ont bloqué la route nationale 1 à l'entrée de la ville"],
  "PI", "2026-02-15", "day", "Mango", "TG", None, None, None, None, None, False,
  "'Dimanche après-midi' vs Monday 16 February -> 15 February. A blockade with burning tyres and a demand, cleared with tear gas -> Protest with intervention (events_holdout12 Tajerouine, events_holdout13 Isiolo); no stones, arson of property or injuries are reported; a reader following events_holdout3 could code a Violent demonstration. The funerals are not coded. 'plusieurs centaines', '52 ans' are not casualties."),
E(3, ["des hommes armés ont abattu un commerçant et incendié deux boutiques à Borgou"],
  "ATK", "2026-02-15", "day", "Borgou", "TG", 1, None, "exact", None, None, False,
  "'Dans la nuit de dimanche à lundi' -> dated at the night's start, Sunday 15 February. A civilian shot dead by unnamed gunmen -> Attack, null actor. 'abattu un commerçant' -> killed 1; 'deux boutiques' are not casualties. Borgou (Kpendjal prefecture) is not in GeoNames' city list."),
E(3, ["l'attaque d'un poste militaire à Nano"],
  "BAT", "2023-07-01", "month", "Nano", "TG", 12, None, "exact", "JNIM", "JNIM", True,
  "'en juillet 2023' -> month, background. An attack on an army post claimed by the JNIM ('Il avait revendiqué') -> Armed clash initiated by the JNIM, claimant and perpetrator. 'douze morts parmi les soldats' -> 12. 'quatre minutes', '20 minutes', 'Plus de 2 000 habitants' (displaced), 'cinq millions de francs CFA' are not casualties."),
]

# -------------------------------------------------------------- holdout14-004
ARTICLES.append(A(4, "fr", "article", "2026-02-18T16:00:00Z",
"Communiqué du ministère de la Sécurité et de la Protection civile",
"""
RÉPUBLIQUE TOGOLAISE – Travail, Liberté, Patrie

Le ministre de la Sécurité et de la Protection civile porte à la connaissance de l'opinion nationale et internationale ce qui suit.

1. Le bilan définitif du lâche double attentat perpétré le samedi 14 février 2026 à Mango par deux kamikazes se présente comme suit : vingt-quatre (24) morts, dont les deux (2) kamikazes, et trente-quatre (34) blessés. Un blessé, un éleveur âgé de 61 ans, a succombé le mardi 17 février au CHR de Dapaong. Cette attaque a été revendiquée par le groupe terroriste dit JNIM.

2. Les opérations de ratissage conduites par la gendarmerie nationale ont permis l'interpellation de douze (12) suspects à Mango et dans ses environs le mardi 17 février. Des téléphones, deux (2) motos et une somme de 3 400 000 francs CFA ont été saisis.

3. Un présumé logisticien, soupçonné d'avoir hébergé les deux kamikazes et fourni les motos, a été appréhendé le lundi 16 février à Kandé, alors qu'il tentait de rejoindre le sud du pays.

4. Le mercredi 18 février à l'aube, une opération des Forces armées togolaises contre un campement terroriste situé près de Tandjouaré a donné lieu à un échange de tirs. Bilan : trois (3) terroristes neutralisés ; deux (2) militaires légèrement blessés.

5. À ce jour, cent quarante-huit (148) personnes ont été auditionnées dans le cadre de l'enquête. Soixante-sept (67) d'entre elles ont été relâchées.

6. Le gouvernement salue le courage des populations de l'Oti et rappelle que toute information peut être communiquée, de manière anonyme, aux numéros verts 1011 et 8200. La récompense de cinq millions (5 000 000) de francs CFA reste en vigueur.

7. Le ministre présente ses condoléances les plus attristées aux familles endeuillées et souhaite un prompt rétablissement aux blessés. Une prise en charge gratuite des soins est assurée jusqu'au 31 mars 2026.

Fait à Lomé, le 18 février 2026.
"""))
GOLD += [
E(4, ["double attentat perpétré le samedi 14 février 2026 à Mango", "Cette attaque a été revendiquée par le groupe terroriste dit JNIM"],
  "SUI", "2026-02-14", "day", "Mango", "TG", 24, 34, "exact", "JNIM", "JNIM", False,
  "Absolute date 14 February 2026. Two sites of one town -> one event. 'vingt-quatre (24) morts, dont les deux (2) kamikazes' -> 24 (inside; one wounded died on 17 February, which raises the killed figure); 'trente-quatre (34) blessés' -> 34, not reduced. 'a été revendiquée par ... JNIM' -> claimant and perpetrator. '61 ans' is an age."),
E(4, ["l'interpellation de douze (12) suspects à Mango et dans ses environs"],
  "ARR", "2026-02-17", "day", "Mango", "TG", None, None, None, "police", None, False,
  "'le mardi 17 février' absolute. Gendarmerie -> police. '12 suspects' are arrestees; the phones, 'deux (2) motos' and '3 400 000 francs CFA' seized belong to the arrest."),
E(4, ["Un présumé logisticien", "a été appréhendé le lundi 16 février à Kandé"],
  "ARR", "2026-02-16", "day", "Kandé", "TG", None, None, None, "police", None, False,
  "'le lundi 16 février' absolute. A suspected facilitator arrested; the ministry speaks for the investigation (the gendarmerie) -> police."),
E(4, ["une opération des Forces armées togolaises contre un campement terroriste situé près de Tandjouaré", "échange de tirs"],
  "BAT", "2026-02-18", "day", "Tandjouaré", "TG", 3, 2, "exact", "military", None, False,
  "'Le mercredi 18 février à l'aube' = publication day. An army operation that turns into an exchange of fire -> Armed clash initiated by the army (events_holdout13 Tazoult, Tamiya) -> 'military'. 'trois (3) terroristes neutralisés' -> 3 killed; 'deux (2) militaires légèrement blessés' -> 2 injured. '148' people heard and '67' released are not arrests; '1011', '8200', '5 000 000', '31 mars' are not casualties."),
]

# -------------------------------------------------------------- holdout14-005
ARTICLES.append(A(5, "fr", "transcript", "2026-02-21T12:00:00Z",
"Oti FM – Le journal de midi, une semaine après Mango",
"""
PRÉSENTATRICE : Il est midi sur Oti FM, 95.3. Il y a une semaine jour pour jour, deux kamikazes se faisaient exploser à Mango, à la gendarmerie et au marché à bétail. Vingt-quatre morts, dont les deux assaillants. L'attentat a été revendiqué par le JNIM. Notre correspondant Komlan est à Mango. Komlan, quelles nouvelles ?

CORRESPONDANT : Bonjour. Le marché à bétail est toujours fermé, et les éleveurs vendent au bord de la route de Dapaong. Côté enquête, deux femmes soupçonnées d'avoir cousu les ceintures explosives ont été arrêtées jeudi à Bombouaka, à environ 60 kilomètres au nord. Et hier, vendredi, quelque trois cents femmes ont marché en silence jusqu'à la préfecture pour demander que les blessés soient soignés gratuitement jusqu'au bout. La marche s'est terminée sans incident.

PRÉSENTATRICE : Merci, Komlan. Avec nous en studio, Yao Batchassi, chercheur à l'université de Kara, qui suit les groupes armés dans le nord. Monsieur Batchassi, ce double attentat, une surprise ?

INVITÉ : Une surprise par la méthode, pas par la menace. Il y a trois ans, un engin explosif avait tué quatre soldats sur la piste de Nano. En août 2024, des hommes armés ont égorgé sept villageois à Koundjoaré, en pleine nuit. Et en janvier dernier, l'armée a frappé par drone un campement près de Bogou : elle a parlé d'une douzaine de combattants tués.

PRÉSENTATRICE : Le gouvernement parle de cent cinquante personnes auditionnées. C'est beaucoup ?

INVITÉ : Auditionner n'est pas arrêter. Ce qui compte, c'est de couper la logistique : les motos, le carburant, l'argent. Les kamikazes de Mango ont traversé 15 villages sans être contrôlés.

PRÉSENTATRICE : Et les déplacés ?

INVITÉ : Plus de 2 000 personnes ont quitté les villages autour de Mango en une semaine. Il faut les nourrir, sinon les groupes recruteront parmi eux.

PRÉSENTATRICE : Yao Batchassi, merci. Les numéros verts restent le 1011 et le 8200. Prochain journal à 13 heures.
"""))
GOLD += [
E(5, ["deux kamikazes se faisaient exploser à Mango", "L'attentat a été revendiqué par le JNIM"],
  "SUI", "2026-02-14", "day", "Mango", "TG", 24, None, "exact", "JNIM", "JNIM", False,
  "'Il y a une semaine jour pour jour' vs Saturday 21 February -> Saturday 14 February. Two sites of one town -> one event. 'Vingt-quatre morts, dont les deux assaillants' -> 24 (inside); no wounded figure here. 'a été revendiqué par le JNIM' -> JNIM. '95.3' is a frequency."),
E(5, ["deux femmes soupçonnées d'avoir cousu les ceintures explosives ont été arrêtées jeudi à Bombouaka"],
  "ARR", "2026-02-19", "day", "Bombouaka", "TG", None, None, None, "police", None, False,
  "'jeudi' vs Saturday 21 February -> 19 February. Arrests for the investigation; the force is not named -> police (the gendarmerie leads the investigation, 004). 'environ 60 kilomètres' is a distance. Bombouaka is not in GeoNames' city list."),
E(5, ["quelque trois cents femmes ont marché en silence jusqu'à la préfecture"],
  "PP", "2026-02-20", "day", "Mango", "TG", None, None, None, None, None, False,
  "'hier, vendredi' -> 20 February. A silent march with a demand that ends without incident -> Peaceful protest. 'trois cents femmes' are participants."),
E(5, ["un engin explosif avait tué quatre soldats sur la piste de Nano"],
  "IED", "2023-01-01", "year", "Nano", "TG", 4, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. An explosive device, no actor -> IED. 'quatre soldats' -> 4. A track near a town -> the town."),
E(5, ["des hommes armés ont égorgé sept villageois à Koundjoaré"],
  "ATK", "2024-08-01", "month", "Koundjoaré", "TG", 7, None, "exact", None, None, True,
  "'En août 2024' -> month, background. Civilians killed by unnamed gunmen -> Attack, null actor. 'sept villageois' -> 7."),
E(5, ["l'armée a frappé par drone un campement près de Bogou"],
  "AIR", "2026-01-01", "month", "Bogou", "TG", 12, None, "about", "military", None, True,
  "'en janvier dernier' in a February 2026 transcript -> January 2026, month; 1 January is 51 days before 21 February -> background. A drone strike by the country's own army -> 'military'. 'une douzaine de combattants tués' -> 12, about (dev table), the army's own and only figure. 'cent cinquante personnes auditionnées' are not arrests; '15 villages', 'Plus de 2 000 personnes' (displaced), '1011', '8200', '13 heures' are not casualties."),
]
