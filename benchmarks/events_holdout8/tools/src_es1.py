"""Authoring source of benchmarks/events_holdout8 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in Spanish: the Tuluá, Colombia car bomb told over four days
(holdout8-019 and 020), a radio bulletin from Sonora, Mexico (021), a
Jalisco prosecutors' communiqué (022) and a football report with no event
(023). Notes are in English, as in the other sets."""
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
