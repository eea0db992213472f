"""German sentence material for the near-duplicate pairs (all invented).

Same slots as ``en``; written for German, not translated line by line.
Event nouns come in the cases the templates need (``the``: nominative,
``acc``, ``dat``, ``gen``); ``clause`` is a subordinate clause (verb last)
for "als ..."; shelters are dative ("in der Stadthalle").
"""

PHRASES = {
    "weekdays": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
                 "Samstag", "Sonntag"],
    "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
               "August", "September", "Oktober", "November", "Dezember"],
    "date": "{day}. {month}",
    "thousands": ".",
    "decimal": ",",
    "damage": "{amount} Millionen Euro",
    "money": "{amount} Euro",
    "hotline": "0800 {a:03d} {b:03d}",
    "clock": "{h:02d}.{m:02d} Uhr",
    "experts": [("Sicherheitsingenieur an der Technischen Hochschule des Landes",
                      "Sicherheitsingenieurin an der Technischen Hochschule "
                      "des Landes"),
                     ("Professor für Risikomanagement",
                      "Professorin für Risikomanagement"),
                     ("ehemaliger Leiter des Katastrophenschutzes",
                      "ehemalige Leiterin des Katastrophenschutzes")],
    # A quote followed by its attribution: no full stop (English: a comma).
    "quote_lead": "{body}",
    "first_names": {
        "f": ["Anna", "Katrin", "Ulrike", "Sabine", "Friederike", "Jana",
              "Heike", "Miriam", "Dorothea", "Lena", "Birgit", "Svenja"],
        "m": ["Jörg", "Matthias", "Stefan", "Ralf", "Henning", "Tobias", "Uwe",
              "Florian", "Dietmar", "Lars", "Volker", "Bernd"],
    },
    "surnames": ["Albrechtsen", "Brunnhuber", "Dörrenbach", "Eichelmann",
                 "Felsinger", "Grabowsky", "Hollenbeck", "Imhoff",
                 "Kranzberger", "Lindemeyer", "Mühlhaus", "Nettelbeck",
                 "Osterkamp", "Pfisterer", "Rauschenbach", "Seidelmann"],
    "places": [
        ("Velbrück", "im Landkreis Oberhain"),
        ("Hohenstaal", "im Norden des Wessetals"),
        ("Lennhausen", "an der Brandungsküste"),
        ("Grauenfels", "im Hügelland der Marjeler Höhen"),
        ("Marbenstedt", "in der Ebene östlich der Landeshauptstadt"),
        ("Falkenrode", "im Wessetal"),
        ("Ottersbach", "im Süden des Landkreises Oberhain"),
        ("Sturzingen", "am Fuß des Kranzgebirges"),
        ("Dornwalde", "im Landkreis Oberhain"),
    ],
    "roads": ["die Bundesstraße 142", "die Autobahn A71",
              "die Kreisstraße 908", "die Küstenstraße", "die Nordumgehung"],
    "shelters": ["der Stadthalle", "einer Grundschule", "dem Gemeindezentrum",
                 "der Messehalle"],
    "officials": [("Bürgermeister von {place}", "Bürgermeisterin von {place}"),
                  ("Kreisbrandmeister", "Kreisbrandmeisterin"),
                  ("Sprecher der Polizei", "Sprecherin der Polizei"),
                  ("Leiter des Krisenstabs", "Leiterin des Krisenstabs")],
    "politicians": [("Innenminister des Landes", "Innenministerin des Landes"),
                    ("Ministerpräsident des Landes",
                     "Ministerpräsidentin des Landes"),
                    ("Landrat des Kreises", "Landrätin des Kreises")],
    "investigators": ["die Staatsanwaltschaft", "die Kriminalpolizei",
                      "die Bundesstelle für Unfalluntersuchung",
                      "das Landeskriminalamt"],
    "jobs": {"f": ["Krankenpflegerin", "Ladenbesitzerin", "Lehrerin",
                   "Studentin", "Bäckerin", "Apothekerin", "Friseurin",
                   "Taxifahrerin"],
             "m": ["Krankenpfleger", "Ladenbesitzer", "Lehrer", "Elektriker",
                   "Student", "Bäcker", "Apotheker", "Taxifahrer"]},
    "kinds": {
        "fire": {
            "the": "der Brand", "acc": "den Brand", "dat": "dem Brand",
            "gen": "des Brandes", "short": "Großbrand",
            "clause": "ein Feuer {site} verwüstete",
            "sites": ["eine Möbellagerhalle", "ein vierstöckiges Wohnhaus",
                      "eine Textilfabrik"],
            "responders": "Feuerwehrleute",
            "causes": ["ein Kurzschluss", "ein unbeaufsichtigtes Heizgerät",
                       "eine defekte Stromleitung in einem Lagerraum"],
            "aftermath": ["schwarze Rauchwolken über den Dächern",
                          "die verkohlten Überreste des Gebäudes",
                          "vom Feuer geschwärzte Fassaden"],
        },
        "flood": {
            "the": "das Hochwasser", "acc": "das Hochwasser",
            "dat": "dem Hochwasser", "gen": "des Hochwassers",
            "short": "Hochwasser",
            "clause": "plötzliche Sturzfluten {site} überschwemmten",
            "sites": ["die tief gelegenen Viertel am Fluss", "die Altstadt",
                      "mehrere Straßen am Kanal"],
            "responders": "Rettungskräfte",
            "causes": ["zwei Tage Starkregen",
                       "ein gebrochener Damm flussaufwärts",
                       "die überlastete Kanalisation"],
            "aftermath": ["halb im braunen Wasser versunkene Autos",
                          "mit dickem Schlamm bedeckte Straßen",
                          "durchnässte Möbel, aufgetürmt vor den Häusern"],
        },
        "derailment": {
            "the": "die Entgleisung", "acc": "die Entgleisung",
            "dat": "der Entgleisung", "gen": "der Entgleisung",
            "short": "Zugunglück",
            "clause": "{site} in einer Kurve entgleiste",
            "sites": ["ein Regionalzug", "ein voll besetzter Pendlerzug",
                      "ein Nachtzug aus der Hauptstadt"],
            "responders": "Rettungskräfte",
            "causes": ["ein Schaden an den Gleisen",
                       "überhöhte Geschwindigkeit in der Kurve",
                       "ein Versagen der Bremsanlage"],
            "aftermath": ["neben dem Gleis umgestürzte Waggons",
                          "auf Dutzenden Metern herausgerissene Schienen",
                          "über den Bahndamm verstreute Trümmerteile"],
        },
        "explosion": {
            "the": "die Explosion", "acc": "die Explosion",
            "dat": "der Explosion", "gen": "der Explosion",
            "short": "Explosion",
            "clause": "eine Explosion {site} zerstörte",
            "sites": ["ein Chemikalienlager", "eine Bäckerei am Marktplatz",
                      "eine Gasverteilerstation am Hafen"],
            "responders": "Einsatzkräfte",
            "causes": ["ein Gasleck", "die Entzündung gelagerter Lösungsmittel",
                       "ein Druckabfall in einem Tank"],
            "aftermath": ["zerborstene Fensterscheiben in mehreren "
                          "Straßenzügen",
                          "rauchende Trümmer an der Stelle des Gebäudes",
                          "verbogene Metallteile und Glassplitter auf der "
                          "Straße"],
        },
        "collapse": {
            "the": "der Einsturz", "acc": "den Einsturz", "dat": "dem Einsturz",
            "gen": "des Einsturzes", "short": "Einsturz",
            "clause": "ein Teil {site} einstürzte",
            "sites": ["einer Straßenbrücke über den Fluss",
                      "eines mehrstöckigen Parkhauses",
                      "des Dachs einer Sporthalle"],
            "responders": "Rettungskräfte",
            "causes": ["Korrosion an der Tragkonstruktion",
                       "das Gewicht des angesammelten Schnees",
                       "Bauarbeiten auf einem Nachbargrundstück"],
            "aftermath": ["Betonplatten auf zerquetschten Autos",
                          "klaffende Lücken, wo das Bauwerk gestanden hatte",
                          "Kräne, die Stahlträger aus den Trümmern hoben"],
        },
        "storm": {
            "the": "der Sturm", "acc": "den Sturm", "dat": "dem Sturm",
            "gen": "des Sturms", "short": "Unwetter",
            "clause": "ein heftiger Sturm über {site} hinwegfegte",
            "sites": ["das Hafenviertel",
                      "die Altstadt und die umliegenden Dörfer",
                      "die nördlichen Hangviertel"],
            "responders": "Einsatzkräfte",
            "causes": ["orkanartige Böen",
                       "ein für die Jahreszeit ungewöhnliches Sturmtief",
                       "Windgeschwindigkeiten von bis zu 140 km/h"],
            "aftermath": ["entwurzelte Bäume auf den Straßen",
                          "abgedeckte Dächer entlang der Uferpromenade",
                          "auf den Kai geschleuderte Boote"],
        },
    },
    "headlines": [
        "{dead} Tote und {injured} Verletzte bei {ev_dat} in {place}",
        "{Ev_short} in {place}: Was bisher bekannt ist",
        "{place} trauert um {dead} Opfer",
        "Zahl der Toten nach {ev_dat} in {place} steigt auf {dead}",
        "{Ev_short} in {place}: Mindestens {dead} Tote, Dutzende Verletzte",
        "Tragödie in {place} – {dead} Menschen sterben",
    ],
    "slots": {
        "lede": [
            "Bei einem Unglück in {place} sind am {weekday} {dead} Menschen "
            "ums Leben gekommen und {injured} verletzt worden, als {clause}, "
            "wie die Behörden mitteilten. Die Rettungskräfte suchten das "
            "Gelände noch bis in den späten Abend ab.",
            "Mindestens {dead} Menschen sind am {weekday} in {place} "
            "{region_in} gestorben, als {clause}. Nach Angaben der örtlichen "
            "Behörden wurden {injured} weitere Menschen verletzt, {serious} "
            "von ihnen schwer.",
            "Die Zahl der Todesopfer nach {ev_dat} in {place} ist am "
            "{weekday}, dem {date}, auf {dead} gestiegen. Die Einsatzkräfte "
            "arbeiteten die ganze Nacht hindurch. Den Behörden zufolge wurden "
            "{injured} Menschen verletzt, als {clause}.",
        ],
        "casualties": [
            "Von den {injured} Verletzten wurden {serious} mit schweren "
            "Verletzungen ins Krankenhaus gebracht, wie eine Sprecherin der "
            "Klinik sagte. Mehrere Opfer sind noch nicht identifiziert; "
            "Angehörige wurden gebeten, sich im Rathaus zu melden.",
            "Krankenhäuser in der gesamten Region versorgten die Verletzten "
            "die ganze Nacht über. Nach Angaben der Ärzte lagen am "
            "{weekday}abend noch {serious} Patienten auf der Intensivstation, "
            "die meisten anderen sollen in den kommenden Tagen entlassen "
            "werden.",
            "Der regionale Gesundheitsdienst aktivierte seinen Notfallplan. "
            "{serious} Verletzte wurden in größere Kliniken außerhalb von "
            "{place} verlegt, und die Behörden warnten, dass die Zahl der "
            "Toten noch steigen könnte.",
        ],
        "response": [
            "Mehr als {responders_n} {responders} waren in der Spitze im "
            "Einsatz, einige davon aus benachbarten Landkreisen. Es dauerte "
            "rund {hours} Stunden, bis die Lage unter Kontrolle war.",
            "Rund {responders_n} {responders} beteiligten sich an der "
            "Rettungsaktion und arbeiteten {hours} Stunden lang im "
            "Schichtbetrieb. Mit Suchhunden und Wärmebildkameras wurde nach "
            "möglicherweise eingeschlossenen Menschen gesucht.",
            "Für den Einsatz wurden {responders_n} {responders} und Dutzende "
            "Fahrzeuge mobilisiert. Freiwillige aus dem Ort brachten den "
            "Mannschaften Essen und Decken; sie arbeiteten fast {hours} "
            "Stunden ohne Pause.",
        ],
        "official_direct": [
            "„{quote_lead}“, sagte {off_name}, {off_title}, vor Journalisten am "
            "Unglücksort.",
            "Auf einer Pressekonferenz am {weekday}nachmittag sagte "
            "{off_name}, {off_title}: „{quote}“",
            "„{quote_lead}“, erklärte {off_name}, {off_title}, nach einem Treffen "
            "mit Angehörigen der Opfer am Vormittag.",
        ],
        "official_indirect": [
            "{off_name}, {off_title}, sprach von einer Stadt unter Schock und "
            "versprach, dass jede betroffene Familie in den kommenden Wochen "
            "Hilfe erhalten werde.",
            "In einer kurzen Erklärung dankte {off_name}, {off_title}, den "
            "Rettungskräften und kündigte an, dass an allen städtischen "
            "Gebäuden die Flaggen auf halbmast gesetzt würden.",
            "{off_name}, {off_title}, beschrieb die Lage als verheerend. Jetzt "
            "gehe es vor allem darum, sich um die Verletzten und ihre "
            "Angehörigen zu kümmern.",
        ],
        "witness": [
            "{wit_name} ({wit_age}), {wit_job}, wohnt ganz in der Nähe. "
            "„{wit_quote}“",
            "„{wit_quote_lead}“, sagte {wit_name}, {wit_age} Jahre alt, {wit_job} "
            "aus {place}.",
            "Zu den Augenzeugen gehört {wit_name}, {wit_age}, {wit_job} aus "
            "dem Viertel. „{wit_quote}“",
        ],
        "scene": [
            "In sozialen Netzwerken verbreitete Bilder zeigten {aftermath}; in "
            "den umliegenden Straßen reihten sich die Einsatzfahrzeuge.",
            "Am {weekday}abend war das Gebiet noch immer abgesperrt. Reporter "
            "vor Ort sahen {aftermath} und Dutzende Polizisten, die die "
            "Absperrung bewachten.",
            "Anwohner filmten aus ihren Fenstern {aftermath}. Mehrere "
            "berichteten, sie hätten stundenlang Sirenen gehört, während "
            "Krankenwagen zwischen Unglücksort und Klinik pendelten.",
        ],
        "evacuations": [
            "Rund {evacuated} Anwohner umliegender Straßen wurden vorsorglich "
            "in Sicherheit gebracht und verbrachten die Nacht in {shelter} und "
            "anderen Notunterkünften.",
            "Die Behörden forderten {evacuated} Menschen auf, ihre Wohnungen "
            "zu verlassen. Viele kamen bei Verwandten unter, andere wurden in "
            "{shelter} untergebracht, wo Freiwillige Feldbetten aufstellten.",
            "Etwa {evacuated} Menschen mussten ihre Häuser verlassen. Wann sie "
            "zurückkehren dürfen, war zunächst unklar; die Stadtverwaltung bat "
            "sie, ihre Mitteilungen zu verfolgen.",
        ],
        "investigation": [
            "Die Ursache {ev_gen} war zunächst unklar. {Inv} hat Ermittlungen "
            "aufgenommen; Sachverständige prüfen, ob {cause} eine Rolle "
            "gespielt haben könnte.",
            "Die Ermittler halten es für zu früh, den Hergang zu bewerten. "
            "Erste Hinweise deuten jedoch darauf hin, dass {cause} die Ursache "
            "gewesen sein könnte. {Inv} will in der kommenden Woche vorläufige "
            "Ergebnisse vorlegen.",
            "{Inv} leitete am {weekday} ein Verfahren ein. Die Polizei "
            "schließt nichts aus, örtliche Medien berichteten jedoch, es werde "
            "geprüft, ob {cause} verantwortlich sei.",
        ],
        "politician": [
            "{pol_name}, {pol_title}, reiste nach {place} und sagte "
            "Soforthilfen für die Opfer und für den Wiederaufbau zu.",
            "{pol_name}, {pol_title}, nannte {ev_acc} eine Tragödie und "
            "kündigte an, die Regierung werde prüfen, ob die "
            "Sicherheitsvorschriften eingehalten wurden.",
            "In der Landeshauptstadt ordnete {pol_name}, {pol_title}, "
            "Trauerbeflaggung an und erklärte, die Unterstützung der "
            "betroffenen Familien habe nun Vorrang.",
        ],
        "transport": [
            "{Road} war den größten Teil des Tages in beide Richtungen "
            "gesperrt, es bildeten sich lange Staus, und der Bahnverkehr durch "
            "{place} wurde eingestellt.",
            "Der Verkehr wurde um die Innenstadt herumgeleitet, und {road} "
            "blieb auch am {weekday}abend gesperrt. Busunternehmen warnten "
            "ihre Fahrgäste vor Verspätungen.",
            "Die Polizei sperrte {road} sowie mehrere kleinere Straßen und "
            "forderte Autofahrer auf, das Gebiet bis auf Weiteres zu meiden.",
        ],
        "damage": [
            "Ersten Schätzungen zufolge beläuft sich der Schaden auf rund "
            "{damage}. Geschäftsleute im Ort befürchten, dass es Monate dauern "
            "wird, bis wieder Normalität einkehrt.",
            "Die regionale Industrie- und Handelskammer schätzt den "
            "Sachschaden auf {damage}; die Versicherer haben nach eigenen "
            "Angaben bereits Hunderte Schadensmeldungen erhalten.",
            "Nach Angaben der Stadt könnten die Reparaturen bis zu {damage} "
            "kosten, eine schwere Last für eine Gemeinde mit {population} "
            "Einwohnern.",
        ],
        "solidarity": [
            "Überall in {place} nahmen Bewohner Evakuierte bei sich auf, und "
            "Geschäfte in der Innenstadt spendeten Lebensmittel und Wasser.",
            "Eine von einem örtlichen Sportverein gestartete Spendenaktion "
            "hatte bis {weekday}nacht mehr als {donations} gesammelt.",
            "Nachbargemeinden schickten Helfer und Gerät, und mehrere "
            "Unternehmen boten an, Familien kostenlos unterzubringen.",
        ],
        "criticism": [
            "Oppositionspolitiker im Stadtrat erklärten, sie hätten seit "
            "Jahren vor Sicherheitsproblemen in dem Gebiet gewarnt, und "
            "forderten eine unabhängige Untersuchung.",
            "Eine Bürgerinitiative gab an, sie habe die Behörden mehrfach auf "
            "ihre Bedenken hingewiesen, ohne je eine Antwort zu erhalten.",
            "Gewerkschaften und örtliche Vereine stellten infrage, ob die "
            "Kontrollen ordnungsgemäß durchgeführt wurden, und verlangten, "
            "dass die Verantwortlichen zur Rechenschaft gezogen werden.",
        ],
        "place": [
            "{place}, eine Stadt mit rund {population} Einwohnern "
            "{region_in}, ist für ihren Wochenmarkt und ihre kleinen "
            "Industriebetriebe bekannt.",
            "Mit {population} Einwohnern gehört {place} zu den größeren Orten "
            "{region_in}. Die Wirtschaft lebt vor allem von Logistik, "
            "Landwirtschaft und Tourismus.",
            "{place} liegt an der Hauptverbindung zwischen der "
            "Landeshauptstadt und der Küste. Rund {population} Menschen leben "
            "in der Stadt und ihren Ortsteilen.",
        ],
        "history": [
            "Es ist das schwerste Unglück in der Gegend seit {prev_year}, als "
            "bei einem ähnlichen Vorfall {prev_dead} Menschen starben.",
            "Anwohner erinnerten an das Jahr {prev_year}, als {prev_dead} "
            "Menschen bei einer vergleichbaren Katastrophe ums Leben kamen. "
            "Viele der damals eingeführten Sicherheitsmaßnahmen werden nun "
            "infrage gestellt.",
            "Die Stadt wurde schon einmal schwer getroffen: {prev_year} kamen "
            "{prev_dead} Menschen ums Leben, Dutzende Familien verloren ihr "
            "Zuhause.",
        ],
        "next": [
            "Für {next_day} ist ein Trauergottesdienst in der Stadtkirche "
            "geplant. Der Stadtrat will in einer Sondersitzung über Hilfen für "
            "die Familien beraten.",
            "Das Gelände bleibt nach Angaben der Behörden mehrere Tage "
            "abgesperrt, während Gutachter die Schäden begutachten. Die "
            "Schulen in {place} bleiben bis {next_day} geschlossen.",
            "Für {next_day}abend ist eine Mahnwache auf dem Rathausplatz "
            "geplant; im Rathaus liegt ein Kondolenzbuch aus.",
        ],
        "help": [
            "Die Stadt hat für Angehörige eine Hotline unter {hotline} "
            "eingerichtet. Im Gemeindezentrum stehen Psychologen bereit.",
            "Angehörige, die Informationen suchen, können die Nummer "
            "{hotline} anrufen. Kleider- und Lebensmittelspenden werden an der "
            "Feuerwache gesammelt.",
            "Die Behörden baten darum, nicht zum Unglücksort zu fahren und bei "
            "Sorge um Angehörige die Nummer {hotline} zu wählen.",
        ],
        "timeline": [
            "Der erste Notruf ging nach Angaben der Rettungsdienste um "
            "{call_time} ein. Die ersten Einsatzkräfte waren {minutes} Minuten "
            "später vor Ort und forderten sofort Verstärkung aus den "
            "Nachbarwachen an, als das Ausmaß der Katastrophe deutlich wurde.",
            "Die Rettungsdienste wurden eigenen Angaben zufolge um {call_time} "
            "alarmiert. Innerhalb von {minutes} Minuten waren mehrere Teams "
            "vor Ort, doch der Zugang war schwierig, und es dauerte, bis sie "
            "die am dringendsten Hilfsbedürftigen erreichten.",
            "Laut einer von der Stadt veröffentlichten Chronologie wurde um "
            "{call_time} Alarm ausgelöst. Der regionale Krisenstab trat "
            "weniger als eine Stunde später zusammen, und die Krankenhäuser "
            "der Umgebung wurden angewiesen, sich auf viele Verletzte "
            "vorzubereiten.",
        ],
        "victims": [
            "Unter den Toten sind nach Angaben von Nachbarn ein {victim_age} "
            "Jahre alter Mann und seine beiden jugendlichen Kinder. Örtliche "
            "Medien berichteten, mehrere der anderen Opfer hätten in der "
            "Gegend gearbeitet und seien auf dem Heimweg gewesen.",
            "Die Opfer wurden noch nicht offiziell identifiziert. Angehörige "
            "sagten Lokalreportern, das älteste Opfer sei {victim_age} Jahre "
            "alt gewesen; mindestens zwei der Toten seien Freiwillige gewesen, "
            "die anderen helfen wollten.",
            "Freunde beschreiben eines der Opfer, eine {victim_age}-jährige "
            "Großmutter, als Stütze der Straße, in der sie ihr ganzes Leben "
            "verbracht hatte. Am nächsten Morgen standen Kerzen und Blumen vor "
            "ihrem Haus.",
        ],
        "rescue": [
            "In einem der wenigen Momente der Erleichterung bargen "
            "Rettungskräfte nach {rescue_hours} Stunden eine "
            "{rescued_age}-jährige Frau lebend. Sie wurde bei Bewusstsein und "
            "in stabilem Zustand ins Krankenhaus gebracht.",
            "Die Retter fanden nach {rescue_hours} Stunden einen "
            "{rescued_age} Jahre alten Mann lebend, woraufhin die "
            "Menschenmenge hinter der Polizeiabsperrung applaudierte.",
            "Manche Überlebende verdanken ihr Leben ihren Nachbarn. Ein "
            "{rescued_age}-jähriger Anwohner wurde von zwei Passanten in "
            "Sicherheit gebracht, und später retteten Einsatzkräfte nach "
            "{rescue_hours} Stunden Suche eine vierköpfige Familie.",
        ],
        "utilities": [
            "Rund {homes} Haushalte waren ohne Strom, und in mehreren Vierteln "
            "wurde vorsorglich die Wasserversorgung unterbrochen. Der "
            "Netzbetreiber erklärte, die Reparaturen könnten mehrere Tage "
            "dauern.",
            "Von Stromausfällen waren am {weekday}abend etwa {homes} Haushalte "
            "betroffen. Auch die Mobilfunknetze waren gestört, was es Familien "
            "erschwerte, ihre Angehörigen zu erreichen.",
            "Techniker arbeiteten die ganze Nacht, um {homes} Wohnungen wieder "
            "mit Strom zu versorgen. Die Bewohner wurden aufgefordert, "
            "Leitungswasser abzukochen, bis Tests bestätigen, dass es trinkbar "
            "ist.",
        ],
        "expert": [
            "Man dürfe keine voreiligen Schlüsse ziehen, mahnte {expert_name}, "
            "{expert_title}. „Solche Katastrophen haben meist mehrere "
            "Ursachen zugleich, und es wird Monate dauern, bis das ganze Bild "
            "vorliegt.“",
            "Fachleute sehen in dem Unglück grundsätzliche Fragen. "
            "{expert_name}, {expert_title}, sagte, viele Gemeinden der Region "
            "hätten ihre Sicherheitspläne seit mehr als zehn Jahren nicht "
            "aktualisiert.",
            "Nach Einschätzung von {expert_name}, {expert_title}, ließ die "
            "Geschwindigkeit, mit der sich die Lage zuspitzte, den Anwohnern "
            "kaum Zeit zu reagieren. Bessere Frühwarnsysteme könnten künftig "
            "Leben retten.",
        ],
        "condolences": [
            "Aus dem ganzen Land trafen Beileidsbekundungen ein. Das "
            "Staatsoberhaupt rief am {weekday}abend im Rathaus von {place} an, "
            "um Anteilnahme auszudrücken, und an öffentlichen Gebäuden der "
            "Region wurden die Flaggen auf halbmast gesetzt.",
            "Vor Sportveranstaltungen in der Region wurde eine Schweigeminute "
            "abgehalten, und der Landtag unterbrach seine Sitzung, um der "
            "Opfer {ev_gen} zu gedenken.",
            "Die Regierungschefs mehrerer Nachbarländer schickten Botschaften "
            "des Mitgefühls, die Partnerstädte boten konkrete Hilfe an. Die "
            "Kirchen in {place} öffneten ihre Türen für Menschen, die "
            "gemeinsam trauern wollten.",
        ],
    },
    "quotes": [
        "Das ist ein schwarzer Tag für unsere Stadt. Unsere Gedanken sind bei "
        "den Familien, die Angehörige verloren haben, und wir werden sie nicht "
        "allein lassen.",
        "Die Einsatzkräfte vor Ort haben unter sehr schwierigen Bedingungen "
        "Außergewöhnliches geleistet, und ich möchte jedem Einzelnen von ihnen "
        "danken.",
        "Unsere Priorität ist jetzt, alle noch vermissten Menschen zu finden "
        "und dafür zu sorgen, dass die Verletzten die Versorgung bekommen, die "
        "sie brauchen.",
        "Wir werden genau aufklären, was hier passiert ist, und wenn Fehler "
        "gemacht wurden, werden die Verantwortlichen dafür geradestehen "
        "müssen.",
        "Niemand sollte durchmachen müssen, was die Menschen in dieser Stadt "
        "letzte Nacht erlebt haben. Wir werden wieder aufbauen, aber das "
        "braucht Zeit.",
        "Wir sind noch mitten im Einsatz, und es ist zu früh, etwas über die "
        "Ursache zu sagen. Bitte halten Sie sich von dem Gebiet fern.",
        "Ich habe heute Morgen mit vielen Familien gesprochen. Die Trauer ist "
        "riesig, aber genauso groß ist die Solidarität, die ich erlebt habe.",
        "Es wird alles getan, was getan werden kann. Wir haben Verstärkung "
        "angefordert, und sie ist bereits unterwegs.",
    ],
    "witness_a": [
        "Ich habe einen furchtbaren Knall gehört, und alle sind losgerannt.",
        "Innerhalb weniger Minuten war die ganze Straße voller Menschen, die "
        "geschrien haben.",
        "Ich war auf dem Weg zur Arbeit, als ich die Polizeiautos kommen sah.",
        "Ein Nachbar hat an die Tür geklopft und gesagt, wir sollen sofort "
        "raus.",
        "Am Anfang haben wir gar nicht verstanden, was los war.",
        "Ich wohne seit dreißig Jahren hier und habe so etwas noch nie "
        "gesehen.",
    ],
    "witness_b": [
        "Jetzt denken wir alle an die Familien.",
        "Diesen Tag wird hier niemand vergessen.",
        "Ich kann immer noch nicht schlafen, wenn ich daran denke.",
        "Die Leute haben sich gegenseitig geholfen, so ist unsere Stadt.",
        "Wir wollen einfach wissen, wie das passieren konnte.",
        "Hier kennt jeder jemanden, der dabei war.",
    ],
    "editor_notes": [
        "Anmerkung der Redaktion: Dieser Artikel wurde mit den neuesten "
        "Zahlen des regionalen Gesundheitsamts aktualisiert.",
        "Dieser Artikel wurde erstmals um 8.15 Uhr veröffentlicht und mit "
        "neuen Informationen der Rettungsdienste fortlaufend aktualisiert.",
        "Korrektur: In einer früheren Version dieses Artikels war ein falscher "
        "Tag für den Trauergottesdienst angegeben. Wir bitten, den Fehler zu "
        "entschuldigen.",
    ],
    "context": [
        "Hintergrund: Die Region verzeichnet seit einem Jahrzehnt eine "
        "stetige Zunahme extremer Wetterereignisse und Industrieunfälle, wie "
        "Zahlen der Landesregierung zeigen. Katastrophenschützer fordern seit "
        "Langem mehr Investitionen in die Vorsorge.",
        "Zum Hintergrund: Gemeinden {region_in} klagen seit Jahren, ihnen "
        "fehle das Geld für den Erhalt alternder Infrastruktur; eine "
        "bundesweite Prüfung ergab im vergangenen Jahr, dass ein Drittel der "
        "kommunalen Notfallpläne veraltet war.",
        "So haben wir berichtet: Unser Korrespondent hat in {place} mit "
        "Anwohnern, Rettungskräften und Verantwortlichen gesprochen und die "
        "Zahlen bei den Landesbehörden überprüft.",
    ],
    "wire_prefix": "{place} ({agency}) - ",
    "wire_trailer": "(Bericht: {reporter}; Redaktion: {editor})",
    "agencies": ["dpn", "Nordwire", "Wire"],
    "synonyms": [("Behörden", "Verantwortlichen"), ("rund", "etwa"),
                 ("etwa", "ungefähr"), ("Anwohner", "Bewohner"),
                 ("mehrere", "einige"), ("Verletzten", "Verwundeten"),
                 ("sagte", "erklärte"), ("Dutzende", "zahlreiche"),
                 ("Häuser", "Wohnhäuser"), ("Angehörige", "Familienangehörige"),
                 ("Stadt", "Gemeinde"), ("gesperrt", "abgeriegelt")],
    # Moving an attribution to the front changes German word order
    # (verb second), so German copies get reordered sentences instead.
    "fronting": [],
    "lowercase_first": [],
    # Eine Bezahlseite: der Anfang des Artikels in einer langen Vorlage.
    "paywall": {
        "header": ["MARJELER RUNDSCHAU", "Region | Marjeler Höhen",
                   "{author}", "{date} 2025", "Exklusiv für Abonnenten"],
        "footer": [
            "Dieser Artikel ist Abonnenten vorbehalten.",
            "Sie haben das Ende der kostenlosen Vorschau erreicht. Um "
            "weiterzulesen, wählen Sie eines unserer Angebote: digitaler "
            "Zugang zu allen Artikeln, die tägliche E-Paper-Ausgabe und unser "
            "Archiv bis 1952, ab 1 Euro im ersten Monat.",
            "Schon Abonnent? Melden Sie sich an, um weiterzulesen.",
            "Warum ein Abo? Unsere Reporter berichten jeden Tag aus dem "
            "Landkreis, von Ratssitzungen bis zu Gerichtsverfahren, und unser "
            "Journalismus wird von Leserinnen und Lesern bezahlt, nicht von "
            "Anzeigenkunden.",
            "Meistgelesen",
            "Stadtrat beschließt neue Radwege für die Altstadt",
            "Wartezeiten in der Notaufnahme sinken den dritten Monat in Folge",
            "Rugbyverein feiert Aufstieg nach dramatischem Finale",
            "Landwirte befürchten schlechte Ernte nach trockenem Frühjahr",
            "Weinfest lockt so viele Besucher wie nie",
            "Neuer Hausarzt im Gesundheitszentrum",
            "Über uns: Die Marjeler Rundschau erscheint seit 1952 und gehört "
            "einer unabhängigen Stiftung.",
        ],
    },
    "sites": [
        {"header": ["Oberhainer Anzeiger", "Startseite › Nachrichten › Region",
                    "Von {author} | {date} 2025, 8:41 Uhr"],
         "footer": ["Teilen", "Newsletter abonnieren",
                    "© 2025 Oberhainer Anzeiger. Alle Rechte vorbehalten."]},
        {"header": ["Wessetal Aktuell", "Nachrichten / Blaulicht",
                    "{author}, Lokalreporter",
                    "Veröffentlicht am {date} 2025 · Aktualisiert 11:05 Uhr",
                    "Anzeige"],
         "footer": ["Themen: Blaulicht, Wetter, Region",
                    "Wessetal Aktuell ist ein unabhängiges, von seinen "
                    "Leserinnen und Lesern finanziertes Medium. Unterstützen "
                    "Sie Lokaljournalismus ab 3 Euro im Monat.",
                    "Folgen Sie uns auf Facebook und Instagram",
                    "Copyright 2025 Wessetal Aktuell Medien"]},
        {"header": ["MARJELER RUNDSCHAU", "Region | Marjeler Höhen",
                    "{author}", "{date} 2025"],
         "footer": ["Meistgelesen",
                    "Stadtrat beschließt neue Radwege für die Altstadt",
                    "Wartezeiten in der Notaufnahme sinken den dritten Monat "
                    "in Folge",
                    "Rugbyverein feiert Aufstieg nach dramatischem Finale",
                    "Landwirte befürchten schlechte Ernte nach trockenem "
                    "Frühjahr",
                    "Unsere Zeitung lebt von ihren Leserinnen und Lesern. "
                    "Wenn Ihnen unsere Berichterstattung über den Landkreis "
                    "gefällt, werden Sie noch heute Abonnent.",
                    "Teilen", "Drucken", "© Marjeler Rundschau 2025"]},
        {"header": ["Küstenbote – Lokalnachrichten seit 1896",
                    "Geschrieben von {author}", "Lesezeit: 4 Minuten"],
         "footer": ["Mehr vom Küstenboten: unser Dossier über den Zustand der "
                    "Rettungsdienste im Land.",
                    "Haben Sie einen Hinweis? Schreiben Sie an "
                    "redaktion@kuestenbote.example",
                    "Jetzt den täglichen Newsletter abonnieren",
                    "Alle Rechte vorbehalten. Küstenbote GmbH."]},
    ],
}
