package libraries

import (
	"encoding/gob"
	"net/http"
	"testing"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// scs encodes values with gob: an app that stores a time.Time registers
// the type.
func init() { gob.Register(time.Time{}) }

// scsStores are the stores every scs row is run with.
var scsStores = []struct {
	name string
	new  func(t *testing.T) scs.Store
}{
	{"memstore", func(t *testing.T) scs.Store { return memstore.New() }},
	{"redisstore", func(t *testing.T) scs.Store {
		srv := replay.StartRedis(t)
		pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", srv.Addr) }}
		t.Cleanup(func() { pool.Close() })
		return redisstore.New(pool)
	}},
}

// scsApp is an app on scs's LoadAndSave middleware. Sign-in stores user
// under "user" (its type is the one the logout's call reads) and a theme;
// the probe counts the session as signed in while "user" exists.
func scsApp(t *testing.T, store scs.Store, user any, logout func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request)) replay.App {
	sm := scs.New()
	sm.Store = store
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+replay.LoginPath, func(w http.ResponseWriter, r *http.Request) {
		sm.Put(r.Context(), "user", user)
		sm.Put(r.Context(), "theme", "dark")
	})
	mux.HandleFunc("POST "+replay.LogoutPath, func(w http.ResponseWriter, r *http.Request) {
		logout(sm, w, r)
	})
	mux.HandleFunc("GET "+replay.ProbePath, func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		// scs keeps the token only of a session it found in the store
		s := replay.State{Loaded: sm.Token(ctx) != ""}
		if sm.Exists(ctx, "user") {
			s.User = replay.User
		}
		if theme := sm.GetString(ctx, "theme"); theme != "" {
			s.Values = map[string]string{"theme": theme}
		}
		replay.WriteState(w, s)
	})
	return replay.App{Server: replay.Handler(sm.LoadAndSave(mux))}
}

// scsProof proves the row name with a logout that runs call, in an app
// whose signed-in user is the value user.
func scsProof(row string, user any, call func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error) proof {
	p := proof{row: row}
	for _, st := range scsStores {
		p.variants = append(p.variants, variant{st.name, func(t *testing.T, save bool) replay.App {
			return scsApp(t, st.new(t), user, func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) {
				if err := call(sm, w, r); err != nil {
					http.Error(w, err.Error(), http.StatusInternalServerError)
				}
			})
		}})
	}
	return p
}

const scsManager = "sessionAPIs (*github.com/alexedwards/scs/v2.SessionManager)."

func scsProofs() []proof {
	type call = func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error
	pop := func(f func(sm *scs.SessionManager, r *http.Request)) call {
		return func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error { f(sm, r); return nil }
	}
	return []proof{
		scsProof(scsManager+"Destroy", replay.User, func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error {
			return sm.Destroy(r.Context())
		}),
		scsProof(scsManager+"RenewToken", replay.User, func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error {
			return sm.RenewToken(r.Context())
		}),
		scsProof(scsManager+"Clear", replay.User, func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error {
			return sm.Clear(r.Context())
		}),
		scsProof(scsManager+"Remove", replay.User, pop(func(sm *scs.SessionManager, r *http.Request) { sm.Remove(r.Context(), "user") })),
		scsProof(scsManager+"Pop", replay.User, pop(func(sm *scs.SessionManager, r *http.Request) { sm.Pop(r.Context(), "user") })),
		scsProof(scsManager+"PopString", replay.User, pop(func(sm *scs.SessionManager, r *http.Request) { sm.PopString(r.Context(), "user") })),
		scsProof(scsManager+"PopBool", true, pop(func(sm *scs.SessionManager, r *http.Request) { sm.PopBool(r.Context(), "user") })),
		scsProof(scsManager+"PopInt", 7, pop(func(sm *scs.SessionManager, r *http.Request) { sm.PopInt(r.Context(), "user") })),
		scsProof(scsManager+"PopFloat", 7.5, pop(func(sm *scs.SessionManager, r *http.Request) { sm.PopFloat(r.Context(), "user") })),
		scsProof(scsManager+"PopBytes", []byte(replay.User), pop(func(sm *scs.SessionManager, r *http.Request) { sm.PopBytes(r.Context(), "user") })),
		scsProof(scsManager+"PopTime", time.Unix(1e9, 0), pop(func(sm *scs.SessionManager, r *http.Request) { sm.PopTime(r.Context(), "user") })),
		// An expired cookie with an empty token, as a logout that only
		// wants the browser to forget the session writes it.
		scsProof(scsManager+"WriteSessionCookie", replay.User, func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error {
			sm.WriteSessionCookie(r.Context(), w, "", time.Time{})
			return nil
		}),
		scsProof("sessionAPIs net/http.SetCookie", replay.User, func(sm *scs.SessionManager, w http.ResponseWriter, r *http.Request) error {
			http.SetCookie(w, &http.Cookie{Name: sm.Cookie.Name, Path: "/", MaxAge: -1})
			return nil
		}),
	}
}
