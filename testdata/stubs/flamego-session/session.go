// Package session is a stub of flamego/session for the fixtures.
package session

import (
	"context"
	"net/http"

	"github.com/flamego/flamego"
)

// Session is the session of one request.
type Session interface {
	ID() string
	RegenerateID(w http.ResponseWriter, r *http.Request) error
	Get(key interface{}) interface{}
	Set(key, val interface{})
	SetFlash(val interface{})
	Delete(key interface{})
	Flush()
	Encode() ([]byte, error)
	HasChanged() bool
}

// Store keeps the sessions.
type Store interface {
	Exist(ctx context.Context, sid string) bool
	Read(ctx context.Context, sid string) (Session, error)
	Destroy(ctx context.Context, sid string) error
	Touch(ctx context.Context, sid string) error
	Save(ctx context.Context, session Session) error
	GC(ctx context.Context) error
}

// Initer builds a Store.
type Initer func(ctx context.Context, args ...interface{}) (Store, error)

// Options configure Sessioner.
type Options struct {
	Initer   Initer
	Config   interface{}
	IDLength int
}

// MemoryConfig configures the memory store.
type MemoryConfig struct{}

// memoryStore keeps each session's values by ID.
type memoryStore struct {
	sessions map[string]Session
}

func (s *memoryStore) Exist(_ context.Context, sid string) bool {
	_, ok := s.sessions[sid]
	return ok
}

func (s *memoryStore) Read(_ context.Context, sid string) (Session, error) {
	return s.sessions[sid], nil
}

func (s *memoryStore) Destroy(_ context.Context, sid string) error {
	delete(s.sessions, sid)
	return nil
}

func (s *memoryStore) Touch(context.Context, string) error { return nil }

func (s *memoryStore) Save(_ context.Context, sess Session) error {
	s.sessions[sess.ID()] = sess
	return nil
}

func (s *memoryStore) GC(context.Context) error { return nil }

// MemoryIniter returns the Initer of the memory store.
func MemoryIniter() Initer {
	return func(context.Context, ...interface{}) (Store, error) {
		return &memoryStore{sessions: map[string]Session{}}, nil
	}
}

// Sessioner returns the middleware that injects the request's Session and
// the Store.
func Sessioner(opts ...Options) flamego.Handler {
	return func(c flamego.Context) { c.Next() }
}
