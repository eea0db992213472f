"""French sentence material for the near-duplicate pairs (all invented).

Same slots as ``en``; written for French, not translated line by line.
Event nouns come with their article (``the``) and with ``de`` contracted
(``de``: "de l'incendie", "du déraillement", "des inondations").
"""

PHRASES = {
    "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                 "dimanche"],
    "months": ["janvier", "février", "mars", "avril", "mai", "juin",
               "juillet", "août", "septembre", "octobre", "novembre",
               "décembre"],
    "date": "{day} {month}",
    "thousands": " ",
    "decimal": ",",
    "damage": "{amount} millions d'euros",
    "money": "{amount} euros",
    "hotline": "0 800 {a:03d} {b:03d}",
    "clock": "{h} h {m:02d}",
    "experts": [("ingénieur en sécurité à l'université technique régionale",
                      "ingénieure en sécurité à l'université technique "
                      "régionale"),
                     ("professeur de gestion des risques",
                      "professeure de gestion des risques"),
                     ("ancien directeur de la sécurité civile",
                      "ancienne directrice de la sécurité civile")],
    # A quote followed by its attribution: no full stop (English: a comma).
    "quote_lead": "{body}",
    "first_names": {
        "f": ["Claire", "Mathilde", "Sandrine", "Élodie", "Agnès", "Camille",
              "Odile", "Nathalie", "Hélène", "Margaux", "Solène", "Brigitte"],
        "m": ["Julien", "Thierry", "Olivier", "Bastien", "Gérard", "Yann",
              "Mathieu", "Pascal", "Rémi", "Arnaud", "Lucien", "Fabrice"],
    },
    "surnames": ["Vautrin", "Delaroche", "Mervaux", "Castagnol", "Bourdelles",
                 "Fenouillet", "Lagrive", "Moustier", "Perrochon", "Quessart",
                 "Rouvenac", "Sablière", "Tardivel", "Vignolet", "Aubrissac",
                 "Chambrelan"],
    "places": [
        ("Vernossac", "dans la vallée de l'Aurette"),
        ("Montclavier", "dans le nord du département de la Haute-Sauvre"),
        ("Saint-Aubrel", "sur la côte des Brisants"),
        ("Lussigny-sur-Aurette", "dans la vallée de l'Aurette"),
        ("Pontrevaux", "dans les collines du Marjolais"),
        ("Chalmery", "dans la plaine à l'est de la capitale régionale"),
        ("Estavelle", "au pied du massif des Crénaux"),
        ("Brissonac", "dans le sud du département de la Haute-Sauvre"),
        ("Val-Sorlin", "dans les collines du Marjolais"),
    ],
    "roads": ["la route nationale 142", "l'autoroute A71",
              "la départementale 908", "la route du littoral",
              "la rocade nord"],
    "shelters": ["le gymnase municipal", "une école primaire",
                 "la salle des fêtes", "le parc des expositions"],
    "officials": [("maire de {place}", "maire de {place}"),
                  ("commandant des pompiers du département",
                   "commandante des pompiers du département"),
                  ("porte-parole de la gendarmerie",
                   "porte-parole de la gendarmerie"),
                  ("sous-préfet de l'arrondissement",
                   "sous-préfète de l'arrondissement")],
    "politicians": [("ministre de l'Intérieur", "ministre de l'Intérieur"),
                    ("président du conseil régional",
                     "présidente du conseil régional"),
                    ("préfet de la région", "préfète de la région")],
    "investigators": ["le parquet régional", "la gendarmerie départementale",
                      "le bureau d'enquêtes sur les accidents",
                      "le procureur de la République"],
    "jobs": {"f": ["une infirmière", "une commerçante", "une enseignante",
                   "une étudiante", "une boulangère", "une pharmacienne",
                   "une coiffeuse", "une chauffeuse de taxi"],
             "m": ["un infirmier", "un commerçant", "un enseignant",
                   "un électricien", "un étudiant", "un chauffeur de taxi",
                   "un boulanger", "un pharmacien"]},
    "kinds": {
        "fire": {
            "the": "l'incendie", "de": "de l'incendie", "a": "un incendie",
            "short": "incendie",
            "clause": "un incendie a ravagé {site}",
            "sites": ["un entrepôt de meubles",
                      "un immeuble de quatre étages", "une usine textile"],
            "responders": "pompiers",
            "causes": ["un court-circuit",
                       "un chauffage d'appoint laissé sans surveillance",
                       "une installation électrique défectueuse"],
            "aftermath": ["une épaisse fumée noire au-dessus des toits",
                          "la carcasse calcinée du bâtiment",
                          "des façades noircies par les flammes"],
        },
        "flood": {
            "the": "les inondations", "de": "des inondations",
            "a": "des inondations", "short": "inondations",
            "clause": "une crue soudaine a submergé {site}",
            "sites": ["les quartiers situés au bord de la rivière",
                      "le centre historique",
                      "plusieurs rues proches du canal"],
            "responders": "secouristes",
            "causes": ["deux jours de pluies torrentielles",
                       "la rupture d'une digue en amont",
                       "la saturation du réseau d'évacuation des eaux"],
            "aftermath": ["des voitures à moitié englouties par une eau "
                          "boueuse",
                          "des rues recouvertes d'une épaisse couche de boue",
                          "des meubles détrempés empilés devant les maisons"],
        },
        "derailment": {
            "the": "le déraillement", "de": "du déraillement",
            "a": "un déraillement", "short": "déraillement",
            "clause": "{site} a déraillé dans une courbe",
            "sites": ["un train régional de voyageurs",
                      "un train de banlieue bondé",
                      "un train de nuit venu de la capitale"],
            "responders": "secouristes",
            "causes": ["un défaut sur la voie",
                       "une vitesse excessive dans la courbe",
                       "une défaillance du système de freinage"],
            "aftermath": ["des voitures couchées sur le flanc le long de la "
                          "voie",
                          "des rails arrachés sur plusieurs dizaines de mètres",
                          "des débris éparpillés sur le talus"],
        },
        "explosion": {
            "the": "l'explosion", "de": "de l'explosion",
            "a": "une explosion", "short": "explosion",
            "clause": "une explosion a soufflé {site}",
            "sites": ["un dépôt de produits chimiques",
                      "une boulangerie de la place centrale",
                      "une station de distribution de gaz près du port"],
            "responders": "pompiers",
            "causes": ["une fuite de gaz", "l'inflammation de solvants stockés",
                       "une défaillance de pression dans une cuve"],
            "aftermath": ["des vitres brisées dans un rayon de plusieurs rues",
                          "un cratère à l'emplacement du bâtiment",
                          "des morceaux de métal tordu jusque sur la chaussée"],
        },
        "collapse": {
            "the": "l'effondrement", "de": "de l'effondrement",
            "a": "un effondrement", "short": "effondrement",
            "clause": "une partie {site} s'est effondrée",
            "sites": ["d'un pont routier enjambant la rivière",
                      "d'un parking à étages", "du toit d'une salle de sport"],
            "responders": "sauveteurs",
            "causes": ["la corrosion de la structure porteuse",
                       "le poids de la neige accumulée",
                       "des travaux sur une parcelle voisine"],
            "aftermath": ["des dalles de béton écrasant des voitures",
                          "un trou béant à la place de l'ouvrage",
                          "des grues soulevant des poutres d'acier des "
                          "décombres"],
        },
        "storm": {
            "the": "la tempête", "de": "de la tempête",
            "a": "une violente tempête", "short": "tempête",
            "clause": "une violente tempête a frappé {site}",
            "sites": ["le quartier du port",
                      "la vieille ville et ses hameaux",
                      "les quartiers des hauteurs"],
            "responders": "secouristes",
            "causes": ["des rafales d'une force exceptionnelle",
                       "une dépression inhabituelle pour la saison",
                       "des vents soufflant jusqu'à 140 km/h"],
            "aftermath": ["des arbres déracinés bloquant les routes",
                          "des toitures arrachées le long du front de mer",
                          "des bateaux projetés sur le quai"],
        },
    },
    "headlines": [
        "{Ev_short} à {place} : {dead} morts et {injured} blessés",
        "Drame à {place} : ce que l'on sait {ev_de}",
        "{place} pleure les {dead} victimes {ev_de}",
        "{Ev_short} de {place} : le bilan s'alourdit à {dead} morts",
        "{place} : {dead} morts et des dizaines de blessés après {ev_the}",
        "Drame à {place}, au moins {dead} morts",
    ],
    "slots": {
        "lede": [
            "{dead} personnes ont été tuées et {injured} blessées {weekday} à "
            "{place} après qu'{clause}, ont indiqué les autorités. Les "
            "secours fouillaient encore les lieux tard dans la soirée.",
            "Au moins {dead} personnes ont perdu la vie {weekday} à {place}, "
            "{region_in}, lorsqu'{clause}, selon les autorités locales. "
            "{injured} autres personnes ont été blessées, dont {serious} "
            "grièvement.",
            "Le bilan {ev_de} de {place} s'est alourdi à {dead} morts ce "
            "{weekday} {date}, alors que les secours ont travaillé toute la "
            "nuit. Les autorités font état de {injured} blessés depuis "
            "qu'{clause}.",
        ],
        "casualties": [
            "Parmi les {injured} blessés, {serious} ont été hospitalisés dans "
            "un état grave, a précisé un porte-parole de l'hôpital. Plusieurs "
            "victimes n'ont pas encore été identifiées et les familles ont été "
            "invitées à se rendre à la mairie.",
            "Les hôpitaux de toute la région ont accueilli des blessés pendant "
            "la nuit. Selon les médecins, {serious} patients se trouvaient "
            "toujours en réanimation {weekday} soir, tandis que la plupart des "
            "autres devraient pouvoir sortir dans les prochains jours.",
            "L'agence régionale de santé a déclenché son plan blanc. {serious} "
            "blessés ont été transférés vers de plus grands hôpitaux hors de "
            "{place}, et les autorités ont prévenu que le nombre de morts "
            "pourrait encore augmenter.",
        ],
        "response": [
            "Plus de {responders_n} {responders} ont été mobilisés au plus fort "
            "de l'intervention, dont certains venus des départements voisins. "
            "Il a fallu environ {hours} heures pour maîtriser la situation.",
            "Quelque {responders_n} {responders} ont participé aux opérations "
            "de secours, en se relayant pendant {hours} heures. Des chiens et "
            "des caméras thermiques ont été utilisés pour rechercher "
            "d'éventuelles personnes encore prisonnières.",
            "L'intervention a mobilisé {responders_n} {responders} et des "
            "dizaines de véhicules. Des bénévoles ont apporté à manger et des "
            "couvertures aux équipes, qui ont travaillé près de {hours} heures "
            "sans interruption.",
        ],
        "official_direct": [
            "« {quote_lead} », a déclaré à la presse {off_name}, {off_title}, sur "
            "les lieux du drame.",
            "Lors d'une conférence de presse {weekday} après-midi, {off_name}, "
            "{off_title}, a affirmé : « {quote} »",
            "« {quote_lead} », a réagi {off_name}, {off_title}, après avoir "
            "rencontré dans la matinée les familles des victimes.",
        ],
        "official_indirect": [
            "{off_name}, {off_title}, a évoqué une commune sous le choc et "
            "promis que chaque famille touchée serait aidée dans les semaines "
            "à venir.",
            "Dans un bref communiqué, {off_name}, {off_title}, a remercié les "
            "secours et annoncé que les drapeaux seraient mis en berne sur "
            "tous les bâtiments municipaux.",
            "{off_name}, {off_title}, a décrit une scène dévastatrice et "
            "estimé que la priorité était désormais de prendre soin des "
            "blessés et de leurs proches.",
        ],
        "witness": [
            "{wit_name}, {wit_job} de {wit_age} ans qui habite à proximité, "
            "raconte : « {wit_quote} »",
            "« {wit_quote_lead} », confie {wit_name}, {wit_age} ans, {wit_job} de "
            "{place}.",
            "Parmi les témoins figure {wit_name}, {wit_job} du quartier. "
            "« {wit_quote_lead} », raconte ce témoin de {wit_age} ans.",
        ],
        "scene": [
            "Des images publiées sur les réseaux sociaux montraient {aftermath}, "
            "tandis que des véhicules de secours encombraient les rues "
            "voisines.",
            "{Weekday} soir, le secteur était toujours bouclé. Sur place, on "
            "pouvait voir {aftermath} et des dizaines de policiers gardant le "
            "périmètre.",
            "Depuis leurs fenêtres, des habitants ont filmé {aftermath}. "
            "Plusieurs racontent avoir entendu des sirènes pendant des heures, "
            "au rythme des allers-retours des ambulances vers l'hôpital.",
        ],
        "evacuations": [
            "Environ {evacuated} habitants des rues voisines ont été évacués "
            "par précaution et ont passé la nuit dans {shelter} et d'autres "
            "hébergements provisoires.",
            "Les autorités ont demandé à {evacuated} personnes de quitter leur "
            "domicile. Beaucoup ont été accueillies par des proches, d'autres "
            "ont été conduites en bus vers {shelter}, où des bénévoles ont "
            "installé des lits de camp.",
            "Quelque {evacuated} personnes ont dû quitter leur logement. On "
            "ignorait encore quand elles pourraient rentrer chez elles, et la "
            "mairie leur a demandé de suivre ses communications.",
        ],
        "investigation": [
            "Les causes {ev_de} restaient inconnues dans l'immédiat. {Inv} a "
            "ouvert une enquête et des experts cherchent à savoir si {cause} a "
            "pu jouer un rôle.",
            "Les enquêteurs estiment qu'il est trop tôt pour établir les "
            "circonstances du drame, mais les premiers éléments évoquent "
            "{cause}. {Inv} devrait publier des conclusions provisoires la "
            "semaine prochaine.",
            "{Inv} a annoncé {weekday} l'ouverture d'une enquête. Aucune piste "
            "n'est écartée, mais selon la presse locale, l'hypothèse de "
            "{cause} est étudiée.",
        ],
        "politician": [
            "{pol_name}, {pol_title}, a fait le déplacement à {place} et a promis des "
            "fonds d'urgence pour les victimes et pour la reconstruction.",
            "{pol_name}, {pol_title}, a qualifié {ev_the} de tragédie et "
            "annoncé que le gouvernement vérifierait si les règles de sécurité "
            "avaient été respectées.",
            "Depuis le chef-lieu de la région, {pol_name}, {pol_title}, a "
            "décrété une journée de deuil et assuré que le soutien aux familles "
            "touchées serait la priorité.",
        ],
        "transport": [
            "{Road} a été fermée dans les deux sens pendant la majeure partie "
            "de la journée, provoquant de longs bouchons, et la circulation "
            "des trains a été interrompue à {place}.",
            "La circulation a été déviée hors du centre-ville et {road} restait "
            "fermée {weekday} soir. Les compagnies de bus ont prévenu les "
            "voyageurs de retards importants.",
            "Les gendarmes ont fermé {road} ainsi que plusieurs petites routes "
            "et demandé aux automobilistes d'éviter le secteur jusqu'à nouvel "
            "ordre.",
        ],
        "damage": [
            "Les premières estimations chiffrent les dégâts à environ "
            "{damage}. Les commerçants craignent qu'il faille des mois avant "
            "un retour à la normale.",
            "La chambre de commerce régionale évalue les dégâts matériels à "
            "{damage}, et les assureurs disent avoir déjà reçu des centaines "
            "de déclarations de sinistre.",
            "Selon la mairie, la facture des réparations pourrait atteindre "
            "{damage}, une charge très lourde pour une commune de {population} "
            "habitants.",
        ],
        "solidarity": [
            "Partout à {place}, des habitants ont ouvert leur porte aux "
            "personnes évacuées, et les commerces du centre ont offert eau et "
            "nourriture.",
            "Une cagnotte lancée par un club sportif local avait déjà récolté "
            "plus de {donations} {weekday} soir.",
            "Les communes voisines ont envoyé des bénévoles et du matériel, et "
            "plusieurs entreprises ont proposé de loger gratuitement des "
            "familles.",
        ],
        "criticism": [
            "Des élus de l'opposition affirment avoir alerté depuis des années "
            "sur des problèmes de sécurité dans le secteur et réclament une "
            "expertise indépendante.",
            "Une association de riverains dit avoir signalé ses inquiétudes "
            "aux autorités à plusieurs reprises, sans jamais obtenir de "
            "réponse.",
            "Syndicats et associations locales se demandent si les contrôles "
            "ont été correctement effectués et exigent que les responsables "
            "rendent des comptes.",
        ],
        "place": [
            "{place}, une commune d'environ {population} habitants située "
            "{region_in}, est connue pour son marché hebdomadaire et ses "
            "petites entreprises industrielles.",
            "Avec ses {population} habitants, {place} est l'une des plus "
            "grandes villes {region_in}. Son économie repose largement sur la "
            "logistique, l'agriculture et le tourisme.",
            "{place} se trouve sur l'axe principal entre le chef-lieu et le "
            "littoral. Quelque {population} personnes vivent dans la ville et "
            "ses hameaux.",
        ],
        "history": [
            "Il s'agit de la pire catastrophe survenue dans le secteur depuis "
            "{prev_year}, quand {prev_dead} personnes avaient péri dans un "
            "accident similaire.",
            "Les habitants se souviennent de {prev_year}, lorsque {prev_dead} "
            "personnes avaient perdu la vie dans un drame comparable. Nombre "
            "de mesures de sécurité adoptées à l'époque sont aujourd'hui "
            "remises en question.",
            "La commune a déjà été frappée par le passé : en {prev_year}, "
            "{prev_dead} personnes avaient été tuées et des dizaines de "
            "familles avaient perdu leur logement.",
        ],
        "next": [
            "Une cérémonie d'hommage est prévue {next_day} à l'église "
            "principale. Le conseil municipal se réunira en séance "
            "extraordinaire pour organiser le soutien aux familles.",
            "Le site restera bouclé pendant plusieurs jours, le temps que des "
            "experts évaluent les dégâts. Les écoles de {place} resteront "
            "fermées jusqu'à {next_day}.",
            "Une veillée est organisée {next_day} soir sur la place de la "
            "mairie, où un registre de condoléances a été ouvert.",
        ],
        "help": [
            "La mairie a mis en place une cellule d'information pour les "
            "proches au {hotline}. Des psychologues sont présents au centre "
            "social.",
            "Les proches qui cherchent des informations peuvent appeler le "
            "{hotline}. Des dons de vêtements et de nourriture sont collectés "
            "à la caserne des pompiers.",
            "Les autorités demandent de ne pas se rendre sur les lieux et "
            "d'appeler le {hotline} en cas d'inquiétude pour un proche.",
        ],
        "timeline": [
            "Le premier appel aux secours a été reçu à {call_time}, selon les "
            "services d'urgence. Les premières équipes sont arrivées "
            "{minutes} minutes plus tard et ont aussitôt demandé des renforts "
            "aux casernes voisines, tant l'ampleur de la catastrophe était "
            "grande.",
            "Les secours disent avoir été alertés à {call_time}. En {minutes} "
            "minutes, plusieurs équipes étaient sur place, mais l'accès était "
            "difficile et il a fallu du temps pour atteindre les personnes les "
            "plus en danger.",
            "D'après la chronologie publiée par la mairie, l'alerte a été "
            "donnée à {call_time}. La cellule de crise régionale a été activée "
            "moins d'une heure plus tard et les hôpitaux du secteur ont été "
            "priés de se préparer à un afflux de victimes.",
        ],
        "victims": [
            "Parmi les morts figurent un homme de {victim_age} ans et ses deux "
            "enfants adolescents, selon des voisins. D'après la presse locale, "
            "plusieurs autres victimes travaillaient dans le quartier et "
            "rentraient chez elles.",
            "Les victimes n'ont pas encore été officiellement identifiées. Des "
            "proches ont indiqué à la presse locale que la plus âgée avait "
            "{victim_age} ans et qu'au moins deux des morts étaient des "
            "bénévoles venus aider les autres.",
            "Des amis décrivent l'une des victimes, une grand-mère de "
            "{victim_age} ans, comme un pilier de la rue où elle avait vécu "
            "toute sa vie. Le lendemain matin, des bougies et des fleurs "
            "avaient été déposées devant sa maison.",
        ],
        "rescue": [
            "Dans l'un des rares moments de soulagement, les secouristes ont "
            "sorti vivante une femme de {rescued_age} ans après {rescue_hours} "
            "heures de recherches. Elle a été transportée consciente à "
            "l'hôpital, dans un état stable.",
            "Les sauveteurs ont retrouvé vivant un homme de {rescued_age} ans "
            "au bout de {rescue_hours} heures, sous les applaudissements de la "
            "foule massée derrière le cordon de police.",
            "Certains survivants doivent la vie à leurs voisins. Un habitant "
            "de {rescued_age} ans a été mis à l'abri par deux passants, et les "
            "secours ont ensuite sauvé une famille de quatre personnes après "
            "{rescue_hours} heures de recherches.",
        ],
        "utilities": [
            "Environ {homes} foyers ont été privés d'électricité et l'eau a "
            "été coupée par précaution dans plusieurs quartiers. Le "
            "gestionnaire du réseau prévient que les réparations pourraient "
            "prendre plusieurs jours.",
            "Les coupures de courant ont touché quelque {homes} foyers "
            "{weekday} soir. Les réseaux de téléphonie mobile ont également "
            "été perturbés, compliquant les recherches des familles.",
            "Des techniciens ont travaillé toute la nuit pour rétablir "
            "l'électricité dans {homes} logements. Les habitants ont été "
            "invités à faire bouillir l'eau du robinet jusqu'à ce que des "
            "analyses confirment qu'elle est potable.",
        ],
        "expert": [
            "Il ne faut pas tirer de conclusions hâtives, estime {expert_name}, "
            "{expert_title}. « Ce type de catastrophe a généralement plusieurs "
            "causes à la fois, et il faudra des mois pour avoir une vision "
            "complète. »",
            "Pour les spécialistes, le drame pose des questions plus larges. "
            "{expert_name}, {expert_title}, rappelle que de nombreuses "
            "communes de la région n'ont pas mis à jour leurs plans de "
            "sécurité depuis plus de dix ans.",
            "Selon {expert_name}, {expert_title}, la rapidité avec laquelle la "
            "situation s'est dégradée a laissé peu de temps aux habitants pour "
            "réagir. De meilleurs systèmes d'alerte pourraient sauver des vies "
            "à l'avenir.",
        ],
        "condolences": [
            "Les messages de condoléances ont afflué de tout le pays. Le chef "
            "de l'État a appelé {weekday} soir la mairie de {place} pour "
            "exprimer sa solidarité, et les drapeaux ont été mis en berne sur "
            "les bâtiments publics de la région.",
            "Une minute de silence a été observée avant les rencontres "
            "sportives de la région, et l'Assemblée a interrompu sa séance "
            "pour rendre hommage aux victimes {ev_de}.",
            "Les dirigeants de plusieurs pays voisins ont adressé des messages "
            "de sympathie, et les villes jumelées avec la commune ont proposé "
            "une aide concrète. Les églises de {place} ont ouvert leurs portes "
            "aux habitants qui souhaitaient se recueillir.",
        ],
    },
    "quotes": [
        "C'est un jour sombre pour notre commune. Nos pensées vont aux "
        "familles qui ont perdu un proche, et nous ne les laisserons pas "
        "seules.",
        "Les équipes sur le terrain ont fait un travail remarquable dans des "
        "conditions très difficiles, et je tiens à remercier chacun d'entre "
        "eux.",
        "Notre priorité est de retrouver toutes les personnes encore portées "
        "disparues et de nous assurer que les blessés reçoivent les soins "
        "nécessaires.",
        "Nous établirons exactement ce qui s'est passé ici, et s'il y a eu "
        "des erreurs, les responsables devront en répondre.",
        "Personne ne devrait vivre ce que les habitants de cette ville ont "
        "vécu cette nuit. Nous reconstruirons, mais cela prendra du temps.",
        "L'opération est toujours en cours et il est trop tôt pour se "
        "prononcer sur les causes. Je demande à chacun de rester à l'écart "
        "du secteur.",
        "J'ai parlé ce matin avec beaucoup de familles. Le chagrin est "
        "immense, mais la solidarité que j'ai vue l'est tout autant.",
        "Tout ce qui peut être fait est fait. Nous avons demandé des renforts "
        "et ils sont déjà en route.",
    ],
    "witness_a": [
        "J'ai entendu un bruit terrible et tout le monde s'est mis à courir.",
        "En quelques minutes, la rue entière était pleine de gens qui "
        "criaient.",
        "J'allais au travail quand j'ai vu arriver les voitures de police.",
        "Un voisin a frappé à la porte et nous a dit de partir tout de suite.",
        "Au début, on ne comprenait pas ce qui se passait.",
        "J'habite ici depuis trente ans et je n'ai jamais rien vu de pareil.",
    ],
    "witness_b": [
        "Aujourd'hui, on pense d'abord aux familles.",
        "Personne ici n'oubliera cette journée.",
        "Je n'arrive toujours pas à dormir quand j'y repense.",
        "Les gens se sont entraidés, c'est ça, notre ville.",
        "On veut simplement savoir comment c'est possible.",
        "Tout le monde ici connaît quelqu'un qui était sur place.",
    ],
    "editor_notes": [
        "Note de la rédaction : cet article a été mis à jour avec les derniers "
        "chiffres communiqués par l'agence régionale de santé.",
        "Cet article, publié une première fois à 8 h 15, a été actualisé avec "
        "de nouvelles informations des services de secours.",
        "Rectificatif : une version précédente de cet article indiquait une "
        "date erronée pour la cérémonie d'hommage. Nous prions nos lecteurs "
        "de nous en excuser.",
    ],
    "context": [
        "Contexte : la région enregistre depuis dix ans une hausse régulière "
        "des phénomènes climatiques extrêmes et des accidents industriels, "
        "selon les chiffres du conseil régional. Les spécialistes de la "
        "sécurité civile réclament davantage d'investissements dans la "
        "prévention.",
        "À savoir : les communes situées {region_in} se plaignent depuis des "
        "années de manquer de moyens pour entretenir des infrastructures "
        "vieillissantes, et un audit national a relevé l'an dernier qu'un "
        "tiers des plans communaux de sauvegarde n'étaient pas à jour.",
        "Comment nous avons travaillé : notre correspondant a interrogé des "
        "habitants, des secouristes et des élus à {place} et vérifié les "
        "chiffres auprès des autorités régionales.",
    ],
    "wire_prefix": "{PLACE} ({agency}) - ",
    "wire_trailer": "({agency}, rédaction : {reporter}, édition : {editor})",
    "agencies": ["ALP", "Agence Lumen", "Wire"],
    "synonyms": [("environ", "à peu près"), ("autorités", "pouvoirs publics"),
                 ("habitants", "riverains"), ("plusieurs", "divers"),
                 ("blessés", "victimes blessées"), ("secouristes", "sauveteurs"),
                 ("a déclaré", "a affirmé"), ("des dizaines de", "de nombreux"),
                 ("prévenu", "averti"), ("proches", "familles"),
                 ("mairie", "municipalité"), ("quelque", "environ")],
    "fronting": [r"^(?P<a>[^«»]+), (?P<b>selon [^,«»]+)\.$"],
    "lowercase_first": ["Au", "Le", "La", "Les", "Un", "Une", "Plus",
                        "Quelque", "Environ", "Des"],
    # Une page payante : le début de l'article dans un long gabarit.
    "paywall": {
        "header": ["LA DÉPÊCHE DU MARJOLAIS", "Région | Marjolais",
                   "{author}", "{date} 2025", "Réservé aux abonnés"],
        "footer": [
            "Cet article est réservé aux abonnés.",
            "Vous avez atteint la fin de l'aperçu gratuit. Pour poursuivre "
            "votre lecture, choisissez l'une de nos offres : l'accès "
            "numérique à tous nos articles, le journal du jour en version "
            "numérique et nos archives depuis 1952, à partir de 1 euro le "
            "premier mois.",
            "Déjà abonné ? Connectez-vous pour lire la suite.",
            "Pourquoi s'abonner ? Nos journalistes couvrent le département "
            "chaque jour, des conseils municipaux aux audiences du tribunal, "
            "et notre travail est financé par nos lecteurs, pas par les "
            "annonceurs.",
            "Les plus lus",
            "Le conseil municipal adopte de nouvelles pistes cyclables",
            "Urgences : les délais d'attente baissent pour le troisième mois",
            "Le club de rugby fête sa montée après une finale haletante",
            "Les agriculteurs redoutent une mauvaise récolte après un "
            "printemps sec",
            "La foire aux vins attire un public record",
            "Un nouveau médecin s'installe au centre de santé",
            "À propos : La Dépêche du Marjolais paraît depuis 1952 et "
            "appartient à une fondation indépendante.",
        ],
    },
    "sites": [
        {"header": ["Le Courrier de l'Aurette", "Accueil › Actualités › Région",
                    "Par {author} | {date} 2025 à 8 h 41"],
         "footer": ["Partager l'article", "Abonnez-vous à notre newsletter",
                    "© 2025 Le Courrier de l'Aurette. Tous droits réservés."]},
        {"header": ["Sauvre Info", "Actualités / Faits divers",
                    "{author}, correspondant local",
                    "Publié le {date} 2025 · Mis à jour à 11 h 05",
                    "Publicité"],
         "footer": ["Thèmes : Faits divers, Météo, Région",
                    "Sauvre Info est un média indépendant financé par ses "
                    "lecteurs. Soutenez l'information locale à partir de "
                    "3 euros par mois.",
                    "Suivez-nous sur Facebook et Instagram",
                    "Copyright 2025 Sauvre Info Médias"]},
        {"header": ["LA DÉPÊCHE DU MARJOLAIS", "Région | Marjolais",
                    "{author}", "{date} 2025"],
         "footer": ["Les plus lus",
                    "Le conseil municipal adopte de nouvelles pistes "
                    "cyclables",
                    "Urgences : les délais d'attente baissent pour le "
                    "troisième mois",
                    "Le club de rugby fête sa montée après une finale "
                    "haletante",
                    "Les agriculteurs redoutent une mauvaise récolte après un "
                    "printemps sec",
                    "Notre journal vit grâce à ses lecteurs. Si vous appréciez "
                    "notre travail sur le département, pensez à vous abonner "
                    "dès aujourd'hui.",
                    "Partager", "Imprimer", "© La Dépêche du Marjolais 2025"]},
        {"header": ["L'Écho des Brisants – l'actualité locale depuis 1896",
                    "Rédigé par {author}", "Temps de lecture : 4 minutes"],
         "footer": ["Retrouvez aussi notre dossier spécial sur l'état des "
                    "services de secours dans le département.",
                    "Une information à nous signaler ? Écrivez à "
                    "redaction@echo-brisants.example",
                    "Inscrivez-vous à notre lettre quotidienne",
                    "Tous droits réservés. L'Écho des Brisants SA."]},
    ],
}
