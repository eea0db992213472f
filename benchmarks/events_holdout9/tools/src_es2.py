"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in Spanish: protests in Dhi Qar, Iraq (holdout9-022), a wire brief
from Kordofan, Sudan, with blame and a denial (023) and a suicide car bomb
in Bakool, Somalia (024). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-022
ARTICLES.append(A(22, "es", "article", "2026-11-12T15:00:00Z",
"Dos muertos en una protesta por el agua y la luz en Nasiriya",
"""
NASIRIYA (Irak), 12 nov (Agencia) - Dos manifestantes murieron y decenas resultaron heridos el miércoles en Nasiriya, capital de la provincia de Dhi Qar, cuando cientos de personas que protestaban por los cortes de agua y electricidad lanzaron piedras y cócteles molotov contra la sede del gobierno provincial y prendieron fuego a la entrada, según fuentes médicas. Los heridos incluyen a nueve policías.

Testigos dijeron que la policía respondió con gases lacrimógenos y después con fuego real. El Ministerio del Interior informó el jueves de que 31 manifestantes fueron detenidos durante los disturbios y de que más de 300 personas serán citadas a declarar en los próximos días.

Las protestas se extienden por el sur del país. En Diwaniya, unos 400 maestros mantienen desde el domingo una sentada pacífica frente a la dirección de educación para exigir el pago de cuatro meses de salario atrasado.

No es la primera vez que la falta de servicios acaba en tragedia. Hace dos años, la policía abrió fuego contra una protesta similar en Samawa y mató a un manifestante de 19 años, recuerdan los organizadores.

Las autoridades de Dhi Qar aseguran que la temperatura superó los 45 grados este verano y que la red eléctrica solo cubre doce horas diarias de suministro. El gobierno central prometió el jueves 200 millones de dólares para nuevas plantas.
"""))
GOLD += [
E(22, ["lanzaron piedras y cócteles molotov contra la sede del gobierno provincial", "los disturbios"],
  "RIOT", "2026-11-11", "day", "Nasiriyah", "IQ", 2, 12, "exact", None, None, False,
  "'el miércoles' vs Thursday 12 November -> 11 November. Stones, Molotov cocktails and fire -> Violent demonstration (holdout8 rule). 'Dos manifestantes murieron' -> 2 (exact); 'decenas' heridos -> 12; the qualifier describes the killed figure. 'Nasiriya' -> English Nasiriyah. 'nueve policías' is a subset of the wounded. The police's live fire is part of the same episode, not a separate event."),
E(22, ["31 manifestantes fueron detenidos"],
  "ARR", "2026-11-11", "day", "Nasiriyah", "IQ", None, None, None, "police", None, False,
  "Detained 'durante los disturbios' -> 11 November (the announcement on Thursday names the day). Protesters' arrests reported on their own -> separate Arrests event; the interior ministry -> police. 'más de 300 personas serán citadas' are summoned (and in the future), not arrested."),
E(22, ["unos 400 maestros mantienen desde el domingo una sentada pacífica"],
  "PP", "2026-11-08", "day", "Diwaniyah", "IQ", None, None, None, None, None, False,
  "An ongoing sit-in 'desde el domingo' -> dated at its start, Sunday 8 November. 'Diwaniya' -> Diwaniyah. 'unos 400' are participants; 'cuatro meses' is a span."),
E(22, ["la policía abrió fuego contra una protesta similar en Samawa"],
  "PI", "2024-01-01", "year", "Samawah", "IQ", 1, None, "exact", None, None, True,
  "'Hace dos años' vs 2026 -> 2024, year. Police firing on a protest -> Protest with intervention with killed 1 (see Known ambiguities). 'Samawa' -> Samawah. '19 años' is an age."),
]

# --------------------------------------------------------------- holdout9-023
ARTICLES.append(A(23, "es", "article", "2026-11-18T09:00:00Z",
"Al menos 31 civiles muertos en un ataque contra Um Ruwaba",
"""
PUERTO SUDÁN, 18 nov (Agencia) - Al menos treinta y un civiles murieron el domingo en un ataque contra la ciudad de Um Ruwaba, en el estado de Kordofán del Norte, según el Ministerio de Salud sudanés, que acusó de la matanza a las Fuerzas de Apoyo Rápido (FSR).

Las FSR negaron en un comunicado cualquier implicación, atribuyeron las muertes a «milicias aliadas del ejército» y pidieron una investigación internacional. Según vecinos citados por medios locales, los atacantes llegaron en unas 40 camionetas, saquearon el mercado central y dispararon contra quienes intentaban huir.

Más de 5.000 personas han abandonado la ciudad desde el domingo, según la Organización Internacional para las Migraciones, y la carretera hacia El Obeid, a unos 140 kilómetros al oeste, está cortada. Un médico del hospital local dijo que entre los muertos hay siete mujeres y un niño de tres años.

La guerra entre el ejército y las FSR, que comenzó en abril de 2023, ha desplazado a millones de personas.
"""))
GOLD += [
E(23, ["un ataque contra la ciudad de Um Ruwaba", "la matanza"],
  "ATK", "2026-11-15", "day", "Um Ruwaba", "SD", 31, None, "at_least", None, None, False,
  "'el domingo' vs Wednesday 18 November -> 15 November. 'Al menos treinta y un' -> 31, at_least. The ministry blames the RSF and the RSF denies -> perpetrator null (blame plus denial). 'unas 40 camionetas', '5.000 personas', '140 kilómetros', 'siete mujeres y un niño de tres años' (subset) are distractors; the war since April 2023 is a generic reference."),
]

# --------------------------------------------------------------- holdout9-024
ARTICLES.append(A(24, "es", "article", "2026-09-24T10:00:00Z",
"Al Shabab reivindica un atentado suicida contra una base militar en Wajid",
"""
MOGADISCIO, 24 sep (Agencia) - Un terrorista suicida estrelló el martes un vehículo cargado de explosivos contra la entrada de una base del ejército somalí en Wajid, en la región de Bakool, y mató a once soldados, informó un oficial. Con el atacante, el número de muertos asciende a doce. Más de veinte militares resultaron heridos, varios de ellos de gravedad.

El grupo yihadista Al Shabab se atribuyó el atentado en su emisora de radio y afirmó haber causado «decenas de bajas» entre los soldados.

Al día siguiente, el miércoles, fuerzas especiales Danab del ejército lanzaron una operación en las afueras de Qansax Dheere y mataron a ocho milicianos de Al Shabab, según el Ministerio de Defensa. Un soldado resultó herido.

La policía detuvo el miércoles en Wajid a dos hombres sospechosos de haber guardado el vehículo en un garaje de la ciudad durante una semana.

La base de Wajid ya fue atacada hace cinco años, cuando proyectiles de mortero disparados contra el aeródromo hirieron a cuatro soldados. El ejército, que cuenta con unos 1.200 efectivos en la región, dice haber desactivado 35 artefactos explosivos en Bakool desde enero.
"""))
GOLD += [
E(24, ["Un terrorista suicida estrelló el martes un vehículo cargado de explosivos", "se atribuyó el atentado"],
  "SUI", "2026-09-22", "day", "Wajid", "SO", 12, 20, "exact", "al-Shabaab", "al-Shabaab", False,
  "'el martes' vs Thursday 24 September -> 22 September. A suicide vehicle bomb -> Suicide bomb. 'once soldados' + the bomber: 'Con el atacante, el número de muertos asciende a doce' -> 12 (the text counts him). 'Más de veinte' heridos -> 20; the qualifier describes the killed figure -> exact. Claimed by Al Shabab -> al-Shabaab; 'decenas de bajas' is a claimant's toll."),
E(24, ["fuerzas especiales Danab del ejército lanzaron una operación en las afueras de Qansax Dheere"],
  "BAT", "2026-09-23", "day", "Qansax Dheere", "SO", 8, 1, "exact", "military", None, False,
  "'Al día siguiente, el miércoles' -> 23 September. Danab special forces of the army -> military, the initiator; the ministry's own figure (eight militants) is the only one; 'Un soldado resultó herido' -> injured 1."),
E(24, ["La policía detuvo el miércoles en Wajid a dos hombres"],
  "ARR", "2026-09-23", "day", "Wajid", "SO", None, None, None, "police", None, False,
  "'el miércoles' -> 23 September. 'una semana' is a span."),
E(24, ["proyectiles de mortero disparados contra el aeródromo hirieron a cuatro soldados"],
  "SHL", "2021-01-01", "year", "Wajid", "SO", None, 4, "exact", None, None, True,
  "'hace cinco años' vs 2026 -> 2021, year. Mortars -> Shelling; 4 injured, no killed figure. No actor named. 'unos 1.200 efectivos' and '35 artefactos explosivos ... desde enero' (cumulative) are distractors."),
]
