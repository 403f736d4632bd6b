// want package:`remember\(accepted rm, issued rm by auth.signIn\)`

// Package mw signs the user back in from the remember-me cookie.
package mw

import (
	"net/http"

	"example.com/fixtures/remember/cross/auth"
)

func Remembered(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie(auth.RememberCookie); err == nil {
			if uid, ok := auth.Tokens[c.Value]; ok {
				auth.Sessions.Put(r.Context(), "userID", uid)
			}
		}
		next.ServeHTTP(w, r)
	})
}
