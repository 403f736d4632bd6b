// Package web has logout handlers for the end-to-end tests: three are
// leaky, two are correct (one through a helper in another package), one
// more leaky one is //nolint for golangci-lint, and Bye is used by routes.
package web

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"example.com/vetmod/authhelp"
)

type App struct{ Sessions *scs.SessionManager }

// Logout only redirects: the session stays valid.
func (a *App) Logout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LogoutDestroy destroys the session.
func (a *App) LogoutDestroy(w http.ResponseWriter, r *http.Request) {
	if err := a.Sessions.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LogoutHelper destroys the session through authhelp.EndSession.
func (a *App) LogoutHelper(w http.ResponseWriter, r *http.Request) {
	if err := authhelp.EndSession(a.Sessions, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LogoutAudit calls a helper that does nothing to the session.
func (a *App) LogoutAudit(w http.ResponseWriter, r *http.Request) {
	authhelp.Audit(a.Sessions, r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LogoutRemove removes a value: the session ID stays valid.
func (a *App) LogoutRemove(w http.ResponseWriter, r *http.Request) {
	a.Sessions.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// SignOut is as leaky as Logout, but golangci-lint is told to ignore it.
// go vet and the logoutcheck command do not read //nolint comments.
func (a *App) SignOut(w http.ResponseWriter, r *http.Request) { //nolint:logoutcheck // kept leaky for the tests
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Bye only redirects; it is registered on the logout route by package
// routes, which reports it.
func (a *App) Bye(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
