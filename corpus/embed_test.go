package corpus

import (
	"fmt"
	"strings"
	"testing"
)

func embedded(t *testing.T) *Corpus {
	t.Helper()
	c, err := Embedded()
	if err != nil {
		t.Fatalf("Embedded() = %v", err)
	}
	return c
}

func TestEmbeddedMetadata(t *testing.T) {
	c := embedded(t)
	want := []struct {
		id, title, outlet, published, url, authors string
	}{
		{"latimes-sheinbaum-rejects-troops",
			"Mexican president rejects Trump’s proposal to send U.S. troops to fight drug cartels",
			"Los Angeles Times", "2025-05-03", "", "[Kate Linthicum]"},
		{"nysun-boots-on-the-ground",
			"EXCLUSIVE: Mexico Is Open to ‘More U.S. Boots on the Ground’ in War on Cartels",
			"The New York Sun", "2025-01-31",
			"https://www.nysun.com/article/mexico-is-open-to-more-u-s-boots-on-the-ground-in-war-on-cartels", "[]"},
		{"nysun-mexico-warms-up", "Mexico Warms Up to Trump’s War on Drug Cartels",
			"The New York Sun", "2025-02-19",
			"https://www.nysun.com/article/mexico-warms-up-to-trumps-war-on-drug-cartels", "[]"},
		{"rewrite-mexico-not-next-target",
			"Why Mexico Does Not Expect to Be the Next Target of U.S. Strikes on Cartels",
			"Unknown outlet (rewrite of a New York Times report)", "2025-10-12", "", "[]"},
		{"townhall-trump-pressured-sheinbaum",
			"Trump Reportedly Pressured Sheinbaum to Let the U.S. Military Fight Cartels in Mexico",
			"Townhall (Tipsheet)", "2025-05-03", "", "[]"},
	}
	if len(c.Articles) != len(want) {
		t.Fatalf("Embedded() has %d articles, want %d", len(c.Articles), len(want))
	}
	for i, w := range want {
		a := c.Articles[i]
		got := []string{a.ID, a.Title, a.Outlet, a.Published.Format(DateLayout), a.URL, fmt.Sprint(a.Authors)}
		wantF := []string{w.id, w.title, w.outlet, w.published, w.url, w.authors}
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", wantF) {
			t.Errorf("article %d = %q\nwant %q", i, got, wantF)
		}
		if a.Published.Location().String() != "UTC" || a.Published.Hour() != 0 {
			t.Errorf("%s: Published = %v, want UTC midnight", a.ID, a.Published)
		}
		if len(a.ID) > MaxIDLen || a.File != a.ID+".md" {
			t.Errorf("%s: File = %q, want the id plus .md, at most %d characters", a.ID, a.File, MaxIDLen)
		}
	}
	for _, id := range []string{"townhall-trump-pressured-sheinbaum", "rewrite-mexico-not-next-target"} {
		if note := c.Article(id).Note; !strings.Contains(note, "descriptive") || !strings.Contains(note, "inferred") {
			t.Errorf("%s: Note = %q, want it to say the headline is descriptive and the date inferred", id, note)
		}
	}
	if s := c.Article("latimes-sheinbaum-rejects-troops").Summary; strings.Count(s, "•") != 3 {
		t.Errorf("LA Times summary = %q, want the three bullets", s)
	}
	if c.Source != "embedded" || len(c.Fingerprint) != 64 {
		t.Errorf("Source, Fingerprint = %q, %q", c.Source, c.Fingerprint)
	}
	if again := embedded(t); again.Fingerprint != c.Fingerprint {
		t.Errorf("Fingerprint changed between loads: %s, %s", c.Fingerprint, again.Fingerprint)
	}
	// The three articles without a confirmed link are served with a warning.
	if len(c.Warnings) != 3 {
		t.Errorf("Warnings = %v, want one per article without a url", c.Warnings)
	}
}

func TestEmbeddedText(t *testing.T) {
	c := embedded(t)
	chrome := []string{
		"Advertisement", "AP/Evan Vucci", "AP/Martin Zetina", "Getty Images", "United States Marine Corps troops patrol",
		"Cornell University professor", "The Trump administration wants to use the military to fight Mexican drug cartels.",
		"All rights reserved", "Terms of Use", "Create a free account", "Recommended", "contributed to this report",
		"A cargo plane in Puerto Rico last month", "A section of the U.S.-Mexico border in Tijuana",
		"at the National Palace in Mexico City in February.", "Members of the Mexican Army in Sinaloa",
		"•",
	}
	var all strings.Builder
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			all.WriteString(p.Text + "\n")
			checkSpans(t, fmt.Sprintf("%s passage %d", a.ID, p.Index), p.Text, p.Sentences)
			if len(p.Sentences) == 0 {
				t.Errorf("%s passage %d has no sentences", a.ID, p.Index)
			}
			for _, s := range chrome {
				if strings.Contains(p.Text, s) {
					t.Errorf("%s passage %d (line %d) holds page chrome %q", a.ID, p.Index, p.Line, s)
				}
			}
		}
	}
	text := all.String()
	counts := []struct {
		s string
		n int
	}{
		{"This remains an extremely sensitive topic for Mexicans", 1}, // the pull quote is gone, the paragraph stays
		{"Gloria Sheibaum", 1},
		{"Melanie Joy,", 1},
		{"The moves comes after", 0}, // the 002 standfirst is the summary
		{"she rejected an offer by President Trump", 1},
		{"‘But,’ he concluded, ‘we should be careful what we wish for.’", 1},
		{"Mr. Rubio could benefit from more substantial cooperation.", 1},
		{"seize more of the drug.", 1},
	}
	for _, tc := range counts {
		if got := strings.Count(text, tc.s); got != tc.n {
			t.Errorf("embedded passages hold %q %d times, want %d", tc.s, got, tc.n)
		}
	}
}

func TestEmbeddedPassageLines(t *testing.T) {
	c := embedded(t)
	for _, a := range c.Articles {
		data, err := articles.ReadFile("articles/" + a.File)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for _, p := range a.Passages {
			first := strings.Fields(p.Text)[0]
			if p.Line < 1 || p.Line > len(lines) || !strings.Contains(lines[p.Line-1], first) {
				t.Errorf("%s passage %d: line %d does not hold its first word %q", a.ID, p.Index, p.Line, first)
			}
		}
	}
}
