// Package apiv1 declares handlers of the app's own signature; another
// package registers them through an adapter of a third package.
package apiv1

import (
	"net/http"

	"example.com/fixtures/crosspkg/adapt"
	"github.com/alexedwards/scs/v2"
)

var Sessions = scs.New()

// HandleLogout leaves the session valid: it only expires the cookie. Not
// a handler here (its signature is the app's), so judged where it is
// registered.
func HandleLogout(c *adapt.Context) { // want HandleLogout:`handler\(session\(client\), scs\)` HandleLogout:`session\(client\)`
	http.SetCookie(c.W, &http.Cookie{Name: "session", MaxAge: -1})
	c.W.WriteHeader(http.StatusNoContent)
}

// HandleRevoke destroys the session: no handler fact, nothing to report.
func HandleRevoke(c *adapt.Context) { // want HandleRevoke:`session\(kill\)`
	if err := Sessions.Destroy(c.R.Context()); err != nil {
		http.Error(c.W, "error", http.StatusInternalServerError)
		return
	}
	c.W.WriteHeader(http.StatusNoContent)
}

// HandleItems is registered on a route that is not a logout.
func HandleItems(c *adapt.Context) { // want HandleItems:`handler\(session\(\), scs\)`
	c.W.Write([]byte("[]"))
}

// UserLevel takes a request only: not a handler, no handler fact.
func UserLevel(r *http.Request) int { return 0 }
