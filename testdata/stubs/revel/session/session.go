// Package session is a stub of revel's session package for the fixtures.
package session

import "errors"

// Session holds the values of the request's session.
type Session map[string]interface{}

// NewSession returns an empty session.
func NewSession() Session { return Session{} }

// ID returns the session's ID, made up when it has none.
func (s Session) ID() string {
	if id, ok := s["_ID"].(string); ok {
		return id
	}
	s["_ID"] = "0123456789abcdef"
	return s["_ID"].(string)
}

// Get returns the value of key.
func (s Session) Get(key string) (newValue interface{}, err error) {
	if v, ok := s[key]; ok {
		return v, nil
	}
	return nil, errors.New("session value not found")
}

// Set sets the value of key.
func (s Session) Set(key string, value interface{}) error {
	s[key] = value
	return nil
}

// Del removes key.
func (s Session) Del(key string) { delete(s, key) }

// Empty reports whether the session holds no values.
func (s Session) Empty() bool { return len(s) == 0 }
