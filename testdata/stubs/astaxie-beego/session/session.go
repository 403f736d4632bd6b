// Package session is a stub of beego v1's session package for the fixtures.
package session

import "net/http"

// Store is the session of one request.
type Store interface {
	Set(key, value interface{}) error
	Get(key interface{}) interface{}
	Delete(key interface{}) error
	SessionID() string
	SessionRelease(w http.ResponseWriter)
	Flush() error
}

// Manager hands out the sessions of a provider.
type Manager struct{}

// SessionDestroy deletes the request's session.
func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}

// SessionRegenerateID gives the request's session a new ID.
func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (session Store) {
	return nil
}
