// Package gmeta is a stub of gf's gmeta package for the fixtures.
package gmeta

// Meta is embedded in a request struct; its tags describe the route.
type Meta struct{}
