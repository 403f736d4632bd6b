// Package handlers has a type error of its own: the handlers that do not
// touch it are judged, the ones that call into it are not.
package handlers

import "net/http"

var sessions = missingStore() // a type error

// Intact code: judged as usual, with no suggested fix.
func Logout(w http.ResponseWriter, r *http.Request) { // want `Logout .* nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusFound)
}

// The call on the broken store may be the invalidation: not reported.
func SignOut(w http.ResponseWriter, r *http.Request) {
	sessions.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusFound)
}
