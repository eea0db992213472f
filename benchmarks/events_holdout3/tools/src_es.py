"""Authoring source of benchmarks/events_holdout3 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Briceño, Colombia chain (holdout3-025 wire, 026 radio, 029
opinion), the follow-up of the Celaya, Mexico shooting (027), the Spanish
roundup (028), Esmeraldas, Ecuador (030), Pataz, Peru (031) and a history
book review with no security event (032). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout3")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout3-025
ARTICLES.append(A(25, "es", "article", "2026-01-22T11:00:00Z",
"Al menos veintitrés muertos en combates entre disidencias y el Clan del Golfo en Antioquia",
"""
MEDELLÍN, 22 de enero (Agencia) - Al menos veintitrés personas han muerto desde el lunes en los combates entre disidencias de las FARC y el Clan del Golfo en la zona rural de Briceño, en el norte de Antioquia, informó este jueves la Gobernación. Más de 1.200 campesinos se han desplazado hacia el casco urbano.

Según el secretario de Gobierno departamental, entre los muertos hay al menos cinco civiles, entre ellos un joven de 17 años que volvía de la escuela. Ninguno de los dos grupos ha reconocido la ofensiva, y las autoridades no han precisado quién atacó primero.

El martes, un dron cargado con explosivos cayó sobre la estación de policía de Ituango, a unos 40 kilómetros, e hirió a cuatro uniformados. La Policía atribuyó el ataque al frente 36 de las disidencias.

El miércoles, soldados del Ejército desactivaron 14 minas antipersonal sembradas en un camino veredal de Anorí. No hubo víctimas.

Ayer, la Fiscalía capturó en Yarumal a tres presuntos integrantes del Clan del Golfo, a quienes se les incautaron dos fusiles y 300 cartuchos. Los detenidos tienen entre 22 y 35 años.

La zona ya ha sufrido ataques similares. En marzo de 2024, un artefacto explosivo activado al paso de una patrulla dejó cinco soldados muertos en Briceño.

El gobernador pidió al Gobierno nacional el envío de 800 soldados más y anunció una recompensa de 200 millones de pesos por información sobre los cabecillas.
"""))
GOLD += [
E(25, ["los combates entre disidencias de las FARC y el Clan del Golfo", "la ofensiva"],
  "BAT", "2026-01-19", "day", "Briceño", "CO", 23, None, "at_least", None, None, False,
  "'desde el lunes' vs Thursday 22 Jan -> multi-day fighting dated at its start, 19 Jan. 'Al menos veintitrés' -> 23, at_least; 'al menos cinco civiles' is a subset, '17 años' an age. Neither group acknowledged, no initiator stated -> null. 'Más de 1.200 campesinos' displaced are not casualties."),
E(25, ["un dron cargado con explosivos cayó sobre la estación de policía de Ituango", "el ataque al frente 36"],
  "AIR", "2026-01-20", "day", "Ituango", "CO", None, 4, "exact", "FARC dissidents", None, False,
  "'El martes' -> 20 Jan. Non-state drone -> Air/drone strike. Police attribution to the 36th front of the dissidents stated as fact -> 'FARC dissidents'. '40 kilómetros' is a distance."),
E(25, ["soldados del Ejército desactivaron 14 minas antipersonal"],
  "DWU", "2026-01-21", "day", "Anorí", "CO", 0, 0, "exact", "military", None, False,
  "'El miércoles' -> 21 Jan. '14 minas' is a device count. 'No hubo víctimas' -> explicit 0/0 (events_val)."),
E(25, ["la Fiscalía capturó en Yarumal a tres presuntos integrantes del Clan del Golfo"],
  "ARR", "2026-01-21", "day", "Yarumal", "CO", None, None, None, "police", None, False,
  "'Ayer' -> 21 Jan. Fiscalía -> 'police'. Rifles and '300 cartuchos' belong to the arrest; 'entre 22 y 35 años' are ages."),
E(25, ["un artefacto explosivo activado al paso de una patrulla dejó cinco soldados muertos"],
  "IED", "2024-03-01", "month", "Briceño", "CO", 5, None, "exact", None, None, True,
  "'En marzo de 2024' -> month. '800 soldados más' and '200 millones de pesos' are distractors."),
]

# --------------------------------------------------------------- holdout3-026
ARTICLES.append(A(26, "es", "transcript", "2026-01-24T12:30:00Z",
"La Mañana de Radio Andina, sábado 24 de enero (transcripción)",
"""
LOCUTORA: Buenos días, son las siete y media. Empezamos en el norte de Antioquia, donde los combates que empezaron el lunes en Briceño siguen dejando víctimas. Nos acompaña desde Yarumal nuestro corresponsal, Julián Restrepo. Julián, ¿cuál es el balance?

JULIÁN RESTREPO: Buenos días. Pues, eh, la Defensoría del Pueblo dice que el número de muertos subió a treinta y uno, y hay decenas de heridos que fueron trasladados a Medellín. La cifra anterior, la del jueves, era de veintitrés.

LOCUTORA: ¿Y hay capturas?

JULIÁN RESTREPO: Sí. El jueves el Ejército capturó a cinco presuntos disidentes en una vereda de Briceño, con granadas y, eh, unos 200 cartuchos. Y anoche, en Ituango, hombres armados se llevaron a dos funcionarios de la alcaldía que regresaban de una reunión. No se sabe nada de ellos.

LOCUTORA: ¿Cómo está la gente?

JULIÁN RESTREPO: Con miedo, pero también con rabia. Ayer, centenares de personas marcharon aquí en Yarumal con pañuelos blancos para pedir un corredor humanitario. Fue una marcha pacífica, sin ningún incidente. Hay más de 1.500 desplazados en el coliseo y en dos escuelas.

LOCUTORA: Julián Restrepo, gracias. Recordamos a los oyentes que la línea de la Defensoría es el 01 8000 112 233. Seguimos con el deporte.
"""))
GOLD += [
E(26, ["los combates que empezaron el lunes en Briceño"],
  "BAT", "2026-01-19", "day", "Briceño", "CO", 31, 12, "exact", None, None, False,
  "Follow-up of holdout3-025. 'el lunes' vs Saturday 24 Jan -> 19 Jan, the start of the fighting. 'subió a treinta y uno' supersedes 'veintitrés' -> 31 exact; 'decenas de heridos' -> 12 (the qualifier describes killed). No initiator -> null."),
E(26, ["el Ejército capturó a cinco presuntos disidentes en una vereda de Briceño"],
  "ARR", "2026-01-22", "day", "Briceño", "CO", None, None, None, "military", None, False,
  "'El jueves' -> 22 Jan. The army -> 'military'. Grenades and 'unos 200 cartuchos' belong to the arrest. The presenter's cue '¿Y hay capturas?' is a question and not kept."),
E(26, ["hombres armados se llevaron a dos funcionarios de la alcaldía"],
  "ABD", "2026-01-23", "day", "Ituango", "CO", None, None, None, None, None, False,
  "'anoche' -> 23 Jan. Unnamed armed men -> null."),
E(26, ["centenares de personas marcharon aquí en Yarumal", "Fue una marcha pacífica"],
  "PP", "2026-01-23", "day", "Yarumal", "CO", None, None, None, None, None, False,
  "'Ayer' -> 23 Jan. 'centenares' are participants; 'más de 1.500 desplazados' displaced; the phone line is a distractor."),
]

# --------------------------------------------------------------- holdout3-027
ARTICLES.append(A(27, "es", "article", "2026-05-13T16:00:00Z",
"Sube a catorce la cifra de muertos por el ataque a un bar en Celaya",
"""
CELAYA, Guanajuato, 13 de mayo (Agencia) - La Fiscalía de Guanajuato elevó a catorce la cifra de muertos del ataque armado del sábado contra un bar de Celaya, después de que tres heridos murieran en el hospital. Otras dos personas siguen internadas.

El fiscal informó que el lunes agentes ministeriales detuvieron en Irapuato a cuatro presuntos responsables, de entre 19 y 27 años, y les aseguraron tres fusiles y una camioneta. Según la Fiscalía, los detenidos pertenecen al Cártel de Santa Rosa de Lima, que en mantas colgadas en varios puentes de la ciudad negó cualquier participación y culpó a un grupo rival.

En Guerrero, drones cargados con explosivos atacaron el domingo una comunidad del municipio de Chilapa, dejando dos muertos y cerca de diez heridos, según autoridades comunitarias. Decenas de familias huyeron hacia la cabecera municipal.

El lunes, enfrentamientos entre grupos criminales en Frontera Comalapa, Chiapas, dejaron entre 12 y 15 muertos, informó la Secretaría de Seguridad estatal, que desplegó 600 elementos en la zona.

Celaya, una ciudad de medio millón de habitantes, ha vivido otros ataques de este tipo. En noviembre de 2024, un coche bomba estalló frente a una comandancia de policía e hirió a tres agentes.

El gobernador anunció que la recompensa por información sobre los autores intelectuales del ataque al bar sube a un millón de pesos.
"""))
GOLD += [
E(27, ["ataque armado del sábado contra un bar de Celaya", "ataque al bar"],
  "ATK", "2026-05-09", "day", "Celaya", "MX", 14, 2, "exact", None, None, False,
  "Follow-up of holdout3-005. 'del sábado' vs Wednesday 13 May -> 9 May. 'elevó a catorce' -> 14 exact; 'Otras dos personas siguen internadas' -> injured 2 (no wounded total in this document). The Fiscalía ties the suspects to the Santa Rosa de Lima cartel, which denies and blames a rival -> blame plus denial, null. 'un millón de pesos', 'medio millón de habitantes' are distractors."),
E(27, ["agentes ministeriales detuvieron en Irapuato a cuatro presuntos responsables"],
  "ARR", "2026-05-11", "day", "Irapuato", "MX", None, None, None, "police", None, False,
  "'el lunes' -> 11 May. State prosecutor's agents -> 'police'. 'de entre 19 y 27 años' are ages; rifles and the truck belong to the arrest."),
E(27, ["drones cargados con explosivos atacaron el domingo una comunidad del municipio de Chilapa"],
  "AIR", "2026-05-10", "day", "Chilapa", "MX", 2, 10, "exact", None, None, False,
  "'el domingo' -> 10 May. Non-state drones -> Air/drone strike. 'cerca de diez heridos' -> 10 (the qualifier describes the exact killed figure). 'Decenas de familias' displaced are not casualties. Municipality named, community unnamed -> Chilapa."),
E(27, ["enfrentamientos entre grupos criminales en Frontera Comalapa"],
  "BAT", "2026-05-11", "day", "Frontera Comalapa", "MX", 12, None, "at_least", None, None, False,
  "'El lunes' -> 11 May. Range 'entre 12 y 15' -> 12, at_least. '600 elementos' is a deployment."),
E(27, ["un coche bomba estalló frente a una comandancia de policía"],
  "IED", "2024-11-01", "month", "Celaya", "MX", None, 3, "exact", None, None, True,
  "'En noviembre de 2024' -> month. A car bomb with no suicide driver -> Remote explosive."),
]

# --------------------------------------------------------------- holdout3-028
ARTICLES.append(A(28, "es", "article", "2026-09-21T09:00:00Z",
"Resumen de seguridad del lunes 21 de septiembre",
"""
Los hechos de violencia más relevantes del fin de semana en la región, en breve.

ECUADOR - El domingo, un motín en la cárcel de Esmeraldas dejó al menos 9 reos muertos y 14 heridos, según el servicio penitenciario. Más de 300 policías y militares retomaron el control del pabellón tras seis horas.

PERÚ - En Trujillo, un artefacto explosivo destruyó el sábado la fachada de una empresa de transportes que, según la Policía, se negaba a pagar extorsiones. No hubo víctimas. Es el tercer atentado de este tipo en la ciudad en lo que va del mes.

MÉXICO - En Fresnillo, Zacatecas, hombres armados asesinaron el sábado por la noche a cinco integrantes de una familia, entre ellos dos niños de 6 y 9 años, dentro de su casa.

COLOMBIA - El viernes, la Fuerza Aérea bombardeó un campamento de disidencias de las FARC en zona rural de Barbacoas, Nariño. El Ministerio de Defensa habló de más de una docena de muertos.

ECUADOR - El domingo, la Policía capturó en San Lorenzo a 11 presuntos miembros de Los Lobos y les incautó tres fusiles y 40 kilos de explosivos.

PERÚ - El viernes, la Policía desalojó con gases lacrimógenos a centenares de comuneros que bloqueaban la carretera de Huanta a Ayacucho. Seis manifestantes y dos agentes resultaron heridos.

Mañana: la sesión del Consejo de Seguridad sobre Haití.
"""))
GOLD += [
E(28, ["un motín en la cárcel de Esmeraldas"],
  "RIOT", "2026-09-20", "day", "Esmeraldas", "EC", 9, 14, "at_least", None, None, False,
  "'El domingo' vs Monday 21 Sept -> 20 Sept. A prison riot -> Violent demonstration (events_test). 'al menos 9' -> 9, at_least. 'Más de 300 policías y militares', 'seis horas' are distractors."),
E(28, ["un artefacto explosivo destruyó el sábado la fachada de una empresa de transportes"],
  "IED", "2026-09-19", "day", "Trujillo", "PE", 0, 0, "exact", None, None, False,
  "'el sábado' -> 19 Sept. 'No hubo víctimas' -> explicit 0/0. 'el tercer atentado de este tipo ... en lo que va del mes' is a generic reference."),
E(28, ["hombres armados asesinaron el sábado por la noche a cinco integrantes de una familia"],
  "ATK", "2026-09-19", "day", "Fresnillo", "MX", 5, None, "exact", None, None, False,
  "'el sábado por la noche' -> 19 Sept. 'dos niños de 6 y 9 años' is a subset with ages."),
E(28, ["la Fuerza Aérea bombardeó un campamento de disidencias de las FARC"],
  "AIR", "2026-09-18", "day", "Barbacoas", "CO", 12, None, "more_than", "military", None, False,
  "'El viernes' -> 18 Sept. 'más de una docena' -> 12, more_than (the 'more than' row applied to 'a dozen'). The acting force's own figure, the only one."),
E(28, ["la Policía capturó en San Lorenzo a 11 presuntos miembros de Los Lobos"],
  "ARR", "2026-09-20", "day", "San Lorenzo", "EC", None, None, None, "police", None, False,
  "'El domingo' -> 20 Sept. '11' arrestees; rifles and '40 kilos' belong to the arrest."),
E(28, ["la Policía desalojó con gases lacrimógenos a centenares de comuneros"],
  "PI", "2026-09-18", "day", "Huanta", "PE", None, 8, "exact", None, None, False,
  "'El viernes' -> 18 Sept. A road blockade cleared with tear gas -> Protest with intervention. 'Seis manifestantes y dos agentes' -> 8 injured. A road between two places -> first-named, Huanta. 'centenares' are participants."),
]

# --------------------------------------------------------------- holdout3-029
ARTICLES.append(A(29, "es", "article", "2026-02-10T08:00:00Z",
"Opinión: el norte de Antioquia no necesita otro consejo de seguridad",
"""
En enero, más de treinta personas murieron en los combates de Briceño, y la respuesta fue la de siempre: un consejo de seguridad, una recompensa y 800 soldados más. Quienes vivimos en el norte de Antioquia hemos visto esta película demasiadas veces.

La memoria es corta, así que conviene repasarla. En 2017, una mina antipersonal mató a dos niños que iban a la escuela en una vereda de Anorí. En mayo de 2019, hombres armados asesinaron a tres líderes sociales en Ituango en una sola semana. En 2021, el Ejército bombardeó un campamento de disidencias en Barbacoas, en Nariño, y murieron diez personas, entre ellas dos menores reclutados. Hace tres años, centenares de campesinos de Briceño se tomaron pacíficamente el parque principal durante once días para exigir la sustitución de los cultivos de coca.

Nada de eso cambió lo esencial. El pasado 2 de febrero, un dron de las disidencias mató a un soldado de 20 años en Ituango, y el lunes una granada lanzada contra una tienda de Yarumal hirió a cerca de diez personas.

Las cifras generales son conocidas: decenas de miles de desplazados en una década, más de 400 líderes sociales asesinados en el departamento desde 2016, centenares de minas sin retirar.

Lo que falta no es diagnóstico sino Estado: jueces, carreteras, compra de cosechas. Mientras un campesino gane más sembrando coca que cacao, los grupos armados tendrán reclutas.

La autora es investigadora de la Universidad de Antioquia.
"""))
GOLD += [
E(29, ["más de treinta personas murieron en los combates de Briceño"],
  "BAT", "2026-01-01", "month", "Briceño", "CO", 30, None, "more_than", None, None, True,
  "'En enero' in a 10 Feb story -> 2026-01, month; 40 days from 1 Jan -> background under the rule, although the fighting began on 19 Jan (each document stands alone for dates). 'más de treinta' -> 30, more_than. '800 soldados' is a deployment."),
E(29, ["una mina antipersonal mató a dos niños"],
  "IED", "2017-01-01", "year", "Anorí", "CO", 2, None, "exact", None, None, True,
  "'En 2017' -> year."),
E(29, ["hombres armados asesinaron a tres líderes sociales en Ituango"],
  "ATK", "2019-05-01", "month", "Ituango", "CO", 3, None, "exact", None, None, True,
  "'En mayo de 2019' -> month. Three killings in one week coded as one reported episode."),
E(29, ["el Ejército bombardeó un campamento de disidencias en Barbacoas"],
  "AIR", "2021-01-01", "year", "Barbacoas", "CO", 10, None, "exact", "military", None, True,
  "'En 2021' -> year. 'dos menores' is a subset."),
E(29, ["centenares de campesinos de Briceño se tomaron pacíficamente el parque principal"],
  "PP", "2023-01-01", "year", "Briceño", "CO", None, None, None, None, None, True,
  "'Hace tres años' vs 2026 -> 2023, year. A multi-day sit-in -> one event dated at its start. 'centenares' participants, 'once días' a duration."),
E(29, ["un dron de las disidencias mató a un soldado de 20 años en Ituango"],
  "AIR", "2026-02-02", "day", "Ituango", "CO", 1, None, "exact", "FARC dissidents", None, False,
  "'El pasado 2 de febrero' -> 8 days -> current. 'las disidencias' (of the FARC, named earlier) stated as fact -> 'FARC dissidents'. '20 años' is an age."),
E(29, ["una granada lanzada contra una tienda de Yarumal"],
  "GRN", "2026-02-09", "day", "Yarumal", "CO", None, 10, "about", None, None, False,
  "'el lunes' vs Tuesday 10 Feb -> 9 Feb. 'cerca de diez' -> 10, about. 'más de 400 líderes sociales asesinados ... desde 2016' is a cumulative statistic."),
]

# --------------------------------------------------------------- holdout3-030
ARTICLES.append(A(30, "es", "article", "2026-08-28T14:00:00Z",
"Coche bomba frente a la Fiscalía de Esmeraldas deja un muerto y 17 heridos",
"""
ESMERALDAS, 28 de agosto (Agencia) - Un coche bomba estalló la noche del miércoles frente al edificio de la Fiscalía en Esmeraldas, en el norte de Ecuador, y mató a un guardia de seguridad de 45 años, informó la Policía Nacional. La cifra de heridos, que en un primer momento fue de nueve, subió a 17, entre ellos tres niños.

La Policía atribuyó el atentado a la banda Los Lobos, que según los investigadores busca frenar los procesos contra sus cabecillas. El vehículo, robado en Quinindé, llevaba unos 30 kilos de explosivos.

El jueves, una patrulla militar fue atacada a tiros cuando recorría un barrio de San Lorenzo. En el enfrentamiento murieron cuatro presuntos delincuentes y un soldado resultó herido, según el Comando Conjunto.

Ayer, agentes de la Policía detuvieron en Quinindé a siete sospechosos y decomisaron 2.000 dólares en efectivo y dos motocicletas.

El martes, sicarios dispararon contra un bus interprovincial en Babahoyo y dejaron tres pasajeros heridos.

El presidente decretó el estado de excepción en la provincia por 60 días y anunció el despliegue de 2.000 militares. Hace dos años, otro coche bomba estalló frente a la cárcel de Esmeraldas sin dejar víctimas.
"""))
GOLD += [
E(30, ["Un coche bomba estalló la noche del miércoles frente al edificio de la Fiscalía", "el atentado"],
  "IED", "2026-08-26", "day", "Esmeraldas", "EC", 1, 17, "exact", "Los Lobos", None, False,
  "'la noche del miércoles' vs Friday 28 Aug -> 26 Aug. One guard killed -> 1; '45 años' is his age. Injured 'subió a 17' from 'nueve' -> 17; 'tres niños' a subset. Police attribution stated as fact, no denial -> 'Los Lobos' (events_test name). '30 kilos' is a weight."),
E(30, ["una patrulla militar fue atacada a tiros", "el enfrentamiento"],
  "BAT", "2026-08-27", "day", "San Lorenzo", "EC", 4, 1, "exact", None, None, False,
  "'El jueves' -> 27 Aug. Attacked by unnamed gunmen -> null. 'cuatro presuntos delincuentes' killed, one soldier wounded."),
E(30, ["agentes de la Policía detuvieron en Quinindé a siete sospechosos"],
  "ARR", "2026-08-27", "day", "Quinindé", "EC", None, None, None, "police", None, False,
  "'Ayer' -> 27 Aug. '2.000 dólares' and motorcycles belong to the arrest."),
E(30, ["sicarios dispararon contra un bus interprovincial en Babahoyo"],
  "ATK", "2026-08-25", "day", "Babahoyo", "EC", None, 3, "exact", None, None, False,
  "'El martes' -> 25 Aug. Unnamed 'sicarios' -> null."),
E(30, ["otro coche bomba estalló frente a la cárcel de Esmeraldas sin dejar víctimas"],
  "IED", "2024-01-01", "year", "Esmeraldas", "EC", 0, 0, "exact", None, None, True,
  "'Hace dos años' vs 2026 -> 2024, year. 'sin dejar víctimas' -> explicit 0/0. '60 días' and '2.000 militares' are distractors."),
]

# --------------------------------------------------------------- holdout3-031
ARTICLES.append(A(31, "es", "article", "2026-07-02T15:00:00Z",
"Pataz: al menos siete muertos en un enfrentamiento dentro de un socavón",
"""
TRUJILLO, 2 de julio (Agencia) - Al menos siete personas murieron el martes en un enfrentamiento a balazos y con explosivos entre mineros informales y una banda armada dentro de un socavón cercano a Retamas, en la provincia de Pataz, en La Libertad, informó la Policía. Inicialmente se había informado de cuatro fallecidos. Otros cinco mineros resultaron heridos.

Según la Policía, la banda intentaba apoderarse del socavón, que produce unos 2 kilos de oro al mes. Los cuerpos fueron sacados a 300 metros de profundidad.

El domingo, hombres armados secuestraron en Tayabamba a un ingeniero de minas de 41 años. Sus captores exigen 500.000 soles.

Ayer, la Policía capturó en Trujillo a cuatro presuntos integrantes de la banda, con 80 cartuchos de dinamita y una pistola.

En Trujillo, el lunes, un explosivo lanzado contra una vivienda del distrito de El Porvenir dejó dos heridos. La dueña, de 63 años, había denunciado extorsiones.

Ayer, cientos de mineros artesanales marcharon por las calles de Tayabamba para pedir más presencia policial. La marcha terminó sin incidentes.

En junio de 2025, una emboscada contra una camioneta de una empresa minera cerca de Parcoy dejó cinco muertos. Desde entonces, cerca de 1.500 policías y militares fueron enviados a la provincia.
"""))
GOLD += [
E(31, ["un enfrentamiento a balazos y con explosivos entre mineros informales y una banda armada"],
  "BAT", "2026-06-30", "day", "Retamas", "PE", 7, 5, "at_least", None, None, False,
  "'el martes' vs Thursday 2 July -> 30 June. 'Al menos siete' supersedes 'cuatro' -> 7, at_least; five wounded. An armed gang against armed miners, initiator not stated as fact ('intentaba apoderarse' is a motive) -> null. '2 kilos de oro', '300 metros' are distractors."),
E(31, ["hombres armados secuestraron en Tayabamba a un ingeniero de minas"],
  "ABD", "2026-06-28", "day", "Tayabamba", "PE", None, None, None, None, None, False,
  "'El domingo' -> 28 June. '41 años' is an age, '500.000 soles' a ransom."),
E(31, ["la Policía capturó en Trujillo a cuatro presuntos integrantes de la banda"],
  "ARR", "2026-07-01", "day", "Trujillo", "PE", None, None, None, "police", None, False,
  "'Ayer' -> 1 July. '80 cartuchos de dinamita' belong to the arrest."),
E(31, ["un explosivo lanzado contra una vivienda del distrito de El Porvenir"],
  "IED", "2026-06-29", "day", "Trujillo", "PE", None, 2, "exact", None, None, False,
  "'el lunes' -> 29 June. El Porvenir is a district of the Trujillo metropolitan area -> Trujillo (district-in-city rule). A thrown explosive of unstated kind -> Remote explosive. '63 años' is an age."),
E(31, ["cientos de mineros artesanales marcharon por las calles de Tayabamba", "La marcha"],
  "PP", "2026-07-01", "day", "Tayabamba", "PE", None, None, None, None, None, False,
  "'Ayer' -> 1 July. Ended without incident -> Peaceful protest. 'cientos' are participants."),
E(31, ["una emboscada contra una camioneta de una empresa minera cerca de Parcoy"],
  "ATK", "2025-06-01", "month", "Parcoy", "PE", 5, None, "exact", None, None, True,
  "'En junio de 2025' -> month. An ambush of a company's civilian vehicle -> Attack. 'cerca de 1.500 policías y militares' is a deployment."),
]

# --------------------------------------------------------------- holdout3-032
ARTICLES.append(A(32, "es", "article", "2026-11-08T10:00:00Z",
"«La guerra larga»: un retrato sin concesiones de la Guerra de los Mil Días",
"""
Pocas guerras colombianas han sido tan contadas y tan mal entendidas como la de los Mil Días, que entre 1899 y 1902 enfrentó a liberales y conservadores. En «La guerra larga» (Editorial Cordillera, 512 páginas, 89.000 pesos), la historiadora Beatriz Ossa, de 54 años, la cuenta desde abajo: desde los reclutas, las viudas y los pueblos saqueados.

El capítulo central, dedicado a la batalla de Palonegro de mayo de 1900, es el más logrado. Ossa reconstruye quince días de combates con cartas de soldados y registros parroquiales y sostiene que murieron unos 2.500 hombres, una cifra menor que la tradicional. Sus páginas sobre los fusilamientos de prisioneros y el bombardeo de un puerto del río Magdalena son difíciles de olvidar.

La autora no esquiva las cifras incómodas: entre 60.000 y 100.000 muertos, según las estimaciones, en un país de cuatro millones de habitantes. Tampoco esquiva la masacre de un pueblo de Santander por tropas de su propio bando, que la historia oficial olvidó.

Si algo se le puede reprochar es un exceso de notas: más de 1.400. El último capítulo, sobre el secuestro de la memoria por los dos partidos y la firma de la paz en un barco de guerra, llega demasiado rápido.

Aun así, es un libro que dinamita muchos mitos. La primera edición, de 3.000 ejemplares, se agotó en dos semanas. Ossa presentará el libro el jueves en la Feria del Libro de Medellín, donde dará una charla a las 6 de la tarde.
"""))
