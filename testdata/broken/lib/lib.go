// Package lib does not type-check: its store comes from a file that is
// not there (generated code, say).
package lib

import "net/http"

var store = newStore() // a type error: newStore is not declared

// DestroySession calls something the analyzer cannot resolve: it may
// invalidate the session, so it is taken to.
func DestroySession(r *http.Request) { // want DestroySession:`session\(kill,assumed\)`
	store.Delete(r)
}

// Audit is intact, and touches no session.
func Audit(r *http.Request) {}
