// Package session is a stub of beego's session package for the fixtures.
package session

import (
	"context"
	"net/http"
)

// Store is the session of one request.
type Store interface {
	Set(ctx context.Context, key, value interface{}) error
	Get(ctx context.Context, key interface{}) interface{}
	Delete(ctx context.Context, key interface{}) error
	SessionID(ctx context.Context) string
	SessionReleaseIfPresent(ctx context.Context, w http.ResponseWriter)
	SessionRelease(ctx context.Context, w http.ResponseWriter)
	Flush(ctx context.Context) error
}

// Manager hands out the sessions of a provider.
type Manager struct{}

// SessionDestroy deletes the request's session.
func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}

// SessionRegenerateID gives the request's session a new ID.
func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
