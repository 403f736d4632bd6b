// Package fixscs checks the suggested fixes for scs handlers.
package fixscs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/labstack/echo/v4"
)

type app struct {
	sessions *scs.SessionManager
	name     string
}

// A method: the manager is a field of the receiver.
func (a *app) logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Guard clauses stay first; the fix goes before the response.
func (a *app) logoutGuarded(w http.ResponseWriter, r *http.Request) { // want `it only removes session values`
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	a.sessions.Remove(r.Context(), "userID")
	a.sessions.Put(r.Context(), "flash", "Logged out")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

var sm = scs.New()

// A function: the manager is a package variable.
func Logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	w.Write([]byte("bye"))
}

// A factory: the manager is a parameter of the enclosing function.
func LogoutHandler(sessions *scs.SessionManager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `returned by LogoutHandler`
		http.Redirect(w, r, "/", http.StatusFound)
	}
}

// An app-style handler that returns an error: the fix returns it.
func (a *app) signOut(w http.ResponseWriter, req *http.Request) error { // want `nothing invalidates it`
	http.Redirect(w, req, "/", http.StatusFound)
	return nil
}

// A handler with no response: the fix goes at the end.
func (a *app) logOff(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	a.name = ""
}

// echo with scs: the context comes from the echo request.
func (a *app) echoLogout(c echo.Context) error { // want `nothing invalidates it`
	return c.Redirect(http.StatusFound, "/")
}
