// Package fixconfigured checks the suggested fixes that call a function
// named by -invalidators: (*Store).Kill and fixstore.Revoke.
package fixconfigured

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Store is the app's own session store.
type Store struct{}

// Kill deletes the session of the request.
func (*Store) Kill(ctx context.Context, r *http.Request) error { return nil }

type app struct {
	store *Store
	name  string
}

// A method: the store is a field of the receiver; the error is answered
// the net/http way.
func (a *app) logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Guard clauses stay first.
func (a *app) logoutGuarded(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	a.name = ""
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// echo: the handler returns the error.
func (a *app) echoLogout(c echo.Context) error { // want `nothing invalidates it`
	return c.Redirect(http.StatusFound, "/")
}
