// want package:`remember\(accepted rm, issued rm by auth.signIn\)`

// Package auth issues the remember-me cookie; the middleware that accepts
// it is in package mw, the logouts in package web.
package auth

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// RememberCookie is the remember-me cookie's name.
const RememberCookie = "rm"

var Sessions = scs.New()

// Tokens are the remember-me tokens the server keeps, by token.
var Tokens = map[string]int{}

func signIn(w http.ResponseWriter, r *http.Request, uid int) { // want signIn:`session\(client\)`
	Sessions.Put(r.Context(), "userID", uid)
	tok := newToken()
	Tokens[tok] = uid
	http.SetCookie(w, &http.Cookie{Name: RememberCookie, Value: tok, MaxAge: 30 * 24 * 3600})
}

func newToken() string { return "random" }

// DropLogin ends the session and deletes the remember-me token.
func DropLogin(w http.ResponseWriter, r *http.Request) error { // want DropLogin:`session\(kill,remember\)`
	if c, err := r.Cookie(RememberCookie); err == nil {
		delete(Tokens, c.Value)
	}
	return Sessions.Destroy(r.Context())
}
