// Package routeschimount checks chi prefixes from a declared Route
// callback and from a router mounted with Mount.
package routeschimount

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func Router() http.Handler {
	r := chi.NewRouter()
	// A declared function as the Route callback.
	r.Route("/logout", logoutRoutes)
	// A sub-router mounted on a logout path.
	r.Mount("/signout", signoutRouter())
	return r
}

func logoutRoutes(r chi.Router) {
	r.Post("/", leave)
}

func signoutRouter() chi.Router {
	r := chi.NewRouter()
	r.Post("/", quit)
	return r
}

func leave(w http.ResponseWriter, r *http.Request) { // want `logout handler leave \(registered on route "/logout/"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func quit(w http.ResponseWriter, r *http.Request) { // want `logout handler quit \(registered on route "/signout/"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
