// Package session is a stub of go-macaron/session for the fixtures.
package session

import "gopkg.in/macaron.v1"

// RawStore is the data of one session.
type RawStore interface {
	Set(interface{}, interface{}) error
	Get(interface{}) interface{}
	Delete(interface{}) error
	ID() string
	Release() error
	Flush() error
}

// Store is the session of one request, with its manager's calls.
type Store interface {
	RawStore
	Read(string) (RawStore, error)
	Destory(*macaron.Context) error
	RegenerateId(*macaron.Context) (RawStore, error)
	Count() int
	GC()
}

// Options configure the middleware.
type Options struct {
	Provider       string
	ProviderConfig string
	CookieName     string
	CookiePath     string
}

// Manager manages the sessions of a provider.
type Manager struct{}

// Destory deletes the request's session.
func (m *Manager) Destory(ctx *macaron.Context) error { return nil }

// RegenerateId gives the request's session a new ID.
func (m *Manager) RegenerateId(ctx *macaron.Context) (RawStore, error) { return nil, nil }

// Sessioner returns the middleware that maps a Store for each request.
func Sessioner(options ...Options) macaron.Handler {
	return func(ctx *macaron.Context) { ctx.Next() }
}
