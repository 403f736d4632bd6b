// Package fixstore is an app's session store that the fix fixtures
// import: the fix tests name Revoke with -invalidators.
package fixstore

import "net/http"

// Revoke deletes the session of the request from the store.
func Revoke(w http.ResponseWriter, r *http.Request) {}

// Audit records an event of the request's session.
func Audit(r *http.Request, event string) {}
