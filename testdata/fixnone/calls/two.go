package calls

import (
	"context"
	"net/http"

	"example.com/fixtures/fixauth"
)

type cache struct{}

// Wipe deletes the cached session.
//
//logoutcheck:invalidates
func (*cache) Wipe(ctx context.Context) {} // want Wipe:`session\(kill\)`

type twoWays struct{ c *cache }

// Two helpers in reach: which one ends the user's session?
func (t *twoWays) logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it.*; no suggested fix: more than one function that invalidates the session can be called here \(cache.Wipe, fixauth.EndSession\)`
	fixauth.Touch(r.Context())
	http.Redirect(w, r, "/", http.StatusFound)
}
