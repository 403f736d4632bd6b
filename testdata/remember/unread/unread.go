// want package:`remember\(issued remember_token by unread.login\)`

// Package unread sets a remember-me cookie that nothing reads: no
// credential survives the logout, and nothing is reported.
package unread

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func login(w http.ResponseWriter, r *http.Request) { // want login:`session\(client\)`
	sm.Put(r.Context(), "userID", 7)
	tok := r.FormValue("device")
	http.SetCookie(w, &http.Cookie{Name: "remember_token", Value: tok, MaxAge: 3600})
}

func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
