// Package gothicdefault pins down gothic.Logout where no store is
// visible: the package never sets gothic.Store. gothic's default is a
// cookie store, but another package of the app may set a server-side
// one before the server starts, so the delete is trusted.
package gothicdefault

import (
	"net/http"

	"github.com/markbates/goth/gothic"
)

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /auth/{provider}", gothic.BeginAuthHandler)
	mux.HandleFunc("POST /logout", bye)
	mux.HandleFunc("POST /signout", adieu)
}

func bye(w http.ResponseWriter, r *http.Request) { // want bye:`session\(mark,marksaved,saved\)`
	gothic.Logout(w, r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Without gothic.Logout nothing is invalidated; the hint names no
// library, since gothic's session need not be the app's.
func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "POST /signout"\) leaves the session valid on the server: nothing invalidates it \(delete the session record on the server\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
