// Package cache is a stub of revel's cache package for the fixtures.
package cache

import (
	"errors"
	"time"
)

var values = map[string]interface{}{}

// Get reads the value of key.
func Get(key string, ptrValue interface{}) error {
	if _, ok := values[key]; !ok {
		return errors.New("revel/cache: key not found")
	}
	return nil
}

// Set stores a value under key.
func Set(key string, value interface{}, expires time.Duration) error {
	values[key] = value
	return nil
}

// Delete removes key.
func Delete(key string) error {
	delete(values, key)
	return nil
}
