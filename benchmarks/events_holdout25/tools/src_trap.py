"""Authoring source of benchmarks/events_holdout25 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout25-022, Spanish), a review of a rock concert full of
violent vocabulary, with no security event. Its town, band, venue and people
are invented. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout25")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout25-022
ARTICLES.append(A(22, "es", "article", "2026-10-12T08:00:00Z",
"Los Dinamiteros arrasan en Montearroyo: crónica de un bombazo anunciado",
"""
MONTEARROYO - Fue una masacre, y nadie pidió clemencia. Los Dinamiteros, el cuarteto de rock más ruidoso del norte, tomaron al asalto el sábado el estadio municipal de Montearroyo ante 18.000 personas y dejaron la ciudad, literalmente, en estado de shock.

El primer disparo llegó a las 21.40, cuando la batería de Nerea Valdés, de 29 años, estalló como una bomba en el arranque de "Metralla". Dos minutos más tarde, el guitarrista Iker Zubiri se lanzó en un solo suicida desde lo alto de un altavoz de cuatro metros y el público cayó rendido. "Vinimos a matar y a morir en el escenario", gritó el cantante, Rubén Ochoa, de 41 años.

El doble ataque de guitarras de "Zona cero" y "Emboscada" fue, sin duda, el momento de la noche: dos explosiones de confeti, una a cada lado del escenario, con apenas segundos de diferencia. La banda se atribuyó después en redes "el mayor atentado contra el silencio de la historia de la ciudad".

Hubo bajas, sí: dos cuerdas rotas y un micrófono que acabó hecho añicos. El ayuntamiento informó de que no hubo ni heridos ni detenidos, y la Policía Local solo tuvo que intervenir para reabrir una calle cortada por los fans que esperaban a la salida.

Tocaron 24 canciones en dos horas y cuarenta minutos. Las entradas, a 45 euros, se agotaron en 3 días. El único cadáver de la noche fue el de la vieja guardia del rock local: "Nos han fusilado", admitió entre risas el líder de una banda rival.

La gira continúa el 14 de noviembre en Valdeloma. Que se preparen: vienen a bombardear.
"""))
# No gold events: a concert review. 'masacre', 'tomaron al asalto', 'estado de
# shock', 'disparo', 'estalló como una bomba', 'Metralla', 'suicida', 'matar y
# a morir', 'doble ataque', 'Zona cero', 'Emboscada', 'dos explosiones de
# confeti', 'se atribuyó', 'atentado contra el silencio', 'bajas', 'no hubo ni
# heridos ni detenidos', 'calle cortada', 'cadáver', 'fusilado', 'bombardear'
# name no security event; '18.000', '21.40', '29 años', 'Dos minutos', 'cuatro
# metros', '41 años', '24 canciones', '45 euros', '3 días', '14 de noviembre'
# are not casualties.
