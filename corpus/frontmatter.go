package corpus

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// knownFields are the front matter fields an article file may use.
// title, outlet and published are required; a field not in this list is
// reported as a warning and otherwise ignored, so that a newer corpus still
// loads, while a typo in a required field still fails as a missing field.
var knownFields = []string{"title", "outlet", "published", "url", "authors", "summary", "id", "note"}

// DateLayout is the layout of the published field: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// MaxIDLen is the longest article id accepted, in bytes. Ids travel in
// Discord component custom_ids and autocomplete values, which are short.
const MaxIDLen = 40

var (
	idPattern     = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
	datePattern   = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	yamlLineInMsg = regexp.MustCompile(`^yaml: line ([0-9]+): `)
)

// meta is an article's front matter, checked.
type meta struct {
	ID, Title, Outlet, URL, Summary, Note string
	Published                             time.Time
	Authors                               []string
	hasURL                                bool
}

// finding is a problem found in one file, before the file name is known.
type finding struct {
	line int
	msg  string
}

// splitFrontMatter cuts text into the YAML between the opening and closing
// "---" lines and the body after them. yamlLine and bodyLine are the file
// lines where each starts.
func splitFrontMatter(text string) (yamlText string, yamlLine int, body string, bodyLine int, bad *finding) {
	lines := strings.SplitAfter(text, "\n")
	if len(lines) == 0 || strings.TrimRight(lines[0], " \t\r\n") != "---" {
		return "", 0, "", 0, &finding{1, `missing front matter: the file must start with a line "---", then title, outlet and published, then "---"`}
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t\r\n") == "---" {
			return strings.Join(lines[1:i], ""), 2, strings.Join(lines[i+1:], ""), i + 2, nil
		}
	}
	return "", 0, "", 0, &finding{1, `front matter is not closed: no line "---" after the opening one`}
}

// parseMeta decodes and checks the front matter text that starts at file
// line first. It returns every error and warning it finds.
func parseMeta(yamlText string, first int) (m meta, errs, warns []finding) {
	open := first - 1 // the opening "---" line
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(yamlText), &doc); err != nil {
		return m, []finding{yamlFinding(err, first)}, nil
	}
	if len(doc.Content) == 0 {
		return m, []finding{{open, "front matter is empty: it needs title, outlet and published"}}, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return m, []finding{{first + root.Line - 1, "front matter must be lines of the form `field: value`"}}, nil
	}
	at := func(n *yaml.Node) int { return first + n.Line - 1 }
	dst := map[string]*string{
		"title": &m.Title, "outlet": &m.Outlet, "url": &m.URL,
		"summary": &m.Summary, "id": &m.ID, "note": &m.Note,
	}
	seen := map[string]int{} // field → key line; negated once reported
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		name := k.Value
		if line, dup := seen[name]; dup {
			errs = append(errs, finding{at(k), fmt.Sprintf("field %q appears twice (also on line %d)", name, abs(line))})
			continue
		}
		seen[name] = at(k)
		if name == "authors" {
			a, msg := stringList(v)
			if msg != "" {
				errs = append(errs, finding{at(v), msg})
			}
			m.Authors = a
			continue
		}
		var s string
		if known(name) {
			if v.Kind != yaml.ScalarNode {
				errs = append(errs, finding{at(v), fmt.Sprintf("%s must be text, not a list or a mapping", name)})
				seen[name] = -seen[name]
				continue
			}
			if v.Tag != "!!null" {
				s = strings.TrimSpace(v.Value)
			}
		}
		switch {
		case name == "published":
			if s == "" {
				break // reported as missing below
			}
			t, err := time.Parse(DateLayout, s)
			if !datePattern.MatchString(s) || err != nil {
				errs = append(errs, finding{at(v), fmt.Sprintf("bad date %q in published: want YYYY-MM-DD, like 2025-01-31", s)})
				seen[name] = -seen[name]
				break
			}
			m.Published = t.UTC()
		case dst[name] != nil:
			*dst[name] = s
		default:
			warns = append(warns, finding{at(k), fmt.Sprintf("unknown field %q is ignored; fields are %s", name, strings.Join(knownFields, ", "))})
		}
	}
	for _, req := range []string{"title", "outlet", "published"} {
		line, ok := seen[req]
		empty := req == "title" && m.Title == "" || req == "outlet" && m.Outlet == "" ||
			req == "published" && m.Published.IsZero()
		switch {
		case !ok:
			errs = append(errs, finding{open, fmt.Sprintf("missing required field %q", req)})
		case line > 0 && empty: // line < 0: already reported
			errs = append(errs, finding{line, fmt.Sprintf("required field %q is empty", req)})
		}
	}
	if line, ok := seen["url"]; ok && line > 0 && m.URL != "" {
		if msg := checkURL(m.URL); msg != "" {
			errs = append(errs, finding{line, msg})
		}
	}
	m.hasURL = m.URL != ""
	if line, ok := seen["id"]; ok && line > 0 {
		if msg := checkID(m.ID); msg != "" {
			errs = append(errs, finding{line, msg})
		}
	}
	return m, errs, warns
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func known(name string) bool {
	for _, f := range knownFields {
		if f == name {
			return true
		}
	}
	return false
}

// stringList reads authors: a list of names, or one name.
func stringList(v *yaml.Node) ([]string, string) {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" || strings.TrimSpace(v.Value) == "" {
			return nil, ""
		}
		return []string{strings.TrimSpace(v.Value)}, ""
	case yaml.SequenceNode:
		var out []string
		for _, n := range v.Content {
			if n.Kind != yaml.ScalarNode {
				return nil, "authors must be a list of names, like [Kate Linthicum]"
			}
			if s := strings.TrimSpace(n.Value); s != "" {
				out = append(out, s)
			}
		}
		return out, ""
	}
	return nil, "authors must be a list of names, like [Kate Linthicum]"
}

func checkURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Sprintf("bad url %q: want an http or https link", s)
	}
	return ""
}

func checkID(id string) string {
	switch {
	case id == "":
		return "id is empty"
	case len(id) > MaxIDLen:
		return fmt.Sprintf("id %q is longer than %d characters", id, MaxIDLen)
	case !idPattern.MatchString(id):
		return fmt.Sprintf("id %q may hold only letters, digits, '.', '_' and '-'", id)
	}
	return ""
}

// yamlParserErrors are the YAML parser's messages. yaml.v3 reports their
// line counting from 0, and the line where the enclosing structure starts
// ("url: [x" for an unclosed list), where scanner errors count from 1.
var yamlParserErrors = []string{
	"did not find expected ',' or ']'", "did not find expected ',' or '}'",
	"did not find expected '-' indicator", "did not find expected <document start>",
	"did not find expected key", "did not find expected node content",
	"found duplicate %TAG directive", "found duplicate %YAML directive",
	"found incompatible YAML document", "found undefined tag handle",
}

// yamlFinding turns a YAML syntax error into a finding on the file line,
// given the file line where the YAML starts.
func yamlFinding(err error, first int) finding {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLineInMsg.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = strings.TrimPrefix(err.Error(), m[0])
		for _, p := range yamlParserErrors {
			if msg == p {
				line++
				break
			}
		}
	}
	return finding{first + line - 1, "front matter: " + msg}
}
