// Package routesmuxchains checks gorilla/mux routes built by chaining:
// PathPrefix(p).HandlerFunc(h), sub-routers with Path(p).Methods(m), and
// PathPrefix(p).Methods(m).Subrouter().
package routesmuxchains

import (
	"net/http"

	"github.com/gorilla/mux"
)

func Router() *mux.Router {
	r := mux.NewRouter()
	r.PathPrefix("/logout-all").HandlerFunc(everywhere)

	out := r.PathPrefix("/logout").Subrouter()
	out.Path("/").Methods(http.MethodPost).HandlerFunc(leave)

	post := r.PathPrefix("/signout").Methods(http.MethodPost).Subrouter()
	post.HandleFunc("/", quit)
	return r
}

func everywhere(w http.ResponseWriter, r *http.Request) { // want `logout handler everywhere \(registered on route "/logout-all"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func leave(w http.ResponseWriter, r *http.Request) { // want `logout handler leave \(registered on route "/logout/"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func quit(w http.ResponseWriter, r *http.Request) { // want `logout handler quit \(registered on route "/signout/"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
