package libraries

import (
	"net/http"
	"path/filepath"
	"testing"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	gingorm "github.com/gin-contrib/sessions/gorm"
	"github.com/gin-contrib/sessions/memstore"
	ginredis "github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"github.com/glebarez/sqlite"
	"github.com/gomodule/redigo/redis"
	gsessions "github.com/gorilla/sessions"
	"github.com/logoutcheck/logoutcheck/internal/replay"
	"gorm.io/gorm"
)

func init() { gin.SetMode(gin.TestMode) }

// A ginStore builds a gin-contrib/sessions store for one test.
type ginStore struct {
	name string
	new  func(t *testing.T) sessions.Store
}

var (
	ginMemstore = ginStore{"memstore", func(t *testing.T) sessions.Store { return memstore.NewStore(sessionKey) }}
	ginCookie   = ginStore{"cookie", func(t *testing.T) sessions.Store { return cookie.NewStore(sessionKey) }}
	ginRedis    = ginStore{"redis", func(t *testing.T) sessions.Store {
		srv := replay.StartRedis(t)
		return ginRedisStore(t, func() (ginredis.Store, error) {
			return ginredis.NewStore(4, "tcp", srv.Addr, "", "", sessionKey)
		})
	}}
)

// ginGorm is gin-contrib's gorm store on a SQLite file (a driver in pure
// Go, so no cgo and no server).
var ginGorm = ginStore{"gorm/sqlite", func(t *testing.T) sessions.Store {
	db, err := gorm.Open(sqlite.Open(filepath.Join(t.TempDir(), "sessions.db")), &gorm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	})
	return gingorm.NewStore(db, false, sessionKey)
}}

// ginRedisStore calls a gin-contrib redis constructor and closes its
// redistore when the test ends.
func ginRedisStore(t *testing.T, build func() (ginredis.Store, error)) ginredis.Store {
	store, err := build()
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ginredis.GetRedisStore(store)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Close() })
	return store
}

// ginApp is a gin app on gin-contrib/sessions' middleware.
func ginApp(store sessions.Store, logout func(c *gin.Context, s sessions.Session) error) replay.App {
	r := gin.New()
	r.Use(sessions.Sessions(sessionName, store))
	r.POST(replay.LoginPath, func(c *gin.Context) {
		s := sessions.Default(c)
		s.Set("user", replay.User)
		s.Set("theme", "dark")
		if err := s.Save(); err != nil {
			c.AbortWithError(http.StatusInternalServerError, err)
		}
	})
	r.POST(replay.LogoutPath, func(c *gin.Context) {
		if err := logout(c, sessions.Default(c)); err != nil {
			c.AbortWithError(http.StatusInternalServerError, err)
		}
	})
	r.GET(replay.ProbePath, func(c *gin.Context) {
		c.JSON(http.StatusOK, ginState(sessions.Default(c)))
	})
	return replay.App{Server: replay.Handler(r)}
}

// ginState is the probe's report on a gin-contrib session. The Session
// interface does not say whether the session is new; the library's
// implementation has a Session method that returns the gorilla session,
// which does.
func ginState(s sessions.Session) replay.State {
	g, ok := s.(interface{ Session() *gsessions.Session })
	if !ok {
		panic("gin-contrib/sessions: the session has no Session method")
	}
	return gorillaState(g.Session())
}

// ginProof proves row with a logout run in an app on each store.
func ginProof(row string, logout func(c *gin.Context, s sessions.Session, save bool) error, stores ...ginStore) proof {
	p := proof{row: row}
	for _, st := range stores {
		p.variants = append(p.variants, variant{st.name, func(t *testing.T, save bool) replay.App {
			return ginApp(st.new(t), func(c *gin.Context, s sessions.Session) error { return logout(c, s, save) })
		}})
	}
	return p
}

// ginThenSave runs call and then, with save, Save.
func ginThenSave(call func(s sessions.Session)) func(c *gin.Context, s sessions.Session, save bool) error {
	return func(c *gin.Context, s sessions.Session, save bool) error {
		call(s)
		if !save {
			return nil
		}
		return s.Save()
	}
}

// ginExpire is the logout of the package's own tests: a negative MaxAge,
// then Save.
func ginExpire(c *gin.Context, s sessions.Session, save bool) error {
	s.Options(sessions.Options{Path: "/", MaxAge: -1})
	return s.Save()
}

func ginProofs() []proof {
	const session = "sessionAPIs (github.com/gin-contrib/sessions.Session)."
	return []proof{
		ginProof(session+"Clear", ginThenSave(func(s sessions.Session) { s.Clear() }), ginMemstore, ginRedis, ginGorm),
		ginProof(session+"Delete", ginThenSave(func(s sessions.Session) { s.Delete("user") }), ginMemstore, ginRedis),
		ginProof(session+"Options", ginThenSave(func(s sessions.Session) {
			s.Options(sessions.Options{Path: "/", MaxAge: -1})
		}), ginMemstore, ginRedis),
		ginProof(session+"Save", ginThenSave(func(s sessions.Session) {
			s.Options(sessions.Options{Path: "/", MaxAge: -1})
		}), ginMemstore, ginRedis, ginCookie),
		ginProof("maxAgeFields github.com/gin-contrib/sessions.Options", ginThenSave(func(s sessions.Session) {
			opts := sessions.Options{Path: "/"}
			opts.MaxAge = -1
			s.Options(opts)
		}), ginMemstore, ginRedis),

		ginProof("storeConstructors github.com/gin-contrib/sessions/cookie.NewStore", ginExpire, ginCookie),
		ginProof("storeConstructors github.com/gin-contrib/sessions/memstore.NewStore", ginExpire, ginMemstore),
		ginProof("storeConstructors github.com/gin-contrib/sessions/redis.NewStore", ginExpire, ginRedis),
		ginProof("storeConstructors github.com/gin-contrib/sessions/gorm.NewStore", ginExpire, ginGorm),
		ginProof("storeConstructors github.com/gin-contrib/sessions/redis.NewStoreWithDB", ginExpire, ginStore{"redis", func(t *testing.T) sessions.Store {
			srv := replay.StartRedis(t)
			return ginRedisStore(t, func() (ginredis.Store, error) {
				return ginredis.NewStoreWithDB(4, "tcp", srv.Addr, "", "", "2", sessionKey)
			})
		}}),
		ginProof("storeConstructors github.com/gin-contrib/sessions/redis.NewStoreWithPool", ginExpire, ginStore{"redis", func(t *testing.T) sessions.Store {
			srv := replay.StartRedis(t)
			pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", srv.Addr) }}
			return ginRedisStore(t, func() (ginredis.Store, error) {
				return ginredis.NewStoreWithPool(pool, sessionKey)
			})
		}}),

		ginProof("sessionAPIs (*github.com/gin-gonic/gin.Context).SetCookie", func(c *gin.Context, s sessions.Session, save bool) error {
			c.SetCookie(sessionName, "", -1, "/", "", false, true)
			return nil
		}, ginMemstore),
	}
}
