"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in Spanish: a suicide bombing at a funeral in Tal Afar, Iraq
(holdout9-019), the Spanish round-up (020) and an attack in Niassa,
Mozambique (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-019
ARTICLES.append(A(19, "es", "article", "2026-09-03T13:00:00Z",
"Al menos veintitrés muertos en un atentado suicida contra un funeral en Tal Afar",
"""
BAGDAD, 3 sep (Agencia) - Al menos veintitrés personas murieron y más de cuarenta resultaron heridas el martes cuando un atacante suicida detonó su cinturón de explosivos en un funeral en Tal Afar, en la provincia iraquí de Nínive, informaron fuentes médicas y de seguridad.

El atacante, que según testigos vestía ropa de luto, se mezcló hacia las 17.30 con los cerca de 300 asistentes a la ceremonia, celebrada en una carpa frente a la casa de un jeque de 70 años fallecido días antes. Entre los muertos hay cuatro menores.

Ningún grupo se ha atribuido el atentado, aunque un portavoz del Mando de Operaciones Conjuntas dijo que el ataque lleva presuntamente la firma del Estado Islámico. El miércoles, la policía detuvo a seis sospechosos en un barrio del oeste de Tal Afar y requisó dos vehículos.

Ese mismo día, cientos de vecinos marcharon en silencio por el centro de la ciudad para exigir más seguridad, sin que se registraran incidentes.

La zona no había sufrido un ataque de esta magnitud en años. El 02/11/2024, un coche bomba estacionado frente a un mercado de Al Qayyara, al sur de Mosul, mató a cinco personas. Más de cien familias desplazadas viven todavía en campamentos en los alrededores de Tal Afar.
"""))
GOLD += [
E(19, ["un atacante suicida detonó su cinturón de explosivos en un funeral en Tal Afar", "se ha atribuido el atentado", "el ataque lleva presuntamente la firma"],
  "SUI", "2026-09-01", "day", "Tal Afar", "IQ", 23, 40, "at_least", None, None, False,
  "'el martes' vs Thursday 3 September -> 1 September. 'Al menos veintitrés' -> 23, at_least; 'más de cuarenta' heridos -> 40. 'Ningún grupo se ha atribuido' -> no claim; 'presuntamente la firma del Estado Islámico' is speculation -> null. '17.30', 'cerca de 300 asistentes', '70 años', 'cuatro menores' (subset) are distractors; the bomber is not counted (the text does not count him)."),
E(19, ["la policía detuvo a seis sospechosos en un barrio del oeste de Tal Afar"],
  "ARR", "2026-09-02", "day", "Tal Afar", "IQ", None, None, None, "police", None, False,
  "'El miércoles' -> 2 September. 'dos vehículos' seized belong to the arrest."),
E(19, ["cientos de vecinos marcharon en silencio por el centro de la ciudad"],
  "PP", "2026-09-02", "day", "Tal Afar", "IQ", None, None, None, None, None, False,
  "'Ese mismo día' -> the Wednesday of the arrests, 2 September. A silent march with a demand -> Peaceful protest. 'cientos' are participants."),
E(19, ["un coche bomba estacionado frente a un mercado de Al Qayyara"],
  "IED", "2024-11-02", "day", "Qayyarah", "IQ", 5, None, "exact", None, None, True,
  "'El 02/11/2024' in a Spanish text is day/month/year -> 2 November 2024 (dev rule). 'Al Qayyara' -> English Qayyarah. 'Más de cien familias' are displaced, not casualties."),
]

# --------------------------------------------------------------- holdout9-020
ARTICLES.append(A(20, "es", "article", "2026-10-08T06:00:00Z",
"Resumen de seguridad del jueves 8 de octubre",
"""
Nuestro resumen diario de incidentes de seguridad, elaborado con fuentes oficiales, medios locales y corresponsales.

NIGERIA - Decenas de aldeanos murieron el lunes en un ataque de hombres armados contra una aldea cercana a Anka, en el estado de Zamfara, según un diputado local. Los atacantes, llegados en unas 80 motocicletas, se llevaron además unas 150 cabezas de ganado.

PAKISTÁN - En otro incidente, el Tehrik-e-Taliban Pakistán (TTP) se atribuyó el ataque del martes contra una comisaría de Razmak, en Waziristán del Norte, en el que murieron tres policías y dos de los atacantes, según la policía. El grupo afirmó haber matado a «quince policías».

YEMEN - Mientras tanto, en Yemen, los hutíes detuvieron el miércoles a catorce empleados locales de agencias de la ONU en Hodeida, según la organización, que exigió su liberación inmediata.

SOMALIA - En Somalia, cientos de pescadores protestaron pacíficamente el miércoles en el puerto de Hobyo contra la pesca ilegal de barcos extranjeros.

SIRIA - Por último, un proyectil de artillería cayó el martes sobre una escuela de Maarat al-Numan, en la provincia de Idlib, e hirió a siete niños de entre 8 y 12 años. No hubo muertos, según la defensa civil, que no atribuyó el disparo.
"""))
GOLD += [
E(20, ["un ataque de hombres armados contra una aldea cercana a Anka"],
  "ATK", "2026-10-05", "day", "Anka", "NG", 12, None, "at_least", None, None, False,
  "Round-up item dated against the digest: 'el lunes' vs Thursday 8 October -> 5 October. 'Decenas' -> 12, at_least (dev table). Unnamed gunmen -> null. 'unas 80 motocicletas', 'unas 150 cabezas de ganado' are distractors; an unnamed village near Anka -> Anka."),
E(20, ["el ataque del martes contra una comisaría de Razmak"],
  "BAT", "2026-10-06", "day", "Razmak", "PK", 5, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", False,
  "'del martes' -> 6 October. An attack on a police station (armed post) -> Armed clash initiated by the TTP, which claimed it ('se atribuyó'). 'tres policías y dos de los atacantes' -> 5 (all sides). The group's 'quince policías' is a claimant's toll."),
E(20, ["los hutíes detuvieron el miércoles a catorce empleados locales"],
  "ARR", "2026-10-07", "day", "Hodeidah", "YE", None, None, None, "Houthis", None, False,
  "'el miércoles' -> 7 October. Houthi detentions take 'Houthis' as the arresting authority (holdout3). 'Hodeida' -> Hodeidah. 'catorce' are detainees."),
E(20, ["cientos de pescadores protestaron pacíficamente el miércoles en el puerto de Hobyo"],
  "PP", "2026-10-07", "day", "Hobyo", "SO", None, None, None, None, None, False,
  "'el miércoles' -> 7 October. Peaceful; 'cientos' are participants."),
E(20, ["un proyectil de artillería cayó el martes sobre una escuela de Maarat al-Numan", "el disparo"],
  "SHL", "2026-10-06", "day", "Maarat al-Numan", "SY", 0, 7, "exact", None, None, False,
  "'el martes' -> 6 October. 'No hubo muertos' -> killed 0; 'hirió a siete niños' -> 7. Not attributed -> null. Ages 'entre 8 y 12 años' are distractors."),
]

# --------------------------------------------------------------- holdout9-021
ARTICLES.append(A(21, "es", "article", "2026-10-29T12:00:00Z",
"El Estado Islámico reivindica un ataque con diecisiete muertos en el norte de Mozambique",
"""
MAPUTO, 29 oct (Agencia) - Diecisiete personas murieron y una decena resultaron heridas el sábado en un ataque de insurgentes contra una aldea del distrito de Mecula, en la provincia de Niassa, en el norte de Mozambique, informaron las autoridades provinciales.

Los atacantes, armados con fusiles y machetes, quemaron unas 120 viviendas y un puesto de salud antes de retirarse hacia la reserva natural de Niassa, según un administrador local. Unas 2.500 personas huyeron hacia la sede del distrito. El Estado Islámico se atribuyó el ataque el domingo a través de sus canales de propaganda.

Dos días después del ataque, el lunes, soldados detuvieron a cuatro sospechosos en Marrupa, a unos 200 kilómetros al sur, con dos fusiles y una motocicleta. Las autoridades citaron además a declarar a doce líderes comunitarios.

El miércoles, decenas de familiares de las víctimas se concentraron frente a la administración del distrito, en Mecula, para exigir protección militar; la policía los dispersó con gases lacrimógenos.

No es la primera vez que la violencia alcanza esta zona, alejada del foco tradicional de la insurgencia en Cabo Delgado. Hace cuatro años, hombres armados secuestraron a una treintena de campesinos cerca de Mecula; la mayoría nunca regresó.
"""))
GOLD += [
E(21, ["un ataque de insurgentes contra una aldea del distrito de Mecula", "se atribuyó el ataque"],
  "ATK", "2026-10-24", "day", "Mecula", "MZ", 17, 10, "exact", "Islamic State", "Islamic State", False,
  "'el sábado' vs Thursday 29 October -> 24 October. 'Diecisiete' killed (exact); 'una decena' injured -> 10; the qualifier describes the killed figure. Claimed by the Islamic State (the claim on Sunday does not change the event's day). An unnamed village in Mecula district -> Mecula. 'unas 120 viviendas', 'Unas 2.500 personas' are distractors."),
E(21, ["soldados detuvieron a cuatro sospechosos en Marrupa"],
  "ARR", "2026-10-26", "day", "Marrupa", "MZ", None, None, None, "military", None, False,
  "'Dos días después del ataque, el lunes' -> 26 October. Soldiers -> military. '200 kilómetros', the rifles and motorbike are distractors; the twelve leaders 'citaron a declarar' are summoned, not arrested."),
E(21, ["decenas de familiares de las víctimas se concentraron frente a la administración del distrito", "la policía los dispersó con gases lacrimógenos"],
  "PI", "2026-10-28", "day", "Mecula", "MZ", None, None, None, None, None, False,
  "'El miércoles' -> 28 October. A gathering with a demand dispersed with tear gas -> Protest with intervention. 'decenas' are participants."),
E(21, ["hombres armados secuestraron a una treintena de campesinos cerca de Mecula"],
  "ABD", "2022-01-01", "year", "Mecula", "MZ", None, None, None, None, None, True,
  "'Hace cuatro años' vs 2026 -> 2022, year. Unnamed gunmen -> null. 'una treintena' are abductees; 'nunca regresó' gives no death toll."),
]
