// want package:`converts\(example.com/fixtures/interfaces/store.Sessions\|example.com/fixtures/interfaces/web.Remover.Remove example.com/fixtures/interfaces/web.memCache\|example.com/fixtures/interfaces/web.Cache.Touch\)`

// Package web reaches its session storage through interfaces of its own.
package web

import (
	"net/http"
	"sync"

	"example.com/fixtures/interfaces/store"
)

func sid(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

// Remover is implemented by store.Sessions, which this package imports:
// the call is resolved to it.
type Remover interface {
	Remove(id string) error
}

var _ Remover = (*store.Sessions)(nil)

type App struct {
	sessions Remover
	tokens   TokenForgetter
	audit    Auditor
	cache    Cache
}

func (a *App) Logout(w http.ResponseWriter, r *http.Request) {
	if err := a.sessions.Remove(sid(r)); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// TokenForgetter has no implementation in sight (main wires one in): given
// the credential, it may revoke it.
type TokenForgetter interface {
	Forget(token string) error
}

func (a *App) SignOut(w http.ResponseWriter, r *http.Request) {
	_ = a.tokens.Forget(r.Header.Get("Authorization"))
	w.WriteHeader(http.StatusNoContent)
}

// Given something else than the credential, an unseen implementation is
// no reason to stay silent.
type Auditor interface {
	Record(event string) error
}

func (a *App) LogoutAudit(w http.ResponseWriter, r *http.Request) { // want `LogoutAudit .* nothing invalidates it`
	_ = a.audit.Record("logout")
	http.Redirect(w, r, "/", http.StatusFound)
}

// An implementation in sight that deletes nothing: judged by what it does.
type Cache interface {
	Touch(id string)
}

type memCache struct{ hits map[string]int }

func (c *memCache) Touch(id string) { c.hits[id]++ }

var _ Cache = (*memCache)(nil)

func (a *App) LogoutCache(w http.ResponseWriter, r *http.Request) { // want `LogoutCache .* nothing invalidates it`
	a.cache.Touch(sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

// The app's own session table in memory.
var sessions = map[string]string{}

func LogoutMap(w http.ResponseWriter, r *http.Request) {
	delete(sessions, sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

var visits = map[string]int{}

func LogoutVisits(w http.ResponseWriter, r *http.Request) { // want `LogoutVisits .* nothing invalidates it`
	delete(visits, sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

// A sync.Map named for sessions is a session table too.
var activeTokens, lastSeen sync.Map

func LogoutSyncMap(w http.ResponseWriter, r *http.Request) {
	activeTokens.Delete(sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

func LogoutLastSeen(w http.ResponseWriter, r *http.Request) { // want `LogoutLastSeen .* nothing invalidates it`
	lastSeen.Delete(sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}
