package search

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
)

func TestNormalizeChat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"wat did he claim", "what did he claim"},
		{"@everyone who chairs UANI", "who chairs UANI"},
		{"<@123456789> <@&42> did the senate vote, @here", "did the senate vote,"},
		{"did they write to press@example.org", "did they write to press@example.org"},
		{"good example of mexicans boycotting american stuff i can show my students?", "mexicans boycotting american stuff?"},
		{"need a quote from sheinbaum on sovereignty for my history class", "need a quote from sheinbaum on sovereignty"},
		{"what did rubio say, for a lesson on diplomacy", "what did rubio say, on diplomacy"},
		{"is there a fact we could use with the class about the senate vote", "is there a fact about the senate vote"},
		{"which class of ships did they hit", "which class of ships did they hit"},
		{"the students in my class", "the students in my class"},
		{"did the senate say ok to the green berets", "did the senate agreed to the green berets"},
		{"before the senate ok'd the mission", "before the senate approved the mission"},
		// who asks for the member is none of the subject
		{"A patron wants to know how much trade crosses the border", "how much trade crosses the border"},
		{"my students keep asking whether the troops are armed", "the troops are armed"},
		{"a reader asks: who is Leavitt", "who is Leavitt"},
		{"my uncle wants to know if tariffs went up", "tariffs went up"},
		{"Trump wants to know if Mexico will act", "Trump wants to know if Mexico will act"},
		{"the senate asked about the mission", "the senate asked about the mission"},
		// nor does who told the asker a claim to check
		{"buddy says 7th group has never operated in latin america. true?", "7th group has never operated in latin america. true?"},
		{"my tia swears that ppl are boycotting american stuff", "people are boycotting american stuff"},
		{"Somebody told me sheinbaum asked for the mission", "sheinbaum asked for the mission"},
		{"abuela pregunta si rubio va a ir a méxico", "rubio va a ir a méxico"},
		{"crew keeps talking about people boycotting gringo products", "people boycotting gringo products"},
		{"my supplier says US-mexico trade is massive", "US-mexico trade is massive"},
		{"mi abuelo quiere saber cuántos narcos extraditaron", "how many narcos extraditaron"},
		{"mi mamá dice que hay soldados en la frontera", "are there soldados en la frontera"},
		{"Trump says Mexico is run by the cartels, is it?", "Trump says Mexico is run by the cartels, is it?"},
		{"the senate thinks the mission is legal", "the senate thinks the mission is legal"},
		{"sheinbaum's sovereignty argument against US interference - best quote?", "sheinbaum's sovereignty against US interference - best quote?"},
		{"need evidence that the cartels fight each other", "the cartels fight each other"},
		{"what would the other side say - is mexico too calm", "is mexico too calm"},
		{"how did the white house justify the tariffs? need their side of the argument", "how did the white house justify the tariffs?"},
		{"was the evidence released", "was the evidence released"},
		{"I need a citable line on how the policy changed", "how the policy changed"},
		{"need a source showing the senate vote was unanimous", "the senate vote was unanimous"},
		{"For my paper I need a line tying the refusal to history", "tying the refusal to history"},
		{"which line did the troops mass on", "which line did the troops mass on"},
		{"I need a quote from Rubio on the cartels", "I need a quote from Rubio on the cartels"},
		{"ok so uh what did she say", "uh what did she say"},
		{"okay, but who approved it", "who approved it"},
		{"ok so", ""},
		{"what's she done to keep him sweet?", "what's she done to appease him ?"},
		{"did the senate ok the mission", "did the senate ok the mission"},
		{"Date: Sheinbaum's public refusal", "when Sheinbaum's public refusal"},
		{"Number: troops sent to the border?", "how many troops sent to the border?"},
		{"who: chairs the Iran group", "who chairs the Iran group"},
		{"Date:", "Date:"},
		{"the date: april 22", "the date: april 22"},
		{"whats the deal w/ the tariffs", "what's the deal with the tariffs"},
		{"why dont they care abt it", "why don't they care about it"},
		{"r u sure", "are you sure"},
		{"U.S.-Mexico: trade?", "U.S.-Mexico: trade?"},
		{"the ORG chart", "the ORG chart"},
		{"WH stmt: what does the pres say mex needs to do", "White House statement: what does the president say mexico needs to do"},
		{"which cartels are FTOs", "which cartels are foreign terrorist organizations"},
		{"capture/kill on HVTs in mx?", "capture/kill on high-value targets in mexico?"},
		{"wat % of mexicans want it", "what percent of mexicans want it"},
		{"china tariff%?", "china tariff percent?"},
		{"a 25% tariff, 10 % on china", "a 25% tariff, 10 % on china"},
		{"what %%% of it", "what %%% of it"},
		{"rubio on fri re: cartels", "rubio on Friday about: cartels"},
		{"the MIL-SPEC wh", "the MIL-SPEC White House"},
		{"whats northcom asking for", "what's Northern Command asking for"},
		{"are they ftos now", "are they foreign terrorist organizations now"},
		{"the Wh staff", "the Wh staff"},
		{"which orgs", "which organizations"},
		{"did she say no to troops", "did she refused to troops"},
		{"did the senate greenlight it", "did the senate approved it"},
		{"they turned it down", "they rejected"},
		{"could mexico go back to bashing america", "could mexico return to bashing america"},
		{"invasions going back to the 1800s", "invasions going back to the 1800s"},
		{"when she turned him down, did she", "when she rejected, did she"},
		{"has the senate given the go-ahead for it", "has the senate given approval for it"},
		{"go ahead and ask", "go ahead and ask"},
		{"Saying nothing", "Saying nothing"},
		{"what'd she say tuesday", "what did she say tuesday"},
		{"worst case scenario, what could mexico do", ", what could mexico do"},
		{"best-case, a deal", ", a deal"},
		{"Where’d they go", "where did they go"},
		{"how many cartel bosses has mexico sent to the US", "how many cartel bosses has mexico extradited to the US"},
		{"cartel guys handed over to the united states?", "cartel guys extradited to the united states?"},
		{"how many senior cartel figures has Mexico handed over to the Americans", "how many senior cartel figures has Mexico extradited to the Americans"},
		{"how many big cartel figures has mexico shipped off to the US", "how many big cartel figures has mexico extradited to the US"},
		{"how many cartel guys has mexico shipped north to the US for trial", "how many cartel guys has mexico extradited to the US for trial"},
		{"how many of the big cartel guys has mexico shipped north?", "how many of the big cartel guys has mexico extradited north?"},
		{"how many big shots has mexico handed over to the US", "how many big shots has mexico extradited to the US"},
		{"how many troops were sent north", "how many troops were sent north"},
		{"how much fentanyl is sent to the us", "how much fentanyl is sent to the us"},
		{"how did she keep trump happy", "how did she appease trump "},
		{"what did she do to keep Trump off her back", "what did she do to appease Trump "},
		{"keep the door open", "keep the door open"},
		{"what has she done to keep trump from slapping tariffs", "what has she done to avert trump slapping tariffs"},
		{"keep away from the border", "keep away from the border"},
		{"how many cartel bosses extradited to us", "how many cartel bosses extradited to US"},
		{"fentanyl coming into us??", "fentanyl coming into US??"},
		{"what did they tell us about it", "what did they tell us about it"},
		{"is the cia aloud to strike w the drones", "is the cia allowed to strike with the drones"},
		{"what was the 10k troops about", "what was the 10000 troops about"},
		{"how much trade btwn us n mx a yr", "how much trade between us and mexico a year"},
		{"the MX record", "the MX record"},
		{"what's the Agency been doing over Mexico", "what's the CIA been doing over Mexico"},
		{"which agency runs the drones", "which agency runs the drones"},
		{"the agency said", "the agency said"},
		{"I keep hearing the Green Berets are heading in", " the Green Berets are heading in"},
		{"ive been hearing that they left", " they left"},
		{"the senate hearing on it", "the senate hearing on it"},
		{"did SecState call it a natsec threat", "did Secretary of State call it a national security threat"},
		{"which grp is it, theyve been in panama rite", "which group is it, they've been in panama right"},
		{"US/MX trade, and did MX send troops", "US/mexico trade, and did mexico send troops"},
		{"the 10km race", "the 10km race"},
		{"cuántos soldiers were sent", "how many soldiers were sent"},
		{"when did she say she told trump no", "when did she say she refused trump "},
		{"she told me no", "she refused me "},
		{"so many mexicans moving to the US", "so many mexicans emigrating to the US"},
		{"they moved into the house", "they moved into the house"},
		{"que dijo el profe de Cornell", "what said el professor de Cornell"},
		{"hay militares americanos already in mexico?", "are there militares americanos already in mexico?"},
		{"WHY WONT MEXICO LET THE US MILITARY IN, whats the history", "why won't mexico let the US military in, what's the history"},
		{"SO ARE THE CIA DRONES FLYING", "so are the CIA drones flying"},
		{"did DEA and FBI agents go", "did DEA and FBI agents go"},
		{"is mexico city on rubio's latam trip", "is mexico city on rubio's Latin America trip"},
		{"did they talk about sending SF in", "did they talk about sending Special Forces in"},
		{"drones or spec ops against the cartels", "drones or special operations against the cartels"},
	}
	for _, tt := range tests {
		if got := normalizeChat(tt.in); got != tt.want {
			t.Errorf("normalizeChat(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMisspeltFunctionWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"betwen", true}, {"evry", true}, {"wich", true}, {"thier", true}, {"becuase", true}, {"actualy", true}, {"realy", true},
		{"acording", true}, {"artcle", true}, // words that only frame the question
		{"world", false},  // a letter in place of another: "would" or a word
		{"cartel", false}, // near no function word
		{"thin", false},   // "this" and "then" are too short to be taken for
		{"ab", false},
	}
	for _, tt := range tests {
		if got := misspeltFunctionWord(tt.w); got != tt.want {
			t.Errorf("misspeltFunctionWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// Questions typed as in a chat: filler, opinion, chat spellings and typos
// around the words that say what is asked.
func TestSearchChattyQuestions(t *testing.T) {
	ix := embeddedIndex(t)
	tests := []struct{ q, want string }{
		{"wat did trump claim about who runs mexico", "essentially run by the cartels"},
		{"did the mexican senate greenlight the green berets or what", "The Mexican Senate has approved"},
		{"idk who that cornell guy was, what did he say about occupations", "previous military occupations"},
		{"so did sheinbaum actually say no to trump sending the army in? honestly curious", "Sheinbaum"},
		{"seems wild to me but do business people in sinaloa really support american strikes", "would surprisingly support U.S. strikes"},
		{"how much trade goes on between the us and mexico every year? ballpark", "$950 billion"},
		{"how much is the trade betwen usa and mexico evry year?", "$950 billion"},
		{"trump said something about being proud to personally go after the cartels, what was the quote", "I would be honored to go in"},
		{"trump said something in may about being happy to go in after the cartels himself, what was the exact quote", "I would be honored to go in"},
		{"worst case scenario if a us strike kills civilians in mexico, what could mexico do", "cut diplomatic ties"},
		{"what has sheinbaum done to try and keep trump from slapping tarrifs on mexico", "She sent thousands of National Guard troops"},
		{"what tarrif rate did the white house announce for china compared to mexico", "10 percent on Communist China"},
		{"how many cartels got labeled FTOs", "six Mexican cartels"},
		{"did the admin weigh SOF raids to capture or kill HVTs?", "capture or kill drug bosses"},
		{"which COA does the admin favor against the TCOs, joint ops or going unilateral?", "currently favors joint operations"},
		{"what % of mexicans would be ok with a us intervention", "31 percent of Mexicans would welcome"},
		{"are ordinary mexicans boycotting american brands", "demanded a boycott of American products"},
		{"how many mexicans actualy want the us to come in n intervene", "31 percent of Mexicans would welcome"},
		{"which special forces grp is it, theyve done stuff in panama n south america rite", "Panama, Peru, and Ecuador"},
		{"how many natl guard did MX send to the nothern border to keep trump happy", "thousands of National Guard troops"},
		{"is it true rubio already had mexico's foreign minister de la fuente over to washington", "Juan Ramon de la Fuente"},
		{"whose boats have been on the receiving end of the maritime strikes so far?", "exclusively targeted vessels departing Venezuela"},
		{"I own a hardware store in El Paso. If that trade gets knocked out, what happens to places like mine?", "could unleash economic devastation"},
		{"So my grandpa is a huge history nerd and he claimed at thanksgiving that no secretary of state had gone to latin america first in like a century. I told him he was making it up. When was the last time that happened, supposedly?", "in 1912"},
		{"for the show: what's the quote where trump claims cartels are the ones running mexico?", "essentially run by the cartels"},
		{"which squad is actually sending the green berets? like what unit", "7th Special Forces Group"},
		{"gimme the trump soundbite about who basically runs mexico", "essentially run by the cartels"},
		{"how did the torchstone analyst phrase the list of units not being sent", "sending in the SEALs"},
		{"do the cartel fellas down in culiacan worry about the US coming for them", "confident that President Sheinbaum would prevent it"},
		{"what did trump say the US should do about the cartels, straight up war?", "should “wage war” against them"},
		{"has sheinbaum softened on working with the US against the cartels?", "changing her tune"},
		{"On what date did the call occur, and how long did it last?", "45-minute telephone conversation"},
		{"why is the idea of american troops such a raw nerve for mexicans? is there a historical reason behind it", "previous military occupations"},
	}
	for _, tt := range tests {
		ans, err := ix.Search(context.Background(), corpus.Query{Text: tt.q})
		if err != nil {
			t.Fatalf("Search(%q) = %v", tt.q, err)
		}
		if !resultsHold(ans.Results, tt.want) {
			t.Errorf("Search(%q) = %d results, no_match %v; want a passage with %q", tt.q, len(ans.Results), ans.NoMatch, tt.want)
		}
	}
	// chat words do not make an off-topic question answerable
	for _, q := range []string{
		"whats the weather like in culiacan rn",
		"do you guys even know what the weather is like in tokyo lol",
		"idk how to reset my password can u help",
		"how many calories are in a big mac, just wondering",
		"ssd or hdd for a gaming pc, does it even matter",
	} {
		ans, err := ix.Search(context.Background(), corpus.Query{Text: q})
		if err != nil {
			t.Fatalf("Search(%q) = %v", q, err)
		}
		if !ans.NoMatch {
			t.Errorf("Search(%q) = %d results, want no_match", q, len(ans.Results))
		}
	}
}

func resultsHold(results []corpus.Result, text string) bool {
	for _, r := range results {
		if strings.Contains(r.Passage.Text, text) {
			return true
		}
	}
	return false
}

func TestQuestionStart(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what did sheinbaum say", "what did sheinbaum say"},
		{"my tio sends money home lol. is that true, how much is it per year?", "is that true, how much is it per year?"},
		{"ok so my sister keeps sending me tiktoks, idk if it's a trend, but were people calling for a boycott?", "were people calling for a boycott?"},
		{"my dad asked me this at dinner and i had no clue, besides panama where else is rubio going?", "besides panama where else is rubio going?"},
		{"long time lurker, first post. what has sheinbaum done?", "what has sheinbaum done?"},
		{"In the LA Times piece, what did the professor say?", "what did the professor say?"},
		{"sheinbaum troops?", "sheinbaum troops?"},
		{"the U.S. and Mexico, did they agree", "did they agree"},
		{"im writing a paper for my class (due friday, pray for me) - how is trumps approach different?", "how is trumps approach different?"},
		{"what did the cartel (the CJNG) say", "what did the cartel (the CJNG) say"},
		{"i read the cia flies drones over mexico, which kinda scared me. are they allowed to strike?", "are they allowed to strike?"},
		{"the professor at cornell, who is he?", "who is he?"},
		{"In Europe that would be a diplomatic scandal - how did trump describe mexico?", "how did trump describe mexico?"},
		{"in the EU we keep terror lists too — how many groups did the US list?", "how many groups did the US list?"},
		{"the cornell professor — does he think strikes would work?", "the cornell professor — does he think strikes would work?"},
		{"is the US-Mexico deal - the one from may - still on?", "is the US-Mexico deal - the one from may - still on?"},
	}
	for _, tt := range tests {
		if got := tt.in[questionStart(tt.in):]; got != tt.want {
			t.Errorf("questionStart(%q) leaves %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A member who sets the scene before asking is answered from the
// question: the scene's words the corpus does not know are about the
// asker, not a subject it lacks. When the question names nothing of its
// own, the scene is the subject, and one the corpus does not cover is
// refused.
func TestSceneBeforeTheQuestion(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Remittances to Mexico now top more than $60 billion a year.",
			"The cartels also move fentanyl by land and air.",
		}, filler...)...))
	wantAt(t, ix, "my tio sends money home every month from houston and he always says it adds up lol. how much do remittances add up to per year?", 0)
	wantRefused(t, ix, "my discord bot keeps crashing with a 429 error, any idea why?")
	wantRefused(t, ix, "my cousin in houston bakes conchas for the cartels lol, how come?")
}

// The scene's words weigh in ranking but do not decide whether the
// question is answered: a passage that answers what is asked need not
// hold the words that tell about the asker, even ones the corpus uses.
func TestSceneWordsAPassageLacks(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Daily", "2025-01-01", append([]string{"The United States and Mexico share a deep trade relationship, with $950 billion in goods exchanged each year."}, filler...)...),
		article("b", "Daily", "2025-01-02", "Freight is heavy.", "Laredo sits on a river.", "Logistics are always hard.", "A ton is a lot.", "Shoppers are curious.", "Workers move boxes."))
	wantAt(t, ix, "I work in logistics and we move a ton of freight through Laredo, so I'm always curious. how much trade is there every year?", 0)
	wantRefused(t, ix, "I work in logistics and we move a ton of freight through Laredo, so I'm always curious. how much do eggs cost in texas?")
}

// A question whose only word on its subject is a synonym of one the
// corpus uses ("slap" for "impose") names a subject of its own: the scene
// before it is dropped, not taken for the subject.
func TestSceneBeforeASynonym(t *testing.T) {
	ix := newIndex(t, [][]string{{"impose", "slap"}}, article("a", "Daily", "2025-01-01",
		append([]string{"The government will impose new fees on steel."}, filler...)...))
	q := parsed(t, ix, "sure, because that always fixes everything lol. what did they slap on them")
	if terms := termTexts(q); slices.Contains(terms, "sure") || slices.Contains(terms, "fix") {
		t.Errorf("terms %q keep the scene's words the corpus does not know", terms)
	}
}

// A possessive of the scene ("my wife's family") is measured without its
// "'s": "wife" is too short to be taken for a misspelling of a word the
// corpus uses ("wide"), and it is dropped with the scene.
func TestScenePossessiveIsNoTypo(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"The cartels also move fentanyl by land and air over a wide area."}, filler...)...))
	q := parsed(t, ix, "my wife's family is from puebla. how do the cartels move fentanyl?")
	if terms := termTexts(q); slices.Contains(terms, "wife") {
		t.Errorf("terms %q keep the scene's possessive", terms)
	}
}

func TestTrailingAside(t *testing.T) {
	tests := []struct{ in, want string }{
		{"how big are the tariffs? wondering if prices go up", "wondering if prices go up"},
		{"did rubio go to mexico city?? seems weird. my dad says yes", "seems weird. my dad says yes"},
		{"sheinbaum troops? what was her comeback", ""},
		{"is that true, how much is it per year?", ""},
		{"what did sheinbaum say", ""},
	}
	for _, tt := range tests {
		if got := tt.in[trailingAside(tt.in):]; got != tt.want {
			t.Errorf("trailingAside(%q) leaves %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A remark after the question tells about the asker: its words the corpus
// does not know are no subject the corpus lacks.
func TestSearchRemarkAfterTheQuestion(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The tariffs on Mexico will be 25 percent, the White House said.",
			"The cartels also move fentanyl by land and air.",
		}, filler...)...))
	wantAt(t, ix, "how high are the tariffs on mexico? my abuela frets about her groceries lol", 0)
	wantRefused(t, ix, "how high are the tariffs on mexico? what about on kumquats from chile")
}

// A member who asks for the gist, the tl;dr or the short version asks the
// question itself.
func TestSearchGistOf(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The professor said the government would be wise to take the threat of strikes seriously.",
			"Rubio will visit Panama and Guatemala on his trip.",
		}, filler...)...))
	wantAt(t, ix, "tl;dr of the professor's take on the threat?", 0)
	wantAt(t, ix, "TL;DR: what did the professor say about strikes", 0)
	wantAt(t, ix, "short version of the rubio trip, where is he going?", 1)
	wantAt(t, ix, "gist of rubio's trip?", 1)
	wantAt(t, ix, "short version of the trip?", 1)
	for _, q := range []string{"tl;dr of the threat?", "TL;DR the threat", "gist of the threat?", "short version of the threat?", "recap of the threat"} {
		if got := termTexts(parsed(t, ix, q)); !slices.Equal(got, []string{"threat"}) {
			t.Errorf("%q has terms %q, want only the threat", q, got)
		}
	}
}

// How people feel about something is what they think of it: "feel" is
// the question's frame, not a word the passage must hold.
func TestSearchHowTheyFeel(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"A poll found most Mexicans now favor American help against the cartels.",
			"Rubio will visit Panama and Guatemala on his trip.",
		}, filler...)...))
	wantAt(t, ix, "how do mexicans feel about american help with the cartels?", 0)
	if got := termTexts(parsed(t, ix, "how are mexicans feeling about it")); !slices.Equal(got, []string{"mexican"}) {
		t.Errorf("terms %q, want only mexican", got)
	}
}

// A bilingual member's Spanish function words are left out, its question
// words read in English, and its content words found through the synonym
// groups; a polite asker's frame is left out as chat is.
func TestSearchMixedAndPoliteQuestions(t *testing.T) {
	ix := newIndex(t, [][]string{{"tariffs", "aranceles"}, {"president", "presidenta"}}, article("a", "Daily", "2025-01-01",
		append([]string{
			"The president persuaded the White House to hold off on tariffs for a month.",
			"Mr. Rubio met Canada's foreign minister on Thursday.",
			"The senate in El Salvador met on Tuesday.",
		}, filler...)...))
	wantAt(t, ix, "cómo convenció la presidenta a trump sobre los aranceles?", 0)
	wantAt(t, ix, "la presidenta y los aranceles", 0)
	wantAt(t, ix, "I would be grateful to know whom Mr. Rubio met from Canada, kindly.", 1)
	wantAt(t, ix, "cuándo se reunió the senate de El Salvador", 2)
	for _, term := range termTexts(parsed(t, ix, "qué pasaría with the tariffs, en vez de nadie")) {
		if term != "tarif" {
			t.Errorf("terms of %q hold %q, want only tarif", "qué pasaría with the tariffs, en vez de nadie", term)
		}
	}
	wantRefused(t, ix, "qué es la capital de Francia")
}

// Spanish words English spells by rule find the English word, and a
// Spanish question mark opens a question.
func TestSearchSpanishCognates(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Los Angeles Times", "2025-01-01",
		append([]string{
			"The administration considered military options against the cartels.",
			"Mexico is not a protectorate or a colony, the president said.",
		}, filler...)...))
	wantAt(t, ix, "¿Qué opciones militares ha considerado la administración contra los carteles?", 0)
	wantAt(t, ix, "¿Qué dijo la presidenta? algo como 'no somos protectorado ni colonia'", 1)
}

func TestCognates(t *testing.T) {
	for w, want := range map[string]string{
		"territorio":     "territory",
		"opciones":       "option",
		"nacionalismo":   "nationalism",
		"administracion": "administration",
		"protectorado":   "protectorate",
		"considerado":    "considered",
		"colonia":        "colony",
		"productos":      "product",
	} {
		if got := cognates(w); !slices.Contains(got, want) {
			t.Errorf("cognates(%q) = %q, want %q among them", w, got, want)
		}
	}
	if got := cognates("casa"); len(got) != 0 {
		t.Errorf("cognates(%q) = %q, want none for a word of four letters", "casa", got)
	}
}

func TestQuotedPhrases(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the LA Times uses 'gringo-bashing'. whose tendency?", []string{"gringo-bashing"}},
		{"who said trump 'can't do that'?", []string{"can't do that"}},
		{"what does “boots on the ground” mean", []string{"boots on the ground"}},
		{`was it the "most powerful force"?`, []string{"most powerful force"}},
		{"these 'trainers' are harmless", nil}, // one word says too little
		{"sheinbaum's reply and trump's offer", nil},
		{"what's the cartels' plan", nil},
	}
	for _, tt := range tests {
		if got := quotedPhrases(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("quotedPhrases(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A phrase the question quotes word for word finds its passage, however
// many words around it the corpus does not know.
func TestSearchQuotedPhrase(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"A unilateral attack could return Mexican politics to the gringo-bashing tendency once prevalent among politicians.",
			"Politicians in Mexico said the attack would be a tendency of the past.",
			"The paper uses a new press.",
			"Mexican politics changed after the election.",
		}, filler...)...))
	wantAt(t, ix, "Interpreter here. The paper uses 'gringo-bashing': whose tendency is that describing?", 0)
	wantRefused(t, ix, "Interpreter here. The paper uses 'gringo cooking': whose recipe is that describing?")
	// a name the corpus does not know does not refuse it either
	wantAt(t, ix, "Politicians had a 'gringo-bashing tendency' (Gringofobia?), how is that put in the English text?", 0)
	wantRefused(t, ix, "Politicians had a 'gringo cooking tendency' (Gringofobia?), how is that put in the English text?")
	// a phrase that several passages hold tells none of them apart
	wantRefused(t, ix, "who sang 'Mexican politics' at the Grammys?")
}

// Signs alone ask nothing: a run of them is not read as a word, and
// query syntax is only text.
func TestSearchSignsAlone(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{"% % %", "%%%", "what %%%", "+-^~*?:()", `title:"boots" AND +cartels^5 -(ok)`, "'' \"\" ''"} {
		wantRefused(t, ix, q)
	}
}

// The sentence of a question starts past the last full stop before it,
// not at the dots of "U.S.".
func TestSentenceStart(t *testing.T) {
	for _, tt := range []struct{ text, at, want string }{
		{"I own a store in El Paso. If that trade stops, what happens to us?", "what", "If that"},
		{"If the U.S. strikes, what happens?", "what", "If the"},
		{"what happens?", "what", "what"},
	} {
		i := strings.Index(tt.text, tt.at)
		if got := sentenceStart(tt.text, i); !strings.HasPrefix(tt.text[got:], tt.want) {
			t.Errorf("sentenceStart(%q, %d) = %d (%q), want the start of %q", tt.text, i, got, tt.text[got:], tt.want)
		}
	}
}

// A sentence's end is marked as a clause's, and the dots of "U.S." and
// "Mr." are not.
func TestMarkSentenceEnds(t *testing.T) {
	for text, want := range map[string]string{
		"Rubio goes to Panama first. When was the last time?": "Rubio goes to Panama first. ,  When was the last time? , ",
		"did the U.S. strike? yes":                            "did the U.S. strike? ,  yes",
		"Mr. Rubio said so":                                   "Mr. Rubio said so",
	} {
		if got := markSentenceEnds(text); got != want {
			t.Errorf("markSentenceEnds(%q) = %q, want %q", text, got, want)
		}
	}
}

// "How long did it run" asks for a duration: "run" says only that the call
// went on, and is not the "run" of "who runs Mexico".
func TestHowLongDidItRun(t *testing.T) {
	ix := embeddedIndex(t)
	for q, want := range map[string]bool{
		"when did the call take place, and how long did it run?": false,
		"how long did the call last":                             false,
		"who runs mexico, per trump":                             true,
		"how long has the cartel run the town":                   true,
	} {
		terms := termTexts(parsed(t, ix, q))
		if got := slices.Contains(terms, "run") || slices.Contains(terms, "last"); got != want {
			t.Errorf("parseQuestion(%q) has run or last as a term: %v, want %v", q, got, want)
		}
	}
}
