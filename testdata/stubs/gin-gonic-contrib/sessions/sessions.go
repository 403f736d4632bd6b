// Package sessions is a stub of github.com/gin-gonic/contrib/sessions for
// the logoutcheck fixtures: upstream's exported API over gorilla/sessions,
// with bodies of its own.
package sessions

import (
	"net/http"

	"github.com/boj/redistore"
	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
)

// DefaultKey is the gin context key of the session.
const DefaultKey = "github.com/gin-gonic/contrib/sessions"

// Store is a gorilla store whose cookie options can be set.
type Store interface {
	sessions.Store
	Options(Options)
}

// Options are the session cookie's options.
type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
}

func (o Options) gorilla() *sessions.Options {
	return &sessions.Options{Path: o.Path, Domain: o.Domain, MaxAge: o.MaxAge, Secure: o.Secure, HttpOnly: o.HttpOnly}
}

// Session is the session of one request.
type Session interface {
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

// Sessions is the middleware that puts a Session in the gin context.
func Sessions(name string, store Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Set(DefaultKey, &session{name: name, store: store, r: c.Request, w: c.Writer})
		c.Next()
	}
}

// Default returns the request's Session.
func Default(c *gin.Context) Session { return c.MustGet(DefaultKey).(Session) }

type session struct {
	name    string
	store   Store
	r       *http.Request
	w       http.ResponseWriter
	s       *sessions.Session
	written bool
}

func (s *session) get() *sessions.Session {
	if s.s == nil {
		s.s, _ = s.store.Get(s.r, s.name)
	}
	return s.s
}

func (s *session) Get(key interface{}) interface{} { return s.get().Values[key] }

func (s *session) Set(key interface{}, val interface{}) {
	s.get().Values[key] = val
	s.written = true
}

func (s *session) Delete(key interface{}) {
	delete(s.get().Values, key)
	s.written = true
}

func (s *session) Clear() {
	for k := range s.get().Values {
		s.Delete(k)
	}
}

func (s *session) AddFlash(value interface{}, vars ...string) {
	s.get().AddFlash(value, vars...)
	s.written = true
}

func (s *session) Flashes(vars ...string) []interface{} {
	s.written = true
	return s.get().Flashes(vars...)
}

// Options sets the cookie options; like upstream, it does not mark the
// session written.
func (s *session) Options(o Options) { s.get().Options = o.gorilla() }

// Save writes the session only when it was written to.
func (s *session) Save() error {
	if !s.written {
		return nil
	}
	s.written = false
	return s.get().Save(s.r, s.w)
}

// CookieStore keeps the whole session in the signed cookie.
type CookieStore interface{ Store }

type cookieStore struct{ *sessions.CookieStore }

func (c cookieStore) Options(o Options) { c.CookieStore.Options = o.gorilla() }

// NewCookieStore returns a cookie store with the given key pairs.
func NewCookieStore(keyPairs ...[]byte) CookieStore {
	return cookieStore{sessions.NewCookieStore(keyPairs...)}
}

// RedisStore keeps sessions in Redis.
type RedisStore interface{ Store }

type redisStore struct{ *redistore.RediStore }

func (c redisStore) Options(o Options) { c.RediStore.Options = o.gorilla() }

// NewRedisStore returns a Redis store with a pool of size connections.
func NewRedisStore(size int, network, address, password string, keyPairs ...[]byte) (RedisStore, error) {
	st, err := redistore.NewRediStore(size, network, address, "", password, keyPairs...)
	if err != nil {
		return nil, err
	}
	return redisStore{st}, nil
}
