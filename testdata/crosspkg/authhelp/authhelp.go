// Package authhelp holds session helpers used by another package.
package authhelp

import (
	"context"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var Sessions = scs.New()

// End destroys the current session.
func End(ctx context.Context) error { // want End:`session\(kill\)`
	return Sessions.Destroy(ctx)
}

// Forget removes the user but keeps the session.
func Forget(r *http.Request) { // want Forget:`session\(cleared\)`
	Sessions.Remove(r.Context(), "user")
}

// ExpireCookie expires the cookie in the browser only.
func ExpireCookie(w http.ResponseWriter) { // want ExpireCookie:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

// Service wraps the helpers as methods.
type Service struct{}

func (Service) Logout(ctx context.Context) error { // want Logout:`session\(kill\)`
	return End(ctx)
}

// Audit does nothing to the session.
func Audit(ctx context.Context, event string) {}
