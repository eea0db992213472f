"""Authoring source of benchmarks/events_holdout25 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Baraawe, Somalia cluster (holdout25-006 to 010; Spanish, French and
English), two suicide bombers on Tuesday 12 May 2026 at two sites of one town
(the fish market by the old port and the minibus station, about 800 m and six
minutes apart): a Spanish agency flash with an "(EFE)" credit and a "podría
estar detrás" (es 006), a Spanish radio transcript with the revised toll, the
claim and arrests (es 007), a French claim story with a denial and older
attacks (fr 008), an English daily with a road blockade and a facilitator's
arrest (009) and a Spanish "Lo que se sabe" explainer (es 010). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout25")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout25-006
ARTICLES.append(A(6, "es", "article", "2026-05-12T14:30:00Z",
"Al menos ocho muertos en un doble atentado suicida en el sur de Somalia",
"""
BARAAWE (Somalia) (EFE) - Al menos ocho personas murieron y decenas resultaron heridas este martes en la ciudad costera de Baraawe, en el sur de Somalia, cuando dos terroristas suicidas se hicieron estallar en el mercado de pescado y en la parada de minibuses, informaron fuentes policiales y sanitarias.

El primer atacante, un joven de unos 20 años según testigos, activó su cinturón hacia las 9.15 horas entre los puestos de los pescadores, junto al puerto viejo. Seis minutos más tarde, el segundo se inmoló a unos 800 metros de allí, entre los minibuses que salen hacia Mogadiscio, a 180 kilómetros al noreste.

"Había sangre y pescado por todas partes", contó por teléfono a EFE un comerciante de 52 años. Los heridos más graves fueron trasladados en dos avionetas a la capital.

Nadie había reivindicado el ataque al cierre de esta edición. Un alto cargo de la administración regional de Shabelle Bajo declaró que el Estado Islámico en Somalia "podría estar detrás", porque "la forma de actuar no es la habitual" de otros grupos.

En la madrugada del lunes, soldados del Ejército somalí capturaron a dos hombres en un control cerca de Haaway con un chaleco de explosivos y 30 kilos de nitrato de amonio escondidos bajo sacos de carbón. El Ejército no ha aclarado si tenían relación con el atentado.

En enero pasado, un artefacto explosivo que el Ejército atribuyó a Al Shabab mató a tres soldados al paso de un convoy cerca de Bulo Mareer, a unos 60 kilómetros de Baraawe. La ciudad, de unos 40.000 habitantes, fue recuperada por las tropas somalíes y de la Unión Africana en 2014.
"""))
GOLD += [
E(6, ["dos terroristas suicidas se hicieron estallar en el mercado de pescado y en la parada de minibuses"],
  "SUI", "2026-05-12", "day", "Baraawe", "SO", 8, 12, "at_least", None, None, False,
  "'este martes' = publication day, Tuesday 12 May. Two sites of one town (the fish market and the minibus station, about 800 m and six minutes apart) -> ONE Suicide bomb event. 'Al menos ocho personas murieron y decenas resultaron heridas' -> 8 (at_least), 12 ('decenas', dev table). No claim; the Islamic State in Somalia \"podría estar detrás\" is speculation -> null. '20 años', '9.15', 'Seis minutos', '800 metros', '180 kilómetros', '52 años', 'dos avionetas' are not casualties."),
E(6, ["soldados del Ejército somalí capturaron a dos hombres"],
  "ARR", "2026-05-11", "day", "Haaway", "SO", None, None, None, "military", None, False,
  "'En la madrugada del lunes' vs Tuesday 12 May -> Monday 11 May (the small hours belong to that day). A checkpoint 'cerca de Haaway' -> Haaway. Soldiers -> 'military'. The vest and '30 kilos' belong to the arrest; 'dos hombres' are arrestees."),
E(6, ["un artefacto explosivo que el Ejército atribuyó a Al Shabab mató a tres soldados"],
  "IED", "2026-01-01", "month", "Bulo Mareer", "SO", 3, None, "exact", "al-Shabaab", None, True,
  "'En enero pasado' vs May 2026 -> January 2026, month, background. A roadside device against a convoy -> IED. The army's attribution, stated as fact -> perpetrator 'al-Shabaab', no claim (dev). 'mató a tres soldados' -> 3, exact. '60 kilómetros', '40.000 habitantes', '2014' are not casualties."),
]

# -------------------------------------------------------------- holdout25-007
ARTICLES.append(A(7, "es", "transcript", "2026-05-13T06:10:00Z",
"Radio Atlántico, Primera Hora: Somalia, el día después",
"""
LOCUTOR: Son las ocho y diez. Volvemos a Somalia, donde el balance del doble atentado suicida de ayer en Baraawe no ha dejado de crecer durante la noche. Tenemos en línea a nuestra corresponsal en Nairobi, Lucía Ferrándiz. Buenos días, Lucía.

CORRESPONSAL: Buenos días. Ayer a mediodía se hablaba de ocho muertos. Por la tarde, el hospital de Baraawe contaba ya catorce cadáveres, y esta madrugada murieron otros tres heridos, dos de ellos niños. El último balance oficial es de diecinueve muertos, sin contar a los dos atacantes, y sesenta y tres heridos, una docena en estado crítico.

LOCUTOR: ¿Se sabe ya quién está detrás?

CORRESPONSAL: Al Shabab se atribuyó el atentado anoche, en un mensaje leído en su emisora Radio Andalus. Dice haber matado a "más de cuarenta apóstatas", una cifra que el Gobierno considera propaganda, aunque no discute que el mensaje sea auténtico.

LOCUTOR: ¿Y hay detenidos?

CORRESPONSAL: Sí. La policía detuvo esta mañana, antes del amanecer, a cuatro hombres en Janaale, a unos 70 kilómetros al norte. Según una fuente de seguridad, uno de ellos alquiló la camioneta en la que viajaron los suicidas. Además, unos quince pescadores fueron interrogados ayer por la tarde y puestos en libertad.

LOCUTOR: ¿Había ocurrido algo parecido antes en Baraawe?

CORRESPONSAL: Hace cuatro años, un coche bomba mató a seis personas frente a un hotel del paseo marítimo, un ataque que Al Shabab reivindicó. Pero nunca con dos suicidas.

LOCUTOR: Lucía, ¿cómo está la ciudad esta mañana?

CORRESPONSAL: Cerrada. El mercado de pescado no abrirá en una semana y el gobernador ha prohibido las motos a partir de las 18.00 horas. Hay tres días de luto. Mucha gente me dice que tiene miedo de ir a la mezquita el viernes.

LOCUTOR: Gracias, Lucía Ferrándiz, desde Nairobi. Son las ocho y catorce minutos.
"""))
GOLD += [
E(7, ["el doble atentado suicida de ayer en Baraawe", "Al Shabab se atribuyó el atentado"],
  "SUI", "2026-05-12", "day", "Baraawe", "SO", 21, 63, "exact", "al-Shabaab", "al-Shabaab", False,
  "'de ayer' vs Wednesday 13 May -> 12 May. Revised toll inside the transcript: 'ocho muertos' -> 'catorce cadáveres' -> 'murieron otros tres heridos' -> 'diecinueve muertos, sin contar a los dos atacantes' -> 19 + 2 = 21 ('sin contar' adds them), 'sesenta y tres heridos' -> 63, exact; 'una docena en estado crítico' is a subset. 'Al Shabab se atribuyó el atentado' -> claimant and perpetrator 'al-Shabaab'; the government calls the claimant's figure (\"más de cuarenta apóstatas\", never used) propaganda, not the authorship."),
E(7, ["La policía detuvo esta mañana, antes del amanecer, a cuatro hombres en Janaale"],
  "ARR", "2026-05-13", "day", "Janaale", "SO", None, None, None, "police", None, False,
  "'esta mañana' = publication day, Wednesday 13 May. Police -> 'police'. '70 kilómetros' is a distance; 'cuatro hombres' are arrestees. The fishermen 'interrogados ... y puestos en libertad' are not arrested. 'una semana', '18.00 horas', 'tres días' are not casualties."),
E(7, ["un coche bomba mató a seis personas frente a un hotel del paseo marítimo"],
  "IED", "2022-01-01", "year", "Baraawe", "SO", 6, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'Hace cuatro años' vs 2026 -> 2022, year, background. A car bomb (no suicide driver stated) -> Remote explosive/landmine/IED. 'un ataque que Al Shabab reivindicó' -> claimant and perpetrator. 'mató a seis personas' -> 6, exact. The place is the correspondent's 'en Baraawe' of the presenter's question."),
]

# -------------------------------------------------------------- holdout25-008
ARTICLES.append(A(8, "fr", "article", "2026-05-14T10:00:00Z",
"Somalie : les shebab revendiquent l'attentat de Baraawe, l'État islamique dément",
"""
Les shebab ont revendiqué mardi soir le double attentat-suicide commis le matin même à Baraawe, port du sud de la Somalie, affirmant avoir frappé « des miliciens et des collaborateurs du gouvernement apostat ». Le groupe lié à al-Qaïda s'est attribué « plus de quarante » morts ; les autorités, sans contester l'authenticité du message, ont dénoncé une « surenchère ».

Selon le dernier bilan du ministère de la Santé, l'attentat a fait vingt-deux morts, kamikazes compris, et soixante-trois blessés. Une fillette de 9 ans, grièvement brûlée, est morte mercredi à l'hôpital De Martino de Mogadiscio.

La branche somalienne de l'État islamique, qu'un responsable régional avait désignée dès mardi comme l'auteur possible de l'attaque, a démenti toute implication dans un communiqué publié sur Telegram.

Baraawe n'avait pas connu d'attentat d'une telle ampleur depuis sa reprise par l'armée, en 2014. En 2019, des soldats avaient désamorcé une voiture piégée à l'entrée de la ville. La région du Bas-Chébéli reste pourtant l'un des fronts les plus actifs. En mars 2021, un kamikaze s'était fait exploser devant un restaurant de Kurtunwarey, tuant cinq clients. Il y a deux ans, les shebab avaient attaqué une base de l'armée à Awdheegle, tuant sept soldats, une attaque qu'ils avaient revendiquée le jour même.

« Le mouvement veut montrer qu'il peut frapper partout, même dans une ville tenue par l'armée depuis douze ans », analyse un chercheur installé à Nairobi. Selon lui, les deux kamikazes venaient d'un camp de formation situé à une cinquantaine de kilomètres à l'ouest.

Le gouvernement a promis 100 000 dollars de récompense pour toute information et annoncé l'envoi de 500 soldats supplémentaires. Les obsèques de la plupart des victimes ont eu lieu mercredi, selon la tradition musulmane.
"""))
GOLD += [
E(8, ["le double attentat-suicide commis le matin même à Baraawe", "l'attentat a fait vingt-deux morts"],
  "SUI", "2026-05-12", "day", "Baraawe", "SO", 22, 63, "exact", "al-Shabaab", "al-Shabaab", False,
  "'mardi soir ... le matin même' vs Thursday 14 May -> Tuesday 12 May. 'Les shebab ont revendiqué' -> claimant and perpetrator 'al-Shabaab'; the authorities reject the figure (« plus de quarante », never used) but not the authorship. 'vingt-deux morts, kamikazes compris' -> 22 (inside), 'soixante-trois blessés' -> 63, exact; the girl who died on Wednesday raised it. The Islamic State's denial is not a claim; the regional official's designation was speculation. '9 ans' is an age; the funerals are not coded."),
E(8, ["un kamikaze s'était fait exploser devant un restaurant de Kurtunwarey"],
  "SUI", "2021-03-01", "month", "Kurtunwarey", "SO", 5, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. No group named -> null. 'tuant cinq clients' -> 5, exact (the bomber is not counted by the text)."),
E(8, ["des soldats avaient désamorcé une voiture piégée à l'entrée de la ville"],
  "DWU", "2019-01-01", "year", "Baraawe", "SO", None, None, None, "military", None, True,
  "'En 2019' -> year, background. A car bomb defused on its own -> Disrupted weapons use; soldiers -> 'military'. 'la ville' is Baraawe (named in the previous sentence)."),
E(8, ["les shebab avaient attaqué une base de l'armée à Awdheegle"],
  "BAT", "2024-01-01", "year", "Awdheegle", "SO", 7, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. A named group attacking an army base -> Armed clash initiated by 'al-Shabaab', which claimed it ('revendiquée le jour même'). 'tuant sept soldats' -> 7, exact. 'douze ans', 'une cinquantaine de kilomètres', '100 000 dollars', '500 soldats' are not casualties."),
]

# -------------------------------------------------------------- holdout25-009
ARTICLES.append(A(9, "en", "article", "2026-05-15T08:00:00Z",
"Tear gas at Baraawe road protest as agents hold suspected bomb facilitator",
"""
BARAAWE (Shabelle Courier) - Soldiers fired tear gas and shots into the air on Thursday afternoon to clear hundreds of fishermen and traders who had blocked the coastal road out of Baraawe with burning tyres, demanding compensation for stalls destroyed in Tuesday's twin suicide bombing. Three protesters were treated for injuries, a hospital nurse said.

The bombing, which al-Shabaab claimed the same evening, killed 22 people, including the two bombers, and wounded 63. Many of the dead were young fishermen unloading the morning catch.

Agents of the National Intelligence and Security Agency (NISA) arrested a man at a guesthouse in Dhobley, near the Kenyan border, on Thursday evening. A security official described him as "the logistics man" who paid for the bombers' lodging and bought them two phones. He is 34 years old and had crossed from Kenya three weeks earlier. Dhobley itself was hit two years ago, when an al-Shabaab mortar attack on the town's airstrip wounded four soldiers.

The four men arrested in Janaale on Wednesday were flown to Mogadishu for interrogation. Around 40 people, most of them relatives of the suspects, have been questioned and released since Tuesday.

Local elders met the regional governor on Thursday night and agreed to lift the blockade in exchange for a list of victims eligible for aid. The road reopened at 6 a.m. on Friday, with about 50 lorries of bananas and charcoal waiting at the checkpoint.

The governor said 1,200 additional police would be deployed in Lower Shabelle before the end of the month and that fishing boats would be searched at sea. Fishermen say the 12-nautical-mile zone patrolled by the navy is already too small for them to earn a living.
"""))
GOLD += [
E(9, ["hundreds of fishermen and traders who had blocked the coastal road out of Baraawe"],
  "PI", "2026-05-14", "day", "Baraawe", "SO", None, 3, "exact", None, None, False,
  "'on Thursday afternoon' vs Friday 15 May -> 14 May. A road blockade with burning tyres and a demand, cleared with tear gas -> Protest with intervention (events_holdout23 convention); null actor. A road out of a town -> that town. 'Three protesters were treated for injuries' -> injured 3, exact. 'hundreds' are participants."),
E(9, ["Tuesday's twin suicide bombing", "The bombing, which al-Shabaab claimed the same evening"],
  "SUI", "2026-05-12", "day", "Baraawe", "SO", 22, 63, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Tuesday's' vs Friday 15 May -> 12 May. 'which al-Shabaab claimed' -> claimant and perpetrator. 'killed 22 people, including the two bombers, and wounded 63' -> 22 (inside), 63, exact."),
E(9, ["Agents of the National Intelligence and Security Agency (NISA) arrested a man at a guesthouse in Dhobley"],
  "ARR", "2026-05-14", "day", "Dhobley", "SO", None, None, None, "police", None, False,
  "'on Thursday evening' vs Friday 15 May -> 14 May. The suspected facilitator; an intelligence service -> 'police' (dev). 'two phones', '34 years old', 'three weeks' are not casualties."),
E(9, ["an al-Shabaab mortar attack on the town's airstrip"],
  "SHL", "2024-01-01", "year", "Dhobley", "SO", None, 4, "exact", "al-Shabaab", None, True,
  "'two years ago' vs 2026 -> 2024, year, background. A mortar attack -> Shelling/artillery/missile attack; 'an al-Shabaab mortar attack' is stated as fact -> perpetrator 'al-Shabaab', no claim. 'wounded four soldiers' -> injured 4, exact."),
E(9, ["The four men arrested in Janaale on Wednesday"],
  "ARR", "2026-05-13", "day", "Janaale", "SO", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 15 May -> 13 May. A restated arrest (the transfer to Mogadishu is its follow-up): one Arrests event at its place and day (events_holdout23). No force named; police in holdout25-007 -> 'police'. The 'Around 40 people ... questioned and released' are not arrested. '6 a.m.', 'about 50 lorries', '1,200 additional police', '12-nautical-mile' are not casualties."),
]

# -------------------------------------------------------------- holdout25-010
ARTICLES.append(A(10, "es", "article", "2026-05-18T09:30:00Z",
"Atentado de Baraawe: lo que se sabe",
"""
Seis días después del doble atentado suicida de Baraawe, en el sur de Somalia, estas son las claves de lo que se sabe y de lo que todavía no.

• Qué ocurrió. El martes 12 de mayo, hacia las 9.15, un suicida se hizo estallar en el mercado de pescado del puerto viejo. Seis minutos después, un segundo atacante se inmoló en la parada de minibuses, a unos 800 metros.

• Cuántas víctimas. Veintitrés muertos, incluidos los dos suicidas, y 63 heridos. El último fallecido, un pescador de 19 años, murió el domingo en un hospital de Mogadiscio. Una docena de heridos sigue ingresada.

• Quién fue. Al Shabab asumió la autoría la misma noche del ataque. La filial somalí del Estado Islámico, a la que un responsable regional señaló en las primeras horas, negó su participación.

• Quién está detenido. Cuatro hombres fueron arrestados el miércoles en Janaale y trasladados a Mogadiscio. Un supuesto facilitador, de 34 años, fue detenido el jueves en Dhobley por los servicios de inteligencia. El sábado, el Ejército capturó en Awdheegle a un hermano de uno de los suicidas, que según la fiscalía militar guardaba en su casa 14 detonadores.

• Quién no lo está. Una veintena de personas fueron interrogadas y quedaron en libertad sin cargos, entre ellas el dueño de la camioneta utilizada por los atacantes, que la había alquilado sin saber para qué.

• Qué falta por saber. Los investigadores buscan a un tercer hombre que habría grabado los ataques con un teléfono desde una azotea. El Gobierno ofrece 100.000 dólares por información y ha prometido indemnizar a los 40 propietarios de puestos destruidos.
"""))
GOLD += [
E(10, ["doble atentado suicida de Baraawe", "un suicida se hizo estallar en el mercado de pescado"],
  "SUI", "2026-05-12", "day", "Baraawe", "SO", 23, 63, "exact", "al-Shabaab", "al-Shabaab", False,
  "'El martes 12 de mayo' -> 12 May (6 days before Monday 18 May, current). 'Veintitrés muertos, incluidos los dos suicidas, y 63 heridos' -> 23 (inside), 63, exact; the fisherman who died on Sunday raised it; 'Una docena de heridos sigue ingresada' is a subset. 'Al Shabab asumió la autoría' -> claimant and perpetrator; the Islamic State's 'negó su participación' is a denial. '9.15', 'Seis minutos', '800 metros', '19 años' are not casualties."),
E(10, ["Cuatro hombres fueron arrestados el miércoles en Janaale"],
  "ARR", "2026-05-13", "day", "Janaale", "SO", None, None, None, "police", None, False,
  "'el miércoles' vs Monday 18 May -> 13 May. A restated arrest: one Arrests event at its place and day. No force named; police in holdout25-007 -> 'police'."),
E(10, ["fue detenido el jueves en Dhobley"],
  "ARR", "2026-05-14", "day", "Dhobley", "SO", None, None, None, "police", None, False,
  "'el jueves' vs Monday 18 May -> 14 May. The facilitator; 'los servicios de inteligencia' -> 'police' (dev). '34 años' is an age."),
E(10, ["el Ejército capturó en Awdheegle a un hermano de uno de los suicidas"],
  "ARR", "2026-05-16", "day", "Awdheegle", "SO", None, None, None, "military", None, False,
  "'El sábado' vs Monday 18 May -> 16 May. Army -> 'military'. The '14 detonadores' belong to the arrest. The 'Una veintena de personas ... interrogadas y ... en libertad sin cargos' are not arrested. '100.000 dólares', '40 propietarios' are not casualties; the man sought is not an event."),
]
