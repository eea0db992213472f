"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in Spanish: an opinion piece on the maras of Guatemala and Honduras
(holdout4-029), El Callao, Venezuela (030), hospital statistics with no
security event (031) and Aguililla, Mexico (032). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-029
ARTICLES.append(A(29, "es", "article", "2026-10-26T12:00:00Z",
"Opinión: la extorsión es la verdadera guerra de Centroamérica",
"""
Opinión. El pasado jueves, dos hombres en motocicleta mataron a un chofer de autobús de 34 años en Mixco porque su empresa había dejado de pagar la "renta". Fue el noveno conductor asesinado en Guatemala este año. Nadie se atribuyó el crimen, pero nadie lo necesita: todos saben quién cobra en esa ruta.

La historia se repite. En 2019, pandilleros de la Mara Salvatrucha incendiaron un autobús en Chinautla y murieron nueve pasajeros. En marzo de 2023, un tiroteo en un mercado de Comayagüela dejó alrededor de doce muertos. El año pasado, la policía hondureña capturó a más de 300 presuntos pandilleros en La Ceiba en una sola semana; la mayoría quedó libre en meses.

En agosto, cuando los transportistas de Tegucigalpa salieron a protestar, la policía los dispersó con gases lacrimógenos y dejó una veintena de heridos. Y hace diez días, en Amatitlán, un artefacto explosivo colocado bajo un autobús hirió a siete pasajeros, sin causar muertos.

Los gobiernos responden con estados de excepción y con cifras: 2.000 soldados aquí, 40 % menos homicidios allá. Pero la extorsión mueve, según estimaciones oficiales, más de 200 millones de dólares al año en la región, y los choferes siguen pagando entre 50 y 100 quetzales diarios.

Mientras los pasajeros no puedan subir a un autobús sin miedo, ninguna estadística podrá hablar de paz.

El autor es sociólogo e investigador en temas de seguridad.
"""))
GOLD += [
E(29, ["dos hombres en motocicleta mataron a un chofer de autobús de 34 años en Mixco", "se atribuyó el crimen"],
  "ATK", "2026-10-22", "day", "Mixco", "GT", 1, None, "exact", None, None, False,
  "'El pasado jueves' vs Monday 26 Oct -> 22 Oct. One driver killed; '34 años' is his age; 'el noveno conductor' is cumulative. 'Nadie se atribuyó' and the writer's hint name no group -> null."),
E(29, ["pandilleros de la Mara Salvatrucha incendiaron un autobús en Chinautla"],
  "ATK", "2019-01-01", "year", "Chinautla", "GT", 9, None, "exact", "MS-13", None, True,
  "'En 2019' -> year. 'la Mara Salvatrucha' -> MS-13, stated as fact."),
E(29, ["un tiroteo en un mercado de Comayagüela"],
  "ATK", "2023-03-01", "month", "Tegucigalpa", "HN", 12, None, "about", None, None, True,
  "'En marzo de 2023' -> month. Comayagüela is the twin city of Tegucigalpa in one municipality (Distrito Central) -> Tegucigalpa by the district-in-a-city rule. 'alrededor de doce' -> 12, about. A shooting at a market with no sides named -> Attack."),
E(29, ["la policía hondureña capturó a más de 300 presuntos pandilleros en La Ceiba"],
  "ARR", "2025-01-01", "year", "La Ceiba", "HN", None, None, None, "police", None, True,
  "'El año pasado' -> 2025, year. 'más de 300' are arrestees."),
E(29, ["los transportistas de Tegucigalpa salieron a protestar", "la policía los dispersó con gases lacrimógenos"],
  "PI", "2026-08-01", "month", "Tegucigalpa", "HN", None, 20, "about", None, None, True,
  "'En agosto' vs 26 Oct -> 2026-08, month, background. The transporters' protest dispersed with tear gas -> Protest with intervention. 'una veintena de heridos' -> 20, about."),
E(29, ["un artefacto explosivo colocado bajo un autobús hirió a siete pasajeros"],
  "IED", "2026-10-16", "day", "Amatitlán", "GT", 0, 7, "exact", None, None, False,
  "'hace diez días' vs 26 Oct -> 16 Oct. 'sin causar muertos' -> killed 0; seven injured. A device placed under a bus -> Remote explosive/landmine/IED. '2.000 soldados', '40 %', '200 millones de dólares', '50 y 100 quetzales' are distractors."),
]

# --------------------------------------------------------------- holdout4-030
ARTICLES.append(A(30, "es", "article", "2026-03-05T13:00:00Z",
"Operativo militar en El Callao deja unos doce muertos",
"""
CARACAS, 5 mar (Agencia) - Unos once presuntos miembros del Tren de Aragua y un sargento de la Guardia Nacional murieron el pasado martes durante un operativo de la Fuerza Armada Nacional Bolivariana (FANB) contra una banda que controla minas de oro en El Callao, en el estado Bolívar, informó el ministro de Defensa. Cuatro militares resultaron heridos.

Según el ministro, unos 600 efectivos participaron en la operación, que comenzó a las 5.00 y se extendió durante todo el día en las minas de los alrededores. Los militares detuvieron a 46 personas, entre ellas nueve mujeres, y decomisaron 22 fusiles, 2 kilos de oro y 300 millones de bolívares.

Organizaciones de derechos humanos pusieron en duda la versión oficial y señalaron que al menos tres de los muertos eran mineros sin relación con la banda.

Por otra parte, el lunes, desconocidos lanzaron un artefacto explosivo contra un puesto de la Guardia Nacional en Guasdualito, en el estado Apure, cerca de la frontera con Colombia. El ataque no dejó muertos ni heridos, pero destruyó una garita. Ningún grupo se ha atribuido la acción.

El Callao vivió una situación similar en noviembre de 2024, cuando un enfrentamiento entre bandas dejó catorce muertos. Desde entonces, según una ONG local, más de 1.500 familias han abandonado la zona.
"""))
GOLD += [
E(30, ["un operativo de la Fuerza Armada Nacional Bolivariana (FANB) contra una banda", "la operación, que comenzó a las 5.00"],
  "BAT", "2026-03-03", "day", "El Callao", "VE", 12, 4, "about", "military", None, False,
  "'el pasado martes' vs Thursday 5 March -> 3 March. The FANB's operation -> initiator military. 'Unos once' (about) + 'un sargento' = 12, about (the sum takes the vague part's qualifier). 'Cuatro militares resultaron heridos'. The rights groups dispute who the dead were, not the figure. 'unos 600 efectivos', '5.00' are distractors."),
E(30, ["Los militares detuvieron a 46 personas"],
  "ARR", "2026-03-03", "day", "El Callao", "VE", None, None, None, "military", None, False,
  "Same operation, 3 March. '46' arrestees; 'nueve mujeres', '22 fusiles', '2 kilos de oro', '300 millones de bolívares' belong to the arrest."),
E(30, ["desconocidos lanzaron un artefacto explosivo contra un puesto de la Guardia Nacional en Guasdualito", "se ha atribuido la acción"],
  "IED", "2026-03-02", "day", "Guasdualito", "VE", 0, 0, "exact", None, None, False,
  "'el lunes' -> 2 March. 'no dejó muertos ni heridos' -> 0/0. 'Ningún grupo se ha atribuido' -> null."),
E(30, ["un enfrentamiento entre bandas dejó catorce muertos"],
  "BAT", "2024-11-01", "month", "El Callao", "VE", 14, None, "exact", None, None, True,
  "'en noviembre de 2024' -> month. 'más de 1.500 familias' displaced is cumulative."),
]

# --------------------------------------------------------------- holdout4-031
ARTICLES.append(A(31, "es", "article", "2026-09-30T15:00:00Z",
"El Hospital Escuela atendió más de 41.000 emergencias en el primer semestre",
"""
TEGUCIGALPA, 30 sep (Agencia) - El Hospital Escuela de Tegucigalpa, el mayor centro público de Honduras, atendió 41.372 emergencias entre enero y junio, un 12 % más que en el mismo periodo de 2025, según un informe presentado el martes por su dirección.

Los accidentes de tránsito siguen siendo la primera causa de ingreso en urgencias, con 6.840 heridos, de los cuales 212 murieron. Las motocicletas estuvieron implicadas en siete de cada diez casos. El informe contabiliza además 1.190 pacientes con heridas de arma blanca o de fuego, una cifra similar a la del año anterior, y 3.115 casos graves de dengue, con 27 fallecidos.

"La sala de emergencias es un campo de batalla todos los días", dijo el director, el doctor Óscar Mejía, de 58 años, quien pidió contratar a 150 enfermeras más. El hospital tiene 1.100 camas y una ocupación del 118 %. Algunos pacientes esperan hasta 36 horas en camillas en los pasillos.

El sindicato de médicos, que agrupa a unos 4.000 profesionales, advirtió que el presupuesto de salud para 2027 "es un golpe mortal" para la red pública y anunció que presentará sus propuestas al Congreso Nacional la próxima semana.

El informe destaca también logros: los trasplantes de riñón pasaron de 9 a 23, y la mortalidad neonatal bajó por debajo de 8 por cada 1.000 nacidos vivos. La Secretaría de Salud prometió invertir 30 millones de lempiras en equipos de rayos X y tomógrafos antes de diciembre.
"""))

# --------------------------------------------------------------- holdout4-032
ARTICLES.append(A(32, "es", "article", "2026-07-13T18:00:00Z",
"Drones con explosivos atacan comunidades de Aguililla",
"""
MORELIA, 13 jul (Agencia) - Dos personas murieron y ocho resultaron heridas el domingo cuando drones lanzaron explosivos sobre la comunidad de El Aguaje, en el municipio de Aguililla, Michoacán, informó la Fiscalía estatal. Entre los heridos hay un niño de 7 años. La Fiscalía atribuyó el ataque al Cártel Jalisco Nueva Generación, que disputa la región a grupos locales.

Según vecinos, al menos cinco drones sobrevolaron el poblado hacia las 16.00 y dejaron caer artefactos sobre casas y la cancha de fútbol. Unas 40 familias huyeron hacia la cabecera municipal, a unos 25 kilómetros, y la escuela del pueblo, con 120 alumnos, suspendió las clases hasta nuevo aviso.

El sábado, el Ejército aseguró 80 artefactos explosivos, tres drones y dos vehículos con blindaje artesanal en un campamento abandonado cerca de Tepalcatepec, informó la Secretaría de la Defensa. No hubo detenidos.

Hoy, unos 300 habitantes de El Aguaje bloquearon con piedras y troncos la entrada del poblado para exigir la presencia permanente de la Guardia Nacional. El bloqueo seguía por la tarde, sin incidentes.

No es la primera vez. Hace dos años, una mina terrestre mató a tres soldados cerca de Coalcomán, y desde 2021 los vecinos han denunciado más de 200 ataques con drones en la zona, según una organización local.
"""))
GOLD += [
E(32, ["drones lanzaron explosivos sobre la comunidad de El Aguaje", "atribuyó el ataque al Cártel Jalisco Nueva Generación"],
  "AIR", "2026-07-12", "day", "El Aguaje", "MX", 2, 8, "exact", "Cártel Jalisco Nueva Generación", None, False,
  "'el domingo' vs Monday 13 July -> 12 July. Drones dropping explosives -> Air/drone strike. The Fiscalía states it as fact -> Cártel Jalisco Nueva Generación (canonical from events_val), no claim. El Aguaje is the village (Aguililla the municipality). '7 años', 'al menos cinco drones', '16.00', 'Unas 40 familias' are distractors."),
E(32, ["el Ejército aseguró 80 artefactos explosivos"],
  "DWU", "2026-07-11", "day", "Tepalcatepec", "MX", None, None, None, "military", None, False,
  "'El sábado' -> 11 July. Seizure on its own -> Disrupted weapons use. 'No hubo detenidos' -> no arrest."),
E(32, ["unos 300 habitantes de El Aguaje bloquearon con piedras", "El bloqueo seguía"],
  "PP", "2026-07-13", "day", "El Aguaje", "MX", None, None, None, None, None, False,
  "'Hoy' -> 13 July. A blockade at the entrance of the village -> El Aguaje. 'unos 300' are participants. 'sin incidentes' -> Peaceful protest."),
E(32, ["una mina terrestre mató a tres soldados cerca de Coalcomán"],
  "IED", "2024-01-01", "year", "Coalcomán", "MX", 3, None, "exact", None, None, True,
  "'Hace dos años' -> 2024, year. 'más de 200 ataques con drones' since 2021 is cumulative."),
]
