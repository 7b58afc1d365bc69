package search

import "testing"

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
		"how many of them were there":                 "",
		"how much did it cost":                        "",
	} {
		from, to := countedAt(q)
		if got := q[from:to]; got != want {
			t.Errorf("countedAt(%q) = %q, want %q", q, got, want)
		}
	}
}
