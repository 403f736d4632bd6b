// want package:`remember\(issued remember_token by revoker.login\)`

// Package revoker reads its remember-me cookie only to revoke it: with
// nothing that signs the user in with the cookie, no logout is reported
// for it.
package revoker

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var (
	sm     = scs.New()
	tokens = map[string]int{}
)

func login(w http.ResponseWriter, r *http.Request) { // want login:`session\(client\)`
	tok := r.FormValue("device")
	tokens[tok] = 7
	http.SetCookie(w, &http.Cookie{Name: "remember_token", Value: tok, MaxAge: 3600})
}

// revokeRememberToken deletes the request's remember-me token.
func revokeRememberToken(r *http.Request) { // want revokeRememberToken:`session\(kill,remember\)`
	c, err := r.Cookie("remember_token")
	if err != nil {
		return
	}
	delete(tokens, c.Value)
}

func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
