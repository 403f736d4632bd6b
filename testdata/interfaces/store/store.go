// Package store keeps sessions in a map of its own.
package store

import "sync"

// Sessions is a store that deletes for real.
type Sessions struct {
	mu       sync.Mutex
	sessions map[string]string
}

func (s *Sessions) Remove(id string) error { // want Remove:`session\(kill\)`
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.sessions, id)
	return nil
}
