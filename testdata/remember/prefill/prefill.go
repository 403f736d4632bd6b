// Package prefill remembers the user's name for the login form, in a
// cookie that says so: it signs nobody in, and nothing is reported.
package prefill

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func login(w http.ResponseWriter, r *http.Request) { // want login:`session\(client\)`
	name := r.FormValue("name")
	sm.Put(r.Context(), "user", name)
	http.SetCookie(w, &http.Cookie{Name: "remember_username", Value: name, MaxAge: 365 * 24 * 3600})
}

func loginForm(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("remember_username"); err == nil {
		w.Write([]byte(c.Value))
	}
}

func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
