// Package app imports a package with type errors: it is analysed all the
// same.
package app

import (
	"net/http"

	"example.com/fixtures/broken/lib"
)

func Logout(w http.ResponseWriter, r *http.Request) {
	lib.DestroySession(r)
	http.Redirect(w, r, "/", http.StatusFound)
}

// lib.DestroySession is only taken to invalidate the session: no fix
// calls it.
func SignOut(w http.ResponseWriter, r *http.Request) { // want `SignOut .* nothing invalidates it.*; no suggested fix: no session library is in use here`
	lib.Audit(r)
	http.Redirect(w, r, "/", http.StatusFound)
}
