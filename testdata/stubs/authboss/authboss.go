// Package authboss is a stub of volatiletech/authboss v3 for the
// fixtures.
package authboss

import (
	"context"
	"net/http"
	"strings"
)

// Session keys and the remember-me cookie's name.
const (
	SessionKey         = "uid"
	SessionHalfAuthKey = "halfauth"
	SessionLastAction  = "last_action"
	CookieRemember     = "rm"
)

// ClientStateEventKind says what a ClientStateEvent does.
type ClientStateEventKind int

// The kinds of events.
const (
	ClientStateEventPut ClientStateEventKind = iota
	ClientStateEventDel
	ClientStateEventDelAll
)

// ClientStateEvent is one change to the client state.
type ClientStateEvent struct {
	Kind  ClientStateEventKind
	Key   string
	Value string
}

// ClientState answers lookups in the session or the cookies.
type ClientState interface {
	Get(key string) (string, bool)
}

// ClientStateReadWriter loads and writes a client state.
type ClientStateReadWriter interface {
	ReadState(*http.Request) (ClientState, error)
	WriteState(http.ResponseWriter, ClientState, []ClientStateEvent) error
}

// RememberingServerStorer keeps remember-me tokens.
type RememberingServerStorer interface {
	AddRememberToken(ctx context.Context, pid, token string) error
	DelRememberTokens(ctx context.Context, pid string) error
	UseRememberToken(ctx context.Context, pid, token string) error
}

// Config is authboss's configuration.
type Config struct {
	Storage struct {
		SessionState              ClientStateReadWriter
		CookieState               ClientStateReadWriter
		SessionStateWhitelistKeys []string
	}
	Modules struct {
		LogoutMethod string
	}
}

// Authboss is the library's root object.
type Authboss struct {
	Config
}

// New returns an Authboss.
func New() *Authboss { return &Authboss{} }

// Init loads the modules.
func (a *Authboss) Init(modulesToLoad ...string) error { return nil }

// LoadClientStateMiddleware wraps the response writer.
func (a *Authboss) LoadClientStateMiddleware(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&ClientStateResponseWriter{ResponseWriter: w}, r)
	})
}

// CurrentUserID returns the signed-in user's ID.
func (a *Authboss) CurrentUserID(r *http.Request) (string, error) {
	id, _ := GetSession(r, SessionKey)
	return id, nil
}

// ClientStateResponseWriter records the client state events.
type ClientStateResponseWriter struct {
	http.ResponseWriter
	session, cookies []ClientStateEvent
}

func record(w http.ResponseWriter, cookie bool, ev ClientStateEvent) {
	c, ok := w.(*ClientStateResponseWriter)
	if !ok {
		panic("stub: not a ClientStateResponseWriter")
	}
	if cookie {
		c.cookies = append(c.cookies, ev)
	} else {
		c.session = append(c.session, ev)
	}
}

// DelAllSession deletes the session's values but those of whitelist.
func DelAllSession(w http.ResponseWriter, whitelist []string) {
	record(w, false, ClientStateEvent{Kind: ClientStateEventDelAll, Key: strings.Join(whitelist, ",")})
}

// DelKnownSession deletes the keys authboss sets.
func DelKnownSession(w http.ResponseWriter) {
	for _, k := range []string{SessionKey, SessionHalfAuthKey, SessionLastAction} {
		DelSession(w, k)
	}
}

// DelKnownCookie deletes the remember-me cookie.
func DelKnownCookie(w http.ResponseWriter) { DelCookie(w, CookieRemember) }

// PutSession sets a session value.
func PutSession(w http.ResponseWriter, key, val string) {
	record(w, false, ClientStateEvent{Kind: ClientStateEventPut, Key: key, Value: val})
}

// DelSession deletes a session value.
func DelSession(w http.ResponseWriter, key string) {
	record(w, false, ClientStateEvent{Kind: ClientStateEventDel, Key: key})
}

// GetSession returns a session value.
func GetSession(r *http.Request, key string) (string, bool) { return "", false }

// DelCookie deletes a cookie value.
func DelCookie(w http.ResponseWriter, key string) {
	record(w, true, ClientStateEvent{Kind: ClientStateEventDel, Key: key})
}

// PutCookie sets a cookie.
func PutCookie(w http.ResponseWriter, key, val string) {
	record(w, true, ClientStateEvent{Kind: ClientStateEventPut, Key: key, Value: val})
}

// GetCookie returns a cookie's value.
func GetCookie(r *http.Request, key string) (string, bool) { return "", false }
