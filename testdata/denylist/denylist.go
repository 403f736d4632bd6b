// Package denylist checks that putting the credential on a server-side
// deny-list, named as such, counts as invalidating it.
package denylist

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

type tokenManager interface {
	Add(token string, expiresAt time.Time)
	Get(token string) bool
}

var invalidatedJWTTokens tokenManager

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// The token goes on the deny-list, through two helpers: the middleware
// refuses it from now on.
func invalidateToken(r *http.Request) { // want invalidateToken:`session\(kill\)`
	invalidatedJWTTokens.Add(bearer(r), time.Now().Add(time.Hour))
}

func removeCookie(w http.ResponseWriter, r *http.Request) { // want removeCookie:`session\(kill,client\)`
	invalidateToken(r)
	http.SetCookie(w, &http.Cookie{Name: "jwt", MaxAge: -1})
}

func HandleLogout(w http.ResponseWriter, r *http.Request) {
	removeCookie(w, r)
	http.Redirect(w, r, "/login", http.StatusFound)
}

type Server struct {
	revokedTokens sync.Map
	sessionCache  sync.Map
}

func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	s.revokedTokens.Store(bearer(r), time.Now())
	w.WriteHeader(http.StatusNoContent)
}

var blacklist = map[string]time.Time{}

func SignOut(w http.ResponseWriter, r *http.Request) {
	blacklist[bearer(r)] = time.Now()
	w.WriteHeader(http.StatusNoContent)
}

// A cache that is no deny-list: storing in it revokes nothing.
func (s *Server) LogoutCache(w http.ResponseWriter, r *http.Request) { // want `LogoutCache .* nothing invalidates it`
	s.sessionCache.Store(bearer(r), time.Now())
	w.WriteHeader(http.StatusNoContent)
}

// Reading the deny-list revokes nothing either.
func LogoutCheckOnly(w http.ResponseWriter, r *http.Request) { // want `LogoutCheckOnly .* nothing invalidates it`
	if invalidatedJWTTokens.Get(bearer(r)) {
		w.WriteHeader(http.StatusUnauthorized)
	}
	w.WriteHeader(http.StatusNoContent)
}

var blacklistEnabled bool

func LogoutFlag(w http.ResponseWriter, r *http.Request) { // want `LogoutFlag .* nothing invalidates it`
	blacklistEnabled = true
	w.WriteHeader(http.StatusNoContent)
}
