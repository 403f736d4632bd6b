package replay_test

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// memApp is a tiny session app on net/http alone: session records in a
// map, keyed by the cookie's random ID. logout is the logout under test.
type memApp struct {
	mu       sync.Mutex
	sessions map[string]map[string]string
	logout   func(a *memApp, w http.ResponseWriter, r *http.Request)
}

func (a *memApp) server() replay.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		id := rand.Text()
		a.mu.Lock()
		a.sessions[id] = map[string]string{"user": replay.User, "theme": "dark"}
		a.mu.Unlock()
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/"})
	})
	mux.HandleFunc("POST /logout", func(w http.ResponseWriter, r *http.Request) { a.logout(a, w, r) })
	mux.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) {
		var s replay.State
		if c, err := r.Cookie("sid"); err == nil {
			a.mu.Lock()
			vals, ok := a.sessions[c.Value]
			s.Loaded = ok
			s.User = vals["user"]
			if theme, ok := vals["theme"]; ok {
				s.Values = map[string]string{"theme": theme}
			}
			a.mu.Unlock()
		}
		replay.WriteState(w, s)
	})
	return replay.Handler(mux)
}

func expireCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
}

func TestRun(t *testing.T) {
	t.Parallel()
	for _, test := range []struct {
		name            string
		logout          func(a *memApp, w http.ResponseWriter, r *http.Request)
		browser, replay replay.State
	}{
		{
			name: "delete the record",
			logout: func(a *memApp, w http.ResponseWriter, r *http.Request) {
				c, _ := r.Cookie("sid")
				a.mu.Lock()
				delete(a.sessions, c.Value)
				a.mu.Unlock()
				expireCookie(w)
			},
			browser: replay.State{},
			replay:  replay.State{},
		},
		{
			name: "remove the user",
			logout: func(a *memApp, w http.ResponseWriter, r *http.Request) {
				c, _ := r.Cookie("sid")
				a.mu.Lock()
				delete(a.sessions[c.Value], "user")
				a.mu.Unlock()
			},
			browser: replay.State{Loaded: true, Values: map[string]string{"theme": "dark"}},
			replay:  replay.State{Loaded: true, Values: map[string]string{"theme": "dark"}},
		},
		{
			name:    "expire the cookie only",
			logout:  func(a *memApp, w http.ResponseWriter, r *http.Request) { expireCookie(w) },
			browser: replay.State{},
			replay:  replay.State{User: replay.User, Loaded: true, Values: map[string]string{"theme": "dark"}},
		},
	} {
		t.Run(test.name, func(t *testing.T) {
			t.Parallel()
			a := &memApp{sessions: map[string]map[string]string{}, logout: test.logout}
			res := replay.Run(t, replay.App{Server: a.server()})
			if got, want := res.Browser.String(), test.browser.String(); got != want {
				t.Errorf("browser after logout: %s, want %s", got, want)
			}
			if got, want := res.Replay.String(), test.replay.String(); got != want {
				t.Errorf("replayed cookie: %s, want %s", got, want)
			}
			if !res.Before.Authenticated() || !res.Before.Loaded {
				t.Errorf("before logout: %s, want an authenticated session", res.Before)
			}
		})
	}
}

// fatalTB records the first Fatal call of Run and stops it.
type fatalTB struct {
	testing.TB
	msg string
}

type stopped struct{}

func (f *fatalTB) Helper() {}
func (f *fatalTB) Fatal(args ...any) {
	f.msg = fmt.Sprint(args...)
	panic(stopped{})
}
func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	panic(stopped{})
}

// runFails runs Run with a fatalTB and returns its message, "" if Run
// returned.
func runFails(t *testing.T, app replay.App) (msg string) {
	f := &fatalTB{TB: t}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(stopped); !ok {
				panic(r)
			}
			msg = f.msg
		}
	}()
	replay.Run(f, app)
	return ""
}

// TestRunNeedsSignIn checks that Run refuses to judge a logout when the
// sign-in did not work: a result must start from an authenticated session.
func TestRunNeedsSignIn(t *testing.T) {
	t.Parallel()
	noCookie := http.NewServeMux()
	noCookie.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { replay.WriteState(w, replay.State{}) })
	if msg := runFails(t, replay.App{Server: replay.Handler(noCookie)}); msg == "" {
		t.Error("Run accepted a sign-in that set no cookie")
	}

	anonymous := http.NewServeMux()
	anonymous.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x"})
	})
	anonymous.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) { replay.WriteState(w, replay.State{Loaded: true}) })
	if msg := runFails(t, replay.App{Server: replay.Handler(anonymous)}); msg == "" {
		t.Error("Run accepted a sign-in the probe reports as anonymous")
	}

	notJSON := http.NewServeMux()
	notJSON.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x"})
	})
	notJSON.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hello") })
	if msg := runFails(t, replay.App{Server: replay.Handler(notJSON)}); msg == "" {
		t.Error("Run accepted a probe answer that is not a State")
	}
}

func TestStartRedis(t *testing.T) {
	t.Parallel()
	r := replay.StartRedis(t)
	if r.Addr == "" || r.Port == 0 {
		t.Fatalf("StartRedis returned %+v", r)
	}
}
