// want package:`remember\(accepted remember_token\)`

// Package noissue reads and expires a remember-me cookie it never issues
// (a leftover of an older login, or issued by code out of sight): with
// only one end seen, nothing is reported.
package noissue

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("remember_token"); err == nil && c.Value != "" {
			sm.Put(r.Context(), "userID", 7)
		}
		next.ServeHTTP(w, r)
	})
}

func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "remember_token", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
