// want package:`stores\(cookie\)`

// Package gothiccookie pins down gothic.Logout on a cookie store: the app
// sets gothic.Store to a CookieStore, as gothic's default is, and keeps
// its user in the gothic session. Logout expires the cookie and writes
// it empty, but a copy of the old cookie still decodes.
package gothiccookie

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth/gothic"
)

func init() {
	gothic.Store = sessions.NewCookieStore([]byte("0123456789abcdef0123456789abcdef"))
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /auth/{provider}", gothic.BeginAuthHandler)
	mux.HandleFunc("POST /logout", bye)
	mux.HandleFunc("GET /logout/{provider}", adieu)
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)` bye:`session\(mark,marksaved,saved\)`
	if err := gothic.Logout(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "GET /logout/{provider}"\) leaves the session valid on the server: the session lives in a cookie store` adieu:`session\(mark,marksaved,saved\)`
	gothic.Logout(w, r)
	w.Header().Set("Location", "/")
	w.WriteHeader(http.StatusTemporaryRedirect)
}
