package libraries

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// A proof runs the call of one row in real applications.
type proof struct {
	row      string // the row's table and name, as replay.Row.String prints it
	variants []variant
}

// A variant is one application that runs the row's call: one per store
// or framework the call is tried with.
type variant struct {
	name string

	// app builds the application. Its logout makes the row's call and,
	// if save is true, then saves the session (for the claims that need a
	// save: clear-pending, mark, save; for save rows the logout first
	// marks the session for deletion). Rows whose claim needs no save are
	// asked only for save false.
	app func(t *testing.T, save bool) replay.App
}

// proofs returns the proofs of every library.
func proofs() []proof {
	return slices.Concat(scsProofs(), gorillaProofs(), echoProofs(), ginProofs(), fiber2Proofs(), fiber3Proofs(), hertzProofs(), irisProofs(), macaronProofs(), fasthttpProofs(), gothicProofs())
}

// unprovenPackages are the packages whose rows no test here runs, and
// why: the module proxy does not serve them, and the fixtures use stubs
// of our own, which prove nothing about the library.
var unprovenPackages = map[string]string{
	"github.com/golangcollege/sessions": "not served by the Go module proxy (the fixtures use a stub)",
	// authboss v3.5.0 and authboss-clientstate 0b930a6, read from their source
	"github.com/volatiletech/authboss/v3":          "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/volatiletech/authboss-clientstate": "not served by the Go module proxy (the fixtures use a stub)",
	// zerodha/simplesessions v3.0.0 and its stores, read from their source
	"github.com/zerodha/simplesessions/v3":                     "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/zerodha/simplesessions/stores/memory/v3":       "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/zerodha/simplesessions/stores/redis/v3":        "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/zerodha/simplesessions/stores/postgres/v3":     "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/zerodha/simplesessions/stores/securecookie/v3": "not served by the Go module proxy (the fixtures use a stub)",
	// fasthttp/session v2.5.9, read from its source
	"github.com/fasthttp/session/v2":        "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/gin-gonic/contrib/sessions": "not served by the Go module proxy (the fixtures use a stub)",
	// flamego v1.13.0 and flamego/session v1.6.6, read from their source
	"github.com/flamego/flamego": "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/flamego/session": "not served by the Go module proxy (the fixtures use a stub)",
	// buffalo v1.1.4, read from its source
	"github.com/gobuffalo/buffalo": "not served by the Go module proxy (the fixtures use a stub)",
	// gf v2.10.2, read from its source
	"github.com/gogf/gf/v2/net/ghttp":   "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/gogf/gf/v2/os/gsession": "not served by the Go module proxy (the fixtures use a stub)",
	// revel v1.1.0, read from its source
	"github.com/revel/revel":         "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/revel/revel/session": "not served by the Go module proxy (the fixtures use a stub)",
	// go-macaron/session v1.0.3, read from its source
	"github.com/go-macaron/session": "not served by the Go module proxy (the fixtures use a stub)",
	// beego v1.12.3, read from its source
	"github.com/astaxie/beego":         "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/astaxie/beego/context": "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/astaxie/beego/session": "not served by the Go module proxy (the fixtures use a stub)",
	// beego v2.3.10, read from its source
	"github.com/beego/beego/v2/server/web":         "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/beego/beego/v2/server/web/context": "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/beego/beego/v2/server/web/session": "not served by the Go module proxy (the fixtures use a stub)",
	// hertz-contrib/sessions v1.0.3, read from its source
	"github.com/hertz-contrib/sessions":              "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/hertz-contrib/sessions/cookie":       "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/hertz-contrib/sessions/redis":        "not served by the Go module proxy (the fixtures use a stub)",
	"github.com/hertz-contrib/sessions/rediscluster": "not served by the Go module proxy (the fixtures use a stub)",
}

// unprovenRows are single rows no test here runs, and why. Every other row
// must have a proof.
var unprovenRows = map[string]string{
	"storeConstructors github.com/gin-contrib/sessions/postgres.NewStore":          "needs a PostgreSQL server",
	"storeConstructors github.com/gin-contrib/sessions/mongo/mongodriver.NewStore": "needs a MongoDB server",
}

// unprovenReason returns why row has no proof, or "".
func unprovenReason(row replay.Row) string {
	if why, ok := unprovenRows[row.String()]; ok {
		return why
	}
	return unprovenPackages[rowPackage(row.Name)]
}

// rowPackage returns the package path of a canonical name:
// "(*p.T).M", "(p.T).M", "p.F" or "p.T".
func rowPackage(name string) string {
	if rest, ok := strings.CutPrefix(name, "("); ok {
		name, _, _ = strings.Cut(strings.TrimPrefix(rest, "*"), ")")
	}
	if i := strings.LastIndex(name, "."); i > strings.LastIndex(name, "/") {
		return name[:i]
	}
	return name
}

// TestRows checks every row of the knowledge table against the library it
// describes. The rows come from the analyzer's tests (TestReplay in
// package analyzer), which run this module's tests.
func TestRows(t *testing.T) {
	path := os.Getenv(replay.RowsEnv)
	if path == "" {
		t.Fatalf("%s is not set: run these tests from the top of the repository with go test ./analyzer -run TestReplay", replay.RowsEnv)
	}
	rows, err := replay.ReadRows(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s holds no rows", path)
	}

	byRow := map[string]proof{}
	for _, p := range proofs() {
		if _, dup := byRow[p.row]; dup {
			t.Errorf("two proofs of %s", p.row)
		}
		byRow[p.row] = p
	}
	seen := map[string]bool{}
	for _, row := range rows {
		seen[row.String()] = true
		p, ok := byRow[row.String()]
		if why := unprovenReason(row); why != "" {
			if ok {
				t.Errorf("%s has a proof but is listed as unproven (%s)", row, why)
			}
			t.Logf("not replayed: %s: %s", row, why)
			continue
		}
		if !ok {
			t.Errorf("%s (claim %s) has no replay scenario: add a proof that runs it", row, row.Claim)
			continue
		}
		t.Run(row.Table+"/"+row.Name, func(t *testing.T) {
			t.Parallel()
			for _, v := range p.variants {
				t.Run(v.name, func(t *testing.T) {
					t.Parallel()
					check(t, row.Claim, v)
				})
			}
		})
	}
	for _, p := range proofs() {
		if !seen[p.row] {
			t.Errorf("proof of %s, which is not a row of the table", p.row)
		}
	}
	for key := range unprovenRows {
		if !seen[key] {
			t.Errorf("unproven lists %s, which is not a row of the table", key)
		}
	}
}

// check runs v and fails unless the library does what claim says.
func check(t *testing.T, claim replay.Claim, v variant) {
	if len(v.name) == 0 {
		t.Fatal("variant without a name")
	}
	run := func(save bool) replay.Result {
		t.Helper()
		res := replay.Run(t, v.app(t, save))
		t.Logf("save=%t: before %s, browser %s, replay %s, set %v", save, res.Before, res.Browser, res.Replay, res.SetCookies)
		return res
	}
	// nothing checks that a logout left the session as it was.
	nothing := func(res replay.Result) {
		t.Helper()
		if !res.Replay.Authenticated() || !res.Browser.Authenticated() {
			t.Errorf("without a save: browser %s, replay %s; want both still signed in", res.Browser, res.Replay)
		}
	}
	switch claim {
	case replay.Kill:
		res := run(false)
		if res.Replay.Authenticated() || res.Replay.Loaded {
			t.Errorf("replayed cookie loads %s; want no session (the record deleted)", res.Replay)
		}
	case replay.Clear:
		res := run(false)
		if res.Replay.Authenticated() || !res.Replay.Loaded {
			t.Errorf("replayed cookie loads %s; want the session, without the user", res.Replay)
		}
	case replay.ClearPending:
		nothing(run(false))
		res := run(true)
		if res.Replay.Authenticated() || !res.Replay.Loaded {
			t.Errorf("with a save, the replayed cookie loads %s; want the session, without the user", res.Replay)
		}
	case replay.Mark:
		nothing(run(false))
		res := run(true)
		if res.Replay.Authenticated() || res.Replay.Loaded {
			t.Errorf("with a save, the replayed cookie loads %s; want no session (the record deleted)", res.Replay)
		}
	case replay.Save:
		nothing(run(false))
		res := run(true)
		if res.Browser.Authenticated() {
			t.Errorf("with the save, the browser's cookie loads %s; want it signed out", res.Browser)
		}
	case replay.Delete:
		// the variants of delete rows use server-side stores
		res := run(false)
		if res.Browser.Authenticated() {
			t.Errorf("the browser's cookie loads %s; want it signed out", res.Browser)
		}
		if res.Replay.Authenticated() || res.Replay.Loaded {
			t.Errorf("replayed cookie loads %s; want no session (the record deleted)", res.Replay)
		}
	case replay.Client:
		res := run(false)
		if res.Browser.Authenticated() {
			t.Errorf("the browser's cookie loads %s; want it signed out", res.Browser)
		}
		if !res.Replay.Authenticated() || !res.Replay.Loaded {
			t.Errorf("replayed cookie loads %s; want it still signed in (only the browser cookie changed)", res.Replay)
		}
	case replay.Fresh:
		nothing(run(false))
		res := run(true)
		if res.Browser.Authenticated() {
			t.Errorf("with the save, the browser's cookie loads %s; want it signed out", res.Browser)
		}
		if !res.Replay.Authenticated() || !res.Replay.Loaded {
			t.Errorf("with the save, the replayed cookie loads %s; want it still signed in (the request's session is untouched)", res.Replay)
		}
	case replay.ServerStore:
		res := run(false)
		if res.Browser.Authenticated() {
			t.Errorf("the browser's cookie loads %s; want it signed out", res.Browser)
		}
		if res.Replay.Authenticated() || res.Replay.Loaded {
			t.Errorf("replayed cookie loads %s; want no session (a server store deletes the record)", res.Replay)
		}
	case replay.CookieStore:
		res := run(false)
		if res.Browser.Authenticated() {
			t.Errorf("the browser's cookie loads %s; want it signed out", res.Browser)
		}
		if !res.Replay.Authenticated() {
			t.Errorf("replayed cookie loads %s; want it still signed in (a cookie store keeps nothing to delete)", res.Replay)
		}
	default:
		t.Fatalf("no check for claim %q", claim)
	}
}
