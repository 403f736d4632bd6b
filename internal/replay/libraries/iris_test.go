package libraries

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/kataras/golog"
	"github.com/kataras/iris/v12/core/memstore"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

const irisCookie = "irissid"

// irisApp is an iris app on the sessions middleware, with irisDB as the
// database. Sign-in stores user and a theme. The probe runs without the
// middleware (which would start a session for any cookie) and reads the
// database directly: a session the cookie's ID still has there, and its
// values.
func irisApp(logout func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session)) replay.App {
	app := iris.New()
	db := &irisDB{sessions: map[string]map[string]any{}}
	m := sessions.New(sessions.Config{Cookie: irisCookie})
	m.UseDatabase(db)
	app.Post(replay.LoginPath, m.Handler(), func(ctx iris.Context) {
		s := sessions.Get(ctx)
		s.Set("user", replay.User)
		s.Set("theme", "dark")
	})
	app.Post(replay.LogoutPath, m.Handler(), func(ctx iris.Context) { logout(ctx, m, sessions.Get(ctx)) })
	app.Get(replay.ProbePath, func(ctx iris.Context) {
		db.mu.Lock()
		values, ok := db.sessions[ctx.GetCookie(irisCookie)]
		st := replay.State{Loaded: ok}
		if user, _ := values["user"].(string); user != "" {
			st.User = user
		}
		if theme, _ := values["theme"].(string); theme != "" {
			st.Values = map[string]string{"theme": theme}
		}
		db.mu.Unlock()
		replay.WriteState(ctx.ResponseWriter(), st)
	})
	if err := app.Build(); err != nil {
		panic(err)
	}
	return replay.App{Server: replay.Handler(app)}
}

// irisDB is a sessions.Database in memory that the probe can read
// without starting a session.
type irisDB struct {
	mu       sync.Mutex
	sessions map[string]map[string]any
}

func (db *irisDB) SetLogger(*golog.Logger) {}

func (db *irisDB) Acquire(sid string, expires time.Duration) memstore.LifeTime {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.sessions[sid] == nil {
		db.sessions[sid] = map[string]any{}
	}
	return memstore.LifeTime{}
}

func (db *irisDB) OnUpdateExpiration(string, time.Duration) error { return nil }

func (db *irisDB) Set(sid, key string, value any, _ time.Duration, _ bool) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.sessions[sid] == nil {
		db.sessions[sid] = map[string]any{}
	}
	db.sessions[sid][key] = value
	return nil
}

func (db *irisDB) Get(sid, key string) any {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.sessions[sid][key]
}

func (db *irisDB) Decode(sid, key string, out any) error { return nil }

func (db *irisDB) Visit(sid string, cb func(key string, value any)) error {
	db.mu.Lock()
	values := maps.Clone(db.sessions[sid])
	db.mu.Unlock()
	for k, v := range values {
		cb(k, v)
	}
	return nil
}

func (db *irisDB) Len(sid string) int {
	db.mu.Lock()
	defer db.mu.Unlock()
	return len(db.sessions[sid])
}

func (db *irisDB) Delete(sid, key string) bool {
	db.mu.Lock()
	defer db.mu.Unlock()
	_, ok := db.sessions[sid][key]
	delete(db.sessions[sid], key)
	return ok
}

func (db *irisDB) Clear(sid string) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.sessions[sid] != nil {
		db.sessions[sid] = map[string]any{}
	}
	return nil
}

func (db *irisDB) Release(sid string) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	delete(db.sessions, sid)
	return nil
}

func (db *irisDB) Close() error { return nil }

// irisProof proves row with a logout that runs call.
func irisProof(row string, call func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session)) proof {
	return proof{row: row, variants: []variant{{"memory", func(t *testing.T, save bool) replay.App {
		return irisApp(call)
	}}}}
}

func irisProofs() []proof {
	const session = "sessionAPIs (*github.com/kataras/iris/v12/sessions.Session)."
	const manager = "sessionAPIs (*github.com/kataras/iris/v12/sessions.Sessions)."
	return []proof{
		irisProof(session+"Destroy", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { s.Destroy() }),
		irisProof(manager+"Destroy", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { m.Destroy(ctx) }),
		irisProof(manager+"DestroyByID", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { m.DestroyByID(s.ID()) }),
		irisProof(manager+"DestroyAll", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { m.DestroyAll() }),
		irisProof(session+"Delete", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { s.Delete("user") }),
		irisProof(session+"Clear", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { s.Clear() }),
		irisProof("sessionAPIs (*github.com/kataras/iris/v12/context.Context).RemoveCookie", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) {
			ctx.RemoveCookie(irisCookie)
		}),
	}
}

// TestIrisSignInAgain is why the fix template for iris calls the
// manager's Destroy(ctx) and not Session.Destroy: after Session.Destroy
// the browser keeps its cookie, and signing in again in that browser
// stores the user under the same ID, so a copy of the cookie taken before
// the logout is signed in once more. Destroy(ctx) removes the cookie, and
// the next sign-in gets a new ID.
func TestIrisSignInAgain(t *testing.T) {
	tests := []struct {
		name     string
		logout   func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session)
		reusesID bool
	}{
		{"Session.Destroy", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { s.Destroy() }, true},
		{"Sessions.Destroy", func(ctx iris.Context, m *sessions.Sessions, s *sessions.Session) { m.Destroy(ctx) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := irisApp(tt.logout)
			jar, err := cookiejar.New(nil)
			if err != nil {
				t.Fatal(err)
			}
			origin := &url.URL{Scheme: "http", Host: "example.com", Path: "/"}
			do := func(method, path string, cookies []*http.Cookie) *http.Response {
				t.Helper()
				req := httptest.NewRequest(method, path, nil)
				for _, c := range cookies {
					req.AddCookie(c)
				}
				resp, err := app.Server(req)
				if err != nil {
					t.Fatal(err)
				}
				return resp
			}
			jar.SetCookies(origin, do(http.MethodPost, replay.LoginPath, nil).Cookies())
			stolen := jar.Cookies(origin)
			jar.SetCookies(origin, do(http.MethodPost, replay.LogoutPath, stolen).Cookies())
			jar.SetCookies(origin, do(http.MethodPost, replay.LoginPath, jar.Cookies(origin)).Cookies())
			var st replay.State
			if err := json.NewDecoder(do(http.MethodGet, replay.ProbePath, stolen).Body).Decode(&st); err != nil {
				t.Fatal(err)
			}
			if st.Authenticated() != tt.reusesID {
				t.Errorf("after a logout with %s and a new sign-in, the cookie from before the logout signs in %q; want signed in: %t", tt.name, st.User, tt.reusesID)
			}
		})
	}
}
