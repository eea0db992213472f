"""Authoring source of benchmarks/events_holdout8 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in Spanish: the Tuluá, Colombia car bomb told over four days
(holdout8-019 and 020), a radio bulletin from Sonora, Mexico (021), a
Jalisco prosecutors' communiqué (022), a football report with no event
(023) and twin motorbike bombs in Caldono, Colombia (024). Notes are in
English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout8")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout8-019
ARTICLES.append(A(19, "es", "article", "2026-03-14T12:00:00Z",
"Al menos tres muertos por un carro bomba frente a la estación de Policía de Tuluá",
"""
TULUÁ, 14 de marzo (Agencia) - Al menos tres personas murieron y 27 resultaron heridas por la explosión de un carro bomba frente a la estación de Policía de Tuluá, en el centro del Valle del Cauca, la noche del viernes, informaron las autoridades.

El vehículo, cargado con unos 40 kilos de explosivos, estalló hacia las 21.30 a unos 30 metros de la estación. Entre los heridos hay nueve policías y un niño de 6 años. La onda expansiva dañó una veintena de viviendas y 11 locales comerciales.

Un segundo artefacto, escondido en una moto cerca de la alcaldía, fue desactivado por antiexplosivos de la Policía poco después, sin dejar heridos.

El comandante de la Policía del Valle dijo que el frente Adán Izquierdo de las disidencias de las FARC "podría estar detrás" del atentado, aunque aclaró que ninguna hipótesis estaba confirmada. Nadie se ha atribuido el ataque.

El jueves, la Policía capturó en Buga a cuatro presuntos integrantes de esa estructura, con dos fusiles y 1.200 cartuchos. Las autoridades no han dicho si esas capturas tienen relación con el carro bomba.

No es la primera vez que la estación es blanco de un ataque. En 2024, un ataque con explosivos contra la misma estación dejó dos policías heridos. El alcalde pidió el envío de 300 uniformados más y ofreció una recompensa de 100 millones de pesos.
"""))
GOLD += [
E(19, ["la explosión de un carro bomba frente a la estación de Policía de Tuluá", "del atentado", "el ataque", "el carro bomba"],
  "IED", "2026-03-13", "day", "Tuluá", "CO", 3, 27, "at_least", None, None, False,
  "'la noche del viernes' vs Saturday 14 March -> 13 March. A car bomb (no suicide) -> IED. 'Al menos tres ... 27 ... heridas' -> 3, 27, at_least. 'podría estar detrás' is speculation and 'Nadie se ha atribuido' -> null. 'unos 40 kilos', '21.30', '30 metros', 'nueve policías' (a subset), '6 años', 'una veintena de viviendas', '11 locales' are distractors."),
E(19, ["Un segundo artefacto, escondido en una moto cerca de la alcaldía, fue desactivado"],
  "DWU", "2026-03-13", "day", "Tuluá", "CO", 0, 0, "exact", "police", None, False,
  "'poco después' the same night -> 13 March. A device defused on its own -> Disrupted weapons use; 'sin dejar heridos' -> 0/0, by the defused-device precedent."),
E(19, ["la Policía capturó en Buga a cuatro presuntos integrantes"],
  "ARR", "2026-03-12", "day", "Buga", "CO", None, None, None, "police", None, False,
  "'El jueves' -> 12 March. 'dos fusiles y 1.200 cartuchos' belong to the arrest."),
E(19, ["un ataque con explosivos contra la misma estación"],
  "IED", "2024-01-01", "year", "Tuluá", "CO", None, 2, "exact", None, None, True,
  "'En 2024' -> year. 2 injured, no killed figure. '300 uniformados', '100 millones de pesos' are distractors. 'blanco de un ataque' is generic and not a trigger."),
]

# --------------------------------------------------------------- holdout8-020
ARTICLES.append(A(20, "es", "article", "2026-03-17T06:00:00Z",
"Sube a cinco el número de muertos por el carro bomba en Tuluá; disidencias se atribuyen el ataque",
"""
El número de muertos por el carro bomba que estalló el viernes frente a la estación de Policía de Tuluá subió a cinco, luego de que dos de los heridos murieran el domingo y el lunes en el hospital Tomás Uribe Uribe, informó la Secretaría de Salud del Valle. El número de heridos es ahora de veinticinco.

El frente Adán Izquierdo, de las disidencias de las FARC que integran el Estado Mayor Central, se atribuyó el atentado en un comunicado difundido el lunes, en el que aseguró haber "dado de baja a más de 15 policías". La Policía rechazó esa cifra: entre los fallecidos hay un solo agente, un patrullero de 24 años. Los otros cuatro eran civiles, entre ellos una vendedora de 61 años.

Agentes de la Policía capturaron el lunes en Riofrío a un hombre de 23 años señalado de conducir el vehículo hasta la estación. Según la Fiscalía, recibió 2 millones de pesos por el trabajo.

El domingo, cientos de habitantes marcharon vestidos de blanco por el centro de Tuluá para rechazar la violencia. La marcha, que reunió a unas 3.000 personas según la alcaldía, terminó sin incidentes frente a la catedral.

El gobernador anunció un consejo de seguridad para el jueves y el envío de 500 soldados a la zona rural del municipio, donde, según la Defensoría del Pueblo, unas 120 familias han sido desplazadas desde enero.
"""))
GOLD += [
E(20, ["el carro bomba que estalló el viernes frente a la estación de Policía de Tuluá", "se atribuyó el atentado"],
  "IED", "2026-03-13", "day", "Tuluá", "CO", 5, 25, "exact", "FARC dissidents", "FARC dissidents", False,
  "'el viernes' vs Tuesday 17 March -> 13 March. 'subió a cinco' (two wounded died) -> 5; 'El número de heridos es ahora de veinticinco' -> 25. Claimed by the frente Adán Izquierdo (Estado Mayor Central) -> 'FARC dissidents'; the police reject the claim's figure ('más de 15 policías'), not its authorship. Ages '24', '61', '23' are distractors."),
E(20, ["Agentes de la Policía capturaron el lunes en Riofrío a un hombre de 23 años"],
  "ARR", "2026-03-16", "day", "Riofrío", "CO", None, None, None, "police", None, False,
  "'el lunes' -> 16 March. '2 millones de pesos' is money."),
E(20, ["cientos de habitantes marcharon vestidos de blanco por el centro de Tuluá", "La marcha"],
  "PP", "2026-03-15", "day", "Tuluá", "CO", None, None, None, None, None, False,
  "'El domingo' -> 15 March. A march against violence, 'sin incidentes' -> Peaceful protest (march with a demand). 'unas 3.000 personas' are participants; '500 soldados', '120 familias' are distractors; the security council 'para el jueves' is a future event."),
]

# --------------------------------------------------------------- holdout8-021
ARTICLES.append(A(21, "es", "transcript", "2026-05-21T13:00:00Z",
"Noticiero del mediodía: once muertos en un enfrentamiento en Caborca",
"""
LOCUTORA: Buenas tardes. Abrimos con Sonora, donde un enfrentamiento entre grupos armados dejó anoche once muertos en las afueras de Caborca. Nuestro corresponsal, Julián Robles, está en la línea. Julián, ¿qué se sabe?

JULIÁN ROBLES: Buenas tardes. Mira, esta mañana se hablaba de siete muertos, pero la Fiscalía estatal acaba de confirmar once, todos hombres de entre 20 y 40 años, y al menos cuatro heridos que fueron trasladados a Hermosillo. El enfrentamiento empezó hacia las once de la noche en un camino de terracería y duró, eh, casi dos horas. Se encontraron más de 300 casquillos y seis camionetas quemadas.

LOCUTORA: ¿Quiénes se enfrentaron?

JULIÁN ROBLES: La Fiscalía solo habla de dos células rivales. No ha dicho a qué grupos pertenecen, y en redes circulan muchas versiones que, eh, nadie ha confirmado.

LOCUTORA: ¿Y hay detenidos?

JULIÁN ROBLES: Sí. Hoy temprano, agentes de la Fiscalía detuvieron a cinco hombres en un rancho cerca de Pitiquito, a unos 40 kilómetros, con siete armas largas y un lanzagranadas. Nadie resultó herido durante la detención.

LOCUTORA: Ayer también marcharon las madres buscadoras en Hermosillo.

JULIÁN ROBLES: Así es, unas doscientas madres marcharon ayer por la tarde en Hermosillo, sin incidentes, para exigir que se busque a sus hijos. Recordemos que hace dos años un ataque armado contra una fiesta en Caborca dejó seis muertos, y ese caso sigue sin detenidos.

LOCUTORA: Gracias, Julián. Seguiremos informando.
"""))
GOLD += [
E(21, ["un enfrentamiento entre grupos armados dejó anoche once muertos en las afueras de Caborca", "El enfrentamiento empezó"],
  "BAT", "2026-05-20", "day", "Caborca", "MX", 11, 4, "exact", None, None, False,
  "'anoche' vs Thursday 21 May -> 20 May. Two rival cells, no initiator, no group named -> null. The toll revised from 'siete' to 'once' -> 11; 'al menos cuatro heridos' -> 4. The qualifier describes the killed figure -> exact. 'entre 20 y 40 años', 'casi dos horas', 'más de 300 casquillos', 'seis camionetas' are distractors."),
E(21, ["agentes de la Fiscalía detuvieron a cinco hombres en un rancho cerca de Pitiquito", "la detención"],
  "ARR", "2026-05-21", "day", "Pitiquito", "MX", None, None, None, "police", None, False,
  "'Hoy temprano' -> 21 May. Fiscalía agents -> police. 'siete armas largas y un lanzagranadas' belong to the arrest. 'Nadie resultó herido' is not a casualty figure on an arrest (killed/injured stay null)."),
E(21, ["marcharon las madres buscadoras en Hermosillo", "unas doscientas madres marcharon ayer por la tarde en Hermosillo"],
  "PP", "2026-05-20", "day", "Hermosillo", "MX", None, None, None, None, None, False,
  "'ayer' -> 20 May. A march with a demand, 'sin incidentes' -> Peaceful protest. The presenter's cue clearly names this march and is a trigger (events_val rule). 'unas doscientas' are participants."),
E(21, ["un ataque armado contra una fiesta en Caborca"],
  "ATK", "2024-01-01", "year", "Caborca", "MX", 6, None, "exact", None, None, True,
  "'hace dos años' -> 2024, year. Gunmen firing on a party -> Attack on civilians; no actor."),
]

# --------------------------------------------------------------- holdout8-022
ARTICLES.append(A(22, "es", "article", "2026-08-10T20:00:00Z",
"Comunicado de la Fiscalía del Estado de Jalisco sobre los hechos en Teocaltiche",
"""
COMUNICADO DE PRENSA

La Fiscalía del Estado de Jalisco informa a la ciudadanía sobre los hechos ocurridos en la región Altos Norte.

1. La noche del sábado 8 de agosto, hacia las 23.10 horas, un grupo armado ingresó a un bar ubicado en la cabecera municipal de Teocaltiche y disparó contra los clientes. Seis personas perdieron la vida en el lugar y dos más fallecieron posteriormente en el hospital regional. Otras cuatro personas permanecen hospitalizadas, una de ellas de gravedad. Entre las víctimas hay un menor de 17 años.

2. No se descarta que el ataque esté relacionado con la disputa entre dos organizaciones criminales que operan en la región. Las cifras de "más de 15 muertos" que circulan en redes sociales no corresponden a la realidad.

3. El domingo 9 de agosto, en un operativo conjunto, agentes de la Fiscalía y elementos de la Defensa detuvieron a tres personas en el municipio de Villa Hidalgo, a quienes se les aseguraron tres armas largas, 14 cargadores y una camioneta con reporte de robo.

4. Ese mismo día, en la localidad de Mechoacanejo, personal militar localizó y desactivó un artefacto explosivo improvisado adherido a una camioneta abandonada, sin que se registraran personas lesionadas.

La Fiscalía reitera su compromiso de esclarecer los hechos y pone a disposición de la ciudadanía la línea de denuncia anónima 089. Se ofrece una recompensa de hasta 500 mil pesos por información que lleve a la captura de los responsables.

Guadalajara, Jalisco, 10 de agosto de 2026.
"""))
GOLD += [
E(22, ["un grupo armado ingresó a un bar ubicado en la cabecera municipal de Teocaltiche y disparó contra los clientes", "el ataque"],
  "ATK", "2026-08-08", "day", "Teocaltiche", "MX", 8, 4, "exact", None, None, False,
  "'La noche del sábado 8 de agosto' -> 8 Aug. Gunmen firing on bar customers -> Attack. 'Seis ... y dos más fallecieron posteriormente en el hospital' -> 8; 'Otras cuatro personas permanecen hospitalizadas' -> 4. 'No se descarta' is speculation and names no group -> null. '23.10', '17 años' are distractors; the social-media 'más de 15 muertos' is rejected and not used."),
E(22, ["agentes de la Fiscalía y elementos de la Defensa detuvieron a tres personas en el municipio de Villa Hidalgo"],
  "ARR", "2026-08-09", "day", "Villa Hidalgo", "MX", None, None, None, "police", None, False,
  "9 Aug. A joint operation -> the lead actor named first, the Fiscalía -> police. 'tres armas largas, 14 cargadores y una camioneta' belong to the arrest."),
E(22, ["personal militar localizó y desactivó un artefacto explosivo improvisado"],
  "DWU", "2026-08-09", "day", "Mechoacanejo", "MX", 0, 0, "exact", "military", None, False,
  "'Ese mismo día' -> 9 Aug. A device defused on its own -> Disrupted weapons use by the military; 'sin que se registraran personas lesionadas' -> 0/0 (defused-device precedent). Mechoacanejo is a locality of Teocaltiche municipality, the most specific place."),
]

# --------------------------------------------------------------- holdout8-023
ARTICLES.append(A(23, "es", "article", "2026-10-19T09:00:00Z",
"Masacre en el Pascual Guerrero: el América fusila al Tolima y sueña con el título",
"""
El América de Cali protagonizó anoche una auténtica masacre futbolística en el estadio Pascual Guerrero: un 5-0 al Deportes Tolima que deja a los escarlatas a solo dos puntos del líder, con cuatro fechas por jugar.

El primer bombazo llegó a los 9 minutos, cuando el delantero Yeison Mosquera, de 22 años, fusiló al arquero desde fuera del área. A partir de ahí fue un bombardeo constante. El Tolima cayó en la emboscada de la presión alta y no supo salir: perdió 31 balones en su propio campo.

Mosquera firmó un triplete, el mediocampista Andrés Caicedo sumó otro tanto con un disparo que reventó el travesaño antes de entrar, y el veterano Luis Fernando Quiñones, de 36 años, cerró la goleada de cabeza en el minuto 88.

"Salimos a matar el partido desde el primer minuto", dijo el técnico escarlata, que celebró la actuación como "un golpe de autoridad". Su colega del Tolima reconoció que su equipo "murió en la raya" y habló de "una noche para enterrar cuanto antes".

La única mala noticia para el local fueron las dos bajas por lesión: el lateral Jhon Riascos salió con una molestia muscular y el central Mateo Arboleda sufrió un golpe en la rodilla tras un choque con un rival. Ambos serán evaluados el lunes.

Al estadio asistieron 34.500 espectadores y, según la Policía, no hubo incidentes dentro ni fuera del escenario. La taquilla superó los 1.200 millones de pesos.

El América visita al Medellín el próximo domingo.
"""))

# --------------------------------------------------------------- holdout8-024
ARTICLES.append(A(24, "es", "article", "2026-02-03T11:00:00Z",
"Doble atentado con motos bomba en Caldono deja al menos cuatro muertos",
"""
Al menos cuatro personas murieron y decenas resultaron heridas el lunes por la mañana en Caldono, en el norte del Cauca, por la explosión casi simultánea de dos motos bomba en la plaza principal, a pocos metros de la estación de Policía, informó la Gobernación.

Las dos motocicletas, cargadas con unos 15 kilos de explosivos cada una, estallaron con menos de un minuto de diferencia hacia las 9.40, cuando la plaza estaba llena por el día de mercado. Entre los muertos hay un policía y una niña de 9 años. Una veintena de casas y 14 locales resultaron averiados.

El Ejército atribuyó el doble atentado a la columna Dagoberto Ramos, de las disidencias de las FARC, que no se ha pronunciado. "Sabemos quién fue y vamos a responder", dijo el comandante de la brigada.

Horas después, un dron lanzó dos granadas contra la base militar del corregimiento de Pescador, en el mismo municipio. No hubo muertos ni heridos, según el Ejército.

Caldono vive bajo fuego desde hace años. En octubre de 2025, un hostigamiento contra la estación de Policía dejó un patrullero muerto, y en lo que va del año la Defensoría ha registrado 23 alertas por riesgo de reclutamiento de menores.

La Gobernación ofreció una recompensa de 300 millones de pesos y anunció la llegada de 400 militares. Unas 80 familias de veredas cercanas se desplazaron hacia Santander de Quilichao tras las explosiones.
"""))
GOLD += [
E(24, ["la explosión casi simultánea de dos motos bomba en la plaza principal", "el doble atentado", "las explosiones"],
  "IED", "2026-02-02", "day", "Caldono", "CO", 4, 12, "at_least", "FARC dissidents", None, False,
  "'el lunes por la mañana' vs Tuesday 3 Feb -> 2 Feb. Twin motorbike bombs (not suicide), one square, under a minute apart -> one IED event (events_test Guayaquil rule). 'Al menos cuatro' -> 4, at_least; 'decenas' -> 12 (dev table). The army's attribution stated as fact, the group silent (no denial) -> FARC dissidents, no claim. 'unos 15 kilos', '9.40', '9 años', 'Una veintena de casas', '14 locales', '300 millones', '400 militares', '80 familias' are distractors."),
E(24, ["un dron lanzó dos granadas contra la base militar del corregimiento de Pescador"],
  "AIR", "2026-02-02", "day", "Pescador", "CO", 0, 0, "exact", None, None, False,
  "'Horas después' -> 2 Feb. A drone dropping grenades -> Air/drone strike (events_holdout4 Convención). 'No hubo muertos ni heridos' -> 0/0. No actor named for the drone -> null. Pescador is a corregimiento, the most specific place."),
E(24, ["un hostigamiento contra la estación de Policía dejó un patrullero muerto"],
  "BAT", "2025-10-01", "month", "Caldono", "CO", 1, None, "exact", None, None, True,
  "'En octubre de 2025' -> month. Harassing fire on a police station -> Armed clash; no actor named. '23 alertas' is a cumulative figure."),
]
