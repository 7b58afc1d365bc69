package search

import (
	"strings"
	"testing"
)

func TestSubjectAt(t *testing.T) {
	for q, want := range map[string]string{
		"how did Canada respond to the tariffs":                "Canada",
		"How did Venezuelan President Nicolás Maduro respond?": "Maduro",
		"what did guatemala's president agree to":              "guatemala's",
		"did amlo ever let us troops in":                       "amlo",
		"What retaliatory tariffs did Canada impose?":          "Canada",
		"did the cartels respond":                              "",
		"did she accept":                                       "",
		"how many cartel members were sent to the US":          "",
		"which us agencies could send more people":             "",
		"Mexico's president said no":                           "",
		"What did Mr. Rubio say about the boats":               "Rubio",
		"is the US taking back control of the canal":           "",
		"What Did Rubio Say About The Boats":                   "Rubio",
		"what did U.S. officials say":                          "U.S",
		"who's David Mora":                                     "Mora",
		"what's the deal with the canal":                       "",
		"how would one describe the mission":                   "",
		"who is demanding panama de-flag the ships":            "",
		"who's claiming the drones can't shoot":                "",
		"is Browning visiting":                                 "Browning",
	} {
		got := ""
		if i := subjectAt(q); i >= 0 {
			got = questionWords(q[i:])[0].text
		}
		if got != want {
			t.Errorf("subjectAt(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestCountedAt(t *testing.T) {
	for q, want := range map[string]string{
		"how many cartel members were sent to the US": "cartel members",
		"How many Americans has fentanyl killed?":     "Americans",
		"how many people died in the boat strikes":    "people died",
		"how many cartel dudes got shipped":           "cartel dudes",
		"how many times has the US invaded":           "times",
		"how many times the US has invaded Mexico":    "times",
		"how many troops they sent":                   "troops",
		"how many of them were there":                 "",
		"how much did it cost":                        "",
	} {
		from, to := countedAt(q)
		if got := q[from:to]; got != want {
			t.Errorf("countedAt(%q) = %q, want %q", q, got, want)
		}
	}
}

// FuzzQuestionParts checks that finding a question's subject and what it
// counts, in any text, neither panics nor points outside the text or
// inside a word.
func FuzzQuestionParts(f *testing.F) {
	for _, s := range []string{
		"how did Canada respond", "how many cartel members were sent", "did ’s", "how many",
		"What Did Rubio Say", "what's it's'", "did U.S. officials.", "how many how many x",
		"¿cómo respondió México?", "did \xff\xfe", "what did Ñandú's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		starts := map[int]bool{}
		for _, w := range questionWords(text) {
			if w.start < 0 || w.start+len(w.text) > len(text) || text[w.start:w.start+len(w.text)] != w.text || w.text == "" {
				t.Fatalf("questionWords(%q) has %+v", text, w)
			}
			starts[w.start] = true
		}
		if i := subjectAt(text); i != -1 && !starts[i] {
			t.Fatalf("subjectAt(%q) = %d, not the start of a word", text, i)
		}
		if from, to := countedAt(text); from < 0 || from > to || to > len(text) {
			t.Fatalf("countedAt(%q) = %d, %d", text, from, to)
		}
		_ = titleCase(text)
	})
}

func TestObjectAt(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"tariffs will be imposed on Mexico and Canada", "Canada", true},
		{"a sit-down with Canada's foreign minister", "Canada", true},
		{"Canada imposed tariffs", "Canada", false},
		{"Tariffs start on Friday. Canada imposed its own", "Canada", false},
		{"a meeting with Mr. Trump", "Trump", true},
		{"talks with the U.S. Northern Command", "Northern", true},
		{"according to Senator Alejandro Moreno", "Moreno", false},
		{"the head of the U.S. Northern Command asked", "Northern", false},
		{"the mission was approved by the Senate", "Senate", false},
	}
	for _, tt := range tests {
		if got := objectAt(tt.text, strings.Index(tt.text, tt.name)); got != tt.want {
			t.Errorf("objectAt(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// A question about what someone did is not answered by an article in which
// they only have things done to them.
func TestSubjectMustAct(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Press Secretary Karoline Leavitt confirmed that 25 percent tariffs will be imposed on Mexico and Canada.",
			"Mexico responded to the tariffs by sending troops to the border.",
			"Forecasters expect rain over the weekend.",
		}, filler...)...))
	wantRefused(t, ix, "how did canada respond to the tariffs")
	wantAt(t, ix, "how did mexico respond to the tariffs", 1)
	wantAt(t, ix, "is canada getting tariffs too", 0)
}

// "Washington" as the subject stands for the American government: an
// article that writes "the U.S." or "the administration" answers what it
// did, though it never names the city.
func TestSubjectWashington(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Daily", "2025-01-01", append([]string{
			"The administration has considered using U.S. Special Forces to capture or kill drug bosses.",
		}, filler...)...),
		article("b", "Daily", "2025-01-02", append([]string{
			"Mexico says pressure from Washington is rising.",
		}, filler...)...))
	wantArticle(t, ix, "has washington thought about sending special forces to kill the drug bosses?", "a")
	wantRefused(t, ix, "has washington thought about a new bridge toll?")
}
