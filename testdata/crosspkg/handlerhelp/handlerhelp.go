// Package handlerhelp has helpers with a handler's parameters, used by a
// logout handler in another package.
package handlerhelp

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var SM = scs.New()

// EndSession takes w and r like a handler, and destroys the session.
func EndSession(w http.ResponseWriter, r *http.Request) error { // want EndSession:`session\(kill\)`
	return SM.Destroy(r.Context())
}
