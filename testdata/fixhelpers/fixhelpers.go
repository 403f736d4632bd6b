// Package fixhelpers checks the suggested fixes that call the app's own
// helper known by its fact to invalidate the session.
package fixhelpers

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

type app struct {
	db *sql.DB
}

// dropSession deletes the session row of the request.
//
//logoutcheck:invalidates
func (a *app) dropSession(r *http.Request) error { return nil } // want dropSession:`session\(kill\)`

// A method: the helper is a method of the receiver.
func (a *app) logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// echo: the handler returns the error.
func (a *app) echoLogout(c echo.Context) error { // want `nothing invalidates it`
	return c.NoContent(http.StatusNoContent)
}

// forget deletes the session row; it has no results.
//
//logoutcheck:invalidates
func forget(db *sql.DB, r *http.Request) {} // want forget:`session\(kill\)`

// A factory: the one *sql.DB in scope is its parameter.
func LogoutHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `returned by LogoutHandler`
		w.WriteHeader(http.StatusNoContent)
	}
}
