// Package replay runs a logout against a real session library and replays
// the cookie the browser held before it, to show what the logout left valid
// on the server.
//
// An App is a small web application with three routes: one that signs a
// user in, the logout under test, and a probe, an authenticated handler
// that reports what session the request's cookie loaded (see State and
// WriteState). Run signs in, keeps the cookies, logs out with them, then
// asks the probe twice: with the cookies the browser holds after the
// logout, and with the copies taken before it, as someone who stole the
// cookie would send them.
//
// The package has no dependencies outside the standard library; the tests
// that use it with the session libraries live in a module of their own
// (internal/replay/libraries).
package replay

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// A Server answers one request in process: an http.Handler (see Handler),
// or a framework's test entry point such as fiber's App.Test.
type Server func(*http.Request) (*http.Response, error)

// Handler returns a Server that serves requests with h.
func Handler(h http.Handler) Server {
	return func(r *http.Request) (*http.Response, error) {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Result(), nil
	}
}

// Default paths of an App's routes.
const (
	LoginPath  = "/login"
	LogoutPath = "/logout"
	ProbePath  = "/probe"
)

// User is the name the login route of an App signs in.
const User = "alice"

// An App is the application a logout is replayed against.
type App struct {
	Server Server

	// Login signs User in: it stores User in the session (and whatever
	// else the scenario needs) and sets the session cookie. Default
	// LoginPath.
	Login string

	// Logout is the handler under test. Default LogoutPath.
	Logout string

	// Probe is an authenticated handler: it answers with the State of the
	// request's session, written by WriteState or as the same JSON by a
	// framework's own encoder. Default ProbePath.
	Probe string

	// Method of the logout request. Default POST.
	Method string
}

// State is what the probe reports about the session a request carried.
type State struct {
	// User is the signed-in user the session holds; "" when anonymous.
	User string `json:"user"`

	// Loaded reports whether the request's cookie loaded a session that
	// already existed: for a server-side store, a record under the
	// cookie's ID; for a cookie store, a cookie that decoded. A logout
	// that only removes values leaves it true; one that deletes the
	// record makes it false.
	Loaded bool `json:"loaded"`

	// Values holds the session's other values, as the probe formats them
	// (optional).
	Values map[string]string `json:"values,omitempty"`
}

// Authenticated reports whether the session holds a signed-in user.
func (s State) Authenticated() bool { return s.User != "" }

func (s State) String() string {
	return fmt.Sprintf("{user:%q loaded:%t values:%v}", s.User, s.Loaded, s.Values)
}

// WriteState answers a probe request with s, as JSON.
func WriteState(w http.ResponseWriter, s State) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s)
}

// Result is what one Run saw.
type Result struct {
	// Stolen are the cookies the browser held after signing in: what a
	// copy taken before the logout sends.
	Stolen []*http.Cookie

	// Before is the probe's answer to Stolen before the logout.
	Before State

	// LogoutStatus is the status of the logout response, and SetCookies
	// the cookies it set.
	LogoutStatus int
	SetCookies   []*http.Cookie

	// LogoutLocation is the redirect target of the logout response, and
	// LogoutBody its body (trimmed).
	LogoutLocation string
	LogoutBody     string

	// Browser is the probe's answer to the cookies the browser holds after
	// the logout (Stolen updated with SetCookies, as a browser does).
	Browser State

	// Replay is the probe's answer to Stolen after the logout.
	Replay State
}

// origin is the address every request is made to; the cookie jar needs
// one. It is https so that the jar keeps Secure cookies.
var origin = &url.URL{Scheme: "https", Host: "app.test", Path: "/"}

// Run signs in, logs out with the cookies of the sign-in, and replays
// them. It fails the test if the sign-in does not set a cookie that the
// probe reports as authenticated, or if a request fails or the probe's
// answer is not a State, so that a Result always starts from a signed-in
// session.
func Run(t testing.TB, app App) Result {
	t.Helper()
	app = app.withDefaults()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	var res Result

	resp := do(t, app.Server, http.MethodPost, app.Login, nil)
	jar.SetCookies(origin, resp.Cookies())
	res.Stolen = jar.Cookies(origin)
	if len(res.Stolen) == 0 {
		t.Fatalf("sign-in (%s %s) set no cookie: status %d", http.MethodPost, app.Login, resp.StatusCode)
	}
	res.Before = probe(t, app, res.Stolen)
	if res.Before.User != User {
		t.Fatalf("after sign-in the probe reports %v, want user %q", res.Before, User)
	}

	resp = do(t, app.Server, app.Method, app.Logout, res.Stolen)
	res.LogoutStatus = resp.StatusCode
	res.SetCookies = resp.Cookies()
	res.LogoutLocation = resp.Header.Get("Location")
	res.LogoutBody = readBody(resp)
	if resp.StatusCode >= 500 {
		t.Fatalf("logout (%s %s) failed: status %d: %s", app.Method, app.Logout, resp.StatusCode, res.LogoutBody)
	}
	jar.SetCookies(origin, res.SetCookies)

	res.Browser = probe(t, app, jar.Cookies(origin))
	res.Replay = probe(t, app, res.Stolen)
	return res
}

func (app App) withDefaults() App {
	if app.Login == "" {
		app.Login = LoginPath
	}
	if app.Logout == "" {
		app.Logout = LogoutPath
	}
	if app.Probe == "" {
		app.Probe = ProbePath
	}
	if app.Method == "" {
		app.Method = http.MethodPost
	}
	return app
}

// probe asks the app's probe what session cookies load.
func probe(t testing.TB, app App, cookies []*http.Cookie) State {
	t.Helper()
	resp := do(t, app.Server, http.MethodGet, app.Probe, cookies)
	body := readBody(resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("probe (GET %s) answered status %d: %s", app.Probe, resp.StatusCode, body)
	}
	var s State
	if err := json.Unmarshal([]byte(body), &s); err != nil {
		t.Fatalf("probe (GET %s) answered %q, not a State: %v", app.Probe, body, err)
	}
	return s
}

// do sends one request with cookies, as the browser would (name=value).
func do(t testing.TB, srv Server, method, path string, cookies []*http.Cookie) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, origin.ResolveReference(&url.URL{Path: path}).String(), nil)
	for _, c := range cookies {
		req.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	resp, err := srv(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return resp
}

func readBody(resp *http.Response) string {
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Sprintf("(reading the body: %v)", err)
	}
	return strings.TrimSpace(string(b))
}
