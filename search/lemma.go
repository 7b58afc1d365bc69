package search

import "strings"

// irregular maps the irregular past forms of common English verbs, and a
// few irregular plurals, to their base form, which the stemmer then stems
// like any other word. Porter2 stems by suffix, so without this "said"
// never meets "say", "sent" never meets "send", "met" never meets "meet",
// and a question in the present tense misses the past-tense report that
// answers it. Forms that are also common words of another meaning ("left",
// "rose", "fed", "ground", "wound", "lay", "bore") are left out.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, g := range strings.Split(irregularForms, ";") {
		base, forms, _ := strings.Cut(strings.TrimSpace(g), ":")
		for _, f := range strings.Fields(forms) {
			m[f] = base
		}
	}
	return m
}()

const irregularForms = `arise: arose arisen; awake: awoke awoken; become: became; begin: began begun;
bend: bent; bite: bitten; blow: blew blown; break: broke broken; bring: brought;
build: built; buy: bought; catch: caught; choose: chose chosen; come: came;
deal: dealt; dig: dug; draw: drew drawn; drink: drank drunk; drive: drove driven;
eat: ate eaten; fall: fell fallen; feel: felt; fight: fought; find: found;
flee: fled; fly: flew flown; forbid: forbade forbidden; forget: forgot forgotten;
forgive: forgave forgiven; freeze: froze frozen; get: got gotten; give: gave given;
go: went gone goes; grow: grew grown; hang: hung; hear: heard; hide: hid hidden; hold: held;
keep: kept; know: knew known; lead: led; lend: lent; lose: lost; make: made;
mean: meant; meet: met; pay: paid; ride: rode ridden; ring: rang rung; rise: risen;
run: ran; say: said; see: saw seen; seek: sought; sell: sold; send: sent;
shake: shook shaken; shoot: shot; sing: sang sung; sink: sank sunk; sleep: slept;
speak: spoke spoken; spend: spent; stand: stood; steal: stole stolen;
stick: stuck; strike: struck stricken; swear: swore sworn; sweep: swept;
take: took taken; teach: taught; tear: tore torn; tell: told; think: thought;
throw: threw thrown; understand: understood; wake: woke woken; wear: wore worn;
win: won; withdraw: withdrew withdrawn; write: wrote written;
child: children; man: men; woman: women; spokesman: spokesmen; spokeswoman: spokeswomen;
chairman: chairmen; congressman: congressmen; congresswoman: congresswomen;
businessman: businessmen; gunman: gunmen; policeman: policemen; serviceman: servicemen;
fisherman: fishermen`
