"""An invented multilingual set for language identification.

Ten languages (en, fr, es, de, it, pt, nl, pl, sv, tr); for each, three
short sentences (a headline or a caption, 6-15 words) and four paragraphs
of one invented local story (35-60 words each). ``language_items`` builds
the scored items from them: each sentence, each paragraph, the whole story
(about 1,000 characters), a long article (about 2,100 characters: the
story, then its paragraphs again in reverse order, so that bounded
prefixes read different amounts of it), and a "quoted" long article that
opens with an English quotation, as wire copy and interviews often do.
All text was written for this set; none is copied from any publication.
"""

from typing import List, NamedTuple

__all__ = ["LanguageItem", "language_items", "SHORT", "PARAGRAPHS",
           "ENGLISH_QUOTE"]

SHORT = {
    "en": ["Council votes to close the old bridge for repairs",
           "Heavy rain floods the market square overnight",
           "Local choir wins the regional singing contest again"],
    "fr": ["Le conseil vote la fermeture du vieux pont pour travaux",
           "De fortes pluies inondent la place du marché cette nuit",
           "La chorale du village remporte encore le concours régional"],
    "es": ["El ayuntamiento aprueba cerrar el puente viejo por obras",
           "Las lluvias inundan la plaza del mercado durante la noche",
           "El coro del pueblo vuelve a ganar el concurso regional"],
    "de": ["Gemeinderat beschließt Sperrung der alten Brücke",
           "Starkregen überflutet in der Nacht den Marktplatz",
           "Der Dorfchor gewinnt erneut den regionalen Gesangswettbewerb"],
    "it": ["Il consiglio comunale chiude il vecchio ponte per lavori",
           "La pioggia allaga la piazza del mercato durante la notte",
           "Il coro del paese vince di nuovo il concorso regionale"],
    "pt": ["A câmara aprova o fecho da ponte velha para obras",
           "Chuva forte inunda a praça do mercado durante a noite",
           "O coro da aldeia volta a vencer o concurso regional"],
    "nl": ["Gemeenteraad stemt in met sluiting van de oude brug",
           "Zware regen zet het marktplein vannacht onder water",
           "Het dorpskoor wint opnieuw de regionale zangwedstrijd"],
    "pl": ["Rada gminy zamyka stary most na czas remontu",
           "Ulewny deszcz zalał w nocy plac targowy w centrum",
           "Wiejski chór ponownie wygrywa regionalny konkurs śpiewu"],
    "sv": ["Kommunfullmäktige stänger den gamla bron för reparation",
           "Kraftigt regn översvämmade torget under natten",
           "Byns kör vinner den regionala sångtävlingen igen"],
    "tr": ["Belediye meclisi eski köprüyü onarım için kapatıyor",
           "Şiddetli yağmur gece boyunca pazar meydanını su altında bıraktı",
           "Köyün korosu bölgesel şarkı yarışmasını yeniden kazandı"],
}

PARAGRAPHS = {
    "en": [
        "The town council voted on Tuesday evening to close the old stone "
        "bridge over the river for at least six months, after engineers "
        "found deep cracks in two of its arches during a routine inspection "
        "last month.",
        "Drivers will be sent along a detour through the industrial estate, "
        "which adds about fifteen minutes to the journey into the centre. "
        "Buses will keep their usual stops, but the timetable will change "
        "from the first of next month.",
        "Shopkeepers on the east bank said they feared losing customers "
        "during the busiest season of the year, and asked the council to "
        "open a temporary footbridge as soon as possible.",
        "The mayor promised that work would begin within weeks and that "
        "residents would be kept informed at a public meeting in the town "
        "hall every second Thursday until the bridge reopens.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir la fermeture du vieux pont "
        "de pierre pour au moins six mois, après que des ingénieurs ont "
        "découvert de profondes fissures dans deux de ses arches lors d'une "
        "inspection de routine le mois dernier.",
        "Les automobilistes seront déviés par la zone industrielle, ce qui "
        "ajoute environ un quart d'heure au trajet vers le centre-ville. "
        "Les bus garderont leurs arrêts habituels, mais les horaires "
        "changeront dès le premier du mois prochain.",
        "Les commerçants de la rive est craignent de perdre des clients "
        "pendant la saison la plus chargée de l'année et demandent à la "
        "mairie d'installer au plus vite une passerelle provisoire.",
        "Le maire a promis que les travaux commenceraient d'ici quelques "
        "semaines et que les habitants seraient informés lors d'une réunion "
        "publique à la mairie un jeudi sur deux jusqu'à la réouverture.",
    ],
    "es": [
        "El pleno del ayuntamiento aprobó el martes por la noche cerrar el "
        "viejo puente de piedra sobre el río durante al menos seis meses, "
        "después de que los ingenieros encontraran grietas profundas en dos "
        "de sus arcos durante una revisión rutinaria.",
        "Los conductores tendrán que desviarse por el polígono industrial, "
        "lo que añade unos quince minutos al trayecto hasta el centro. Los "
        "autobuses mantendrán sus paradas, pero el horario cambiará a "
        "partir del primer día del mes que viene.",
        "Los comerciantes de la orilla este temen perder clientes en la "
        "temporada de más trabajo del año y han pedido al ayuntamiento que "
        "instale cuanto antes una pasarela provisional para los peatones.",
        "La alcaldesa prometió que las obras empezarán en pocas semanas y "
        "que los vecinos recibirán información en una reunión pública en el "
        "ayuntamiento cada dos jueves hasta que el puente vuelva a abrir.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, die alte "
        "Steinbrücke über den Fluss für mindestens sechs Monate zu sperren, "
        "nachdem Ingenieure bei einer routinemäßigen Prüfung im vergangenen "
        "Monat tiefe Risse in zwei ihrer Bögen entdeckt hatten.",
        "Autofahrer werden über das Gewerbegebiet umgeleitet, was die Fahrt "
        "in die Innenstadt um etwa eine Viertelstunde verlängert. Die Busse "
        "behalten ihre gewohnten Haltestellen, doch der Fahrplan ändert sich "
        "ab dem Ersten des kommenden Monats.",
        "Die Geschäftsleute am Ostufer befürchten, in der umsatzstärksten "
        "Zeit des Jahres Kunden zu verlieren, und forderten die Gemeinde "
        "auf, so bald wie möglich einen provisorischen Fußgängersteg zu "
        "errichten.",
        "Der Bürgermeister versprach, dass die Arbeiten in wenigen Wochen "
        "beginnen, und dass die Bewohner jeden zweiten Donnerstag bei einer "
        "Bürgerversammlung im Rathaus informiert werden, bis die Brücke "
        "wieder offen ist.",
    ],
    "it": [
        "Il consiglio comunale ha deciso martedì sera di chiudere il vecchio "
        "ponte di pietra sul fiume per almeno sei mesi, dopo che gli "
        "ingegneri hanno scoperto profonde crepe in due delle sue arcate "
        "durante un controllo di routine il mese scorso.",
        "Gli automobilisti saranno deviati attraverso la zona industriale, "
        "il che aggiunge circa un quarto d'ora al tragitto verso il centro. "
        "Gli autobus manterranno le loro fermate, ma l'orario cambierà dal "
        "primo del mese prossimo.",
        "I negozianti della riva est temono di perdere clienti nella "
        "stagione più intensa dell'anno e hanno chiesto al comune di "
        "installare al più presto una passerella provvisoria per i pedoni.",
        "Il sindaco ha promesso che i lavori inizieranno entro poche "
        "settimane e che i cittadini saranno informati in un'assemblea "
        "pubblica in municipio ogni due giovedì fino alla riapertura del "
        "ponte.",
    ],
    "pt": [
        "A câmara municipal decidiu na terça-feira à noite fechar a velha "
        "ponte de pedra sobre o rio durante pelo menos seis meses, depois de "
        "os engenheiros terem encontrado fissuras profundas em dois dos seus "
        "arcos numa inspeção de rotina no mês passado.",
        "Os condutores serão desviados pela zona industrial, o que acrescenta "
        "cerca de um quarto de hora à viagem até ao centro. Os autocarros "
        "mantêm as suas paragens habituais, mas o horário muda a partir do "
        "primeiro dia do próximo mês.",
        "Os comerciantes da margem leste receiam perder clientes na época "
        "mais movimentada do ano e pediram à câmara que instale o mais "
        "depressa possível uma passagem provisória para os peões.",
        "O presidente da câmara prometeu que as obras começam dentro de "
        "poucas semanas e que os moradores serão informados numa reunião "
        "pública nos paços do concelho de quinze em quinze dias até a ponte "
        "reabrir.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdagavond besloten de oude stenen brug "
        "over de rivier minstens zes maanden te sluiten, nadat ingenieurs "
        "vorige maand tijdens een routinecontrole diepe scheuren in twee van "
        "de bogen hadden gevonden.",
        "Automobilisten worden omgeleid via het bedrijventerrein, wat de rit "
        "naar het centrum met ongeveer een kwartier verlengt. De bussen "
        "houden hun gewone haltes, maar de dienstregeling verandert vanaf de "
        "eerste van volgende maand.",
        "Winkeliers op de oostoever vrezen klanten te verliezen in de "
        "drukste periode van het jaar en vroegen de gemeente om zo snel "
        "mogelijk een tijdelijke loopbrug voor voetgangers te plaatsen.",
        "De burgemeester beloofde dat de werkzaamheden binnen enkele weken "
        "beginnen en dat de bewoners om de week op donderdag tijdens een "
        "openbare bijeenkomst in het stadhuis op de hoogte worden gehouden.",
    ],
    "pl": [
        "Rada miasta postanowiła we wtorek wieczorem zamknąć stary kamienny "
        "most na rzece na co najmniej sześć miesięcy, po tym jak inżynierowie "
        "podczas rutynowej kontroli w zeszłym miesiącu znaleźli głębokie "
        "pęknięcia w dwóch jego łukach.",
        "Kierowcy zostaną skierowani na objazd przez strefę przemysłową, co "
        "wydłuża dojazd do centrum o mniej więcej kwadrans. Autobusy "
        "zachowają swoje przystanki, ale rozkład jazdy zmieni się od "
        "pierwszego dnia przyszłego miesiąca.",
        "Sklepikarze ze wschodniego brzegu obawiają się utraty klientów w "
        "najbardziej pracowitym okresie roku i poprosili władze miasta o jak "
        "najszybsze postawienie tymczasowej kładki dla pieszych.",
        "Burmistrz obiecał, że prace ruszą w ciągu kilku tygodni, a "
        "mieszkańcy będą informowani na zebraniu w ratuszu w co drugi "
        "czwartek aż do ponownego otwarcia mostu.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade i tisdags kväll att stänga den gamla "
        "stenbron över älven i minst sex månader, sedan ingenjörer vid en "
        "rutinkontroll förra månaden hittat djupa sprickor i två av dess "
        "valv.",
        "Bilister leds om genom industriområdet, vilket gör resan in till "
        "centrum ungefär en kvart längre. Bussarna behåller sina vanliga "
        "hållplatser, men tidtabellen ändras från den första nästa månad.",
        "Handlarna på östra stranden är rädda att förlora kunder under årets "
        "mest hektiska säsong och har bett kommunen att så snart som möjligt "
        "bygga en tillfällig gångbro.",
        "Kommunalrådet lovade att arbetet börjar inom några veckor och att "
        "invånarna ska få information vid ett öppet möte i stadshuset varannan "
        "torsdag tills bron öppnar igen.",
    ],
    "tr": [
        "Belediye meclisi salı akşamı, mühendislerin geçen ay yaptığı rutin "
        "bir denetimde kemerlerinden ikisinde derin çatlaklar bulmasının "
        "ardından nehir üzerindeki eski taş köprüyü en az altı ay kapatma "
        "kararı aldı.",
        "Sürücüler sanayi bölgesinden geçen bir güzergaha yönlendirilecek; "
        "bu da şehir merkezine yolculuğu yaklaşık on beş dakika uzatıyor. "
        "Otobüsler duraklarını koruyacak, ancak sefer saatleri gelecek ayın "
        "başından itibaren değişecek.",
        "Doğu yakasındaki esnaf, yılın en yoğun döneminde müşteri "
        "kaybetmekten korktuğunu söyledi ve belediyeden bir an önce geçici "
        "bir yaya köprüsü kurmasını istedi.",
        "Belediye başkanı çalışmaların birkaç hafta içinde başlayacağına ve "
        "köprü yeniden açılana kadar her iki haftada bir perşembe günü "
        "belediye binasında halka açık bir toplantı yapılacağına söz verdi.",
    ],
}

# The opening quotation of the "quoted" items: about 230 characters of
# English before the story, as when a report opens by quoting a visitor.
ENGLISH_QUOTE = (
    "\u201cWe came here every summer for twenty years and we have never seen "
    "the river this high, it was frightening to watch the water rise so "
    "quickly over the old stones,\u201d said one visitor from abroad.")


class LanguageItem(NamedTuple):
  language: str
  kind: str  # short, paragraph, story, long, quoted
  text: str


def language_items() -> List[LanguageItem]:
  """Every scored item, in a fixed order."""
  items = []
  for language in sorted(SHORT):
    paragraphs = PARAGRAPHS[language]
    items.extend(LanguageItem(language, "short", text)
                 for text in SHORT[language])
    items.extend(LanguageItem(language, "paragraph", text)
                 for text in paragraphs)
    items.append(LanguageItem(language, "story", "\n\n".join(paragraphs)))
    long = [*paragraphs, *reversed(paragraphs)]
    items.append(LanguageItem(language, "long", "\n\n".join(long)))
    if language != "en":
      items.append(LanguageItem(language, "quoted", "\n\n".join(
          [ENGLISH_QUOTE, *long])))
  return items
