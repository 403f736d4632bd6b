// Package sessions is a stub of github.com/golangcollege/sessions for the
// logoutcheck fixtures: upstream's exported API, with simple bodies that
// keep each request's values in memory.
package sessions

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// Session holds the settings of the session cookie, as upstream's does.
type Session struct {
	Domain       string
	HttpOnly     bool
	Lifetime     time.Duration
	Path         string
	Persist      bool
	Secure       bool
	SameSite     http.SameSite
	ErrorHandler func(http.ResponseWriter, *http.Request, error)
}

// New returns a Session with the given keys.
func New(key []byte, oldKeys ...[]byte) *Session {
	return &Session{HttpOnly: true, Lifetime: 24 * time.Hour, Path: "/", Persist: true}
}

type ctxKey struct{}

type values struct {
	mu sync.Mutex
	m  map[string]any
}

// Enable gives each request its own set of values.
func (s *Session) Enable(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ctxKey{}, &values{m: map[string]any{}})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *Session) vals(r *http.Request) *values {
	if v, ok := r.Context().Value(ctxKey{}).(*values); ok {
		return v
	}
	return &values{m: map[string]any{}}
}

func (s *Session) Put(r *http.Request, key string, val interface{}) {
	v := s.vals(r)
	v.mu.Lock()
	defer v.mu.Unlock()
	v.m[key] = val
}

func (s *Session) Get(r *http.Request, key string) interface{} {
	v := s.vals(r)
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.m[key]
}

func (s *Session) Pop(r *http.Request, key string) interface{} {
	v := s.vals(r)
	v.mu.Lock()
	defer v.mu.Unlock()
	x := v.m[key]
	delete(v.m, key)
	return x
}

func (s *Session) Remove(r *http.Request, key string) { s.Pop(r, key) }

func (s *Session) Exists(r *http.Request, key string) bool { return s.Get(r, key) != nil }

func (s *Session) Keys(r *http.Request) []string {
	v := s.vals(r)
	v.mu.Lock()
	defer v.mu.Unlock()
	keys := make([]string, 0, len(v.m))
	for k := range v.m {
		keys = append(keys, k)
	}
	return keys
}

// Destroy empties the values (upstream also expires the cookie).
func (s *Session) Destroy(r *http.Request) {
	v := s.vals(r)
	v.mu.Lock()
	defer v.mu.Unlock()
	clear(v.m)
}

func (s *Session) GetString(r *http.Request, key string) string {
	x, _ := s.Get(r, key).(string)
	return x
}
func (s *Session) GetBool(r *http.Request, key string) bool { x, _ := s.Get(r, key).(bool); return x }
func (s *Session) GetInt(r *http.Request, key string) int   { x, _ := s.Get(r, key).(int); return x }
func (s *Session) GetFloat(r *http.Request, key string) float64 {
	x, _ := s.Get(r, key).(float64)
	return x
}
func (s *Session) GetBytes(r *http.Request, key string) []byte {
	x, _ := s.Get(r, key).([]byte)
	return x
}
func (s *Session) GetTime(r *http.Request, key string) time.Time {
	x, _ := s.Get(r, key).(time.Time)
	return x
}
func (s *Session) PopString(r *http.Request, key string) string {
	x, _ := s.Pop(r, key).(string)
	return x
}
func (s *Session) PopBool(r *http.Request, key string) bool { x, _ := s.Pop(r, key).(bool); return x }
func (s *Session) PopInt(r *http.Request, key string) int   { x, _ := s.Pop(r, key).(int); return x }
func (s *Session) PopFloat(r *http.Request, key string) float64 {
	x, _ := s.Pop(r, key).(float64)
	return x
}
func (s *Session) PopBytes(r *http.Request, key string) []byte {
	x, _ := s.Pop(r, key).([]byte)
	return x
}
func (s *Session) PopTime(r *http.Request, key string) time.Time {
	x, _ := s.Pop(r, key).(time.Time)
	return x
}
