"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in Spanish: Choloma, Honduras (holdout4-025), a radio bulletin from
the Catatumbo, Colombia (026), Guatemala (027) and the Spanish roundup (028).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-025
ARTICLES.append(A(25, "es", "article", "2026-06-02T14:00:00Z",
"Sube a trece la cifra de muertos en la masacre de un billar en Choloma",
"""
SAN PEDRO SULA, 2 jun (Agencia) - La cifra de muertos por el ataque armado contra un billar en Choloma, en el norte de Honduras, subió a trece, desde los nueve iniciales, después de que cuatro heridos murieran en el hospital Mario Catarino Rivas, informó el lunes la Policía Nacional. Otras tres personas siguen hospitalizadas.

Según la Policía, al menos seis hombres encapuchados llegaron en dos vehículos hacia las 21.40 del pasado sábado y dispararon contra los clientes con fusiles AR-15. Un portavoz policial afirmó que los atacantes eran miembros de la Mara Salvatrucha (MS-13), que disputa la zona a una facción rival. Entre las víctimas hay un menor de 16 años.

Ayer, agentes de la Dirección Policial de Investigaciones capturaron a cinco sospechosos en una vivienda de San Pedro Sula, donde decomisaron tres fusiles, unos 400 cartuchos y 120.000 lempiras en efectivo. Los detenidos tienen entre 19 y 33 años.

El domingo, decenas de familiares de las víctimas bloquearon durante cuatro horas la carretera CA-13 a la altura de Choloma para exigir justicia. La protesta terminó sin incidentes.

Choloma ha registrado más de 60 homicidios en lo que va del año, según el Observatorio de la Violencia. Hace tres años, una masacre similar en un taller de La Ceiba dejó ocho muertos.

El Gobierno anunció el despliegue de 500 policías y militares adicionales en el valle de Sula y una recompensa de un millón de lempiras.
"""))
GOLD += [
E(25, ["el ataque armado contra un billar en Choloma", "dispararon contra los clientes"],
  "ATK", "2026-05-30", "day", "Choloma", "HN", 13, 3, "exact", "MS-13", None, False,
  "'del pasado sábado' vs Tuesday 2 June -> 30 May. 'subió a trece, desde los nueve iniciales' -> 13. 'Otras tres personas siguen hospitalizadas' -> 3 (still-in-hospital rule; the four who died are in the 13). The police state it as fact -> MS-13 (new canonical name). 'al menos seis hombres', 'dos vehículos', '21.40', '16 años' are distractors."),
E(25, ["capturaron a cinco sospechosos en una vivienda de San Pedro Sula"],
  "ARR", "2026-06-01", "day", "San Pedro Sula", "HN", None, None, None, "police", None, False,
  "'Ayer' -> 1 June. DPI -> police. Weapons, '400 cartuchos', '120.000 lempiras', ages 19-33 belong to the arrest."),
E(25, ["decenas de familiares de las víctimas bloquearon durante cuatro horas la carretera", "La protesta terminó"],
  "PP", "2026-05-31", "day", "Choloma", "HN", None, None, None, None, None, False,
  "'El domingo' -> 31 May. Ended without incident. 'decenas' are participants."),
E(25, ["una masacre similar en un taller de La Ceiba"],
  "ATK", "2023-01-01", "year", "La Ceiba", "HN", 8, None, "exact", None, None, True,
  "'Hace tres años' -> 2023, year. 'más de 60 homicidios' is cumulative; '500 policías', 'un millón de lempiras' are distractors."),
]

# --------------------------------------------------------------- holdout4-026
ARTICLES.append(A(26, "es", "transcript", "2026-02-17T11:00:00Z",
"Noticiero de la mañana: la guerra del Catatumbo",
"""
LOCUTORA: Son las seis de la mañana en Cúcuta. Abrimos con el Catatumbo, donde los combates entre el ELN y las disidencias de las FARC no paran. Nos acompaña desde Ocaña nuestro corresponsal, Andrés Pabón. Andrés, buenos días.

ANDRÉS PABÓN: Buenos días. Bueno, eh, los enfrentamientos en la zona rural de Teorama empezaron el jueves pasado entre el ELN y el frente 33 de las disidencias, y según la Defensoría ya van cuarenta y seis muertos, eh, combatientes de los dos lados y también campesinos. Hay decenas de heridos. Cada grupo culpa al otro.

LOCUTORA: ¿Y el ataque de anoche en Convención?

ANDRÉS PABÓN: Sí. Anoche, hacia las once, un dron lanzó explosivos contra la base del Ejército en Convención. Murieron dos soldados y, eh, cinco quedaron heridos. El ELN se atribuyó el ataque esta madrugada en un comunicado.

LOCUTORA: ¿Ha habido capturas?

ANDRÉS PABÓN: El Ejército dice que el domingo capturó a tres integrantes del ELN en Ábrego, con un fusil, eh, doscientos cartuchos y dos drones.

LOCUTORA: ¿Cuánta gente ha salido de la zona?

ANDRÉS PABÓN: Más de cinco mil personas, según la Gobernación, y unas ochocientas están en el coliseo de Ocaña. Hace un año, eh, se vivió algo parecido, y la gente tiene miedo de que se repita.

LOCUTORA: Andrés Pabón, gracias. Para denuncias, la línea 155 está disponible las 24 horas.
"""))
GOLD += [
E(26, ["los combates entre el ELN y las disidencias de las FARC", "los enfrentamientos en la zona rural de Teorama"],
  "BAT", "2026-02-12", "day", "Teorama", "CO", 46, 12, "exact", None, None, False,
  "Multi-day fighting dated at its start: 'el jueves pasado' vs Tuesday 17 Feb -> 12 Feb. 'Cada grupo culpa al otro' -> no initiator, null. 'cuarenta y seis muertos' exact; 'decenas de heridos' -> 12. 'el frente 33' is a FARC dissident front."),
E(26, ["el ataque de anoche en Convención", "un dron lanzó explosivos contra la base del Ejército", "se atribuyó el ataque"],
  "AIR", "2026-02-16", "day", "Convención", "CO", 2, 5, "exact", "ELN", "ELN", False,
  "'Anoche' -> 16 Feb. A drone dropping explosives -> Air/drone strike. Claimed by the ELN ('se atribuyó')."),
E(26, ["el domingo capturó a tres integrantes del ELN en Ábrego"],
  "ARR", "2026-02-15", "day", "Ábrego", "CO", None, None, None, "military", None, False,
  "'el domingo' -> 15 Feb. The army -> military. Weapons and 'dos drones' belong to the arrest. 'Más de cinco mil personas', 'unas ochocientas', 'Hace un año ... algo parecido' (generic, no event named), 'la línea 155' are distractors."),
]

# --------------------------------------------------------------- holdout4-027
ARTICLES.append(A(27, "es", "article", "2026-04-09T16:00:00Z",
"Guatemala: motín en Fraijanes y ataques contra la PNC dejan once muertos",
"""
CIUDAD DE GUATEMALA, 9 abr (Agencia) - Siete reclusos murieron y unos 20 resultaron heridos durante un motín en la cárcel de Fraijanes II, en el municipio de Fraijanes, el pasado martes, informó el Sistema Penitenciario. Los presos, miembros del Barrio 18 según las autoridades, tomaron como rehenes a 14 guardias durante nueve horas y quemaron colchones. Todos los guardias fueron liberados.

Al día siguiente, pandilleros del Barrio 18 asesinaron a cuatro agentes de la Policía Nacional Civil en ataques coordinados en Villa Nueva y Mixco, según el ministro de Gobernación. En Villa Nueva, dos agentes fueron baleados en una gasolinera a las 7.15; en Mixco, otros dos murieron cuando patrullaban cerca de un mercado. Un tercer agente resultó herido en Mixco. Los cuatro fallecidos tenían entre 24 y 39 años y llevaban menos de cinco años en el cuerpo.

La PNC capturó ayer a doce presuntos integrantes del Barrio 18 en Chinautla, entre ellos un hombre de 45 años señalado como enlace con la cárcel. Se decomisaron cinco pistolas y 38 teléfonos.

El Gobierno declaró el estado de prevención por quince días en los municipios afectados y desplegó 2.000 soldados. En 2025, según la PNC, fueron asesinados 23 agentes en todo el país.
"""))
GOLD += [
E(27, ["un motín en la cárcel de Fraijanes II"],
  "RIOT", "2026-04-07", "day", "Fraijanes", "GT", 7, 20, "exact", None, None, False,
  "'el pasado martes' vs Thursday 9 April -> 7 April. A prison riot -> Violent demonstration (events_test rule); perpetrator null as for all riots. 'Siete' exact; 'unos 20' wounded -> 20 (the qualifier describes the killed figure). '14 guardias' hostages, 'nueve horas' are distractors."),
E(27, ["asesinaron a cuatro agentes de la Policía Nacional Civil en ataques coordinados en Villa Nueva", "dos agentes fueron baleados en una gasolinera"],
  "ATK", "2026-04-08", "day", "Villa Nueva", "GT", 2, None, "exact", "Barrio 18", None, False,
  "'Al día siguiente' after Tuesday -> Wednesday 8 April. The coordinated attacks happened in two towns -> one event per place. Villa Nueva: two agents killed. The minister states it as fact -> Barrio 18 (new canonical name). Shooting police on patrol with no exchange of fire -> Attack. '7.15' is a time."),
E(27, ["en Mixco, otros dos murieron cuando patrullaban"],
  "ATK", "2026-04-08", "day", "Mixco", "GT", 2, 1, "exact", "Barrio 18", None, False,
  "Wednesday 8 April. Mixco: two agents killed, one wounded ('Un tercer agente resultó herido en Mixco')."),
E(27, ["La PNC capturó ayer a doce presuntos integrantes del Barrio 18 en Chinautla"],
  "ARR", "2026-04-08", "day", "Chinautla", "GT", None, None, None, "police", None, False,
  "'ayer' -> 8 April. PNC -> police. '45 años', 'cinco pistolas', '38 teléfonos' belong to the arrest. 'quince días', '2.000 soldados' and '23 agentes' in 2025 (cumulative) are distractors."),
]

# --------------------------------------------------------------- holdout4-028
ARTICLES.append(A(28, "es", "article", "2026-08-19T05:30:00Z",
"Resumen de seguridad del miércoles 19 de agosto",
"""
Nuestro repaso diario de incidentes de seguridad en la región, con información de corresponsales y autoridades locales.

VENEZUELA - Alrededor de quince personas murieron el lunes en un enfrentamiento entre dos bandas armadas por el control de una mina de oro cerca de Tumeremo, en el estado Bolívar, según mineros de la zona. Las autoridades no han dado cifras.

MÉXICO - Hombres armados atacaron ayer un bar en el centro de Zamora, Michoacán, y mataron a seis personas; otras tres resultaron heridas. Los agresores huyeron en una camioneta.

HONDURAS - Cientos de transportistas bloquearon el domingo los accesos a San Pedro Sula en protesta por las extorsiones. La jornada transcurrió sin incidentes, según la Policía.

GUATEMALA - La Policía Nacional Civil decomisó el martes en Escuintla 14 fusiles, seis granadas y 3.000 cartuchos escondidos en una bodega. No hubo detenidos.

ECUADOR - Un artefacto explosivo detonó el sábado frente a la entrada de una mina en Camilo Ponce Enríquez, en la provincia del Azuay, sin dejar muertos ni heridos. La Policía lo atribuye a una disputa por la extorsión a los mineros.

COLOMBIA - La Policía capturó ayer en Ocaña a cuatro presuntos miembros del Tren de Aragua acusados de extorsionar a comerciantes. Se incautaron dos pistolas y 18 celulares.
"""))
GOLD += [
E(28, ["un enfrentamiento entre dos bandas armadas por el control de una mina de oro cerca de Tumeremo"],
  "BAT", "2026-08-17", "day", "Tumeremo", "VE", 15, None, "about", None, None, False,
  "Digest dated Wednesday 19 Aug; 'el lunes' -> 17 Aug. Two armed gangs -> Armed clash, no initiator. 'Alrededor de quince' -> 15, about; the miners' figure is the only one."),
E(28, ["Hombres armados atacaron ayer un bar en el centro de Zamora"],
  "ATK", "2026-08-18", "day", "Zamora", "MX", 6, 3, "exact", None, None, False,
  "'ayer' -> 18 Aug. Unnamed -> null. 'una camioneta' is a vehicle."),
E(28, ["Cientos de transportistas bloquearon el domingo los accesos a San Pedro Sula"],
  "PP", "2026-08-16", "day", "San Pedro Sula", "HN", None, None, None, None, None, False,
  "'el domingo' -> 16 Aug. 'sin incidentes' -> Peaceful protest. 'Cientos' are participants."),
E(28, ["La Policía Nacional Civil decomisó el martes en Escuintla 14 fusiles"],
  "DWU", "2026-08-18", "day", "Escuintla", "GT", None, None, None, "police", None, False,
  "'el martes' -> 18 Aug. Weapons seized on their own -> Disrupted weapons use. 'No hubo detenidos' -> no arrest event."),
E(28, ["Un artefacto explosivo detonó el sábado frente a la entrada de una mina"],
  "IED", "2026-08-15", "day", "Camilo Ponce Enríquez", "EC", 0, 0, "exact", None, None, False,
  "'el sábado' -> 15 Aug. 'sin dejar muertos ni heridos' -> 0/0. The police's motive names no group -> null."),
E(28, ["La Policía capturó ayer en Ocaña a cuatro presuntos miembros del Tren de Aragua"],
  "ARR", "2026-08-18", "day", "Ocaña", "CO", None, None, None, "police", None, False,
  "'ayer' -> 18 Aug. Tren de Aragua are the arrestees, not an actor of the event."),
]
