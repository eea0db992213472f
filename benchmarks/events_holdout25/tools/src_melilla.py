"""Authoring source of benchmarks/events_holdout25 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Melilla, Spain cluster (holdout25-001 to 005; Spanish, English and
French), two suicide bombers on Friday 6 March 2026 at two sites of one town
(the central market and the ferry terminal, about 1.2 km and nine minutes
apart): an agency flash with an "(EFE)" credit and an AQIM « podría estar
detrás » (es 001), an English wire's next-day report with the revised toll and
a raid (002), a Moroccan daily with the Islamic State claim, an AQIM denial
and arrests in Nador (fr 004), a court report from the Audiencia Nacional (es
003) and a weekly magazine's long-read with older attacks and a march (es
005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout25")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout25-001
ARTICLES.append(A(1, "es", "article", "2026-03-06T16:00:00Z",
"Al menos seis muertos en un doble atentado suicida en Melilla",
"""
MELILLA (EFE) - Al menos seis personas murieron y una veintena resultaron heridas este viernes en Melilla cuando dos terroristas suicidas hicieron estallar los explosivos que llevaban adheridos al cuerpo en el mercado central y en la estación marítima de la ciudad autónoma, según fuentes de la Delegación del Gobierno.

La primera explosión se produjo hacia las 11.40 horas entre los puestos de fruta del mercado, uno de los más concurridos de la ciudad, con cerca de 30 puestos. Nueve minutos más tarde, el segundo atacante se inmoló junto a la cola de embarque del ferri de las 13.00 horas a Málaga, a unos 1,2 kilómetros de distancia.

"Vi a una mujer de unos 70 años tirada en el suelo y a un chaval de 15 que gritaba", relató a EFE un taxista de 44 años que esperaba pasajeros frente a la terminal. El Hospital Comarcal activó su plan de catástrofes y pidió donantes de sangre.

Ningún grupo había reivindicado el ataque a primera hora de la tarde. Un mando policial consultado por esta agencia apuntó a que al Qaeda en el Magreb Islámico (AQMI) "podría estar detrás", aunque subrayó que "es muy pronto para descartar nada".

El pasado martes, la Guardia Civil detuvo en el puerto de Almería a un hombre de 31 años que viajaba en el ferri procedente de Melilla con dos detonadores escondidos en una maleta. Los investigadores no descartan una relación con el atentado. En 2021, los Tedax ya habían desactivado una mochila con tres kilos de explosivo junto al paso fronterizo de Farhana, en Melilla, sin que nadie resultara herido.

El Ministerio del Interior elevó el nivel de alerta antiterrorista al 5 en Melilla y Ceuta, suspendió las conexiones marítimas durante 24 horas y envió a 200 agentes de refuerzo. El Gobierno decretó tres días de luto oficial.
"""))
GOLD += [
E(1, ["dos terroristas suicidas hicieron estallar los explosivos"],
  "SUI", "2026-03-06", "day", "Melilla", "ES", 6, 20, "at_least", None, None, False,
  "'este viernes' = publication day, Friday 6 March. Two sites of one town (the central market and the ferry terminal, about 1.2 km and nine minutes apart) -> ONE Suicide bomb event (events_holdout10's Koupéla convention). 'Al menos seis personas murieron y una veintena resultaron heridas' -> 6 (at_least), 20 ('una veintena', dev table); the qualifier describes the killed figure. No claim; AQIM \"podría estar detrás\" is speculation -> null. '11.40', 'cerca de 30 puestos', 'Nueve minutos', '13.00', '1,2 kilómetros', '70 años', '15', '44 años' are not casualties."),
E(1, ["la Guardia Civil detuvo en el puerto de Almería"],
  "ARR", "2026-03-03", "day", "Almería", "ES", None, None, None, "police", None, False,
  "'El pasado martes' vs Friday 6 March -> Tuesday 3 March. Guardia Civil -> 'police'. A port -> its city. The detonators belong to the arrest; '31 años' is an age. 'nivel de alerta ... al 5', '24 horas', '200 agentes', 'tres días' are not casualties."),
E(1, ["los Tedax ya habían desactivado una mochila con tres kilos de explosivo"],
  "DWU", "2021-01-01", "year", "Melilla", "ES", None, 0, "exact", "police", None, True,
  "'En 2021' -> year, background. A device defused on its own -> Disrupted weapons use; the Tedax bomb squad -> 'police'. A border crossing 'en Melilla' -> Melilla. 'sin que nadie resultara herido' -> injured 0, killed null, exact (events_holdout9 Bukkuyum: the zero covers only what the text says). 'tres kilos' is a weight."),
]

# -------------------------------------------------------------- holdout25-002
ARTICLES.append(A(2, "en", "article", "2026-03-07T11:00:00Z",
"Melilla bombing toll rises as police raid house in border district",
"""
MELILLA (Iberia Wire) - The death toll from Friday's twin suicide bombing in Melilla, Spain's North African enclave, has risen to twelve, not counting the two bombers, the central government's delegation said on Saturday.

Officials had spoken of six deaths on Friday afternoon. By nightfall the regional hospital had counted ten bodies, and two of the wounded died overnight. A further 41 people were injured, nine of them critically; two were flown to Málaga on a military aircraft.

The first bomber blew himself up among the fruit stalls of the central market at about 11:40 a.m.; the second struck nine minutes later at the ferry terminal, where some 300 passengers were queuing for the midday crossing.

Police arrested three men in a raid on a house in the Cañada de Hidum district late on Friday, an interior ministry spokesman said. The suspects, aged 19 to 27, are Spanish nationals. Officers found a laptop and 4 kilograms of fertiliser. About 20 relatives and neighbours were questioned and allowed to go home.

No group had claimed responsibility by Saturday morning. Investigators are checking whether the bombers crossed from Morocco through the Beni Enzar border post, one of the busiest in Africa, with around 30,000 crossings on a normal day.

Melilla, a city of about 85,000 people, had never suffered a suicide attack. Its neighbour Ceuta has: in July 2020, a man threw a grenade at a police van there, wounding two officers. Schools will stay closed until Monday, and the football league postponed Sunday's match at the Álvarez Claro stadium.
"""))
GOLD += [
E(2, ["Friday's twin suicide bombing in Melilla", "The first bomber blew himself up"],
  "SUI", "2026-03-06", "day", "Melilla", "ES", 14, 41, "exact", None, None, False,
  "'Friday's' vs Saturday 7 March -> 6 March. Revised toll inside the report: 'six deaths' -> 'ten bodies' -> 'two of the wounded died overnight' -> 'risen to twelve, not counting the two bombers' -> 12 + 2 = 14 ('not counting' adds them), exact. 'A further 41 people were injured' -> 41; 'nine of them critically' is a subset. No claim -> null. '11:40 a.m.', 'nine minutes', 'some 300 passengers' are not casualties."),
E(2, ["Police arrested three men in a raid on a house in the Cañada de Hidum district"],
  "ARR", "2026-03-06", "day", "Melilla", "ES", None, None, None, "police", None, False,
  "'late on Friday' vs Saturday 7 March -> 6 March. Cañada de Hidum is a district of Melilla -> Melilla. 'aged 19 to 27', '4 kilograms' are not casualties; the 'About 20 relatives and neighbours ... questioned' are not arrested. '30,000 crossings', '85,000 people' are not casualties."),
E(2, ["a man threw a grenade at a police van there"],
  "GRN", "2020-07-01", "month", "Ceuta", "ES", None, 2, "exact", None, None, True,
  "'in July 2020' -> month, background. A grenade thrown by an unnamed man -> Grenade, null perpetrator. 'there' is Ceuta. 'wounding two officers' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout25-003
ARTICLES.append(A(3, "es", "article", "2026-03-10T18:30:00Z",
"El juez envía a prisión a los tres detenidos por el atentado de Melilla",
"""
MADRID (Europa Press) - El juez de la Audiencia Nacional envió este martes a prisión provisional, comunicada y sin fianza, a los tres jóvenes detenidos el pasado viernes en Melilla por su presunta relación con el doble atentado suicida del 6 de marzo, que causó dieciséis muertos, incluidos los dos suicidas, y cuarenta y un heridos. El último fallecido, un vendedor de pescado de 58 años, murió el lunes en el Hospital Comarcal.

Los tres, de 19, 22 y 27 años, están imputados por integración en organización terrorista y por dieciséis delitos de asesinato. El atentado fue reivindicado por el Estado Islámico a través de su agencia de propaganda.

Un cuarto hombre, detenido el domingo en Ceuta por la Policía Nacional, fue puesto a disposición judicial esta mañana. Según el auto, de 14 páginas, este vecino de la barriada del Príncipe alquiló el piso donde los suicidas pasaron sus últimas dos semanas y les entregó 3.000 euros. El magistrado decidirá sobre su situación el jueves.

La novia de uno de los detenidos, citada a declarar como testigo, quedó en libertad sin cargos tras cuatro horas de interrogatorio. Otras seis personas fueron interrogadas en Melilla durante el fin de semana.

No es la primera vez que el nombre de uno de los imputados aparece en un sumario. En octubre de 2021, la Guardia Civil lo detuvo en Algeciras junto a otros dos hombres cuando intentaba embarcar hacia Tánger con propaganda yihadista; quedó en libertad con cargos meses después.

La defensa, a cargo de un abogado de oficio, pidió la nulidad de los registros. La vista del recurso está prevista para el 30 de marzo.
"""))
GOLD += [
E(3, ["los tres jóvenes detenidos el pasado viernes en Melilla"],
  "ARR", "2026-03-06", "day", "Melilla", "ES", None, None, None, "police", None, False,
  "'el pasado viernes' vs Tuesday 10 March -> 6 March. 'envió ... a prisión provisional' and 'imputados' are the arrest's judicial follow-up: one Arrests event for the arrest (its place and day), not a new one (events_holdout23). No force named; police in holdout25-002 -> 'police'. '19, 22 y 27 años', 'dieciséis delitos' are not casualties."),
E(3, ["el doble atentado suicida del 6 de marzo", "El atentado fue reivindicado por el Estado Islámico"],
  "SUI", "2026-03-06", "day", "Melilla", "ES", 16, 41, "exact", "Islamic State", "Islamic State", False,
  "'del 6 de marzo' -> 6 March (4 days before Tuesday 10 March, current). 'dieciséis muertos, incluidos los dos suicidas' -> 16 (inside), exact; 'cuarenta y un heridos' -> 41; the fish seller who died on Monday raised it. 'reivindicado por el Estado Islámico' -> claimant and perpetrator. '58 años' is an age."),
E(3, ["Un cuarto hombre, detenido el domingo en Ceuta"],
  "ARR", "2026-03-08", "day", "Ceuta", "ES", None, None, None, "police", None, False,
  "'el domingo' vs Tuesday 10 March -> 8 March. The suspected facilitator; Policía Nacional -> 'police'. 'puesto a disposición judicial' is this arrest's follow-up. The barriada del Príncipe is a district of Ceuta. '14 páginas', 'dos semanas', '3.000 euros' are not casualties. The girlfriend 'citada a declarar ... en libertad sin cargos' and the six 'interrogadas' are not arrests."),
E(3, ["la Guardia Civil lo detuvo en Algeciras"],
  "ARR", "2021-10-01", "month", "Algeciras", "ES", None, None, None, "police", None, True,
  "'En octubre de 2021' -> month, background. Guardia Civil -> 'police'. 'otros dos hombres' are arrestees; Tánger is only a destination. '30 de marzo' is a future hearing, not an event."),
]

# -------------------------------------------------------------- holdout25-004
ARTICLES.append(A(4, "fr", "article", "2026-03-09T09:00:00Z",
"Attentat de Melilla : Daech revendique, deux suspects interpellés à Nador",
"""
NADOR - L'organisation État islamique a revendiqué samedi soir le double attentat-suicide de vendredi à Melilla, dans un communiqué diffusé par son agence Amaq. Le groupe affirme avoir tué « plus de cinquante croisés », un chiffre que les autorités espagnoles jugent « fantaisiste » sans mettre en doute l'authenticité du texte.

Selon le dernier bilan, l'attaque a fait treize morts, outre les deux kamikazes, et quarante et un blessés, après le décès dimanche d'une infirmière de 36 ans. Al-Qaïda au Maghreb islamique (AQMI), un temps évoqué par la police espagnole, a démenti toute implication dans un message publié dimanche.

De ce côté-ci de la frontière, la Brigade nationale de police judiciaire (BNPJ) a interpellé dimanche à Nador deux frères âgés de 24 et 29 ans, soupçonnés d'avoir hébergé les deux kamikazes avant leur passage par le poste-frontière de Beni Ensar. Une source sécuritaire évoque « un appui logistique » et la saisie de trois téléphones et de 2 000 euros en liquide.

L'affaire ravive de mauvais souvenirs dans l'Oriental. Il y a quatre ans, les démineurs de la police avaient désamorcé un engin explosif artisanal devant une agence bancaire de Berkane. En août 2019, un homme armé d'un couteau avait blessé deux passants dans la médina d'Oujda avant d'être maîtrisé par des commerçants.

Le poste-frontière, par lequel passent chaque jour près de 30 000 personnes, a rouvert lundi à 8 heures après 48 heures de fermeture. Les autorités marocaines ont déployé 600 agents supplémentaires le long des 12 kilomètres de la clôture.
"""))
GOLD += [
E(4, ["le double attentat-suicide de vendredi à Melilla", "l'attaque a fait treize morts"],
  "SUI", "2026-03-06", "day", "Melilla", "ES", 15, 41, "exact", "Islamic State", "Islamic State", False,
  "'de vendredi' vs Monday 9 March -> 6 March (the claim came 'samedi soir'). 'L'organisation État islamique' -> 'Islamic State', claimant and perpetrator; the authorities reject the figure (« plus de cinquante croisés », never used) but not the authorship. 'treize morts, outre les deux kamikazes' -> 13 + 2 = 15 ('outre' adds the bombers), 'quarante et un blessés' -> 41, exact. AQIM's denial is not a claim. '36 ans' is an age."),
E(4, ["a interpellé dimanche à Nador deux frères"],
  "ARR", "2026-03-08", "day", "Nador", "MA", None, None, None, "police", None, False,
  "'dimanche' vs Monday 9 March -> 8 March. BNPJ (Moroccan judicial police) in its own country -> 'police', coded MA. '24 et 29 ans', 'trois téléphones', '2 000 euros' are not casualties."),
E(4, ["les démineurs de la police avaient désamorcé un engin explosif artisanal"],
  "DWU", "2022-01-01", "year", "Berkane", "MA", None, None, None, "police", None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A device defused on its own -> Disrupted weapons use; police bomb squad -> 'police'."),
E(4, ["un homme armé d'un couteau avait blessé deux passants"],
  "ATK", "2019-08-01", "month", "Oujda", "MA", None, 2, "exact", None, None, True,
  "'En août 2019' -> month, background. A knife attack on passers-by by an unnamed man -> Attack, null perpetrator; 'blessé deux passants' -> injured 2, exact. '30 000 personnes', '8 heures', '48 heures', '600 agents', '12 kilomètres' are not casualties."),
]

# -------------------------------------------------------------- holdout25-005
ARTICLES.append(A(5, "es", "article", "2026-03-14T07:00:00Z",
"Melilla, la ciudad que creía estar a salvo",
"""
El viernes 6 de marzo, a las 11.40, Melilla descubrió que no era inmune. Dos jóvenes del barrio de la Cañada, de 20 y 21 años, se inmolaron con nueve minutos de diferencia en el mercado central y en la estación marítima. El doble atentado suicida, reivindicado por el Estado Islámico, dejó dieciséis muertos, contando a los dos terroristas, y 41 heridos.

La respuesta de la calle fue inmediata. El domingo, unas 8.000 personas se manifestaron en silencio desde la plaza de España hasta la Delegación del Gobierno para exigir más medios en la frontera, sin incidentes. Fue la mayor concentración que se recuerda en una ciudad de 85.000 habitantes.

Los expertos consultados por esta revista recuerdan que las señales estaban ahí. En junio de 2019, los Tedax desactivaron una olla a presión con clavos en la estación de autobuses de Málaga, con 20 minutos de margen. Hace tres años, un hombre hirió con un cuchillo a tres personas en una parada de autobús de Ceuta al grito de consignas yihadistas.

Y en enero pasado, la Policía Nacional desarticuló en Badalona una célula de cuatro personas que, según el sumario, había estudiado "objetivos en las dos ciudades autónomas". Tres de ellos siguen en prisión.

"Nos hemos acostumbrado a mirar hacia el otro lado de la valla y no hacia dentro", resume un comisario jubilado de 66 años que pasó 30 en la ciudad. El Ministerio del Interior ha prometido 300 agentes más y un nuevo centro de inteligencia antes de 2028.

Mientras tanto, el mercado central reabrió el miércoles con 12 de sus puestos todavía cerrados y una placa con los nombres de las víctimas. Las flores se amontonan junto a la cola del ferri.
"""))
GOLD += [
E(5, ["se inmolaron con nueve minutos de diferencia en el mercado central y en la estación marítima", "El doble atentado suicida, reivindicado por el Estado Islámico"],
  "SUI", "2026-03-06", "day", "Melilla", "ES", 16, 41, "exact", "Islamic State", "Islamic State", False,
  "'El viernes 6 de marzo' -> 6 March (8 days before Saturday 14 March, current). 'reivindicado por el Estado Islámico' -> claimant and perpetrator. 'dieciséis muertos, contando a los dos terroristas' -> 16 (inside), '41 heridos', exact. '11.40', '20 y 21 años', 'nueve minutos' are not casualties."),
E(5, ["unas 8.000 personas se manifestaron en silencio"],
  "PP", "2026-03-08", "day", "Melilla", "ES", None, None, None, None, None, False,
  "'El domingo' vs Saturday 14 March -> Sunday 8 March. A march with a demand, 'sin incidentes' -> Peaceful protest, null actor. '8.000 personas' are participants; '85.000 habitantes' is a population."),
E(5, ["los Tedax desactivaron una olla a presión con clavos"],
  "DWU", "2019-06-01", "month", "Málaga", "ES", None, None, None, "police", None, True,
  "'En junio de 2019' -> month, background. A device defused on its own -> Disrupted weapons use; the Tedax bomb squad -> 'police'. A bus station -> its city. '20 minutos' is a span."),
E(5, ["un hombre hirió con un cuchillo a tres personas"],
  "ATK", "2023-01-01", "year", "Ceuta", "ES", None, 3, "exact", None, None, True,
  "'Hace tres años' vs 2026 -> 2023, year, background. An unnamed man's knife attack on people at a bus stop -> Attack, null perpetrator (jihadist slogans name no group); 'hirió ... a tres personas' -> injured 3, exact."),
E(5, ["la Policía Nacional desarticuló en Badalona una célula de cuatro personas"],
  "ARR", "2026-01-01", "month", "Badalona", "ES", None, None, None, "police", None, True,
  "'en enero pasado' vs March 2026 -> January 2026, month, background (72 days). A cell dismantled -> Arrests (events_holdout23 Charleroi cell). 'cuatro personas', 'Tres de ellos' are arrestees; '66 años', '30', '300 agentes', '2028', '12 de sus puestos' are not casualties."),
]
