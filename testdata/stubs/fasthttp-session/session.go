// Package session is a stub of fasthttp/session for the fixtures.
package session

import (
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// Config configures a Session.
type Config struct {
	CookieName string
	Expiration time.Duration
}

// Session manages the sessions of a server.
type Session struct {
	cfg  Config
	mu   sync.Mutex
	data map[string]map[string]interface{}
}

// New returns a Session with the configuration.
func New(cfg Config) *Session {
	if cfg.CookieName == "" {
		cfg.CookieName = "sessionid"
	}
	return &Session{cfg: cfg, data: map[string]map[string]interface{}{}}
}

// Store holds the values of one request's session.
type Store struct {
	id     []byte
	values map[string]interface{}
}

func (s *Session) id(ctx *fasthttp.RequestCtx) string {
	return string(ctx.Request.Header.Cookie(s.cfg.CookieName))
}

// Get returns the store of the request's session.
func (s *Session) Get(ctx *fasthttp.RequestCtx) (*Store, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.id(ctx)
	values := map[string]interface{}{}
	for k, v := range s.data[id] {
		values[k] = v
	}
	return &Store{id: []byte(id), values: values}, nil
}

// Save writes the store's values under its ID.
func (s *Session) Save(ctx *fasthttp.RequestCtx, store *Store) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[string(store.id)] = store.values
	return nil
}

// Regenerate moves the request's session to a new ID.
func (s *Session) Regenerate(ctx *fasthttp.RequestCtx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.id(ctx)
	s.data[id+"-new"] = s.data[id]
	delete(s.data, id)
	return nil
}

// Destroy deletes the request's session.
func (s *Session) Destroy(ctx *fasthttp.RequestCtx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.data, s.id(ctx))
	return nil
}

// Get returns the value of key.
func (st *Store) Get(key string) interface{} { return st.values[key] }

// Set sets key to value.
func (st *Store) Set(key string, value interface{}) { st.values[key] = value }

// Delete removes key.
func (st *Store) Delete(key string) { delete(st.values, key) }

// Flush removes every value.
func (st *Store) Flush() { st.values = map[string]interface{}{} }

// GetSessionID returns the session's ID.
func (st *Store) GetSessionID() []byte { return st.id }
