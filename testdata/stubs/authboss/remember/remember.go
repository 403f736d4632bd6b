// Package remember is a stub of authboss's remember module for the
// fixtures.
package remember

import (
	"net/http"

	"github.com/volatiletech/authboss/v3"
)

// Middleware signs the user in with the remember-me cookie.
func Middleware(ab *authboss.Authboss) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if v, ok := authboss.GetCookie(r, authboss.CookieRemember); ok && v != "" {
				authboss.PutSession(w, authboss.SessionKey, v)
			}
			next.ServeHTTP(w, r)
		})
	}
}
