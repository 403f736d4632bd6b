// Package routesmux_pending asserts gorilla/mux route shapes the analyzer
// gets wrong (routes.go):
//   - r.PathPrefix(p).HandlerFunc(h) counts p twice: once as the prefix of
//     the receiver (prefixOf on the PathPrefix call) and once as the chain
//     path (chainPath), giving "/logout-all/logout-all".
//   - s.Path(p).HandlerFunc(h) on a sub-router loses the sub-router's
//     prefix: prefixOf(s.Path(p)) is "" because Path is not a route API.
//   - r.PathPrefix(p).Methods(m).Subrouter() loses p: prefixOf stops at
//     the Methods call.
package routesmux_pending

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
