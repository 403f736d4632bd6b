// Package handoff checks that a logout that hands the credential to code
// the analyzer cannot follow is not reported: that code may revoke it.
package handoff

import (
	"errors"
	"net/http"
	"strings"
	"time"
)

type command struct {
	kind  string
	token string
	reply chan bool
}

// cmds is served by the goroutine that owns the sessions.
var cmds = make(chan command)

// The session token goes to the sessions' owner, which removes it.
func LogoutHandler(w http.ResponseWriter, r *http.Request) {
	cookie, err := r.Cookie("session_token")
	if err == http.ErrNoCookie {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	token := cookie.Value
	reply := make(chan bool)
	cmds <- command{kind: "remove", token: token, reply: reply}
	<-reply
	http.SetCookie(w, &http.Cookie{Name: "session_token", Expires: time.Now()})
	http.Redirect(w, r, "/", http.StatusFound)
}

// Through a helper, too.
func forget(r *http.Request) { // want forget:`session\(kill,remember\)`
	cmds <- command{kind: "remove", token: strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")}
}

func SignOut(w http.ResponseWriter, r *http.Request) {
	forget(r)
	w.WriteHeader(http.StatusNoContent)
}

// A hook set by the app's auth package, given the token.
type Server struct {
	OnLogout func(token string) error
	events   chan string
}

func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	if err := s.OnLogout(r.Header.Get("Authorization")); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Sending something that is not the credential hands nothing off.
func (s *Server) LogoutEvent(w http.ResponseWriter, r *http.Request) { // want `LogoutEvent .* nothing invalidates it`
	s.events <- "logout from " + r.RemoteAddr
	w.WriteHeader(http.StatusNoContent)
}

// Nor does a hook given something else.
func (s *Server) LogoutHook(w http.ResponseWriter, r *http.Request) { // want `LogoutHook .* nothing invalidates it`
	_ = s.OnLogout(r.Header.Get("Accept-Language"))
	w.WriteHeader(http.StatusNoContent)
}

var errNotFound = errors.New("not found")

func lookup(token string) error { return nil }

// err != errNotFound holds when there is no error: the else branch is a
// normal path, here one that leaks.
func SignOutLookup(w http.ResponseWriter, r *http.Request) { // want `SignOutLookup .* nothing invalidates it`
	err := lookup(r.URL.Query().Get("user"))
	if err != nil && err != errNotFound {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type tokenSet struct{ tokens map[string]bool }

func (t *tokenSet) Delete(token string) { delete(t.tokens, token) } // want Delete:`session\(kill\)`

type cookieManager struct {
	name   string
	tokens *tokenSet
}

// Only the session cookie is looked for among the request's cookies: the
// other cookies are not the credential, nothing to log out there.
func (m *cookieManager) handleLogout(w http.ResponseWriter, r *http.Request) {
	for _, c := range r.Cookies() {
		if c.Name == m.name {
			m.tokens.Delete(c.Value)
			http.SetCookie(w, &http.Cookie{Name: m.name, MaxAge: -1})
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// A comparison with something else than the credential is no such guard.
func (m *cookieManager) handleLogoutIf(w http.ResponseWriter, r *http.Request) { // want `handleLogoutIf .* nothing invalidates it on some paths`
	if r.URL.Query().Get("all") == m.name {
		m.tokens.Delete(r.URL.Query().Get("token"))
	}
	w.WriteHeader(http.StatusNoContent)
}
