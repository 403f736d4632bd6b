// Package cookie is a stub of hertz-contrib/sessions/cookie for the fixtures.
package cookie

import (
	gsessions "github.com/gorilla/sessions"
	"github.com/hertz-contrib/sessions"
)

// Store keeps the whole session in the cookie.
type Store interface {
	sessions.Store
}

type store struct{ *gsessions.CookieStore }

func (s *store) Options(o sessions.Options) { s.CookieStore.Options = o.ToGorillaOptions() }

// NewStore returns a cookie store.
func NewStore(keyPairs ...[]byte) Store { return &store{gsessions.NewCookieStore(keyPairs...)} }
