// Package app is a small web app for the gopls end-to-end test: its
// logout handler leaves the session valid on the server, its signOut
// handler ends the session through a helper in another package, and greet
// has a printf mistake that gopls' own analyzers report.
package app

import (
	"fmt"
	"net/http"

	"example.com/goplsmod/auth"
	"github.com/alexedwards/scs/v2"
)

type app struct {
	sessions *scs.SessionManager
}

func (a *app) logout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) signOut(w http.ResponseWriter, r *http.Request) {
	if err := auth.End(r.Context(), a.sessions); err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /logout", a.logout)
	mux.HandleFunc("POST /sign-out", a.signOut)
	return mux
}

func greet(name string) string {
	return fmt.Sprintf("hello %d", name)
}
