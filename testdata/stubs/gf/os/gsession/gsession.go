// Package gsession is a stub of gf's gsession package for the fixtures.
package gsession

import (
	"context"
	"time"

	"github.com/gogf/gf/v2/container/gvar"
)

// Storage keeps the sessions' records.
type Storage interface {
	Get(ctx context.Context, sessionId string, key string) (value any, err error)
	Remove(ctx context.Context, sessionId string, key string) error
	RemoveAll(ctx context.Context, sessionId string) error
}

// Manager hands out sessions kept in a Storage.
type Manager struct {
	ttl     time.Duration
	storage Storage
}

// New returns a Manager.
func New(ttl time.Duration, storage ...Storage) *Manager {
	m := &Manager{ttl: ttl}
	if len(storage) > 0 {
		m.storage = storage[0]
	}
	return m
}

// GetStorage returns the manager's storage.
func (m *Manager) GetStorage() Storage { return m.storage }

// Session is the session of one request.
type Session struct {
	id      string
	ctx     context.Context
	data    map[string]any
	dirty   bool
	manager *Manager
}

// Close writes a changed session back to the storage.
func (s *Session) Close() error { return nil }

// Set stores a value.
func (s *Session) Set(key string, value any) (err error) {
	if s.data == nil {
		s.data = map[string]any{}
	}
	s.data[key] = value
	s.dirty = true
	return nil
}

// Remove removes values.
func (s *Session) Remove(keys ...string) (err error) {
	for _, k := range keys {
		delete(s.data, k)
	}
	s.dirty = true
	return nil
}

// RemoveAll removes every value.
func (s *Session) RemoveAll() (err error) {
	s.data = map[string]any{}
	s.dirty = true
	return nil
}

// Id returns the session ID.
func (s *Session) Id() (id string, err error) { return s.id, nil }

// MustId is Id, panicking on error.
func (s *Session) MustId() string { return s.id }

// Contains reports whether the session holds key.
func (s *Session) Contains(key string) (ok bool, err error) {
	_, ok = s.data[key]
	return ok, nil
}

// Get returns a value.
func (s *Session) Get(key string, def ...any) (value *gvar.Var, err error) {
	if v, ok := s.data[key]; ok {
		return gvar.New(v), nil
	}
	return nil, nil
}

// MustGet is Get, panicking on error.
func (s *Session) MustGet(key string, def ...any) *gvar.Var {
	v, _ := s.Get(key, def...)
	return v
}

// MustRemove is Remove, panicking on error.
func (s *Session) MustRemove(keys ...string) { _ = s.Remove(keys...) }

// RegenerateId moves the session to a new ID, deleting the old record
// when deleteOld is true.
func (s *Session) RegenerateId(deleteOld bool) (newId string, err error) {
	s.id += "'"
	s.dirty = true
	return s.id, nil
}

// MustRegenerateId is RegenerateId, panicking on error.
func (s *Session) MustRegenerateId(deleteOld bool) string {
	id, _ := s.RegenerateId(deleteOld)
	return id
}
