// Package authhelp holds session helpers for package web. Whether web's
// logout handlers are reported depends on facts exported from here.
package authhelp

import (
	"log"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// EndSession deletes the request's session from the store.
func EndSession(sm *scs.SessionManager, r *http.Request) error {
	return sm.Destroy(r.Context())
}

// Audit records the logout and leaves the session alone.
func Audit(sm *scs.SessionManager, r *http.Request) {
	log.Printf("logout from %s", r.RemoteAddr)
}
