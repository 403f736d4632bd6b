// Package abclientstate is a stub of volatiletech/authboss-clientstate
// for the fixtures.
package abclientstate

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/volatiletech/authboss/v3"
)

// SessionStorer keeps authboss's session state in a gorilla store.
type SessionStorer struct {
	Name string

	sessions.Store
}

// NewSessionStorer returns a SessionStorer on a new cookie store.
func NewSessionStorer(sessionName string, keypairs ...[]byte) SessionStorer {
	return SessionStorer{Name: sessionName, Store: sessions.NewCookieStore(keypairs...)}
}

// NewSessionStorerFromExisting returns a SessionStorer on store.
func NewSessionStorerFromExisting(sessionName string, store sessions.Store) SessionStorer {
	return SessionStorer{Name: sessionName, Store: store}
}

type state struct{ s *sessions.Session }

func (st state) Get(key string) (string, bool) {
	v, ok := st.s.Values[key].(string)
	return v, ok
}

// ReadState loads the session.
func (s SessionStorer) ReadState(r *http.Request) (authboss.ClientState, error) {
	sess, err := s.Store.Get(r, s.Name)
	if err != nil {
		return nil, err
	}
	return state{sess}, nil
}

// WriteState applies the events and saves the session.
func (s SessionStorer) WriteState(w http.ResponseWriter, cs authboss.ClientState, ev []authboss.ClientStateEvent) error {
	sess := cs.(state).s
	for _, e := range ev {
		switch e.Kind {
		case authboss.ClientStateEventPut:
			sess.Values[e.Key] = e.Value
		case authboss.ClientStateEventDel:
			delete(sess.Values, e.Key)
		case authboss.ClientStateEventDelAll:
			sess.Options.MaxAge = -1
		}
	}
	return s.Store.Save(nil, w, sess)
}

// CookieStorer keeps authboss's cookie state in cookies.
type CookieStorer struct {
	Cookies []string
}

// NewCookieStorer returns a CookieStorer.
func NewCookieStorer(hashKey, blockKey []byte) CookieStorer { return CookieStorer{} }

// ReadState loads the cookies.
func (c CookieStorer) ReadState(r *http.Request) (authboss.ClientState, error) { return nil, nil }

// WriteState writes the cookies.
func (c CookieStorer) WriteState(w http.ResponseWriter, cs authboss.ClientState, ev []authboss.ClientStateEvent) error {
	return nil
}
