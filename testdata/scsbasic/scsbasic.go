package scsbasic

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type app struct{ sessions *scs.SessionManager }

func (a *app) logout(w http.ResponseWriter, r *http.Request) { // want `logout handler logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) logoutOK(w http.ResponseWriter, r *http.Request) {
	if err := a.sessions.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) signOut(w http.ResponseWriter, r *http.Request) { // want `it only removes session values`
	a.sessions.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
