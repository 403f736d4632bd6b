// Package postgres is a stub of the simplesessions postgres store for
// the fixtures.
package postgres

import (
	"database/sql"
	"time"
)

// Opt configures a Store.
type Opt struct {
	Table         string        `json:"table"`
	TTL           time.Duration `json:"ttl"`
	CleanInterval time.Duration `json:"clean_interval"`
}

// Store keeps sessions in a table.
type Store struct {
	data map[string]map[string]interface{}
	db   *sql.DB
}

// New returns a store on db.
func New(opt Opt, db *sql.DB) (*Store, error) { return &Store{db: db}, nil }

func (s *Store) vals(id string) map[string]interface{} {
	if s.data == nil {
		s.data = map[string]map[string]interface{}{}
	}
	if s.data[id] == nil {
		s.data[id] = map[string]interface{}{}
	}
	return s.data[id]
}

// Create starts a session.
func (s *Store) Create(id string) error { s.vals(id); return nil }

// Get returns a value.
func (s *Store) Get(id, key string) (interface{}, error) { return s.vals(id)[key], nil }

// GetMulti returns some values.
func (s *Store) GetMulti(id string, keys ...string) (map[string]interface{}, error) {
	out := map[string]interface{}{}
	for _, k := range keys {
		out[k] = s.vals(id)[k]
	}
	return out, nil
}

// GetAll returns every value.
func (s *Store) GetAll(id string) (map[string]interface{}, error) { return s.vals(id), nil }

// Set stores a value.
func (s *Store) Set(id, key string, val interface{}) error { s.vals(id)[key] = val; return nil }

// SetMulti stores values.
func (s *Store) SetMulti(id string, data map[string]interface{}) error {
	for k, v := range data {
		s.vals(id)[k] = v
	}
	return nil
}

// Delete removes keys.
func (s *Store) Delete(id string, keys ...string) error {
	for _, k := range keys {
		delete(s.vals(id), k)
	}
	return nil
}

// Clear removes every value.
func (s *Store) Clear(id string) error { s.data[id] = nil; return nil }

// Destroy removes the session.
func (s *Store) Destroy(id string) error { delete(s.data, id); return nil }

// Int converts a value.
func (s *Store) Int(r interface{}, err error) (int, error) { v, _ := r.(int); return v, err }

// Int64 converts a value.
func (s *Store) Int64(r interface{}, err error) (int64, error) { v, _ := r.(int64); return v, err }

// UInt64 converts a value.
func (s *Store) UInt64(r interface{}, err error) (uint64, error) { v, _ := r.(uint64); return v, err }

// Float64 converts a value.
func (s *Store) Float64(r interface{}, err error) (float64, error) {
	v, _ := r.(float64)
	return v, err
}

// String converts a value.
func (s *Store) String(r interface{}, err error) (string, error) { v, _ := r.(string); return v, err }

// Bytes converts a value.
func (s *Store) Bytes(r interface{}, err error) ([]byte, error) { v, _ := r.([]byte); return v, err }

// Bool converts a value.
func (s *Store) Bool(r interface{}, err error) (bool, error) { v, _ := r.(bool); return v, err }
