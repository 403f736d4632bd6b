// Package sessions is a stub of hertz-contrib/sessions for the fixtures.
package sessions

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	gsessions "github.com/gorilla/sessions"
)

// DefaultKey is the key the middleware stores the session under.
const DefaultKey = "github.com/hertz-contrib/sessions"

// Store is a gorilla store whose options can be set.
type Store interface {
	gsessions.Store
	Options(Options)
}

// Session is the session of a request.
type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

// Options are the cookie options of a session.
type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

// ToGorillaOptions converts o.
func (o Options) ToGorillaOptions() *gsessions.Options {
	return &gsessions.Options{Path: o.Path, Domain: o.Domain, MaxAge: o.MaxAge, Secure: o.Secure, HttpOnly: o.HttpOnly, SameSite: o.SameSite}
}

// Sessions returns the middleware that gives each request a session.
func Sessions(name string, store Store) app.HandlerFunc { return New(name, store) }

// New is Sessions.
func New(name string, store Store) app.HandlerFunc {
	return func(ctx context.Context, c *app.RequestContext) {
		c.Set(DefaultKey, &session{name: name, store: store, values: map[interface{}]interface{}{}})
		c.Next(ctx)
	}
}

// Default returns the session of the request.
func Default(c *app.RequestContext) Session { return c.MustGet(DefaultKey).(Session) }

// session keeps its values in memory; the stub never reaches a store.
type session struct {
	name    string
	store   Store
	values  map[interface{}]interface{}
	options Options
	written bool
}

func (s *session) ID() string                      { return s.name }
func (s *session) Get(key interface{}) interface{} { return s.values[key] }
func (s *session) Set(key, val interface{})        { s.values[key], s.written = val, true }
func (s *session) Delete(key interface{})          { delete(s.values, key); s.written = true }
func (s *session) Clear() {
	for k := range s.values {
		s.Delete(k)
	}
}
func (s *session) AddFlash(value interface{}, vars ...string) { s.written = true }
func (s *session) Flashes(vars ...string) []interface{}       { return nil }
func (s *session) Options(o Options)                          { s.options, s.written = o, true }
func (s *session) Save() error {
	s.written = false
	return nil
}
