// Package simplesessions is a stub of zerodha/simplesessions v3 for the
// fixtures.
package simplesessions

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// ErrInvalidSession is returned for a request without a session.
var ErrInvalidSession = errors.New("stub: invalid session")

// Store keeps the sessions' values by session ID.
type Store interface {
	Create(id string) (err error)
	Get(id, key string) (value interface{}, err error)
	GetMulti(id string, keys ...string) (data map[string]interface{}, err error)
	GetAll(id string) (data map[string]interface{}, err error)
	Set(id, key string, value interface{}) error
	SetMulti(id string, data map[string]interface{}) error
	Delete(id string, key ...string) error
	Clear(id string) error
	Destroy(id string) error
	Int(interface{}, error) (int, error)
	Int64(interface{}, error) (int64, error)
	UInt64(interface{}, error) (uint64, error)
	Float64(interface{}, error) (float64, error)
	String(interface{}, error) (string, error)
	Bytes(interface{}, error) ([]byte, error)
	Bool(interface{}, error) (bool, error)
}

// CookieOptions describe the session cookie.
type CookieOptions struct {
	Name       string
	Domain     string
	Path       string
	IsSecure   bool
	IsHTTPOnly bool
	SameSite   http.SameSite
	Expires    time.Time
	MaxAge     time.Duration
}

// Options configure a Manager.
type Options struct {
	EnableAutoCreate bool
	SessionIDLength  int
	Cookie           CookieOptions
}

// Manager hands out sessions.
type Manager struct {
	store     Store
	opts      Options
	getCookie func(string, interface{}) (*http.Cookie, error)
	setCookie func(*http.Cookie, interface{}) error
}

// New returns a Manager.
func New(opts Options) *Manager {
	if opts.Cookie.Name == "" {
		opts.Cookie.Name = "session"
	}
	return &Manager{opts: opts}
}

// UseStore sets the store.
func (m *Manager) UseStore(str Store) { m.store = str }

// SetCookieHooks sets the functions that read and write the cookie.
func (m *Manager) SetCookieHooks(getCookie func(string, interface{}) (*http.Cookie, error), setCookie func(*http.Cookie, interface{}) error) {
	m.getCookie, m.setCookie = getCookie, setCookie
}

// NewSession starts a session.
func (m *Manager) NewSession(r, w interface{}) (*Session, error) {
	id := time.Now().Format(time.RFC3339Nano)
	if err := m.store.Create(id); err != nil {
		return nil, err
	}
	s := &Session{m: m, id: id, w: w}
	return s, s.WriteCookie(id)
}

// Acquire returns the request's session.
func (m *Manager) Acquire(c context.Context, r, w interface{}) (*Session, error) {
	ck, err := m.getCookie(m.opts.Cookie.Name, r)
	if err != nil || ck == nil || ck.Value == "" {
		if m.opts.EnableAutoCreate {
			return m.NewSession(r, w)
		}
		return nil, ErrInvalidSession
	}
	return &Session{m: m, id: ck.Value, w: w}, nil
}

// Session is one session.
type Session struct {
	m  *Manager
	id string
	w  interface{}
}

// WriteCookie writes the cookie carrying id.
func (s *Session) WriteCookie(id string) error {
	return s.m.setCookie(&http.Cookie{Name: s.m.opts.Cookie.Name, Value: id, Path: s.m.opts.Cookie.Path}, s.w)
}

// ClearCookie expires the cookie.
func (s *Session) ClearCookie() error {
	return s.m.setCookie(&http.Cookie{Name: s.m.opts.Cookie.Name, Expires: time.Unix(1, 0)}, s.w)
}

// ID returns the session ID.
func (s *Session) ID() string { return s.id }

// Cache loads the values.
func (s *Session) Cache() error { return nil }

// ResetCache drops loaded values.
func (s *Session) ResetCache() {}

// GetAll returns every value.
func (s *Session) GetAll() (map[string]interface{}, error) { return s.m.store.GetAll(s.id) }

// GetMulti returns some values.
func (s *Session) GetMulti(key ...string) (map[string]interface{}, error) {
	return s.m.store.GetMulti(s.id, key...)
}

// Get returns a value.
func (s *Session) Get(key string) (interface{}, error) { return s.m.store.Get(s.id, key) }

// Set stores a value.
func (s *Session) Set(key string, val interface{}) error { return s.m.store.Set(s.id, key, val) }

// SetMulti stores values.
func (s *Session) SetMulti(data map[string]interface{}) error { return s.m.store.SetMulti(s.id, data) }

// Delete removes keys.
func (s *Session) Delete(key ...string) error { return s.m.store.Delete(s.id, key...) }

// Clear removes every value.
func (s *Session) Clear() error { return s.m.store.Clear(s.id) }

// Destroy removes the session and expires the cookie.
func (s *Session) Destroy() error {
	if err := s.m.store.Destroy(s.id); err != nil {
		return err
	}
	return s.ClearCookie()
}

// Int converts a value.
func (s *Session) Int(r interface{}, err error) (int, error) { return s.m.store.Int(r, err) }

// String converts a value.
func (s *Session) String(r interface{}, err error) (string, error) { return s.m.store.String(r, err) }

// Bool converts a value.
func (s *Session) Bool(r interface{}, err error) (bool, error) { return s.m.store.Bool(r, err) }
