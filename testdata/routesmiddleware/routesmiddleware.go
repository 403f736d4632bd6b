// Package routesmiddleware checks handlers wrapped in the package's own
// middleware, and handler types registered on a logout route.
package routesmiddleware

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	// A middleware declared in this package wraps the handler: the
	// handler is bye, not the middleware's closure.
	mux.HandleFunc("POST /logout", requireLogin(bye))
	mux.Handle("POST /logout-all", requireLoginH(http.HandlerFunc(everywhere)))
	// A handler type registered on a logout route is named after its type,
	// as when its name is what makes it logout-like.
	mux.Handle("/signout", farewellHandler{})
	return mux
}

func requireLogin(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !sm.Exists(r.Context(), "userID") {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		next(w, r)
	}
}

func requireLoginH(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !sm.Exists(r.Context(), "userID") {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it`
	w.Write([]byte("You have been logged out."))
}

func everywhere(w http.ResponseWriter, r *http.Request) { // want `logout handler everywhere \(registered on route "POST /logout-all"\) leaves the session valid on the server: nothing invalidates it`
	w.Write([]byte("You have been logged out."))
}

type farewellHandler struct{}

func (farewellHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `logout handler farewellHandler.ServeHTTP \(registered on route "/signout"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
