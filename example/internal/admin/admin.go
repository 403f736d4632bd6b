// Package admin serves the admin area, with its own gorilla session.
package admin

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("ADMIN_SESSION_KEY")))

// Routes registers the admin pages.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /admin/logout", Logout)
}

// Logout expires the admin session. With a cookie store the session is
// the signed cookie itself: a copy of it stays valid until it expires.
func Logout(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "admin")
	if err != nil {
		http.Error(w, "Bad Request", http.StatusBadRequest)
		return
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
}
