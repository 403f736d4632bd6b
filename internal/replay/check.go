package replay

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"testing"
)

// UserKey is the probe value that names the signed-in user; "" means
// anonymous.
const UserKey = "user"

// A Flow names the routes of an application under test.
type Flow struct {
	SignIn string // request that signs a user in ("/signin")
	Logout string // request to the logout handler ("POST /logout")
	Probe  string // GET path that reports the session (see Browser.Probe)
}

// An Outcome is what one logout did.
type Outcome struct {
	Response Response
	Before   []string   // the cookies before the logout, as sent
	Next     url.Values // the probe with the cookies after the logout
	Replayed url.Values // the probe with the cookies from before the logout
}

// Run signs in, logs out and probes the session with the new cookies and
// then with the old ones.
func Run(t testing.TB, h http.Handler, f Flow) Outcome {
	t.Helper()
	b := NewBrowser(h)
	b.Do(t, f.SignIn)
	if u := b.Probe(t, f.Probe).Get(UserKey); u == "" {
		t.Fatalf("%s did not sign a user in", f.SignIn)
	}
	old := b.Cookies()
	var o Outcome
	for _, c := range old {
		o.Before = append(o.Before, c.Name+"="+c.Value)
	}
	o.Response = b.Do(t, f.Logout)
	o.Next = b.Probe(t, f.Probe)
	b.SetCookies(old)
	o.Replayed = b.Probe(t, f.Probe)
	return o
}

// CheckFix runs the flow on an application with the unfixed logout
// handler and on the same application with the fixed one, and reports
// where the fix is wrong: the old cookie still names the user; the
// response differs (status, redirect target, body); or a value the
// unfixed handler kept for the next request (everything the probe reports
// but the user) is lost or different.
func CheckFix(t testing.TB, unfixed, fixed http.Handler, f Flow) {
	t.Helper()
	before := Run(t, unfixed, f)
	after := Run(t, fixed, f)
	if u := after.Replayed.Get(UserKey); u != "" {
		t.Errorf("%s as fixed: the old session cookie still signs in %q", f.Logout, u)
	}
	if u := after.Next.Get(UserKey); u != "" {
		t.Errorf("%s as fixed: the next request is still signed in as %q", f.Logout, u)
	}
	if before.Response != after.Response {
		t.Errorf("%s: the fix changes the response:\nbefore %+v\nafter  %+v", f.Logout, before.Response, after.Response)
	}
	keys := slices.Sorted(maps.Keys(before.Next))
	for _, k := range keys {
		if k == UserKey {
			continue
		}
		if b, a := before.Next.Get(k), after.Next.Get(k); b != a {
			t.Errorf("%s: the fix changes %s for the next request from %q to %q", f.Logout, k, b, a)
		}
	}
}
