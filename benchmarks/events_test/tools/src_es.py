"""Authoring source of benchmarks/events_test (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("test")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- test-029
ARTICLES.append(A(29, "es", "article", "2025-10-16T13:00:00Z",
"Dos coches bomba sacuden Guayaquil: dos muertos y 17 heridos",
"""
GUAYAQUIL, 16 de octubre (Agencia) - Dos coches bomba estallaron anoche con pocos minutos de diferencia frente a un centro comercial y una estación de la Metrovía en el sur de Guayaquil, dejando dos muertos y 17 heridos, informó la Policía Nacional.

El primer vehículo, un sedán robado, explotó hacia las 21:15 en el estacionamiento del centro comercial. El segundo estalló en la avenida 25 de Julio cuando llegaban los bomberos. Entre los fallecidos hay un guardia de seguridad de 58 años.

La Policía atribuyó el atentado a Los Lobos, una de las principales bandas criminales del país, que según los investigadores busca presionar al Gobierno tras el traslado de sus cabecillas a una cárcel de máxima seguridad.

Poco después, esa misma noche, militares desactivaron un tercer artefacto, con unos 10 kilos de explosivos, abandonado en una camioneta cerca del puerto.

El martes, sicarios asesinaron a tres guías penitenciarios que salían de su turno en Machala, en la provincia de El Oro. Nadie ha sido detenido.

La ciudad ya había sufrido ataques similares. El 14 de marzo de 2023, un coche bomba dejó cuatro heridos frente a una comisaría de Quevedo, en la provincia de Los Ríos.

El alcalde pidió a los guayaquileños mantener la calma y anunció que 500 policías adicionales patrullarán la ciudad durante el fin de semana.
"""))
GOLD += [
E(29, ["Dos coches bomba estallaron anoche", "El primer vehículo", "el atentado"],
  "IED", "2025-10-15", "day", "Guayaquil", "EC", 2, 17, "exact", "Los Lobos", None, False,
  "Twin car bombs (not suicide) at the same site minutes apart -> ONE remote explosive event. 'anoche' = the day before publication. Police attribution stated as fact -> 'Los Lobos' (new canonical name); no claim. '21:15', '25 de Julio' (street), '58 años' are distractors."),
E(29, ["militares desactivaron un tercer artefacto"],
  "DWU", "2025-10-15", "day", "Guayaquil", "EC", None, None, None, "military", None, False,
  "'Poco después, esa misma noche' of the 'anoche' blasts -> 15 Oct. '10 kilos' is a weight."),
E(29, ["sicarios asesinaron a tres guías penitenciarios"],
  "ATK", "2025-10-14", "day", "Machala", "EC", 3, None, "exact", None, None, False,
  "'El martes' vs Thursday 16 Oct -> 14 Oct. Unnamed 'sicarios' -> null."),
E(29, ["un coche bomba dejó cuatro heridos frente a una comisaría de Quevedo"],
  "IED", "2023-03-14", "day", "Quevedo", "EC", None, 4, "exact", None, None, True,
  "Absolute date 'El 14 de marzo de 2023'. '500 policías' are not casualties."),
]

# ---------------------------------------------------------------- test-030
ARTICLES.append(A(30, "es", "article", "2025-10-23T15:00:00Z",
"Detienen a cinco presuntos miembros de Los Lobos por los coches bomba de Guayaquil",
"""
GUAYAQUIL, 23 de octubre (Agencia) - La Policía Nacional detuvo el sábado en Durán a cinco presuntos integrantes de Los Lobos acusados de participar en el doble atentado con coches bomba del 15 de octubre en Guayaquil, informó este jueves el Ministerio del Interior.

En los allanamientos se incautaron dos fusiles, 40 detonadores y tres motocicletas. Los detenidos, de entre 19 y 33 años, serán procesados por terrorismo. Otras 25 personas fueron citadas a interrogatorio.

El saldo del atentado subió a cuatro muertos, después de que dos heridos fallecieran en el hospital; otros 15 siguen internados. En un comunicado difundido en redes sociales, Los Lobos negaron cualquier participación y acusaron a una banda rival.

El lunes, militares y presuntos miembros de Los Lobos se enfrentaron a tiros en una zona rural de Nobol. Murieron dos militares y cinco de los presuntos criminales, según el Comando Conjunto.

El domingo, una granada lanzada contra una tienda de abarrotes en el norte de Guayaquil hirió a dos personas. La Policía investiga si el dueño se negó a pagar extorsiones.

Ayer, cerca de un millar de personas vestidas de blanco marcharon por el malecón de Guayaquil para exigir paz. La marcha transcurrió sin incidentes.

Hace tres años, un ataque con granada contra una discoteca de Durán dejó seis heridos. Desde entonces, la ciudad ha vivido varios estados de excepción.
"""))
GOLD += [
E(30, ["doble atentado con coches bomba", "El saldo del atentado"],
  "IED", "2025-10-15", "day", "Guayaquil", "EC", 4, 15, "exact", None, None, False,
  "Follow-up of test-029. '15 de octubre' absolute. Toll rose to 4 killed; 15 still in hospital -> injured 15. The police accuse Los Lobos, who deny and blame a rival gang -> perpetrator null (blame + denial)."),
E(30, ["detuvo el sábado en Durán a cinco presuntos integrantes", "los allanamientos"],
  "ARR", "2025-10-18", "day", "Durán", "EC", None, None, None, "police", None, False,
  "'el sábado' vs Thursday 23 Oct -> 18 Oct. Rifles, detonators and motorcycles seized belong to the arrest. 'de entre 19 y 33 años' are ages; '25 personas ... citadas a interrogatorio' are not arrests."),
E(30, ["se enfrentaron a tiros en una zona rural de Nobol"],
  "BAT", "2025-10-20", "day", "Nobol", "EC", 7, None, "exact", None, None, False,
  "'El lunes' -> 20 Oct. 2 soldiers + 5 suspects = 7. Initiator not stated -> null."),
E(30, ["una granada lanzada contra una tienda de abarrotes"],
  "GRN", "2025-10-19", "day", "Guayaquil", "EC", None, 2, "exact", None, None, False,
  "'El domingo' vs Thursday 23 Oct -> 19 Oct. Extortion is the suspected motive; no actor named."),
E(30, ["marcharon por el malecón de Guayaquil", "La marcha"],
  "PP", "2025-10-22", "day", "Guayaquil", "EC", None, None, None, None, None, False,
  "'Ayer' = 22 Oct. 'cerca de un millar' are participants."),
E(30, ["un ataque con granada contra una discoteca de Durán"],
  "GRN", "2022-01-01", "year", "Durán", "EC", None, 6, "exact", None, None, True,
  "'Hace tres años' vs 2025 -> 2022, year."),
]

# ---------------------------------------------------------------- test-031
ARTICLES.append(A(31, "es", "article", "2026-05-14T12:00:00Z",
"Emboscada de Sendero Luminoso en el VRAEM deja cuatro soldados muertos",
"""
LIMA, 14 de mayo (Agencia) - Cuatro soldados murieron y siete resultaron heridos el martes en una emboscada de una columna de Sendero Luminoso contra una patrulla militar en el distrito de Vizcatán del Ene, en el Valle de los Ríos Apurímac, Ene y Mantaro (VRAEM), informó el Comando Conjunto de las Fuerzas Armadas.

Según el comunicado, los atacantes dispararon desde una ladera contra la patrulla, que regresaba a su base tras una misión de reconocimiento. Es la emboscada más grave en la zona en lo que va del año.

Ayer, helicópteros artillados bombardearon un campamento de la organización en las alturas de Vizcatán del Ene. Entre tres y cinco terroristas habrían muerto, según fuentes militares.

El mismo día, agentes de la Dirección Contra el Terrorismo detuvieron en Pichari a dos presuntos colaboradores de la columna, a quienes se les incautaron radios y 200 cartuchos.

En agosto del año pasado, una mina antipersonal mató a dos policías en las cercanías de Llochegua. El Gobierno ha prorrogado por otros 60 días el estado de emergencia en 34 distritos del VRAEM.

Los remanentes de Sendero Luminoso, estimados en unos 250 combatientes, se financian con la protección del narcotráfico, según el Ministerio de Defensa.
"""))
GOLD += [
E(31, ["una emboscada de una columna de Sendero Luminoso contra una patrulla militar"],
  "BAT", "2026-05-12", "day", "Vizcatán del Ene", "PE", 4, 7, "exact", "Shining Path", None, False,
  "'el martes' vs Thursday 14 May -> 12 May. Ambush -> initiator Sendero Luminoso, stated by the armed forces -> new canonical name 'Shining Path'. Not claimed."),
E(31, ["helicópteros artillados bombardearon un campamento"],
  "AIR", "2026-05-13", "day", "Vizcatán del Ene", "PE", 3, None, "at_least", "military", None, False,
  "'Ayer' = 13 May. Range 'Entre tres y cinco' -> lower bound 3, at_least."),
E(31, ["detuvieron en Pichari a dos presuntos colaboradores"],
  "ARR", "2026-05-13", "day", "Pichari", "PE", None, None, None, "police", None, False,
  "'El mismo día' = 13 May. Dirección Contra el Terrorismo (DIRCOTE) -> police. '200 cartuchos' seized belong to the arrest."),
E(31, ["una mina antipersonal mató a dos policías"],
  "IED", "2025-08-01", "month", "Llochegua", "PE", 2, None, "exact", None, None, True,
  "'En agosto del año pasado' vs May 2026 -> 2025-08, month. '60 días', '34 distritos', 'unos 250 combatientes' are not casualties."),
]

# ---------------------------------------------------------------- test-032
ARTICLES.append(A(32, "es", "article", "2026-03-20T10:00:00Z",
"El precio del huevo se dispara y los pequeños comercios sienten el golpe",
"""
El precio del huevo se ha disparado un 38 % en lo que va del año y ya es una bomba de tiempo para miles de familias y pequeños negocios, advierten las asociaciones de comerciantes. En los mercados de abasto de la capital, el cartón de 30 piezas supera por primera vez los 110 pesos.

"Es un asalto a nuestros bolsillos", dice Rosa Hernández, de 61 años, que atiende una fonda desde hace dos décadas. "Cada semana me matan con un aumento nuevo."

Los productores atribuyen la explosión de los precios a un brote de gripe aviar que obligó a sacrificar a cerca de 4 millones de gallinas en dos estados, y a la subida del maíz para forraje. Los analistas hablan de una tormenta perfecta: los costos de transporte también se dispararon tras el aumento del diésel en febrero.

El Gobierno respondió con un ataque frontal contra los especuladores. La Procuraduría del Consumidor anunció el lunes operativos en 200 centros de distribución y multas de hasta un millón de pesos para quienes acaparen producto.

Para los panaderos, el golpe ha sido devastador. "Esto es una masacre para el sector", afirmó el presidente de la cámara de la industria panificadora, que calcula que un 15 % de las panaderías pequeñas podría cerrar antes del verano.

Los economistas prevén que la inflación de alimentos se mantenga por encima del 6 % hasta mayo. Mientras tanto, en las redes sociales, los memes sobre el "oro blanco" se disparan tanto como los precios.
"""))
