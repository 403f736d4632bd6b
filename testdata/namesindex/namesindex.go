// Package namesindex checks that a handler literal stored under a map key
// by an index assignment takes the key as its name.
package namesindex

import "net/http"

var routes = map[string]http.HandlerFunc{}

func init() {
	routes["logout"] = func(w http.ResponseWriter, r *http.Request) { // want `logout handler logout \(assigned to logout, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
		w.Write([]byte("You have been logged out."))
	}
}
