package libraries

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/boj/redistore"
	"github.com/gomodule/redigo/redis"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// sessionKey is the authentication key of every signed cookie.
var sessionKey = []byte("0123456789abcdef0123456789abcdef")

// sessionName is the name of every app's session (and cookie).
const sessionName = "app"

// A gorillaStore builds a gorilla/sessions store for one test.
type gorillaStore struct {
	name string
	new  func(t *testing.T) sessions.Store
}

var (
	filesystemStore = gorillaStore{"FilesystemStore", func(t *testing.T) sessions.Store {
		return sessions.NewFilesystemStore(t.TempDir(), sessionKey)
	}}
	cookieStore = gorillaStore{"CookieStore", func(t *testing.T) sessions.Store {
		return sessions.NewCookieStore(sessionKey)
	}}
	rediStore = gorillaStore{"RediStore", func(t *testing.T) sessions.Store {
		srv := replay.StartRedis(t)
		return newRediStore(t, func() (*redistore.RediStore, error) {
			return redistore.NewRediStore(4, "tcp", srv.Addr, "", "", sessionKey)
		})
	}}
)

// newRediStore calls a redistore constructor and closes the store when
// the test ends.
func newRediStore(t *testing.T, build func() (*redistore.RediStore, error)) *redistore.RediStore {
	rs, err := build()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Close() })
	return rs
}

// gorillaApp is a net/http app on a gorilla/sessions store. Sign-in saves
// user and a theme in the session; the probe reports a session that is
// not new (it decoded, and a server store found its record) as loaded.
func gorillaApp(store sessions.Store, logout func(w http.ResponseWriter, r *http.Request) error) replay.App {
	mux := http.NewServeMux()
	mux.Handle("POST "+replay.LoginPath, gorillaLogin(store))
	mux.HandleFunc("POST "+replay.LogoutPath, func(w http.ResponseWriter, r *http.Request) {
		if err := logout(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("GET "+replay.ProbePath, func(w http.ResponseWriter, r *http.Request) {
		// an error is a cookie that does not decode or a record that is
		// gone: the session is new
		sess, _ := store.Get(r, sessionName)
		replay.WriteState(w, gorillaState(sess))
	})
	return replay.App{Server: replay.Handler(mux)}
}

// gorillaLogin signs in: it saves user and a theme in a session of store.
func gorillaLogin(store sessions.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sess, _ := store.Get(r, sessionName)
		sess.Values["user"] = replay.User
		sess.Values["theme"] = "dark"
		if err := sess.Save(r, w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

// gorillaState is the probe's report on a gorilla session.
func gorillaState(sess *sessions.Session) replay.State {
	s := replay.State{Loaded: !sess.IsNew}
	if user, _ := sess.Values["user"].(string); user != "" {
		s.User = user
	}
	if theme, ok := sess.Values["theme"]; ok {
		s.Values = map[string]string{"theme": fmt.Sprint(theme)}
	}
	return s
}

// gorillaProof proves row with a logout, run in an app on each store.
func gorillaProof(row string, logout func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error, stores ...gorillaStore) proof {
	p := proof{row: row}
	for _, st := range stores {
		p.variants = append(p.variants, variant{st.name, func(t *testing.T, save bool) replay.App {
			store := st.new(t)
			return gorillaApp(store, func(w http.ResponseWriter, r *http.Request) error {
				return logout(store, w, r, save)
			})
		}})
	}
	return p
}

// with adds variants to p.
func (p proof) with(variants ...variant) proof {
	p.variants = append(p.variants, variants...)
	return p
}

// markThen marks the session for deletion and, with save, saves it with
// saveCall: the logout of a save row.
func markThen(saveCall func(store sessions.Store, sess *sessions.Session, w http.ResponseWriter, r *http.Request) error) func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
	return func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
		sess, _ := store.Get(r, sessionName)
		sess.Options.MaxAge = -1
		if !save {
			return nil
		}
		return saveCall(store, sess, w, r)
	}
}

// deleteSession is the documented logout: MaxAge = -1, then a save.
func deleteSession(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
	sess, _ := store.Get(r, sessionName)
	sess.Options.MaxAge = -1
	return sess.Save(r, w)
}

func gorillaProofs() []proof {
	const gorilla = "github.com/gorilla/sessions"
	return []proof{
		// Saves: without them a marked session stays signed in; with
		// them the browser's cookie is deleted.
		gorillaProof("sessionAPIs (*"+gorilla+".Session).Save", markThen(func(store sessions.Store, sess *sessions.Session, w http.ResponseWriter, r *http.Request) error {
			return sess.Save(r, w)
		}), filesystemStore, cookieStore, rediStore).with(echoContribVariant(func(c echo.Context, sess *sessions.Session, save bool) error {
			sess.Options.MaxAge = -1
			if !save {
				return nil
			}
			return sess.Save(c.Request(), c.Response())
		})),
		gorillaProof("sessionAPIs "+gorilla+".Save", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			sess, _ := sessions.GetRegistry(r).Get(store, sessionName)
			sess.Options.MaxAge = -1
			if !save {
				return nil
			}
			return sessions.Save(r, w)
		}, filesystemStore, cookieStore),
		gorillaProof("sessionAPIs (*"+gorilla+".Registry).Save", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			reg := sessions.GetRegistry(r)
			sess, _ := reg.Get(store, sessionName)
			sess.Options.MaxAge = -1
			if !save {
				return nil
			}
			return reg.Save(w)
		}, filesystemStore, cookieStore),
		gorillaProof("sessionAPIs ("+gorilla+".Store).Save", markThen(func(store sessions.Store, sess *sessions.Session, w http.ResponseWriter, r *http.Request) error {
			return store.Save(r, w, sess)
		}), filesystemStore, cookieStore, rediStore),
		gorillaProof("sessionAPIs (*"+gorilla+".CookieStore).Save", markThen(func(store sessions.Store, sess *sessions.Session, w http.ResponseWriter, r *http.Request) error {
			return store.(*sessions.CookieStore).Save(r, w, sess)
		}), cookieStore),
		gorillaProof("sessionAPIs (*"+gorilla+".FilesystemStore).Save", markThen(func(store sessions.Store, sess *sessions.Session, w http.ResponseWriter, r *http.Request) error {
			return store.(*sessions.FilesystemStore).Save(r, w, sess)
		}), filesystemStore),
		gorillaProof("sessionAPIs (*github.com/boj/redistore.RediStore).Save", markThen(func(store sessions.Store, sess *sessions.Session, w http.ResponseWriter, r *http.Request) error {
			return store.(*redistore.RediStore).Save(r, w, sess)
		}), rediStore),
		// A new session saved in place of the request's: only the
		// browser's cookie changes, on every store.
		gorillaProof("sessionAPIs "+gorilla+".NewSession", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			sess := sessions.NewSession(store, sessionName)
			sess.IsNew = true
			if !save {
				return nil
			}
			return store.Save(r, w, sess)
		}, filesystemStore, cookieStore, rediStore),
		gorillaProof("sessionAPIs (*github.com/boj/redistore.RediStore).Delete", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			sess, _ := store.Get(r, sessionName)
			return store.(*redistore.RediStore).Delete(r, w, sess)
		}, rediStore),

		// Assignments.
		gorillaProof("maxAgeFields "+gorilla+".Options", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			sess, _ := store.Get(r, sessionName)
			sess.Options.MaxAge = -1
			if !save {
				return nil
			}
			return sess.Save(r, w)
		}, filesystemStore, rediStore).with(echoContribVariant(func(c echo.Context, sess *sessions.Session, save bool) error {
			sess.Options.MaxAge = -1
			if !save {
				return nil
			}
			return sess.Save(c.Request(), c.Response())
		})),
		gorillaProof("optionsFields "+gorilla+".Session", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			sess, _ := store.Get(r, sessionName)
			sess.Options = &sessions.Options{Path: "/", MaxAge: -1}
			if !save {
				return nil
			}
			return sess.Save(r, w)
		}, filesystemStore, rediStore),
		gorillaProof("valuesFields "+gorilla+".Session", func(store sessions.Store, w http.ResponseWriter, r *http.Request, save bool) error {
			sess, _ := store.Get(r, sessionName)
			delete(sess.Values, "user")
			if !save {
				return nil
			}
			return sess.Save(r, w)
		}, filesystemStore, rediStore).with(echoContribVariant(func(c echo.Context, sess *sessions.Session, save bool) error {
			delete(sess.Values, "user")
			if !save {
				return nil
			}
			return sess.Save(c.Request(), c.Response())
		})),

		// Stores, by constructor and by type: MaxAge = -1 and a save.
		gorillaProof("storeConstructors "+gorilla+".NewCookieStore", deleteSession, cookieStore),
		gorillaProof("storeConstructors "+gorilla+".NewFilesystemStore", deleteSession, filesystemStore),
		gorillaProof("storeTypes "+gorilla+".CookieStore", deleteSession, cookieStore),
		gorillaProof("storeTypes "+gorilla+".FilesystemStore", deleteSession, filesystemStore),
		gorillaProof("storeTypes github.com/boj/redistore.RediStore", deleteSession, rediStore),
		gorillaProof("storeConstructors github.com/boj/redistore.NewRediStore", deleteSession, rediStore),
		gorillaProof("storeConstructors github.com/boj/redistore.NewRediStoreWithDB", deleteSession, gorillaStore{"RediStore", func(t *testing.T) sessions.Store {
			srv := replay.StartRedis(t)
			return newRediStore(t, func() (*redistore.RediStore, error) {
				return redistore.NewRediStoreWithDB(4, "tcp", srv.Addr, "", "", "1", sessionKey)
			})
		}}),
		gorillaProof("storeConstructors github.com/boj/redistore.NewRediStoreWithPool", deleteSession, gorillaStore{"RediStore", func(t *testing.T) sessions.Store {
			srv := replay.StartRedis(t)
			pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", srv.Addr) }}
			return newRediStore(t, func() (*redistore.RediStore, error) {
				return redistore.NewRediStoreWithPool(pool, sessionKey)
			})
		}}),
		gorillaProof("storeConstructors github.com/boj/redistore.NewRediStoreWithURL", deleteSession, gorillaStore{"RediStore", func(t *testing.T) sessions.Store {
			srv := replay.StartRedis(t)
			return newRediStore(t, func() (*redistore.RediStore, error) {
				return redistore.NewRediStoreWithURL(4, "redis://"+srv.Addr, sessionKey)
			})
		}}),
	}
}
