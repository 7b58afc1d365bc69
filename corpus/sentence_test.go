package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func sentences(text string) []string {
	var out []string
	for _, s := range SplitSentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"   \n ", nil},
		{"No final stop", []string{"No final stop"}},
		{"  One.  Two.  ", []string{"One.", "Two."}},
		{"He asked why? Nobody knew! 25 people left.", []string{"He asked why?", "Nobody knew!", "25 people left."}},
		// Abbreviations that do not end a sentence.
		{"The U.S. Army arrived. Then it left.", []string{"The U.S. Army arrived.", "Then it left."}},
		{"U.S.-Mexico ties grew. Trade rose.", []string{"U.S.-Mexico ties grew.", "Trade rose."}},
		{"Mr. Trump met Ms. Leavitt and Mrs. Smith. Dr. Jones agreed.",
			[]string{"Mr. Trump met Ms. Leavitt and Mrs. Smith.", "Dr. Jones agreed."}},
		{"Gen. Ray, Sen. Cruz, Rep. Doe and Lt. Dan met at St. Paul. It ended.",
			[]string{"Gen. Ray, Sen. Cruz, Rep. Doe and Lt. Dan met at St. Paul.", "It ended."}},
		{"Messrs. Rubio and de la Fuente spoke. Nothing came of it.",
			[]string{"Messrs. Rubio and de la Fuente spoke.", "Nothing came of it."}},
		{"They met on Jan. 30 and Feb. 2 in Sept. 2024. Nothing changed.",
			[]string{"They met on Jan. 30 and Feb. 2 in Sept. 2024.", "Nothing changed."}},
		{"It starts at 5 p.m. Friday and ends at 9 a.m. Saturday. Done.",
			[]string{"It starts at 5 p.m. Friday and ends at 9 a.m. Saturday.", "Done."}},
		{"Jack N. Smith and J.D. Vance spoke. They agreed.", []string{"Jack N. Smith and J.D. Vance spoke.", "They agreed."}},
		{"Gustavo A. Flores-Macías wrote. He agreed.", []string{"Gustavo A. Flores-Macías wrote.", "He agreed."}},
		{"Tariffs rose 3.5 percent. Prices fell 0.2 percent.", []string{"Tariffs rose 3.5 percent.", "Prices fell 0.2 percent."}},
		{"He wrote e.g. this. And that.", []string{"He wrote e.g. this.", "And that."}},
		// "U.S." ends a sentence only before a word that opens one.
		{"Troops went to the U.S. The president said so.", []string{"Troops went to the U.S.", "The president said so."}},
		{"It came from the U.S. But few noticed.", []string{"It came from the U.S.", "But few noticed."}},
		{"It came from the U.S. Special Forces base.", []string{"It came from the U.S. Special Forces base."}},
		{"Members were sent to the U.S.", []string{"Members were sent to the U.S."}},
		{"We met at 9 a.m. He was late.", []string{"We met at 9 a.m.", "He was late."}},
		// Ellipses stay inside a sentence.
		{"“No, our territory is inalienable. ... We can collaborate.” Then he left.",
			[]string{"“No, our territory is inalienable. ... We can collaborate.”", "Then he left."}},
		{"Well... Maybe not. Later… Then yes.", []string{"Well... Maybe not.", "Later… Then yes."}},
		// Closing quotes and brackets stay with their sentence.
		{"“It’s true,” she said. “We agree.” He nodded.", []string{"“It’s true,” she said.", "“We agree.”", "He nodded."}},
		{"He said \"stop.\" Then 'go.' (It worked.) [Done.] Fine.",
			[]string{"He said \"stop.\"", "Then 'go.'", "(It worked.)", "[Done.]", "Fine."}},
		{"‘We should be careful,’ he said. ‘Where do I sign?’ he asked.",
			[]string{"‘We should be careful,’ he said.", "‘Where do I sign?’ he asked."}},
		{"Is it?! Yes.", []string{"Is it?!", "Yes."}},
		// A lowercase word or a stray quote does not open a sentence.
		{"See page 4. more follows.", []string{"See page 4. more follows."}},
		{"drugs to our country. “", []string{"drugs to our country. “"}},
		{"Done.“Next", []string{"Done.“Next"}},
	}
	for _, tt := range tests {
		if got := sentences(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// checkSpans fails unless spans are in order, inside text, not empty and
// leave only white space outside them.
func checkSpans(t *testing.T, name, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Errorf("%s: span %d = %v is out of order or empty (text length %d)", name, i, s, len(text))
			return
		}
		if gap := text[prev:s.Start]; strings.TrimSpace(gap) != "" {
			t.Errorf("%s: text %q before span %d is not in any sentence", name, gap, i)
		}
		prev = s.End
	}
	if rest := text[prev:]; strings.TrimSpace(rest) != "" {
		t.Errorf("%s: text %q after the last sentence is not in any sentence", name, rest)
	}
}

func TestSplitSentencesCovers(t *testing.T) {
	for _, text := range []string{"a", " a. B ", "One. Two? Three! ", "x.\u00a0Y", "... ...", "“ ”"} {
		checkSpans(t, text, text, SplitSentences(text))
	}
}
