// want package:`remember\(accepted app.remember, accepted remember_me\)`

// Package flag keeps the login form's "remember me" checkbox in a cookie
// with a constant value: a flag, not a credential, and nothing is
// reported.
package flag

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func login(w http.ResponseWriter, r *http.Request) { // want login:`session\(client\)`
	sm.Put(r.Context(), "userID", 7)
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: "1", MaxAge: 3600})
}

// rememberedFlag reads the checkbox's cookie back for the login form.
func rememberedFlag(r *http.Request) bool {
	c, err := r.Cookie("remember_me")
	return err == nil && c.Value == "1"
}

func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
