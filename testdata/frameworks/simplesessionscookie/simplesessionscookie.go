// want package:`stores\(cookie\)`

// Package simplesessionscookie pins down zerodha/simplesessions v3 on its
// securecookie store, where the session ID is the encoded cookie: Destroy
// and Clear only empty a buffer and expire the cookie, and a copy of the
// old cookie still decodes.
package simplesessionscookie

import (
	"net/http"

	"github.com/zerodha/simplesessions/stores/securecookie/v3"
	"github.com/zerodha/simplesessions/v3"
)

var sessions = newManager()

func newManager() *simplesessions.Manager {
	m := simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "sid"}})
	m.UseStore(securecookie.New([]byte("0123456789abcdef0123456789abcdef"), nil))
	return m
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /logout", bye)
	mux.HandleFunc("POST /signout", adieu)
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)` bye:`session\(mark,marksaved,saved\)`
	sess, err := sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := sess.Destroy(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "POST /signout"\) leaves the session valid on the server: the session lives in a cookie store` adieu:`session\(cleared\)`
	sess, err := sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	sess.Clear()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
