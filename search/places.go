package search

import (
	"strings"
	"sync"
)

// A question that asks where, or which country, city or state, is answered
// by a passage that names a place the question does not: "Panama will be
// Mr. Rubio's first stop, followed by El Salvador, Guatemala…" answers
// "which country is Rubio visiting first", where the article's lead ("As
// Secretary Rubio launches a Latin America trip") holds more of the
// question's words but no country. Places are told by name, from the list
// below: the countries of the world, the states of Mexico and of the United
// States, and the seas news speaks of. The United States itself is left
// out: almost every passage of news about it names it.

// placeNames lists the places, separated by semicolons. A name of several
// words counts by each of its words except the common ones (placeCommon):
// "El Salvador" by "salvador", "Costa Rica" by "costa" and "rica".
const placeNames = `Afghanistan; Albania; Algeria; Andorra; Angola; Antigua; Barbuda;
Argentina; Armenia; Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados;
Belarus; Belgium; Belize; Benin; Bhutan; Bolivia; Bosnia; Herzegovina; Botswana; Brazil;
Brunei; Bulgaria; Burkina Faso; Burundi; Cambodia; Cameroon; Canada; Cape Verde; Chile; China;
Colombia; Comoros; Congo; Costa Rica; Croatia; Cuba; Cyprus; Czechia; Denmark; Djibouti;
Dominica; Dominican Republic; Ecuador; Egypt; El Salvador; Eritrea; Estonia; Eswatini;
Ethiopia; Fiji; Finland; France; Gabon; Gambia; Germany; Ghana; Greece; Grenada; Guatemala;
Guinea; Guyana; Haiti; Honduras; Hungary; Iceland; India; Indonesia; Iran; Iraq; Ireland;
Israel; Italy; Jamaica; Japan; Kazakhstan; Kenya; Kiribati; Korea; Kosovo; Kuwait; Kyrgyzstan;
Laos; Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania; Luxembourg;
Madagascar; Malawi; Malaysia; Maldives; Mali; Malta; Mauritania; Mauritius; Mexico; Micronesia;
Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Namibia; Nauru; Nepal;
Netherlands; Holland; New Zealand; Nicaragua; Niger; Nigeria; Norway; Oman; Pakistan; Palau;
Palestine; Panama; Papua; Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Romania;
Russia; Rwanda; Samoa; San Marino; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone;
Singapore; Slovakia; Slovenia; Somalia; South Africa; Spain; Sri Lanka; Sudan; Suriname;
Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand; Timor; Togo; Tonga;
Trinidad; Tobago; Tunisia; Turkmenistan; Tuvalu; Uganda; Ukraine; United Arab Emirates;
Uruguay; Uzbekistan; Vanuatu; Venezuela; Vietnam; Yemen; Zambia; Zimbabwe; Britain; England;
Scotland; Wales; Puerto Rico; Greenland; Aguascalientes; Baja California; Campeche; Chiapas;
Chihuahua; Coahuila; Colima; Durango; Guanajuato; Hidalgo; Jalisco; Michoacán; Morelos;
Nayarit; Nuevo León; Oaxaca; Puebla; Querétaro; Quintana Roo; San Luis Potosí; Sinaloa;
Sonora; Tabasco; Tamaulipas; Tlaxcala; Veracruz; Yucatán; Zacatecas; Alabama; Alaska;
Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho;
Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts;
Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire;
New Jersey; New Mexico; New York; North Carolina; North Dakota; Ohio; Oklahoma; Oregon;
Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont;
Virginia; Wisconsin; Wyoming; Caribbean; Pacific; Atlantic; Mediterranean`

// placeCommon holds the words of place names that name no place alone.
var placeCommon = map[string]bool{
	"republ": true, "unit": true, "arab": true, "new": true, "south": true, "north": true,
	"island": true, "san": true, "el": true, "saudi": true, "sri": true,
}

// placeTerms holds the analyzed words that name a place (see placeNames).
var placeTerms = sync.OnceValue(func() map[string]bool {
	an := newAnalyzer()
	m := map[string]bool{}
	for _, name := range strings.Split(placeNames, ";") {
		for _, tok := range an.Analyze([]byte(strings.TrimSpace(name))) {
			if t := string(tok.Term); !placeCommon[t] {
				m[t] = true
			}
		}
	}
	return m
})

// placeWords holds the words of place names as written, in lower case with
// accents folded, except the common ones: "guatemala", "salvador",
// "michoacan".
var placeWords = sync.OnceValue(func() map[string]bool {
	an := newAnalyzer()
	m := map[string]bool{}
	for _, w := range strings.Fields(strings.ReplaceAll(placeNames, ";", " ")) {
		if toks := an.Analyze([]byte(w)); len(toks) == 1 && !placeCommon[string(toks[0].Term)] {
			m[foldName(w)] = true
		}
	}
	return m
})

// placeNoun reports whether "which" or "what" before w asks for a place.
func placeNoun(w string) bool {
	switch w {
	case "country", "countries", "nation", "nations", "city", "cities", "state", "states",
		"place", "places", "region", "regions":
		return true
	}
	return false
}
