package synth

import (
	_ "embed"
	"strings"
	"sync"
)

// vocabText is the word list, most frequent first; see its header.
//
//go:embed vocab.txt
var vocabText string

// articleWords is how many words at the head of vocab.txt come from the
// default articles; the rest is the word-list tail.
const articleWords = 1100

// vocabulary is the parsed word list and the index from word to rank. It is
// read-only once built, so every generator shares it.
type vocabulary struct {
	words []string       // by rank, 0 the most frequent
	rank  map[string]int // word → rank
}

var loadVocab = sync.OnceValue(func() *vocabulary {
	v := &vocabulary{rank: map[string]int{}}
	for line := range strings.Lines(vocabText) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if _, dup := v.rank[w]; dup {
			continue
		}
		v.rank[w] = len(v.words)
		v.words = append(v.words, w)
	}
	return v
})

// The names below are invented or common; none is meant as a real person.
var (
	firstNames = []string{
		"Ana", "Luis", "María", "José", "Carmen", "Jorge", "Lucía", "Miguel", "Sofía", "Andrés",
		"Gabriela", "Ricardo", "Isabel", "Fernando", "Elena", "Alejandro", "Valeria", "Diego",
		"Patricia", "Raúl", "Adriana", "Sergio", "Mariana", "Héctor", "Claudia", "Tomás", "Rosa",
		"Javier", "Daniela", "Óscar", "James", "Mary", "Robert", "Linda", "Michael", "Susan",
		"David", "Karen", "Thomas", "Nancy", "Mark", "Lisa", "Paul", "Sarah", "Kevin", "Laura",
		"Brian", "Emily", "Gregory", "Rachel", "Samuel", "Hannah", "Peter", "Olivia", "Aaron",
		"Megan", "Nathan", "Grace", "Owen", "Julia", "Amir", "Leila", "Chen", "Mei", "Hiroshi",
		"Yuki", "Ivan", "Olga", "Kwame", "Amara", "Rahul", "Priya", "Mateo", "Camila", "Emilio",
		"Renata", "Bruno", "Paola", "Gustavo", "Ximena", "Rodrigo", "Beatriz", "Arturo", "Inés",
	}
	lastNames = []string{
		"García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Sánchez",
		"Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres",
		"Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero",
		"Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera",
		"Medina", "Castañeda", "Vargas", "Guerrero", "Mora", "Cárdenas", "Villegas", "Salinas",
		"Fuentes", "Navarro", "Campos", "Ibarra", "Zamora", "Ochoa", "Delgado", "Cortés", "Smith",
		"Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
		"Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis",
		"Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
		"Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker",
		"Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Kelly",
		"Wallace", "Knox", "Linthicum", "Wilner", "Nicas", "Flores-Macías", "Claver-Carone",
	}
	places = []string{
		"Mexico City", "Culiacán", "Sinaloa", "Tijuana", "Monterrey", "Guadalajara", "Juárez",
		"Chihuahua", "Sonora", "Tamaulipas", "Michoacán", "Guerrero", "Oaxaca", "Veracruz",
		"Baja California", "Nuevo León", "Jalisco", "Zacatecas", "Durango", "Acapulco", "Cancún",
		"Mazatlán", "Reynosa", "Matamoros", "Nogales", "Texas", "Arizona", "California",
		"New Mexico", "El Paso", "San Diego", "Laredo", "Houston", "Phoenix", "Washington",
		"Miami", "Chicago", "Panama", "Colombia", "Venezuela", "Guatemala", "Honduras",
		"El Salvador", "Costa Rica", "Ecuador", "Peru", "Brazil", "Argentina", "Canada",
		"Cuba", "Haiti", "Nicaragua", "Bogotá", "Caracas", "Havana", "Ottawa", "Beijing",
	}
	roles = []string{
		"President", "Governor", "Senator", "Mayor", "General", "Minister", "Secretary",
		"Commissioner", "Judge", "Ambassador", "Representative", "Admiral", "Prosecutor",
	}
	outletPrefixes = []string{
		"Harbor", "Northfield", "Valley", "Capital", "Frontier", "Gulf Coast", "Sierra",
		"Lakeside", "Metro", "Borderland", "Pacific", "Prairie", "Riverside", "Summit", "Desert",
		"Plains", "Bayview", "Highland", "Mesa", "Coastal",
	}
	outletSuffixes = []string{
		"Times", "Post", "Herald", "Tribune", "Courier", "Ledger", "Gazette", "Sentinel",
		"Chronicle", "Observer", "Dispatch", "Journal",
	}
	// syllables build invented surnames and place names: the rare names
	// that only one article mentions.
	syllables = []string{
		"ra", "mi", "lo", "ve", "dar", "gue", "sa", "to", "ne", "ri", "ca", "ba", "lle", "cor",
		"man", "tes", "zal", "quin", "rro", "del", "pa", "mon", "ti", "na", "go", "ber", "ke",
		"vi", "lan", "dro", "sel", "ma", "tor", "ni", "cha", "bel", "ro", "fa", "hal", "win",
		"ash", "ford", "ley", "ton", "mar", "quez", "ña", "lú", "xo", "yer",
	}
	placePrefixes = []string{"", "", "", "San ", "Santa ", "Puerto ", "Villa ", "Nueva ", "Port ", "Lake "}
	placeSuffixes = []string{"", "", "", "", "ville", "port", "field", "tlán", "dale"}
	// offTopic is what members ask that the coverage never covers.
	offTopic = []string{
		"pizza", "recipe", "football", "playoffs", "guitar", "weather", "wifi", "password",
		"bitcoin", "crypto", "homework", "minecraft", "anime", "movie", "tickets", "concert",
		"laptop", "printer", "vacation", "hotel", "sourdough", "yoga", "marathon", "puppy",
		"kitten", "wedding", "birthday", "lasagna", "skateboard", "keyboard", "headphones",
		"netflix", "spotify", "chess", "poker", "tennis", "basketball", "volcano", "dinosaur",
		"galaxy", "planet", "telescope", "karaoke", "sushi", "tacos", "burrito", "smoothie",
	}
	questionStarts = []string{
		"what did", "what does", "why did", "why is", "how did", "how many", "who is", "who said",
		"when did", "where is", "is", "does", "did", "what about", "tell me about", "any news on",
		"what happened with", "has", "can you find", "quote about",
	}
)
