package search

import (
	"maps"
	"strings"
	"testing"
)

func TestRoles(t *testing.T) {
	a := article("a", "Daily", "2025-01-01",
		"The plan was criticized by former foreign minister Jorge Castañeda on Sunday.",
		"Press Secretary Karoline Leavitt confirmed the tariffs. To appease President Trump, the mayor sent police.",
		"Ms. Leavitt said the measures were in retaliation. Trump said nothing.",
		"“People here say yes,” said Adrián López, editor of El Noroeste, the largest newspaper.",
		"Mr. Castaneda says she has been in office for four months. López added that the United States Army stayed home.",
		"The talks were led by the department’s special envoy to the region, Mauricio Claver-Carone, who told reporters little.",
		"Claver-Carone said the trip would start in Panama.",
		"Businesses back the strikes, according to Ana Ruiz, mayor of Tijuana, and according to NBC News.",
	)
	want := map[string]introduced{
		"castaneda":     {"former foreign minister", "jorge"},
		"leavitt":       {"press secretary", "karoline"},
		"trump":         {"president", ""},
		"lopez":         {"editor of el noroeste", "adrián"},
		"claver-carone": {"department’s special envoy to the region", "mauricio"},
		"ruiz":          {"mayor of tijuana", "ana"},
	}
	if got := roles(a); !maps.Equal(got, want) {
		t.Errorf("roles = %q, want %q", got, want)
	}
	people := roles(a)
	for pi, want := range map[int]string{
		0: "",                                   // the passage that introduces him holds his role
		2: "press secretary karoline president", // "Ms. Leavitt", "Trump"
		4: "former foreign minister jorge editor of el noroeste adrián",
	} {
		if got := rolesIn(a.Passages[pi].Text, people); got != want {
			t.Errorf("rolesIn(passage %d) = %q, want %q", pi, got, want)
		}
	}
}

// A member who asks by role ("the former foreign minister") finds the
// passage that quotes the person by surname alone.
func TestAskByRole(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The plan was criticized by former foreign minister Jorge Castañeda on Sunday.",
			"Schools and roads were discussed at length by the council.",
			"Mr. Castaneda says the governor has been in office for four months.",
		}, filler...)...))
	wantAt(t, ix, "what does the former foreign minister say about the governor in office", 2)
}

// FuzzRoles checks that reading people from any text neither panics nor
// keys a role by an empty surname.
func FuzzRoles(f *testing.F) {
	for _, s := range []string{
		"former foreign minister Jorge Castañeda said. Mr. Castaneda says",
		"Gustavo A. Flores-Macías, professor of government at Cornell University. Flores-Macías wrote",
		"A.", ", A. B.", "Mr.", "de la", "Juan Ramon de la Fuente, the envoy. de la Fuente said",
		"’s ’", "the region, Mauricio Claver-Carone, told",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article("a", "Daily", "2025-01-01", text, text)
		people := roles(a)
		for name := range people {
			if name == "" {
				t.Fatalf("roles(%q) has an empty surname", text)
			}
		}
		_ = rolesIn(text, people)
	})
}

// A member who asks by given name finds the passage that quotes the person
// by surname alone, before one that only shares the question's other words.
func TestAskByGivenName(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Press Secretary Karoline Leavitt spoke to reporters on Monday.",
			"Tariffs on steel were raised again, the trade office said in a statement.",
			"Ms. Leavitt said the tariffs answer the flow of fentanyl.",
		}, filler...)...))
	wantAt(t, ix, "what did karoline say about the tariffs", 2)
}

// A passage that speaks of someone by pronoun alone is read as about the
// person the passage before it speaks of: the one it quotes, else the
// first it names, else that passage's own referent.
func TestReferent(t *testing.T) {
	a := article("a", "Daily", "2025-01-01",
		"Secretary Rubio’s meeting with President Claudia Sheinbaum came a day after the strike.",
		"He asserted that the boats would be blown up.",
		"However, his tone shifted when discussing the border, calling it a partnership.",
		"An operative in Culiacán was calm. ‘It will never happen,’ he remarked, referring to Mr. Trump.",
		"He further claimed that there are many routes.",
		"Trump and Sheinbaum have said their call was productive. White House spokeswoman Anna Kelly said it delivered results.",
		"“Mexico must do more,” she said.",
		"The council met on Monday.",
		"It said he would come back.",
	)
	people := roles(a)
	for pi, want := range []string{"", "rubio", "rubio", "", "", "", "kelly", "", ""} {
		if got := referent(a, pi, people); got != want {
			t.Errorf("referent(passage %d) = %q, want %q", pi, got, want)
		}
	}
}

// A member who asks what someone said finds the passage that quotes them
// by pronoun alone.
func TestAskByReferent(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Secretary Rubio’s meeting with President Claudia Sheinbaum came a day after the strike.",
			"He asserted that the boats would be blown up.",
			"However, his tone shifted when discussing the border, calling it the closest partnership ever.",
			"The border partnership was praised by the mayor.",
		}, filler...)...))
	wantAt(t, ix, "what did rubio say about the border partnership", 2)
}

// The paragraphs just after the lead tell the details of the event the
// lead names, without naming it again: they are read with the lead's
// first sentence when they take up a word of it. Past leadReach they are
// not.
func TestReadWithTheLead(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The Mexican Senate has approved the deployment of U.S. Army Green Berets into the country.",
			"The troops will report for duty this week and train marines until March.",
			"The Senate commission voted unanimously to approve the mission, the senator said.",
		}, filler...)...))
	for _, q := range []string{"was the vote on the green berets close", "did they vote unanimously on the green berets"} {
		wantAt(t, ix, q, 2)
	}

	lead := "The Mexican Senate has approved the deployment of U.S. Army Green Berets into the country."
	a := article("b", "Daily", "2025-01-01", lead, filler[0],
		"The Senate commission voted unanimously.", // takes up "Senate"
		"Governor Rocha was born in 1962.",         // moves on
		filler[1],
		"The Senate will vote again in March.") // past leadReach
	for pi, want := range []bool{1: true, 2: true, 3: false, 4: false, 5: false} {
		if pi > 0 && strings.Contains(contextOf(a, pi, nil), lead) != want {
			t.Errorf("paragraph %d read with the lead: %v, want %v", pi, !want, want)
		}
	}
}
